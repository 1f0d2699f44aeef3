import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { ValidationError } from '../problems.js';
import { nearestId } from '../submissions/nearest.js';
import { unsafeUrlReason } from '../safety/safe-url.js';
import { UNSAFE_URL } from '../taxonomy/schema.js';
import { ResourceGuide } from './schema.js';

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

const show = (value: unknown) =>
  typeof value === 'string'
    ? JSON.stringify(clip(value))
    : value === undefined
      ? 'nothing'
      : Array.isArray(value)
        ? 'a list'
        : typeof value;
const suggest = (value: unknown, candidates: readonly string[]) => {
  const near = typeof value === 'string' ? nearestId(value, candidates) : undefined;
  return near ? `; did you mean "${near}"?` : '';
};

/** zod/mini has no English messages: say what was expected and what was found, with a likely fix for a typo. */
function messageOf(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'custom' && issue.message === UNSAFE_URL)
    return typeof input === 'string' ? unsafeUrlReason(input)! : 'expected a link';
  if (issue.code === 'invalid_type')
    return input === undefined
      ? `missing; expected ${issue.expected}`
      : `expected ${issue.expected}, received ${show(input)}`;
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const list = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
    return `expected one of ${list}, received ${show(input)}${suggest(input, values)}`;
  }
  return issue.message;
}

/** What a schema cannot say: unique ids, counties that are in the guide's list, a way to make contact. */
function crossCheck(guide: ResourceGuide): Problem[] {
  const problems: Problem[] = [];
  const add = (severity: Problem['severity'], path: string, code: string, message: string) =>
    problems.push({ severity, code, message, where: { path } });
  const counties = new Set(guide.counties);
  const seenCounty = new Set<string>();
  guide.counties.forEach((county, i) => {
    if (seenCounty.has(county))
      add('error', `counties[${i}]`, 'duplicate-county', `county "${clip(county)}" is listed twice`);
    seenCounty.add(county);
  });
  const county = (name: string, path: string) => {
    if (!counties.has(name))
      add(
        'error',
        path,
        'unknown-county',
        `county "${clip(name)}" is not in the guide's counties${suggest(name, guide.counties)}`,
      );
  };
  const ids = new Set<string>();
  guide.providers.forEach((p, i) => {
    const at = `providers[${i}]`;
    if (ids.has(p.id))
      add('error', `${at}.id`, 'duplicate-id', `provider id "${clip(p.id)}" is used twice; expected unique ids`);
    ids.add(p.id);
    county(p.locatedIn, `${at}.locatedIn`);
    p.serves.forEach((name, j) => county(name, `${at}.serves[${j}]`));
    const services = new Set<string>();
    p.services.forEach((s, j) => {
      if (services.has(s))
        add(
          'warning',
          `${at}.services[${j}]`,
          'duplicate-service',
          `service type "${s}" is listed twice for "${clip(p.name)}"; it counts once`,
        );
      services.add(s);
    });
    if (!p.contact.phone && !p.contact.email && !p.contact.website && !p.contact.address)
      add('warning', `${at}.contact`, 'no-contact', `"${clip(p.name)}" has no phone, email, website or address`);
  });
  return problems;
}

export interface ResourceGuideCheck {
  guide?: ResourceGuide;
  problems: Problem[];
}

/** Checks a resource guide: its shape, then its cross-references. Every problem is located; never throws. */
export function checkResourceGuide(input: unknown, file?: string): ResourceGuideCheck {
  const where = (path: string) => ({ ...(file ? { file } : {}), path });
  const parsed = z.safeParse(ResourceGuide, input, { reportInput: true });
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => ({
        severity: 'error' as const,
        code: issue.code === 'custom' && issue.message === UNSAFE_URL ? 'unsafe-url' : 'invalid-guide',
        message: messageOf(issue),
        where: where(pathOf(issue.path)),
      })),
    };
  const problems = crossCheck(parsed.data).map((p) => ({ ...p, where: where(p.where.path ?? '') }));
  return problems.some((p) => p.severity === 'error') ? { problems } : { guide: parsed.data, problems };
}

/** Parses a resource guide, throwing one ValidationError that lists every problem. */
export function parseResourceGuide(input: unknown, file?: string): ResourceGuide {
  const { guide, problems } = checkResourceGuide(input, file);
  if (!guide) throw new ValidationError(`Invalid resource guide${file ? ` in ${file}` : ''}`, problems);
  return guide;
}

import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { ValidationError } from '../problems.js';
import { safeUrl, unsafeUrlReason } from '../safety/safe-url.js';
import { nearestId } from '../submissions/nearest.js';

/** The message of a refused link; describeIssue replaces it with the reason, naming the value. */
export const UNSAFE_URL = 'unsafe-url';

/**
 * A link from data: only an absolute https:, http:, mailto: or tel: URL (after the WHATWG URL parser), so a
 * `javascript:` link, in any case or with any whitespace, never reaches an href.
 */
export const SafeUrlText = z.string().check(z.refine((value) => safeUrl(value) !== undefined, UNSAFE_URL));

/** A stable kebab-case identifier: lower-case letters and digits separated by single hyphens. */
export const Id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "continent-of-origin"'));

const Text = z.string().check(z.minLength(1, 'expected non-empty text'));

/**
 * Where a list of categories came from: the report itself, a named public standard (HMIS FY2024, HHS OTIP,
 * OVC TIMS, VOCA, the Hotline, CTDC, UNODC), or the coalition's own choice.
 */
export const Provenance = z.strictObject({
  from: z.enum(['report', 'standard', 'coalition']),
  /** The standard's name, when `from` is "standard", e.g. "HUD HMIS Data Standards FY2024". */
  standard: z.optional(Text),
  /** Why this list, or how it was adapted. */
  note: z.optional(Text),
});
export type Provenance = z.infer<typeof Provenance>;

export const Category = z.strictObject({
  id: Id,
  /** The label, verbatim from the report where the report lists it. */
  label: Text,
  /** "unknown" and "other" answers are real, separate answers: never dropped, never merged with a real answer. */
  role: z.optional(z.enum(['unknown', 'other'])),
  /** Optional grouping, e.g. a continent for a country. */
  group: z.optional(Text),
});
export type Category = z.infer<typeof Category>;

export const Note = z.strictObject({ title: Text, text: Text });
export type Note = z.infer<typeof Note>;

export const Source = z.strictObject({ citation: Text, url: z.optional(SafeUrlText) });
export type Source = z.infer<typeof Source>;

/**
 * What a section counts.
 * - clients: people served (a client may be counted by two organizations or in two quarters);
 * - organizations: reporting organizations (e.g. with a waitlist);
 * - percent-of-organizations: organizations answering yes, shown as a share of those reporting;
 * - service-uses: each use counts ("each time utilized will count").
 */
export const Unit = z.enum(['clients', 'organizations', 'percent-of-organizations', 'service-uses']);
export type Unit = z.infer<typeof Unit>;

/** What a section's numbers count, in words, when the unit's own words do not say it: { one: 'situation', other: 'situations' }. */
export const UnitLabel = z.strictObject({ one: Text, other: Text });
export type UnitLabel = z.infer<typeof UnitLabel>;

export const Section = z.strictObject({
  id: Id,
  title: Text,
  description: Text,
  /** Id of the area (report chapter) the section belongs to. */
  area: Id,
  unit: Unit,
  /** Words for what is counted, preferred by charts over the unit's own ("situations" rather than "service uses"). */
  unitLabel: z.optional(UnitLabel),
  /** One client may fall in several categories ("Results may exceed the total client count"). */
  multiSelect: z.boolean(),
  /**
   * Single-select sections whose categories cover every client (Unknown included), so each organization's
   * categories should add up to its client count for the quarter. Checked as a warning, never an error.
   */
  coversAllClients: z.optional(z.boolean()),
  /** The section counts only a subset of another section's clients (e.g. charges: clients with a justice history). */
  subsetOf: z.optional(Id),
  /** Title of the chart in the report, e.g. "Continent of Origin by Quarter". */
  chartTitle: z.optional(Text),
  /** Title of the chart's legend in the report, e.g. "Continent of Origin". */
  legendTitle: z.optional(Text),
  notes: z.array(Note),
  sources: z.array(Source),
  categories: z.array(Category).check(z.minLength(1, 'expected at least one category')),
  categoriesFrom: Provenance,
});
export type Section = z.infer<typeof Section>;

export const Area = z.strictObject({ id: Id, title: Text, description: z.optional(Text) });
export type Area = z.infer<typeof Area>;

export const Organization = z.strictObject({ id: Id, name: Text, url: z.optional(SafeUrlText) });
export type Organization = z.infer<typeof Organization>;

/** A titled passage of the report's introduction (data source, collection process, purpose, caveats). */
export const Passage = z.strictObject({ id: Id, title: Text, text: Text });
export type Passage = z.infer<typeof Passage>;

export const Taxonomy = z.strictObject({
  id: Id,
  name: Text,
  version: Text,
  /** The section whose categories add up to an organization's client count (e.g. new + existing). */
  clientCountSection: z.optional(Id),
  introduction: z.array(Passage),
  organizations: z.array(Organization),
  areas: z.array(Area).check(z.minLength(1, 'expected at least one area')),
  sections: z.array(Section).check(z.minLength(1, 'expected at least one section')),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): Array<{ index: number; key: string }> {
  const seen = new Set<string>();
  const found: Array<{ index: number; key: string }> = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) found.push({ index, key: k });
    seen.add(k);
  });
  return found;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(clip(value, 40));
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${clip(String(value), 40)}`;
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The fields of the object a schema describes at a path (through arrays, optionals and defaults). */
export function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let t = s;
    for (let i = 0; i < 8 && t !== undefined; i++) {
      const def = t._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
      if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable')
        t = def.innerType;
      else if (def.type === 'pipe') t = def.in;
      else break;
    }
    return t;
  };
  for (const key of path) {
    current = unwrap(current);
    if (current === undefined) return [];
    const def = current._zod.def as unknown as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      valueType?: z.core.$ZodType;
    };
    if (def.type === 'array') current = def.element;
    else if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'record') current = def.valueType;
    else return [];
  }
  current = unwrap(current);
  const def = current?._zod.def as unknown as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** An unknown field, in words: the key (cut short), the nearest field and the fields expected. */
export function unknownFieldMessage(key: string, fields: readonly string[], what = 'field'): string {
  const near = nearestId(key, fields);
  return (
    `"${clip(key)}" is not a known ${what}${near === undefined ? '' : ` (did you mean "${near}"?)`}; ` +
    `expected ${fields.length ? fields.join(', ') : 'no other field'} (an unknown field is refused, not ignored)`
  );
}

/**
 * zod/mini carries no English messages (they would cost the browser bundle a locale), so a type or enum issue
 * says only "Invalid input". Say what was expected and what was found; keep the schema's own messages.
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'custom' && issue.message === UNSAFE_URL)
    return typeof input === 'string' ? unsafeUrlReason(input)! : 'expected a link';
  if (issue.code === 'invalid_type')
    return input === undefined
      ? `missing; expected ${issue.expected}`
      : `expected ${issue.expected}, received ${describeValue(input)}`;
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${describeValue(input)}`;
  return issue.message;
}

/** Cross-reference checks that a structural schema cannot express: unique ids, references that resolve. */
function checkReferences(taxonomy: Taxonomy): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, code: string, message: string) =>
    problems.push({ severity: 'error', code, message, where: { path } });

  for (const d of duplicates(taxonomy.areas, (a) => a.id))
    error(`areas[${d.index}].id`, 'duplicate-id', `area id "${clip(d.key)}" is used twice; expected unique area ids`);
  for (const d of duplicates(taxonomy.sections, (s) => s.id))
    error(
      `sections[${d.index}].id`,
      'duplicate-id',
      `section id "${clip(d.key)}" is used twice; expected unique section ids`,
    );
  for (const d of duplicates(taxonomy.organizations, (o) => o.id))
    error(
      `organizations[${d.index}].id`,
      'duplicate-id',
      `organization id "${clip(d.key)}" is used twice; expected unique organization ids`,
    );

  const areaIds = new Set(taxonomy.areas.map((a) => a.id));
  const sectionIds = new Set(taxonomy.sections.map((s) => s.id));
  taxonomy.sections.forEach((section, i) => {
    if (!areaIds.has(section.area))
      error(
        `sections[${i}].area`,
        'unknown-area',
        `section "${clip(section.id)}" names area "${clip(section.area)}", which is not in areas; expected one of: ${[
          ...areaIds,
        ]
          .slice(0, 12)
          .map((id) => clip(id))
          .join(', ')}`,
      );
    if (section.subsetOf !== undefined && !sectionIds.has(section.subsetOf))
      error(
        `sections[${i}].subsetOf`,
        'unknown-section',
        `section "${clip(section.id)}" is a subset of "${clip(section.subsetOf)}", which is not a section`,
      );
    for (const d of duplicates(section.categories, (c) => c.id))
      error(
        `sections[${i}].categories[${d.index}].id`,
        'duplicate-id',
        `category id "${clip(d.key)}" is used twice in section "${clip(section.id)}"; expected unique category ids within a section`,
      );
    if (section.categoriesFrom.from === 'standard' && section.categoriesFrom.standard === undefined)
      error(
        `sections[${i}].categoriesFrom.standard`,
        'missing-standard',
        `section "${clip(section.id)}" takes its categories from a standard but does not name it`,
      );
    if (section.coversAllClients && section.multiSelect)
      error(
        `sections[${i}].coversAllClients`,
        'contradiction',
        `section "${clip(section.id)}" is multi-select, so its categories cannot add up to the client count`,
      );
  });
  if (taxonomy.clientCountSection !== undefined && !sectionIds.has(taxonomy.clientCountSection))
    error(
      'clientCountSection',
      'unknown-section',
      `clientCountSection "${clip(taxonomy.clientCountSection)}" is not a section`,
    );
  return problems;
}

export interface TaxonomyCheck {
  taxonomy?: Taxonomy;
  problems: Problem[];
}

/** Checks any coalition's taxonomy: its shape, then its cross-references. Never throws. */
export function checkTaxonomy(input: unknown, file?: string): TaxonomyCheck {
  const parsed = z.safeParse(Taxonomy, input, { reportInput: true });
  if (!parsed.success) {
    const where = (path: readonly PropertyKey[]) => ({ ...(file ? { file } : {}), path: pathOf(path) });
    return {
      problems: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({
              severity: 'error' as const,
              code: 'unknown-field',
              message: unknownFieldMessage(key, fieldsAt(Taxonomy, issue.path)),
              where: where([...issue.path, clip(key)]),
            }))
          : [
              {
                severity: 'error' as const,
                code: issue.code === 'custom' && issue.message === UNSAFE_URL ? 'unsafe-url' : 'invalid-taxonomy',
                message: describeIssue(issue),
                where: where(issue.path),
              },
            ],
      ),
    };
  }
  const problems = checkReferences(parsed.data).map((p) => ({
    ...p,
    where: { ...(file ? { file } : {}), ...p.where },
  }));
  return problems.length ? { problems } : { taxonomy: parsed.data, problems };
}

/** Parses a taxonomy, throwing one ValidationError that lists every problem. */
export function parseTaxonomy(input: unknown, file?: string): Taxonomy {
  const { taxonomy, problems } = checkTaxonomy(input, file);
  if (!taxonomy) throw new ValidationError(`Invalid taxonomy${file ? ` in ${file}` : ''}`, problems);
  return taxonomy;
}

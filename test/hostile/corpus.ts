/*
 * The hostile-input corpus of issue 13, shared by the suites that feed it through core's API
 * (packages/core/test/hostile-*.test.ts) and through the CLI (packages/cli/test/hostile-*.test.ts): the payloads,
 * the small documents they are planted in, and the checks every case makes (a located, bounded message; nothing
 * accepted silently; Object.prototype untouched).
 */
import { expect } from 'vitest';

/** A message may name ids and values cut to ~80 characters: no message grows with its input. */
export const MESSAGE_LIMIT = 600;

/** Links that must never reach an href. */
export const UNSAFE_URLS: readonly string[] = [
  'javascript:alert(1)',
  '  JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '/relative/path',
  '//evil.example/x',
  'example.org',
  `https://example.org/${'a'.repeat(3000)}`,
];

/** Links that are fine. */
export const SAFE_URLS: readonly string[] = [
  'https://example.org/a?b=c#d',
  'http://example.org',
  'mailto:help@example.org',
  'tel:+1-555-0100',
];

/** Ids that are traps for code keying plain objects by id. */
export const PROTO_IDS: readonly string[] = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** A value far longer than any message may show. */
export const HUGE = 'x'.repeat(200_000);

export interface ProblemLike {
  severity: string;
  code: string;
  message: string;
  where: { file?: string; row?: number; column?: string; path?: string };
}

/** Every problem has a message no longer than MESSAGE_LIMIT, and the formatted location is bounded too. */
export function expectBounded(problems: readonly ProblemLike[]): void {
  for (const p of problems) {
    expect(p.message.length, p.message.slice(0, 200)).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(JSON.stringify(p.where).length).toBeLessThanOrEqual(400);
  }
}

/** The error with this code, located (a row, or a path), with a bounded message. */
export function expectLocatedError(
  problems: readonly ProblemLike[],
  code: string,
  where: { row?: number; column?: string; path?: string } = {},
): ProblemLike {
  expectBounded(problems);
  const found = problems.find((p) => p.code === code && p.severity === 'error');
  expect(found, `no ${code} error in ${JSON.stringify(problems.map((p) => p.code))}`).toBeDefined();
  const located = found!.where.row !== undefined || found!.where.path !== undefined;
  expect(located, `${code} is not located: ${JSON.stringify(found!.where)}`).toBe(true);
  for (const [key, value] of Object.entries(where))
    expect(found!.where[key as keyof ProblemLike['where']]).toEqual(value);
  return found!;
}

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Object.prototype (and Object itself) as they were: no property added by data. */
export function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(PROTO_NAMES);
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
  for (const name of ['female', 'male', 'new', 'existing', 'polluted'])
    expect(Object.hasOwn(Object, name) || name in {}, `Object got "${name}"`).toBe(false);
}

/** A small valid taxonomy as JSON data (the shape a coalition writes), to plant payloads in. */
export function smallTaxonomy(): Record<string, unknown> {
  return {
    id: 'hostile-coalition',
    name: 'Hostile Coalition',
    version: '1',
    clientCountSection: 'clients',
    introduction: [],
    organizations: [
      { id: 'alive', name: 'ALIVE', url: 'https://example.org/alive' },
      { id: 'kairos', name: 'Kairos' },
    ],
    areas: [{ id: 'people', title: 'People' }],
    sections: [
      {
        id: 'clients',
        title: 'Clients',
        description: 'Clients served.',
        area: 'people',
        unit: 'clients',
        multiSelect: false,
        notes: [],
        sources: [{ citation: 'The report', url: 'https://example.org/report' }],
        categories: [
          { id: 'new', label: 'New' },
          { id: 'existing', label: 'Existing' },
        ],
        categoriesFrom: { from: 'report' },
      },
      {
        id: 'sex',
        title: 'Sex',
        description: 'Sex of clients.',
        area: 'people',
        unit: 'clients',
        multiSelect: false,
        notes: [],
        sources: [],
        categories: [
          { id: 'female', label: 'Female' },
          { id: 'male', label: 'Male' },
        ],
        categoriesFrom: { from: 'report' },
      },
    ],
  };
}

/** A taxonomy whose section and category ids are the prototype traps that are valid kebab-case ids. */
export function trapTaxonomy(): Record<string, unknown> {
  const t = smallTaxonomy();
  const sections = t.sections as Array<Record<string, unknown>>;
  sections[1]!.id = 'constructor';
  sections[1]!.categories = [
    { id: 'constructor', label: 'Constructor' },
    { id: 'valueof', label: 'valueOf' },
  ];
  (t.organizations as Array<Record<string, unknown>>).push({ id: 'constructor', name: 'Constructor' });
  return t;
}

/** A valid resource guide with one provider, to plant payloads in. */
export function smallGuide(website?: string): Record<string, unknown> {
  return {
    format: 'cate-resource-guide@1',
    title: 'Guide',
    counties: ['Boone'],
    providers: [
      {
        id: 'p1',
        name: 'Provider One',
        locatedIn: 'Boone',
        services: ['legal'],
        contact: website === undefined ? { phone: '555-0100' } : { website },
      },
    ],
  };
}

export const LONG_HEADER = 'organization,quarter,section,category,count';

/** CSV text from lines. */
export const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

/** `depth` arrays around a number, as JSON text. */
export const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

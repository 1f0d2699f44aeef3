import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PUBLICATION_FORMAT as FORMAT_FROM_SCHEMA, PublicationDocument } from '../src/publication/format.js';
import { checkPublicationShape, PUBLICATION_FORMAT } from '../src/publication/publication-shape.js';
import { checkedPolicy, DEFAULT_POLICY, DisclosurePolicy } from '../src/privacy/policy.js';
import { checkedReaderPolicy, checkPolicyShape, READER_DEFAULT_POLICY } from '../src/privacy/policy-shape.js';
import { SERIES_FORMAT as SERIES_FORMAT_EXPORTED, SerializedSeries } from '../src/privacy/published-series.js';
import { checkSectionText, checkSeriesShape, SERIES_FORMAT } from '../src/privacy/series-shape.js';
import { SectionText } from '../src/section-text.js';
import { BAD, MAX_SHAPE_PROBLEMS, ShapeProblems, type Check } from '../src/privacy/shape-check.js';

// The hand-written shape checks (used by readPublication and readPublishedSeries, so a browser loads no zod) must
// accept exactly what the zod/mini schemas accept, and parse to an equal value. Valid documents are generated, then
// mutated the ways a broken or hostile document differs: a field gone, a wrong type, a bad number, an overlong or
// empty string, an unknown key (`__proto__`, `constructor`), a bad quarter, a list of the wrong length.

const RUNS = 600;

const quarter = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 4 }))
  .map(([y, q]) => `${y}-Q${q}`);
const word = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, 'a'));
const text = fc.oneof(word, fc.constantFrom('line one\nline two', 'tab\there', 'Ünïcødé – “quoted”'));
const id = fc.string({ minLength: 1, maxLength: 10 });
const count = fc.oneof(fc.nat({ max: 50 }), fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }));
const cell = fc.oneof(
  count.map((value) => ({ status: 'value', value })),
  fc.constant({ status: 'not-reported' }),
  fc.constant({ status: 'suppressed' }),
);

/** Optional fields: each present or not (fast-check's `requiredKeys` picks them). */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: (keyof T & string)[]) =>
  fc.record(model, { requiredKeys: required });

const sectionText = record(
  {
    title: text,
    chartTitle: text,
    description: text,
    legendTitle: text,
    unitLabel: fc.record({ one: word, other: word }),
    notes: fc.oneof(
      fc.array(fc.record({ title: text, text }), { maxLength: 3 }),
      fc.array(fc.record({ title: word, text: word }), { minLength: 19, maxLength: 20 }),
    ),
    categoriesFrom: record({ from: fc.constantFrom('report', 'standard', 'coalition'), standard: word, note: text }, [
      'from',
    ]),
  },
  ['title'],
);

/** A series whose lists have consistent lengths (the shape check does not look at lengths, the reader does). */
const seriesFields = fc
  .record({ Q: fc.integer({ min: 0, max: 3 }), C: fc.integer({ min: 0, max: 3 }) })
  .chain(({ Q, C }) =>
    record(
      {
        format: fc.constant(SERIES_FORMAT),
        taxonomy: fc.string({ maxLength: 8 }),
        section: fc.string({ maxLength: 8 }),
        unit: fc.constantFrom('clients', 'organizations', 'percent-of-organizations', 'service-uses'),
        multiSelect: fc.boolean(),
        quarters: fc.array(quarter, { minLength: Q, maxLength: Q }),
        categories: fc.array(
          record({ id: fc.string(), label: fc.string(), role: fc.constantFrom('unknown', 'other'), group: id }, [
            'id',
            'label',
          ]),
          { minLength: C, maxLength: C },
        ),
        cells: fc.array(fc.array(cell, { minLength: C, maxLength: C }), { minLength: Q, maxLength: Q }),
        quarterTotals: fc.array(cell, { minLength: Q, maxLength: Q }),
        rangeTotals: fc.array(cell, { minLength: C, maxLength: C }),
        shares: fc.array(fc.array(cell, { minLength: C, maxLength: C }), { minLength: Q, maxLength: Q }),
        groupTotals: fc.array(fc.record({ group: fc.string(), cells: fc.array(cell, { maxLength: 3 }) }), {
          maxLength: 2,
        }),
        coverage: fc.array(fc.record({ quarter, reported: fc.nat(), expected: fc.nat() }), { maxLength: 3 }),
        disclosure: fc.record({ threshold: fc.nat({ max: 20 }), protectZeros: fc.boolean() }),
        periodLabels: fc.array(word, { minLength: Q, maxLength: Q }),
        text: sectionText,
      },
      [
        'format',
        'taxonomy',
        'section',
        'unit',
        'multiSelect',
        'quarters',
        'categories',
        'cells',
        'coverage',
        'disclosure',
      ],
    ),
  );

const publishedSection = fc
  .tuple(seriesFields, record({ coversAllClients: fc.boolean(), subsetOf: id }, []))
  .map(([series, links]) => ({ ...series, ...links }));

const publication = record(
  {
    format: fc.constant(PUBLICATION_FORMAT),
    release: record(
      {
        id,
        created: fc.constantFrom('2026-03-13', '1999-12-31', '0000-00-00'),
        from: quarter,
        to: quarter,
        previous: fc.array(id, { maxLength: 2 }),
        revised: fc.array(fc.record({ section: id, quarter, category: id, release: id }), { maxLength: 2 }),
      },
      ['id', 'created', 'from', 'to'],
    ),
    taxonomy: id,
    policy: record(
      {
        threshold: fc.integer({ min: 1, max: 20 }),
        protectZeros: fc.boolean(),
        minContributors: fc.integer({ min: 1, max: 5 }),
        dominance: fc.boolean(),
        units: fc.array(fc.constantFrom('clients', 'service-uses', 'anything'), { maxLength: 3 }),
        protection: fc.record({ interval: fc.boolean(), insiders: fc.boolean() }),
      },
      ['threshold', 'protectZeros', 'minContributors', 'dominance', 'units'],
    ),
    notice: fc.string({ maxLength: 30 }),
    clientCountSection: id,
    links: fc.record({ sameTotal: fc.array(fc.array(id, { maxLength: 3 }), { maxLength: 3 }) }),
    sections: fc.dictionary(fc.constantFrom('sex', 'age', 'constructor', 'toString', '0', 'a.b'), publishedSection, {
      maxKeys: 2,
    }),
  },
  ['format', 'release', 'taxonomy', 'policy', 'links', 'sections'],
);

/** Every place in a JSON value: the root, each object field and each array item. */
function places(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  const found = [at];
  if (Array.isArray(value)) value.forEach((v, i) => found.push(...places(v, [...at, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) found.push(...places(v, [...at, k]));
  return found;
}

const oddValue = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    1.5,
    -0,
    2 ** 53,
    '',
    'x'.repeat(201),
    'x'.repeat(2001),
    'bad\u0000text',
    'line\r\nbreak',
    '2025-Q5',
    '2025-q3',
    '2025-Q3 ',
    '2026-3-13',
    null,
    undefined,
    true,
    0,
    'value',
    'suppressed',
    [],
    {},
    { status: 'value' },
    { status: 'value', value: 1, extra: 1 },
    { status: 'toString' },
  ),
  fc.anything({ maxDepth: 2 }),
);

type Mutation =
  | { kind: 'remove' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'add-key'; key: string; value: unknown }
  | { kind: 'replace-number'; value: unknown }
  | { kind: 'replace-string'; value: unknown }
  | { kind: 'grow'; by: number }
  | { kind: 'shrink' };

const oddNumber = fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, -0.5, 1.5, -0, 0, 2 ** 53, 1e308, '3', null);
const oddString = fc.oneof(
  fc.constantFrom('', ' ', 'x'.repeat(80), 'x'.repeat(81), 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(2001)),
  fc.constantFrom('a\u0000b', 'a\rb', 'a\u007fb', 'a\u000bb', 'a\tb', '2025-Q0', '2025-Q3', '12025-Q1', '2026-03-1x'),
  fc.constantFrom('value', 'report', 'clients', 'unknown', 'other', 'cate-series@1', 'cate-publication@1', 5),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'remove' as const }),
  oddValue.map((value) => ({ kind: 'replace' as const, value })),
  fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'toString', 'status', 'value'), oddValue)
    .map(([key, value]) => ({ kind: 'add-key' as const, key, value })),
  oddNumber.map((value) => ({ kind: 'replace-number' as const, value })),
  oddString.map((value) => ({ kind: 'replace-string' as const, value })),
  fc.constantFrom(1, 21).map((by) => ({ kind: 'grow' as const, by })),
  fc.constant({ kind: 'shrink' as const }),
);

/** The value at `path` inside `value`. */
const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce((v: unknown, k) => (v as Record<PropertyKey, unknown>)[k], value);

/** A copy of `doc` with one mutation at one of its places (an own `__proto__` key is written as JSON.parse would). */
function mutate(doc: unknown, pick: number, m: Mutation): unknown {
  const copy = structuredClone(doc);
  // Some mutations aim at values of one kind: numbers, strings, lists (a list grows or shrinks).
  const aim = { 'replace-number': 'number', 'replace-string': 'string', grow: 'array', shrink: 'array' }[
    m.kind as string
  ];
  const kindOf = (v: unknown) => (Array.isArray(v) ? 'array' : typeof v);
  const all = places(copy).filter((p) => !aim || kindOf(at(copy, p)) === aim);
  if (all.length === 0) return copy;
  const path = all[pick % all.length]!;
  if (path.length === 0) return m.kind.startsWith('replace') ? (m as { value: unknown }).value : copy;
  const parent = at(copy, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  const key = path.at(-1)!;
  const target = parent[key as string];
  if (m.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (m.kind === 'replace' || m.kind === 'replace-number' || m.kind === 'replace-string')
    parent[key as string] = m.value;
  else if (m.kind === 'add-key') {
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else parent[key as string] = { [m.key]: m.value };
  } else if (Array.isArray(target)) {
    if (m.kind === 'grow') for (let i = 0; i < m.by; i++) target.push(structuredClone(target[0] ?? 0));
    else target.pop();
  } else parent[key as string] = m.kind === 'grow' ? [target] : [];
  return copy;
}

/**
 * A value written out as plain lists: key order, prototypes, -0 and keys holding undefined all show. (toStrictEqual
 * alone reads an own `constructor` key, which a record of sections may have, as the object's type.)
 */
function exactly(value: unknown): unknown {
  if (Array.isArray(value)) return ['array', value.length, ...value.map(exactly)];
  if (typeof value === 'object' && value !== null)
    return [
      Object.getPrototypeOf(value) === Object.prototype ? 'object' : 'other object',
      ...Reflect.ownKeys(value).map((k) => [String(k), exactly((value as Record<PropertyKey, unknown>)[k])]),
    ];
  return Object.is(value, -0) ? '-0' : value === undefined ? 'undefined' : value;
}

const zodPath = (path: readonly PropertyKey[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

/** The hand check and the zod schema agree on `input`: both refuse it, or both accept it with equal values. */
function expectAgreement(schema: z.ZodMiniType, check: Check<unknown>, input: unknown): void {
  const expected = z.safeParse(schema, input);
  const problems = new ShapeProblems();
  const actual = check(input, '', problems);
  expect(actual !== BAD).toBe(expected.success);
  if (expected.success) {
    expect(exactly(actual)).toStrictEqual(exactly(expected.data));
    expect(problems.list).toEqual([]);
  } else {
    expect(problems.list.length).toBeGreaterThan(0);
    expect(problems.list.length).toBeLessThanOrEqual(MAX_SHAPE_PROBLEMS);
    // The first problem the hand check names is one zod names too (or lies inside an object zod refused).
    const paths = expected.error.issues.map((issue) => zodPath(issue.path));
    expect(paths.some((p) => problems.list[0]!.path === p || problems.list[0]!.path.startsWith(p))).toBe(true);
  }
}

/** A policy as a reader may hand one in: any field left out or undefined (the defaults fill it). */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const policy = record(
  {
    threshold: maybe(fc.integer({ min: 1, max: 20 })),
    protectZeros: maybe(fc.boolean()),
    contributors: maybe(
      record({ dominance: maybe(fc.boolean()), minContributors: maybe(fc.integer({ min: 1, max: 5 })) }, []),
    ),
    units: maybe(
      fc.uniqueArray(fc.constantFrom('clients', 'organizations', 'percent-of-organizations', 'service-uses')),
    ),
    protection: maybe(record({ interval: maybe(fc.boolean()), insiders: maybe(fc.boolean()) }, [])),
    publish: maybe(
      record({ quarterTotals: maybe(fc.boolean()), rangeTotals: maybe(fc.boolean()), shares: maybe(fc.boolean()) }, []),
    ),
  },
  [],
);

const cases = [
  { name: 'checkPublicationShape', check: checkPublicationShape, schema: PublicationDocument, valid: publication },
  { name: 'checkSeriesShape', check: checkSeriesShape, schema: SerializedSeries, valid: seriesFields },
  { name: 'checkSectionText', check: checkSectionText, schema: SectionText, valid: sectionText },
  { name: 'checkPolicyShape', check: checkPolicyShape, schema: DisclosurePolicy, valid: policy },
] as const;

describe('the hand-written shape checks agree with the zod schemas', () => {
  for (const { name, check, schema, valid } of cases) {
    it(`${name}(value) accepts a generated valid value as the zod schema does, to an equal value`, () => {
      fc.assert(
        fc.property(valid, (value) => {
          expect(z.safeParse(schema, value).success).toBe(true);
          expectAgreement(schema, check, value);
        }),
        { numRuns: RUNS },
      );
    });

    it(`${name}(value) accepts a mutated value exactly when the zod schema does`, () => {
      fc.assert(
        fc.property(valid, fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 2 }), (value, pick, ms) => {
          const mutated = ms.reduce((d, m, i) => mutate(d, pick * (i + 1), m), value as unknown);
          expectAgreement(schema, check, mutated);
        }),
        { numRuns: RUNS * 2 },
      );
    });
  }

  it('checkSeriesShape(value) refuses arbitrary values exactly when SerializedSeries does', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) =>
        expectAgreement(SerializedSeries, checkSeriesShape, value),
      ),
      { numRuns: RUNS },
    );
  });

  it('checkPublicationShape(doc) keeps at most 50 problems, each with a path, for a document broken everywhere', () => {
    const cells = Array.from({ length: 40 }, () => [{ status: 'value', value: -1 }, { status: 'hidden' }]);
    const doc = {
      format: PUBLICATION_FORMAT,
      release: { id: 'r', created: '2026-03-13', from: '2025-Q1', to: '2025-Q4' },
      taxonomy: 't',
      policy: { threshold: 3, protectZeros: false, minContributors: 1, dominance: true, units: [] },
      links: { sameTotal: [] },
      sections: { x: { format: SERIES_FORMAT, cells } },
    };
    const problems = new ShapeProblems();
    expect(checkPublicationShape(doc, '', problems)).toBe(BAD);
    expect(problems.list).toHaveLength(MAX_SHAPE_PROBLEMS);
    expect(problems.list.map((p) => p.path)).toContain('sections.x.cells[2][1].status');
    expect(problems.list.map((p) => p.path)).toContain('sections.x.cells[2][0].value');
  });

  it('checkedReaderPolicy(policy) throws exactly when checkedPolicy does, else returns an equal frozen policy', () => {
    fc.assert(
      fc.property(policy, fc.nat(), mutation, (given, pick, m) => {
        const mutated = mutate(given, pick, m);
        const expected = (() => {
          try {
            return checkedPolicy(mutated);
          } catch (error) {
            return error;
          }
        })();
        if (expected instanceof TypeError)
          expect(() => checkedReaderPolicy(mutated)).toThrow(/^invalid disclosure policy: /);
        else {
          const actual = checkedReaderPolicy(mutated);
          expect(exactly(actual)).toStrictEqual(exactly(expected));
          expect(Object.isFrozen(actual) && Object.isFrozen(actual.units)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('READER_DEFAULT_POLICY is DEFAULT_POLICY', () => {
    expect(exactly(READER_DEFAULT_POLICY)).toStrictEqual(exactly(DEFAULT_POLICY));
  });

  it('the format names are the ones the zod modules export', () => {
    expect(PUBLICATION_FORMAT).toBe(FORMAT_FROM_SCHEMA);
    expect(SERIES_FORMAT).toBe(SERIES_FORMAT_EXPORTED);
  });
});

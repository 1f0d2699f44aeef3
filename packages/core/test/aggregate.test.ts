import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  aggregateReport,
  aggregateSection,
  organizationMeasures,
  reportingCoverage,
  shareDenominators,
  tableShares,
} from '../src/aggregate/index.js';
import type { Quarter } from '../src/periods.js';
import { quartersBetween } from '../src/periods.js';
import type { Submission } from '../src/submissions/types.js';
import { smallTaxonomy } from './fixtures/aggregate/taxonomy.js';

const submissions: Submission[] = [
  {
    organization: 'north',
    quarter: '2025-Q1',
    counts: {
      clients: { new: 3, existing: 7 },
      sex: { female: 8, male: 1, unknown: 1 },
      services: { therapy: 6, housing: 5 },
      screening: { screening: 1 },
    },
  },
  {
    organization: 'south',
    quarter: '2025-Q1',
    counts: { clients: { new: 2, existing: 2 }, sex: { female: 4, male: 0 }, screening: { screening: 0 } },
  },
  {
    organization: 'north',
    quarter: '2025-Q3',
    counts: { clients: { new: 1, existing: 9 }, sex: { female: 9, male: 1, unknown: 0 } },
  },
];

describe('aggregateSection', () => {
  it('aggregateSection(taxonomy, submissions, "sex") sums organizations per quarter and category', () => {
    const table = aggregateSection(smallTaxonomy, submissions, 'sex');
    expect(table.quarters).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
    expect(table.categories.map((c) => c.id)).toEqual(['female', 'male', 'unknown']);
    expect(table.counts).toEqual([
      [12, 1, 1],
      [null, null, null],
      [9, 1, 0],
    ]);
  });

  it('aggregateSection keeps a reported 0 distinct from a category nobody reported', () => {
    const table = aggregateSection(smallTaxonomy, [submissions[1]!], 'sex');
    expect(table.counts[0]).toEqual([4, 0, null]);
  });

  it('aggregateSection counts contributors above zero and the largest single contribution', () => {
    const table = aggregateSection(smallTaxonomy, submissions, 'sex');
    expect(table.contributors[0]).toEqual([2, 1, 1]);
    expect(table.largest[0]).toEqual([8, 1, 1]);
  });

  it('aggregateSection records coverage against the taxonomy members', () => {
    const table = aggregateSection(smallTaxonomy, submissions, 'services');
    expect(table.coverage.map((c) => [c.reported, c.expected])).toEqual([
      [1, 3],
      [0, 3],
      [0, 3],
    ]);
    expect(table.reporters[0]).toEqual(['north']);
  });

  it('aggregateSection gives multi-select sections the reporting organizations’ client count', () => {
    const table = aggregateSection(smallTaxonomy, submissions, 'services');
    expect(table.clients).toEqual([10, null, null]); // only north reported services in Q1; it had 10 clients
  });

  it('aggregateSection filters by quarter range and organizations', () => {
    const table = aggregateSection(smallTaxonomy, submissions, 'sex', {
      quarters: { from: '2024-Q4', to: '2025-Q1' },
      organizations: ['south'],
    });
    expect(table.quarters).toEqual(['2024-Q4', '2025-Q1']);
    expect(table.counts).toEqual([
      [null, null, null],
      [4, 0, null],
    ]);
    expect(table.coverage[1]).toEqual({ quarter: '2025-Q1', reported: 1, expected: 1 });
  });

  it('aggregateSection throws a clear error for an unknown section', () => {
    expect(() => aggregateSection(smallTaxonomy, submissions, 'gendr')).toThrow(
      /Unknown section "gendr".*expected one of: clients, sex/,
    );
  });

  it('aggregateSection of no submissions has no quarters', () => {
    expect(aggregateSection(smallTaxonomy, [], 'sex').quarters).toEqual([]);
  });
});

describe('shares', () => {
  it('shareDenominators uses the sum of categories for single-select sections', () => {
    expect(shareDenominators(aggregateSection(smallTaxonomy, submissions, 'sex'))).toEqual([14, null, 10]);
  });

  it('shareDenominators uses clients, not selections, for multi-select sections', () => {
    const table = aggregateSection(smallTaxonomy, submissions, 'services');
    expect(shareDenominators(table)[0]).toBe(10); // 6 + 5 selections, but 10 clients
    expect(tableShares(table)[0]).toEqual([0.6, 0.5]);
  });

  it('shareDenominators uses reporting organizations for organization sections', () => {
    const table = aggregateSection(smallTaxonomy, submissions, 'screening');
    expect(shareDenominators(table)[0]).toBe(2);
    expect(organizationMeasures(table)[0]).toEqual({ quarter: '2025-Q1', count: 1, reporting: 2, percent: 0.5 });
  });

  it('organizationMeasures refuses a client section', () => {
    expect(() => organizationMeasures(aggregateSection(smallTaxonomy, submissions, 'sex'))).toThrow(
      /counts clients, not organizations/,
    );
  });
});

describe('reportingCoverage', () => {
  it('reportingCoverage says which organization reported which section in which quarter', () => {
    const coverage = reportingCoverage(smallTaxonomy, submissions);
    expect(coverage.organizations).toEqual(['north', 'south', 'east']);
    expect(coverage.reported.services).toEqual([
      [true, false, false],
      [false, false, false],
      [false, false, false],
    ]);
    expect(coverage.reported.sex![1]).toEqual([true, false, false]);
  });
});

// Property-based invariants over random datasets of the small taxonomy.
const quarters = quartersBetween('2024-Q1', '2025-Q2');
const orgs = ['north', 'south', 'east'] as const;
const count = fc.nat({ max: 40 });
const optionalCount = fc.option(count, { nil: undefined });

const submissionArb = fc.record({
  organization: fc.constantFrom(...orgs),
  quarter: fc.constantFrom(...quarters),
  newClients: count,
  existing: count,
  sex: fc.tuple(optionalCount, optionalCount, optionalCount),
  services: fc.option(fc.tuple(count, count), { nil: undefined }),
});

const datasetArb = fc
  .uniqueArray(submissionArb, { selector: (s) => `${s.organization}/${s.quarter}`, maxLength: 18 })
  .map((rows) =>
    rows.map((r): Submission => {
      const counts: Submission['counts'] = { clients: { new: r.newClients, existing: r.existing } };
      const sex = Object.fromEntries(
        (['female', 'male', 'unknown'] as const).flatMap((id, i) => (r.sex[i] === undefined ? [] : [[id, r.sex[i]!]])),
      );
      if (Object.keys(sex).length) counts.sex = sex;
      if (r.services) counts.services = { therapy: r.services[0], housing: r.services[1] };
      return { organization: r.organization, quarter: r.quarter as Quarter, counts };
    }),
  );

const range = { from: quarters[0]!, to: quarters[quarters.length - 1]! };

describe('aggregation invariants (property-based)', () => {
  it('aggregateReport does not depend on input order', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) =>
          fc.tuple(fc.constant(d), fc.shuffledSubarray(d, { minLength: d.length, maxLength: d.length })),
        ),
        ([data, shuffled]) => {
          expect(aggregateReport(smallTaxonomy, shuffled, { quarters: range })).toEqual(
            aggregateReport(smallTaxonomy, data, { quarters: range }),
          );
        },
      ),
    );
  });

  it('filtering then aggregating equals aggregating with the filter', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.subarray<string>([...orgs], { minLength: 1 }),
        fc.integer({ min: 0, max: quarters.length - 1 }),
        (data, keep, start) => {
          const sub = { from: quarters[start]!, to: range.to };
          const filtered = data.filter((s) => keep.includes(s.organization) && quarters.indexOf(s.quarter) >= start);
          const a = aggregateSection(smallTaxonomy, filtered, 'sex', { quarters: sub, organizations: keep });
          const b = aggregateSection(smallTaxonomy, data, 'sex', { quarters: sub, organizations: keep });
          expect(a).toEqual(b);
          // ...and aggregating the whole range then slicing gives the same cells.
          const whole = aggregateSection(smallTaxonomy, data, 'sex', { quarters: range, organizations: keep });
          expect(whole.counts.slice(start)).toEqual(b.counts);
        },
      ),
    );
  });

  it('the coalition total equals the sum of each organization’s own aggregate', () => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const total = aggregateSection(smallTaxonomy, data, 'sex', { quarters: range });
        const perOrg = orgs.map((o) =>
          aggregateSection(smallTaxonomy, data, 'sex', { quarters: range, organizations: [o] }),
        );
        total.counts.forEach((row, q) =>
          row.forEach((cell, c) => {
            const parts = perOrg.map((t) => t.counts[q]![c]!).filter((n): n is number => n !== null);
            expect(cell).toBe(parts.length ? parts.reduce((a, b) => a + b, 0) : null);
          }),
        );
      }),
    );
  });

  it('shares of a single-select section add up to 1 in every quarter with a non-zero total', () => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const table = aggregateSection(smallTaxonomy, data, 'sex', { quarters: range });
        const denominators = shareDenominators(table);
        tableShares(table).forEach((row, q) => {
          if (!denominators[q]) return;
          const sum = row.reduce<number>((a, b) => a + (b ?? 0), 0);
          expect(sum).toBeCloseTo(1, 10);
        });
      }),
    );
  });
});

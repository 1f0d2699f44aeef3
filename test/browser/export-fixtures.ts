import { DEFAULT_POLICY, protectTable, type AggregateTable, type SafeSeries } from '@cate/core';

/** A count that must never appear in any export: hidden by the contributor rule (one organization reported it). */
export const PLANTED = 987654;

/** The planted count as a number in any locale's grouping: 987654, 987,654, 987.654, 987 654. */
export const PLANTED_PATTERN = /987[\s,.\u00a0\u202f']?654/;

/**
 * A real SafeSeries from core's protectTable: Asia in Q1 2025 is 987654 clients, all from one organization, so
 * the policy (at least two contributing organizations) hides it, with complementary cells, totals and shares.
 */
export function plantedSeries(): SafeSeries {
  const table: AggregateTable = {
    taxonomy: 'cate',
    section: 'continent-of-origin',
    unit: 'clients',
    multiSelect: false,
    quarters: ['2025-Q1', '2025-Q2', '2025-Q3'],
    categories: [
      { id: 'africa', label: 'Africa' },
      { id: 'asia', label: 'Asia' },
      { id: 'europe', label: 'Europe' },
      { id: 'unknown', label: 'Unknown Origin', role: 'unknown' },
    ],
    counts: [
      [120, PLANTED, 2, 40],
      [130, 60, 45, 50],
      [140, 70, 55, 1],
    ],
    contributors: [
      [4, 1, 1, 3],
      [4, 3, 3, 3],
      [4, 3, 3, 1],
    ],
    largest: [
      [40, PLANTED, 2, 20],
      [40, 30, 20, 20],
      [40, 30, 20, 1],
    ],
    clients: [null, null, null],
    reporters: [
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'c', 'd'],
    ],
    coverage: [
      { quarter: '2025-Q1', reported: 4, expected: 5 },
      { quarter: '2025-Q2', reported: 4, expected: 4 },
      { quarter: '2025-Q3', reported: 4, expected: 4 },
    ],
  };
  const policy = {
    ...DEFAULT_POLICY,
    contributors: { ...DEFAULT_POLICY.contributors, minContributors: 2 },
    publish: { ...DEFAULT_POLICY.publish, shares: true },
  };
  const { series, record } = protectTable(table, policy);
  if (!record.cells.some((cell) => cell.value === PLANTED)) throw new Error('the planted count was not hidden');
  return series;
}

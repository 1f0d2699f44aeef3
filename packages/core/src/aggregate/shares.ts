import type { AggregateTable } from '../series.js';

/**
 * The denominator of a share, per quarter:
 * - organization sections (organizations, percent of organizations): the organizations that reported;
 * - multi-select client sections: the clients of the organizations that reported (not the sum of selections,
 *   which double-counts a client with two answers);
 * - single-select sections: the sum of the reported categories.
 * Null where nothing was reported.
 */
export function shareDenominators(table: AggregateTable): (number | null)[] {
  return table.quarters.map((_, q) => {
    if (table.unit === 'organizations' || table.unit === 'percent-of-organizations') {
      const reported = table.coverage[q]?.reported ?? 0;
      return reported > 0 ? reported : null;
    }
    if (table.multiSelect) return table.clients[q] ?? null;
    let sum: number | null = null;
    for (const n of table.counts[q] ?? []) if (n !== null) sum = (sum ?? 0) + n;
    return sum;
  });
}

/** shares[q][c] = count / denominator, as a fraction; null where the cell or the denominator is missing or 0. */
export function tableShares(table: AggregateTable): (number | null)[][] {
  const denominators = shareDenominators(table);
  return table.counts.map((row, q) => {
    const d = denominators[q];
    return row.map((n) => (n === null || !d ? null : n / d));
  });
}

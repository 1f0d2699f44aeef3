import { describe, expect, it } from 'vitest';
import { auditPublication, auditSeries, protectTable, protectTables } from '../src/privacy/index.js';
import { everyCell, grid, policy, show, table } from './fixtures/privacy/tables.js';

const rowOnly = policy({ publish: { rangeTotals: false } });

/** The record's hidden cells as "quarter/category=value:reason". */
function hidden(record: ReturnType<typeof protectTable>['record']): string[] {
  return record.cells.map((c) => `${c.quarter}/${c.category}=${c.value}:${c.reason}`);
}

function expectNothingRecoverable(result: ReturnType<typeof protectTable>) {
  const audit = auditSeries(result.series, result.record);
  expect(audit.consistent).toBe(true);
  expect(audit.disclosed).toEqual([]);
  return audit;
}

describe('protectTable', () => {
  it('protectTable hides a second cell when a row total would reveal the first', () => {
    const result = protectTable(table([[2, 7, 9, 12]]), rowOnly);
    expect(grid(result.series.cells)).toEqual([['S', 'S', 9, 12]]);
    expect(result.series.quarterTotals?.map(show)).toEqual([30]);
    expect(hidden(result.record)).toEqual(['2024-Q1/cat-0=2:primary-threshold', '2024-Q1/cat-1=7:complementary']);
    const audit = expectNothingRecoverable(result);
    // 2 + 7 = 30 - 9 - 12: an attacker knows only that the two hidden counts add up to 9.
    expect(audit.hidden.map((h) => [h.lower, h.upper])).toEqual([
      [0, 9],
      [0, 9],
    ]);
  });

  it('protectTable hides the smallest other cell, keeping the large ones', () => {
    const result = protectTable(table([[40, 2, 5, 30]]), rowOnly);
    expect(grid(result.series.cells)).toEqual([[40, 'S', 'S', 30]]);
    expectNothingRecoverable(result);
  });

  it('protectTable hides a rectangle when quarter and range totals are both published', () => {
    const result = protectTable(
      table([
        [2, 8, 10],
        [6, 9, 11],
      ]),
    );
    // Any pattern with fewer than four hidden cells leaves 2 alone in a row or a column.
    expect(grid(result.series.cells)).toEqual([
      ['S', 'S', 10],
      ['S', 'S', 11],
    ]);
    expect(result.series.quarterTotals?.map(show)).toEqual([20, 26]);
    expect(result.series.rangeTotals?.map(show)).toEqual([8, 17, 21]);
    expect(result.record.totals).toEqual([]);
    const audit = expectNothingRecoverable(result);
    expect(audit.hidden.find((h) => h.category === 'cat-0' && h.quarter === '2024-Q1')).toMatchObject({
      lower: 0,
      upper: 8,
    });
  });

  it('protectTable hides a third cell when two hidden 1s share a row (the singleton problem)', () => {
    const result = protectTable(table([[1, 1, 8, 9, 12]]), rowOnly);
    // With only the two 1s hidden, each of their organizations would subtract its own 1 and learn the other.
    expect(grid(result.series.cells)).toEqual([['S', 'S', 'S', 9, 12]]);
    expect(hidden(result.record)).toEqual([
      '2024-Q1/cat-0=1:primary-threshold',
      '2024-Q1/cat-1=1:primary-threshold',
      '2024-Q1/cat-2=8:singleton',
    ]);
    expectNothingRecoverable(result);
    // The insider's view: with the first 1 known, the second is still not recoverable.
    const insider = auditSeries(result.series, result.record, { known: [[0, 0]] });
    expect(insider.disclosed).toEqual([]);
  });

  it('protectTable does not lean on a complement that one organization alone reported', () => {
    // 7 comes from a single organization, so hiding it beside the 2 protects the 2 from everyone but that one.
    const counts = [[2, 7, 20, 30]];
    const result = protectTable(table(counts, { contributors: [[2, 1, 2, 2]], largest: [[1, 7, 10, 15]] }), rowOnly);
    expect(grid(result.series.cells)).toEqual([['S', 7, 'S', 30]]);
    expect(hidden(result.record)[1]).toBe('2024-Q1/cat-2=20:singleton');
    expect(auditSeries(result.series, result.record, { known: [[0, 1]] }).disclosed).toEqual([]);
  });

  it('protectTable publishes zeros first and hides a non-zero complement', () => {
    const result = protectTable(table([[2, 0, 0, 15, 20]]), rowOnly);
    expect(grid(result.series.cells)).toEqual([['S', 0, 0, 'S', 20]]);
    expectNothingRecoverable(result);
  });

  it('protectTable hides a zero when only the whole rectangle can protect a small count', () => {
    // Every row and column has two cells, so protecting the 1 takes all four, the zero included.
    const result = protectTable(
      table([
        [9, 0],
        [1, 9],
      ]),
    );
    expect(grid(result.series.cells)).toEqual([
      ['S', 'S'],
      ['S', 'S'],
    ]);
    expect(hidden(result.record)[1]).toBe('2024-Q1/cat-1=0:complementary');
    const audit = expectNothingRecoverable(result);
    // x(Q2, cat-0) = 10 - x(Q1, cat-0) and x(Q1, cat-0) <= 9: an attacker learns it is 1 to 10, no more.
    expect(audit.hidden.map((h) => [h.lower, h.upper])).toEqual([
      [0, 9],
      [0, 9],
      [1, 10],
      [0, 9],
    ]);
  });

  it('protectTable publishes a zero the bounds reveal anyway, and hides a total instead of leaning on it', () => {
    // Hiding the zeros at Q2 and Q4 would not help: T(Q2) + T(Q4) - R(cat-1) says they add up to 0.
    const t = table(
      [
        [23, 0, 2],
        [0, 7, null],
        [11, 0, 4],
        [0, 22, null],
      ],
      {
        contributors: [
          [2, 0, 2],
          [0, 2, 0],
          [2, 0, 2],
          [0, 2, 0],
        ],
        largest: [
          [12, 0, 1],
          [0, 5, 0],
          [6, 0, 2],
          [0, 11, 0],
        ],
      },
    );
    const result = protectTable(t);
    expect(grid(result.series.cells)).toEqual([
      ['S', 0, 'S'],
      [0, 'S', '-'],
      ['S', 'S', 'S'],
      [0, 22, '-'],
    ]);
    expect(result.series.quarterTotals?.map(show)).toEqual([25, 'S', 15, 22]);
    const audit = expectNothingRecoverable(result);
    expect(audit.hidden.every((h) => h.lower < h.upper)).toBe(true);
  });

  it('protectTable hides a zero when protectZeros asks, and a neighbour beside it', () => {
    const result = protectTable(
      table([[0, 5, 9, 12]]),
      policy({ protectZeros: true, publish: { rangeTotals: false } }),
    );
    expect(grid(result.series.cells)).toEqual([['S', 'S', 9, 12]]);
    expect(result.series.disclosure).toEqual({ threshold: 3, protectZeros: true });
    const audit = expectNothingRecoverable(result);
    expect(audit.hidden[0]).toMatchObject({ lower: 0, upper: 5 });
  });

  it('protectTable applies the contributor rule: the largest contributor must not learn the rest', () => {
    // 10 = 9 from one organization + 1 from the others: the big one would learn the others served 1.
    const t = table([[10, 20, 30]], { contributors: [[2, 2, 2]], largest: [[9, 10, 15]] });
    const result = protectTable(t, rowOnly);
    expect(grid(result.series.cells)).toEqual([['S', 'S', 30]]);
    expect(hidden(result.record)).toEqual(['2024-Q1/cat-0=10:primary-contributors', '2024-Q1/cat-1=20:complementary']);
    expectNothingRecoverable(result);
    const off = protectTable(t, policy({ contributors: { dominance: false }, publish: { rangeTotals: false } }));
    expect(grid(off.series.cells)).toEqual([[10, 20, 30]]);
  });

  it('protectTable applies minContributors to cells reported by too few organizations', () => {
    const t = table([[10, 20, 30, 40]], { contributors: [[1, 3, 3, 3]], largest: [[10, 8, 10, 14]] });
    const result = protectTable(t, policy({ contributors: { minContributors: 2 }, publish: { rangeTotals: false } }));
    expect(hidden(result.record)[0]).toBe('2024-Q1/cat-0=10:primary-contributors');
    expect(grid(result.series.cells)).toEqual([['S', 'S', 30, 40]]);
  });

  it('protectTable publishes the client count as a multi-select quarter total and protects the selections conservatively', () => {
    const result = protectTable(
      table(
        [
          [2, 7, 9],
          [8, 0, 12],
        ],
        { multiSelect: true, clients: [15, 16] },
      ),
    );
    // Shown totals are client counts, not sums of the cells (18 and 20).
    expect(result.series.quarterTotals?.map(show)).toEqual([15, 16]);
    // The sums of selections are not shown but taken as known to an attacker.
    expect(result.record.knownTotals.filter((t) => t.kind === 'quarter')).toEqual([
      { kind: 'quarter', quarter: '2024-Q1', value: 18, shown: false },
      { kind: 'quarter', quarter: '2024-Q2', value: 20, shown: false },
    ]);
    expect(grid(result.series.cells)).toEqual([
      ['S', 7, 'S'],
      ['S', 0, 'S'],
    ]);
    expectNothingRecoverable(result);
  });

  it('protectTable hides a small multi-select client count', () => {
    const result = protectTable(
      table(
        [
          [1, 2, 0],
          [5, 6, 4],
        ],
        { multiSelect: true, clients: [2, 9] },
      ),
    );
    expect(result.series.quarterTotals?.map(show)).toEqual(['S', 9]);
    expect(result.record.totals).toContainEqual({
      kind: 'clients',
      quarter: '2024-Q1',
      value: 2,
      shown: true,
      reason: 'primary-threshold',
    });
  });

  it('protectTable hides a small quarter total and every total that would reveal it', () => {
    const result = protectTable(
      table([
        [1, 1, 0],
        [10, 12, 9],
      ]),
    );
    expect(result.series.quarterTotals?.map(show)).toEqual(['S', 31]);
    // cat-0 + cat-1 + cat-2 - Q2 = Q1, so not all three range totals can be shown.
    expect(result.series.rangeTotals?.map(show)).toEqual([11, 13, 'S']);
    expect(result.record.totals.map((t) => `${t.kind}:${t.reason}`)).toEqual([
      'quarter:primary-threshold',
      'range:complementary',
      'grand:complementary',
    ]);
    // Q2's cells are hidden too: with range totals for cat-0 and cat-1, any of them would give Q1's sum.
    expect(grid(result.series.cells)).toEqual([
      ['S', 'S', 0],
      ['S', 'S', 'S'],
    ]);
    expectNothingRecoverable(result);
  });

  it('protectTable assumes single-select quarter totals are known even when it does not show them', () => {
    const result = protectTable(
      table([[2, 7, 9, 12]]),
      policy({ publish: { quarterTotals: false, rangeTotals: false } }),
    );
    expect(result.series.quarterTotals).toBeUndefined();
    expect(grid(result.series.cells)).toEqual([['S', 'S', 9, 12]]);
    expect(result.record.knownTotals[0]).toEqual({ kind: 'quarter', quarter: '2024-Q1', value: 30, shown: false });
  });

  it('protectTable publishes shares only where the cell and its denominator are published', () => {
    const result = protectTable(
      table([
        [2, 7, 9, 12],
        [20, 10, 10, 0],
      ]),
      policy({ publish: { shares: true, rangeTotals: false } }),
    );
    expect(result.series.shares?.map((row) => row.map(show))).toEqual([
      ['S', 'S', 9 / 30, 12 / 30],
      [0.5, 0.25, 0.25, 0],
    ]);
  });

  it('protectTable leaves organization counts as they are, with no threshold in the footnote', () => {
    const result = protectTable(table([[1, 2, 0]], { unit: 'organizations' }));
    expect(grid(result.series.cells)).toEqual([[1, 2, 0]]);
    expect(result.series.disclosure).toEqual({ threshold: 0, protectZeros: false });
    expect(result.record.protected).toBe(false);
  });

  it('protectTable marks not-reported cells apart from suppressed ones and zeros', () => {
    const result = protectTable(table([[null, 2, 0, 30, 40]]), rowOnly);
    expect(grid(result.series.cells)).toEqual([['-', 'S', 0, 'S', 40]]);
  });

  it('protectTable gives suppressed cells exactly the key status, everywhere', () => {
    const result = protectTable(
      table([
        [2, 7, 9, 12],
        [1, 30, 40, 50],
      ]),
      policy({ publish: { shares: true } }),
    );
    for (const cell of everyCell(result.series)) {
      if (cell.status !== 'value') expect(Object.keys(cell)).toEqual(['status']);
    }
  });

  it('protectTable returns a deeply frozen series and record', () => {
    const { series, record } = protectTable(table([[2, 7, 9, 12]]));
    expect(Object.isFrozen(series)).toBe(true);
    expect(Object.isFrozen(series.cells[0]![0])).toBe(true);
    expect(Object.isFrozen(series.disclosure)).toBe(true);
    expect(Object.isFrozen(record.cells)).toBe(true);
  });

  it('protectTable rejects an invalid policy and a table of the wrong shape', () => {
    expect(() => protectTable(table([[1]]), { threshold: 0 } as never)).toThrow(/threshold/);
    const t = table([[1, 2]]);
    expect(() => protectTable({ ...t, contributors: [[1]] })).toThrow(/contributors/);
  });

  it('protectTables protects each table of a report with one policy', () => {
    const { series, records } = protectTables([table([[2, 7, 9, 12]]), table([[40, 50]])], rowOnly);
    expect(series.map((s) => grid(s.cells))).toEqual([[['S', 'S', 9, 12]], [[40, 50]]]);
    expect(records.map((r) => r.cells.length)).toEqual([2, 0]);
  });

  it('auditPublication finds the cell when complementary suppression is skipped (negative control)', () => {
    // Only the primary cell hidden: the published row total gives it away.
    const audit = auditPublication({ cells: [null, 7, 9, 12], relations: [{ coefficients: [1, 1, 1, 1], value: 30 }] });
    expect(audit.disclosed).toEqual([0]);
    expect(audit.hidden[0]).toEqual({ cell: 0, recoverable: true, lower: 2, upper: 2 });
  });
});

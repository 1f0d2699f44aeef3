import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  POLICY_PRESETS,
  auditPublication,
  protectTable,
  readPublishedSeries,
  serializeSeries,
} from '../src/privacy/index.js';
import { everyCell, grid, policy, show, table } from './fixtures/privacy/tables.js';

const unsafe = JSON.parse(
  readFileSync(new URL('./fixtures/privacy/unsafe-series.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('serializeSeries', () => {
  it('serializeSeries writes a plain JSON object marked cate-series@1', () => {
    const { series } = protectTable(table([[2, 7, 9, 12]]));
    const json = serializeSeries(series);
    expect(json.format).toBe('cate-series@1');
    expect(Object.isFrozen(json)).toBe(false);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.cells[0]![0]).toEqual({ status: 'suppressed' });
  });
});

describe('readPublishedSeries', () => {
  it('readPublishedSeries reads back a protected series unchanged under the same policy', () => {
    const { series } = protectTable(
      table([
        [2, 7, 9, 12],
        [30, 1, 0, 8],
      ]),
      policy({ publish: { shares: true } }),
    );
    const read = readPublishedSeries(serializeSeries(series), policy({ publish: { shares: true } }));
    expect(read.problems).toEqual([]);
    expect(read.series).toEqual(series);
    expect(Object.isFrozen(read.series)).toBe(true);
  });

  it('readPublishedSeries hides visible counts under the threshold and re-runs complementary suppression', () => {
    const { series, problems } = readPublishedSeries(unsafe);
    // The 2 breaks k = 3. The hidden 1 below it must stay protected too, and with every total shown only
    // a rectangle does: the labor and sex-and-labor cells of both quarters.
    expect(grid(series!.cells)).toEqual([
      [14, 'S', 'S', 9],
      [17, 'S', 'S', 11],
    ]);
    // 3 is not below k = 3: the labor total stays, and says only that the two hidden labor cells add up to 3.
    expect(series!.rangeTotals?.map(show)).toEqual([31, 3, 11, 20]);
    expect(series!.shares?.map((row) => row.map(show))).toEqual([
      [0.45161290322580644, 'S', 'S', 0.2903225806451613],
      [0.5, 'S', 'S', 0.3235294117647059],
    ]);
    expect(series!.disclosure).toEqual({ threshold: 3, protectZeros: false });
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.where.path}`)).toEqual([
      'warning below-threshold cells[0][1]',
      'warning complementary cells[0][2]',
      'warning complementary cells[1][2]',
    ]);
  });

  it('readPublishedSeries never quotes a hidden count in a problem', () => {
    const { problems } = readPublishedSeries(unsafe, POLICY_PRESETS['state-10']);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message).not.toMatch(/\b(2|3|5|6|9)\b/);
  });

  it('readPublishedSeries leaves nothing an attacker can recover in what it returns', () => {
    const { series } = readPublishedSeries(unsafe, POLICY_PRESETS['state-5']);
    const s = series!;
    const cells = s.cells.flat().map((c) => (c.status === 'value' ? c.value : null));
    const C = s.categories.length;
    const relations = [
      ...s.quarterTotals!.flatMap((t, q) =>
        t.status === 'value'
          ? [{ coefficients: cells.map((_, i) => (Math.floor(i / C) === q ? 1 : 0)), value: t.value }]
          : [],
      ),
      ...s.rangeTotals!.flatMap((t, c) =>
        t.status === 'value' ? [{ coefficients: cells.map((_, i) => (i % C === c ? 1 : 0)), value: t.value }] : [],
      ),
    ];
    expect(auditPublication({ cells, relations }).disclosed).toEqual([]);
    for (const cell of everyCell(s)) if (cell.status !== 'value') expect(Object.keys(cell)).toEqual(['status']);
  });

  it('readPublishedSeries rejects a suppressed cell that carries a value', () => {
    const leaky = structuredClone(unsafe) as { cells: unknown[][] };
    leaky.cells[1]![1] = { status: 'suppressed', value: 1 };
    const { series, problems } = readPublishedSeries(leaky);
    expect(series).toBeUndefined();
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'invalid-series', where: { path: 'cells[1][1]' } });
  });

  it('readPublishedSeries rejects another format and a grid of the wrong shape', () => {
    expect(readPublishedSeries({ ...unsafe, format: 'cate-series@2' }).problems[0]?.code).toBe('unsupported-format');
    const short = readPublishedSeries({ ...unsafe, rangeTotals: [] });
    expect(short.problems).toMatchObject([{ code: 'shape-mismatch', where: { path: 'rangeTotals' } }]);
    expect(readPublishedSeries('not a series').problems[0]?.code).toBe('invalid-series');
  });

  it('readPublishedSeries keeps organization counts as they are unless the policy protects them', () => {
    const orgs = serializeSeries(protectTable(table([[1, 2, 9]], { unit: 'organizations' })).series);
    expect(grid(readPublishedSeries(orgs).series!.cells)).toEqual([[1, 2, 9]]);
    // Protected, 1 and 2 are hidden, and so is the 9: the 1's organization would subtract it from the total.
    const strict = readPublishedSeries(orgs, policy({ units: ['clients', 'organizations'] }));
    expect(grid(strict.series!.cells)).toEqual([['S', 'S', 'S']]);
  });
});

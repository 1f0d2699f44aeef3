import { describe, expect, it } from 'vitest';
import { aggregateSection } from '../src/aggregate/index.js';
import { readPublishedSeries } from '../src/privacy/published-series.js';
import { protectTable } from '../src/privacy/protect-table.js';
import { sampleSubmissions } from '../src/sample/index.js';
import type { SafeCell } from '../src/series.js';
import { cateTaxonomy } from '../src/taxonomy/cate/index.js';
import {
  MINOR_AT_ACCESS,
  MISSOURI_TOP_NEEDS_2019,
  RACIAL_OR_ETHNIC_MINORITY,
  formatFigure,
  shareFigure,
} from '../src/reports.js';

const race = cateTaxonomy.sections.find((s) => s.id === 'race-and-hispanic-ethnicity')!;
const v = (value: number): SafeCell => ({ status: 'value', value });
const S: SafeCell = { status: 'suppressed' };

/** A published one-quarter race series; cells in taxonomy order, with its total. */
function raceSeries(cells: SafeCell[], total?: SafeCell) {
  const { series, problems } = readPublishedSeries({
    format: 'cate-series@1',
    taxonomy: 'cate',
    section: race.id,
    unit: 'clients',
    multiSelect: false,
    quarters: ['2025-Q4'],
    categories: race.categories.map(({ id, label, role }) => (role ? { id, label, role } : { id, label })),
    cells: [cells],
    ...(total ? { quarterTotals: [total] } : {}),
    coverage: [{ quarter: '2025-Q4', reported: 8, expected: 8 }],
    disclosure: { threshold: 3, protectZeros: false },
  });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return series!;
}

// Order: african-american-black, afro-latinx, american-indian, asian, bi-racial, hispanic, non-hispanic-white,
// other, pacific-islander, white-caucasian, unknown.
const counts = [30, 4, 3, 5, 6, 10, 8, 4, 0, 34, 6];

describe('shareFigure(series, RACIAL_OR_ETHNIC_MINORITY)', () => {
  it('shareFigure(series, definition) counts every minority category over the clients whose race is known', () => {
    const figure = shareFigure(raceSeries(counts.map(v), v(110)), RACIAL_OR_ETHNIC_MINORITY);
    expect(figure).toMatchObject({
      status: 'value',
      numerator: 62,
      denominator: 104,
      period: { from: '2025-Q4', to: '2025-Q4' },
    });
    expect(formatFigure(figure)).toBe('60%');
    expect(figure.coverage).toEqual([{ quarter: '2025-Q4', reported: 8, expected: 8 }]);
  });

  it('shareFigure(series, definition) gives bounds from the published total when a part is hidden', () => {
    // Hidden: Afro-Latinx (minority) and Non-Hispanic White: together 110 - 92 = 18.
    const cells = counts.map(v);
    cells[1] = S;
    cells[6] = S;
    const figure = shareFigure(raceSeries(cells, v(110)), RACIAL_OR_ETHNIC_MINORITY);
    // All 12 in the numerator: 70/104; all in Non-Hispanic White: 58/104.
    expect(figure).toMatchObject({ status: 'bounds', low: 58 / 104, high: 70 / 104 });
    expect(formatFigure(figure)).toBe('55%–68%');
  });

  it('shareFigure(series, definition) is exact when every hidden cell is a minority category', () => {
    const cells = counts.map(v);
    cells[1] = S;
    cells[2] = S;
    const figure = shareFigure(raceSeries(cells, v(110)), RACIAL_OR_ETHNIC_MINORITY);
    expect(figure).toMatchObject({ status: 'value', numerator: 62, denominator: 104 });
  });

  it('shareFigure(series, definition) is suppressed when a part is hidden and no total is published', () => {
    const cells = counts.map(v);
    cells[1] = S;
    cells[6] = S;
    const figure = shareFigure(raceSeries(cells), RACIAL_OR_ETHNIC_MINORITY);
    expect(figure.status).toBe('suppressed');
    expect(formatFigure(figure)).toBe('Suppressed');
    expect(JSON.stringify(figure)).not.toMatch(/"(low|high|share|numerator)"/);
  });

  it('shareFigure(series, definition) is not reported when nobody reported the section', () => {
    const figure = shareFigure(raceSeries(counts.map(() => ({ status: 'not-reported' }))), RACIAL_OR_ETHNIC_MINORITY);
    expect(figure.status).toBe('not-reported');
  });

  it('shareFigure(series, definition) refuses a series of another section', () => {
    expect(() => shareFigure(raceSeries(counts.map(v), v(110)), MINOR_AT_ACCESS)).toThrow(/section "age"/);
  });

  it('RACIAL_OR_ETHNIC_MINORITY names categories that exist, and leaves out only the White ones and Unknown', () => {
    const ids = race.categories.map((c) => c.id);
    for (const id of [...RACIAL_OR_ETHNIC_MINORITY.numerator, ...RACIAL_OR_ETHNIC_MINORITY.excluded])
      expect(ids).toContain(id);
    expect(ids.filter((id) => !RACIAL_OR_ETHNIC_MINORITY.numerator.includes(id))).toEqual([
      'non-hispanic-white-non-hispanic-latinx',
      'white-caucasian',
      'unknown',
    ]);
  });
});

describe('shareFigure on the synthetic sample', () => {
  it('shareFigure(protected sample, MINOR_AT_ACCESS) over the whole range is a figure or honest bounds, never a hidden number', () => {
    const age = cateTaxonomy.sections.find((s) => s.id === 'age')!;
    for (const id of MINOR_AT_ACCESS.numerator) expect(age.categories.map((c) => c.id)).toContain(id);
    const { series } = protectTable(aggregateSection(cateTaxonomy, sampleSubmissions(), 'age'));
    for (const period of ['latest', 'range'] as const) {
      const figure = shareFigure(series, MINOR_AT_ACCESS, { period });
      expect(['value', 'bounds']).toContain(figure.status);
      if (figure.status === 'value') expect(figure.share).toBeGreaterThan(0);
      if (figure.status === 'bounds') expect(figure.low).toBeLessThan(figure.high);
    }
    const whole = shareFigure(series, MINOR_AT_ACCESS, { period: 'range' });
    expect(whole.period).toEqual({ from: '2024-Q1', to: '2025-Q4' });
  });
});

describe('MISSOURI_TOP_NEEDS_2019', () => {
  it('holds the three needs of seed 001 in order, each with resources and recommendations', () => {
    expect(MISSOURI_TOP_NEEDS_2019.needs.map((n) => n.need)).toEqual([
      'Shelter',
      'Mental Health',
      'Transitional Housing',
    ]);
    for (const need of MISSOURI_TOP_NEEDS_2019.needs) {
      expect(need.resources).toContain('CATE');
      expect(need.recommendations.length).toBe(2);
    }
    expect(MISSOURI_TOP_NEEDS_2019.implications.length).toBe(4);
  });
});

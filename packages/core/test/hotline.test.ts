import { describe, expect, it } from 'vitest';
import { checkTaxonomy } from '../src/taxonomy/schema.js';
import {
  HOTLINE_MISSOURI_2020 as report,
  formatHotlinePercent,
  groupSums,
  hotlinePercent,
  hotlineSeries,
  hotlineSeriesDocument,
  hotlineTaxonomy,
} from '../src/reports.js';
import type { SafeCell } from '../src/series.js';

const table = (id: string) => report.tables.find((t) => t.id === id)!;
const countOf = (cell: SafeCell | undefined) => (cell?.status === 'value' ? cell.value : undefined);

function seriesOf(section: string) {
  const { series, problems } = hotlineSeries(report, section);
  expect(problems).toEqual([]);
  return series!;
}

describe('Hotline taxonomy', () => {
  it('checkTaxonomy(hotlineTaxonomy) finds no problem', () => {
    expect(checkTaxonomy(hotlineTaxonomy).problems).toEqual([]);
  });

  it('the venue/industry section groups venues under Sex, industries under Labor, then Sex and Labor and Not Specified', () => {
    const section = hotlineTaxonomy.sections.find((s) => s.id === 'venue-industry')!;
    const groups = [...new Set(section.categories.map((c) => c.group))];
    expect(groups).toEqual(['Sex', 'Labor', 'Sex and Labor', 'Trafficking Type Not Specified']);
    expect(section.categories.filter((c) => c.group === 'Labor').map((c) => c.label)).toEqual([
      'Restaurant/Food Service',
      'Construction',
      'Industries Referenced in Fewer than Three Cases',
    ]);
  });

  it('victim demographics is multi-select (non-cumulative); the others are single-select', () => {
    for (const section of hotlineTaxonomy.sections)
      expect(section.multiSelect).toBe(section.id === 'victim-demographics');
  });
});

describe('hotlinePercent(count, total)', () => {
  it('hotlinePercent(count, total) rounds half up: 3 of 750 is 0%, 185 of 750 is 25%, 1 of 200 is 1%', () => {
    expect(hotlinePercent(3, 750)).toBe(0);
    expect(hotlinePercent(185, 750)).toBe(25);
    expect(hotlinePercent(1, 200)).toBe(1); // an exact half goes up
    expect(hotlinePercent(5, 200)).toBe(3); // 2.5% goes up, not to the even 2
    expect(hotlinePercent(0, 267)).toBe(0);
    expect(formatHotlinePercent(12, 267)).toBe('4%');
  });

  it('hotlinePercent(count, total) rejects fractions and a zero total', () => {
    expect(() => hotlinePercent(1.5, 10)).toThrow(RangeError);
    expect(() => hotlinePercent(1, 0)).toThrow(RangeError);
  });

  const printed = report.tables.flatMap((t) =>
    t.rows.flatMap((row) =>
      typeof row.count === 'number' && row.percent !== undefined
        ? [{ table: t, row, count: row.count, percent: row.percent }]
        : [],
    ),
  );

  it('covers every printed percent of the report (44 rows)', () => {
    expect(printed.length).toBe(44);
  });

  for (const { table: t, row, count, percent } of printed)
    it(`hotlinePercent(${count}, ${t.total}) is the printed ${percent}% for "${row.label}"`, () => {
      expect(hotlinePercent(count, t.total)).toBe(percent);
    });

  it('truncating, or rounding up, would not reproduce the report', () => {
    const truncated = printed.filter(({ count, table: t, percent }) => Math.floor((100 * count) / t.total) !== percent);
    const ceiled = printed.filter(({ count, table: t, percent }) => Math.ceil((100 * count) / t.total) !== percent);
    expect(truncated.length).toBeGreaterThan(0);
    expect(ceiled.length).toBeGreaterThan(0);
  });
});

describe('the published 2020 tables', () => {
  it('signaler types add up to the 750 substantive signals', () => {
    const t = table('signaler-type');
    expect(t.rows.reduce((sum, r) => sum + (r.count as number), 0)).toBe(750);
    expect(t.total).toBe(750);
  });

  it('primary reasons add up to the 267 situations', () => {
    expect(table('primary-reason').rows.reduce((sum, r) => sum + (r.count as number), 0)).toBe(267);
  });
});

describe('hotlineSeries(report, section)', () => {
  it('hotlineSeries(report, "signaler-type") keeps every published count, the total 750 and the printed percents', () => {
    const series = seriesOf('signaler-type');
    const t = table('signaler-type');
    expect(series.quarters).toEqual(['2020-Q4']);
    expect(series.cells[0]!.map(countOf)).toEqual(t.rows.map((r) => r.count));
    expect(countOf(series.quarterTotals![0])).toBe(750);
    expect(series.shares![0]!.map((s) => Math.round(countOf(s)! * 100))).toEqual(t.rows.map((r) => r.percent));
    expect(series.categories.at(-1)!.label).toBe('Caller Types Referenced Fewer than Three Times');
  });

  it('hotlineSeries(report, "victim-demographics") suppresses Gender Minorities, cell and share, and keeps the 267 situations', () => {
    const series = seriesOf('victim-demographics');
    const at = series.categories.findIndex((c) => c.id === 'gender-minorities');
    expect(series.cells[0]![at]).toEqual({ status: 'suppressed' });
    expect(series.shares![0]![at]).toEqual({ status: 'suppressed' });
    expect(JSON.stringify(series.cells[0]![at])).not.toMatch(/\d/);
    expect(series.multiSelect).toBe(true);
    expect(countOf(series.quarterTotals![0])).toBe(267);
    expect(series.cells[0]!.map(countOf)).toEqual([149, 101, 234, 26, undefined, 26, 12]);
    expect(series.disclosure.threshold).toBe(3);
  });

  it('hotlineSeries(report, "venue-industry") has leaves that add up to 267, and group sums that are the printed type rows', () => {
    const series = seriesOf('venue-industry');
    const section = hotlineTaxonomy.sections.find((s) => s.id === 'venue-industry')!;
    expect(series.cells[0]!.reduce((sum, c) => sum + countOf(c)!, 0)).toBe(267);
    const { groups, cells } = groupSums(series, section);
    const types = seriesOf('trafficking-type');
    expect(groups.map((g) => g.group)).toEqual(types.categories.map((c) => c.label));
    expect(cells[0]!.map(countOf)).toEqual(types.cells[0]!.map(countOf));
    expect(types.cells[0]!.map(countOf)).toEqual([229, 10, 9, 19]);
    expect(types.shares![0]!.map((s) => Math.round(countOf(s)! * 100))).toEqual([86, 4, 3, 7]);
  });

  it('hotlineSeries(report, section) reads every section with no problem, and the totals sections are 750 and 267', () => {
    for (const section of hotlineTaxonomy.sections) seriesOf(section.id);
    expect(countOf(seriesOf('substantive-signals').cells[0]![0])).toBe(750);
    expect(countOf(seriesOf('potential-trafficking-situations').cells[0]![0])).toBe(267);
  });

  it('hotlineSeries(report, section) hides a printed count of 1 or 2, as the Hotline rule requires', () => {
    const leaky = {
      ...report,
      tables: report.tables.map((t) =>
        t.id === 'primary-reason'
          ? {
              ...t,
              rows: t.rows.map((r, i) =>
                i === 2 ? { ...r, count: 2, percent: 1 } : i === 0 ? { ...r, count: 66 } : r,
              ),
            }
          : t,
      ),
    };
    const { series, problems } = hotlineSeries(leaky, 'primary-reason');
    expect(series!.cells[0]![2]).toEqual({ status: 'suppressed' });
    expect(problems.some((p) => p.code === 'below-threshold')).toBe(true);
    expect(problems.map((p) => p.message).join(' ')).not.toMatch(/\b2\b/);
  });

  it('hotlineSeriesDocument(report, section) reports a section no printed row fills', () => {
    const { document, problems } = hotlineSeriesDocument({ ...report, tables: [] }, 'signaler-type');
    expect(document).toBeUndefined();
    expect(problems[0]!.code).toBe('missing-row');
    expect(hotlineSeriesDocument(report, 'nope').problems[0]!.code).toBe('unknown-section');
  });
});

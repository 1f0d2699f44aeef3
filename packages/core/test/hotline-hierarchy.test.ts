import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { aggregateSection } from '../src/aggregate/index.js';
import {
  auditPublication,
  protectTable,
  readPublishedSeries,
  serializeSeries,
  type SerializedSeries,
} from '../src/privacy/index.js';
import {
  HOTLINE_MISSOURI_2020 as report,
  hotlinePeriodLabel,
  hotlineSeries,
  hotlineSeriesDocument,
  hotlineTaxonomy,
} from '../src/reports.js';
import type { SafeCell } from '../src/series.js';
import { Section, checkTaxonomy, type Taxonomy } from '../src/taxonomy/schema.js';
import { quarters, table } from './fixtures/privacy/tables.js';

const countOf = (cell: SafeCell | undefined) => (cell?.status === 'value' ? cell.value : cell?.status);

function seriesOf(section: string) {
  const { series, problems } = hotlineSeries(report, section);
  expect(problems).toEqual([]);
  return series!;
}

/** A grouped table: two fruits (a group), one vegetable (a group of one), one ungrouped category. */
function groupedTable(counts: (number | null)[][]) {
  const t = table(counts);
  const groups = ['Fruit', 'Fruit', 'Vegetable', undefined];
  return {
    ...t,
    categories: t.categories.map((c, i) => (groups[i] ? { ...c, group: groups[i] } : c)),
    periodLabels: t.quarters.map((q) => `FY ${q.slice(0, 4)}`),
  };
}

/** A hand-written published series with a group total. */
function document(cells: number[], groupTotal: SafeCell, extra: Partial<SerializedSeries> = {}): SerializedSeries {
  return {
    format: 'cate-series@1',
    taxonomy: 'test',
    section: 'test-section',
    unit: 'clients',
    multiSelect: false,
    quarters: ['2024-Q1'],
    categories: [
      { id: 'a', label: 'A', group: 'G' },
      { id: 'b', label: 'B', group: 'G' },
      { id: 'c', label: 'C' },
    ],
    cells: [cells.map((value) => ({ status: 'value', value }))],
    quarterTotals: [{ status: 'value', value: cells.reduce((s, v) => s + v, 0) }],
    groupTotals: [{ group: 'G', cells: [groupTotal] }],
    coverage: [{ quarter: '2024-Q1', reported: 2, expected: 2 }],
    disclosure: { threshold: 3, protectZeros: false },
    ...extra,
  };
}

describe('Hotline hierarchy, period and unit words', () => {
  it('hotlineSeries(report, "venue-industry") keeps each leaf\'s group and publishes the Sex 229 and Labor 10 rows as group totals', () => {
    const series = seriesOf('venue-industry');
    expect(series.categories[1]).toEqual({ id: 'pornography', label: 'Pornography', group: 'Sex' });
    expect(series.categories[0]).toEqual({
      id: 'venue-not-specified',
      label: 'Venue Not Specified',
      role: 'unknown',
      group: 'Sex',
    });
    // Sex and Labor, and Not Specified, are their own rows: no separate total is printed for them.
    expect(series.groupTotals?.map((g) => [g.group, g.cells.map(countOf)])).toEqual([
      ['Sex', [229]],
      ['Labor', [10]],
    ]);
    // The leaves still add up to the 267 situations: the totals are not categories.
    expect(series.cells[0]!.reduce((s, c) => s + (c.status === 'value' ? c.value : 0), 0)).toBe(267);
  });

  it('hotlineSeries(report, section) names the period "2020": the year, not the quarter it is filed under', () => {
    expect(hotlinePeriodLabel(report)).toBe('2020');
    expect(hotlinePeriodLabel({ ...report, period: { from: '2020-07-01', to: '2021-06-30' } })).toBe(
      '2020-07-01 – 2021-06-30',
    );
    for (const section of hotlineTaxonomy.sections) {
      const series = seriesOf(section.id);
      expect(series.quarters).toEqual(['2020-Q4']);
      expect(series.periodLabels).toEqual(['2020']);
    }
  });

  it('hotlineTaxonomy names what each section counts: signals, then situations', () => {
    const words = Object.fromEntries(hotlineTaxonomy.sections.map((s) => [s.id, s.unitLabel?.other]));
    expect(words).toEqual({
      'substantive-signals': 'signals',
      'signaler-type': 'signals',
      'potential-trafficking-situations': 'situations',
      'primary-reason': 'situations',
      'trafficking-type': 'situations',
      'venue-industry': 'situations',
      'victim-demographics': 'situations',
    });
    expect(hotlineTaxonomy.sections.every((s) => s.unitLabel?.one === s.unitLabel?.other.replace(/s$/, ''))).toBe(true);
  });

  it('Section accepts an optional unitLabel with both forms, and rejects an empty or half one', () => {
    const section = hotlineTaxonomy.sections[0]!;
    expect(z.safeParse(Section, section).success).toBe(true);
    const { unitLabel: _, ...without } = section;
    expect(z.safeParse(Section, without).success).toBe(true);
    expect(z.safeParse(Section, { ...section, unitLabel: { one: '', other: 'signals' } }).success).toBe(false);
    expect(z.safeParse(Section, { ...section, unitLabel: { other: 'signals' } }).success).toBe(false);
    const taxonomy: Taxonomy = {
      ...hotlineTaxonomy,
      sections: [{ ...section, unitLabel: { one: 'call', other: 'calls' } }],
    };
    expect(checkTaxonomy(taxonomy).problems).toEqual([]);
  });

  it('serializeSeries then readPublishedSeries gives back the Hotline series, group totals and period label included', () => {
    for (const section of hotlineTaxonomy.sections) {
      const series = seriesOf(section.id);
      const read = readPublishedSeries(JSON.parse(JSON.stringify(serializeSeries(series))));
      expect(read.problems).toEqual([]);
      expect(read.series).toEqual(series);
    }
  });

  it("aggregateSection and protectTable copy each category's group; protectTable copies periodLabels; both survive serialize and read", () => {
    const aggregated = aggregateSection(hotlineTaxonomy, [], 'venue-industry', {
      quarters: { from: '2020-Q4', to: '2020-Q4' },
    });
    expect(aggregated.categories.map((c) => c.group)).toEqual(
      hotlineTaxonomy.sections.find((s) => s.id === 'venue-industry')!.categories.map((c) => c.group),
    );
    const { series } = protectTable(
      groupedTable([
        [12, 7, 9, 20],
        [30, 14, 0, 8],
      ]),
    );
    expect(series.categories.map((c) => c.group)).toEqual(['Fruit', 'Fruit', 'Vegetable', undefined]);
    expect('group' in series.categories[3]!).toBe(false);
    expect(series.periodLabels).toEqual(['FY 2024', 'FY 2024']);
    const read = readPublishedSeries(serializeSeries(series));
    expect(read.problems).toEqual([]);
    expect(read.series).toEqual(series);
  });

  it('protectTable refuses periodLabels that are not one per quarter', () => {
    expect(() => protectTable({ ...groupedTable([[12, 7, 9, 20]]), periodLabels: ['a', 'b'] })).toThrow(
      /one label per quarter/,
    );
  });

  it('readPublishedSeries refuses a group total that is not the sum of its published categories', () => {
    const { series, problems } = readPublishedSeries(document([10, 20, 30], { status: 'value', value: 31 }));
    expect(series).toBeUndefined();
    expect(problems.map((p) => [p.code, p.where?.path])).toEqual([['shape-mismatch', 'groupTotals[0].cells[0]']]);
  });

  it('readPublishedSeries refuses group totals of an unknown group, twice the same group, in a multi-select section, or of the wrong length', () => {
    const total: SafeCell = { status: 'value', value: 30 };
    const paths = (doc: SerializedSeries) => readPublishedSeries(doc).problems.map((p) => p.where?.path);
    expect(paths(document([10, 20, 30], total, { groupTotals: [{ group: 'H', cells: [total] }] }))).toEqual([
      'groupTotals[0].group',
    ]);
    expect(
      paths(
        document([10, 20, 30], total, {
          groupTotals: [
            { group: 'G', cells: [total] },
            { group: 'G', cells: [total] },
          ],
        }),
      ),
    ).toEqual(['groupTotals[1].group']);
    expect(paths(document([10, 20, 30], total, { multiSelect: true }))).toEqual(['groupTotals[0]']);
    expect(paths(document([10, 20, 30], total, { groupTotals: [{ group: 'G', cells: [total, total] }] }))).toEqual([
      'groupTotals[0].cells',
    ]);
    expect(paths(document([10, 20, 30], total, { periodLabels: ['2024', '2025'] }))).toEqual(['periodLabels']);
    expect(paths(document([10, 20, 30], total, { periodLabels: [''] }))).toEqual(['periodLabels[0]']);
  });

  it('readPublishedSeries counts a group total as published: with a small member hidden, no hidden count follows from it', () => {
    // A = 2 breaks k = 3; the group total 12 and B = 10 would give it away, as would the quarter total.
    const { series, problems } = readPublishedSeries(document([2, 10, 30], { status: 'value', value: 12 }));
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    const cells = series!.cells[0]!;
    expect(countOf(cells[0])).toBe('suppressed');
    const published = (cell: SafeCell | undefined) => (cell?.status === 'value' ? cell.value : null);
    // The quarter's sum is taken as known whether shown or not; the group's only when published.
    const groupShown = published(series!.groupTotals![0]!.cells[0]) !== null;
    const audit = auditPublication({
      cells: cells.map(published),
      relations: [
        { coefficients: [1, 1, 1], value: 42 },
        ...(groupShown ? [{ coefficients: [1, 1, 0], value: 12 }] : []),
      ],
    });
    expect(audit.consistent).toBe(true);
    expect(audit.hidden.length).toBeGreaterThan(1);
    expect(audit.disclosed).toEqual([]);
  });

  it('hotlineSeriesDocument(report, "venue-industry") writes the group totals and period label the schema accepts', () => {
    const { document: doc } = hotlineSeriesDocument(report, 'venue-industry');
    expect(doc!.periodLabels).toEqual(['2020']);
    expect(doc!.groupTotals).toEqual([
      { group: 'Sex', cells: [{ status: 'value', value: 229 }] },
      { group: 'Labor', cells: [{ status: 'value', value: 10 }] },
    ]);
    expect(quarters(1)).toEqual(['2024-Q1']);
  });
});

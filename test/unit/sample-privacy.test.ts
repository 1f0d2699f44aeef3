// The whole sample report through the real pipeline: aggregate -> protect (default policy) -> audit.
import { describe, expect, it } from 'vitest';
import { aggregateReport, auditSeries, cateTaxonomy, DEFAULT_POLICY, protectTables, type SafeCell } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';

const tables = [...aggregateReport(cateTaxonomy, sampleSubmissions()).values()];
const { series, records } = protectTables(tables, DEFAULT_POLICY);
const k = DEFAULT_POLICY.threshold;
const published = (cells: readonly SafeCell[] | undefined) =>
  (cells ?? []).flatMap((c) => (c.status === 'value' ? [c.value] : []));

describe('the sample report under the default policy', () => {
  it('has one protected series per section', () => {
    expect(series.map((s) => s.section)).toEqual(cateTaxonomy.sections.map((s) => s.id));
  });

  it('publishes no cell, quarter total or range total below the threshold in a protected section', () => {
    for (const [i, s] of series.entries()) {
      if (!records[i]!.protected) continue;
      const values = [
        ...s.cells.flatMap((row) => published(row)),
        ...published(s.quarterTotals),
        ...published(s.rangeTotals),
      ];
      for (const v of values) expect(v === 0 || v >= k, `${s.section}: published ${v}`).toBe(true);
    }
  });

  it('hides every small raw cell and actually hides some cells', () => {
    let hidden = 0;
    for (const [i, table] of tables.entries()) {
      if (!records[i]!.protected) continue;
      table.counts.forEach((row, q) =>
        row.forEach((n, c) => {
          const cell = series[i]!.cells[q]![c]!;
          if (n !== null && n > 0 && n < k)
            expect(cell, `${table.section} ${table.quarters[q]} ${c}`).toEqual({ status: 'suppressed' });
          if (cell.status === 'suppressed') hidden++;
        }),
      );
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('leaves no hidden cell exactly recoverable, in any section, from cells and totals', () => {
    for (const [i, s] of series.entries()) {
      const audit = auditSeries(s, records[i]!);
      expect(audit.consistent, s.section).toBe(true);
      expect(audit.disclosed, s.section).toEqual([]);
    }
  });

  it('needs no total hidden in another chart (every assumed-known total may be shown)', () => {
    for (const r of records)
      expect(
        r.totals.filter((t) => !t.shown),
        r.section,
      ).toEqual([]);
  });

  it('a suppressed cell is exactly { status: "suppressed" }: no number travels with it', () => {
    for (const s of series)
      for (const cell of [
        ...s.cells.flat(),
        ...(s.quarterTotals ?? []),
        ...(s.rangeTotals ?? []),
        ...(s.shares ?? []).flat(),
      ])
        if (cell.status === 'suppressed') expect(Object.keys(cell)).toEqual(['status']);
  });

  it('publishes percent-of-organizations sections as shares of the organizations that reported', () => {
    const percentSections = cateTaxonomy.sections.filter((s) => s.unit === 'percent-of-organizations');
    expect(percentSections.length).toBe(2);
    for (const section of percentSections) {
      const i = series.findIndex((s) => s.section === section.id);
      const s = series[i]!;
      expect(s.shares, section.id).toBeDefined();
      s.shares!.forEach((row, q) => {
        const count = tables[i]!.counts[q]![0];
        const reported = tables[i]!.coverage[q]!.reported;
        if (count === null || count === undefined) return;
        expect(row[0]).toEqual({ status: 'value', value: count / reported });
      });
    }
  });
});

import type { Quarter } from '../periods.js';
import type { SafeSeries } from '../series.js';
import { auditPublication, type AuditReport, type PublishedRelation } from './audit-publication.js';
import type { SuppressionReason, SuppressionRecord, TotalEntry } from './protect-table.js';

export interface SeriesCellAudit {
  quarter: Quarter;
  category: string;
  /** Why it was hidden, from the record. */
  reason: SuppressionReason | undefined;
  recoverable: boolean;
  lower: number;
  upper: number;
}

export interface SeriesAudit {
  consistent: boolean;
  hidden: SeriesCellAudit[];
  /** Hidden cells an attacker can compute exactly. */
  disclosed: SeriesCellAudit[];
}

export interface AuditSeriesOptions {
  /**
   * Cells an insider also knows (e.g. the cells one organization alone contributed to), as [quarter, category]
   * index pairs: they are audited as if published.
   */
  known?: ReadonlyArray<readonly [number, number]>;
}

/**
 * Audits a protected table as an attacker would see it: the series' published cells and totals, plus the totals
 * the record says the attack model assumed known from elsewhere (with their values: the record is private).
 * For a multi-select section the published client count bounds each cell from above.
 */
export function auditSeries(
  series: SafeSeries,
  record: SuppressionRecord,
  options: AuditSeriesOptions = {},
): SeriesAudit {
  const C = series.categories.length;
  const position = new Map<number, [number, number]>();
  const flat = new Map<number, number>(); // q * C + c -> index into cells
  const cells: (number | null)[] = [];
  const hiddenValue = new Map(record.cells.map((h) => [`${h.quarter}|${h.category}`, h]));
  const insider = new Set((options.known ?? []).map(([q, c]) => q * C + c));
  series.cells.forEach((row, q) =>
    row.forEach((cell, c) => {
      if (cell.status === 'not-reported') return;
      flat.set(q * C + c, cells.length);
      position.set(cells.length, [q, c]);
      const inside = insider.has(q * C + c)
        ? hiddenValue.get(`${series.quarters[q]}|${series.categories[c]!.id}`)
        : undefined;
      cells.push(cell.status === 'value' ? cell.value : (inside?.value ?? null));
    }),
  );

  const relation = (pick: (q: number, c: number) => boolean, value: number): PublishedRelation => {
    const coefficients = new Array<number>(cells.length).fill(0);
    for (const [key, i] of flat) if (pick(Math.floor(key / C), key % C)) coefficients[i] = 1;
    return { coefficients, value };
  };
  const relationFor = (
    t: Pick<TotalEntry, 'kind' | 'quarter' | 'category' | 'value'>,
  ): PublishedRelation | undefined => {
    if (t.kind === 'quarter') return relation((q) => series.quarters[q] === t.quarter, t.value);
    if (t.kind === 'range') return relation((_, c) => series.categories[c]!.id === t.category, t.value);
    if (t.kind === 'grand') return relation(() => true, t.value);
    return undefined;
  };
  const relations: PublishedRelation[] = [];
  for (const t of record.knownTotals) {
    const r = relationFor(t);
    if (r) relations.push(r);
  }
  // What the series shows counts too, whatever the record says.
  series.quarterTotals?.forEach((cell, q) => {
    if (cell.status === 'value' && !series.multiSelect)
      relations.push(relationFor({ kind: 'quarter', quarter: series.quarters[q]!, value: cell.value })!);
  });
  series.rangeTotals?.forEach((cell, c) => {
    if (cell.status === 'value')
      relations.push(relationFor({ kind: 'range', category: series.categories[c]!.id, value: cell.value })!);
  });
  const upper = cells.map((_, i) => {
    const total = series.multiSelect ? series.quarterTotals?.[position.get(i)![0]] : undefined;
    return total?.status === 'value' ? total.value : undefined;
  });

  const report: AuditReport = auditPublication({ cells, relations, upper });
  const hidden = report.hidden.map((a): SeriesCellAudit => {
    const [q, c] = position.get(a.cell)!;
    const quarter = series.quarters[q]!;
    const category = series.categories[c]!.id;
    return {
      quarter,
      category,
      reason: hiddenValue.get(`${quarter}|${category}`)?.reason,
      recoverable: a.recoverable,
      lower: a.lower,
      upper: a.upper,
    };
  });
  return {
    consistent: report.consistent,
    hidden,
    disclosed: hidden.filter((h) => h.recoverable || h.lower === h.upper),
  };
}

import type { SafeCell, SafeSeries } from '@cate/core';
import { formatQuarterLabel } from '../format.js';
import { valueOf } from '../layout/measure.js';
import { messagesFor } from '../messages.js';
import { capitalize, csvField } from './text.js';

export interface CsvOptions {
  /** BCP 47 locale of the words (headers, statuses, quarters, notes). Numbers stay plain ("1204", "38.5"). */
  locale?: string;
  /** The chart's title, written after the rows. */
  title?: string;
  /** Footnotes, written after the title, one per row. */
  footnotes?: readonly string[];
}

/** Fields a series may carry when its categories are grouped, or its quarters stand for other periods. */
type Published = SafeSeries & {
  readonly groupTotals?: readonly { readonly group: string; readonly cells: readonly SafeCell[] }[];
  readonly periodLabels?: readonly string[];
};

/** A share as a percent with one decimal: the precision the chart shows, never more than core published. */
const percent = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 1000) / 10);

/**
 * A published series as CSV, one row per quarter and category: quarter, category, the count and its status
 * (published, suppressed, not reported), the share and its status when shares are published, and how many
 * members reported. Then the published totals (per quarter, per category group, per category over the range),
 * and after an empty row the title and the footnotes. Pure: it reads only the SafeSeries, and only a cell whose
 * status is "value" has a number, so a hidden count cannot reach the file.
 */
export function seriesToCSV(input: SafeSeries, options: CsvOptions = {}): string {
  const series = input as Published;
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  const x = m.exports;
  const status = (cell: SafeCell | undefined) =>
    cell?.status === 'value' ? x.valueWord : cell?.status === 'suppressed' ? m.suppressedWord : m.notReportedWord;
  const quarterLabel = (q: number) => series.periodLabels?.[q] ?? formatQuarterLabel(series.quarters[q]!, locale);
  const grouped = series.categories.some((c) => (c as { group?: string }).group !== undefined);
  const shares = series.shares;

  const header = [
    m.quarterHeader,
    ...(grouped ? [x.groupHeader] : []),
    x.categoryHeader,
    capitalize(m.summary.countWhat(series.unit)),
    x.statusHeader,
    ...(shares ? [capitalize(m.summary.percentWhat(series.unit)), x.shareStatusHeader] : []),
    m.coverageHeader,
    x.expectedHeader,
  ];
  const rows: Array<Array<string | number | undefined>> = [];
  const row = (
    quarter: string,
    group: string | undefined,
    category: string,
    cell: SafeCell | undefined,
    share: SafeCell | null,
    coverage: readonly [number?, number?],
  ) =>
    rows.push([
      quarter,
      ...(grouped ? [group ?? ''] : []),
      category,
      valueOf(cell),
      status(cell),
      ...(shares ? (share ? [percent(valueOf(share)), status(share)] : [undefined, undefined]) : []),
      ...coverage,
    ]);

  const totalLabel = series.multiSelect ? capitalize(m.unitNoun(series.unit)) : m.totalHeader;
  series.quarters.forEach((quarter, q) => {
    const label = quarterLabel(q);
    const cover = series.coverage.find((c) => c.quarter === quarter);
    const coverage = [cover?.reported, cover?.expected] as const;
    series.categories.forEach((category, c) => {
      row(
        label,
        (category as { group?: string }).group,
        category.label,
        series.cells[q]?.[c],
        shares ? (shares[q]?.[c] ?? { status: 'not-reported' }) : null,
        coverage,
      );
    });
    for (const total of series.groupTotals ?? [])
      row(label, total.group, m.totalHeader, total.cells[q], null, coverage);
    if (series.quarterTotals) row(label, undefined, totalLabel, series.quarterTotals[q], null, coverage);
  });
  if (series.rangeTotals && series.quarters.length) {
    const range = x.allQuarters(quarterLabel(0), quarterLabel(series.quarters.length - 1));
    series.categories.forEach((category, c) =>
      row(range, (category as { group?: string }).group, category.label, series.rangeTotals![c], null, []),
    );
  }

  const width = header.length;
  const pad = (cells: Array<string | number | undefined>) => [
    ...cells,
    ...Array(Math.max(0, width - cells.length)).fill(undefined),
  ];
  const notes = [...(options.title ? [options.title] : []), ...(options.footnotes ?? [])];
  const lines = [header, ...rows, ...(notes.length ? [[], ...notes.map((note) => [note])] : [])].map(pad);
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

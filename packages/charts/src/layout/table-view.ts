import type { SafeCell, SafeSeries } from '@cate/core';
import { formatValue } from '../format.js';
import type { Messages } from '../messages.js';
import { categoryHierarchy } from './groups.js';
import { cellsFor, valueOf } from './measure.js';
import { periodLabel } from './periods.js';
import type { Measure } from './types.js';

export interface TableCell {
  status: SafeCell['status'];
  /** The formatted value, or the status mark ("S", "n/r") that the footnotes key once. */
  text: string;
  /** For a status mark: the status in words ("Suppressed"), which a screen reader says instead of the mark. */
  word?: string;
}

export interface TableView {
  categories: string[];
  /** Header of the totals column, when core published quarter totals. */
  totalHeader?: string;
  /** Header of the coverage column, when any quarter's coverage is partial. */
  coverageHeader?: string;
  rows: Array<{ quarter: string; cells: TableCell[]; total?: TableCell; coverage?: string }>;
  /**
   * A grouped series' categories under their groups (indexes into `categories`), with each group's published
   * total per quarter: the table is then drawn with categories as rows, grouped, and quarters as columns.
   */
  groups?: Array<{ label: string; heading: boolean; members: number[]; total?: TableCell[] }>;
  /** The header of the category column of a grouped table. */
  categoryHeader?: string;
}

function tableCell(cell: SafeCell | undefined, measure: Measure, locale: string, m: Messages): TableCell {
  const value = valueOf(cell);
  if (value !== undefined) return { status: 'value', text: formatValue(value, measure, locale) };
  return cell?.status === 'suppressed'
    ? { status: 'suppressed', text: m.statusMarks.suppressed, word: m.suppressedWord }
    : { status: 'not-reported', text: m.statusMarks['not-reported'], word: m.notReportedWord };
}

/** Quarters × categories: values formatted, hidden and missing cells as their marks with the words for listeners, with published totals and partial coverage: the data table's content. */
export function tableView(
  series: SafeSeries,
  options: { measure: Measure; locale: string; messages: Messages; unitNoun?: string },
): TableView {
  const { measure, locale, messages: m } = options;
  const matrix = cellsFor(series, measure);
  const totals = measure === 'count' ? series.quarterTotals : undefined;
  const partial = series.coverage.some((c) => c.reported < c.expected);
  const view: TableView = { categories: series.categories.map((c) => c.label), rows: [] };
  if (totals)
    view.totalHeader = series.multiSelect
      ? (options.unitNoun ?? m.unitNoun(series.unit)).replace(/^./, (s) => s.toUpperCase())
      : m.totalHeader;
  if (partial) view.coverageHeader = m.coverageHeader;
  series.quarters.forEach((quarter, q) => {
    const row: TableView['rows'][number] = {
      quarter: periodLabel(series, q, locale),
      cells: series.categories.map((_, c) => tableCell(matrix[q]?.[c], measure, locale, m)),
    };
    if (totals) row.total = tableCell(totals[q], 'count', locale, m);
    const coverage = series.coverage.find((c) => c.quarter === quarter);
    if (partial && coverage) row.coverage = m.coverage(coverage.reported, coverage.expected);
    view.rows.push(row);
  });
  const hierarchy = categoryHierarchy(series);
  if (hierarchy) {
    view.categoryHeader = m.categoryHeader;
    view.groups = hierarchy.map(({ label, heading, members, total }) => ({
      label,
      heading,
      members,
      ...(total && measure === 'count' ? { total: total.map((cell) => tableCell(cell, 'count', locale, m)) } : {}),
    }));
  }
  return view;
}

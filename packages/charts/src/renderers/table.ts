import { html, nothing, type TemplateResult } from 'lit';
import type { TableCell, TableView } from '../layout/table-view.js';

/** A cell: its value, or its status mark shown ("S") and its word spoken ("Suppressed"). */
function cellContent(cell: TableCell | undefined): TemplateResult | string {
  if (!cell) return '';
  return cell.word
    ? html`<span aria-hidden="true">${cell.text}</span><span class="sr-only">${cell.word}</span>`
    : cell.text;
}

/**
 * A real data table: quarters as row headers, categories as column headers, hidden cells as "S" / "n/r" (spoken as
 * words). Labels from data are in `<bdi>`, so a right-to-left label cannot reorder the cells beside it. The
 * footnotes that key the marks are the chart's own list, shown once beside the table: `footnotes` is kept for
 * callers and no longer repeated in a table foot.
 */
export function renderTable(
  view: TableView,
  labels: { caption: string; quarter: string },
  _footnotes: readonly string[] = [],
): TemplateResult {
  if (view.groups) return renderGroupedTable(view, view.groups, labels);
  // Compact on purpose (here and below): no whitespace text between cells, so the element's copy is only cells.
  return html`<table part="table"><caption>${labels.caption}</caption><thead><tr><th scope="col">${labels.quarter}</th>${view.categories.map(
    (label) => html`<th scope="col"><bdi>${label}</bdi></th>`,
  )}${view.totalHeader ? html`<th scope="col">${view.totalHeader}</th>` : nothing}${
    view.coverageHeader ? html`<th scope="col">${view.coverageHeader}</th>` : nothing
  }</tr></thead><tbody>${view.rows.map(
    (row) =>
      html`<tr><th scope="row">${row.quarter}</th>${row.cells.map((cell) => td(cell))}${row.total ? td(row.total) : nothing}${
        row.coverage !== undefined ? html`<td>${row.coverage}</td>` : nothing
      }</tr>`,
  )}</tbody></table>`;
}

function td(cell: TableCell | undefined): TemplateResult {
  return html`<td class=${cell?.status ?? 'not-reported'}>${cellContent(cell)}</td>`;
}

/**
 * A grouped series' table: categories as rows under their group, each group a row group whose header
 * (`scope="rowgroup"`) carries the group's published total, as the report prints "Sex 229" above its venues;
 * quarters as columns; the quarter totals and coverage as the last rows.
 */
function renderGroupedTable(
  view: TableView,
  groups: NonNullable<TableView['groups']>,
  labels: { caption: string; quarter: string },
): TemplateResult {
  const row = (c: number, member: boolean) =>
    html`<tr><th scope="row" class=${member ? 'member' : ''}><bdi>${view.categories[c]}</bdi></th>${view.rows.map((r) => td(r.cells[c]))}</tr>`;
  return html`<table part="table" class="grouped"><caption>${labels.caption}</caption><thead><tr><th scope="col">${view.categoryHeader}</th>${view.rows.map(
    (r) => html`<th scope="col">${r.quarter}</th>`,
  )}</tr></thead>${groups.map((group) =>
    group.heading
      ? html`<tbody class="group"><tr class="group-heading">${
          group.total
            ? html`<th scope="rowgroup"><bdi>${group.label}</bdi></th>${group.total.map((cell) => td(cell))}`
            : html`<th scope="rowgroup" colspan=${1 + view.rows.length}><bdi>${group.label}</bdi></th>`
        }</tr>${group.members.map((c) => row(c, true))}</tbody>`
      : html`<tbody>${group.members.map((c) => row(c, false))}</tbody>`,
  )}${
    view.totalHeader || view.coverageHeader
      ? html`<tbody class="totals">${
          view.totalHeader
            ? html`<tr><th scope="row">${view.totalHeader}</th>${view.rows.map((r) => td(r.total))}</tr>`
            : nothing
        }${
          view.coverageHeader
            ? html`<tr><th scope="row">${view.coverageHeader}</th>${view.rows.map((r) => html`<td>${r.coverage ?? ''}</td>`)}</tr>`
            : nothing
        }</tbody>`
      : nothing
  }</table>`;
}

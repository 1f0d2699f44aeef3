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

type Child = Node | string;

/** An element with attributes and children (text as text nodes: never markup). */
function el(tag: string, attributes: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  if (attributes) for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function cellNodes(cell: TableCell | undefined): Child[] {
  if (!cell) return [];
  return cell.word
    ? [el('span', { 'aria-hidden': 'true' }, cell.text), el('span', { class: 'sr-only' }, cell.word)]
    : [cell.text];
}

const tdNode = (cell: TableCell | undefined) => el('td', { class: cell?.status ?? 'not-reported' }, ...cellNodes(cell));
const bdi = (text: string | undefined) => el('bdi', null, text ?? '');

/**
 * The same table as `renderTable`, made with plain DOM in the browser (the element's copy: about ten times faster
 * to make than the template, and no markers). Text goes in as text nodes only. A test keeps the two identical.
 */
export function tableElement(view: TableView, labels: { caption: string; quarter: string }): HTMLTableElement {
  const caption = el('caption', null, labels.caption);
  if (view.groups) return groupedTableElement(view, view.groups, caption);
  const head = el('tr', null, el('th', { scope: 'col' }, labels.quarter));
  for (const label of view.categories) head.append(el('th', { scope: 'col' }, bdi(label)));
  if (view.totalHeader) head.append(el('th', { scope: 'col' }, view.totalHeader));
  if (view.coverageHeader) head.append(el('th', { scope: 'col' }, view.coverageHeader));
  const body = el('tbody', null);
  for (const row of view.rows) {
    const tr = el('tr', null, el('th', { scope: 'row' }, row.quarter), ...row.cells.map(tdNode));
    if (row.total) tr.append(tdNode(row.total));
    if (row.coverage !== undefined) tr.append(el('td', null, row.coverage));
    body.append(tr);
  }
  return el('table', { part: 'table' }, caption, el('thead', null, head), body) as HTMLTableElement;
}

function groupedTableElement(
  view: TableView,
  groups: NonNullable<TableView['groups']>,
  caption: HTMLElement,
): HTMLTableElement {
  const row = (c: number, member: boolean) =>
    el(
      'tr',
      null,
      el('th', { scope: 'row', class: member ? 'member' : '' }, bdi(view.categories[c])),
      ...view.rows.map((r) => tdNode(r.cells[c])),
    );
  const head = el('tr', null, el('th', { scope: 'col' }, view.categoryHeader ?? ''));
  for (const r of view.rows) head.append(el('th', { scope: 'col' }, r.quarter));
  const table = el('table', { part: 'table', class: 'grouped' }, caption, el('thead', null, head));
  for (const group of groups) {
    if (!group.heading) {
      table.append(el('tbody', null, ...group.members.map((c) => row(c, false))));
      continue;
    }
    const heading = el('tr', { class: 'group-heading' });
    if (group.total) heading.append(el('th', { scope: 'rowgroup' }, bdi(group.label)), ...group.total.map(tdNode));
    else heading.append(el('th', { scope: 'rowgroup', colspan: String(1 + view.rows.length) }, bdi(group.label)));
    table.append(el('tbody', { class: 'group' }, heading, ...group.members.map((c) => row(c, true))));
  }
  if (view.totalHeader || view.coverageHeader) {
    const totals = el('tbody', { class: 'totals' });
    if (view.totalHeader)
      totals.append(
        el('tr', null, el('th', { scope: 'row' }, view.totalHeader), ...view.rows.map((r) => tdNode(r.total))),
      );
    if (view.coverageHeader)
      totals.append(
        el(
          'tr',
          null,
          el('th', { scope: 'row' }, view.coverageHeader),
          ...view.rows.map((r) => el('td', null, r.coverage ?? '')),
        ),
      );
    table.append(totals);
  }
  return table as HTMLTableElement;
}

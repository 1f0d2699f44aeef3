import { html, nothing, type TemplateResult } from 'lit';
import type { TableView } from '../layout/table-view.js';

/** A real data table: quarters as row headers, categories as column headers, hidden cells in words. */
export function renderTable(view: TableView, labels: { caption: string; quarter: string }, footnotes: readonly string[]): TemplateResult {
  return html`<table part="table">
    <caption>${labels.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${labels.quarter}</th>
        ${view.categories.map((label) => html`<th scope="col">${label}</th>`)}
        ${view.totalHeader ? html`<th scope="col">${view.totalHeader}</th>` : nothing}
        ${view.coverageHeader ? html`<th scope="col">${view.coverageHeader}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${view.rows.map(
        (row) => html`<tr>
          <th scope="row">${row.quarter}</th>
          ${row.cells.map((cell) => html`<td class=${cell.status}>${cell.text}</td>`)}
          ${row.total ? html`<td class=${row.total.status}>${row.total.text}</td>` : nothing}
          ${row.coverage !== undefined ? html`<td>${row.coverage}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
    ${footnotes.length
      ? html`<tfoot>
          <tr>
            <td colspan=${1 + view.categories.length + (view.totalHeader ? 1 : 0) + (view.coverageHeader ? 1 : 0)}>
              ${footnotes.map((note) => html`<p>${note}</p>`)}
            </td>
          </tr>
        </tfoot>`
      : nothing}
  </table>`;
}

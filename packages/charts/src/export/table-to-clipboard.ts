import type { TableView } from '../layout/table-view.js';
import { escapeMarkup, neutralizeFormula } from './text.js';

export interface ClipboardTable {
  /** Tab-separated: a header row, one row per quarter, then an empty row and the footnotes. */
  text: string;
  /** The same table as HTML (caption, header row, row headers, footnotes in the foot), for word processors. */
  html: string;
}

/**
 * One cell: a formula a spreadsheet would run stays text (as in the CSV), then tabs and line breaks inside it
 * would split it, so they become spaces.
 */
const flat = (text: string) => neutralizeFormula(text).replace(/[\t\r\n]+/g, ' ');

/**
 * The data table as it is shown (formatted numbers, hidden cells in words) for the clipboard. Pure: it reads the
 * table view, which holds no hidden number.
 */
export function tableToClipboard(
  view: TableView,
  labels: { caption: string; quarter: string },
  footnotes: readonly string[],
): ClipboardTable {
  const header = [
    labels.quarter,
    ...view.categories,
    ...(view.totalHeader ? [view.totalHeader] : []),
    ...(view.coverageHeader ? [view.coverageHeader] : []),
  ];
  const rows = view.rows.map((row) => [
    row.quarter,
    ...row.cells.map((cell) => cell.text),
    ...(view.totalHeader ? [row.total?.text ?? ''] : []),
    ...(view.coverageHeader ? [row.coverage ?? ''] : []),
  ]);
  const text = [header, ...rows, ...(footnotes.length ? [[], ...footnotes.map((note) => [note])] : [])]
    .map((line) => line.map(flat).join('\t'))
    .join('\n');

  // Spreadsheets read pasted HTML cells too: the same formula rule applies to them.
  const e = (text: string) => escapeMarkup(neutralizeFormula(text));
  const body = rows
    .map(
      (cells) =>
        `<tr><th scope="row">${e(cells[0]!)}</th>${cells
          .slice(1)
          .map((cell) => `<td>${e(cell)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  const foot = footnotes.length
    ? `<tfoot><tr><td colspan="${header.length}">${footnotes.map((note) => `<p>${e(note)}</p>`).join('')}</td></tr></tfoot>`
    : '';
  const html = `<table><caption>${e(labels.caption)}</caption><thead><tr>${header.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody>${foot}</table>`;
  return { text: `${text}\n`, html };
}

/**
 * Writes both forms to the clipboard (`navigator.clipboard.write`), or the text alone where the browser has no
 * ClipboardItem. Rejects when the browser refuses (no permission, no user activation, insecure context).
 */
export async function writeClipboard(content: ClipboardTable): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) throw new Error('The Clipboard API is not available.');
  if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    const item = new ClipboardItem({
      'text/plain': new Blob([content.text], { type: 'text/plain' }),
      'text/html': new Blob([content.html], { type: 'text/html' }),
    });
    await clipboard.write([item]);
    return;
  }
  await clipboard.writeText(content.text);
}

import { html, nothing, type TemplateResult } from 'lit';
import type { CellView, QuarterView } from '../layout/types.js';
import type { Messages } from '../messages.js';

/**
 * A single figure: the latest quarter of a one-category section, with the quarter before it for context.
 * A hidden latest value is shown as the word, never as a number.
 */
export function renderStat(
  cells: readonly CellView[],
  quarters: readonly QuarterView[],
  unitNoun: string,
  m: Messages,
): TemplateResult {
  const last = cells.length - 1;
  const latest = cells[last];
  const previous = last > 0 ? cells[last - 1] : undefined;
  if (!latest) return html`<p class="stat">${m.empty}</p>`;
  const word = (cell: CellView) =>
    cell.status === 'value' ? cell.text : cell.status === 'suppressed' ? m.suppressedWord : m.notReportedWord;
  // Compact on purpose: no whitespace between the lines (a flex column).
  return html`<p part="stat" class="stat"><span class="stat-value ${latest.status}">${word(latest)}</span><span class="stat-label">${latest.status === 'value' ? `${unitNoun} ` : ''}${m.statLatest(quarters[last]!.label)}</span>${
    previous
      ? html`<span class="stat-previous">${m.statPrevious(quarters[last - 1]!.label, word(previous))}</span>`
      : nothing
  }</p>`;
}

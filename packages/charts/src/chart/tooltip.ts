import { html, nothing, type TemplateResult } from 'lit';
import type { CellView, ChartLayout } from '../layout/types.js';
import type { Position } from './navigation.js';

/**
 * The value tooltip of the active cell. A strip badge stands for several cells: under a pointer it names them all.
 * `role="presentation"`: the live region says the same words to a screen reader.
 */
export function renderTooltip(
  layout: ChartLayout,
  active: Position | undefined,
  pointer: boolean,
  sentence: (cell: CellView) => string,
): TemplateResult | typeof nothing {
  const cell = active ? layout.cells[active.q]?.[active.c] : undefined;
  if (!cell) return html`<div class="tooltip" part="tooltip" hidden></div>`;
  let text = sentence(cell);
  const mark = layout.marks.find(
    (m) => m.type === 'placeholder' && m.cells.length > 1 && m.cells.some((k) => k.q === cell.q && k.c === cell.c),
  );
  if (mark?.type === 'placeholder' && pointer)
    text = mark.cells.map((k) => sentence(layout.cells[k.q]![k.c]!)).join('; ');
  return html`<div class="tooltip" part="tooltip" role="presentation">${text}</div>`;
}

/**
 * Positions the tooltip through the CSSOM: a strict Content-Security-Policy (no 'unsafe-inline') blocks style
 * attributes, which is what a first styleMap render writes, but not `element.style` properties.
 */
export function placeTooltip(root: ParentNode, layout: ChartLayout | undefined, active: Position | undefined): void {
  // Nothing focused or pointed at (every first draw): no tooltip to place, and no need to look for it.
  const cell = active ? layout?.cells[active.q]?.[active.c] : undefined;
  if (!cell) return;
  const tooltip = root.querySelector<HTMLElement>('.tooltip');
  if (!tooltip) return;
  tooltip.style.left = `${cell.anchor.x}px`;
  tooltip.style.top = `${cell.anchor.y}px`;
}

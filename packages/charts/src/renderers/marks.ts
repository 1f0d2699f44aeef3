import { svg, nothing, type SVGTemplateResult } from 'lit';
import { markerPathFilled } from '../layout/markers.js';
import type { ChartLayout, Mark } from '../layout/types.js';

/** The id of a category's bar pattern (its marker shape tiled), for bars too small for a marker. */
export function patternId(prefix: string, c: number): string {
  return `${prefix}-pattern-${c}`;
}

/**
 * One mark as SVG. `data-q`/`data-c` let the element find the cell under a pointer without a handler per mark.
 * Every bar and point carries its category's marker (shape and fill), or its shape as a pattern: never colour
 * alone. A status mark sits under the baseline: its category's marker beside "S" or "n/r", no height.
 */
export function renderMark(mark: Mark, idPrefix: string): SVGTemplateResult {
  switch (mark.type) {
    case 'bar': {
      const fill = mark.pattern ? `url(#${patternId(idPrefix, mark.c)})` : nothing;
      // Two templates rather than an optional nested one: a bar is then one template instance, not two.
      return mark.marker
        ? svg`<rect class="mark bar c${mark.color}" data-q="${mark.q}" data-c="${mark.c}" data-shape="${mark.shape} ${mark.fill}" x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}"></rect><path class="marker c${mark.color}" data-q="${mark.q}" data-c="${mark.c}" d="${markerPathFilled(mark.shape, mark.fill, mark.marker.x, mark.marker.y, mark.marker.size)}"></path>`
        : svg`<rect class="mark bar c${mark.color}${mark.pattern ? ' patterned' : ''}" data-q="${mark.q}" data-c="${mark.c}" data-shape="${mark.shape} ${mark.fill}" x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}" fill=${fill}></rect>`;
    }
    case 'band':
      return svg`<rect class="band" data-q="${mark.q}" data-c="${mark.c}" x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}"></rect>`;
    case 'point':
      return svg`<path class="mark point c${mark.color}" data-q="${mark.q}" data-c="${mark.c}" data-shape="${mark.shape} ${mark.fill}" d="${markerPathFilled(mark.shape, mark.fill, mark.x, mark.y, mark.size)}"></path>`;
    case 'placeholder': {
      const cells = mark.cells.map((cell) => `${cell.q}:${cell.c}`).join(' ');
      const first = mark.cells[0]!;
      const marker = mark.marker;
      const textX = marker ? round(mark.x + marker.size + 3) : round(mark.x + mark.width / 2);
      return svg`<g class="placeholder ${mark.status}" data-q="${first.q}" data-c="${first.c}" data-cells="${cells}"><rect class="placeholder-hit" x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}"></rect>${
        marker
          ? svg`<path class="marker status-marker c${marker.color}" data-shape="${marker.shape} ${marker.fill}" d="${markerPathFilled(marker.shape, marker.fill, marker.x, marker.y, marker.size)}"></path>`
          : nothing
      }<text class="placeholder-label" x="${textX}" y="${round(mark.y + mark.height / 2)}" dy="0.35em" text-anchor="${marker ? 'start' : 'middle'}">${mark.label}</text></g>`;
    }
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A ring around the focused cell's anchor, drawn above the marks. */
export function renderFocusRing(
  layout: ChartLayout,
  active: { q: number; c: number } | undefined,
): SVGTemplateResult | typeof nothing {
  const cell = active ? layout.cells[active.q]?.[active.c] : undefined;
  if (!cell) return nothing;
  const mark = layout.marks.find((m) =>
    m.type === 'placeholder' ? m.cells.some((k) => k.q === cell.q && k.c === cell.c) : m.q === cell.q && m.c === cell.c,
  );
  if (mark && (mark.type === 'bar' || mark.type === 'placeholder' || mark.type === 'band'))
    return svg`<rect class="focus-ring" x="${round(mark.x - 3)}" y="${round(mark.y - 3)}" width="${round(mark.width + 6)}" height="${round(mark.height + 6)}" rx="2"></rect>`;
  return svg`<circle class="focus-ring" cx="${cell.anchor.x}" cy="${cell.anchor.y}" r="9"></circle>`;
}

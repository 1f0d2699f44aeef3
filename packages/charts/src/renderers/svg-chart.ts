import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { ChartLayout } from '../layout/types.js';
import { renderFocusRing, renderMark } from './marks.js';
import { isolate } from '../safety/bidi.js';

export interface SvgChartOptions {
  /** Prefix for ids inside the SVG (the hatch pattern), unique per element. */
  idPrefix: string;
  /** The cell focused by keyboard or pointer, ringed. */
  active?: { q: number; c: number } | undefined;
}

/** The hatch used for suppressed cells: stroke only, so it survives forced colours and greyscale. */
export function renderDefs(hatchId: string): SVGTemplateResult {
  return svg`<defs><pattern id="${hatchId}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern></defs>`;
}

function renderValueAxis(layout: ChartLayout): SVGTemplateResult {
  const { plot } = layout;
  return svg`<g class="axis y-axis">${layout.yTicks.map(
    (tick) =>
      svg`<line class="grid" x1="${plot.x}" x2="${plot.x + plot.width}" y1="${tick.y}" y2="${tick.y}"></line><text class="tick-label" x="${plot.x - 8}" y="${tick.y}" dy="0.32em" text-anchor="end">${tick.label}</text>`,
  )}</g>`;
}

/** Each group's name under its cluster of bars, with a rule across the cluster. */
function renderGroupAxis(layout: ChartLayout): SVGTemplateResult | typeof nothing {
  const axis = layout.groupAxis;
  if (!axis) return nothing;
  const y = layout.plot.y + layout.plot.height + 6;
  return svg`<g class="axis group-axis">${axis.labels.map(
    (label) =>
      svg`<line class="group-rule" x1="${round(label.x - label.width / 2)}" x2="${round(label.x + label.width / 2)}" y1="${y}" y2="${y}"></line><text class="group-label" x="${label.x}" y="${y + 13}" text-anchor="middle">${label.lines.map(
        (line, i) => svg`<tspan x="${label.x}" dy="${i === 0 ? 0 : 13}">${isolate(line)}</tspan>`,
      )}</text>`,
  )}</g>`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function renderQuarterAxis(layout: ChartLayout): SVGTemplateResult {
  const { plot } = layout;
  const y = plot.y + plot.height + 18 + (layout.groupAxis?.height ?? 0);
  return svg`<g class="axis x-axis"><line class="baseline" x1="${plot.x}" x2="${plot.x + plot.width}" y1="${layout.baseline}" y2="${layout.baseline}"></line>${layout.quarters.map(
    (q) =>
      svg`<text class="tick-label" x="${q.x}" y="${y}" text-anchor="middle">${q.lines.map(
        (line, i) => svg`<tspan x="${q.x}" dy="${i === 0 ? 0 : 15}">${isolate(line)}</tspan>`,
      )}</text>`,
  )}</g>`;
}

/**
 * The chart's SVG content from a layout: hatch definition, value grid, quarter labels, lines, marks, focus ring.
 * Pure: the same layout gives the same template. The element wraps it in `<svg>`.
 */
export function renderSvgChart(layout: ChartLayout, options: SvgChartOptions): SVGTemplateResult {
  const hatchId = `${options.idPrefix}-hatch`;
  return svg`${layout.has.suppressed ? renderDefs(hatchId) : nothing}${renderValueAxis(layout)}${renderQuarterAxis(layout)}${renderGroupAxis(layout)}${
    layout.lines.length
      ? svg`<g class="lines">${layout.lines.map((line) => svg`<path class="line c${line.color}" d="${line.d}"></path>`)}</g>`
      : nothing
  }<g class="marks">${layout.marks.map((mark) => renderMark(mark, hatchId))}</g>${renderFocusRing(layout, options.active)}`;
}

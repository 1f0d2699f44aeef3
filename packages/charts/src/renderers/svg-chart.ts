import { svg, nothing, type SVGTemplateResult } from 'lit';
import { markerPathFilled } from '../layout/markers.js';
import type { ChartLayout, PanelView, QuarterView, Tick } from '../layout/types.js';
import { patternId, renderFocusRing, renderMark } from './marks.js';
import { isolate } from '../safety/bidi.js';

export interface SvgChartOptions {
  /** Prefix for ids inside the SVG (the hatch pattern), unique per element. */
  idPrefix: string;
  /** The cell focused by keyboard or pointer, ringed. */
  active?: { q: number; c: number } | undefined;
}

/**
 * Patterns for bars too small for a marker: the category's colour with its marker shape tiled in the background
 * colour, so the shape still tells the category in forced colours, greyscale and print.
 */
export function renderDefs(idPrefix: string, patterns: ChartLayout['patterns'] = []): SVGTemplateResult {
  return svg`<defs>${patterns.map(
    (p) =>
      svg`<pattern id="${patternId(idPrefix, p.c)}" patternUnits="userSpaceOnUse" width="8" height="8"><rect class="c${p.color}" width="8" height="8"></rect><path class="marker on-swatch" d="${markerPathFilled(p.shape, p.fill, 4, 4, 6)}"></path></pattern>`,
  )}</defs>`;
}

function renderValueAxis({ plot, yTicks }: { plot: ChartLayout['plot']; yTicks: readonly Tick[] }): SVGTemplateResult {
  return svg`<g class="axis y-axis">${yTicks.map(
    (tick) =>
      svg`<line class="grid" x1="${plot.x}" x2="${plot.x + plot.width}" y1="${tick.y}" y2="${tick.y}"></line><text class="tick-label" x="${plot.x - 8}" y="${tick.y}" dy="0.32em" text-anchor="end">${tick.label}</text>`,
  )}</g>`;
}

/** Each group's name under its cluster of bars, with a rule across the cluster. */
function renderGroupAxis(layout: ChartLayout): SVGTemplateResult | typeof nothing {
  const axis = layout.groupAxis;
  if (!axis) return nothing;
  const y = layout.plot.y + layout.plot.height + 6 + layout.statusHeight;
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

function renderQuarterAxis(
  plot: ChartLayout['plot'],
  baseline: number,
  quarters: readonly QuarterView[],
  y: number,
): SVGTemplateResult {
  return svg`<g class="axis x-axis"><line class="baseline" x1="${plot.x}" x2="${plot.x + plot.width}" y1="${baseline}" y2="${baseline}"></line>${quarters.map(
    (q) =>
      q.lines.length
        ? svg`<text class="tick-label" x="${q.x}" y="${y}" text-anchor="middle">${q.lines.map(
            (line, i) => svg`<tspan x="${q.x}" dy="${i === 0 ? 0 : 15}">${isolate(line)}</tspan>`,
          )}</text>`
        : nothing,
  )}</g>`;
}

/** A small-multiples panel's frame: its category's marker and name, its own value axis and quarter labels. */
function renderPanel(layout: ChartLayout, panel: PanelView): SVGTemplateResult {
  const category = layout.categories[panel.c]!;
  const x = panel.plot.x - 30 > 0 ? panel.plot.x - 30 : panel.plot.x;
  return svg`<g class="panel">${renderValueAxis(panel)}${renderQuarterAxis(panel.plot, panel.baseline, panel.quarters, panel.labelY)}<path class="marker c${category.color}" d="${markerPathFilled(category.shape, category.fill, x + 5, panel.titleY - 4, 9)}"></path><text class="panel-title" x="${x + 13}" y="${panel.titleY}">${panel.title.map(
    (line, i) => svg`<tspan x="${x + 13}" dy="${i === 0 ? 0 : 15}">${isolate(line)}</tspan>`,
  )}</text></g>`;
}

/**
 * The chart's SVG content from a layout: bar patterns, value grid, quarter labels (per panel in small multiples),
 * lines, marks, focus ring.
 * Pure: the same layout gives the same template. The element wraps it in `<svg>`.
 */
export function renderSvgChart(layout: ChartLayout, options: SvgChartOptions): SVGTemplateResult {
  const { plot } = layout;
  const axes = layout.panels
    ? svg`${(layout.noteLines ?? []).map((line) => svg`<text class="layout-note" x="2" y="${line.y}">${line.text}</text>`)}${layout.panels.map((panel) => renderPanel(layout, panel))}`
    : svg`${renderValueAxis(layout)}${renderQuarterAxis(plot, layout.baseline, layout.quarters, plot.y + plot.height + 18 + layout.statusHeight + (layout.groupAxis?.height ?? 0))}${renderGroupAxis(layout)}`;
  return svg`${layout.patterns.length ? renderDefs(options.idPrefix, layout.patterns) : nothing}${axes}${
    layout.lines.length
      ? svg`<g class="lines">${layout.lines.map((line) => svg`<path class="line c${line.color}" d="${line.d}"></path>`)}</g>`
      : nothing
  }<g class="marks">${layout.marks.map((mark) => renderMark(mark, options.idPrefix))}</g>${renderFocusRing(layout, options.active)}`;
}

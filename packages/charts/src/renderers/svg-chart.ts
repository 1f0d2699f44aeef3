import { svg, type SVGTemplateResult } from 'lit';
import { markerPathFilled } from '../layout/markers.js';
import type { ChartLayout, PanelView, QuarterView, Tick } from '../layout/types.js';
import { drawing, type SvgNode } from './drawing.js';
import { focusRingNode, lineNodes, markNodes, patternId } from './marks.js';
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
function defsNode(idPrefix: string, patterns: ChartLayout['patterns']): SvgNode {
  return {
    tag: 'defs',
    key: 'defs',
    attrs: {},
    children: patterns.map((p) => ({
      tag: 'pattern',
      key: `pattern:${p.c}`,
      attrs: { id: patternId(idPrefix, p.c), patternUnits: 'userSpaceOnUse', width: 8, height: 8 },
      children: [
        { tag: 'rect', attrs: { class: `c${p.color}`, width: 8, height: 8 } },
        { tag: 'path', attrs: { class: 'marker on-swatch', d: markerPathFilled(p.shape, p.fill, 4, 4, 6) } },
      ],
    })),
  };
}

/** A label of one or more lines: the first as the text's own, each further one a tspan `lineHeight` below. */
function labelNode(
  attrs: { class: string; x: number; y: number; 'text-anchor'?: string; dy?: string },
  lines: readonly string[],
  lineHeight: number,
): SvgNode {
  return {
    tag: 'text',
    attrs,
    text: isolate(lines[0] ?? ''),
    children: lines
      .slice(1)
      .map((line) => ({ tag: 'tspan', attrs: { x: attrs.x, dy: lineHeight }, text: isolate(line) })),
  };
}

/** The value grid as one path, and a label per tick. */
function valueAxisNode({ plot, yTicks }: { plot: ChartLayout['plot']; yTicks: readonly Tick[] }): SvgNode {
  return {
    tag: 'g',
    key: 'y-axis',
    attrs: { class: 'axis y-axis' },
    children: [
      {
        tag: 'path',
        attrs: { class: 'grid', d: yTicks.map((t) => `M${plot.x},${t.y}H${plot.x + plot.width}`).join('') },
      },
      ...yTicks.map((tick): SvgNode => ({
        tag: 'text',
        attrs: { class: 'tick-label', x: plot.x - 8, y: tick.y, dy: '0.32em', 'text-anchor': 'end' },
        text: tick.label,
      })),
    ],
  };
}

/** Each group's name under its cluster of bars, with a rule across the cluster (the rules are one path). */
function groupAxisNode(layout: ChartLayout): SvgNode | undefined {
  const axis = layout.groupAxis;
  if (!axis) return undefined;
  const y = layout.plot.y + layout.plot.height + 6 + layout.statusHeight;
  return {
    tag: 'g',
    key: 'group-axis',
    attrs: { class: 'axis group-axis' },
    children: [
      {
        tag: 'path',
        attrs: {
          class: 'group-rule',
          d: axis.labels.map((l) => `M${round(l.x - l.width / 2)},${y}H${round(l.x + l.width / 2)}`).join(''),
        },
      },
      ...axis.labels.map((label) =>
        labelNode({ class: 'group-label', x: label.x, y: y + 13, 'text-anchor': 'middle' }, label.lines, 13),
      ),
    ],
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function quarterAxisNode(
  plot: ChartLayout['plot'],
  baseline: number,
  quarters: readonly QuarterView[],
  y: number,
): SvgNode {
  return {
    tag: 'g',
    key: 'x-axis',
    attrs: { class: 'axis x-axis' },
    children: [
      { tag: 'line', attrs: { class: 'baseline', x1: plot.x, x2: plot.x + plot.width, y1: baseline, y2: baseline } },
      ...quarters
        .filter((q) => q.lines.length)
        .map((q) => labelNode({ class: 'tick-label', x: q.x, y, 'text-anchor': 'middle' }, q.lines, 15)),
    ],
  };
}

/** A small-multiples panel's frame: its category's marker and name, its own value axis, and quarter labels if lowest. */
function panelNode(layout: ChartLayout, panel: PanelView): SvgNode {
  const category = layout.categories[panel.c]!;
  const x = panel.plot.x - 30 > 0 ? panel.plot.x - 30 : panel.plot.x;
  return {
    tag: 'g',
    key: `panel:${category.id}`,
    attrs: { class: 'panel' },
    children: [
      valueAxisNode(panel),
      quarterAxisNode(panel.plot, panel.baseline, panel.quarterLabels ? panel.quarters : [], panel.labelY),
      {
        tag: 'path',
        attrs: {
          class: `marker c${category.color}`,
          d: markerPathFilled(category.shape, category.fill, x + 5, panel.titleY - 4, 9),
        },
      },
      labelNode({ class: 'panel-title', x: x + 13, y: panel.titleY }, panel.title, 15),
    ],
  };
}

/**
 * The chart's SVG content as nodes: bar patterns, value grid, quarter labels (per panel in small multiples),
 * lines, marks, focus ring. Pure: the same layout gives the same nodes.
 */
export function svgChartNodes(layout: ChartLayout, options: SvgChartOptions): SvgNode[] {
  const nodes: SvgNode[] = [];
  if (layout.patterns.length) nodes.push(defsNode(options.idPrefix, layout.patterns));
  if (layout.panels) {
    for (const line of layout.noteLines ?? [])
      nodes.push({ tag: 'text', attrs: { class: 'layout-note', x: 2, y: line.y }, text: line.text });
    for (const panel of layout.panels) nodes.push(panelNode(layout, panel));
  } else {
    const { plot } = layout;
    const labelY = plot.y + plot.height + 18 + layout.statusHeight + (layout.groupAxis?.height ?? 0);
    nodes.push(valueAxisNode(layout), quarterAxisNode(plot, layout.baseline, layout.quarters, labelY));
    const groups = groupAxisNode(layout);
    if (groups) nodes.push(groups);
  }
  // The data marks in one group (pages and tests find a drawn chart by `.marks > *`), above the lines.
  nodes.push(...lineNodes(layout), {
    tag: 'g',
    key: 'marks',
    attrs: { class: 'marks' },
    children: markNodes(layout, options.idPrefix),
  });
  const ring = focusRingNode(layout, options.active);
  if (ring) nodes.push(ring);
  return nodes;
}

/**
 * The chart's SVG content from a layout, for the element to wrap in `<svg>`. In a browser it is drawn by
 * `drawing()`: few nodes (a path per category, not an element per bar), kept by key across updates.
 */
export function renderSvgChart(layout: ChartLayout, options: SvgChartOptions): SVGTemplateResult {
  return svg`${drawing(cachedNodes(layout, options))}`;
}

/** The nodes last made for each layout: a render with the same layout, ids and focus draws the same nodes. */
const madeFor = new WeakMap<ChartLayout, { id: string; active: string; nodes: SvgNode[] }>();

function cachedNodes(layout: ChartLayout, options: SvgChartOptions): SvgNode[] {
  const active = options.active ? `${options.active.q},${options.active.c}` : '';
  const made = madeFor.get(layout);
  if (made && made.id === options.idPrefix && made.active === active) return made.nodes;
  const nodes = svgChartNodes(layout, options);
  madeFor.set(layout, { id: options.idPrefix, active, nodes });
  return nodes;
}

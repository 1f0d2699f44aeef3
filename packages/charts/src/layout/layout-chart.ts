import type { SafeCell, SafeSeries } from '@cate/core';
import { formatValue } from '../format.js';
import { chartHeight, quarterScale, quarterViews, round, textWidth, valueScale, valueTicks } from './axes.js';
import type { ChartKind } from './kinds.js';
import type { ValueScale } from './value-scale.js';
import { groupedBarMarks, stackedBarMarks, stackedMax } from './bars.js';
import { GROUP_LABEL_LINE, clusteredBarMarks, groupLabelLines, type Cluster } from './clusters.js';
import { categoryHierarchy } from './groups.js';
import { periodLabels } from './periods.js';
import { lineMarks } from './lines.js';
import { messagesFor } from '../messages.js';
import { categoryStyle } from './markers.js';
import { cellsFor, measureFor, valueOf } from './measure.js';
import { statusMarks, STATUS_ROW } from './status-marks.js';
import type {
  CategoryView,
  CellView,
  ChartLayout,
  LayoutOptions,
  Mark,
  Measure,
  PanelView,
  QuarterView,
} from './types.js';

/**
 * The categories in the order drawn, with each cell's source: a flat series as it is; a grouped one group by
 * group, each group's published total (grouped bars, counts) before its members. Colours and shapes stay the
 * category's own, so a category looks the same in every kind.
 */
function categoryViews(
  series: SafeSeries,
  matrix: readonly (readonly SafeCell[])[],
  withTotals: boolean,
  totalLabel: string,
) {
  const hierarchy = categoryHierarchy(series);
  const member = (index: number, group?: string): CategoryView => {
    const category = series.categories[index]!;
    return {
      index,
      id: category.id,
      label: category.label,
      role: category.role,
      ...categoryStyle(index),
      ...(group !== undefined ? { group } : {}),
    };
  };
  if (!hierarchy) {
    const categories = series.categories.map((_, index) => member(index));
    return { categories, cellAt: (q: number, c: number): SafeCell | undefined => matrix[q]?.[c] };
  }
  const categories: CategoryView[] = [];
  const sources: Array<(q: number) => SafeCell | undefined> = [];
  const clusters: Cluster[] = [];
  for (const group of hierarchy) {
    const cluster: Cluster = { label: group.label, heading: group.heading, members: [] };
    const total = group.total;
    if (withTotals && total) {
      cluster.total = categories.length;
      categories.push({
        index: categories.length,
        id: `group-total:${group.label}`,
        label: totalLabel,
        color: 0,
        shape: 'square',
        fill: 'solid',
        group: group.label,
        subtotal: true,
      });
      sources.push((q) => total[q]);
    }
    for (const index of group.members) {
      cluster.members.push(categories.length);
      categories.push({ ...member(index, group.heading ? group.label : undefined), index: categories.length });
      sources.push((q) => matrix[q]?.[index]);
    }
    clusters.push(cluster);
  }
  return { categories, cellAt: (q: number, c: number) => sources[c]?.(q), clusters };
}

/** The short marks (in English) for cells without a published number; other languages' are in their catalogue. */
export const STATUS_MARKS = { suppressed: 'S', 'not-reported': 'n/r' } as const;

const DEFAULTS = { locale: 'en', minWidth: 160, top: 16, right: 12, tickGap: 8, labelLine: 15 };

/** A panel's size in small multiples: wide enough for its quarter labels, tall enough for a readable trend. */
const NOTE_LINE = 15;
const PANEL = { minWidth: 150, width: 210, plotHeight: 76, titleLine: 15, titleFont: 12, gap: 14, headroom: 12 };

/**
 * When a chart is drawn as small multiples (one panel per category, each with its own scale) rather than on one
 * plot. Documented rule, for grouped bars and lines with at least 3 categories and 2 quarters (a single period has
 * no trend to compare, and panels would hide the one comparison it offers):
 * - dominant: the largest published value of one category is more than 5 times the median of the other
 *   categories' largest values (with that median at least 1; a median of 0 beside a largest of 10 or more counts
 *   too): on one shared scale the others would be a fringe on the baseline;
 * - narrow: bars would be narrower than a marker (7 px), or a line chart of 4 or more categories is under 480 px
 *   wide, where the lines and markers pile on each other.
 * Stacks are kept: their point is the whole, which panels would lose.
 */
export function chooseArrangement(
  kind: ChartKind,
  maxima: readonly number[],
  width: number,
  slotWidth: number,
  quarters: number,
): 'single' | { reason: 'dominant' | 'narrow' } {
  if ((kind !== 'grouped-bar' && kind !== 'line') || maxima.length < 3 || quarters < 2) return 'single';
  const order = maxima.map((v, c) => ({ v, c })).sort((a, b) => b.v - a.v);
  const largest = order[0]!.v;
  const rest = order.slice(1).map((o) => o.v);
  const median =
    rest.length % 2 ? rest[(rest.length - 1) / 2]! : (rest[rest.length / 2 - 1]! + rest[rest.length / 2]!) / 2;
  if ((median >= 1 && largest > 5 * median) || (median < 1 && largest >= 10)) return { reason: 'dominant' };
  if (kind === 'grouped-bar' && slotWidth < 7) return { reason: 'narrow' };
  if (kind === 'line' && maxima.length >= 4 && width < 480) return { reason: 'narrow' };
  return 'single';
}

/** Quarter labels that fit their band: one line, two lines ("Q1" over "2024"), or every k-th label (the last kept). */
function fitQuarterLabels(quarters: QuarterView[], step: number, fontSize = 12): number {
  const widest = (lines: (q: QuarterView) => string[]) =>
    Math.max(0, ...quarters.flatMap((q) => lines(q).map((line) => textWidth(line, fontSize))));
  const one = widest((q) => [q.label]);
  if (one + 10 <= step) {
    for (const q of quarters) q.lines = [q.label];
    return 1;
  }
  const two = widest((q) => q.lines);
  const every = Math.max(1, Math.ceil((two + 8) / Math.max(1, step)));
  const last = quarters.length - 1;
  for (const q of quarters) if ((last - q.index) % every !== 0) q.lines = [];
  return 2;
}

/** Value ticks far enough apart for their labels: fewer on a short plot. */
function fittedTicks(y: ValueScale, measure: Measure, locale: string, height: number) {
  const count = Math.max(2, Math.min(5, Math.floor(height / 36)));
  let ticks = valueTicks(y, measure, locale, count);
  while (ticks.length > 2 && Math.abs(ticks[0]!.y - ticks[1]!.y) < 16) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}

/** Words wrapped to a width, at most `max` lines, the last cut with "…" when the words do not all fit. */
function wrapTitle(label: string, width: number, fontSize: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const fit = (line: string) => {
    if (textWidth(line, fontSize) <= width) return line;
    const chars = Math.max(1, Math.floor(width / (fontSize * 0.6)) - 1);
    return `${line.slice(0, chars).trimEnd()}…`;
  };
  if (lines.length > max) lines.splice(max - 1, lines.length, `${lines.slice(max - 1).join(' ')}`);
  return lines.map(fit);
}

interface Context {
  kind: ChartKind;
  measure: Measure;
  locale: string;
  series: SafeSeries;
  labels: string[];
  cells: CellView[][];
  categories: CategoryView[];
  clusters: Cluster[] | undefined;
  value: (q: number, c: number) => number | undefined;
  stacked: boolean;
  hidden: boolean;
}

type Box = { x: number; y: number; width: number; height: number };

/** Where one plot sits in a box (its margins for tick labels, quarter labels and status rows) and its scales. */
function plotBox(ctx: Context, box: Box, members: number[], statusRows: number, quarterLabels: boolean) {
  const { kind, measure, locale, series, categories, stacked } = ctx;
  const nq = series.quarters.length;
  let max = 0;
  if (stacked) max = stackedMax(nq, categories.length, ctx.value);
  else for (let q = 0; q < nq; q++) for (const c of members) max = Math.max(max, ctx.value(q, c) ?? 0);
  const y = valueScale(max, measure, [1, 0]);
  const tickLabels = valueTicks(y, measure, locale).map((t) => t.label);
  const left = box.x + Math.ceil(Math.max(24, ...tickLabels.map((t) => textWidth(t))) + DEFAULTS.tickGap + 4);
  const plotWidth = Math.max(40, box.x + box.width - left - DEFAULTS.right);
  const x = quarterScale(series.quarters, [left, left + plotWidth], kind === 'line' ? 0.2 : 0.25);
  const quarters = quarterViews(series.quarters, x, locale, ctx.labels);
  const labelLines = fitQuarterLabels(quarters, x.step());
  const clustered = kind === 'grouped-bar' && ctx.clusters !== undefined && members.length === categories.length;
  const groupLines = clustered ? groupLabelLines(x.bandwidth(), ctx.clusters!) : 0;
  const groupHeight = groupLines ? groupLines * GROUP_LABEL_LINE + 6 : 0;
  const statusHeight = statusRows * STATUS_ROW + (statusRows ? 4 : 0);
  const bottom = 10 + statusHeight + groupHeight + (quarterLabels ? labelLines * DEFAULTS.labelLine : 0);
  const plot = { x: left, y: box.y, width: plotWidth, height: Math.max(40, box.height - bottom) };
  return { plot, x, y, quarters, clustered, groupLines, groupHeight, statusHeight };
}

/** One plot in a box: its scales, axes, marks and status row, for the given categories (all, or one panel's). */
function plotArea(ctx: Context, box: Box, members: number[], statusRows: number, quarterLabels = true) {
  const { kind, measure, locale, cells, categories, stacked } = ctx;
  const { plot, x, y, quarters, clustered, groupLines, groupHeight, statusHeight } = plotBox(
    ctx,
    box,
    members,
    statusRows,
    quarterLabels,
  );
  y.range([plot.y + plot.height, plot.y]);
  const yTicks = fittedTicks(y, measure, locale, plot.height);
  const baseline = round(y(0));
  const panelCategories = members.map((c) => categories[c]!);
  const frame = { plot, x, y, baseline, cells, categories, quarters };
  let marks: Mark[] = [];
  let lines: ChartLayout['lines'] = [];
  let groupAxis: ChartLayout['groupAxis'];
  if (clustered) {
    const drawn = clusteredBarMarks(frame, ctx.clusters!);
    marks = drawn.marks;
    if (groupLines) groupAxis = { labels: drawn.labels, height: groupHeight };
  } else if (kind === 'grouped-bar') marks = groupedBarMarks(frame, members);
  else if (stacked) marks = stackedBarMarks(frame);
  else if (kind === 'line') ({ marks, lines } = lineMarks({ ...frame, categories: panelCategories }));
  const status = statusMarks(
    { ...frame, cells: cells.map((row) => members.map((c) => row[c]!)) },
    baseline + 4,
    kind === 'grouped-bar',
  );
  marks.push(...status.marks);
  return { plot, x, yTicks, baseline, quarters, marks, lines, groupAxis, statusHeight, rows: status.rows };
}

/**
 * Scales and positions from a SafeSeries, a size and a kind: series -> scales -> dimensions -> marks.
 * Pure and DOM-free. Reads numbers only from cells whose status is "value", so a suppressed cell cannot reach
 * the axis domain, a mark, a label or a tooltip.
 */
export function layoutChart(series: SafeSeries, options: LayoutOptions): ChartLayout {
  const locale = options.locale ?? DEFAULTS.locale;
  const kind = options.kind;
  const measure = measureFor(kind, series);
  const matrix = cellsFor(series, measure);
  const width = Math.max(DEFAULTS.minWidth, Math.floor(options.width));
  let height = Math.max(160, Math.floor(options.height ?? chartHeight(width)));
  const nq = series.quarters.length;
  const m = messagesFor(locale);
  const labels = periodLabels(series, locale);
  const views = categoryViews(series, matrix, kind === 'grouped-bar' && measure === 'count', m.totalHeader);
  const { categories, clusters } = views;
  const cellAt = (q: number, c: number): SafeCell => views.cellAt(q, c) ?? { status: 'not-reported' };
  const has = { suppressed: false, notReported: false, values: false };
  for (let q = 0; q < nq; q++)
    for (let c = 0; c < categories.length; c++) {
      const cell = cellAt(q, c);
      if (valueOf(cell) !== undefined) has.values = true;
      else if (cell.status === 'suppressed') has.suppressed = true;
      else has.notReported = true;
    }
  const cells: CellView[][] = series.quarters.map((_, q) =>
    categories.map((_, c) => {
      const cell = cellAt(q, c);
      const value = valueOf(cell);
      return value !== undefined
        ? { q, c, status: 'value' as const, value, text: formatValue(value, measure, locale), anchor: { x: 0, y: 0 } }
        : {
            q,
            c,
            status: cell.status === 'suppressed' ? ('suppressed' as const) : ('not-reported' as const),
            text: m.statusMarks[cell.status === 'suppressed' ? 'suppressed' : 'not-reported'],
            anchor: { x: 0, y: 0 },
          };
    }),
  );
  const ctx: Context = {
    kind,
    measure,
    locale,
    series,
    labels,
    cells,
    categories,
    clusters,
    value: (q, c) => valueOf(cellAt(q, c)),
    stacked: kind === 'stacked-bar' || kind === 'stacked-percent',
    hidden: has.suppressed || has.notReported,
  };
  const all = categories.map((_, c) => c);
  const drawn = all.filter((c) => !categories[c]!.subtotal);
  const maxima = drawn.map((c) => Math.max(0, ...series.quarters.map((_, q) => ctx.value(q, c) ?? 0)));
  const slotWidth = ((((width - 60) / Math.max(1, nq)) * 0.75) / Math.max(1, categories.length)) * 0.9;
  const arrangement = chooseArrangement(kind, maxima, width, slotWidth, nq);

  let area: ReturnType<typeof plotArea>;
  let panels: PanelView[] | undefined;
  let note: string[] | undefined;
  const marks: Mark[] = [];
  const lines: ChartLayout['lines'] = [];
  if (arrangement === 'single') {
    const box = { x: 0, y: DEFAULTS.top, width, height: height - DEFAULTS.top };
    area = plotArea(ctx, box, all, ctx.hidden ? 1 : 0);
    // The status row needed more rows than first reserved: lay out again with room for them.
    if (area.rows > (ctx.hidden ? 1 : 0)) area = plotArea(ctx, box, all, area.rows);
    marks.push(...area.marks);
    lines.push(...area.lines);
  } else {
    // As many columns as fit (narrower panels only on a narrow chart), then rows balanced: 8 panels are 4 + 4.
    const fit = Math.max(1, Math.floor(width / (width < 2 * PANEL.width ? PANEL.minWidth : PANEL.width)));
    const columns = Math.ceil(drawn.length / Math.ceil(drawn.length / Math.min(fit, drawn.length)));
    const panelWidth = width / columns;
    const titleWidth = panelWidth - 8;
    const titles = drawn.map((c) => wrapTitle(categories[c]!.label, titleWidth - 14, PANEL.titleFont, 2));
    // Room under the title for the markers that sit above the tallest bar or point.
    const titleHeight = PANEL.titleLine * Math.max(...titles.map((t) => t.length)) + PANEL.headroom;
    // Every panel gets the rows the busiest needs, so their baselines line up across a row of panels.
    const probe = { x: 0, y: 0, width: panelWidth, height: 400 };
    // (With nothing hidden there are no status rows: no panel needs probing.)
    const rowsNeeded = ctx.hidden ? Math.max(1, ...drawn.map((c) => plotArea(ctx, probe, [c], 1).rows)) : 0;
    // Quarters are the same in every panel: they are labelled only under the lowest panel of each column.
    const labelled = (i: number) => i + columns >= drawn.length;
    const below = (quarterLabels: boolean) =>
      400 - plotBox(ctx, probe, [drawn[0]!], rowsNeeded, quarterLabels).plot.height;
    const belowPlot = { labelled: below(true), bare: below(false) };
    // The chart says why it is in panels, in a line (or a few) of text above them.
    note = wrapTitle(arrangement.reason === 'dominant' ? m.layoutDominant : m.layoutNarrow, width - 4, 12, 6);
    const rowCount = Math.ceil(drawn.length / columns);
    const rowTops: number[] = [4 + note.length * NOTE_LINE + 8];
    for (let r = 0; r < rowCount; r++) {
      const anyLabelled = drawn.some((_, i) => Math.floor(i / columns) === r && labelled(i));
      const plotBelow = anyLabelled ? belowPlot.labelled : belowPlot.bare;
      rowTops.push(rowTops[r]! + titleHeight + PANEL.plotHeight + plotBelow + PANEL.gap);
    }
    height = rowTops[rowCount]!;
    panels = [];
    drawn.forEach((c, i) => {
      const px = (i % columns) * panelWidth;
      const py = rowTops[Math.floor(i / columns)]!;
      const quarterLabels = labelled(i);
      const box = {
        x: px,
        y: py + titleHeight,
        width: panelWidth,
        height: PANEL.plotHeight + (quarterLabels ? belowPlot.labelled : belowPlot.bare),
      };
      const panel = plotArea(ctx, box, [c], rowsNeeded, quarterLabels);
      marks.push(...panel.marks);
      lines.push(...panel.lines);
      panels!.push({
        c,
        title: titles[i]!,
        titleY: py + PANEL.titleLine - 2,
        plot: panel.plot,
        yTicks: panel.yTicks,
        baseline: panel.baseline,
        quarters: panel.quarters,
        quarterLabels,
        labelY: panel.plot.y + panel.plot.height + 18 + panel.statusHeight,
      });
      if (i === 0) area = panel;
    });
  }
  const chosen = area!;
  const patterns = categories
    .filter((category) => marks.some((mark) => mark.type === 'bar' && mark.c === category.index && mark.pattern))
    .map((category) => ({ c: category.index, shape: category.shape, fill: category.fill, color: category.color }));
  const chartQuarters = quarterViews(series.quarters, chosen.x, locale, labels).map((q, i) => ({
    ...q,
    lines: chosen.quarters[i]!.lines,
  }));

  return {
    kind,
    measure,
    width,
    height,
    plot: chosen.plot,
    quarters: chartQuarters,
    categories,
    bandwidth: round(chosen.x.bandwidth()),
    yTicks: chosen.yTicks,
    baseline: chosen.baseline,
    lines,
    marks,
    cells,
    has,
    statusHeight: chosen.statusHeight,
    patterns,
    ...(panels && note
      ? {
          panels,
          note: note.join(' '),
          noteLines: note.map((line, i) => ({ text: line, y: 4 + (i + 1) * NOTE_LINE - 3 })),
        }
      : {}),
    ...(clusters
      ? {
          groups: clusters.map(({ label, heading, members, total }) => ({
            label,
            heading,
            members,
            ...(total !== undefined ? { total } : {}),
          })),
        }
      : {}),
    ...(chosen.groupAxis ? { groupAxis: chosen.groupAxis } : {}),
  };
}

import type { SafeCell, SafeSeries } from '@cate/core';
import { formatValue } from '../format.js';
import { chartHeight, quarterScale, quarterViews, round, textWidth, valueScale, valueTicks } from './axes.js';
import { groupedBarMarks, stackedBarMarks, stackedMax } from './bars.js';
import { GROUP_LABEL_LINE, clusteredBarMarks, groupLabelLines, type Cluster } from './clusters.js';
import { categoryHierarchy } from './groups.js';
import { periodLabels } from './periods.js';
import { lineMarks } from './lines.js';
import { messagesFor } from '../messages.js';
import { categoryStyle } from './markers.js';
import { cellsFor, measureFor, valueOf } from './measure.js';
import { statusStrip, STRIP_HEIGHT } from './status-strip.js';
import type { CategoryView, CellView, ChartLayout, LayoutOptions, Mark } from './types.js';

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
  const height = Math.max(160, Math.floor(options.height ?? chartHeight(width)));
  const nq = series.quarters.length;
  const statusMarks = messagesFor(locale).statusMarks;
  const labels = periodLabels(series, locale);

  const m = messagesFor(locale);
  const views = categoryViews(series, matrix, kind === 'grouped-bar' && measure === 'count', m.totalHeader);
  const { categories, clusters } = views;
  const cellAt = (q: number, c: number): SafeCell => views.cellAt(q, c) ?? { status: 'not-reported' };
  const has = { suppressed: false, notReported: false, values: false };
  let max = 0;
  for (let q = 0; q < nq; q++) {
    for (let c = 0; c < categories.length; c++) {
      const cell = cellAt(q, c);
      const value = valueOf(cell);
      if (value !== undefined) {
        has.values = true;
        if (value > max) max = value;
      } else if (cell.status === 'suppressed') has.suppressed = true;
      else has.notReported = true;
    }
  }
  const stacked = kind === 'stacked-bar' || kind === 'stacked-percent';
  if (stacked) max = stackedMax(nq, categories.length, (q, c) => valueOf(cellAt(q, c)));

  // Scales first on a unit range: tick labels decide the left margin, which decides the plot.
  const y = valueScale(max, measure, [1, 0]);
  const tickLabels = valueTicks(y, measure, locale).map((t) => t.label);
  const left = Math.ceil(Math.max(24, ...tickLabels.map((t) => textWidth(t))) + DEFAULTS.tickGap + 4);
  const plotWidth = Math.max(40, width - left - DEFAULTS.right);
  const band = plotWidth / Math.max(1, nq);
  const longest = Math.max(0, ...labels.map((label) => textWidth(label)));
  const labelLines = band >= longest + 8 ? 1 : 2;
  const strip = (kind === 'line' || stacked) && (has.suppressed || has.notReported);
  const x = quarterScale(series.quarters, [left, left + plotWidth], kind === 'line' ? 0.2 : 0.25);
  const clustered = kind === 'grouped-bar' && clusters !== undefined;
  const groupLines = clustered ? groupLabelLines(x.bandwidth(), clusters) : 0;
  const groupHeight = groupLines ? groupLines * GROUP_LABEL_LINE + 6 : 0;
  const bottom = 10 + groupHeight + labelLines * DEFAULTS.labelLine + (strip ? STRIP_HEIGHT + 8 : 0);
  const plot = { x: left, y: DEFAULTS.top, width: plotWidth, height: Math.max(60, height - DEFAULTS.top - bottom) };

  y.range([plot.y + plot.height, plot.y]);
  const yTicks = valueTicks(y, measure, locale);
  const baseline = round(y(0));
  const quarters = quarterViews(series.quarters, x, locale, labels);
  if (labelLines === 1) for (const q of quarters) q.lines = [q.label];

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
            text: statusMarks[cell.status === 'suppressed' ? 'suppressed' : 'not-reported'],
            anchor: { x: 0, y: 0 },
          };
    }),
  );

  const frame = { plot, x, y, baseline, cells, categories, quarters };
  let marks: Mark[] = [];
  let lines: ChartLayout['lines'] = [];
  let groupAxis: ChartLayout['groupAxis'];
  if (clustered) {
    const drawn = clusteredBarMarks(frame, clusters);
    marks = drawn.marks;
    if (groupLines) groupAxis = { labels: drawn.labels, height: groupHeight };
  } else if (kind === 'grouped-bar') marks = groupedBarMarks(frame);
  else if (stacked) marks = stackedBarMarks(frame);
  else if (kind === 'line') ({ marks, lines } = lineMarks(frame));
  if (strip) marks.push(...statusStrip(frame, plot.y + plot.height + 10 + labelLines * DEFAULTS.labelLine + 4));

  return {
    kind,
    measure,
    width,
    height,
    plot,
    quarters,
    categories,
    bandwidth: round(x.bandwidth()),
    yTicks,
    baseline,
    lines,
    marks,
    cells,
    has,
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
    ...(groupAxis ? { groupAxis } : {}),
  };
}

import type { SafeSeries } from '@cate/core';

/** The ways a section can be drawn. */
export const CHART_KINDS = ['grouped-bar', 'stacked-bar', 'stacked-percent', 'line', 'table', 'stat'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export function isChartKind(value: unknown): value is ChartKind {
  return typeof value === 'string' && (CHART_KINDS as readonly string[]).includes(value);
}

/** The facts about a series (or a section) that decide how it can be drawn. */
export type SeriesShape = Pick<SafeSeries, 'unit' | 'multiSelect' | 'categories' | 'quarters'> & {
  shares?: SafeSeries['shares'];
};

/** Above this many categories a grouped bar chart is unreadable, and the table is the default. */
export const MAX_CHART_CATEGORIES = 12;

/**
 * Kinds that tell the truth about a series. Stacking needs categories that do not overlap (single-select) and
 * counts that add up (not percents of organizations); a 100% stack needs the published shares; a stat needs one
 * category. A table suits everything.
 */
export function suitableKinds(shape: SeriesShape): ChartKind[] {
  const kinds: ChartKind[] = ['grouped-bar', 'line', 'table'];
  const stackable = !shape.multiSelect && shape.categories.length > 1 && shape.unit !== 'percent-of-organizations';
  if (stackable) kinds.push('stacked-bar');
  if (stackable && shape.shares) kinds.push('stacked-percent');
  if (shape.categories.length === 1) kinds.push('stat');
  return kinds;
}

/**
 * The default kind for a series, following the report, which draws every section as quarterly series with markers:
 * one category is a line over quarters (a stat for a single quarter); several categories over quarters are lines
 * with markers (the layout turns them into small multiples when one category dwarfs the rest or the chart is narrow);
 * a single period of several categories is grouped bars; very many categories are a table.
 */
export function defaultKind(shape: SeriesShape): ChartKind {
  const n = shape.categories.length;
  if (n === 1) return shape.quarters.length > 1 ? 'line' : 'stat';
  if (shape.unit === 'percent-of-organizations') return 'line';
  if (n > MAX_CHART_CATEGORIES) return 'table';
  return shape.quarters.length > 1 ? 'line' : 'grouped-bar';
}

/** The requested kind when it suits the series, else the default. */
export function resolveKind(requested: string | undefined, shape: SeriesShape): { kind: ChartKind; fellBack: boolean } {
  if (isChartKind(requested) && suitableKinds(shape).includes(requested)) return { kind: requested, fellBack: false };
  return { kind: defaultKind(shape), fellBack: requested !== undefined && requested !== '' };
}

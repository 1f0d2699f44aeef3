import type { SafeCell, SafeSeries } from '@cate/core';
import type { ChartKind } from './kinds.js';
import type { Measure } from './types.js';

/**
 * Shares are drawn only where core published them (a 100% stack; a percent of organizations): the chart never
 * divides one number by another itself.
 */
export function measureFor(kind: ChartKind, series: Pick<SafeSeries, 'unit' | 'shares'>): Measure {
  if (kind === 'stacked-percent') return 'share';
  if (series.unit === 'percent-of-organizations' && series.shares) return 'share';
  return 'count';
}

/** The matrix of cells a measure reads: `cells` or `shares`. */
export function cellsFor(
  series: Pick<SafeSeries, 'cells' | 'shares'>,
  measure: Measure,
): readonly (readonly SafeCell[])[] {
  return measure === 'share' && series.shares ? series.shares : series.cells;
}

/** The published number of a cell, or undefined: the only place a cell's value is read. */
export function valueOf(cell: SafeCell | undefined): number | undefined {
  return cell?.status === 'value' && Number.isFinite(cell.value) ? cell.value : undefined;
}

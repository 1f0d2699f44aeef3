import type { ScaleBand, ScaleLinear } from 'd3-scale';
import type { CategoryView, CellView, ChartLayout, QuarterView } from './types.js';

/** What every mark layout receives: the scales and the cell grid, never the series itself. */
export interface Frame {
  plot: ChartLayout['plot'];
  x: ScaleBand<number>;
  y: ScaleLinear<number, number>;
  baseline: number;
  cells: CellView[][];
  categories: CategoryView[];
  quarters: QuarterView[];
}

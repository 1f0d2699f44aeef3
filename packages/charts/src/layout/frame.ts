import type { ScaleBand } from 'd3-scale';
import type { ValueScale } from './value-scale.js';
import type { CategoryView, CellView, ChartLayout, QuarterView } from './types.js';

/** What every mark layout receives: the scales and the cell grid, never the series itself. */
export interface Frame {
  plot: ChartLayout['plot'];
  x: ScaleBand<number>;
  y: ValueScale;
  baseline: number;
  cells: CellView[][];
  categories: CategoryView[];
  quarters: QuarterView[];
}

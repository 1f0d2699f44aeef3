import type { BandScale } from './band.js';
import type { ValueScale } from './value-scale.js';
import type { CategoryView, CellView, ChartLayout, QuarterView } from './types.js';

/** What every mark layout receives: the scales and the cell grid, never the series itself. */
export interface Frame {
  plot: ChartLayout['plot'];
  x: BandScale;
  y: ValueScale;
  baseline: number;
  cells: CellView[][];
  categories: CategoryView[];
  quarters: QuarterView[];
}

export { layoutChart, STATUS_MARKS } from './layout-chart.js';
export { CHART_KINDS, isChartKind, suitableKinds, defaultKind, resolveKind, MAX_CHART_CATEGORIES } from './kinds.js';
export type { ChartKind, SeriesShape } from './kinds.js';
export { MARKER_SHAPES, MARKER_GLYPHS, categoryStyle, markerPath } from './markers.js';
export type { MarkerShape } from './markers.js';
export { measureFor, cellsFor, valueOf } from './measure.js';
export { chartHeight } from './axes.js';
export type * from './types.js';

export { renderSvgChart, svgChartNodes } from './svg-chart.js';
export type { SvgChartOptions } from './svg-chart.js';
export { drawing, type SvgNode } from './drawing.js';
export { renderTable } from './table.js';
export { renderLegend } from './legend.js';
export { renderStat } from './stat.js';

export { renderSvgChart, renderDefs } from './svg-chart.js';
export type { SvgChartOptions } from './svg-chart.js';
export { renderMark, renderFocusRing } from './marks.js';
export { renderTable } from './table.js';
export { renderLegend } from './legend.js';
export { renderStat } from './stat.js';

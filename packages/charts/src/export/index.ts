// Exports of a chart: pure functions from what the element publishes (a SafeSeries, its table view, its rendered SVG).
export { seriesToCSV } from './series-to-csv.js';
export type { CsvOptions } from './series-to-csv.js';
export { standaloneSvg } from './standalone-svg.js';
export type { StandaloneSvg, StandaloneSvgParts, TextStyle } from './standalone-svg.js';
export { inlineStyles } from './inline-styles.js';
export { svgToPng } from './svg-to-png.js';
export { tableToClipboard, writeClipboard } from './table-to-clipboard.js';
export type { ClipboardTable } from './table-to-clipboard.js';

// @cate/charts: the element class, its pure layout, renderers and summary. No side effects: import
// '@cate/charts/cate-chart.js' to register the <cate-chart> tag.
export { CateChart } from './cate-chart.component.js';
export {
  layoutChart,
  STATUS_MARKS,
  CHART_KINDS,
  isChartKind,
  suitableKinds,
  defaultKind,
  resolveKind,
  MAX_CHART_CATEGORIES,
  MARKER_SHAPES,
  MARKER_GLYPHS,
  categoryStyle,
  markerPath,
  measureFor,
  chartHeight,
} from './layout/index.js';
export type {
  ChartKind,
  SeriesShape,
  MarkerShape,
  ChartLayout,
  CellView,
  CategoryView,
  QuarterView,
  Mark,
  Measure,
  LayoutOptions,
} from './layout/index.js';
export { tableView } from './layout/table-view.js';
export type { TableView, TableCell } from './layout/table-view.js';
export { renderSvgChart, renderTable, renderLegend, renderStat } from './renderers/index.js';
export { summarize, summarySentences } from './summary.js';
export type { SummaryOptions } from './summary.js';
export { en as englishMessages, catalogues, messagesFor } from './messages.js';
export type { Messages } from './messages.js';
export { ChartError, isSafeSeries } from './load.js';
export type { ChartErrorCode, ChartErrorDetail } from './load.js';
export { chartStyles, PALETTE } from './styles.js';
export {
  CateReport,
  renderReport,
  reportAreas,
  renderStaticChart,
  chartFootnotes,
  readReportText,
  readReportData,
  protectReport,
  reportDocument,
  sourceQuarters,
  sourceOrganizations,
  REPORT_FORMAT,
  reportStyles,
  englishReportMessages,
  reportCatalogues,
  reportMessagesFor,
} from './report/index.js';
export type {
  ReportFilterDetail,
  ReportViewOptions,
  StaticChartOptions,
  ReportSource,
  ReportFilters,
  ProtectedReport,
  ReportMessages,
} from './report/index.js';
export * from './guide/index.js';

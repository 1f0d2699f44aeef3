// @cate/charts/static: the report and its charts as HTML without a browser (bring @lit-labs/ssr to turn the
// templates into text). No element is defined and nothing touches the DOM.
export {
  staticReportPage,
  staticChartPage,
  staticChartHtml,
  reportCss,
  chartCss,
  scriptSafeJson,
} from './static-page.js';
export type { StaticReportOptions, StaticAssets, TemplateToHtml } from './static-page.js';
export { renderStaticChart, chartFootnotes } from './static-chart.js';
export type { StaticChartOptions } from './static-chart.js';
export { renderReport, reportAreas } from './report-view.js';
export {
  readReportText,
  readReportData,
  protectReport,
  reportDocument,
  sourceQuarters,
  sourceOrganizations,
  REPORT_FORMAT,
} from './report-data.js';
export type { ReportSource, ReportFilters, ProtectedReport } from './report-data.js';

// The report: the element, its pure markup, the static (no-browser) chart and the data step both share.
export { CateReport } from './cate-report.component.js';
export type { ReportFilterDetail } from './cate-report.component.js';
export { renderReport, reportAreas } from './report-view.js';
export type { ReportViewOptions } from './report-view.js';
export { renderStaticChart, chartFootnotes } from './static-chart.js';
export type { StaticChartOptions } from './static-chart.js';
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
export { reportStyles } from './styles.js';
export { reportEn as englishReportMessages, reportCatalogues, reportMessagesFor } from './messages.js';
export type { ReportMessages } from './messages.js';

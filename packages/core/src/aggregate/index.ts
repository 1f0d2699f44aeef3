// Public API of aggregate/: a hand-picked list of re-exports.
export type { AggregateOptions, AggregateReportOptions } from './aggregate-report.js';
export {
  aggregateReport,
  aggregateReportIncrementally,
  aggregateSection,
  aggregateSectionIncrementally,
  checkOrganizationFilter,
  quartersOf,
  expectedOrganizations,
} from './aggregate-report.js';
export { shareDenominators, tableShares } from './shares.js';
export type { Change } from './change.js';
export { quarterOverQuarter, yearOverYear, yearToDateSums } from './change.js';
export type { ReportingCoverage, OrganizationMeasure } from './coverage.js';
export { reportingCoverage, organizationMeasures } from './coverage.js';

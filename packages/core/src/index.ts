export type { Location, Problem, Severity } from './problems.js';
export { formatLocation } from './format-location.js';
export { ValidationError, formatProblem, hasErrors } from './problems.js';
export type { Quarter, QuarterRange, FiscalYearStart, FormatQuarterOptions } from './periods.js';
export {
  isQuarter,
  parseQuarter,
  quarterParts,
  quarterIndex,
  quarterFromIndex,
  compareQuarters,
  addQuarters,
  previousQuarter,
  sameQuarterLastYear,
  quartersBetween,
  parseQuarterRange,
  inRange,
  fiscalQuarter,
  yearToDate,
  formatQuarter,
} from './periods.js';
export {
  Taxonomy,
  Section,
  Category,
  Area,
  Organization,
  Passage,
  Note,
  Source,
  Unit,
  UnitLabel,
  Provenance,
  checkTaxonomy,
  parseTaxonomy,
} from './taxonomy/schema.js';
export type { TaxonomyCheck } from './taxonomy/schema.js';
export type { Submission, SubmissionRow } from './submissions/types.js';
export type { AggregateTable, SafeCell, SafeSeries, SeriesCategory, GroupTotal, Coverage } from './series.js';
export { seriesCategory } from './series.js';
export { SectionText, sectionText } from './section-text.js';
export * from './taxonomy/cate/index.js';
export * from './submissions/index.js';
export * from './aggregate/index.js';
export * from './privacy/index.js';
export * from './reports.js';
export * from './publication/index.js';
export { safeUrl, unsafeUrlReason, SAFE_URL_PROTOCOLS } from './safety/safe-url.js';

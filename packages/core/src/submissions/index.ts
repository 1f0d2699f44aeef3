// Public API of submissions/: a hand-picked list of re-exports.
export type { Submission, SubmissionRow, SubmissionsMode, SubmissionsResult, SubmissionProblemCode } from './types.js';
export {
  MAX_COUNT,
  QuarterSchema,
  CountSchema,
  SubmissionSchema,
  SubmissionRowSchema,
  SubmissionsDocumentSchema,
} from './schema.js';
export {
  parseSubmissions,
  parseSubmissionsIncrementally,
  validateSubmissions,
  validateSubmissionsIncrementally,
  sniffFormat,
} from './parse-submissions.js';
export { yieldToEventLoop, SLICE_MS } from './yield.js';
export type { IncrementalOptions } from './incremental.js';
export type { ParseSubmissionsOptions, ValidateSubmissionsOptions } from './parse-submissions.js';
export type { CsvLayout } from './csv.js';
export { submissionsToRows, rowsToSubmissions } from './rows.js';
export { nearestId } from './nearest.js';
export { clip, defaultYears, SHOWN_LENGTH } from './collector.js';
export type { YearRange } from './collector.js';
export { scanJsonText, describeJsonFinding, MAX_JSON_DEPTH } from './json-scan.js';
export type { JsonScanFinding, JsonScanOptions } from './json-scan.js';

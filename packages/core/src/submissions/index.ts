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
export { parseSubmissions, validateSubmissions, sniffFormat } from './parse-submissions.js';
export type { ParseSubmissionsOptions, ValidateSubmissionsOptions } from './parse-submissions.js';
export type { CsvLayout } from './csv.js';
export { submissionsToRows, rowsToSubmissions } from './rows.js';
export { nearestId } from './nearest.js';

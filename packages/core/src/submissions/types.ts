import type { Quarter } from '../periods.js';
import type { Problem } from '../problems.js';

/**
 * One organization's answers for one quarter: `counts[sectionId][categoryId]` is the number of that
 * organization's clients (or organizations, or service uses) in the category.
 * A section or category that is absent was not reported, which is different from a reported 0.
 */
export interface Submission {
  organization: string;
  quarter: Quarter;
  counts: Record<string, Record<string, number>>;
}

/** One count in the long layout: the unit of work that throughput is measured in. */
export interface SubmissionRow {
  organization: string;
  quarter: Quarter;
  section: string;
  category: string;
  count: number;
}

/** How strictly to read: `strict` (the default) throws one ValidationError listing every problem; `lenient` keeps the valid counts and reports the rest. */
export type SubmissionsMode = 'strict' | 'lenient';

/** What `parseSubmissions` and `validateSubmissions` return: the valid submissions, and every error and warning found. */
export interface SubmissionsResult {
  submissions: Submission[];
  problems: Problem[];
}

/**
 * The stable `code` of every problem that reading submissions can report.
 * Errors reject the value, row or file they name; warnings (marked W) never do.
 */
export type SubmissionProblemCode =
  | 'empty-file'
  | 'no-rows'
  | 'invalid-json'
  | 'invalid-structure'
  | 'missing-field'
  | 'missing-value'
  | 'missing-columns'
  | 'duplicate-column'
  | 'extra-cells'
  | 'invalid-quarter'
  /** A quarter outside the plausible years (default 2000 to next year; see `years`). */
  | 'quarter-out-of-range'
  /** CSV: a quoted field that never closes (it would swallow every following line). */
  | 'unclosed-quote'
  /** CSV: a quoted field that runs across lines. */
  | 'multiline-field'
  /** CSV: text right after a closing quote, before the next comma or line end. */
  | 'text-after-quote'
  /** CSV: the records read differ from the lines of the file. */
  | 'row-count-mismatch'
  /** JSON: the same key twice in one object (JSON.parse would keep the last silently). */
  | 'duplicate-key'
  /** JSON: arrays or objects nested deeper than any submission needs. */
  | 'too-deep'
  | 'unknown-section'
  | 'unknown-category'
  | 'non-numeric-count'
  | 'negative-count'
  | 'fractional-count'
  | 'count-too-large'
  /** A count other than 0 or 1 from one organization in a section that counts organizations. */
  | 'not-yes-or-no'
  | 'duplicate-row'
  | 'duplicate-submission'
  /** W: an organization the taxonomy does not list (its counts are kept). */
  | 'unknown-organization'
  /** W: a blank count in the long layout, or a JSON null: read as not reported. */
  | 'blank-count'
  /** W: a JSON section with no categories: read as not reported. */
  | 'empty-section'
  /** W: a CSV column that no layout uses. */
  | 'ignored-column'
  /** W: a JSON field that is not part of a submission or row. */
  | 'ignored-field'
  /** W: the document names a different taxonomy from the one it is read against. */
  | 'taxonomy-mismatch'
  /** W: a section that covers all clients does not add up to the organization's client count. */
  | 'inconsistent-total';

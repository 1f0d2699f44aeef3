import { ValidationError, hasErrors, type Problem } from '../problems.js';
import type { Taxonomy } from '../taxonomy/schema.js';
import { defaultYears, type YearRange } from './collector.js';
import { readSubmissionsCsvSteps } from './csv.js';
import { runIncrementally, runSteps, type IncrementalOptions, type Steps } from './incremental.js';
import { describeJsonFinding, scanJsonSteps } from './json-scan.js';
import { parseJsonTextSteps, readSubmissionsJsonSteps } from './json.js';
import type { SubmissionsMode, SubmissionsResult } from './types.js';

export interface ValidateSubmissionsOptions {
  /** The taxonomy whose section and category ids (and, when it lists them, organizations) the data must use. */
  taxonomy: Taxonomy;
  /** File name or URL, named in every problem's location. */
  file?: string;
  /** `strict` (default): throw one ValidationError listing every problem. `lenient`: keep the valid counts. */
  mode?: SubmissionsMode;
  /**
   * The years a quarter may be in, both included (default: 2000 to next year). A quarter outside them is an
   * error naming its row and column: `0000-Q1` or a stray `2099-Q1` is a typo, not a reason to stretch a report.
   */
  years?: YearRange;
}

export interface ParseSubmissionsOptions extends ValidateSubmissionsOptions {
  /** Default: from the file's extension (.json, .csv), else from the text (JSON starts with `[` or `{`). */
  format?: 'json' | 'csv';
}

const FIRST_VISIBLE = /\S/;
const EXTENSION = /\.(json|csv)(?:[?#].*)?$/i;

function settle(result: SubmissionsResult, options: ValidateSubmissionsOptions): SubmissionsResult {
  if ((options.mode ?? 'strict') === 'strict' && hasErrors(result.problems))
    throw new ValidationError(`Invalid submissions${options.file ? ` in ${options.file}` : ''}`, result.problems);
  return result;
}

function fileProblem(
  code: 'empty-file' | 'invalid-json',
  message: string,
  file: string | undefined,
): SubmissionsResult {
  const problem: Problem = { severity: 'error', code, message, where: file === undefined ? {} : { file } };
  return { submissions: [], problems: [problem] };
}

/** The format of a text: from the file's extension when it has one, else JSON when it starts with `[` or `{`. */
export function sniffFormat(text: string, file?: string): 'json' | 'csv' {
  const extension = file === undefined ? undefined : EXTENSION.exec(file)?.[1];
  if (extension !== undefined) return extension.toLowerCase() === 'json' ? 'json' : 'csv';
  const first = text[text.search(FIRST_VISIBLE)];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/**
 * Reads one file of submissions, JSON or CSV (see `CsvLayout` for the CSV layouts), checks every value against
 * the taxonomy and returns the submissions with every problem found. A byte-order mark and CRLF line ends are
 * read as if absent.
 *
 * Errors reject what they name (a count, a row, a submission, or the file); nothing is dropped without a
 * problem saying so. Warnings never reject anything: an organization the taxonomy does not list, a blank count
 * in the long layout, an ignored column or field, and a section that covers all clients but does not add up
 * to the organization's client count. In strict mode (the default) any error throws one ValidationError
 * listing every problem; in lenient mode the valid counts are kept and the problems returned.
 */
export function parseSubmissions(text: string, options: ParseSubmissionsOptions): SubmissionsResult {
  return settle(runSteps(parseSubmissionsSteps(text, options)), options);
}

/**
 * `parseSubmissions` for a page: the same reading and the same result, in slices that give the event loop a turn
 * about every 40 ms (`sliceMs`), so a large file does not hold the page; `signal` stops it (the promise rejects
 * with the signal's reason). In strict mode it rejects with the ValidationError `parseSubmissions` throws.
 */
export async function parseSubmissionsIncrementally(
  text: string,
  options: ParseSubmissionsOptions & IncrementalOptions,
): Promise<SubmissionsResult> {
  return settle(await runIncrementally(parseSubmissionsSteps(text, options), options), options);
}

/** The reading of `parseSubmissions` in steps (see incremental.ts); `chunkChars` sizes the pieces, for tests. */
export function* parseSubmissionsSteps(
  text: string,
  options: ParseSubmissionsOptions,
  chunkChars?: number,
): Steps<SubmissionsResult> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const format = options.format ?? sniffFormat(body, options.file);
  const years = options.years ?? defaultYears();
  if (format === 'csv') return yield* readSubmissionsCsvSteps(body, options.taxonomy, options.file, years, chunkChars);
  if (!FIRST_VISIBLE.test(body))
    return fileProblem('empty-file', 'the file is empty; expected a JSON array of submissions or rows', options.file);
  // The scan runs first: it says where a large array's items are, so they can be parsed one by one. Its findings
  // count only for text JSON.parse accepts.
  const scan = yield* scanJsonSteps(body);
  const parsed = yield* parseJsonTextSteps(body, scan, chunkChars);
  if ('error' in parsed) return fileProblem('invalid-json', parsed.error, options.file);
  const findings = scan.findings.filter((f) => f.kind !== 'proto-key');
  if (findings.length > 0)
    return {
      submissions: [],
      problems: findings.map((f) => ({
        severity: 'error' as const,
        code: f.kind,
        message: `${describeJsonFinding(f)}; the file was not read`,
        where: { ...(options.file === undefined ? {} : { file: options.file }), path: f.path },
      })),
    };
  return yield* readSubmissionsJsonSteps(parsed.value, options.taxonomy, options.file, years);
}

/**
 * Checks already-parsed JSON (an array of submissions or rows, or `{ taxonomy?, submissions }`) against the
 * taxonomy, with the same problems, strict and lenient modes as `parseSubmissions`.
 */
export function validateSubmissions(input: unknown, options: ValidateSubmissionsOptions): SubmissionsResult {
  return settle(runSteps(validateSubmissionsSteps(input, options)), options);
}

/** `validateSubmissions` in slices that give the event loop a turn, like `parseSubmissionsIncrementally`. */
export async function validateSubmissionsIncrementally(
  input: unknown,
  options: ValidateSubmissionsOptions & IncrementalOptions,
): Promise<SubmissionsResult> {
  return settle(await runIncrementally(validateSubmissionsSteps(input, options), options), options);
}

function validateSubmissionsSteps(input: unknown, options: ValidateSubmissionsOptions): Steps<SubmissionsResult> {
  return readSubmissionsJsonSteps(input, options.taxonomy, options.file, options.years ?? defaultYears());
}

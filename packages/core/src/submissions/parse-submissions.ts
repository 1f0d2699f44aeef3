import { ValidationError, hasErrors, type Problem } from '../problems.js';
import type { Taxonomy } from '../taxonomy/schema.js';
import { defaultYears, type YearRange } from './collector.js';
import { readSubmissionsCsv } from './csv.js';
import { describeJsonFinding, scanJsonText } from './json-scan.js';
import { parseJsonText, readSubmissionsJson } from './json.js';
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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const format = options.format ?? sniffFormat(body, options.file);
  let result: SubmissionsResult;
  const years = options.years ?? defaultYears();
  if (format === 'csv') result = readSubmissionsCsv(body, options.taxonomy, options.file, years);
  else if (!FIRST_VISIBLE.test(body))
    result = fileProblem('empty-file', 'the file is empty; expected a JSON array of submissions or rows', options.file);
  else {
    const parsed = parseJsonText(body);
    const findings = 'error' in parsed ? [] : scanJsonText(body).filter((f) => f.kind !== 'proto-key');
    result =
      'error' in parsed
        ? fileProblem('invalid-json', parsed.error, options.file)
        : findings.length > 0
          ? {
              submissions: [],
              problems: findings.map((f) => ({
                severity: 'error' as const,
                code: f.kind,
                message: `${describeJsonFinding(f)}; the file was not read`,
                where: { ...(options.file === undefined ? {} : { file: options.file }), path: f.path },
              })),
            }
          : readSubmissionsJson(parsed.value, options.taxonomy, options.file, years);
  }
  return settle(result, options);
}

/**
 * Checks already-parsed JSON (an array of submissions or rows, or `{ taxonomy?, submissions }`) against the
 * taxonomy, with the same problems, strict and lenient modes as `parseSubmissions`.
 */
export function validateSubmissions(input: unknown, options: ValidateSubmissionsOptions): SubmissionsResult {
  return settle(readSubmissionsJson(input, options.taxonomy, options.file, options.years ?? defaultYears()), options);
}

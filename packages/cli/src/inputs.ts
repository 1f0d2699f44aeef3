import {
  cateTaxonomy,
  checkTaxonomy,
  formatProblem,
  parseSubmissions,
  sniffFormat,
  type Problem,
  type Submission,
  type Taxonomy,
  type YearRange,
} from '@cate/core';
import { FileReadError, InputError, displayName, plural, readJsonFile, readText, type Io } from './io.js';
import { elapsed, type Progress } from './progress.js';

/** The taxonomy of `--taxonomy FILE.json` (checked with checkTaxonomy), or the CATE taxonomy. */
export async function loadTaxonomy(io: Io, file: string | undefined): Promise<Taxonomy> {
  if (file === undefined) return cateTaxonomy;
  const json = await readJsonFile(io, file, 'taxonomy');
  const { taxonomy, problems } = checkTaxonomy(json, displayName(file));
  if (!taxonomy)
    throw new InputError(
      `the taxonomy ${displayName(file)} is not valid (${plural(problems.length, 'problem')}):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  return taxonomy;
}

/** What one input file held: its valid submissions and every problem found in it. */
export interface FileResult {
  file: string;
  format: 'json' | 'csv';
  submissions: Submission[];
  problems: Problem[];
  /** Counts read: one per row of the long layout (organization, quarter, section, category). */
  rows: number;
}

export interface InputsResult {
  files: FileResult[];
  submissions: Submission[];
  problems: Problem[];
}

export function rowsOf(submissions: readonly Submission[]): number {
  let rows = 0;
  for (const s of submissions) for (const section in s.counts) rows += Object.keys(s.counts[section]!).length;
  return rows;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

/** One error per pair of files that hold the same organizations' quarters: the copies would be counted twice. */
function duplicateProblem(file: string, earlier: string, copies: readonly Submission[]): Problem {
  const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
  const named = copies.map((s) => `"${clip(s.organization)}" ${s.quarter}`);
  const what =
    copies.length === 1
      ? `organization ${named[0]} is also in ${earlier}`
      : `${copies.length} organizations' quarters are also in ${earlier} (${named.slice(0, 3).join(', ')}` +
        `${copies.length > 3 ? ` and ${copies.length - 3} more` : ''})`;
  const these = copies.length === 1 ? 'this copy was' : 'these copies were';
  return {
    severity: 'error',
    code: 'duplicate-submission',
    message: `${what}; expected each organization's quarter in one file only, so ${these} not read`,
    where: { file },
  };
}

/**
 * Reads submission files (JSON or CSV, any layout core reads; `-` is standard input) leniently, so every
 * problem is listed. A file that cannot be read is a problem of that file, and the other files are still read.
 * Across files, one organization's quarter may appear once: a second copy would be counted twice.
 */
export async function readSubmissionFiles(
  io: Io,
  files: readonly string[],
  taxonomy: Taxonomy,
  progress: Progress,
  years?: YearRange,
): Promise<InputsResult> {
  const results: FileResult[] = [];
  const firstFile = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const name = displayName(file);
    const start = performance.now();
    progress.note(`reading ${name} (${i + 1} of ${files.length})`);
    let text: string;
    try {
      text = await readText(io, file);
    } catch (error) {
      if (!(error instanceof FileReadError)) throw error;
      const problem: Problem = {
        severity: 'error',
        code: 'unreadable-file',
        message: `cannot read the file: ${error.reason}`,
        where: { file: name },
      };
      results.push({ file: name, format: 'csv', submissions: [], problems: [problem], rows: 0 });
      continue;
    }
    const format = sniffFormat(text, file === '-' ? undefined : file);
    const { submissions, problems } = parseSubmissions(text, {
      taxonomy,
      file: name,
      format,
      mode: 'lenient',
      ...(years === undefined ? {} : { years }),
    });
    const kept: Submission[] = [];
    const repeated = new Map<string, Submission[]>(); // earlier file -> submissions it already holds
    for (const submission of submissions) {
      const key = `${submission.organization}\u0000${submission.quarter}`;
      const earlier = firstFile.get(key);
      if (earlier === undefined) {
        firstFile.set(key, name);
        kept.push(submission);
      } else repeated.set(earlier, [...(repeated.get(earlier) ?? []), submission]);
    }
    for (const [earlier, copies] of repeated) problems.push(duplicateProblem(name, earlier, copies));
    const rows = rowsOf(kept);
    const { errors, warnings } = countBySeverity(problems);
    progress.note(
      `${name}: ${plural(kept.length, 'submission')}, ${plural(rows, 'row')}, ${plural(errors, 'error')}, ` +
        `${plural(warnings, 'warning')} (${elapsed(start)})`,
    );
    results.push({ file: name, format, submissions: kept, problems, rows });
  }
  return {
    files: results,
    submissions: results.flatMap((r) => r.submissions),
    problems: results.flatMap((r) => r.problems),
  };
}

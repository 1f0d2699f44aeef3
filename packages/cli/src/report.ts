import type { Problem } from '@cate/core';
import { CliError, FileReadError, UsageError } from './io.js';

/**
 * `--json`: every command can print one JSON document on standard output instead of text, for scripts. Its shape
 * is documented in packages/cli/README.md ("--json"): these types are that documentation's source.
 */

/** One problem, core's Problem with its location flattened: `{severity, code, message, file, row, column, path}`. */
export interface JsonProblem {
  severity: 'error' | 'warning';
  /** Stable machine-readable code: core's (`unknown-category`, ...), or `usage`, `input`, `unreadable-file`, `unexpected`. */
  code: string;
  message: string;
  file?: string;
  /** 1-based row of a CSV file (the header is row 1). */
  row?: number;
  /** Column name of a CSV file. */
  column?: string;
  /** Path into a JSON document, e.g. `submissions[3].counts.sex.female`. */
  path?: string;
}

/** What every document holds. `ok` is true exactly when `exitCode` is 0. */
export interface JsonBase {
  /** The command run, or null when there was none (an unknown command, `cate --help --json`). */
  command: string | null;
  ok: boolean;
  /** The process's exit status: 0 success, 1 errors in the data or a file, 2 a wrong command line. */
  exitCode: number;
  problems: JsonProblem[];
  /** With --help: the help text (and nothing run). */
  help?: string;
}

export interface ValidateResult {
  summary: { files: number; submissions: number; rows: number; errors: number; warnings: number };
  files: {
    file: string;
    format: 'json' | 'csv';
    submissions: number;
    rows: number;
    errors: number;
    warnings: number;
  }[];
}

/** The release a publication holds, and what protecting it cost (counts of cells, never a hidden value). */
export interface PublishResult {
  release: { id: string; from: string; to: string; created: string; previous: string[] };
  policy: { name: string; threshold: number };
  submissions: number;
  sections: number;
  cells: { total: number; hidden: number };
  /** Cells hidden for each reason of the private record (`primary-threshold`, `complementary`, ...). */
  hiddenByReason: Record<string, number>;
  /** The share (0 to 1) of the protected total that is hidden. */
  informationLoss: number;
  rounds: number;
  /** Published values an earlier release showed that changed (with --allow-revisions). */
  revised: number;
  /** The publication's file; null with --dry-run. */
  output: string | null;
  /** The private record's file (--record), else null. */
  record: string | null;
  dryRun: boolean;
}

export interface AggregateResult extends Omit<PublishResult, 'dryRun'> {
  format: 'json' | 'csv';
  deprecated: true;
}

export interface BuildResult {
  /** The site's folder, as given with -o. */
  output: string;
  /** Every file written, relative to the folder, '/'-separated. */
  files: string[];
  release: { id: string; from: string; to: string };
  /** The quarters shown (all of the release unless --quarters narrows them). */
  quarters: { from: string; to: string };
  sections: number;
  cells: { total: number; suppressed: number };
  /** True when the site is labelled as synthetic sample data. */
  sample: boolean;
  /** What publishing cost, when the input was submissions (null for a publication). */
  published: Omit<PublishResult, 'output' | 'record' | 'dryRun'> | null;
}

export type EmbedResult =
  | { section: string; src: string; script: string; quarters: string | null; snippet: string; lines: string[] }
  | { sections: { id: string; title: string }[] };

export interface ImportResult {
  organization: string;
  quarter: string;
  layout: 'submission' | 'long';
  /** Client rows read from the export (blank lines skipped). */
  rowsRead: number;
  /** Counts written: one per row of the long layout (organization, quarter, section, category). */
  rowsWritten: number;
  sections: number;
  output: string;
}

/** The document of each command; a command's own fields are there as far as it got (all of them when ok). */
export type JsonDocument =
  | (JsonBase & { command: 'validate' } & Partial<ValidateResult>)
  | (JsonBase & { command: 'publish' } & Partial<PublishResult>)
  | (JsonBase & { command: 'aggregate' } & Partial<AggregateResult>)
  | (JsonBase & { command: 'build' } & Partial<BuildResult>)
  | (JsonBase & { command: 'embed' } & Partial<EmbedResult>)
  | (JsonBase & { command: 'import' } & Partial<ImportResult>)
  | (JsonBase & { command: null; version?: string });

export function jsonProblem(problem: Problem): JsonProblem {
  return { severity: problem.severity, code: problem.code, message: problem.message, ...problem.where };
}

/** The problem an error that ends a command becomes. */
export function errorProblem(error: unknown): JsonProblem {
  if (error instanceof FileReadError)
    return { severity: 'error', code: 'unreadable-file', message: error.message, file: error.file };
  if (error instanceof CliError)
    return { severity: 'error', code: error instanceof UsageError ? 'usage' : 'input', message: error.message };
  return { severity: 'error', code: 'unexpected', message: (error as Error)?.message ?? String(error) };
}

/**
 * What a run found and made, gathered by the command as it goes; main() prints it as the document with --json.
 * Without --json it is gathered all the same and not printed.
 */
export class Report {
  readonly problems: JsonProblem[] = [];
  private readonly fields: Record<string, unknown> = {};

  constructor(
    readonly command: string | null,
    /** True with --json: standard output is the document's alone. */
    readonly json: boolean,
  ) {}

  add(problems: readonly Problem[]): void {
    for (const problem of problems) this.problems.push(jsonProblem(problem));
  }

  /** Sets the command's own fields of the document. */
  set(fields: object): void {
    Object.assign(this.fields, fields);
  }

  document(exitCode: number): JsonDocument {
    const base: JsonBase = { command: this.command, ok: exitCode === 0, exitCode, problems: this.problems };
    return { ...base, ...this.fields } as JsonDocument;
  }
}

/** With --json, standard output carries the document only: a command's own output then needs a file. */
export function requireFileWithJson(report: Report, file: string | undefined, option: string): void {
  if (report.json && (file === undefined || file === '-'))
    throw new UsageError(
      `with --json, standard output holds the JSON result only: pass ${option} FILE for the ${option === '--out' ? 'publication' : 'output'}`,
    );
}

/** True when `--json` is among the arguments (before a `--` that ends the options). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

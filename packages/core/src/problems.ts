/**
 * Problems found in input (a taxonomy, a submission file, a dataset), each saying where and what was expected.
 * Nothing is dropped silently: every rejected row or value becomes a Problem.
 */

import { formatLocation } from './format-location.js';

/** Where a problem was found. Rows are 1-based as a spreadsheet shows them (the header is row 1). */
export interface Location {
  /** File name or URL, when the input came from one. */
  file?: string;
  /** 1-based line of a CSV file, counting the header as row 1. */
  row?: number;
  /** Column name of a CSV file. */
  column?: string;
  /** Path into a JSON document, e.g. `submissions[3].sections.sex.female`. */
  path?: string;
}

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-category`. */
  code: string;
  /** Plain-English message: what was found and what was expected. */
  message: string;
  where: Location;
}

/** Formats one problem on one line: "error: file, row 4, column "count": message". */
export function formatProblem(problem: Problem): string {
  const where = formatLocation(problem.where);
  return `${problem.severity}: ${where ? `${where}: ` : ''}${problem.message}`;
}

/** Thrown by strict parsing and validation: one error listing every problem found. */
export class ValidationError extends Error {
  readonly problems: readonly Problem[];

  constructor(subject: string, problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `${subject}: ${errors.length} problem${errors.length === 1 ? '' : 's'} found\n` +
        errors.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

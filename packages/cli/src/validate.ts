import { formatProblem } from '@cate/core';
import { choiceOption, defineCommand, yearsOption } from './command.js';
import { countBySeverity, loadTaxonomy, readSubmissionFiles, rowsOf } from './inputs.js';
import { EXIT_INVALID, EXIT_OK, UsageError, plural } from './io.js';
import { createProgress } from './progress.js';

const HELP = `Usage: cate validate FILE... [options]

Checks submission files against the taxonomy and prints every problem with its file, row and column.
A FILE is JSON or CSV (long layout, wide by section, or wide by cell); "-" reads standard input.

Options:
  --taxonomy FILE.json   a coalition's own taxonomy (default: the CATE quarterly report)
  --format text|json     how to print the problems and the summary (default: text)
  --years FROM..TO       the plausible years of quarters (default: 2000 to next year); a quarter outside
                         them is an error naming its row and column
  --progress             a progress line per file on standard error (default: when it is a terminal)
  --json                 one JSON document on standard output: {command, ok, exitCode, problems, summary,
                         files} (the summary line goes to standard error)
  -h, --help             this help

Summary: files, submissions, rows (counts read: one per row of the long layout), errors and warnings.
Exit status: 0 when no file has an error (warnings alone are fine), 1 when any has, 2 for a wrong command line.

Examples:
  cate validate q3-alive.csv q3-kairos.json
  cate validate --format json submissions/*.csv > problems.json
  cate validate --json submissions/*.csv | jq .summary
`;

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'check submission files and print every problem with file, row and column',
  help: HELP,
  options: {
    taxonomy: { type: 'string' },
    format: { type: 'string' },
    years: { type: 'string' },
    progress: { type: 'boolean' },
  },
  async run({ options, positionals }, io, report) {
    const format = choiceOption(options.format, '--format', ['text', 'json'] as const) ?? 'text';
    if (report.json && format === 'text' && options.format !== undefined)
      throw new UsageError('--format text and --json both say how to print the result: give one of them');
    if (positionals.length === 0)
      throw new UsageError(
        '"cate validate" needs at least one FILE, e.g. cate validate q3.csv; run "cate validate --help"',
      );
    const years = yearsOption(options.years);
    const taxonomy = await loadTaxonomy(io, options.taxonomy);
    const inputs = await readSubmissionFiles(io, positionals, taxonomy, createProgress(io, options.progress), years);
    const { errors, warnings } = countBySeverity(inputs.problems);
    const summary = {
      files: inputs.files.length,
      submissions: inputs.submissions.length,
      rows: rowsOf(inputs.submissions),
      errors,
      warnings,
    };
    const files = inputs.files.map((f) => ({
      file: f.file,
      format: f.format,
      submissions: f.submissions.length,
      rows: f.rows,
      ...countBySeverity(f.problems),
    }));
    const line =
      `${plural(summary.files, 'file')}, ${plural(summary.submissions, 'submission')}, ${plural(summary.rows, 'row')}: ` +
      `${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`;
    report.add(inputs.problems);
    report.set({ summary, files });
    if (report.json) io.stderr.write(`cate: validate: ${line}`);
    else if (format === 'json')
      io.stdout.write(`${JSON.stringify({ summary, files, problems: inputs.problems }, null, 2)}\n`);
    else {
      for (const problem of inputs.problems) io.stdout.write(`${formatProblem(problem)}\n`);
      io.stdout.write(line);
    }
    return errors > 0 ? EXIT_INVALID : EXIT_OK;
  },
});

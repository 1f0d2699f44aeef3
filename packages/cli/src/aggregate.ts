import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { csvFormatRows } from 'd3-dsv';
import {
  aggregateReport,
  formatProblem,
  inRange,
  protectTables,
  quartersBetween,
  reportingCoverage,
  serializeSeries,
  type Coverage,
  type QuarterRange,
  type SafeCell,
  type SafeSeries,
  type Submission,
  type SuppressionRecord,
  type Taxonomy,
} from '@cate/core';
import { choiceOption, defineCommand, listOption, quarterRangeOption, required } from './command.js';
import { countBySeverity, loadTaxonomy, readSubmissionFiles } from './inputs.js';
import { EXIT_INVALID, EXIT_OK, InputError, UsageError, plural, writeText, type Io } from './io.js';
import { didYouMean } from './nearest.js';
import { choosePolicy, type ChosenPolicy } from './policy-option.js';
import { createProgress } from './progress.js';

const HELP = `Usage: cate aggregate FILE... --quarters A..B [options]

Adds up the members' submissions into the coalition's dataset for every section, with small counts
suppressed per the disclosure policy. A suppressed value is never printed: not in a cell, a total or a share.

Options:
  --quarters A..B          the quarter range, e.g. 2024-Q1..2025-Q4 (required)
  --organizations a,b      only these organizations (ids)
  --sections a,b           only these sections (default: every section)
  --policy NAME|FILE.json  hotline (k=3, the default), state-5, state-10, ctdc (k=11), or a policy file
                           (any DisclosurePolicy fields, e.g. {"threshold": 5}; the rest take the defaults)
  --format json|csv        default: from the -o file's extension, else json
  -o, --output FILE        write here (default: standard output)
  --out-dir DIR            instead of -o: one cate-series@1 file per section, DIR/SECTION.json, the files
                           <cate-chart src="..."> reads (see "cate embed")
  --record FILE            also write the private suppression record (the hidden counts and why they are
                           hidden) to FILE, for the coordinator only: never publish it
  --taxonomy FILE.json     a coalition's own taxonomy (default: the CATE quarterly report)
  --progress               progress lines on standard error (default: when it is a terminal)
  -h, --help               this help

JSON: {format "cate-aggregate@1", taxonomy, quarters, policy (its public part), coverage (organizations
that reported anything, per quarter), sections: {SECTION: cate-series@1 document}}.
CSV: one row per cell, columns section, quarter, category, value, status, reported, expected, note.
  status is value, suppressed (value left empty) or not-reported (value empty); reported/expected is the
  section's coverage that quarter ("7 of 8 members reported"); note explains suppressed, not-reported and
  total rows. A row with an empty category is the quarter's total (in a multi-select section, its client
  count); a row with an empty quarter is the category's total over the range. Totals are published only
  where the policy allows. Footnotes are in the note column, not in comment lines, so any CSV reader works.
Totals count clients reported, not unique people: a client may be counted by two members, or in two quarters.
Input with any error is not aggregated (exit 1); run "cate validate" to see every problem.

Examples:
  cate aggregate q*.csv --quarters 2024-Q1..2025-Q4 -o report.json
  cate aggregate all.csv --quarters 2025-Q3 --policy state-10 --format csv --record private/suppressed.json
`;

export const AGGREGATE_FORMAT = 'cate-aggregate@1';
export const RECORD_FORMAT = 'cate-suppression-record@1';

/** Per quarter, how many of the expected organizations reported anything at all. */
function overallCoverage(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  quarters: QuarterRange,
  organizations?: string[],
): Coverage[] {
  const coverage = reportingCoverage(taxonomy, submissions, { quarters, ...(organizations ? { organizations } : {}) });
  const sections = Object.values(coverage.reported);
  return coverage.quarters.map((quarter, q) => ({
    quarter,
    reported: coverage.organizations.filter((_, o) => sections.some((rows) => rows[o]?.[q])).length,
    expected: coverage.organizations.length,
  }));
}

interface CsvContext {
  series: SafeSeries;
  hidden: string;
}

function csvCell(cell: SafeCell | undefined, note: string, hidden: string): [string, string, string] {
  if (cell === undefined || cell.status === 'not-reported')
    return ['', 'not-reported', note || 'not reported by any member'];
  if (cell.status === 'suppressed') return ['', 'suppressed', note ? `${note}; ${hidden}` : hidden];
  return [String(cell.value), 'value', note];
}

function csvRows({ series, hidden }: CsvContext): string[][] {
  const rows: string[][] = [];
  const { section } = series;
  series.quarters.forEach((quarter, q) => {
    const coverage = series.coverage[q];
    const reported = coverage ? [String(coverage.reported), String(coverage.expected)] : ['', ''];
    series.categories.forEach((category, c) => {
      const [value, status, note] = csvCell(series.cells[q]?.[c], '', hidden);
      rows.push([section, quarter, category.id, value, status, ...reported, note]);
    });
    if (series.quarterTotals) {
      const what = series.multiSelect
        ? 'clients this quarter (a client may be in several categories)'
        : 'total this quarter';
      const [value, status, note] = csvCell(series.quarterTotals[q], what, hidden);
      rows.push([section, quarter, '', value, status, ...reported, note]);
    }
  });
  if (series.rangeTotals) {
    const range = `total ${series.quarters[0]}..${series.quarters.at(-1)}`;
    series.categories.forEach((category, c) => {
      const [value, status, note] = csvCell(series.rangeTotals![c], range, hidden);
      rows.push([section, '', category.id, value, status, '', '', note]);
    });
  }
  return rows;
}

export const CSV_COLUMNS = ['section', 'quarter', 'category', 'value', 'status', 'reported', 'expected', 'note'];

/** The footnote of a suppressed value, from the policy's public part. */
export function suppressionNote(threshold: number, protectZeros: boolean): string {
  const from = protectZeros ? 0 : 1;
  return `hidden to protect identities: counts from ${from} to ${threshold - 1}, and values that would reveal them`;
}

export function aggregateCsv(series: readonly SafeSeries[], chosen: ChosenPolicy): string {
  const hidden = suppressionNote(chosen.policy.threshold, chosen.policy.protectZeros);
  return `${csvFormatRows([CSV_COLUMNS, ...series.flatMap((s) => csvRows({ series: s, hidden }))])}\n`;
}

/** How many published cells are suppressed, over every series (for the summary line). */
export function suppressedCells(series: Iterable<SafeSeries>): number {
  let n = 0;
  for (const s of series) for (const row of s.cells) for (const cell of row) if (cell.status === 'suppressed') n++;
  return n;
}

export const aggregateCommand = defineCommand({
  name: 'aggregate',
  summary: 'add submissions up per section, small counts suppressed, as JSON or CSV',
  help: HELP,
  options: {
    quarters: { type: 'string' },
    organizations: { type: 'string' },
    sections: { type: 'string' },
    policy: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'out-dir': { type: 'string' },
    record: { type: 'string' },
    taxonomy: { type: 'string' },
    progress: { type: 'boolean' },
  },
  async run({ options, positionals }, io: Io) {
    if (positionals.length === 0)
      throw new UsageError('"cate aggregate" needs at least one FILE, e.g. cate aggregate q3.csv --quarters 2025-Q3');
    const quarters = quarterRangeOption(required(options.quarters, '--quarters', 'aggregate', '2024-Q1..2025-Q4'));
    const outDir = options['out-dir'];
    if (outDir !== undefined && options.output !== undefined)
      throw new UsageError('give -o FILE or --out-dir DIR, not both');
    const format =
      choiceOption(options.format, '--format', ['json', 'csv'] as const) ??
      (/\.csv$/i.test(options.output ?? '') ? 'csv' : 'json');
    if (outDir !== undefined && format === 'csv')
      throw new UsageError('--out-dir writes cate-series@1 JSON files; use -o FILE for CSV');
    if (options.record !== undefined && resolve(io.cwd, options.record) === resolve(io.cwd, options.output ?? '\u0000'))
      throw new UsageError(
        '--record and -o name the same file; the private record must never be part of the published output',
      );
    const chosen = await choosePolicy(io, options.policy);
    const taxonomy = await loadTaxonomy(io, options.taxonomy);
    const progress = createProgress(io, options.progress);

    const inputs = await readSubmissionFiles(io, positionals, taxonomy, progress);
    for (const problem of inputs.problems) io.stderr.write(`${formatProblem(problem)}\n`);
    const { errors } = countBySeverity(inputs.problems);
    if (errors > 0) {
      io.stderr.write(
        `cate: aggregate: the input has ${plural(errors, 'error')}; nothing was aggregated (fix them first; "cate validate" lists them)\n`,
      );
      return EXIT_INVALID;
    }

    const known = new Set([
      ...taxonomy.organizations.map((o) => o.id),
      ...inputs.submissions.map((s) => s.organization),
    ]);
    const organizations = listOption(options.organizations);
    for (const id of organizations ?? [])
      if (!known.has(id)) throw new UsageError(`--organizations: unknown organization "${id}"${didYouMean(id, known)}`);
    const sectionIds = taxonomy.sections.map((s) => s.id);
    const sections = listOption(options.sections);
    for (const id of sections ?? [])
      if (!sectionIds.includes(id))
        throw new UsageError(`--sections: unknown section "${id}"${didYouMean(id, sectionIds)}`);
    if (!inputs.submissions.some((s) => inRange(s.quarter, quarters)))
      io.stderr.write(
        `cate: warning: no submission falls in ${quarters.from}..${quarters.to}; every value is "not reported"\n`,
      );

    progress.note(`aggregating ${plural(inputs.submissions.length, 'submission')}`);
    const filters = { quarters, ...(organizations ? { organizations } : {}) };
    const tables = aggregateReport(taxonomy, inputs.submissions, { ...filters, ...(sections ? { sections } : {}) });
    progress.note(
      `suppressing small counts in ${plural(tables.size, 'section')} (policy ${chosen.name}, threshold ${chosen.policy.threshold})`,
    );
    const { series, records } = protectTables([...tables.values()], chosen.policy);

    if (outDir !== undefined) {
      await mkdir(resolve(io.cwd, outDir), { recursive: true }).catch((error: Error) => {
        throw new InputError(`cannot create ${outDir}: ${error.message}`);
      });
      for (const s of series)
        await writeText(io, join(outDir, `${s.section}.json`), `${JSON.stringify(serializeSeries(s))}\n`);
    } else if (format === 'csv') {
      await writeText(io, options.output, aggregateCsv(series, chosen));
    } else {
      const document = {
        format: AGGREGATE_FORMAT,
        taxonomy: taxonomy.id,
        quarters,
        ...(organizations ? { organizations } : {}),
        policy: {
          ...(chosen.preset ? { preset: chosen.preset } : {}),
          threshold: chosen.policy.threshold,
          protectZeros: chosen.policy.protectZeros,
        },
        coverage: overallCoverage(taxonomy, inputs.submissions, quarters, organizations),
        sections: Object.fromEntries(series.map((s) => [s.section, serializeSeries(s)])),
      };
      await writeText(io, options.output, `${JSON.stringify(document, null, 2)}\n`);
    }
    if (options.record !== undefined) await writeRecord(io, options.record, records);

    const hidden = suppressedCells(series);
    const cells = series.reduce((n, s) => n + s.quarters.length * s.categories.length, 0);
    const where = outDir ?? options.output;
    io.stderr.write(
      `cate: aggregate: ${plural(inputs.submissions.length, 'submission')} -> ${plural(series.length, 'section')} x ` +
        `${plural(quartersBetween(quarters.from, quarters.to).length, 'quarter')}; ` +
        `${plural(hidden, 'cell')} of ${cells.toLocaleString('en-US')} suppressed (policy ${chosen.name}, threshold ${chosen.policy.threshold})` +
        `${where === undefined ? '' : `; written to ${where}`}\n`,
    );
    return EXIT_OK;
  },
});

async function writeRecord(io: Io, file: string, records: readonly SuppressionRecord[]): Promise<void> {
  const document = {
    format: RECORD_FORMAT,
    notice:
      'PRIVATE: the counts hidden to protect survivors, and why. For the coordinator only; never publish this file.',
    records,
  };
  await writeText(io, file, `${JSON.stringify(document, null, 2)}\n`);
  io.stderr.write(
    `cate: warning: wrote the private suppression record to ${file}; it holds the hidden counts: keep it private, never publish it\n`,
  );
}

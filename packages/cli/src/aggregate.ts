import { csvFormatRows } from 'd3-dsv';
import { formatProblem, readPublication, type PublicationDocument, type SafeCell, type SafeSeries } from '@cate/core';
import { choiceOption, defineCommand } from './command.js';
import { EXIT_INVALID, EXIT_OK, InputError, UsageError, plural, writeText, type Io } from './io.js';
import type { ChosenPolicy } from './policy-option.js';
import {
  PUBLISH_OPTIONS,
  PUBLISH_OPTIONS_HELP,
  checkRecordPath,
  costReport,
  publishFiles,
  publishSummary,
  writeRecord,
} from './publish.js';
import { requireFileWithJson, type AggregateResult } from './report.js';

const HELP = `Usage: cate aggregate FILE... [-o FILE] [options]

DEPRECATED: "cate aggregate" is now an alias of "cate publish". It no longer writes per-section reports
protected one table at a time: two such reports (another range, another set of members, the next quarter)
could be subtracted from each other to reveal a hidden count. It writes the one protected publication.

  cate publish FILE... --out publication.json     the publication (use this)
  cate aggregate FILE... -o publication.json      the same document, with a deprecation warning
  cate aggregate FILE... -o report.csv            the same publication as CSV, for a spreadsheet

Options:
  -o, --output FILE        write here (default: standard output)
  --format json|csv        default: from the -o file's extension, else json
${PUBLISH_OPTIONS_HELP}
  --record FILE            also write the private record (hidden counts and why) to FILE: never publish it
  --json                   one JSON document on standard output, as "cate publish --json" prints, with
                           format and deprecated: true (needs -o FILE: standard output holds the JSON only)
  -h, --help               this help

No longer available (they would make numbers that subtract against the publication):
  --organizations, --sections, --out-dir. A publication covers every section and every member; a chart shows
  one section of it (<cate-chart section="sex" src="publication.json">, see "cate embed").

CSV: one row per cell, columns section, quarter, category, value, status, reported, expected, note.
  status is value, suppressed (value left empty) or not-reported (value empty). A row with an empty category
  is the quarter's total (in a multi-select section, its client count); a row with an empty quarter is the
  category's total over the release. Every number in it is a number of the publication.
`;

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
  summary: 'deprecated: an alias of "cate publish" (also writes the publication as CSV)',
  help: HELP,
  options: {
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    ...PUBLISH_OPTIONS,
    record: { type: 'string' },
    organizations: { type: 'string' },
    sections: { type: 'string' },
    'out-dir': { type: 'string' },
  },
  async run({ options, positionals }, io: Io, report) {
    for (const gone of ['organizations', 'sections', 'out-dir'] as const)
      if (options[gone] !== undefined)
        throw new UsageError(
          `--${gone} is no longer available: a report of some ${gone === 'organizations' ? 'members' : 'sections or files'} ` +
            'could be subtracted from the publication to reveal hidden counts; "cate publish" writes one publication ' +
            'of every section, and a chart shows one section of it (cate embed SECTION)',
        );
    const format =
      choiceOption(options.format, '--format', ['json', 'csv'] as const) ??
      (/\.csv$/i.test(options.output ?? '') ? 'csv' : 'json');
    requireFileWithJson(report, options.output, '-o');
    checkRecordPath(io, options.record, [options.output, ...positionals, ...(options.previous ?? [])]);
    io.stderr.write(
      'cate: warning: "cate aggregate" is deprecated and now publishes: use "cate publish FILE... --out publication.json"\n',
    );
    const published = await publishFiles(io, 'aggregate', positionals, options, report);
    if (!published) return EXIT_INVALID;
    const { publication, record, chosen, submissions } = published;
    if (format === 'csv') {
      const series = [...publicationSeries(publication).values()];
      await writeText(io, options.output, aggregateCsv(series, chosen));
    } else await writeText(io, options.output, `${JSON.stringify(publication)}\n`);
    if (options.record !== undefined) await writeRecord(io, options.record, record);
    report.set({
      ...publishSummary(published),
      output: options.output ?? null,
      record: options.record ?? null,
      format,
      deprecated: true,
    } satisfies AggregateResult);
    const where = options.output;
    io.stderr.write(
      `cate: aggregate: ${plural(submissions.length, 'submission')} -> ${plural(Object.keys(publication.sections).length, 'section')} x ` +
        `${publication.release.from}..${publication.release.to}, release ${publication.release.id} (cate-publication@1${format === 'csv' ? ' as CSV' : ''})` +
        `${where === undefined || where === '-' ? '' : `; written to ${where}`}\n` +
        costReport(published),
    );
    return EXIT_OK;
  },
});

/** Each section of a publication as a SafeSeries (the document was made by publish: nothing to re-check). */
export function publicationSeries(publication: PublicationDocument): Map<string, SafeSeries> {
  const { sections, problems } = readPublication(publication);
  if (problems.some((p) => p.severity === 'error'))
    throw new InputError(`the publication does not read back: ${problems.map(formatProblem).join('; ')}`);
  return sections;
}

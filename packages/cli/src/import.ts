import { csvParseRows } from 'd3-dsv';
import {
  formatProblem,
  parseQuarter,
  submissionsToRows,
  validateSubmissions,
  type Problem,
  type Quarter,
  type Submission,
  type Taxonomy,
} from '@cate/core';
import { choiceOption, defineCommand, required, yearsOption } from './command.js';
import { checkImportConfig, normalizeAnswer, type ImportConfig, type ResolvedSection } from './import-config.js';
import { countBySeverity, loadTaxonomy } from './inputs.js';
import {
  EXIT_INVALID,
  EXIT_OK,
  InputError,
  UsageError,
  displayName,
  plural,
  readJsonFile,
  readText,
  writeText,
  type Io,
} from './io.js';
import { didYouMean } from './nearest.js';
import { createProgress, type Progress } from './progress.js';
import { requireFileWithJson, type ImportResult as ImportJson } from './report.js';

/** A progress line every this many client rows (when progress is shown). */
export const PROGRESS_EVERY = 10_000;

const HELP = `Usage: cate import FILE --config MAP.json --organization ID --quarter 2025-Q3 [options]

Turns one organization's client-level export (CSV, one row per client) into its quarterly submission.
Each mapped section's column holds the client's answer; a multi-select section's answers are separated
by "|". The config maps columns to sections and answers to category ids (see examples/import-config.json).
Every answer the config does not map is an error with its row and column: nothing is dropped silently.

Options:
  --config MAP.json          the mapping (format "cate-import@1")
  --organization ID          the organization the export belongs to
  --quarter 2025-Q3          the quarter it covers
  -o, --output FILE          write the submission here (default: standard output)
  --layout submission|long   JSON of one submission {organization, quarter, counts} (default), or of
                             long rows {organization, quarter, section, category, count}
  --taxonomy FILE.json       a coalition's own taxonomy (default: the CATE quarterly report)
  --years FROM..TO           the plausible years of --quarter (default: 2000 to next year)
  --progress                 a progress line every ${PROGRESS_EVERY.toLocaleString('en-US')} rows on standard error
  --json                     one JSON document on standard output: {command, ok, exitCode, problems, rowsRead,
                             rowsWritten, organization, quarter, sections, layout, output} (needs -o FILE)
  -h, --help                 this help

Counting: a client counts once in each category it names (a multi-select section may exceed the client
count); in a section that counts service uses, every listed use counts. Every category of a mapped section
is written, 0 where no client named it: the organization reported the section.
Exit status: 0 when written, 1 when the export or config has an error (nothing is written), 2 for a wrong command line.

Example:
  cate import clients-q3.csv --config import-config.json --organization alive --quarter 2025-Q3 -o alive-2025-Q3.json
`;

export interface ImportOptions {
  taxonomy: Taxonomy;
  config: ImportConfig;
  sections: ResolvedSection[];
  organization: string;
  quarter: Quarter;
  /** The export's name, in every problem's location. */
  file: string;
  progress?: Progress;
}

export interface ImportResult {
  /** The submission, or undefined when the export has an error. */
  submission?: Submission;
  /** Client rows read (blank lines are skipped). */
  clients: number;
  problems: Problem[];
}

/** Finds a column by its header: trimmed and exact first, then ignoring case. */
function findColumn(header: readonly string[], name: string): number {
  const wanted = name.trim();
  const exact = header.indexOf(wanted);
  if (exact >= 0) return exact;
  return header.findIndex((h) => h.toLowerCase() === wanted.toLowerCase());
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Reads a client-level export with a checked config: the organization's submission and every problem. */
export function importClients(text: string, options: ImportOptions): ImportResult {
  const { config, sections, file, taxonomy } = options;
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], code: string, message: string, row: number, column?: string) =>
    problems.push({ severity, code, message, where: { file, row, ...(column === undefined ? {} : { column }) } });

  const records = csvParseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) {
    problems.push({
      severity: 'error',
      code: 'empty-file',
      message: 'the file is empty; expected a header row and one row per client',
      where: { file },
    });
    return { clients: 0, problems };
  }
  const header = records[headerIndex]!.map((h) => h.trim());
  const headerRow = headerIndex + 1;

  const used = new Set<number>();
  const columnOf = (name: string, what: string): number | undefined => {
    const i = findColumn(header, name);
    if (i >= 0) {
      used.add(i);
      return i;
    }
    report(
      'error',
      'missing-column',
      `no column "${name}" (${what})${didYouMean(name, header)}; the header has ${header.length} columns`,
      headerRow,
      name,
    );
    return undefined;
  };
  const reading = sections.map((s) => ({ ...s, index: columnOf(s.column, `mapped to section "${s.section.id}"`) }));
  const clientColumn = config.clientId === undefined ? undefined : columnOf(config.clientId, 'the client id');
  const ignored = new Set((config.ignoreColumns ?? []).map((c) => c.trim().toLowerCase()));
  const unread = header.filter((h, i) => !used.has(i) && h !== '' && !ignored.has(h.toLowerCase()));
  if (unread.length > 0)
    report(
      'warning',
      'ignored-column',
      `${plural(unread.length, 'column')} not mapped to any section ${unread.length === 1 ? 'was' : 'were'} not read: ` +
        `${unread.map((h) => `"${h}"`).join(', ')}; list them in "ignoreColumns" to say so`,
      headerRow,
    );
  if (problems.some((p) => p.severity === 'error')) return { clients: 0, problems };

  const delimiter = config.delimiter ?? '|';
  const counts = reading.map((s) => new Array<number>(s.section.categories.length).fill(0));
  const clientRow = new Map<string, number>();
  let clients = 0;

  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = records[r]!;
    const row = r + 1;
    if (isBlank(cells)) continue;
    clients++;
    if (options.progress && clients % PROGRESS_EVERY === 0)
      options.progress.note(`import: ${plural(clients, 'client row')} read`);
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      report(
        'error',
        'extra-cells',
        `the row has ${cells.length} cells but the header has ${header.length} columns; expected one cell per column`,
        row,
      );
    if (clientColumn !== undefined) {
      const id = (cells[clientColumn] ?? '').trim();
      const column = header[clientColumn]!;
      if (id === '')
        report('error', 'missing-client-id', 'the client id is blank; expected an id in every row', row, column);
      else if (clientRow.has(id))
        report(
          'error',
          'duplicate-client',
          `client "${id}" is also in row ${clientRow.get(id)}; expected one row per client (it would be counted twice)`,
          row,
          column,
        );
      else clientRow.set(id, row);
    }
    reading.forEach((s, k) => {
      const column = header[s.index!]!;
      const cell = (cells[s.index!] ?? '').trim();
      const chosen: number[] = [];
      if (cell === '') {
        if (s.blank === undefined)
          report(
            'error',
            'blank-answer',
            `blank answer for section "${s.section.id}"; expected an answer, or a "blank" rule for this section in the config`,
            row,
            column,
          );
        else if (s.blank !== null) chosen.push(s.blank);
      } else {
        const whole = s.answers.get(normalizeAnswer(cell));
        const pieces =
          whole !== undefined || !s.section.multiSelect
            ? [cell]
            : cell
                .split(delimiter)
                .map((p) => p.trim())
                .filter((p) => p !== '');
        for (const piece of pieces) {
          const target = s.answers.get(normalizeAnswer(piece));
          if (target === undefined) {
            const several = !s.section.multiSelect && cell.includes(delimiter);
            report(
              'error',
              several ? 'several-answers' : 'unmapped-answer',
              several
                ? `"${cell}" gives several answers, but section "${s.section.id}" takes one per client`
                : `answer "${piece}" is not mapped to a category of section "${s.section.id}"${didYouMean(piece, s.suggestions)}; ` +
                    'add it to the section\'s "values" in the config',
              row,
              column,
            );
          } else if (target !== null) chosen.push(target);
        }
      }
      // A client counts once per category; a section of service uses counts every use listed.
      const counted = s.section.unit === 'service-uses' ? chosen : [...new Set(chosen)];
      for (const c of counted) counts[k]![c]!++;
    });
  }
  if (clients === 0)
    report('error', 'no-rows', 'the file has a header but no client rows; expected one row per client', headerRow);
  if (problems.some((p) => p.severity === 'error')) return { clients, problems };

  // Sections and categories in taxonomy order, every category of a mapped section present (0 is a reported zero).
  const order = new Map(taxonomy.sections.map((s, i) => [s.id, i]));
  const submissionCounts: Submission['counts'] = Object.create(null) as Submission['counts'];
  reading
    .map((s, k) => ({ s, k }))
    .sort((a, b) => order.get(a.s.section.id)! - order.get(b.s.section.id)!)
    .forEach(({ s, k }) => {
      submissionCounts[s.section.id] = Object.fromEntries(s.section.categories.map((c, i) => [c.id, counts[k]![i]!]));
    });
  const submission: Submission = {
    organization: options.organization,
    quarter: options.quarter,
    counts: submissionCounts,
  };
  // Core's checks of a submission (an unknown organization, sections that should add up to the client count).
  // Their locations point into the generated submission, so they are reported against the export as a whole.
  const checked = validateSubmissions([submission], { taxonomy, mode: 'lenient' });
  problems.push(...checked.problems.map((p) => ({ ...p, where: { file } })));
  return problems.some((p) => p.severity === 'error') ? { clients, problems } : { submission, clients, problems };
}

export const importCommand = defineCommand({
  name: 'import',
  summary: "turn one organization's client-level export into its quarterly submission",
  help: HELP,
  options: {
    config: { type: 'string' },
    organization: { type: 'string' },
    quarter: { type: 'string' },
    output: { type: 'string', short: 'o' },
    layout: { type: 'string' },
    taxonomy: { type: 'string' },
    years: { type: 'string' },
    progress: { type: 'boolean' },
  },
  async run({ options, positionals }, io: Io, report) {
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new UsageError('"cate import" needs the export FILE, e.g. cate import clients.csv --config map.json ...');
    if (extra.length > 0)
      throw new UsageError(`"cate import" reads one FILE; found also ${extra.map((e) => `"${e}"`).join(', ')}`);
    const configFile = required(options.config, '--config', 'import', 'import-config.json');
    const organization = required(options.organization, '--organization', 'import', 'alive').trim();
    const quarterText = required(options.quarter, '--quarter', 'import', '2025-Q3');
    const quarter = parseQuarter(quarterText);
    const shown = quarterText.length > 80 ? `${quarterText.slice(0, 79)}…` : quarterText;
    if (quarter === undefined)
      throw new UsageError(`--quarter "${shown}" is not a quarter; expected one written like 2025-Q3`);
    const years = yearsOption(options.years);
    const year = Number(quarter.slice(0, 4));
    if (year < years.from || year > years.to)
      throw new UsageError(
        `--quarter "${shown}" is outside the plausible years ${years.from} to ${years.to}; expected a quarter from ` +
          `${years.from}-Q1 to ${years.to}-Q4 (or pass --years FROM..TO)`,
      );
    const layout = choiceOption(options.layout, '--layout', ['submission', 'long'] as const) ?? 'submission';
    requireFileWithJson(report, options.output, '-o');

    const taxonomy = await loadTaxonomy(io, options.taxonomy);
    const checked = checkImportConfig(await readJsonFile(io, configFile, 'the config'), taxonomy, configFile);
    if (!checked.config)
      throw new InputError(
        `the config ${configFile} is not valid (${plural(checked.problems.length, 'problem')}):\n` +
          checked.problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
      );
    const progress = createProgress(io, options.progress);
    const name = displayName(file);
    progress.note(`import: reading ${name}`);
    const result = importClients(await readText(io, file), {
      taxonomy,
      config: checked.config,
      sections: checked.sections,
      organization,
      quarter,
      file: name,
      progress,
    });
    for (const problem of result.problems) io.stderr.write(`${formatProblem(problem)}\n`);
    report.add(result.problems);
    report.set({ rowsRead: result.clients });
    const { errors, warnings } = countBySeverity(result.problems);
    const tally = `${plural(result.clients, 'client')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    if (!result.submission) {
      io.stderr.write(`cate: import: ${name}: ${tally}; nothing written\n`);
      return EXIT_INVALID;
    }
    const submissions = layout === 'long' ? submissionsToRows([result.submission]) : [result.submission];
    await writeText(io, options.output, `${JSON.stringify({ taxonomy: taxonomy.id, submissions }, null, 2)}\n`);
    const sections = Object.keys(result.submission.counts).length;
    report.set({
      organization,
      quarter,
      layout,
      rowsRead: result.clients,
      rowsWritten: submissionsToRows([result.submission]).length,
      sections,
      output: options.output ?? '-',
    } satisfies ImportJson);
    io.stderr.write(
      `cate: import: ${name}: ${tally}; ${organization} ${quarter}, ${plural(sections, 'section')}` +
        `${options.output === undefined ? '' : ` written to ${options.output}`}\n`,
    );
    return EXIT_OK;
  },
});

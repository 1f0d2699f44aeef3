import { resolve } from 'node:path';
import {
  clip,
  PublishError,
  formatProblem,
  inRange,
  publish,
  quartersOf,
  readPublication,
  type PublicationDocument,
  type PublicationRecord,
  type QuarterRange,
  type Submission,
  type Taxonomy,
} from '@cate/core';
import { SAMPLE_NOTICE, sampleSubmissions } from '@cate/core/sample';
import { defineCommand, quarterRangeOption, yearsOption } from './command.js';
import { countBySeverity, loadTaxonomy, readSubmissionFiles } from './inputs.js';
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
import { choosePolicy, type ChosenPolicy } from './policy-option.js';
import { createProgress, elapsed, type Progress } from './progress.js';
import { requireFileWithJson, type PublishResult, type Report } from './report.js';

export const RECORD_FORMAT = 'cate-publication-record@1';

/** The options every command that publishes shares (publish, the deprecated aggregate, build from submissions). */
export const PUBLISH_OPTIONS = {
  policy: { type: 'string' },
  quarters: { type: 'string' },
  previous: { type: 'string', multiple: true },
  'allow-revisions': { type: 'boolean' },
  'release-id': { type: 'string' },
  created: { type: 'string' },
  notice: { type: 'string' },
  taxonomy: { type: 'string' },
  years: { type: 'string' },
  progress: { type: 'boolean' },
} as const;

/** Help lines for PUBLISH_OPTIONS, shared by the commands' help texts. */
export const PUBLISH_OPTIONS_HELP = `  --policy NAME|FILE.json  hotline (k=3, the default), state-5, state-10, ctdc (k=11), or a policy file
                           (any DisclosurePolicy fields, e.g. {"threshold": 5}; unknown fields are errors)
  --quarters A..B          the release's quarters, e.g. 2024-Q1..2025-Q4 (default: first to last submitted)
  --previous FILE.json     an earlier release (repeat for each, any order): what it published stays published,
                           what it hid stays hidden, and the attack covers it too
  --allow-revisions        publish a past value that changed since an earlier release (a member revised its
                           data); without it, a changed value refuses the release and names the cell
  --release-id ID          the release's id (default: TAXONOMY-LASTQUARTER, e.g. cate-quarterly-2025-Q4)
  --created YYYY-MM-DD     the release's date (default: today)
  --notice TEXT            a notice shown with every chart (default: the synthetic-data notice for the
                           bundled sample, or a JSON input's "notice")
  --taxonomy FILE.json     a coalition's own taxonomy (default: the CATE quarterly report)
  --years FROM..TO         the plausible years of submitted quarters (default: 2000 to next year); a quarter
                           outside them is an error naming its row and column
  --progress               progress lines on standard error (default: when it is a terminal)`;

const HELP = `Usage: cate publish FILE... --out publication.json [options]

Makes the coalition's one public artifact, a cate-publication@1 document: every section of the taxonomy over
every quarter of the release, protected together by one suppression run. It holds no per-organization
number; a suppressed value is never written. The elements draw from it:
  <cate-chart section="sex" src="/cate/data/publication.json"></cate-chart>   (see "cate embed")

The submissions are validated first, as "cate validate" does; input with any error is not published (exit 1).
The run prints what was hidden for each reason and the information loss (the share of the protected total
hidden), so you can compare policies (--dry-run writes nothing). A release the attack cannot protect, or one
that changes a value an earlier release published, is refused (exit 1) with the cells named.

Options:
  -o, --out FILE           where to write the publication ("-": standard output) (required unless --dry-run)
${PUBLISH_OPTIONS_HELP}
  --record FILE            also write the private record (the hidden counts and why) to FILE, for the
                           coordinator only: never publish it. It is never written otherwise.
  --dry-run                publish in memory and print the cost only
  --json                   one JSON document on standard output: {command, ok, exitCode, problems, release,
                           policy, cells, hiddenByReason, informationLoss, output, ...} (needs --out FILE
                           or --dry-run: standard output holds the JSON only)
  -h, --help               this help

Releases over time: pass every earlier publication with --previous. A cell an earlier release published keeps
its value; one it hid stays hidden; a changed value needs --allow-revisions and is listed in release.revised.
Totals count clients reported, not unique people: a client may be counted by two members, or in two quarters.

Examples:
  cate publish q*.csv --out publication.json
  cate publish q*.csv --out 2026-Q1.json --quarters 2024-Q1..2026-Q1 --previous 2025-Q4.json
  cate publish q*.csv --dry-run --policy state-10
  cate publish q*.csv --out publication.json --record private/record.json
  cate publish q*.csv --dry-run --json | jq .informationLoss
`;

/** True when every submission is one of the bundled synthetic sample's, unchanged: that data must say it is synthetic. */
export function isSampleData(submissions: readonly Submission[]): boolean {
  if (submissions.length === 0) return false;
  const sample = new Map(
    sampleSubmissions().map((s) => [`${s.organization}\u0000${s.quarter}`, JSON.stringify(s.counts)]),
  );
  return submissions.every((s) => sample.get(`${s.organization}\u0000${s.quarter}`) === JSON.stringify(s.counts));
}

/** A `notice` in a JSON input file (the sample's JSON carries one). */
export async function noticeIn(io: Io, files: readonly string[]): Promise<string | undefined> {
  for (const file of files) {
    if (!/\.json$/i.test(file)) continue;
    try {
      const notice = (JSON.parse(await readText(io, file)) as { notice?: unknown }).notice;
      if (typeof notice === 'string' && notice.trim()) return notice;
    } catch {
      // Unreadable or invalid files were already reported by the reader.
    }
  }
  return undefined;
}

/** Reads a `cate-publication@1` file with core's strict re-check; any problem is an InputError naming the file. */
export async function readPublicationFile(io: Io, file: string, what: string): Promise<PublicationDocument> {
  const json = await readJsonFile(io, file, what);
  const { publication, problems } = readPublication(json);
  if (!publication)
    throw new InputError(
      `${what} ${displayName(file)} is not a valid cate-publication@1 document (${plural(problems.length, 'problem')}):\n` +
        problems
          .slice(0, 20)
          .map((p) => `  ${formatProblem({ ...p, where: { ...p.where, file: displayName(file) } })}`)
          .join('\n'),
    );
  return publication;
}

/** True when a JSON file's text is a cate-publication@1 document (any other file is read as submissions). */
export async function isPublicationFile(io: Io, file: string): Promise<boolean> {
  if (!/\.json$/i.test(file)) return false;
  try {
    return (JSON.parse(await readText(io, file)) as { format?: unknown }).format === 'cate-publication@1';
  } catch {
    return false;
  }
}

type PublishValues = {
  policy?: string | undefined;
  quarters?: string | undefined;
  previous?: string[] | undefined;
  'allow-revisions'?: boolean | undefined;
  'release-id'?: string | undefined;
  created?: string | undefined;
  notice?: string | undefined;
  taxonomy?: string | undefined;
  years?: string | undefined;
  progress?: boolean | undefined;
};

export interface Published {
  publication: PublicationDocument;
  record: PublicationRecord;
  chosen: ChosenPolicy;
  taxonomy: Taxonomy;
  submissions: Submission[];
  quarters: QuarterRange;
}

function dateOption(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== text)
    throw new UsageError(`--created "${clip(text)}" is not a date; expected YYYY-MM-DD, e.g. 2026-01-15`);
  return text;
}

/**
 * Reads and validates the submission files and the earlier releases, then publishes. Returns undefined (after
 * printing every problem) when the input has errors or core refuses the release; the caller exits 1.
 */
export async function publishFiles(
  io: Io,
  command: string,
  files: readonly string[],
  options: PublishValues,
  report: Report,
  progress: Progress = createProgress(io, options.progress),
): Promise<Published | undefined> {
  if (files.length === 0)
    throw new UsageError(`"cate ${command}" needs at least one FILE of submissions, e.g. cate ${command} q3.csv`);
  const range = options.quarters === undefined ? undefined : quarterRangeOption(options.quarters);
  const years = yearsOption(options.years);
  const created = options.created === undefined ? undefined : dateOption(options.created);
  const releaseId = options['release-id'];
  if (releaseId !== undefined && !/^[\w.:-]{1,200}$/.test(releaseId))
    throw new UsageError(
      `--release-id "${clip(releaseId)}" is not an id; expected letters, digits, ".", ":", "_" or "-" (e.g. cate-2025-Q4)`,
    );
  if (options.notice !== undefined && options.notice.length > 2000)
    throw new UsageError('--notice is longer than 2,000 characters');
  const chosen = await choosePolicy(io, options.policy);
  const taxonomy = await loadTaxonomy(io, options.taxonomy);

  const previous: PublicationDocument[] = [];
  for (const file of options.previous ?? []) {
    progress.note(`reading the earlier release ${file}`);
    const doc = await readPublicationFile(io, file, 'the earlier release');
    if (doc.taxonomy !== taxonomy.id)
      throw new InputError(
        `the earlier release ${file} is of taxonomy "${clip(String(doc.taxonomy))}", not "${clip(taxonomy.id)}"; pass --taxonomy with its taxonomy`,
      );
    previous.push(doc);
  }
  previous.sort((a, b) => (a.release.to < b.release.to ? -1 : a.release.to > b.release.to ? 1 : 0));

  const inputs = await readSubmissionFiles(io, files, taxonomy, progress, years);
  for (const problem of inputs.problems) io.stderr.write(`${formatProblem(problem)}\n`);
  report.add(inputs.problems);
  const { errors } = countBySeverity(inputs.problems);
  if (errors > 0) {
    io.stderr.write(
      `cate: ${command}: the input has ${plural(errors, 'error')}; nothing was published (fix them first; "cate validate" lists them)\n`,
    );
    return undefined;
  }
  const all = quartersOf(inputs.submissions);
  const quarters = range ?? (all.length ? { from: all[0]!, to: all.at(-1)! } : undefined);
  if (!quarters) throw new InputError('the input holds no submission: there is nothing to publish');
  if (!inputs.submissions.some((s) => inRange(s.quarter, quarters))) {
    const message = `no submission falls in ${quarters.from}..${quarters.to}; every value is "not reported"`;
    io.stderr.write(`cate: warning: ${message}\n`);
    report.problems.push({ severity: 'warning', code: 'no-submission-in-range', message });
  }
  const notice =
    options.notice ?? (isSampleData(inputs.submissions) ? SAMPLE_NOTICE : await noticeIn(io, files)) ?? undefined;

  const started = performance.now();
  progress.note(
    `publishing ${plural(taxonomy.sections.length, 'section')} from ${plural(inputs.submissions.length, 'submission')} ` +
      `(policy ${chosen.name}${previous.length ? `, ${plural(previous.length, 'earlier release')}` : ''})`,
  );
  try {
    const { publication, record } = publish({
      taxonomy,
      submissions: inputs.submissions,
      policy: chosen.policy,
      quarters,
      previous,
      allowRevisions: options['allow-revisions'] === true,
      release: { ...(releaseId ? { id: releaseId } : {}), ...(created ? { created } : {}) },
      ...(notice ? { notice } : {}),
    });
    progress.note(`protected in ${elapsed(started)} (${plural(record.cost.rounds, 'round')})`);
    return { publication, record, chosen, taxonomy, submissions: inputs.submissions, quarters };
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    for (const problem of error.problems) io.stderr.write(`${formatProblem(problem)}\n`);
    report.add(error.problems);
    const revisions = error.problems.some((p) => p.code === 'revised-value');
    io.stderr.write(
      `cate: ${command}: the release was refused (${plural(error.problems.length, 'cell')}): ${error.message.split('\n')[0]}` +
        `${revisions ? '; if a member revised its data, publish again with --allow-revisions' : ''}; nothing was written\n`,
    );
    return undefined;
  }
}

/** What each reason of the private record means, for the cost table (the public document never says why). */
export const REASONS: Record<string, string> = {
  'primary-threshold': 'a count from 1 to k-1 (or 0, when zeros are protected)',
  'primary-contributors': 'too few members, or one member could subtract its own part',
  complementary: 'hidden beside a small count, so it cannot be worked out',
  singleton: 'hidden so that two small counts cannot be told apart',
  interval: 'hidden because an attack still narrowed a small count',
  'previous-release': 'hidden in an earlier release, so hidden for good',
};

/** The cells of a publication: one per quarter and category of each section. */
function cellsOf(publication: PublicationDocument): number {
  return Object.values(publication.sections).reduce((n, s) => n + s.quarters.length * s.categories.length, 0);
}

/** What a release is and what protecting it cost, for --json (counts of cells only, never a hidden value). */
export function publishSummary(published: Published): Omit<PublishResult, 'output' | 'record' | 'dryRun'> {
  const { publication, record, chosen, submissions } = published;
  const { release } = publication;
  return {
    release: {
      id: release.id,
      from: release.from,
      to: release.to,
      created: release.created,
      previous: release.previous ?? [],
    },
    policy: { name: chosen.name, threshold: chosen.policy.threshold },
    submissions: submissions.length,
    sections: Object.keys(publication.sections).length,
    cells: { total: cellsOf(publication), hidden: record.cost.hiddenCells },
    hiddenByReason: Object.fromEntries(
      [...new Set([...Object.keys(REASONS), ...Object.keys(record.cost.byReason)])].map((r) => [
        r,
        record.cost.byReason[r] ?? 0,
      ]),
    ),
    informationLoss: record.cost.informationLoss,
    rounds: record.cost.rounds,
    revised: record.revised.length,
  };
}

/** The cost table: cells hidden per reason, the total, and the information loss. */
export function costReport(published: Published): string {
  const { record, publication, chosen } = published;
  const { cost } = record;
  const cells = cellsOf(publication);
  const reasons = [...new Set([...Object.keys(REASONS), ...Object.keys(cost.byReason)])];
  const width = Math.max(...reasons.map((r) => r.length), 'total'.length);
  const count = (n: number) => n.toLocaleString('en-US').padStart(6);
  const rows = reasons.map((r) =>
    `    ${r.padEnd(width)}  ${count(cost.byReason[r] ?? 0)}  ${REASONS[r] ?? ''}`.trimEnd(),
  );
  return (
    `  hidden cells by reason (policy ${chosen.name}, threshold ${chosen.policy.threshold}):\n` +
    `${rows.join('\n')}\n` +
    `    ${'total'.padEnd(width)}  ${count(cost.hiddenCells)}  of ${cells.toLocaleString('en-US')} cells\n` +
    `  information loss: ${(cost.informationLoss * 100).toFixed(2)}% of the protected total hidden ` +
    `(${plural(cost.rounds, 'round')} of the release-wide attack)\n` +
    (record.revised.length ? `  revised: ${plural(record.revised.length, 'published value')} changed\n` : '')
  );
}

/** Writes the private record, with a warning. Only ever called for an explicit --record FILE. */
export async function writeRecord(io: Io, file: string, record: PublicationRecord): Promise<void> {
  const document = {
    format: RECORD_FORMAT,
    notice:
      'PRIVATE: the counts hidden to protect survivors, and why. For the coordinator only; never publish this file.',
    ...record,
  };
  await writeText(io, file, `${JSON.stringify(document, null, 2)}\n`);
  io.stderr.write(
    `cate: warning: wrote the private record to ${file}; it holds the hidden counts: keep it private, never publish it\n`,
  );
}

/** The private record must never land where a published file goes, nor overwrite an input. */
export function checkRecordPath(io: Io, record: string | undefined, others: ReadonlyArray<string | undefined>): void {
  if (record === undefined) return;
  if (record === '-') throw new UsageError('--record needs a file: the private record never goes to standard output');
  const at = resolve(io.cwd, record);
  for (const other of others)
    if (other !== undefined && other !== '-' && resolve(io.cwd, other) === at)
      throw new UsageError(
        `--record names ${other}, which is also an input or the published output; the private record must be a file of its own`,
      );
}

export const publishCommand = defineCommand({
  name: 'publish',
  summary: 'make the protected cate-publication@1 document the charts draw from (the one public artifact)',
  help: HELP,
  options: {
    out: { type: 'string', short: 'o' },
    ...PUBLISH_OPTIONS,
    record: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async run({ options, positionals }, io: Io, report) {
    const started = performance.now();
    const dryRun = options['dry-run'] === true;
    if (!dryRun && (options.out === undefined || options.out === ''))
      throw new UsageError(
        '"cate publish" needs --out FILE, where to write the publication, e.g. --out publication.json (or --dry-run)',
      );
    if (dryRun && options.out !== undefined) throw new UsageError('give --out FILE or --dry-run, not both');
    if (!dryRun) requireFileWithJson(report, options.out, '--out');
    checkRecordPath(io, options.record, [options.out, ...positionals, ...(options.previous ?? [])]);
    const published = await publishFiles(io, 'publish', positionals, options, report);
    if (!published) return EXIT_INVALID;
    const { publication, record, submissions } = published;
    if (!dryRun) await writeText(io, options.out, `${JSON.stringify(publication)}\n`);
    if (options.record !== undefined) await writeRecord(io, options.record, record);
    report.set({
      ...publishSummary(published),
      output: dryRun ? null : (options.out ?? null),
      record: options.record ?? null,
      dryRun,
    } satisfies PublishResult);
    const sections = Object.keys(publication.sections).length;
    io.stderr.write(
      `cate: publish: ${plural(submissions.length, 'submission')} -> ${plural(sections, 'section')} x ` +
        `${publication.release.from}..${publication.release.to}, release ${publication.release.id}` +
        `${publication.release.previous ? ` (after ${publication.release.previous.join(', ')})` : ''}; ` +
        `${dryRun ? 'nothing written (--dry-run)' : `written to ${options.out === '-' ? 'standard output' : options.out}`} (${elapsed(started)})\n` +
        costReport(published),
    );
    return EXIT_OK;
  },
});

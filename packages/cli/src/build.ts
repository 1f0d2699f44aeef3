import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { formatProblem, inRange, quartersOf, type Submission } from '@cate/core';
import { SAMPLE_NOTICE, sampleSubmissions } from '@cate/core/sample';
import {
  chartCss,
  protectReport,
  reportCss,
  reportDocument,
  staticChartPage,
  staticReportPage,
  type StaticAssets,
} from '@cate/charts/static';
import { suppressedCells } from './aggregate.js';
import { defineCommand, listOption, quarterRangeOption } from './command.js';
import { countBySeverity, loadTaxonomy, readSubmissionFiles } from './inputs.js';
import { EXIT_INVALID, EXIT_OK, InputError, UsageError, plural, readText, writeText, type Io } from './io.js';
import { didYouMean } from './nearest.js';
import { choosePolicy } from './policy-option.js';
import { createProgress, elapsed } from './progress.js';

const HELP = `Usage: cate build FILE... -o DIR [options]

Writes the coalition's report as a static website: every section's chart as SVG with its data table, in the
report's order, with small counts suppressed per the disclosure policy. It opens from the disk (file://) and
shows everything without JavaScript; with JavaScript the live report (filters, keyboard, tooltips) replaces it.
Only suppressed data is written: never the members' submissions.

DIR gets:
  index.html                 the report
  sections/SECTION.html      each chart on a page of its own (no JavaScript)
  assets/cate-report.css     the report's stylesheet
  assets/cate-chart.css      the charts' stylesheet
  assets/cate-report.global.js  the script that makes the report live (not with --no-script)
  data/report.json           the published data: cate-aggregate@1, one cate-series@1 per section

Options:
  -o, --output DIR         the folder to write (created if needed; files of the same names are replaced)
  --quarters A..B          the quarter range, e.g. 2024-Q1..2025-Q4 (default: every quarter submitted)
  --organizations a,b      only these organizations (ids)
  --policy NAME|FILE.json  hotline (k=3, the default), state-5, state-10, ctdc (k=11), or a policy file
  --taxonomy FILE.json     a coalition's own taxonomy (default: the CATE quarterly report)
  --title TEXT             the report's title (default: the taxonomy's name)
  --sample                 label the data as synthetic (automatic for the bundled sample dataset and for
                           JSON input with a "notice")
  --no-script              a page without JavaScript: no script, no embedded data
  --width PX               width of each drawing in px; it scales to the page (default 640)
  --progress               progress lines on standard error (default: when it is a terminal)
  -h, --help               this help

The private suppression record (the hidden counts) is never written here: "cate aggregate --record"
writes it for the coordinator. Input with any error is not built (exit 1); run "cate validate" to see every problem.

Examples:
  cate build q*.csv -o site
  cate build all.csv -o site --quarters 2024-Q1..2025-Q4 --policy state-10
`;

export const toHtml = (template: TemplateResult): string =>
  // Lit's hydration markers (comments, and "<?>" where a child part rendered nothing) serve only hydration: the
  // static page is replaced, not hydrated, so leave them out. Text and attribute values are escaped, so no
  // content can look like one.
  collectResultSync(render(template)).replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');

/** The classic-script report bundle built by @cate/charts (`pnpm build`). */
export function reportScriptPath(): string {
  const charts = dirname(createRequire(import.meta.url).resolve('@cate/charts/package.json'));
  return join(charts, 'dist', 'cate-report.global.js');
}

/** True when every submission is one of the bundled synthetic sample's, unchanged: that data must say it is synthetic. */
export function isSampleData(submissions: readonly Submission[]): boolean {
  if (submissions.length === 0) return false;
  const sample = new Map(
    sampleSubmissions().map((s) => [`${s.organization}\u0000${s.quarter}`, JSON.stringify(s.counts)]),
  );
  return submissions.every((s) => sample.get(`${s.organization}\u0000${s.quarter}`) === JSON.stringify(s.counts));
}

/** A `notice` in a JSON input file (the sample's JSON carries one). */
async function noticeIn(io: Io, files: readonly string[]): Promise<string | undefined> {
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

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'write the static report site (HTML + SVG, works from file://, no JavaScript needed)',
  help: HELP,
  options: {
    output: { type: 'string', short: 'o' },
    quarters: { type: 'string' },
    organizations: { type: 'string' },
    policy: { type: 'string' },
    taxonomy: { type: 'string' },
    title: { type: 'string' },
    sample: { type: 'boolean' },
    'no-script': { type: 'boolean' },
    width: { type: 'string' },
    progress: { type: 'boolean' },
  },
  async run({ options, positionals }, io: Io) {
    const started = performance.now();
    if (positionals.length === 0)
      throw new UsageError('"cate build" needs at least one FILE, e.g. cate build q3.csv -o site');
    const outDir = options.output;
    if (outDir === undefined || outDir === '')
      throw new UsageError('"cate build" needs -o DIR, the folder to write the site to, e.g. -o site');
    const out = resolve(io.cwd, outDir);
    const range = options.quarters === undefined ? undefined : quarterRangeOption(options.quarters);
    const width = options.width === undefined ? undefined : Number(options.width);
    if (width !== undefined && !(Number.isInteger(width) && width >= 240 && width <= 2000))
      throw new UsageError(`--width "${options.width}" is not a width in px; expected a whole number from 240 to 2000`);
    const chosen = await choosePolicy(io, options.policy);
    const taxonomy = await loadTaxonomy(io, options.taxonomy);
    const progress = createProgress(io, options.progress);
    const script = options['no-script'] ? undefined : reportScriptPath();

    const inputs = await readSubmissionFiles(io, positionals, taxonomy, progress);
    for (const problem of inputs.problems) io.stderr.write(`${formatProblem(problem)}\n`);
    const { errors } = countBySeverity(inputs.problems);
    if (errors > 0) {
      io.stderr.write(
        `cate: build: the input has ${plural(errors, 'error')}; nothing was built (fix them first; "cate validate" lists them)\n`,
      );
      return EXIT_INVALID;
    }
    if (script && !(await stat(script).catch(() => undefined)))
      throw new InputError(
        `the report script ${script} is missing: build @cate/charts first (pnpm build), or pass --no-script`,
      );
    const known = new Set([
      ...taxonomy.organizations.map((o) => o.id),
      ...inputs.submissions.map((s) => s.organization),
    ]);
    const organizations = listOption(options.organizations);
    for (const id of organizations ?? [])
      if (!known.has(id)) throw new UsageError(`--organizations: unknown organization "${id}"${didYouMean(id, known)}`);
    const all = quartersOf(inputs.submissions);
    const quarters = range ?? (all.length ? { from: all[0]!, to: all.at(-1)! } : undefined);
    if (!quarters) throw new InputError('the input holds no submission: there is nothing to build');
    if (!inputs.submissions.some((s) => inRange(s.quarter, quarters)))
      io.stderr.write(
        `cate: warning: no submission falls in ${quarters.from}..${quarters.to}; every value is "not reported"\n`,
      );

    const notice = options.sample || isSampleData(inputs.submissions) ? SAMPLE_NOTICE : await noticeIn(io, positionals);
    progress.note(`aggregating and suppressing ${plural(taxonomy.sections.length, 'section')} (policy ${chosen.name})`);
    const report = protectReport(
      { type: 'submissions', submissions: inputs.submissions },
      taxonomy,
      { quarters, organizations },
      chosen.policy,
    );
    const json = JSON.stringify(
      reportDocument(taxonomy, report, { quarters, organizations, policy: chosen.policy, notice }),
    );

    progress.note(`writing the site to ${outDir}`);
    const dirs = ['assets', 'data', 'sections'];
    for (const dir of ['', ...dirs])
      await mkdir(join(out, dir), { recursive: true }).catch((error: Error) => {
        throw new InputError(`cannot create ${join(outDir, dir)}: ${error.message}`);
      });
    const assets: StaticAssets = {
      reportCss: 'assets/cate-report.css',
      chartCss: 'assets/cate-chart.css',
      script: script ? 'assets/cate-report.global.js' : undefined,
      data: 'data/report.json',
    };
    const total = new Set([
      ...taxonomy.organizations.map((o) => o.id),
      ...inputs.submissions.map((s) => s.organization),
    ]).size;
    const page = staticReportPage({
      taxonomy,
      series: report.series,
      assets,
      toHtml,
      title: options.title,
      notice,
      quarters,
      organizations: { shown: organizations?.length ?? total, total },
      width,
      inlineData: script ? json : undefined,
    });
    await writeText(io, join(out, 'index.html'), page);
    const sectionAssets: StaticAssets = { reportCss: `../${assets.reportCss}`, chartCss: `../${assets.chartCss}` };
    for (const series of report.series.values())
      await writeText(
        io,
        join(out, 'sections', `${series.section}.html`),
        staticChartPage(series, { taxonomy, assets: sectionAssets, toHtml, notice, width }),
      );
    await writeText(io, join(out, assets.reportCss), reportCss());
    await writeText(io, join(out, assets.chartCss), chartCss());
    await writeText(io, join(out, assets.data!), `${json}\n`);
    if (script) await copyFile(script, join(out, assets.script!));

    const cells = [...report.series.values()].reduce((n, s) => n + s.quarters.length * s.categories.length, 0);
    io.stderr.write(
      `cate: build: ${plural(inputs.submissions.length, 'submission')} -> ${plural(report.series.size, 'section')}, ` +
        `${quarters.from}..${quarters.to}; ${plural(suppressedCells(report.series.values()), 'cell')} of ${cells.toLocaleString('en-US')} suppressed ` +
        `(policy ${chosen.name}, threshold ${chosen.policy.threshold})${notice ? '; labelled as synthetic sample data' : ''}; ` +
        `written to ${join(outDir, 'index.html')} (${elapsed(started)})\n`,
    );
    return EXIT_OK;
  },
});

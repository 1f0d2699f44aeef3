import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import {
  clip,
  compareQuarters,
  selectQuarters,
  type PublicationDocument,
  type Quarter,
  type QuarterRange,
  type Taxonomy,
} from '@cate/core';
import { SAMPLE_NOTICE } from '@cate/core/sample';
import { chartCss, reportCss, staticChartPage, staticReportPage, type StaticAssets } from '@cate/charts/static';
import { publicationSeries, suppressedCells } from './aggregate.js';
import { defineCommand, quarterRangeOption } from './command.js';
import { loadTaxonomy } from './inputs.js';
import { EXIT_INVALID, EXIT_OK, InputError, UsageError, plural, writeText, type Io } from './io.js';
import {
  PUBLISH_OPTIONS,
  PUBLISH_OPTIONS_HELP,
  isPublicationFile,
  publishFiles,
  publishSummary,
  readPublicationFile,
} from './publish.js';
import type { BuildResult } from './report.js';
import { createProgress, elapsed } from './progress.js';

/** Publish options that mean nothing for a file that is already a publication. */
const PUBLISH_ONLY = {
  policy: 1,
  previous: 1,
  'allow-revisions': 1,
  'release-id': 1,
  created: 1,
  notice: 1,
};

const HELP = `Usage: cate build PUBLICATION.json -o DIR [options]
       cate build FILE... -o DIR [publish options]

Writes the coalition's report as a static website drawn from one cate-publication@1 document: every section's
chart as SVG with its data table, in the report's order. It opens from the disk (file://) and shows everything
without JavaScript; with JavaScript the live report (keyboard, tooltips, quarter filter) replaces it.
Only the publication is written: never the members' submissions, never a per-organization number.

Given submission files instead of a publication, it publishes them first, exactly as "cate publish" does (same
options), and writes that publication into the site; "cate publish" is the way to keep it, pass it to the
next release with --previous, and write the private record.

DIR gets:
  index.html                 the report
  sections/SECTION.html      each chart on a page of its own (no JavaScript)
  assets/cate-report.css     the report's stylesheet
  assets/cate-chart.css      the charts' stylesheet
  assets/cate-report.global.js  the script that makes the report live (not with --no-script)
  data/publication.json      the published data: the cate-publication@1 document

Options:
  -o, --output DIR         the folder to write (created if needed; files of the same names are replaced)
  --quarters A..B          for a publication: show only these quarters (a view; nothing is re-protected);
                           for submissions: the release's quarters
  --title TEXT             the report's title (default: the taxonomy's name)
  --sample                 label the data as synthetic (automatic for the bundled sample dataset and for a
                           publication or JSON input with a "notice")
  --no-script              a page without JavaScript: no script, no embedded data
  --width PX               width of each drawing in px; it scales to the page (default 640)
  --json                   one JSON document on standard output: {command, ok, exitCode, problems, output,
                           files, release, quarters, sections, cells, sample, published}
Publish options, for submission files (see "cate publish --help"):
${PUBLISH_OPTIONS_HELP}
  -h, --help               this help

The private record (the hidden counts) is never written here: "cate publish --record" writes it for the
coordinator. Input with any error is not built (exit 1); run "cate validate" to see every problem.

Examples:
  cate publish q*.csv --out publication.json && cate build publication.json -o site
  cate build q*.csv -o site --policy state-10
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

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'write the static report site (HTML + SVG, works from file://, no JavaScript needed)',
  help: HELP,
  options: {
    output: { type: 'string', short: 'o' },
    ...PUBLISH_OPTIONS,
    organizations: { type: 'string' },
    title: { type: 'string' },
    sample: { type: 'boolean' },
    'no-script': { type: 'boolean' },
    width: { type: 'string' },
  },
  async run({ options, positionals }, io: Io, report) {
    const started = performance.now();
    if (positionals.length === 0)
      throw new UsageError(
        '"cate build" needs a publication (or submission files), e.g. cate build publication.json -o site',
      );
    const outDir = options.output;
    if (outDir === undefined || outDir === '')
      throw new UsageError('"cate build" needs -o DIR, the folder to write the site to, e.g. -o site');
    if (options.organizations !== undefined)
      throw new UsageError(
        '--organizations is no longer available: a site of some members could be subtracted from the publication ' +
          'to reveal hidden counts; the site shows the whole publication',
      );
    const out = resolve(io.cwd, outDir);
    const width = options.width === undefined ? undefined : Number(options.width);
    if (width !== undefined && !(Number.isInteger(width) && width >= 240 && width <= 2000))
      throw new UsageError(
        `--width "${clip(String(options.width))}" is not a width in px; expected a whole number from 240 to 2000`,
      );
    const progress = createProgress(io, options.progress);
    const script = options['no-script'] ? undefined : reportScriptPath();

    const fromPublication = positionals.length === 1 && (await isPublicationFile(io, positionals[0]!));
    let publication: PublicationDocument;
    let taxonomy: Taxonomy;
    let quarters: QuarterRange;
    let submitted = '';
    let policyName: string;
    let published: BuildResult['published'] = null;
    if (fromPublication) {
      const given = Object.entries(PUBLISH_ONLY).filter(
        ([name]) => options[name as keyof typeof options] !== undefined,
      );
      if (given.length)
        throw new UsageError(
          `${given.map(([name]) => `--${name}`).join(', ')} ${given.length === 1 ? 'applies' : 'apply'} when publishing submissions; ` +
            `${positionals[0]} is already a publication`,
        );
      taxonomy = await loadTaxonomy(io, options.taxonomy);
      publication = await readPublicationFile(io, positionals[0]!, 'the publication');
      if (publication.taxonomy !== taxonomy.id)
        throw new InputError(
          `the publication is of taxonomy "${clip(String(publication.taxonomy))}", not "${clip(taxonomy.id)}"; pass --taxonomy with its taxonomy`,
        );
      const release = { from: publication.release.from as Quarter, to: publication.release.to as Quarter };
      const range = options.quarters === undefined ? undefined : quarterRangeOption(options.quarters);
      quarters = range
        ? {
            from: compareQuarters(range.from, release.from) > 0 ? range.from : release.from,
            to: compareQuarters(range.to, release.to) < 0 ? range.to : release.to,
          }
        : release;
      if (compareQuarters(quarters.from, quarters.to) > 0)
        throw new UsageError(
          `--quarters ${options.quarters} is outside the publication's quarters ${release.from}..${release.to}`,
        );
      policyName = `threshold ${publication.policy.threshold}`;
    } else {
      const made = await publishFiles(io, 'build', positionals, options, report, progress);
      if (!made) return EXIT_INVALID;
      ({ publication, taxonomy, quarters } = made);
      submitted = `${plural(made.submissions.length, 'submission')} -> `;
      policyName = `policy ${made.chosen.name}, threshold ${made.chosen.policy.threshold}`;
      published = publishSummary(made);
    }
    if (script && !(await stat(script).catch(() => undefined)))
      throw new InputError(
        `the report script ${script} is missing: build @cate/charts first (pnpm build), or pass --no-script`,
      );
    const sections = publicationSeries(publication);
    const series = new Map([...sections].map(([id, s]) => [id, selectQuarters(s, quarters)]));
    const notice = options.sample ? (publication.notice ?? SAMPLE_NOTICE) : publication.notice;
    const json = JSON.stringify(publication);

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
      data: 'data/publication.json',
    };
    const total = Math.max(
      taxonomy.organizations.length,
      ...publication.sections[Object.keys(publication.sections)[0]!]!.coverage.map((c) => c.expected),
    );
    const page = staticReportPage({
      taxonomy,
      series,
      assets,
      toHtml,
      title: options.title,
      notice,
      quarters,
      organizations: { shown: total, total },
      width,
      inlineData: script ? json : undefined,
    });
    const files: string[] = [];
    const write = async (file: string, text: string) => {
      await writeText(io, join(out, file), text);
      files.push(file);
    };
    await write('index.html', page);
    const sectionAssets: StaticAssets = { reportCss: `../${assets.reportCss}`, chartCss: `../${assets.chartCss}` };
    for (const one of series.values())
      await write(
        `sections/${one.section}.html`,
        staticChartPage(one, { taxonomy, assets: sectionAssets, toHtml, notice, width }),
      );
    await write(assets.reportCss, reportCss());
    await write(assets.chartCss, chartCss());
    await write(assets.data!, `${json}\n`);
    if (script) {
      await copyFile(script, join(out, assets.script!));
      files.push(assets.script!);
    }

    const cells = [...series.values()].reduce((n, s) => n + s.quarters.length * s.categories.length, 0);
    const { release } = publication;
    report.set({
      output: outDir,
      files,
      release: { id: release.id, from: release.from, to: release.to },
      quarters: { from: quarters.from, to: quarters.to },
      sections: series.size,
      cells: { total: cells, suppressed: suppressedCells(series.values()) },
      sample: Boolean(notice),
      published,
    } satisfies BuildResult);
    io.stderr.write(
      `cate: build: ${submitted}${plural(series.size, 'section')}, ` +
        `${quarters.from}..${quarters.to} of release ${publication.release.id}; ${plural(suppressedCells(series.values()), 'cell')} of ${cells.toLocaleString('en-US')} suppressed ` +
        `(${policyName})${notice ? '; labelled as synthetic sample data' : ''}; ` +
        `written to ${join(outDir, 'index.html')} (${elapsed(started)})\n`,
    );
    return EXIT_OK;
  },
});

#!/usr/bin/env node
// `pnpm start`: the demo site on localhost, a page for each report in the seeds and an "embed this chart" page.
//   /            the pages (demo/pages/*.html in demo/layout.html, which has the nav), demo.css, and at /js/ the
//                pages' scripts (demo/src/*.js) bundled with esbuild from the built packages: made at start
//   /charts/     @cate/charts' dist (the report and chart bundles)
//   /data/       what a visitor's browser may receive: publication.json (`cate publish` of the synthetic sample),
//                the published figures the other reports are drawn from (written from @cate/core's data), and at
//                /data/examples/ core's synthetic resource guide and needs assessment. No submissions are served.
//   /embed/      what the built `cate embed` prints: list.json (`cate embed --list`) and snippet/SECTION.txt
//                (`cate embed SECTION`), each run once on the first request and kept.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { samplePublication, serve, STRICT_CSP } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/cli/dist/cli.js');
const run = promisify(execFile);

/** The site's pages, in the nav's order: file (its body is demo/pages/FILE), nav label, title, scripts. */
export const PAGES = [
  [
    'index.html',
    'Quarterly report',
    'CATE Quarterly Service Member Report (sample data)',
    ['/charts/cate-report.bundle.js', '/js/report.js'],
  ],
  ['hotline.html', 'Hotline Missouri 2020', 'National Human Trafficking Hotline: Missouri 2020', ['/js/hotline.js']],
  [
    'service-inventory.html',
    'St. Louis service inventory',
    'St. Louis region service inventory',
    ['/js/service-inventory.js'],
  ],
  ['resource-guide.html', 'Resource guide', 'Missouri resource guide (synthetic example)', ['/js/resource-guide.js']],
  ['needs-ranking.html', 'Needs ranking', 'Needs ranking (synthetic ratings)', ['/js/needs-ranking.js']],
  ['snapshot.html', 'Statewide snapshot', 'Human Trafficking in Missouri: statewide snapshot', ['/js/snapshot.js']],
  ['embed.html', 'Embed this chart', 'Embed this chart', ['/js/embed.js']],
].map(([file, label, title, scripts]) => ({ file, label, title, scripts }));

const indent = (text, spaces) =>
  text
    .trim()
    .split('\n')
    .join(`\n${' '.repeat(spaces)}`);

/** Each page in the layout, with the nav marking it as the current page, and the stylesheet, into `out`. */
function renderPages(out) {
  const layout = readFileSync(join(root, 'demo/layout.html'), 'utf8');
  for (const page of PAGES) {
    const nav = PAGES.map(
      (p) => `<li><a href="${p.file}"${p === page ? ' aria-current="page"' : ''}>${p.label}</a></li>`,
    ).join('\n');
    const scripts = page.scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n');
    const fill = {
      title: page.title,
      scripts,
      nav,
      content: readFileSync(join(root, 'demo/pages', page.file), 'utf8'),
    };
    const html = layout.replace(/^( *)\{\{(\w+)\}\}/gm, (_, space, key) => space + indent(fill[key], space.length));
    writeFileSync(join(out, page.file), html.replace('{{title}}', page.title));
  }
  copyFileSync(join(root, 'demo/demo.css'), join(out, 'demo.css'));
}

/** The published figures the seed pages draw, each written as the JSON file the page fetches. */
async function writePublishedFigures(data) {
  const core = await import('@cate/core');
  const files = {
    'hotline-missouri-2020.json': core.HOTLINE_MISSOURI_2020,
    'st-louis-inventory-2022.json': core.ST_LOUIS_INVENTORY_2022,
    'missouri-top-needs-2019.json': core.MISSOURI_TOP_NEEDS_2019,
  };
  for (const [name, value] of Object.entries(files)) writeFileSync(join(data, name), JSON.stringify(value));
}

/** Bundles the pages' scripts (demo/src/*.js) for the browser: no import map is needed, none could run here. */
async function bundleScripts(out) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: PAGES.flatMap((page) => page.scripts.filter((src) => src.startsWith('/js/'))).map((src) =>
      join(root, 'demo/src', src.slice('/js/'.length)),
    ),
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
}

/**
 * `cate embed` as routes: the section list once, then each section's snippet once, from the built CLI (the one
 * source of the snippet). Only a listed section id reaches the CLI, as one argument (no shell).
 * @returns {import('./static-server.mjs').Route}
 */
export function embedRoute() {
  let list;
  const snippets = new Map();
  const sections = () =>
    (list ??= run(process.execPath, [cli, 'embed', '--list']).then(({ stdout }) =>
      stdout
        .trim()
        .split('\n')
        .map((line) => {
          const [id, title] = line.split('\t');
          return { id, title };
        }),
    ));
  return async (path) => {
    if (path === 'list.json')
      return { type: 'application/json; charset=utf-8', body: JSON.stringify(await sections()) };
    const id = /^snippet\/([a-z0-9-]+)\.txt$/.exec(path)?.[1];
    if (!id || !(await sections()).some((section) => section.id === id)) return undefined;
    if (!snippets.has(id))
      snippets.set(
        id,
        run(process.execPath, [cli, 'embed', id]).then(({ stdout }) => stdout),
      );
    return { type: 'text/plain; charset=utf-8', body: await snippets.get(id) };
  };
}

/**
 * The demo's mounts: the data written to a fresh folder of its own (only published files in it), the pages and
 * their bundled scripts into another.
 * @returns {Promise<Array<[string, string | import('./static-server.mjs').Route]>>}
 */
export async function demoMounts() {
  const data = mkdtempSync(join(tmpdir(), 'cate-demo-data-'));
  const site = mkdtempSync(join(tmpdir(), 'cate-demo-site-'));
  samplePublication(join(data, 'publication.json'));
  renderPages(site);
  await Promise.all([writePublishedFigures(data), bundleScripts(join(site, 'js'))]);
  return [
    ['/charts/', `${root}packages/charts/dist/`],
    ['/data/examples/', `${root}packages/core/data/examples/`],
    ['/data/', data],
    ['/embed/', embedRoute()],
    ['/', site],
  ];
}

// The strict policy a member's site might set, plus `img-src blob:`, which the chart's PNG export needs.
export const DEMO_CSP = STRICT_CSP.replace("img-src 'self' data:", "img-src 'self' data: blob:");

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log('cate demo: publishing the synthetic sample (cate publish) and bundling the pages…');
  const mounts = await demoMounts();
  const host = process.env.HOST ?? '127.0.0.1';
  let port = Number(process.env.PORT ?? 8080);
  // Without an explicit PORT, take the next free port rather than fail.
  for (;;) {
    try {
      const { url } = await serve(mounts, { port, host, csp: DEMO_CSP });
      console.log(`\ncate demo: ${url}  (Ctrl+C to stop)\n`);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
      port++;
    }
  }
}

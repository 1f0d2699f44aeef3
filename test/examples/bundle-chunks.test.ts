// The ES module bundle as a site copies it: dist/cate-chart.bundle.js (a loader) and dist/chunks/. Served whole, it
// draws; served with a chunk missing, or without the chunks/ folder, every <cate-chart> says so (role="alert"),
// fires `cate-error` with code `load-failed`, and the console names the missing file; so does a chunk loaded later
// (the CATE taxonomy, for a document that carries no words of its own). Uses the built bundle
// (run `pnpm --filter @cate/charts build` first), in Debian's chromium.
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serve, type ExampleServer } from '../../examples/serve.mjs';
import { drawnChart, launchChromium, repoRoot } from './harness.js';

const dist = join(repoRoot, 'packages/charts/dist');
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chunks</title>
<script type="module" src="cate-chart.bundle.js"></script></head>
<body><cate-chart section="continent-of-origin" src="/data/publication.json"></cate-chart></body></html>`;
/** A chart of an older document (cate-aggregate@1, no section text): it needs the CATE taxonomy's chunk. */
const olderPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chunks</title>
<script type="module" src="cate-chart.bundle.js"></script></head>
<body><cate-chart section="continent-of-origin" src="/data/report-published.json"></cate-chart></body></html>`;
/** A chart in Spanish: its catalogue is a chunk loaded later. */
const spanishPage = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>chunks</title>
<script type="module" src="cate-chart.bundle.js"></script></head>
<body><cate-chart locale="es" section="continent-of-origin" src="/data/publication.json"></cate-chart></body></html>`;
/** A local preview of raw submissions: the pipeline is a chunk loaded later. */
const previewPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chunks</title>
<script type="module" src="cate-chart.bundle.js"></script></head>
<body><cate-chart preview section="continent-of-origin" src="/raw/sample-submissions.csv"></cate-chart></body></html>`;
const reportPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chunks</title>
<script type="module" src="cate-report.bundle.js"></script></head>
<body><cate-report src="/data/report-published.json"></cate-report></body></html>`;

let browser: Browser;
let server: ExampleServer;
let folder: string;
/** The files the loader imports before the element is defined: its module first, then that module's chunks. */
let firstLoad: string[];
let reportFirstLoad: string[];

/** A copy of the bundles as a site would hold them, `without` some files. */
function site(name: string, without: (file: string) => boolean): string {
  const dir = join(folder, name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(dist, 'chunks'), join(dir, 'chunks'), { recursive: true, filter: (file) => !without(file) });
  for (const bundle of ['cate-chart.bundle.js', 'cate-report.bundle.js'])
    copyFileSync(join(dist, bundle), join(dir, bundle));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'report.html'), reportPage);
  writeFileSync(join(dir, 'older.html'), olderPage);
  writeFileSync(join(dir, 'spanish.html'), spanishPage);
  writeFileSync(join(dir, 'preview.html'), previewPage);
  return dir;
}

/** The files a loader lists: the element module first, then that module's chunks. */
function listedBy(bundle: string): string[] {
  const loader = readFileSync(join(dist, bundle), 'utf8');
  return JSON.parse(/const files = (\[.*\]);/.exec(loader)![1]!) as string[];
}

beforeAll(async () => {
  firstLoad = listedBy('cate-chart.bundle.js');
  reportFirstLoad = listedBy('cate-report.bundle.js');
  folder = mkdtempSync(join(tmpdir(), 'cate-chunks-'));
  const shared = [basename(firstLoad.at(-1)!), basename(reportFirstLoad.at(-1)!)];
  const mounts: Array<[string, string]> = [
    ['/data/', join(repoRoot, 'test/browser/fixtures/')],
    ['/whole/', site('whole', () => false)],
    ['/no-shared-chunk/', site('no-shared-chunk', (file) => shared.includes(basename(file)))],
    ['/no-chunks/', site('no-chunks', (file) => file !== join(dist, 'chunks'))],
    ['/raw/', join(repoRoot, 'packages/core/data/')],
    ['/no-pipeline-chunk/', site('no-pipeline-chunk', (file) => /^pipeline-[\w-]+\.js$/.test(basename(file)))],
    ['/no-spanish-chunk/', site('no-spanish-chunk', (file) => /^messages-es-[\w-]+\.js$/.test(basename(file)))],
    [
      '/no-taxonomy-chunk/',
      site('no-taxonomy-chunk', (file) => /^cate-taxonomy-data-[\w-]+\.js$/.test(basename(file))),
    ],
  ];
  [browser, server] = await Promise.all([launchChromium(), serve(mounts)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens a page, recording console errors, requests, failed ones (but the favicon) and every `cate-error` detail. */
async function open(
  path: string,
): Promise<{ tab: Page; consoleErrors: string[]; notFound: string[]; requested: string[] }> {
  const tab = await browser.newPage();
  const consoleErrors: string[] = [];
  const notFound: string[] = [];
  const requested: string[] = [];
  tab.on('request', (request) => requested.push(basename(new URL(request.url()).pathname)));
  tab.on('console', (message) => {
    // A failed request is logged without its URL: `notFound` names it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      consoleErrors.push(message.text());
  });
  tab.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && path !== '/favicon.ico') notFound.push(basename(path));
  });
  await tab.addInitScript(() => {
    const seen: unknown[] = ((window as unknown as { __cateErrors: unknown[] }).__cateErrors = []);
    document.addEventListener('cate-error', (event) => seen.push((event as CustomEvent).detail));
  });
  await tab.goto(`${server.url}${path.slice(1)}`);
  return { tab, consoleErrors, notFound, requested };
}

/** The file in dist/chunks whose name matches. */
const chunkFile = (name: RegExp) => readdirSync(join(dist, 'chunks')).find((file) => name.test(file))!;

/** The page heard one `cate-error` with code `load-failed` naming `missing`, and the console named it too. */
async function expectLoadFailed(tab: Page, consoleErrors: string[], missing: string): Promise<void> {
  const details = await tab.evaluate(() => (window as unknown as { __cateErrors: unknown[] }).__cateErrors);
  expect(details).toEqual([
    expect.objectContaining({ code: 'load-failed', message: expect.stringContaining(missing) }),
  ]);
  expect(consoleErrors.some((text) => text.startsWith('cate: could not load') && text.includes(missing))).toBe(true);
}

/** The alert an element shows, once it shows one. */
async function alertText(tab: Page, tag = 'cate-chart'): Promise<string> {
  const handle = await tab.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[role=alert]')?.textContent,
    tag,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as string;
}

describe('the ES module bundle and its chunks', () => {
  it('the loader imports the element module and its chunks from chunks/', () => {
    expect(firstLoad.length).toBeGreaterThan(1);
    for (const file of firstLoad) expect(file).toMatch(/^\.\/chunks\/[\w-]+\.js$/);
  });

  it('served whole, the chart draws, with no console error', async () => {
    const { tab, consoleErrors, notFound } = await open('/whole/index.html');
    const chart = await drawnChart(tab, 'cate-chart');
    expect(chart.heading).toContain('Continent of Origin');
    expect(chart.bars).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    expect(notFound).toEqual([]);
    await tab.close();
  });

  it('a publication that carries its words draws without downloading the CATE taxonomy', async () => {
    const { tab, requested } = await open('/whole/index.html');
    const chart = await drawnChart(tab, 'cate-chart');
    expect(chart.heading).toContain('Continent of Origin');
    expect(requested.some((file) => file.startsWith('cate-taxonomy-data-'))).toBe(false);
    // Nor is the taxonomy's text in any file of the first load (its name is in the taxonomy only).
    for (const file of firstLoad) expect(readFileSync(join(dist, file), 'utf8')).not.toContain('Service Member Report');
    await tab.close();
  });

  it('an older document draws the CATE taxonomy words from its own chunk, loaded then', async () => {
    const { tab, requested, consoleErrors } = await open('/whole/older.html');
    const chart = await drawnChart(tab, 'cate-chart');
    expect(chart.heading).toContain('Continent of Origin');
    expect(requested.some((file) => file.startsWith('cate-taxonomy-data-'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await tab.close();
  });

  it('a chunk loaded later that is missing (the taxonomy): the element says so, fires load-failed naming the file, and logs it', async () => {
    const { tab, consoleErrors, notFound } = await open('/no-taxonomy-chunk/older.html');
    const missing = chunkFile(/^cate-taxonomy-data-/);
    const alert = await alertText(tab);
    expect(alert).toContain(missing);
    expect(notFound).toContain(missing);
    await expectLoadFailed(tab, consoleErrors, missing);
    await tab.close();
  });

  it('the preview pipeline missing: a local preview says so, fires load-failed naming the file, and logs it', async () => {
    const missing = chunkFile(/^pipeline-[\w-]+\.js$/);
    const { tab, consoleErrors } = await open('/no-pipeline-chunk/preview.html');
    expect(await alertText(tab)).toContain(missing);
    await expectLoadFailed(tab, consoleErrors, missing);
    await tab.close();
  });

  it('the Spanish catalogue missing: the chart is drawn in English, fires load-failed naming the file, and logs it', async () => {
    const missing = chunkFile(/^messages-es-/);
    const { tab, consoleErrors } = await open('/no-spanish-chunk/spanish.html');
    const chart = await drawnChart(tab, 'cate-chart');
    expect(chart.heading).toContain('Continent of Origin');
    await expectLoadFailed(tab, consoleErrors, missing);
    await tab.close();
  });

  it('a missing chunk: the element shows an alert and fires load-failed; the console names the file', async () => {
    const missing = basename(firstLoad.at(-1)!);
    const { tab, consoleErrors, notFound } = await open('/no-shared-chunk/index.html');
    const alert = await alertText(tab);
    expect(alert).toContain(missing);
    // Only the missing file is named, not the ones that are there.
    expect(alert).not.toContain(basename(firstLoad[0]!));
    expect(new Set(notFound)).toEqual(new Set([missing]));
    await expectLoadFailed(tab, consoleErrors, missing);
    await tab.close();
  });

  it('without the chunks/ folder: every file is named, and the element says so', async () => {
    const { tab, consoleErrors } = await open('/no-chunks/index.html');
    const text = await alertText(tab);
    for (const file of firstLoad) expect(text).toContain(basename(file));
    expect(consoleErrors.some((t) => t.startsWith('cate: could not load'))).toBe(true);
    await tab.close();
  });

  it('the report bundle with a chunk missing: <cate-report> shows the alert and fires load-failed', async () => {
    const missing = basename(reportFirstLoad.at(-1)!);
    const { tab, consoleErrors } = await open('/no-shared-chunk/report.html');
    expect(await alertText(tab, 'cate-report')).toContain(missing);
    const details = await tab.evaluate(() => (window as unknown as { __cateErrors: unknown[] }).__cateErrors);
    expect(details).toEqual([expect.objectContaining({ code: 'load-failed' })]);
    expect(consoleErrors.some((text) => text.startsWith('cate: could not load') && text.includes(missing))).toBe(true);
    await tab.close();
  });
});

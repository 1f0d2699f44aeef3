// What the report's ES module bundle (dist/cate-report.bundle.js) loads first: only what draws a publication. The
// schema library (zod), the submissions parser, aggregation and protection are in the preview's chunk, fetched only
// when a local preview is given raw submissions; the CATE taxonomy and the Spanish catalogue are chunks of their
// own. Uses the built bundle (run `pnpm --filter @cate/charts build` first), in Debian's chromium.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serve, type ExampleServer } from '../../examples/serve.mjs';
import { launchChromium, repoRoot } from './harness.js';

const dist = join(repoRoot, 'packages/charts/dist');
const reportPage = (
  attributes: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>report</title>
<script type="module" src="cate-report.bundle.js"></script></head>
<body><cate-report ${attributes}></cate-report></body></html>`;

/**
 * Text only the code kept out of the first load holds (each string is in its source and survives minifying):
 * zod's class names, the submissions parser's CSV layouts and its message for an empty file, protection's check of
 * a table, and the CATE taxonomy's title.
 */
const LATER_ONLY = {
  zod: '$ZodType',
  'the submissions parser': 'wide-by-section',
  "the submissions parser's messages": 'expected a JSON array of submissions',
  'protection (protectTable)': 'counts must be non-negative numbers or null',
  'the CATE taxonomy': 'Service Member Report',
  'the Spanish catalogue': 'Vista previa sin publicar',
};

/** The files the report's loader imports before the element is defined: its module first, then its chunks. */
const firstLoad = (): string[] =>
  JSON.parse(/const files = (\[.*\]);/.exec(readFileSync(join(dist, 'cate-report.bundle.js'), 'utf8'))![1]!);

const previewChunk = () => readdirSync(join(dist, 'chunks')).find((file) => /^report-report-preview-/.test(file))!;

let browser: Browser;
let server: ExampleServer;
let folder: string;

/** A copy of the report bundle as a site would hold it, `without` some chunks. */
function site(name: string, without: (file: string) => boolean = () => false): string {
  const dir = join(folder, name);
  cpSync(join(dist, 'chunks'), join(dir, 'chunks'), { recursive: true, filter: (file) => !without(basename(file)) });
  cpSync(join(dist, 'cate-report.bundle.js'), join(dir, 'cate-report.bundle.js'));
  writeFileSync(join(dir, 'publication.html'), reportPage('src="/data/publication.json"'));
  writeFileSync(join(dir, 'publication-preview.html'), reportPage('preview src="/data/publication.json"'));
  writeFileSync(join(dir, 'preview.html'), reportPage('preview src="/raw/sample-submissions.csv"'));
  writeFileSync(join(dir, 'raw.html'), reportPage('src="/raw/sample-submissions.csv"'));
  writeFileSync(join(dir, 'spanish.html'), reportPage('locale="es" preview src="/data/publication.json"'));
  return dir;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cate-report-first-load-'));
  const mounts: Array<[string, string]> = [
    ['/data/', join(repoRoot, 'test/browser/fixtures/')],
    ['/raw/', join(repoRoot, 'packages/core/data/')],
    ['/whole/', site('whole')],
    ['/no-preview-chunk/', site('no-preview-chunk', (file) => file === previewChunk())],
  ];
  [browser, server] = await Promise.all([launchChromium(), serve(mounts)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens a report page; resolves with what it requested and the first `cate-report-ready` or `cate-error`. */
async function openReport(path: string): Promise<{
  tab: Page;
  requested: string[];
  outcome: { ready?: { sections: number }; error?: { code: string; message: string } };
}> {
  const tab = await browser.newPage();
  const requested: string[] = [];
  tab.on('request', (request) => requested.push(basename(new URL(request.url()).pathname)));
  await tab.addInitScript(() => {
    const w = window as unknown as { __outcome: Promise<unknown> };
    w.__outcome = new Promise((resolve) => {
      document.addEventListener('cate-report-ready', (event) => resolve({ ready: (event as CustomEvent).detail }));
      document.addEventListener('cate-error', (event) => resolve({ error: (event as CustomEvent).detail }));
    });
  });
  await tab.goto(`${server.url}${path.slice(1)}`);
  const outcome = await tab.evaluate(() => (window as unknown as { __outcome: Promise<unknown> }).__outcome);
  return { tab, requested, outcome: outcome as never };
}

describe("the report bundle's first load", () => {
  it('holds no zod, no submissions parser, no protection and no CATE taxonomy', () => {
    const files = firstLoad();
    expect(files.length).toBeGreaterThan(0);
    const text = files.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    for (const [what, marker] of Object.entries(LATER_ONLY)) expect(text.includes(marker), what).toBe(false);
    // The markers are real: each is in the bundle, in a chunk loaded later.
    const all = readdirSync(join(dist, 'chunks'))
      .map((file) => readFileSync(join(dist, 'chunks', file), 'utf8'))
      .join('\n');
    for (const [what, marker] of Object.entries(LATER_ONLY)) expect(all.includes(marker), what).toBe(true);
  });

  it('a publication is drawn whole without fetching the preview chunk or the pipeline', async () => {
    const { tab, requested, outcome } = await openReport('/whole/publication.html');
    expect(outcome.ready?.sections).toBeGreaterThan(30);
    expect(requested.filter((file) => /^report-(report-preview|pipeline)-/.test(file))).toEqual([]);
    await tab.close();
  });

  it('without a taxonomy, the publication is fetched while the CATE taxonomy chunk loads, not after', async () => {
    const tab = await browser.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The taxonomy's chunk is answered only once the publication has been asked for.
    await tab.route(/\/report-cate-taxonomy-data-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const publication = tab.waitForRequest(/\/data\/publication\.json$/, { timeout: 10_000 });
    const ready = tab
      .goto(`${server.url}whole/publication.html`)
      .then(() =>
        tab.waitForFunction(() => document.querySelector('cate-report')?.shadowRoot?.querySelector('cate-chart')),
      );
    try {
      await publication;
    } finally {
      release();
    }
    await ready;
    await tab.close();
  });

  it('a publication in a preview is drawn without the preview chunk too (it is read as published data)', async () => {
    const { tab, requested, outcome } = await openReport('/whole/publication-preview.html');
    expect(outcome.ready?.sections).toBeGreaterThan(30);
    expect(requested).not.toContain(previewChunk());
    await tab.close();
  });

  it('raw submissions without preview are refused (raw-data-refused) without fetching the preview chunk', async () => {
    const { tab, requested, outcome } = await openReport('/whole/raw.html');
    expect(outcome.error?.code).toBe('raw-data-refused');
    expect(requested).not.toContain(previewChunk());
    await tab.close();
  });

  it('a local preview of raw submissions loads the preview chunk, then draws every section', async () => {
    const { tab, requested, outcome } = await openReport('/whole/preview.html');
    expect(outcome.ready?.sections).toBeGreaterThan(30);
    expect(requested).toContain(previewChunk());
    const organizations = await tab.evaluate(
      () => document.querySelector('cate-report')!.shadowRoot!.querySelectorAll('fieldset.preview-only input').length,
    );
    expect(organizations).toBeGreaterThan(1);
    await tab.close();
  });

  it('in Spanish, the report waits for the catalogue chunk: its banner is never shown in English', async () => {
    const tab = await browser.newPage();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(basename(new URL(request.url()).pathname)));
    await tab.addInitScript(() => {
      // Every text the banner shows, read each frame from the first.
      const seen = ((window as unknown as { __banners: Set<string> }).__banners = new Set());
      const read = () => {
        const text = document.querySelector('cate-report')?.shadowRoot?.querySelector('.preview-banner')?.textContent;
        if (text) seen.add(text);
        requestAnimationFrame(read);
      };
      requestAnimationFrame(read);
    });
    await tab.goto(`${server.url}whole/spanish.html`);
    await tab.waitForFunction(() => (window as unknown as { __banners: Set<string> }).__banners.size > 0);
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    const banners = await tab.evaluate(() => [...(window as unknown as { __banners: Set<string> }).__banners]);
    expect(banners).toEqual([expect.stringContaining('Vista previa sin publicar')]);
    expect(requested.some((file) => /^report-messages-es-/.test(file))).toBe(true);
    await tab.close();
  });

  it('the preview chunk missing: the preview fails with load-failed naming the file', async () => {
    const { tab, outcome } = await openReport('/no-preview-chunk/preview.html');
    expect(outcome.error).toEqual(
      expect.objectContaining({ code: 'load-failed', message: expect.stringContaining(previewChunk()) }),
    );
    await tab.close();
  });
});

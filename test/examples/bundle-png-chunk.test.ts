// The ES module bundle keeps the PNG encoder in a chunk of its own (src/chart/exports.ts), loaded on the first PNG:
// a chart draws without it, toPNG() loads it then and gives a PNG; a site without that chunk still draws, and a PNG
// asked for fails as any export does (`export-failed`, the chart stays drawn) while the console names the file.
// Uses the built bundle (run `pnpm --filter @cate/charts build` first), in Debian's chromium.
import { cpSync, copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serve, STRICT_CSP, type ExampleServer } from '../../examples/serve.mjs';
import { drawnChart, launchChromium, openPage, repoRoot } from './harness.js';

const dist = join(repoRoot, 'packages/charts/dist');
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>png chunk</title>
<script type="module" src="cate-chart.bundle.js"></script></head>
<body><cate-chart section="continent-of-origin" src="/data/publication.json"></cate-chart></body></html>`;
const pngChunk = readdirSync(join(dist, 'chunks')).find((file) => /^svg-to-png-[\w-]+\.js$/.test(file))!;

let browser: Browser;
let server: ExampleServer;
let folder: string;

function site(name: string, without: (file: string) => boolean): string {
  const dir = join(folder, name);
  cpSync(join(dist, 'chunks'), join(dir, 'chunks'), { recursive: true, filter: (file) => !without(file) });
  copyFileSync(join(dist, 'cate-chart.bundle.js'), join(dir, 'cate-chart.bundle.js'));
  writeFileSync(join(dir, 'index.html'), page);
  return dir;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cate-png-chunk-'));
  const mounts: Array<[string, string]> = [
    ['/data/', join(repoRoot, 'test/browser/fixtures/')],
    ['/whole/', site('whole', () => false)],
    ['/no-png-chunk/', site('no-png-chunk', (file) => basename(file) === pngChunk)],
  ];
  // The strict policy, with the blob: images a PNG is drawn from (as svgToPng documents).
  const csp = STRICT_CSP.replace("img-src 'self' data:", "img-src 'self' data: blob:");
  expect(csp).toContain('blob:');
  [browser, server] = await Promise.all([launchChromium(), serve(mounts, { csp })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** toPNG() on the page's chart: the PNG's type and first bytes, or the error and the `cate-error` codes heard. */
const toPNG = (tab: Page) =>
  tab.evaluate(async () => {
    const chart = document.querySelector('cate-chart') as HTMLElement & { toPNG(): Promise<Blob> };
    const heard: string[] = [];
    chart.addEventListener('cate-error', (event) => heard.push((event as CustomEvent<{ code: string }>).detail.code));
    try {
      const blob = await chart.toPNG();
      return { type: blob.type, signature: [...new Uint8Array(await blob.slice(0, 4).arrayBuffer())], heard };
    } catch (error) {
      const { name, code, message } = error as Error & { code?: string };
      return { error: { name, code, message }, heard };
    }
  });

describe('the PNG export chunk', () => {
  it('is not loaded to draw a chart; toPNG() loads it and gives a PNG', async () => {
    const { page: tab, requests, problems } = await openPage(browser, `${server.url}whole/index.html`);
    await drawnChart(tab, 'cate-chart');
    expect(requests).not.toContain(`/whole/chunks/${pngChunk}`);
    expect(await toPNG(tab)).toEqual({ type: 'image/png', signature: [0x89, 0x50, 0x4e, 0x47], heard: [] });
    expect(requests).toContain(`/whole/chunks/${pngChunk}`);
    // toSVG() and toCSV() answer at once (synchronous), without any chunk.
    const [svg, csv] = await tab.evaluate(() => {
      const chart = document.querySelector('cate-chart') as HTMLElement & { toSVG(): string; toCSV(): string };
      return [chart.toSVG(), chart.toCSV()];
    });
    expect(svg).toMatch(/^<svg /);
    expect(csv).toContain('Africa');
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('missing: the chart draws; a PNG fails as an export does (export-failed), and the console names the file', async () => {
    const { page: tab, problems } = await openPage(browser, `${server.url}no-png-chunk/index.html`);
    const chart = await drawnChart(tab, 'cate-chart');
    expect(chart.bars).toBeGreaterThan(10);
    const result = await toPNG(tab);
    expect(result).toEqual({
      error: expect.objectContaining({ name: 'ChartError', code: 'export-failed' }),
      heard: ['export-failed'],
    });
    expect((result as { error: { message: string } }).error.message).toContain(pngChunk);
    expect(problems.some((text) => text.includes('cate: could not load') && text.includes(pngChunk))).toBe(true);
    // The chart stays drawn.
    expect((await drawnChart(tab, 'cate-chart')).bars).toBe(chart.bars);
    await tab.close();
  });
});

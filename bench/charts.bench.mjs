#!/usr/bin/env node
// `pnpm bench` (or `node bench/charts.bench.mjs`): the <cate-chart> browser bundle's weight, and in headless
// Chromium the time until 45 charts (8 quarters × 6 categories, grouped bars) are drawn, and the time to update all
// 45 with new data. Builds the bundle first. Prints figures; asserts nothing timed.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHARTS = 45;

console.log('bundle (minified, gzipped level 9):');
const built = spawnSync(process.execPath, ['packages/charts/scripts/build-bundle.mjs'], {
  cwd: root,
  encoding: 'utf8',
});
if (built.status !== 0) {
  console.error(built.stderr);
  process.exit(1);
}
for (const line of built.stdout.trim().split('\n')) console.log(`  ${line}`);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0;font:14px system-ui} #grid{display:grid;grid-template-columns:repeat(3,1fr);width:1500px}</style>
<script type="module" src="/packages/charts/dist/cate-chart.bundle.js"></script></head><body><div id="grid"></div></body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/bench.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  try {
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) throw new Error('outside');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/bench.html`;

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});

/** Runs in the page: draws 45 charts from SafeSeries data, then gives all 45 new data; times both to the next paint. */
async function measure(count) {
  await customElements.whenDefined('cate-chart');
  const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
  const labels = ['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Unknown Origin'];
  const series = (seed) => {
    let s = seed * 9301 + 49297;
    const next = () => ((s = (s * 9301 + 49297) % 233280), s / 233280);
    return {
      taxonomy: 'cate',
      section: 'continent-of-origin',
      unit: 'clients',
      multiSelect: false,
      quarters,
      categories: labels.map((label, i) => ({ id: `c${i}`, label })),
      cells: quarters.map(() =>
        labels.map(() =>
          // Published counts are at least the threshold (3): a 1 or a 2 would be refused by the strict check.
          next() < 0.05 ? { status: 'suppressed' } : { status: 'value', value: 3 + Math.round(next() * 77) },
        ),
      ),
      coverage: quarters.map((quarter) => ({ quarter, reported: 8, expected: 8 })),
      disclosure: { threshold: 3, protectZeros: false },
    };
  };
  const grid = document.getElementById('grid');
  // A chart that fails says so with cate-error instead of cate-ready: count it rather than wait forever.
  const errors = [];
  const untilDrawn = (els) =>
    Promise.all(
      els.map(
        (el) =>
          new Promise((resolve) => {
            const done = (event) => {
              if (event.type === 'cate-error') errors.push(event.detail.code);
              el.removeEventListener('cate-ready', done);
              el.removeEventListener('cate-error', done);
              resolve();
            };
            el.addEventListener('cate-ready', done);
            el.addEventListener('cate-error', done);
          }),
      ),
    );
  const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const data = Array.from({ length: count }, (_, i) => series(i + 1));
  const next = Array.from({ length: count }, (_, i) => series(i + 1001));

  const t0 = performance.now();
  const els = data.map((d) => {
    const el = document.createElement('cate-chart');
    el.kind = 'grouped-bar';
    el.data = d;
    return el;
  });
  const drawn = untilDrawn(els);
  grid.append(...els);
  await drawn;
  await paint();
  const first = performance.now() - t0;

  const t1 = performance.now();
  const redrawn = untilDrawn(els);
  els.forEach((el, i) => (el.data = next[i]));
  await redrawn;
  await paint();
  const update = performance.now() - t1;
  // A category's bars are one path: its data-q names a quarter per bar (a status mark: its first cell).
  const marks = els.reduce(
    (n, el) =>
      n +
      [...el.shadowRoot.querySelectorAll('.mark.bar, .placeholder')].reduce(
        (k, mark) => k + mark.getAttribute('data-q').split(' ').length,
        0,
      ),
    0,
  );
  return { first, update, marks, errors };
}

const firsts = [];
const updates = [];
let marks = 0;
for (let i = 0; i < RUNS; i++) {
  const tab = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  await tab.goto(url);
  const result = await tab.evaluate(measure, CHARTS);
  if (result.errors.length) {
    console.error(`charts failed to draw: ${result.errors.join(', ')}`);
    process.exit(1);
  }
  firsts.push(result.first);
  updates.push(result.update);
  marks = result.marks;
  await tab.close();
}
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
console.log(
  `\n${CHARTS} charts, 8 quarters × 6 categories, grouped bars, ${marks} marks (headless Chromium, ${RUNS} runs):`,
);
console.log(`  first draw (create, size, render, paint): median ${ms(median(firsts))}  [${firsts.map(ms).join(', ')}]`);
console.log(
  `  update all with new data:                 median ${ms(median(updates))}  [${updates.map(ms).join(', ')}]`,
);

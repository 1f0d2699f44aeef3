#!/usr/bin/env node
// `pnpm bench` (or `node bench/main-thread.bench.mjs`): how long <cate-chart> holds the page's main thread while it
// reads a large file. In headless Chromium, under the demo's strict CSP, a local preview chart with `max-bytes`
// raised to allow it loads a 50 MB CSV of submissions (long layout) and 50 MB of the same as JSON rows; then a
// chart with the default limit is given the 50 MB CSV (refused by its Content-Length) and the same body streamed
// without one (refused while it streams). For each: the total time until cate-ready or cate-error, the longest
// main-thread task (Long Tasks API: tasks over 50 ms), their count and sum, the longest delay of a real click
// (the driver clicks the page over and over while the chart loads: from the event's timestamp to its handler)
// and the longest gap between animation frames. Builds the bundle first. Prints figures; asserts nothing.
//
// BENCH_ROOT=/path/to/another/checkout measures that checkout's bundle instead (a before/after comparison); the
// data and the page are the same.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { STRICT_CSP } from '../scripts/static-server.mjs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { cateTaxonomy } from '@cate/core';
import { generateSample } from '@cate/core/sample';

const root = process.env.BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;
const TARGET = 50 * MB;
const RAISED_LIMIT = 60 * MB;

const built = spawnSync(process.execPath, ['packages/charts/scripts/build-bundle.mjs'], {
  cwd: root,
  encoding: 'utf8',
});
if (built.status !== 0) {
  console.error(built.stderr);
  process.exit(1);
}

/** Long-layout rows of the synthetic sample (200 organizations, 2016-Q1..2025-Q4) until `bytes` is reached. */
function* sampleRows() {
  const organizations = Array.from({ length: 200 }, (_, i) => `org-${i + 1}`);
  const submissions = generateSample(cateTaxonomy, { seed: 7, from: '2016-Q1', to: '2025-Q4', organizations });
  for (const s of submissions)
    for (const [section, counts] of Object.entries(s.counts))
      for (const [category, count] of Object.entries(counts))
        yield { organization: s.organization, quarter: s.quarter, section, category, count };
}

function csvOf(bytes) {
  const lines = ['organization,quarter,section,category,count'];
  let length = 0;
  let rows = 0;
  for (const r of sampleRows()) {
    const line = `${r.organization},${r.quarter},${r.section},${r.category},${r.count}`;
    if (length + line.length + 1 > bytes) break;
    lines.push(line);
    length += line.length + 1;
    rows++;
  }
  return { body: Buffer.from(`${lines.join('\n')}\n`), rows };
}

function jsonOf(bytes) {
  const items = [];
  let length = 2;
  for (const r of sampleRows()) {
    const item = JSON.stringify(r);
    if (length + item.length + 2 > bytes) break;
    items.push(item);
    length += item.length + 2;
  }
  return { body: Buffer.from(`[\n${items.join(',\n')}\n]\n`), rows: items.length };
}

const csv = csvOf(TARGET);
const json = jsonOf(TARGET);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>main-thread bench</title>
<script type="module" src="/packages/charts/dist/cate-chart.bundle.js"></script></head>
<body><button id="host" type="button">Host page button</button><div id="slot" style="width:800px"></div></body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const headers = { 'content-security-policy': STRICT_CSP };
  if (path === '/bench.html') return res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page);
  if (path === '/data.csv') return res.writeHead(200, { 'content-type': 'text/csv' }).end(csv.body);
  if (path === '/data.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(json.body);
  if (path === '/streamed.csv') {
    // No Content-Length: the element can only refuse the body while it streams in.
    res.writeHead(200, { 'content-type': 'text/csv', 'transfer-encoding': 'chunked' });
    for (let i = 0; i < csv.body.length; i += MB)
      if (!res.write(csv.body.subarray(i, i + MB))) {
        await new Promise((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
        if (res.destroyed) return undefined; // refused: the page cancelled the body
      }
    return res.end();
  }
  try {
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) throw new Error('outside');
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** BENCH_PROFILE=1: where the main thread's time went (self time by function), to find what still blocks. */
const PROFILE = Boolean(process.env.BENCH_PROFILE);
function printProfile({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`    ${Math.round(ms).toString().padStart(6)} ms  ${key}`);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });

/** Runs in the page: starts the observers, then mounts a chart loading `src`; resolves on cate-ready or cate-error. */
async function start({ src, maxBytes }) {
  await customElements.whenDefined('cate-chart');
  // Let the page finish starting (module evaluation, first paint) before anything is measured.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  const m = { longTasks: [], clickDelays: [], frameGap: 0, outcome: undefined, total: 0 };
  window.__bench = m;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) m.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  document.getElementById('host').addEventListener('pointerdown', (event) => {
    m.clickDelays.push(performance.now() - event.timeStamp);
  });
  let last = performance.now();
  const frame = (now) => {
    m.frameGap = Math.max(m.frameGap, now - last);
    last = now;
    if (!m.stopFrames) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const el = document.createElement('cate-chart');
  el.setAttribute('section', 'sex');
  el.setAttribute('preview', '');
  if (maxBytes) el.setAttribute('max-bytes', String(maxBytes));
  const t0 = performance.now();
  m.done = new Promise((resolve) => {
    const end = (event) => {
      m.total = performance.now() - t0;
      m.outcome = event.type === 'cate-ready' ? 'drawn' : `cate-error ${event.detail.code}`;
      window.__benchFinished();
      resolve();
    };
    el.addEventListener('cate-ready', end, { once: true });
    el.addEventListener('cate-error', end, { once: true });
  });
  el.setAttribute('src', src);
  document.getElementById('slot').append(el);
}

async function measure(label, options) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/bench.html`);
  const cdp = PROFILE ? await tab.context().newCDPSession(tab) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  let finished = false;
  await tab.exposeFunction('__benchFinished', () => (finished = true));
  await tab.evaluate(start, options);
  // Click the host page's button over and over until the chart is done: each click waits for the page to take it.
  const box = await tab.locator('#host').boundingBox();
  let clicks = 0;
  // (Polling the page with evaluate would wait behind the reading's own tasks; the page calls back instead.)
  do {
    await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    clicks++;
  } while (!finished);
  await tab.evaluate(async () => {
    await window.__bench.done;
    // One more frame, so a gap that ends with the chart drawn is counted.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    window.__bench.stopFrames = true;
  });
  const m = await tab.evaluate(() => window.__bench);
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
  await tab.close();
  const ms = (n) => `${Math.round(n)} ms`;
  const longest = m.longTasks.length ? Math.max(...m.longTasks) : 0;
  console.log(`${label}`);
  console.log(`  outcome                 ${m.outcome} after ${ms(m.total)}`);
  console.log(
    `  longest main-thread task ${m.longTasks.length ? ms(longest) : 'none over 50 ms'}` +
      ` (${m.longTasks.length} tasks over 50 ms, ${ms(m.longTasks.reduce((a, b) => a + b, 0))} in all)`,
  );
  console.log(
    // A page that never gives input a turn takes one click in all: the driver waits for the page to take each.
    `  clicks taken meanwhile  ${clicks} (longest delay from the event's timestamp to its handler ` +
      `${m.clickDelays.length ? ms(Math.max(...m.clickDelays)) : 'n/a'})`,
  );
  console.log(`  longest frame gap       ${ms(m.frameGap)}`);
}

console.log(`main thread while <cate-chart> reads a large file (bundle of ${root}):`);
try {
  await measure(
    `50 MB CSV, ${csv.rows.toLocaleString('en')} rows (${(csv.body.length / MB).toFixed(1)} MiB), max-bytes raised`,
    {
      src: '/data.csv',
      maxBytes: RAISED_LIMIT,
    },
  );
  await measure(
    `50 MB JSON rows, ${json.rows.toLocaleString('en')} rows (${(json.body.length / MB).toFixed(1)} MiB), max-bytes raised`,
    {
      src: '/data.json',
      maxBytes: RAISED_LIMIT,
    },
  );
  await measure('50 MB CSV over the default limit (5 MiB), with Content-Length', { src: '/data.csv' });
  await measure('50 MB CSV over the default limit (5 MiB), streamed without Content-Length', { src: '/streamed.csv' });
} finally {
  await browser.close();
  server.close();
}

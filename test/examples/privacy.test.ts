// What a visitor's browser receives is published. This loads the demo (`node scripts/serve.mjs`, as `pnpm start`
// runs it) and every example (html, React, Vue) in Debian's chromium, records every network response with its
// body, and checks that none carries a per-organization count: no submissions file is requested, no body holds an
// `organization` field, a submissions CSV header, or a member's id next to a quarter or a count. It also checks
// that raw submissions handed to an element without `preview` are refused with an error, and that the committed
// examples/data/publication.json is what `cate publish` makes of the sample today.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cateTaxonomy } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';
import { htmlMounts, serve, type ExampleServer } from '../../examples/serve.mjs';
import { EXAMPLE_PUBLICATION } from '../../examples/publish-sample.mjs';
import { samplePublication } from '../../scripts/static-server.mjs';
import { buildExample, launchChromium, openPage, repoRoot } from './harness.js';

const organizationIds = [
  ...new Set([...cateTaxonomy.organizations.map((o) => o.id), ...sampleSubmissions().map((s) => s.organization)]),
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Received {
  page: string;
  url: string;
  path: string;
  status: number;
  type: string;
  body: string;
}

/** Why a response would publish a per-organization number, or undefined. */
function leak(response: Received): string | undefined {
  if (/submission/i.test(response.path)) return 'a submissions file was requested';
  const body = response.body;
  if (/["']organization["']\s*:/.test(body)) return 'an "organization" field';
  if (/^\s*organization\s*,\s*quarter/im.test(body)) return 'a submissions CSV header';
  for (const id of organizationIds) {
    const name = escape(id);
    // A member next to a quarter (a submission's key or row) or a member's id as the key of a count.
    if (new RegExp(`["']?\\b${name}\\b["']?\\s*[,:]\\s*["']?\\d{4}-Q[1-4]`).test(body))
      return `"${id}" next to a quarter`;
    if (new RegExp(`["']${name}["']\\s*:\\s*\\d`).test(body)) return `"${id}" as the key of a count`;
  }
  if (/json/.test(response.type)) {
    // Data documents: no member id anywhere in them (the bundles may name members: the taxonomy lists them).
    for (const id of organizationIds) if (body.includes(`"${id}"`)) return `the member id "${id}" in a JSON document`;
  }
  return undefined;
}

/** Opens a page, records every response with its body, and waits until `ready` holds and the network is idle. */
async function visit(browser: Browser, name: string, url: string, ready: (page: Page) => Promise<unknown>) {
  const received: Received[] = [];
  const { page, problems } = await openPage(browser, 'about:blank');
  // Every request goes through the test: it fetches the response itself, so it always has the whole body (a body
  // the page reads as a stream is not always available from the 'response' event), then hands it to the page.
  await page.route('**/*', async (route) => {
    const request = route.request();
    let response: Awaited<ReturnType<typeof route.fetch>>;
    try {
      response = await route.fetch();
    } catch {
      await route.abort();
      return;
    }
    const body = await response.body();
    received.push({
      page: name,
      url: request.url(),
      path: new URL(request.url()).pathname,
      status: response.status(),
      type: response.headers()['content-type'] ?? '',
      body: body.toString('utf8'),
    });
    await route.fulfill({ response, body });
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { page, problems, received };
}

/** Waits until the chart (light DOM selector, or inside <cate-report>) has drawn marks. */
const chartDrawn = (selector: string) => (page: Page) =>
  page.locator(`${selector} svg.chart .marks > *`).first().waitFor({ timeout: 20_000 });

let browser: Browser;
let html: ExampleServer;
let react: ExampleServer;
let vue: ExampleServer;
let demo: { url: string; process: ChildProcess };
const removers: Array<() => void> = [];

/** `node scripts/serve.mjs` on a free port (PORT=0), as `pnpm start` runs it after `pnpm build`. */
function startDemo(): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'scripts/serve.mjs')], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the demo did not start:\n${out}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /cate demo: (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, process: child });
      }
    });
    child.once('exit', (code) => reject(new Error(`the demo exited (${code}):\n${out}`)));
  });
}

beforeAll(async () => {
  const [reactBuilt, vueBuilt] = [await buildExample('react'), await buildExample('vue')];
  removers.push(reactBuilt.remove, vueBuilt.remove);
  [browser, html, react, vue, demo] = await Promise.all([
    launchChromium(),
    serve(htmlMounts()),
    serve([['/', reactBuilt.outDir]]),
    serve([['/', vueBuilt.outDir]]),
    startDemo(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([html?.close(), react?.close(), vue?.close()]);
  if (demo?.process.pid) demo.process.kill();
  for (const remove of removers) remove();
});

describe('no per-organization count reaches a visitor', () => {
  const pages: Array<[string, () => string, (page: Page) => Promise<unknown>]> = [
    ['demo (pnpm start)', () => demo.url, chartDrawn('cate-report cate-chart')],
    ['examples/html/index.html', () => `${html.url}index.html`, chartDrawn('cate-chart')],
    ['examples/html/classic.html', () => `${html.url}classic.html`, chartDrawn('cate-chart')],
    ['examples/html/filters.html', () => `${html.url}filters.html`, chartDrawn('#chart')],
    ['examples/react', () => react.url, chartDrawn('#chart')],
    ['examples/vue', () => vue.url, chartDrawn('#chart')],
  ];

  it.each(pages)(
    '%s: draws from the publication, and no response carries a per-organization count',
    async (name, url, ready) => {
      const { page, received } = await visit(browser, name, url(), ready);
      expect(received.length).toBeGreaterThan(1);
      const publications = received.filter((r) => r.status === 200 && /"format":\s*"cate-publication@1"/.test(r.body));
      // (React's StrictMode may fetch it twice.)
      expect([...new Set(publications.map((r) => r.path))], 'the page drew from one publication').toHaveLength(1);
      expect(received.flatMap((r) => (leak(r) ? [`${r.path}: ${leak(r)}`] : []))).toEqual([]);
      await page.close();
    },
  );

  it('the served trees hold no submissions: asking for the sample submissions answers 404', async () => {
    for (const [base, paths] of [
      [demo.url, ['data/sample-submissions.json', 'data/sample-submissions.csv']],
      [html.url, ['cate/data/sample-submissions.json', 'cate/data/sample-submissions.csv']],
      [react.url, ['sample-submissions.json', 'sample-submissions.csv']],
      [vue.url, ['sample-submissions.json', 'sample-submissions.csv']],
    ] as const)
      for (const path of paths) expect((await fetch(`${base}${path}`)).status, `${base}${path}`).toBe(404);
  });

  it('the leak check finds a leak: a submissions document and CSV are caught (negative control)', () => {
    const base = { page: 'control', url: '', status: 200 };
    const json = JSON.stringify({ submissions: sampleSubmissions().slice(0, 2) });
    const csv = readFileSync(join(repoRoot, 'packages/core/data/sample-submissions.csv'), 'utf8');
    expect(leak({ ...base, path: '/data/x.json', type: 'application/json', body: json })).toBeDefined();
    expect(leak({ ...base, path: '/data/x.csv', type: 'text/csv', body: csv })).toBeDefined();
    const stripped = csv.split('\n').slice(1).join('\n');
    expect(leak({ ...base, path: '/data/x.txt', type: 'text/plain', body: stripped })).toBeDefined();
    const publication = readFileSync(EXAMPLE_PUBLICATION, 'utf8');
    expect(leak({ ...base, path: '/data/publication.json', type: 'application/json', body: publication })).toBe(
      undefined,
    );
  });

  it('the committed examples/data/publication.json is what cate publish makes of the sample today', () => {
    const fresh = samplePublication(join(mkdtempSync(join(tmpdir(), 'cate-publication-')), 'publication.json'));
    expect(
      JSON.parse(readFileSync(EXAMPLE_PUBLICATION, 'utf8')),
      'out of date: run "pnpm build && node examples/publish-sample.mjs" and commit examples/data/publication.json',
    ).toEqual(JSON.parse(readFileSync(fresh, 'utf8')));
  });
});

describe('raw submissions are refused without preview', () => {
  const raw = sampleSubmissions().filter((s) => s.quarter === '2025-Q1');
  const rawCsv = readFileSync(join(repoRoot, 'packages/core/data/sample-submissions.csv'), 'utf8');

  /** Adds a chart to the page, and resolves with the code of its first cate-error or "drawn" at cate-ready. */
  function addChart(page: Page, options: { data?: unknown; src?: string; preview?: boolean }) {
    return page.evaluate(
      ({ data, src, preview }) =>
        new Promise<string>((resolve) => {
          const chart = document.createElement('cate-chart') as HTMLElement & { data?: unknown };
          chart.id = 'raw';
          chart.setAttribute('section', 'sex');
          if (preview) chart.setAttribute('preview', '');
          chart.addEventListener('cate-error', (event) =>
            resolve((event as CustomEvent<{ code: string }>).detail.code),
          );
          chart.addEventListener('cate-ready', () => resolve('drawn'));
          if (src) chart.setAttribute('src', src);
          else chart.data = data;
          document.querySelector('main')!.append(chart);
        }),
      options,
    );
  }

  it('<cate-chart> given submissions by data or by src, without preview: an error (raw-data-refused), nothing drawn', async () => {
    const { page } = await openPage(browser, `${html.url}index.html`);
    await chartDrawn('cate-chart')(page);
    expect(await addChart(page, { data: raw })).toBe('raw-data-refused');
    expect(await page.locator('#raw [part=message][role=alert]').textContent()).toBeTruthy();
    expect(
      await page.locator('#raw').evaluate((el) => el.shadowRoot!.querySelectorAll('svg.chart .marks > *').length),
    ).toBe(0);
    await page.evaluate(() => document.querySelector('#raw')!.remove());

    await page.route('**/raw-submissions.csv', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv', body: rawCsv }),
    );
    expect(await addChart(page, { src: '/raw-submissions.csv' })).toBe('raw-data-refused');
    await page.close();
  });

  it('<cate-chart preview> on this computer draws them under the "unpublished preview" banner (the coordinator\'s check)', async () => {
    const { page } = await openPage(browser, `${html.url}index.html`);
    await chartDrawn('cate-chart')(page);
    expect(await addChart(page, { data: raw, preview: true })).toBe('drawn');
    const banner = page.locator('#raw [part=preview-banner]');
    expect(await banner.textContent()).toMatch(/unpublished preview/i);
    await page.close();
  });

  it('<cate-report> given submissions without preview shows an error, not the report', async () => {
    const { page } = await openPage(browser, demo.url);
    await chartDrawn('cate-report cate-chart')(page);
    await page.route('**/raw-submissions.csv', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv', body: rawCsv }),
    );
    const code = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const report = document.createElement('cate-report');
          report.addEventListener('cate-error', (event) =>
            resolve((event as CustomEvent<{ code: string }>).detail.code),
          );
          report.addEventListener('cate-report-ready', () => resolve('drawn'));
          report.setAttribute('src', '/raw-submissions.csv');
          document.body.append(report);
        }),
    );
    expect(code).toBe('raw-data-refused');
    await page.close();
  });
});

// The demo site (`pnpm start`: scripts/serve.mjs) in Debian's chromium: every page draws its elements from the
// files the demo serves, with no console error, no cate-error, no failed request, no axe violation (light and
// dark), and no horizontal scrolling at 320 px; the embed page shows what the built `cate embed` prints; and the
// server answers malformed requests with a 4xx and lives on. Run `pnpm build` first (the demo uses dist/).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CSP, demoMounts } from '../../scripts/serve.mjs';
import { serve, type StaticServer } from '../../scripts/static-server.mjs';
import { launchChromium, readChart, repoRoot } from '../examples/harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const cli = join(repoRoot, 'packages/cli/dist/cli.js');
const json = (path: string) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));

/** What `cate embed` prints for a section (stdout only: the note about default paths goes to stderr). */
const cateEmbed = (section: string) =>
  execFileSync(process.execPath, [cli, 'embed', section], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** The folders demoMounts wrote (the data, the site): removed afterwards. */
let written: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([
    demoMounts().then((mounts) => {
      // Only the folders demoMounts made with mkdtemp (cate-demo-data-*, cate-demo-site-*): a checkout may itself
      // live under the temporary folder, and its own mounted folders must never be removed.
      const made = join(tmpdir(), 'cate-demo-');
      written = mounts.flatMap(([, target]) => (typeof target === 'string' && target.startsWith(made) ? [target] : []));
      return serve(mounts, { csp: DEMO_CSP });
    }),
    launchChromium(),
  ]);
  context = await browser.newContext({ viewport: { width: 1000, height: 1200 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of written) rmSync(dir, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  /** Uncaught errors, console errors (a cate-error is logged as one), CSP violations, failed requests, so far. */
  problems: () => string[];
}

/** Opens a demo page (at a viewport `width` px wide), recording everything that went wrong on it. */
async function visit(path: string, width = 1000): Promise<Visit> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 1200 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  // A request the page cancels itself (an element that starts loading again aborts its earlier fetch) is not a
  // failure when the same file did arrive; any other failed request is.
  const aborted: string[] = [];
  const arrived = new Set<string>();
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'net::ERR_ABORTED') aborted.push(request.url());
    else problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    else arrived.add(response.url());
  });

  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
    document.addEventListener('cate-error', (event) =>
      console.error(`cate-error from <${(event.target as Element).localName}>: ${(event as CustomEvent).detail.code}`),
    );
  });
  await page.goto(new URL(path, server.url).href);
  return {
    page,
    problems: () => [
      ...problems,
      ...aborted.filter((url) => !arrived.has(url)).map((url) => `request aborted, never served: ${url}`),
    ],
  };
}

/**
 * axe's violations (axe reads open shadow roots), as "rule: target" lines: on the whole page, or on the parts
 * `contexts` name (each an axe context, run in turn).
 */
async function axeViolations(page: Page, contexts: unknown[] = [{ include: [['html']] }]): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP, which refuses inline script, does not apply.
  await page.evaluate(axeSource);
  const found: string[] = [];
  for (const context of contexts) {
    const violations = await page.evaluate(
      async (context) =>
        (
          await (
            window as unknown as {
              axe: { run: (context: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
            }
          ).axe.run(context)
        ).violations.flatMap((v) =>
          v.nodes.map((node) => `${v.id}: ${JSON.stringify((node as { target: unknown }).target)}`),
        ),
      context,
    );
    found.push(...violations);
  }
  return found;
}

/** Text of the elements matching `selector` inside the shadow root of the element matching `host`. */
function shadowTexts(page: Page, host: string, selector: string): Promise<string[]> {
  return page
    .locator(host)
    .first()
    .evaluate(
      (el, selector) => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent?.trim() ?? ''),
      selector,
    );
}

/** The checks every page shares, after it has drawn: nav, notice, no problems, axe clean in both schemes, 320 px. */
async function expectSoundPage(
  { page, problems }: Visit,
  path: string,
  notice: RegExp,
  { axeContexts }: { axeContexts?: unknown[] } = {},
): Promise<void> {
  const current = page.locator('body > header nav a[aria-current="page"]');
  await expect(current.count()).resolves.toBe(1);
  expect(await current.getAttribute('href')).toBe(path);
  expect(await page.locator('body > header nav a').count()).toBe(7);
  expect(await page.locator('body > a.skip-link').getAttribute('href')).toBe('#main');
  expect(await page.locator('main#main').count()).toBe(1);
  expect(await page.locator('main').innerText()).toMatch(notice);
  expect(await page.locator('#demo-status').textContent()).toBe('');

  expect(await axeViolations(page, axeContexts), 'axe, light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 27, 31)');
  expect(await axeViolations(page, axeContexts), 'axe, dark').toEqual([]);

  // Legible on a 320 px phone: the page opened at that width, once its data has arrived and been drawn, does
  // not scroll sideways (charts lay themselves out for their width; wide tables scroll inside their own region).
  const phone = await visit(path, 320);
  await phone.page.waitForLoadState('networkidle');
  const width = () => phone.page.evaluate(() => document.documentElement.scrollWidth);
  await expect.poll(width, { timeout: 30_000, message: 'no horizontal scrolling at 320 px' }).toBe(320);
  expect(phone.problems()).toEqual([]);
  await phone.page.close();
  expect(problems()).toEqual([]);
  await page.close();
}

const marks = (selector: string) => `${selector} svg.chart .marks > *`;

describe('the demo pages', () => {
  it('the quarterly report draws every section of the publication', { timeout: 300_000 }, async () => {
    const visit_ = await visit('/');
    const { page } = visit_;
    const published = await (await fetch(new URL('/data/publication.json', server.url))).json();
    const ids = Object.keys(published.sections);
    // demo.js logs the report's cate-report-ready event: the number of sections drawn.
    const ready = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('cate-report: '),
      timeout: 240_000,
    });
    await page.locator(marks('cate-report cate-chart')).first().waitFor({ timeout: 120_000 });
    expect((await ready).text()).toMatch(new RegExp(`^cate-report: ${ids.length} sections drawn`));
    expect(await page.locator('cate-report cate-chart').count()).toBe(ids.length);
    expect((await readChart(page, `cate-report cate-chart[section="${ids[0]}"]`)).quarters).toHaveLength(8);
    for (const part of ['header.report-header', 'nav.toc', `section#${ids[0]}`])
      expect(await page.locator(`cate-report ${part}`).count(), part).toBe(1);
    // The page around the report, and the report's header, contents and first section: the whole report is axe
    // tested, one run, in test/browser/report.test.ts; 41 charts in one run here would take minutes on 2 busy cores.
    // At 320 px too: a wide data table scrolls inside its own region, never the page.
    await expectSoundPage(visit_, 'index.html', /Synthetic sample data/, {
      axeContexts: [
        { include: [['html']], exclude: [['cate-report']] },
        { include: [{ fromShadowDom: ['cate-report', 'header.report-header'] }] },
        { include: [{ fromShadowDom: ['cate-report', 'nav.toc'] }] },
        { include: [{ fromShadowDom: ['cate-report', `section#${ids[0]}`] }] },
      ],
    });
  });

  it('Hotline Missouri 2020 draws each section from the published figures', { timeout: 120_000 }, async () => {
    const visit_ = await visit('/hotline.html');
    const { page } = visit_;
    const charts = page.locator('cate-chart');
    expect(await charts.count()).toBe(7);
    await page.locator(marks('cate-chart[section="signaler-type"]')).first().waitFor({ timeout: 30_000 });
    // The report's own numbers (seed 003): 750 substantive signals, 185 from victims, 229 sex / 10 labor situations.
    expect((await readChart(page, 'cate-chart[section="substantive-signals"]')).cells).toContain('750');
    const signalers = await readChart(page, 'cate-chart[section="signaler-type"]');
    expect(signalers.heading).toBe('Signaler Type');
    expect(signalers.quarters).toEqual(['2020']);
    expect(signalers.cells).toEqual(expect.arrayContaining(['185', '104', '750']));
    expect((await readChart(page, 'cate-chart[section="venue-industry"]')).cells).toEqual(
      expect.arrayContaining(['229', '111', '10']),
    );
    for (const section of await charts.evaluateAll((els) => els.map((el) => el.getAttribute('section')!)))
      expect((await readChart(page, `cate-chart[section="${section}"]`)).heading, section).not.toBe('');
    await expectSoundPage(visit_, 'hotline.html', /Published figures, not synthetic/);
  });

  it('the St. Louis service inventory draws figure 1 and the synthetic guide', { timeout: 120_000 }, async () => {
    const visit_ = await visit('/service-inventory.html');
    const { page } = visit_;
    await page.locator('#figure-1 tr.totals').waitFor({ timeout: 30_000 });
    // Seed 004, figure 1's total row.
    expect(await shadowTexts(page, '#figure-1', 'tr.totals td')).toEqual([
      '30',
      '14',
      '10',
      '12',
      '8',
      '36',
      '23',
      '26',
      '31',
      '4',
      '4',
      '198',
    ]);
    await page.locator('#synthetic-inventory tr.totals').waitFor({ timeout: 30_000 });
    const guide = json('packages/core/data/examples/missouri-resource-guide.json');
    expect(await page.locator('#synthetic-notice').textContent()).toBe(guide.notice);
    const counties = await shadowTexts(page, '#synthetic-inventory', 'tbody th[scope=row]');
    expect(counties.length).toBeGreaterThan(1);
    await expectSoundPage(visit_, 'service-inventory.html', /second inventory below is synthetic/);
  });

  it('the resource guide lists the synthetic providers and searches them', { timeout: 120_000 }, async () => {
    const visit_ = await visit('/resource-guide.html');
    const { page } = visit_;
    const guide = json('packages/core/data/examples/missouri-resource-guide.json');
    const names = () => shadowTexts(page, 'cate-resource-guide', '[part=provider] [role=heading]');
    await expect.poll(names, { timeout: 30_000 }).toHaveLength(guide.providers.length);
    expect(await shadowTexts(page, 'cate-resource-guide', '[part=notice]')).toEqual([guide.notice]);
    await page.locator('cate-resource-guide input').first().fill('interpreting');
    await expect.poll(names, { timeout: 15_000 }).toEqual(['Confluence Interpreters Network (example)']);
    await page.locator('cate-resource-guide input').first().fill('');
    await expect.poll(names, { timeout: 15_000 }).toHaveLength(guide.providers.length);
    await expectSoundPage(visit_, 'resource-guide.html', /Synthetic example/);
  });

  it('the needs ranking ranks every need for the chosen region', { timeout: 120_000 }, async () => {
    const visit_ = await visit('/needs-ranking.html');
    const { page } = visit_;
    const assessment = json('packages/core/data/examples/needs-assessment.json');
    const dots = () => page.locator('cate-needs-ranking circle.dot').count();
    await expect.poll(dots, { timeout: 30_000 }).toBe(assessment.needs.length);
    expect(await page.locator('#needs-notice').textContent()).toBe(assessment.notice);
    expect(await page.locator('#region option').allTextContents()).toEqual(
      assessment.regions.map((r: { label: string }) => r.label),
    );
    // Southeast has too few responses: every median is withheld, no dot is drawn.
    await page.selectOption('#region', 'southeast');
    await expect.poll(dots, { timeout: 15_000 }).toBe(0);
    await page.selectOption('#region', 'st-louis');
    await expect.poll(dots, { timeout: 15_000 }).toBe(assessment.needs.length);
    await expectSoundPage(visit_, 'needs-ranking.html', /Synthetic ratings/);
  });

  it(
    'the statewide snapshot: the seed framing, figures from the publication, the top needs',
    { timeout: 120_000 },
    async () => {
      const visit_ = await visit('/snapshot.html');
      const { page } = visit_;
      expect(await page.locator('h1').textContent()).toBe('Human Trafficking in Missouri');
      expect(await page.locator('main').innerText()).toContain('Statewide Demographics + Implications');
      expect(await page.locator('h2#community-snapshot').textContent()).toBe('Community Snapshot');
      expect(await page.locator('h2#join').textContent()).toBe('Join the Movement Against Trafficking');
      expect(await page.locator('.demo-call li').allTextContents()).toContain('Contact your local officials');
      for (const id of ['#minority-share', '#minor-share']) {
        await expect
          .poll(() => shadowTexts(page, id, '[part=figure]'), { timeout: 30_000 })
          .toEqual([expect.stringMatching(/\d.*%/)]);
      }
      const caption = page.locator('.demo-figure figcaption');
      expect(await caption.innerText()).toMatch(/^Sample data: .*synthetic/);
      const published = await (await fetch(new URL('/data/publication.json', server.url))).json();
      expect(await caption.innerText()).toContain(published.notice);
      const needs = await shadowTexts(page, 'cate-top-needs', '[part=need] [role=heading], [part=need] h3');
      expect(needs.join(' ').toLowerCase()).toMatch(/shelter.*mental health.*transitional housing/);
      await expectSoundPage(visit_, 'snapshot.html', /computed from the protected publication/);
    },
  );

  it('embed this chart: what `cate embed` prints, a live preview, a copy button', { timeout: 150_000 }, async () => {
    const visit_ = await visit('/embed.html');
    const { page } = visit_;
    const sections = execFileSync(process.execPath, [cli, 'embed', '--list'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[0]);
    expect(sections).toHaveLength(41);
    await expect.poll(() => page.locator('#snippet').textContent(), { timeout: 30_000 }).toBe(cateEmbed(sections[0]!));
    expect(
      await page.locator('#section option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(sections);
    await page.locator(marks('#preview cate-chart')).first().waitFor({ timeout: 30_000 });

    await page.selectOption('#section', 'sex');
    await expect.poll(() => page.locator('#snippet').textContent(), { timeout: 30_000 }).toBe(cateEmbed('sex'));
    await page.locator(marks('#preview cate-chart[section="sex"]')).first().waitFor({ timeout: 30_000 });
    expect((await readChart(page, '#preview cate-chart')).heading).toBe('Sex');
    expect(new URL(page.url()).searchParams.get('section')).toBe('sex');

    // The copy button from the keyboard: focus it, press Enter; "Copied" is announced; the clipboard holds the snippet.
    await page.locator('#copy').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Copied');
    expect(await page.locator('#copy-status').getAttribute('role')).toBe('status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cateEmbed('sex'));

    // A deep link opens on its section.
    const deep = await visit('/embed.html?section=continent-of-origin');
    await expect
      .poll(() => deep.page.locator('#snippet').textContent(), { timeout: 30_000 })
      .toBe(cateEmbed('continent-of-origin'));
    expect(deep.problems()).toEqual([]);
    await deep.page.close();
    await expectSoundPage(visit_, 'embed.html', /synthetic sample/);
  });
});

describe('the demo server', () => {
  async function status(path: string, init?: RequestInit): Promise<number> {
    const response = await fetch(new URL(server.url).origin + path, init);
    await response.arrayBuffer();
    return response.status;
  }

  it.each([
    ['a malformed percent-escape', '/%E0%A4%A', undefined, 400],
    ['a lone %', '/%', undefined, 400],
    ['an encoded .. traversal', '/..%2f..%2fpackage.json', undefined, 404],
    ['an encoded .. traversal into data', '/data/%2e%2e/%2e%2e/package.json', undefined, 404],
    ['a NUL', '/index.html%00.js', undefined, 404],
    ['an overlong URL', `/${'a'.repeat(9000)}`, undefined, 414],
    ['a POST', '/index.html', { method: 'POST', body: 'x' }, 405],
    ['a DELETE', '/data/publication.json', { method: 'DELETE' }, 405],
    ['an unknown embed section', '/embed/snippet/no-such-section.txt', undefined, 404],
    ['an option as a section', '/embed/snippet/--list.txt', undefined, 404],
    ['the submissions', '/data/sample-submissions.json', undefined, 404],
    ['the scripts\u2019 sources', '/src/embed.js', undefined, 404],
  ] as const)('%s gets a 4xx, and the server lives on', async (_name, path, init, expected) => {
    expect(await status(path, init)).toBe(expected);
    expect(await status('/')).toBe(200);
  });

  it('a request line the HTTP parser refuses gets 400, and the server lives on', async () => {
    const { hostname, port } = new URL(server.url);
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), hostname, () => socket.write('GET /\u0000 HTTP/1.1\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(await status('/')).toBe(200);
  });

  it('every file, script and data file is sent with the strict CSP', async () => {
    for (const path of ['/', '/embed.html', '/js/embed.js', '/data/publication.json', '/embed/list.json']) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(DEMO_CSP);
    }
    expect(DEMO_CSP).toContain("script-src 'self';");
  });
});

// Shared by the framework example tests: Debian's chromium through playwright-core, a vite build of an example
// into a temporary folder, and what a chart shows, read from its shadow DOM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** A page that records the paths it requests, uncaught errors, console errors and CSP violations. */
export async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The broken chart's 404 is expected: the browser logs every failed request as a console error.
    if (message.type() === 'error' && !/404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(url);
  return { page, problems, requests };
}

/** Builds an example with vite into a fresh temporary folder; returns the folder and a way to remove it. */
export async function buildExample(name: 'react' | 'vue'): Promise<{ outDir: string; remove: () => void }> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), `cate-example-${name}-`));
  const exampleRoot = join(repoRoot, 'examples', name);
  await build({
    root: exampleRoot,
    configFile: join(exampleRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** What a drawn chart shows: its heading, the data table's quarters (row headers) and cells, the marks drawn. */
export interface ChartView {
  heading: string;
  quarters: string[];
  cells: string[];
  bars: number;
}

/** Waits until the chart matching `selector` (light DOM) has drawn its data, then reads it. */
export async function drawnChart(page: Page, selector: string): Promise<ChartView> {
  await page.locator(`${selector} svg.chart .marks > *`).first().waitFor({ timeout: 15_000 });
  return readChart(page, selector);
}

export function readChart(page: Page, selector: string): Promise<ChartView> {
  return page.locator(selector).evaluate((el) => {
    const root = el.shadowRoot!;
    const texts = (query: string) => [...root.querySelectorAll(query)].map((node) => node.textContent?.trim() ?? '');
    return {
      heading: root.querySelector('[part=heading]')?.textContent?.trim() ?? '',
      quarters: texts('table[part=table] tbody th[scope=row]'),
      cells: texts('table[part=table] tbody td'),
      // A category's bars are one path: count the cells it draws (its data-q), a status mark as one.
      bars: [...root.querySelectorAll('svg.chart .marks > *')].reduce(
        (n, mark) => n + (mark.getAttribute('data-q')?.split(' ').length ?? 1),
        0,
      ),
    };
  });
}

/** Waits until the chart's table shows other data than `before` (after a filter change), then reads it. */
export async function chartChanged(page: Page, selector: string, before: ChartView): Promise<ChartView> {
  const signature = JSON.stringify([before.quarters, before.cells]);
  await page.waitForFunction(
    ({ selector, signature }) => {
      const root = document.querySelector(selector)?.shadowRoot;
      if (!root?.querySelector('svg.chart .marks > *')) return false;
      const texts = (query: string) => [...root.querySelectorAll(query)].map((node) => node.textContent?.trim() ?? '');
      return (
        JSON.stringify([texts('table[part=table] tbody th[scope=row]'), texts('table[part=table] tbody td')]) !==
        signature
      );
    },
    { selector, signature },
    { timeout: 15_000 },
  );
  return readChart(page, selector);
}

/** The element's own error message (its role=alert), once shown. */
export async function chartError(page: Page, selector: string): Promise<string> {
  const alert = page.locator(`${selector} [part=message][role=alert]`);
  await alert.waitFor({ timeout: 15_000 });
  return (await alert.textContent())?.trim() ?? '';
}

/**
 * The filter check every example shares: a #quarters select bound to #chart (there is no organization filter: a
 * publication holds no per-organization number). Switching to one year, then the other, each redraws other data
 * (views of the one publication); back to both years redraws the first view again.
 */
export async function expectFiltersRedraw(page: Page): Promise<void> {
  const all = await drawnChart(page, '#chart');
  expect(all.quarters).toHaveLength(8);

  await page.selectOption('#quarters', '2025-Q1..2025-Q4');
  const year = await chartChanged(page, '#chart', all);
  expect(year.quarters).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
  expect(year.bars).toBeLessThan(all.bars);

  await page.selectOption('#quarters', '2024-Q1..2024-Q4');
  const other = await chartChanged(page, '#chart', year);
  expect(other.quarters).toEqual(['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024']);

  await page.selectOption('#quarters', '2024-Q1..2025-Q4');
  const back = await chartChanged(page, '#chart', other);
  expect(back.cells).toEqual(all.cells);
}

/**
 * The error check every example shares: #broken has a wrong src; the element shows its own message, and the page
 * or app wrote what it heard from cate-error into #broken-status (with the code in data-code).
 */
export async function expectErrorHandled(page: Page, noticed: string): Promise<void> {
  expect(await chartError(page, '#broken')).toMatch(/could not be shown.*404.*no-such-publication\.json/s);
  const status = page.locator('#broken-status');
  await expect.poll(() => status.getAttribute('data-code')).toBe('http-error');
  expect(await status.textContent()).toContain(`${noticed}: http-error`);
}

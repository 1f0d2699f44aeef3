// The plain HTML example (examples/html/), served as static files with the bundles from packages/charts/dist
// (run `pnpm build` first) under a strict Content-Security-Policy, in Debian's chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { htmlMounts, serve, type ExampleServer } from '../../examples/serve.mjs';
import { drawnChart, expectErrorHandled, expectFiltersRedraw, launchChromium, openPage } from './harness.js';

let browser: Browser;
let server: ExampleServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serve(htmlMounts())]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('examples/html', () => {
  it('index.html: the pasted module script and element draw the section, with no error or CSP violation', async () => {
    const { page, problems } = await openPage(browser, `${server.url}index.html`);
    const chart = await drawnChart(page, 'cate-chart');
    expect(chart.heading).toContain('Continent of Origin');
    expect(chart.quarters).toHaveLength(8);
    expect(chart.quarters[0]).toBe('Q1 2024');
    expect(chart.bars).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('classic.html: the classic script draws the section from the global bundle alone', async () => {
    const { page, problems, requests } = await openPage(browser, `${server.url}classic.html`);
    const chart = await drawnChart(page, 'cate-chart');
    expect(chart.heading).toMatch(/sex/i);
    expect(chart.quarters).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
    expect(await page.evaluate(() => typeof (window as unknown as { CateCharts?: unknown }).CateCharts)).toBe('object');
    expect(requests.filter((path) => path.startsWith('/cate/') && path.endsWith('.js'))).toEqual([
      '/cate/cate-chart.global.js',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters.html: changing the quarters sets the attribute and redraws other data (views of the publication), and back', async () => {
    const { page, problems } = await openPage(browser, `${server.url}filters.html`);
    await expectFiltersRedraw(page);
    expect(await page.locator('#chart').getAttribute('quarters')).toBe('2024-Q1..2025-Q4');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters.html: a wrong data address shows the element message and the page handles cate-error', async () => {
    const { page, problems } = await openPage(browser, `${server.url}filters.html`);
    await expectErrorHandled(page, 'The page noticed');
    expect(problems).toEqual([]);
    await page.close();
  });
});

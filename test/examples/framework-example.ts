// The same browser checks for each framework example (React, Vue): built with vite against @cate/charts' dist/
// (run `pnpm build` first), served with its sample data under a strict Content-Security-Policy, in chromium.
// Each example renders: a #quarters select bound to the app's state; #chart, a <cate-chart> given the sample's
// publication (cate-publication@1) as its `data` property; #drawn, set from cate-ready; #broken, a <cate-chart> with a wrong `src`;
// #broken-status, set (with data-code) from the cate-error the app handled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve, type ExampleServer } from '../../examples/serve.mjs';
import {
  buildExample,
  drawnChart,
  expectErrorHandled,
  expectFiltersRedraw,
  launchChromium,
  openPage,
} from './harness.js';

/** How the example binds to the element, for the test titles: its event bindings and where the filter state lives. */
export interface Binding {
  readyEvent: string;
  errorEvent: string;
  state: string;
}

export function describeFrameworkExample(name: 'react' | 'vue', binding: Binding, more?: () => void): void {
  let browser: Browser;
  let server: ExampleServer;
  let remove: () => void = () => {};

  beforeAll(async () => {
    const built = await buildExample(name);
    remove = built.remove;
    [browser, server] = await Promise.all([launchChromium(), serve([['/', built.outDir]])]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    remove();
  });

  describe(`examples/${name}`, () => {
    more?.();

    it(`draws the section from the data property, and ${binding.readyEvent} reached the app`, async () => {
      const { page, problems } = await openPage(browser, server.url);
      const chart = await drawnChart(page, '#chart');
      expect(chart.heading).toContain('Continent of Origin');
      expect(chart.quarters).toHaveLength(8);
      expect(chart.bars).toBeGreaterThan(10);
      // The framework set `data` as a property (an object has no attribute form), not as an attribute: the
      // publication, not submissions.
      const asProperty = await page
        .locator('#chart')
        .evaluate(
          (el) =>
            (el as HTMLElement & { data?: { format?: string } }).data?.format === 'cate-publication@1' &&
            !el.hasAttribute('data'),
        );
      expect(asProperty).toBe(true);
      await expect.poll(() => page.locator('#drawn').textContent()).toMatch(/^Drawn as /);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`a filter change in ${binding.state} redraws the chart with other data, and back`, async () => {
      const { page, problems } = await openPage(browser, server.url);
      await expectFiltersRedraw(page);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`a wrong data address shows the element's message, and the app handled cate-error through ${binding.errorEvent}`, async () => {
      const { page, problems } = await openPage(browser, server.url);
      await expectErrorHandled(page, 'The app noticed');
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}

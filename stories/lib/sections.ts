/**
 * The story of one taxonomy section, drawn from the synthetic sample: what a designer reviews for every chart of
 * the report. `.storybook/section-stories.ts` calls `sectionStory` once per section of each area's file.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { cateTaxonomy, formatQuarter, readPublication, type SafeCell, type SafeSeries } from '@cate/core';
import { SAMPLE_NOTICE } from '@cate/core/sample';
import { samplePublication, type ChartArgs } from './chart-story.js';
import { chartIn, columnHeaders, dataTable, rowHeaders, settled, summaryText } from './checks.js';

let published: ReadonlyMap<string, SafeSeries> | undefined;

/** The series the element should draw for a section of the sample: the publication's, read here by core independently. */
export function sampleSeries(sectionId: string): SafeSeries {
  published ??= readPublication(samplePublication).sections;
  const series = published.get(sectionId);
  if (!series) throw new Error(`no section ${sectionId} in the sample publication`);
  return series;
}

/** The largest categories over the range, as a reader would pick them from the published totals. */
export function largestCategories(series: SafeSeries, count = 3): string[] {
  return series.categories
    .map((category, i) => {
      const total = series.rangeTotals?.[i];
      return { label: category.label, value: total?.status === 'value' ? total.value : 0, i };
    })
    .filter((c) => c.value > 0)
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .slice(0, count)
    .map((c) => c.label);
}

export function sectionStory(sectionId: string): StoryObj<ChartArgs> {
  return {
    args: { section: sectionId },
    play: async ({ canvasElement, step }) => {
      const section = cateTaxonomy.sections.find((s) => s.id === sectionId)!;
      const series = sampleSeries(sectionId);
      const el = chartIn(canvasElement);
      await settled(el);
      const root = el.shadowRoot!;

      await step('named by its heading', async () => {
        const heading = root.querySelector('[role="heading"]');
        await expect(heading?.textContent?.trim()).toBe(section.chartTitle ?? section.title);
      });

      await step('the description says what is counted', async () => {
        const description = root.querySelector('[part~="description"]');
        await expect(description?.textContent?.trim()).toBe(section.description);
      });

      await step('the summary says the range and the largest categories', async () => {
        const summary = summaryText(el);
        const first = formatQuarter(series.quarters[0]!);
        const last = formatQuarter(series.quarters[series.quarters.length - 1]!);
        await expect(summary).toContain(`from ${first} to ${last}`);
        for (const label of series.categories.length > 1 ? largestCategories(series) : [])
          await expect(summary).toContain(label);
      });

      // A hidden cell shows its mark and says its word to a screen reader: "S" + "Suppressed".
      await step('the data table has quarters × categories, hidden cells as marks and words', async () => {
        const table = dataTable(el);
        const check = (cell: SafeCell, text: string) =>
          cell.status === 'suppressed'
            ? expect(text).toBe('SSuppressed')
            : cell.status === 'not-reported'
              ? expect(text).toBe('n/rNot reported')
              : expect(text).toMatch(/\d/);
        if (table.classList.contains('grouped')) {
          // Grouped categories: one row per category under its group's row header, one column per quarter.
          await expect(columnHeaders(table).slice(1)).toEqual(series.quarters.map((q) => formatQuarter(q)));
          const byLabel = new Map(
            [...table.querySelectorAll('tbody:not(.totals) tr')].flatMap((tr) => {
              const th = tr.querySelector('th[scope="row"]');
              return th ? [[th.textContent!.trim(), [...tr.querySelectorAll('td')]] as const] : [];
            }),
          );
          await expect([...byLabel.keys()].sort()).toEqual(series.categories.map((c) => c.label).sort());
          series.cells.forEach((row, q) =>
            row.forEach((cell, c) => check(cell, byLabel.get(series.categories[c]!.label)![q]!.textContent!.trim())),
          );
          return;
        }
        await expect(rowHeaders(table)).toEqual(series.quarters.map((q) => formatQuarter(q)));
        await expect(columnHeaders(table).slice(1, 1 + series.categories.length)).toEqual(
          series.categories.map((c) => c.label),
        );
        const rows = [...table.querySelectorAll('tbody tr')];
        series.cells.forEach((row, q) =>
          row.forEach((cell, c) => {
            const text = rows[q]!.querySelectorAll('td')[c]!.textContent!.trim();
            if (cell.status === 'suppressed') expect(text).toBe('SSuppressed');
            else if (cell.status === 'not-reported') expect(text).toBe('n/rNot reported');
            else expect(text).toMatch(/\d/);
          }),
        );
      });

      await step('the synthetic-data notice is shown', async () => {
        await expect(canvasElement.textContent).toContain(SAMPLE_NOTICE);
      });
    },
  };
}

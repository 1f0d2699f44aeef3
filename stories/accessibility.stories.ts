/**
 * What a keyboard or screen-reader user gets: one tab stop, arrow keys across quarters and categories, Home/End,
 * Escape, the announcement in the live region; the accessible name, the plain-language summary and the data
 * table. (Real Tab key presses through the page: test/stories/keyboard.browser.test.ts.)
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { formatQuarter } from '@cate/core';
import { chartMeta, type ChartArgs } from './lib/chart-story.js';
import {
  announcement,
  chartIn,
  columnHeaders,
  dataTable,
  part,
  press,
  rowHeaders,
  settled,
  summaryText,
  tooltipText,
} from './lib/checks.js';
import { largestCategories, sampleSeries } from './lib/sections.js';

export default {
  title: 'Accessibility',
  ...chartMeta,
} satisfies Meta<ChartArgs>;

type Story = StoryObj<ChartArgs>;

const SECTION = 'continent-of-origin';

/** What the element should say for cell (q, c) of the sample: computed here from core's series, not the element. */
function expectedSentence(q: number, c: number): string {
  const series = sampleSeries(SECTION);
  const category = series.categories[c]!.label;
  const quarter = formatQuarter(series.quarters[q]!);
  const cell = series.cells[q]![c]!;
  if (cell.status === 'suppressed') return `${category}, ${quarter}: suppressed to protect privacy`;
  if (cell.status === 'not-reported') return `${category}, ${quarter}: not reported`;
  return `${category}, ${quarter}: ${cell.value.toLocaleString('en')} ${cell.value === 1 ? 'client' : 'clients'}`;
}

/** What the live region says for cell (q, c): the sentence, then where the cell is. */
function expectedAnnouncement(q: number, c: number): string {
  const series = sampleSeries(SECTION);
  const position = `quarter ${q + 1} of ${series.quarters.length}, category ${c + 1} of ${series.categories.length}`;
  return `${expectedSentence(q, c)}; ${position}`;
}

export const KeyboardPath: Story = {
  args: { section: SECTION },
  play: async ({ canvasElement, step }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const plot = part(el, 'plot')!;
    const series = sampleSeries(SECTION);
    const nq = series.quarters.length;
    /** Presses a key on the focused drawing and returns what the live region then says. */
    const hear = async (key: string) => {
      press(plot, key);
      await el.updateComplete;
      return announcement(el);
    };

    await step('the drawing is one tab stop: nothing inside it is focusable', async () => {
      await expect(plot.tabIndex).toBe(0);
      await expect(plot.querySelectorAll('[tabindex], a[href], button, input, select, textarea').length).toBe(0);
      const svg = plot.querySelector('svg')!;
      await expect(svg.getAttribute('aria-hidden')).toBe('true');
      await expect(svg.getAttribute('focusable')).toBe('false');
    });

    await step('it is an application (arrows reach it in focus mode), named and described by the keys', async () => {
      await expect(plot.getAttribute('role')).toBe('application');
      await expect(plot.getAttribute('aria-label')).toBe('interactive chart');
      const described = plot
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '');
      await expect(described).toHaveLength(1);
      await expect(described[0]).toContain('Left and right arrows move between quarters');
    });

    await step('focus shows a visible focus indicator', async () => {
      plot.focus({ focusVisible: true } as FocusOptions);
      await expect(el.shadowRoot!.activeElement).toBe(plot);
      const style = getComputedStyle(plot);
      await expect(style.outlineStyle).toBe('solid');
      await expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    });

    await step('the first arrow selects the first quarter of the first category, announced and shown', async () => {
      await expect(await hear('ArrowRight')).toBe(expectedAnnouncement(0, 0));
      await expect(tooltipText(el)).toBe(expectedSentence(0, 0));
    });

    await step('Right and Left move across quarters; Down and Up across categories', async () => {
      await expect(await hear('ArrowRight')).toBe(expectedAnnouncement(1, 0));
      await expect(await hear('ArrowDown')).toBe(expectedAnnouncement(1, 1));
      await expect(await hear('ArrowLeft')).toBe(expectedAnnouncement(0, 1));
      await expect(await hear('ArrowUp')).toBe(expectedAnnouncement(0, 0));
      // At an edge the position stays, and the announcement says which edge it met.
      await expect(await hear('ArrowUp')).toBe(`First category. ${expectedAnnouncement(0, 0)}`);
      await expect(await hear('ArrowLeft')).toBe(`First quarter shown. ${expectedAnnouncement(0, 0)}`);
    });

    await step('End and Home jump to the last and first quarter', async () => {
      await expect(await hear('End')).toBe(expectedAnnouncement(nq - 1, 0));
      await expect(await hear('Home')).toBe(expectedAnnouncement(0, 0));
    });

    await step('Ctrl+End and Ctrl+Home jump to the last and first cell of the whole chart', async () => {
      press(plot, 'End', { ctrlKey: true });
      await el.updateComplete;
      await expect(announcement(el)).toBe(expectedAnnouncement(nq - 1, series.categories.length - 1));
      press(plot, 'Home', { ctrlKey: true });
      await el.updateComplete;
      await expect(announcement(el)).toBe(expectedAnnouncement(0, 0));
    });

    await step('a suppressed cell is announced in words, never as a number', async () => {
      const c = series.categories.findIndex((_, k) => series.cells[0]![k]!.status === 'suppressed');
      await expect(c).toBeGreaterThan(-1);
      for (let k = 1; k <= c; k++) await expect(await hear('ArrowDown')).toBe(expectedAnnouncement(0, k));
      await expect(announcement(el)).toMatch(/suppressed to protect privacy; quarter 1 of \d+, category \d+ of \d+$/);
    });

    await step('Escape stops exploring (announced), and a second Escape is left to the page', async () => {
      const handled = !press(plot, 'Escape');
      await el.updateComplete;
      await expect(handled).toBe(true);
      await expect(announcement(el)).toBe('Stopped exploring the chart.');
      await expect(tooltipText(el)).toBe('');
      await expect(press(plot, 'Escape')).toBe(true); // not prevented: a dialog around the chart can still close
      await expect(el.shadowRoot!.activeElement).toBe(plot); // focus stays: nothing traps or steals it
    });

    await step('the announcement is a polite, atomic live region', async () => {
      const live = el.shadowRoot!.querySelector('[aria-live]')!;
      await expect(live.getAttribute('aria-live')).toBe('polite');
      await expect(live.getAttribute('aria-atomic')).toBe('true');
    });

    await step('keys a screen reader uses are left alone', async () => {
      for (const key of ['Tab', 'Enter', ' ', 'a', 'h']) await expect(press(plot, key)).toBe(true);
    });
  },
};

/** Rough Flesch-Kincaid grade: the summary should read at grade 9 or lower. */
function readingGrade(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim()).length || 1;
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syllables = words.reduce((n, word) => {
    const w = word
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
      .replace(/^y/, '');
    return n + Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
  }, 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

export const SummaryAndTable: Story = {
  args: { section: SECTION },
  play: async ({ canvasElement, step }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const series = sampleSeries(SECTION);
    const summary = summaryText(el);

    await step('the heading is a real heading, level 2 by default', async () => {
      const heading = part(el, 'heading')!;
      await expect(heading.getAttribute('role')).toBe('heading');
      await expect(heading.getAttribute('aria-level')).toBe('2');
    });

    await step('the summary: what is shown, the range, the largest categories, the trend, hidden values', async () => {
      await expect(summary).toContain(
        // The heading says the title; the summary begins "Chart:" so the title is heard once.
        'Chart: number of clients in 8 categories, from Q1 2024 to Q4 2025.',
      );
      await expect(summary).toContain(
        `The largest over these quarters: ${largestCategories(series).slice(0, -1).join(', ')} and ${largestCategories(series).at(-1)}.`,
      );
      await expect(summary).toMatch(
        /The total (rose|fell) from [\d,]+ in Q1 2024 to [\d,]+ in Q4 2025\.|The total was [\d,]+ in both/,
      );
      await expect(summary).toMatch(/Values shown range from [\d,]+ to [\d,]+\./);
      await expect(summary).toContain('Some values are hidden to protect privacy.');
    });

    await step('the summary is short and plain (grade 9 or lower)', async () => {
      await expect(summary.split(/\s+/).length).toBeLessThanOrEqual(90);
      await expect(readingGrade(summary)).toBeLessThanOrEqual(9);
    });

    await step('the instructions read at grade 9 or lower', async () => {
      const instructions = el.shadowRoot!.getElementById('instructions-text')!.textContent!.trim();
      await expect(readingGrade(instructions), instructions).toBeLessThanOrEqual(9);
    });

    await step(
      'the data table is always there for assistive technology: quarters × categories with a caption',
      async () => {
        const table = dataTable(el);
        await expect(table.closest('[aria-hidden="true"]')).toBeNull();
        await expect(getComputedStyle(table.parentElement!).display).not.toBe('none');
        await expect(table.querySelector('caption')!.textContent).toBe('Chart: data table');
        await expect(rowHeaders(table)).toEqual(series.quarters.map((q) => formatQuarter(q)));
        await expect(columnHeaders(table)).toEqual([
          'Quarter',
          ...series.categories.map((c) => c.label),
          'Total',
          'Members reporting',
        ]);
        await expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(
          true,
        );
        await expect(table.querySelector('tbody')!.textContent).toContain('Suppressed');
        // The S mark is keyed once, in the chart's footnotes beside the table (no longer repeated in a table foot).
        await expect(part(el, 'footnotes')!.textContent).toContain('S = suppressed');
      },
    );

    await step('the toggle shows the table visually and says so', async () => {
      const toggle = part(el, 'table-toggle') as HTMLButtonElement;
      await expect(toggle.getAttribute('aria-expanded')).toBe('false');
      toggle.click();
      await el.updateComplete;
      await expect(toggle.getAttribute('aria-expanded')).toBe('true');
      await expect(toggle.textContent!.trim()).toBe('Hide data table');
      const region = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      await expect(region.getBoundingClientRect().height).toBeGreaterThan(100);
      await expect(region.querySelector('table')).toBeTruthy();
    });
  },
};

/**
 * Every footnote at grade 9 or lower, including the coverage note when members are missing in many quarters (it
 * no longer lists every quarter: the table's "Members reporting" column has the counts).
 */
export const FootnotesReadingLevel: Story = {
  args: { section: SECTION },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const partial = sampleSeries(SECTION).coverage.filter((c) => c.reported < c.expected).length;
    await expect(partial, 'the sample has partial coverage in several quarters').toBeGreaterThan(1);
    await expect(part(el, 'footnotes')!.textContent).toContain('Not every member reported every quarter.');
    for (const note of part(el, 'footnotes')!.querySelectorAll('li')) {
      const text = note.textContent!.trim();
      await expect(readingGrade(text), text).toBeLessThanOrEqual(9);
    }
  },
};

/**
 * Charts people can read: the sample's Continent of Origin as a member network would publish it after two members
 * stopped reporting some continents (not-reported cells beside the suppressed ones), with North America dwarfing
 * the other continents. At each width the element picks a layout that fits: one panel per continent, each on its
 * own scale, and says so in the drawing; hidden and missing cells are "S" and "n/r" under the baseline, never a
 * bar; every mark carries its continent's marker.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { chartMeta, type ChartArgs } from './lib/chart-story.js';
import { chartIn, settled } from './lib/checks.js';
import { sampleSeries } from './lib/sections.js';

export default {
  title: 'Legibility',
  ...chartMeta,
} satisfies Meta<ChartArgs>;

type Story = StoryObj<ChartArgs>;

const SECTION = 'continent-of-origin';

/**
 * The published sample with some cells not reported: Oceania and Europe in the two latest quarters, and Other
 * Origin in the first (what a reader meets when a member leaves the network or skips a question).
 */
function withMissingCells() {
  const series = sampleSeries(SECTION);
  const index = (label: string) => series.categories.findIndex((c) => c.label === label);
  const missing = [
    ...[series.quarters.length - 2, series.quarters.length - 1].flatMap((q) => [
      [q, index('Australia/Oceania')],
      [q, index('Europe')],
    ]),
    [0, index('Other Origin')],
  ];
  const cells = series.cells.map((row, q) =>
    row.map((cell, c) =>
      missing.some(([mq, mc]) => mq === q && mc === c) ? { status: 'not-reported' as const } : cell,
    ),
  );
  // Totals would no longer add up with cells nobody reported, and could then reveal a hidden cell: a member
  // network publishing partial data leaves them out (the element's own check refuses them otherwise).
  const { quarterTotals: _q, rangeTotals: _r, shares: _s, ...rest } = series;
  return { ...rest, cells };
}

/** Text boxes of the drawing that overlap (there should be none at any width). */
function overlappingTexts(el: HTMLElement): string[] {
  const texts = [...el.shadowRoot!.querySelectorAll('svg.chart text')]
    .filter((t) => t.textContent!.trim())
    .map((t) => ({ text: t.textContent!.trim(), box: t.getBoundingClientRect() }));
  const found: string[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i]!.box, texts[j]!.box];
      if (
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
      )
        found.push(`${texts[i]!.text} × ${texts[j]!.text}`);
    }
  return found;
}

const play: Story['play'] = async ({ canvasElement, step }) => {
  const el = chartIn(canvasElement);
  await settled(el);
  const svg = el.shadowRoot!.querySelector('svg.chart')!;
  await step('one panel per category, each on its own scale, and the chart says why', async () => {
    await expect(svg.querySelectorAll('g.panel').length).toBeGreaterThan(1);
    const note = [...svg.querySelectorAll('text.layout-note')].map((t) => t.textContent).join(' ');
    await expect(note).toMatch(/own scale/);
  });
  await step('not-reported and suppressed cells are marks under a baseline, not bars', async () => {
    const marks = [...svg.querySelectorAll('g.placeholder')];
    await expect(marks.some((g) => g.textContent!.includes('n/r'))).toBe(true);
    await expect(marks.some((g) => g.textContent!.includes('S'))).toBe(true);
    const baselines = [...svg.querySelectorAll('line.baseline')].map((l) => l.getBoundingClientRect().top);
    for (const g of marks) await expect(g.getBoundingClientRect().top).toBeGreaterThanOrEqual(Math.min(...baselines));
  });
  await step('no two pieces of text overlap', async () => {
    await expect(overlappingTexts(el)).toEqual([]);
  });
};

export const Wide: Story = {
  name: 'Dominant category and not-reported cells, 1280 px',
  args: { section: SECTION, data: withMissingCells(), frameWidth: 1280 },
  play,
};

export const Medium: Story = {
  name: 'Dominant category and not-reported cells, 640 px',
  args: { section: SECTION, data: withMissingCells(), frameWidth: 640 },
  play,
};

export const Narrow: Story = {
  name: 'Dominant category and not-reported cells, 320 px (400% zoom)',
  args: { section: SECTION, data: withMissingCells(), frameWidth: 320 },
  play,
};

export const NarrowDark: Story = {
  name: 'Dominant category and not-reported cells, 320 px, dark',
  args: { section: SECTION, data: withMissingCells(), frameWidth: 320, theme: 'dark' },
  play,
};

export const Bars: Story = {
  name: 'As grouped bars at 640 px: markers on every bar, hidden cells under the baseline',
  args: { section: SECTION, data: withMissingCells(), frameWidth: 640, kind: 'grouped-bar' },
  play,
};

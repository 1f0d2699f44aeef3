/**
 * Every kind of chart the element draws, each on a section it suits, from the synthetic sample.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { sampleSubmissions } from '@cate/core/sample';
import { expect } from 'storybook/test';
import type { ChartKind } from '@cate/charts';
import { chartMeta, type ChartArgs } from './lib/chart-story.js';
import { chartIn, dataTable, part, settled } from './lib/checks.js';

export default {
  title: 'Chart kinds',
  ...chartMeta,
} satisfies Meta<ChartArgs>;

type Story = StoryObj<ChartArgs>;

/** Drawn as the kind asked for (no "shown in the default style" fallback), with its data table. */
function drawnAs(
  kind: ChartKind,
  check?: (el: HTMLElement & { shadowRoot: ShadowRoot }) => Promise<void>,
): Story['play'] {
  return async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(el.dataset.readyKind).toBe(kind);
    await expect(part(el, 'footnotes')?.textContent ?? '').not.toContain('Shown in the default style');
    await expect(dataTable(el).querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    await check?.(el as HTMLElement & { shadowRoot: ShadowRoot });
  };
}

const legendShapes = async (el: HTMLElement & { shadowRoot: ShadowRoot }) => {
  // Meaning never by colour alone: each legend entry has a marker shape beside its colour; in small multiples
  // (no list in the legend) each panel's name has its category's marker beside it.
  const panels = [...el.shadowRoot.querySelectorAll('svg.chart .panel')];
  const items = panels.length ? panels : [...(part(el as never, 'legend')?.querySelectorAll('li') ?? [])];
  await expect(items.length).toBeGreaterThan(1);
  for (const item of items)
    await expect(item.querySelector(panels.length ? ':scope > path.marker' : 'svg')).toBeTruthy();
};

export const GroupedBar: Story = {
  args: { section: 'continent-of-origin', kind: 'grouped-bar' },
  play: drawnAs('grouped-bar', legendShapes),
};

export const StackedBar: Story = {
  args: { section: 'new-and-existing-clients', kind: 'stacked-bar' },
  play: drawnAs('stacked-bar', legendShapes),
};

/** A 100% stack needs shares, which the disclosure policy publishes only when asked. */
export const StackedPercent: Story = {
  args: {
    section: 'new-and-existing-clients',
    kind: 'stacked-percent',
    // Shares of client counts are not in the sample's publication: the coordinator's preview protects them here.
    policy: { publish: { shares: true } } as never,
    preview: true,
    data: sampleSubmissions(),
  },
  play: drawnAs('stacked-percent', async (el) => {
    const cells = [...dataTable(el as never).querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    await expect(cells.some((text) => text.includes('%'))).toBe(true);
  }),
};

export const Line: Story = {
  args: { section: 'mental-health-diagnoses', kind: 'line' },
  play: drawnAs('line', legendShapes),
};

export const Table: Story = {
  args: { section: 'country-of-origin', kind: 'table' },
  play: drawnAs('table', async (el) => {
    // A visible, wide table scrolls sideways: its region is focusable and named.
    const region = el.shadowRoot.querySelector('[role="region"]');
    await expect(region?.getAttribute('tabindex')).toBe('0');
    await expect(region?.getAttribute('aria-label')).toContain('data table');
  }),
};

export const Stat: Story = {
  args: { section: 'clients-with-unmet-requests', kind: 'stat', frameWidth: 360 },
  play: drawnAs('stat', async (el) => {
    await expect(part(el as never, 'stat')?.textContent).toMatch(/Q4 2025/);
  }),
};

/** A kind that does not suit the section falls back to the default, and says so. */
export const UnsuitableKindFallsBack: Story = {
  args: { section: 'mental-health-diagnoses', kind: 'stacked-bar' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(el.dataset.readyKind).not.toBe('stacked-bar');
    await expect(part(el, 'footnotes')?.textContent).toContain('Shown in the default style');
  },
};

/** Too many categories for a readable chart (more than 12): the default is the table, not a dense chart. */
export const ManyCategoriesDefaultToTable: Story = {
  args: { section: 'country-of-origin' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(el.dataset.readyKind).toBe('table');
    await expect(part(el, 'plot')).toBeNull();
  },
};

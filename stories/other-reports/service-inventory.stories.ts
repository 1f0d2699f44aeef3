/**
 * `<cate-service-inventory>`: seed 004's figure 1 from its published numbers (real), and the inventory derived
 * from the synthetic Missouri resource guide.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../../packages/charts/src/guide/service-inventory/cate-service-inventory.js';
import type { CateServiceInventory } from '../../packages/charts/src/guide/service-inventory/cate-service-inventory.component.js';
import example from '../../packages/core/data/examples/missouri-resource-guide.json';
import {
  ST_LOUIS_INVENTORY_2022 as figure1,
  inventoryFromCounts,
  parseResourceGuide,
} from '../../packages/core/src/reports.js';
import { frame, frameArgTypes, rendered, type FrameArgs } from './frame.js';

interface Args extends FrameArgs {
  source: 'figure-1' | 'synthetic-guide';
  view?: 'heat' | 'table';
  theme?: 'light' | 'dark' | 'auto';
}

const published = inventoryFromCounts(figure1.counties, figure1.serviceTypes, figure1.counts);
const guide = parseResourceGuide(example);

export default {
  title: 'Other reports/Service inventory',
  component: 'cate-service-inventory',
  render: (args) =>
    frame(
      args,
      args.source === 'figure-1'
        ? html`<cate-service-inventory .inventory=${published} heading=${figure1.title} view=${args.view ?? 'heat'} theme=${args.theme ?? 'auto'}></cate-service-inventory>`
        : html`<div>
            <p style="font-size:14px;margin:0 0 8px">${guide.notice}</p>
            <cate-service-inventory .guide=${guide} heading="Service inventory by county (synthetic example)" view=${args.view ?? 'heat'} theme=${args.theme ?? 'auto'}></cate-service-inventory>
          </div>`,
    ),
  args: { frameWidth: 960, source: 'figure-1' },
  argTypes: {
    ...frameArgTypes,
    source: { control: 'inline-radio', options: ['figure-1', 'synthetic-guide'] },
    view: { control: 'inline-radio', options: ['heat', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Seed 004 figure 1, with its published totals. */
export const StLouisFigure1: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered<CateServiceInventory>(canvasElement, 'cate-service-inventory');
    const last = [...el.shadowRoot!.querySelectorAll('tr.totals td')].map((td) => td.textContent!.trim());
    await expect(last).toEqual([...figure1.serviceTotals.map(String), '198']);
    await expect(el.shadowRoot!.querySelectorAll('td.gap').length).toBe(
      figure1.counts.flat().filter((v) => v === 0).length,
    );
  },
};

export const PlainTable: Story = { args: { view: 'table' } };

export const FromSyntheticGuide: Story = { args: { source: 'synthetic-guide' } };

export const Phone: Story = { args: { frameWidth: 320 } };

export const Dark: Story = { args: { page: 'dark', theme: 'dark' } };

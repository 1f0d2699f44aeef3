/**
 * The statewide snapshot (seed 001): headline figures computed from protected series of the synthetic sample,
 * and the top three needs with their resources and recommendations (published text).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../../packages/charts/src/guide/snapshot-stat/cate-snapshot-stat.js';
import '../../packages/charts/src/guide/top-needs/cate-top-needs.js';
import type { CateSnapshotStat } from '../../packages/charts/src/guide/snapshot-stat/cate-snapshot-stat.component.js';
import { aggregateSection, cateTaxonomy, protectTable } from '../../packages/core/src/index.js';
import {
  MINOR_AT_ACCESS,
  MISSOURI_TOP_NEEDS_2019,
  RACIAL_OR_ETHNIC_MINORITY,
  shareFigure,
} from '../../packages/core/src/reports.js';
import { SAMPLE_NOTICE, sampleSubmissions } from '../../packages/core/src/sample/index.js';
import { frame, frameArgTypes, rendered, type FrameArgs } from './frame.js';

interface Args extends FrameArgs {
  theme?: 'light' | 'dark' | 'auto';
}

const series = (section: string) => protectTable(aggregateSection(cateTaxonomy, sampleSubmissions(), section)).series;

export default {
  title: 'Other reports/Statewide snapshot',
  render: (args) =>
    frame(
      args,
      html`<div style="display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(min(100%,18em),1fr))">
          <cate-snapshot-stat .figure=${shareFigure(series('race-and-hispanic-ethnicity'), RACIAL_OR_ETHNIC_MINORITY, { period: 'range' })} theme=${args.theme ?? 'auto'}></cate-snapshot-stat>
          <cate-snapshot-stat .figure=${shareFigure(series('age'), MINOR_AT_ACCESS, { period: 'range' })} theme=${args.theme ?? 'auto'}></cate-snapshot-stat>
        </div>
        <p style="font-size:14px">${SAMPLE_NOTICE}</p>
        <cate-top-needs .needs=${MISSOURI_TOP_NEEDS_2019} theme=${args.theme ?? 'auto'}></cate-top-needs>`,
    ),
  args: { frameWidth: 960 },
  argTypes: { ...frameArgTypes, theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const Snapshot: Story = {
  play: async ({ canvasElement }) => {
    const stat = await rendered<CateSnapshotStat>(canvasElement, 'cate-snapshot-stat');
    await expect(stat.shadowRoot!.querySelector('[part=figure]')?.textContent).toMatch(/%/);
    const needs = canvasElement.querySelector('cate-top-needs')!;
    await expect(needs.shadowRoot!.querySelectorAll('[part=need]').length).toBe(3);
  },
};

export const Phone: Story = { args: { frameWidth: 320 } };

export const Dark: Story = { args: { page: 'dark', theme: 'dark' } };

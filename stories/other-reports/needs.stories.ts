/** `<cate-needs-ranking>` with the synthetic needs assessment (invented ratings, clearly marked). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../../packages/charts/src/guide/needs-ranking/cate-needs-ranking.js';
import type { CateNeedsRanking } from '../../packages/charts/src/guide/needs-ranking/cate-needs-ranking.component.js';
import example from '../../packages/core/data/examples/needs-assessment.json';
import { checkNeedsAssessment } from '../../packages/core/src/reports.js';
import { frame, frameArgTypes, rendered, type FrameArgs } from './frame.js';

interface Args extends FrameArgs {
  region: string;
  theme?: 'light' | 'dark' | 'auto';
}

const assessment = checkNeedsAssessment(example).assessment!;

export default {
  title: 'Other reports/Needs assessment',
  component: 'cate-needs-ranking',
  render: (args) =>
    frame(
      args,
      html`<cate-needs-ranking .assessment=${assessment} region=${args.region} theme=${args.theme ?? 'auto'}></cate-needs-ranking>`,
    ),
  args: { frameWidth: 720, region: 'st-louis' },
  argTypes: { ...frameArgTypes, region: { control: 'select', options: ['', ...assessment.regions.map((r) => r.id)] } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const StLouis: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered<CateNeedsRanking>(canvasElement, 'cate-needs-ranking');
    await expect(el.shadowRoot!.querySelectorAll('circle.dot').length).toBe(assessment.needs.length);
  },
};

/** Two respondents: every median withheld. */
export const TooFewResponses: Story = { args: { region: 'southeast' } };

export const AllRegions: Story = { args: { region: '' } };

export const Phone: Story = { args: { frameWidth: 320 } };

export const Dark: Story = { args: { page: 'dark', theme: 'dark' } };

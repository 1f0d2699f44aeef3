/**
 * `<cate-resource-guide>` with the synthetic Missouri example (real county names, invented providers): search by
 * words, county and service type, as seed 002 hopes for "a more accessible and easy to use format".
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/charts/src/guide/resource-guide/cate-resource-guide.js';
import type { CateResourceGuide } from '../../packages/charts/src/guide/resource-guide/cate-resource-guide.component.js';
import example from '../../packages/core/data/examples/missouri-resource-guide.json';
import { frame, frameArgTypes, rendered, type FrameArgs } from './frame.js';

interface Args extends FrameArgs {
  query?: string;
  county?: string;
  service?: string;
  theme?: 'light' | 'dark' | 'auto';
}

export default {
  title: 'Other reports/Resource guide',
  component: 'cate-resource-guide',
  render: (args) =>
    frame(
      args,
      html`<cate-resource-guide .guide=${example} query=${args.query ?? ''} county=${args.county ?? ''} service=${args.service ?? ''} theme=${args.theme ?? 'auto'}></cate-resource-guide>`,
    ),
  args: { frameWidth: 720 },
  argTypes: { ...frameArgTypes, theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

const names = (el: CateResourceGuide) =>
  [...el.shadowRoot!.querySelectorAll('[part=provider] [role=heading]')].map((h) => h.textContent!.trim());

export const WholeGuide: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered<CateResourceGuide>(canvasElement, 'cate-resource-guide');
    await expect(names(el).length).toBe(18);
    await expect(el.shadowRoot!.querySelector('[part=notice]')?.textContent).toContain('SYNTHETIC');
  },
};

/** A deep link: the filters as attributes. */
export const FilteredByCountyAndService: Story = {
  args: { county: 'Franklin', service: 'legal' },
  play: async ({ canvasElement }) => {
    const el = await rendered<CateResourceGuide>(canvasElement, 'cate-resource-guide');
    await expect(names(el)).toEqual(['Riverfront Legal Aid Project (example)']);
  },
};

/** Typing in the search box, as a person would. */
export const SearchByWords: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered<CateResourceGuide>(canvasElement, 'cate-resource-guide');
    const input = el.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, 'interpreting');
    await waitFor(() => expect(names(el)).toEqual(['Confluence Interpreters Network (example)']));
  },
};

export const Phone: Story = { args: { frameWidth: 320, county: 'Greene' } };

export const Dark: Story = { args: { page: 'dark', theme: 'dark', county: 'Jackson' } };

export const NothingMatches: Story = {
  args: { query: 'no such provider' },
  play: async ({ canvasElement }) => {
    const el = await rendered<CateResourceGuide>(canvasElement, 'cate-resource-guide');
    await expect(el.shadowRoot!.querySelector('[part=message]')?.textContent).toContain('No provider matches');
  },
};

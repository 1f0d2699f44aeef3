/**
 * Sections / Services Accessed: one story per section of the "services-accessed" area, drawn from the synthetic sample.
 * The stories are generated from the taxonomy (.storybook/section-stories.ts): a new section gets one here.
 */
import type { Meta } from '@storybook/web-components-vite';
import { chartMeta, type ChartArgs } from '../lib/chart-story.js';

export default {
  title: 'Sections/Services Accessed',
  ...chartMeta,
} satisfies Meta<ChartArgs>;

/**
 * The National Human Trafficking Hotline's Missouri report for 2020 (seed 003), drawn by the same `<cate-chart>`
 * from its own taxonomy and the report's published numbers (real published figures, not synthetic). The whole
 * year is one period, filed as 2020-Q4 and named "2020" by the series' period labels; each section counts signals
 * or situations, in its own words (the taxonomy's unit labels).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { HOTLINE_MISSOURI_2020, hotlineSeries, hotlineTaxonomy } from '../../packages/core/src/reports.js';
import { chartMeta, type ChartArgs } from '../lib/chart-story.js';
import { chartIn, dataTable, settled } from '../lib/checks.js';

export default {
  title: 'Other reports/Hotline Missouri 2020',
  ...chartMeta,
  args: { ...chartMeta.args, notice: false, taxonomy: hotlineTaxonomy },
} satisfies Meta<ChartArgs>;

type Story = StoryObj<ChartArgs>;

function published(section: string): ChartArgs {
  const { series } = hotlineSeries(HOTLINE_MISSOURI_2020, section);
  return {
    section,
    data: series,
    taxonomy: hotlineTaxonomy,
    description: `${hotlineTaxonomy.sections.find((s) => s.id === section)!.description} January 1 – December 31, 2020.`,
  };
}

/** What the table must hold: each published count as the report prints it. */
function tableHas(...texts: string[]): Story['play'] {
  return async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const cells = [...dataTable(el).querySelectorAll('td')].map((td) => td.textContent!.trim());
    for (const text of texts) await expect(cells).toContain(text);
  };
}

export const SubstantiveSignals: Story = {
  args: { ...published('substantive-signals'), kind: 'stat', frameWidth: 360 },
  play: tableHas('750'),
};

export const SignalerType: Story = {
  args: { ...published('signaler-type'), kind: 'grouped-bar' },
  play: tableHas('185', '7', '750'),
};

export const PrimaryReason: Story = {
  args: { ...published('primary-reason'), kind: 'stacked-percent' },
  play: tableHas('22%', '75%', '4%', '0%'),
};

/** The top level of the venue/industry hierarchy: the sums of its groups. */
export const TypeOfTrafficking: Story = {
  args: { ...published('trafficking-type'), kind: 'stacked-percent' },
  play: tableHas('86%', '4%', '3%', '7%'),
};

/**
 * The hierarchy: venues clustered under Sex, industries under Labor, each group's published total (229, 10) as a
 * band behind its bars and as its row group's header in the table; the legend lists each group under its name.
 */
export const VenueIndustry: Story = {
  args: { ...published('venue-industry'), kind: 'grouped-bar', frameWidth: 760 },
  play: async (context) => {
    await tableHas('229', '111', '10', '4', '19')!(context);
    const el = chartIn(context.canvasElement);
    const root = el.shadowRoot!;
    await expect([...root.querySelectorAll('.group-label')].map((t) => t.textContent!.trim())).toEqual([
      'Sex',
      'Labor',
    ]);
    await expect([...root.querySelectorAll('th[scope=rowgroup]')].map((t) => t.textContent!.trim())).toEqual([
      'Sex',
      'Labor',
    ]);
    await expect(root.querySelector('.x-axis .tick-label')!.textContent!.trim()).toBe('2020');
  },
};

/** The same hierarchy as a table: categories as rows in their groups, the year as the column. */
export const VenueIndustryTable: Story = {
  args: { ...published('venue-industry'), kind: 'table' },
  play: tableHas('229', '111', '10', '4', '19'),
};

/** Non-cumulative: a situation may reference several demographics. Gender Minorities is withheld (fewer than three). */
export const VictimDemographics: Story = {
  args: { ...published('victim-demographics'), kind: 'grouped-bar' },
  // The suppressed cell shows "S" and says "Suppressed" to a screen reader.
  play: tableHas('SSuppressed', '149', '267'),
};

/**
 * Snapshot cases: each is one named function returning a chart drawn from fixed data (no time, no randomness).
 * The runner (packages/charts/test/snapshots.test.ts) serializes, normalizes and compares with output/<name>.svg
 * (or .html for the kinds drawn in HTML).
 */
import type { SVGTemplateResult, TemplateResult } from 'lit';
import {
  englishMessages,
  layoutChart,
  renderLegend,
  renderStat,
  renderSvgChart,
  renderTable,
  tableView,
  type ChartKind,
} from '../../packages/charts/src/index.js';
import type { SafeSeries } from '@cate/core';
import { HOTLINE_MISSOURI_2020, hotlineSeries } from '../../packages/core/src/reports.js';
import { continents, diagnoses, newExisting, screening, unmet } from '../../packages/charts/test/fixtures.js';

export interface SnapshotCase {
  type: 'svg' | 'html';
  width?: number;
  height?: number;
  template: SVGTemplateResult | TemplateResult;
}

function chart(series: SafeSeries, kind: ChartKind, width = 640, locale = 'en'): SnapshotCase {
  const layout = layoutChart(series, { kind, width, locale });
  return {
    type: 'svg',
    width: layout.width,
    height: layout.height,
    template: renderSvgChart(layout, { idPrefix: 'chart' }),
  };
}

/** Continents with North America at about 300 beside the others' tens (the issue's reader case). */
const dominant: SafeSeries = {
  ...continents,
  cells: continents.cells.map((row) =>
    row.map((cell, c) =>
      c === 3 && cell.status === 'value' ? { status: 'value' as const, value: cell.value * 6 } : cell,
    ),
  ),
};

/** A Hotline section as published (seed 003): real figures, one period named "2020". */
function hotline(section: string): SafeSeries {
  const { series } = hotlineSeries(HOTLINE_MISSOURI_2020, section);
  if (!series) throw new Error(`no Hotline series for ${section}`);
  return series;
}

export const cases: Record<string, () => SnapshotCase> = {
  groupedBarContinents: () => chart(continents, 'grouped-bar'),
  groupedBarContinentsNarrow: () => chart(continents, 'grouped-bar', 300),
  groupedBarContinentsSpanishLocale: () => chart(continents, 'grouped-bar', 640, 'es'),
  stackedBarNewExisting: () => chart(newExisting, 'stacked-bar', 480),
  stackedPercentNewExisting: () => chart(newExisting, 'stacked-percent', 480),
  lineDiagnoses: () => chart(diagnoses, 'line'),
  lineUnmetSingleCategory: () => chart(unmet, 'line', 480),
  linePercentScreening: () => chart(screening, 'line', 480),
  focusRingOnPlaceholder: () => {
    const layout = layoutChart(continents, { kind: 'grouped-bar', width: 640 });
    return {
      type: 'svg',
      width: layout.width,
      height: layout.height,
      template: renderSvgChart(layout, { idPrefix: 'chart', active: { q: 0, c: 2 } }),
    };
  },
  tableContinents: () => ({
    type: 'html',
    template: renderTable(
      tableView(continents, { measure: 'count', locale: 'en', messages: englishMessages }),
      { caption: 'Continent of Origin by Quarter: data table', quarter: 'Quarter' },
      ['S = suppressed: hidden to protect privacy.'],
    ),
  }),
  statUnmet: () => {
    const layout = layoutChart(unmet, { kind: 'stat', width: 320 });
    return {
      type: 'html',
      template: renderStat(
        layout.cells.map((row) => row[0]!),
        layout.quarters,
        'clients',
        englishMessages,
      ),
    };
  },
  groupedBarHotlineVenues: () => chart(hotline('venue-industry'), 'grouped-bar', 720),
  groupedBarHotlineVenuesNarrow: () => chart(hotline('venue-industry'), 'grouped-bar', 360),
  groupedBarHotlineVictimDemographics: () => chart(hotline('victim-demographics'), 'grouped-bar', 640),
  tableHotlineVenues: () => ({
    type: 'html',
    template: renderTable(
      tableView(hotline('venue-industry'), {
        measure: 'count',
        locale: 'en',
        messages: englishMessages,
        unitNoun: 'situations',
      }),
      { caption: 'Venue/Industry of Potential Trafficking: data table', quarter: 'Quarter' },
      [],
    ),
  }),
  legendHotlineVenues: () => {
    const layout = layoutChart(hotline('venue-industry'), { kind: 'grouped-bar', width: 720 });
    return {
      type: 'html',
      template: renderLegend(layout.categories, {
        label: 'Legend',
        line: false,
        ...(layout.groups ? { groups: layout.groups } : {}),
      }),
    };
  },
  /** One category dwarfs the rest (North America): small multiples, each with its own scale, said in the chart. */
  lineDominantContinentsMultiples: () => chart(dominant, 'line', 640),
  /** 280 px, the narrowest supported: panels in one column, quarter labels thinned, status marks under baselines. */
  lineDiagnosesNarrow280: () => chart(diagnoses, 'line', 280),
  /** Stacks keep one plot; hidden cells are marks under the baseline; segments too thin for a marker are patterned. */
  stackedBarContinentsPatterns: () => chart(continents, 'stacked-bar', 360),
  legendContinentsWithStatusKeys: () => {
    const layout = layoutChart(continents, { kind: 'grouped-bar', width: 640 });
    return {
      type: 'html',
      template: renderLegend(layout.categories, {
        label: 'Legend',
        line: false,
        title: 'Continent of Origin',
        layout,
        statusKeys: { suppressed: englishMessages.legendSuppressed, notReported: englishMessages.legendNotReported },
      }),
    };
  },
  legendDiagnosesLine: () => {
    const layout = layoutChart(diagnoses, { kind: 'line', width: 640 });
    return { type: 'html', template: renderLegend(layout.categories, { label: 'Legend', line: true }) };
  },
};

import { html, nothing, type TemplateResult } from 'lit';
import type { SafeSeries, Section } from '@cate/core';
import { chartHeight } from '../layout/axes.js';
import { canonicalLocale } from '../safety/options.js';
import type { ChartKind } from '../layout/kinds.js';
import { layoutChart } from '../layout/layout-chart.js';
import type { ChartLayout } from '../layout/types.js';
import { messagesFor, type Messages } from '../messages.js';
import { hasLegend, renderLegend, type LegendOptions } from '../renderers/legend.js';
import { renderStat } from '../renderers/stat.js';
import { renderSvgChart } from '../renderers/svg-chart.js';
import { renderTable } from '../renderers/table.js';
import { describeChart, hasContent, seriesFootnotes } from '../chart/derive.js';

/** Options of a chart drawn without a browser. */
export interface StaticChartOptions {
  /** The section, for the default title. */
  section?: Section | undefined;
  /** Title; default the section's chart title. */
  heading?: string | undefined;
  /** aria-level of the title. Default 2. */
  headingLevel?: number | undefined;
  /** Width of the drawing in px (the SVG scales to its container). Default 640. */
  width?: number | undefined;
  /** BCP 47 locale. Default "en". */
  locale?: string | undefined;
  /** Prefix for ids inside the drawing. Default "cate-static". */
  idPrefix?: string | undefined;
}

const DEFAULTS = { width: 640, headingLevel: 2, locale: 'en', idPrefix: 'cate-static' };

/**
 * The footnotes of a series drawn without its section, as the element words them (hidden and missing cells,
 * partial coverage, counting caveats). `renderStaticChart` shows the element's own, with the section's notes.
 */
export function chartFootnotes(
  series: SafeSeries,
  _layout: ChartLayout | undefined,
  m: Messages,
  locale: string,
): string[] {
  return seriesFootnotes(series, m, locale, undefined);
}

/** The legend as the live element draws it: the report's legend title, groups and the status marks' keys. */
function legendOptions(layout: ChartLayout, kind: ChartKind, section: Section | undefined, m: Messages): LegendOptions {
  return {
    label: m.legendLabel,
    line: kind === 'line',
    title: section?.legendTitle,
    layout,
    statusKeys: { suppressed: m.legendSuppressed, notReported: m.legendNotReported },
    ...(layout.groups ? { groups: layout.groups } : {}),
  };
}

const legend = (layout: ChartLayout, options: LegendOptions) =>
  hasLegend(options) ? renderLegend(layout.categories, options) : nothing;

/**
 * A chart as static markup: the live element's shadow content in its ready state, from the same pure layout and
 * renderers, with the data table shown (there is no button to show it without JavaScript). Render it into a
 * shadow root that has the chart's styles (`chartStyles`), e.g. a declarative one.
 */
export function renderStaticChart(series: SafeSeries, options: StaticChartOptions = {}): TemplateResult {
  const locale = canonicalLocale(options.locale ?? DEFAULTS.locale);
  const m = messagesFor(locale);
  const section = options.section;
  const title = options.heading || section?.chartTitle || section?.title || series.section;
  const heading = html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${options.headingLevel ?? DEFAULTS.headingLevel}>${title}</div>`;
  if (!hasContent(series))
    return html`<div part="base" class="base auto">${heading}<p part="message" class="message">${m.empty}</p></div>`;
  // The same kind, summary, table and footnotes as the live element (the provenance note, "may exceed" once).
  const description = describeChart(series, {
    kind: undefined,
    requestedKind: '',
    title,
    locale,
    section,
    messages: m,
  });
  const { kind, footnotes } = description;
  const width = options.width ?? DEFAULTS.width;
  const layout = layoutChart(series, { kind, width, height: chartHeight(width), locale });
  const caption = m.tableCaption(title);
  const drawing = kind !== 'table' && kind !== 'stat';
  let figure: TemplateResult | typeof nothing = nothing;
  if (kind === 'stat')
    figure = renderStat(
      layout.cells.map((row) => row[0]!),
      layout.quarters,
      m.unitNoun(series.unit),
      m,
    );
  else if (drawing)
    figure = html`<div part="plot" class="plot" role="img" aria-labelledby="heading" aria-describedby="summary">
      <svg part="svg" class="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
        ${renderSvgChart(layout, { idPrefix: options.idPrefix ?? DEFAULTS.idPrefix })}
      </svg>
    </div>`;
  return html`<div part="base" class="base auto">
    ${heading}
    ${series.categories.length > 1 && drawing ? legend(layout, legendOptions(layout, kind, section, m)) : nothing}
    ${figure}
    <p id="summary" part="summary" class="sr-only">${description.summary}</p>
    ${footnotes.length ? html`<ul part="footnotes" class="footnotes">${footnotes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    <div id="data-table" class="table-wrap" tabindex="0" role="region" aria-label=${caption}>${renderTable(description.tableView, { caption, quarter: m.quarterHeader }, footnotes)}</div>
  </div>`;
}

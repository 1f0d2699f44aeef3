import { html, nothing, type TemplateResult } from 'lit';
import { formatQuarter, type SafeSeries, type Section } from '@cate/core';
import { chartHeight } from '../layout/axes.js';
import { canonicalLocale } from '../safety/options.js';
import { resolveKind, type ChartKind } from '../layout/kinds.js';
import { layoutChart } from '../layout/layout-chart.js';
import { measureFor } from '../layout/measure.js';
import { tableView } from '../layout/table-view.js';
import type { ChartLayout } from '../layout/types.js';
import { messagesFor, type Messages } from '../messages.js';
import { renderLegend } from '../renderers/legend.js';
import { renderStat } from '../renderers/stat.js';
import { renderSvgChart } from '../renderers/svg-chart.js';
import { renderTable } from '../renderers/table.js';
import { summarize } from '../summary.js';

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

function hasContent(series: SafeSeries): boolean {
  return (
    series.quarters.length > 0 &&
    series.categories.length > 0 &&
    series.cells.some((row) => row.some((cell) => cell.status !== 'not-reported'))
  );
}

/** The same footnotes as the live element: hidden and missing cells, partial coverage, counting caveats. */
export function chartFootnotes(
  series: SafeSeries,
  layout: ChartLayout | undefined,
  m: Messages,
  locale: string,
): string[] {
  const notes: string[] = [];
  const cells = series.cells.flat();
  if (cells.some((c) => c.status === 'suppressed') || layout?.has.suppressed)
    notes.push(m.footnoteSuppressed(series.disclosure.threshold, series.disclosure.protectZeros));
  if (cells.some((c) => c.status === 'not-reported') || layout?.has.notReported) notes.push(m.footnoteNotReported);
  const partial = series.coverage.filter((c) => c.reported < c.expected);
  if (partial.length)
    notes.push(
      m.coverageNote(
        partial.map((c) => `${formatQuarter(c.quarter, { locale })}, ${m.coverage(c.reported, c.expected)}`),
      ),
    );
  if (series.unit === 'clients') notes.push(m.clientsNotPeople);
  if (series.multiSelect) notes.push(m.multiSelectNote);
  return notes;
}

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
  const kind: ChartKind = resolveKind(undefined, series).kind;
  const measure = measureFor(kind, series);
  const width = options.width ?? DEFAULTS.width;
  const layout = layoutChart(series, { kind, width, height: chartHeight(width), locale });
  const footnotes = chartFootnotes(series, layout, m, locale);
  const view = tableView(series, { measure, locale, messages: m });
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
    ${series.categories.length > 1 && drawing ? renderLegend(layout.categories, { label: m.legendLabel, line: kind === 'line' }) : nothing}
    ${figure}
    <p id="summary" part="summary" class="sr-only">${summarize(series, { title, locale, measure })}</p>
    ${footnotes.length ? html`<ul part="footnotes" class="footnotes">${footnotes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    <div id="data-table" class="table-wrap" tabindex="0" role="region" aria-label=${caption}>${renderTable(view, { caption, quarter: m.quarterHeader }, footnotes)}</div>
  </div>`;
}

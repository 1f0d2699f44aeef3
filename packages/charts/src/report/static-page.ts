import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  formatQuarter,
  type Quarter,
  type QuarterRange,
  type SafeSeries,
  type Section,
  type Taxonomy,
} from '@cate/core';
import { messagesFor } from '../messages.js';
import { chartStyles } from '../styles.js';
import { reportMessagesFor } from './messages.js';
import { renderReport } from './report-view.js';
import { renderStaticChart } from './static-chart.js';
import { reportStyles } from './styles.js';
import { canonicalLocale } from '../safety/options.js';

/** Turns a Lit template into HTML: `@lit-labs/ssr`'s render, collected (the caller brings the SSR library). */
export type TemplateToHtml = (template: TemplateResult) => string;

/** Where the static site's files are, relative to its pages. */
export interface StaticAssets {
  /** The report's stylesheet (`reportCss()`), e.g. "assets/cate-report.css". */
  reportCss: string;
  /** The chart's stylesheet (`chartCss()`), linked from each chart's shadow root. */
  chartCss: string;
  /** The classic-script bundle that registers `<cate-report>`; none for a page without JavaScript. */
  script?: string | undefined;
  /** The published data, offered as a download. */
  data?: string | undefined;
}

export interface StaticReportOptions {
  taxonomy: Taxonomy;
  /** Each section's SafeSeries (from `protectReport`): the only numbers the page can show. */
  series: ReadonlyMap<string, SafeSeries>;
  assets: StaticAssets;
  toHtml: TemplateToHtml;
  title?: string | undefined;
  /** The synthetic-data notice, when the data is synthetic. */
  notice?: string | undefined;
  /** The quarters published. */
  quarters?: QuarterRange | undefined;
  /** How many member organizations the data covers (the organization filter used, else all). */
  organizations?: { shown: number; total: number } | undefined;
  locale?: string | undefined;
  /** Width of each drawing in px (it scales to the page). Default 640. */
  width?: number | undefined;
  /** The published report document as JSON text, embedded for the live element (it works from file://). */
  inlineData?: string | undefined;
}

/** The page stylesheet of a static report: the report's rules (they start at `.report`) and the page's own. */
export function reportCss(): string {
  return `body {
  margin: 0;
  padding: 1rem clamp(1rem, 4vw, 3rem) 3rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  line-height: 1.5;
  color: #1f2328;
  background: #ffffff;
}
@media (prefers-color-scheme: dark) {
  body { color: #ececf1; background: #1b1b1f; }
}
cate-report { display: block; }
.chart-static { display: block; }
.report .status, .report .download { margin: 0.5em 0; }
@media print {
  body { padding: 0; color: #000; background: #fff; }
}
${reportStyles.cssText}`;
}

/** The chart's stylesheet, for the declarative shadow roots of static charts (`:host` is each chart's box). */
export function chartCss(): string {
  return chartStyles.cssText;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON inside a `<script type="application/json">`: nothing in it may close the element or open a comment. */
export function scriptSafeJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * One chart as static HTML: a box with a declarative shadow root holding the chart's markup and a link to its
 * stylesheet, so it looks as the live element does, with no JavaScript.
 */
export function staticChartHtml(
  series: SafeSeries,
  options: {
    section?: Section | undefined;
    chartCss: string;
    toHtml: TemplateToHtml;
    headingLevel?: number;
    width?: number | undefined;
    locale?: string | undefined;
  },
): string {
  const markup = options.toHtml(
    renderStaticChart(series, {
      section: options.section,
      heading: options.section?.chartTitle ?? options.section?.title,
      headingLevel: options.headingLevel ?? 4,
      width: options.width,
      locale: options.locale,
      idPrefix: `cate-${series.section}`,
    }),
  );
  return `<div class="chart-static" data-section="${escapeText(series.section)}"><template shadowrootmode="open"><link rel="stylesheet" href="${escapeText(options.chartCss)}">${markup}</template></div>`;
}

function page(options: {
  title: string;
  lang: string;
  css: string;
  script?: string | undefined;
  body: string;
}): string {
  return `<!doctype html>
<html lang="${escapeText(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(options.title)}</title>
<link rel="stylesheet" href="${escapeText(options.css)}">
${options.script ? `<script src="${escapeText(options.script)}" defer></script>\n` : ''}</head>
<body>
${options.body}
</body>
</html>
`;
}

/**
 * The whole report as one HTML page that needs no server and no JavaScript: the report's markup in the light DOM
 * (so `#section` links work), every chart as SVG with its data table. With the script, `<cate-report>` reads the
 * embedded data and replaces the static copy with the live report (filters, keyboard, tooltips).
 */
export function staticReportPage(options: StaticReportOptions): string {
  const { taxonomy, series, toHtml } = options;
  const locale = canonicalLocale(options.locale);
  const m = reportMessagesFor(locale);
  const title = options.title || taxonomy.name;
  const label = (q: Quarter) => formatQuarter(q, { locale });
  const total = options.organizations?.total ?? taxonomy.organizations.length;
  const shown = options.organizations?.shown ?? total;
  const showing = options.quarters
    ? m.showing(
        label(options.quarters.from),
        label(options.quarters.to),
        shown === total ? m.allMembers(total) : m.someMembers(shown, total),
      )
    : '';
  const controls = html`<div class="filters">
    ${showing ? html`<p class="showing">${showing}</p>` : ''}
    ${options.assets.data ? html`<p class="download"><a href=${options.assets.data}>${m.downloadData}</a></p>` : ''}
  </div>`;
  const empty = messagesFor(locale).empty;
  const report = toHtml(
    renderReport({
      taxonomy,
      messages: m,
      title,
      notice: options.notice,
      controls,
      chart: (section) => {
        const data = series.get(section.id);
        if (!data) return html`<p class="status">${empty}</p>`;
        // Safe: staticChartHtml returns Lit SSR output (every label and number escaped by Lit) inside a wrapper
        // whose only attribute values go through escapeText; no data reaches it unescaped.
        return unsafeHTML(
          staticChartHtml(data, { section, chartCss: options.assets.chartCss, toHtml, width: options.width, locale }),
        );
      },
    }),
  );
  const live = options.assets.script && options.inlineData !== undefined;
  const body = `<main>
<cate-report${live ? ' src="#cate-report-data"' : ''}${options.notice ? ' sample' : ''}${locale !== 'en' ? ` locale="${escapeText(locale)}"` : ''}${options.title ? ` heading="${escapeText(options.title)}"` : ''}>
${report}
</cate-report>
</main>${live ? `\n<script type="application/json" id="cate-report-data">${scriptSafeJson(options.inlineData!)}</script>` : ''}`;
  return page({
    title,
    lang: locale,
    css: options.assets.reportCss,
    script: live ? options.assets.script : undefined,
    body,
  });
}

/** One section's chart as a page of its own (for printing one chart, or an iframe that needs no JavaScript). */
export function staticChartPage(
  series: SafeSeries,
  options: {
    taxonomy: Taxonomy;
    assets: StaticAssets;
    toHtml: TemplateToHtml;
    notice?: string | undefined;
    locale?: string | undefined;
    width?: number | undefined;
  },
): string {
  const section = options.taxonomy.sections.find((s) => s.id === series.section);
  const locale = canonicalLocale(options.locale);
  const m = reportMessagesFor(locale);
  const notice = options.notice
    ? `<p class="notice" role="note"><strong>${escapeText(m.sampleTitle)}.</strong> ${escapeText(options.notice)}</p>\n`
    : '';
  const chart = staticChartHtml(series, {
    section,
    chartCss: options.assets.chartCss,
    toHtml: options.toHtml,
    headingLevel: 1,
    width: options.width,
    locale,
  });
  return page({
    title: `${section?.chartTitle ?? section?.title ?? series.section} – ${options.taxonomy.name}`,
    lang: locale,
    css: options.assets.reportCss,
    body: `<main class="report">\n${notice}${chart}\n</main>`,
  });
}

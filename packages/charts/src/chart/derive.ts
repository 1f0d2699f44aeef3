import type { SafeSeries, SectionText, Taxonomy, DisclosurePolicy } from '@cate/core';
import { chartHeight } from '../layout/axes.js';
import { resolveKind, type ChartKind } from '../layout/kinds.js';
import { layoutChart } from '../layout/layout-chart.js';
import { measureFor } from '../layout/measure.js';
import { periodLabel } from '../layout/periods.js';
import { tableView, type TableView } from '../layout/table-view.js';
import type { ChartLayout, Measure } from '../layout/types.js';
import type { ChartInput } from '../load.js';
import type { Messages } from '../messages.js';
import { loadedPipeline } from '../pipeline-chunk.js';
import { loadedCateTaxonomy } from './cate-taxonomy.js';
import { publishedView } from '../public-data.js';
import { summarize } from '../summary.js';

/** Which series of the input the element shows. */
export interface SeriesRequest {
  /** The taxonomy given to the element (a preview without one uses the CATE taxonomy). */
  taxonomy: Taxonomy | undefined;
  section: string;
  quarters: string | undefined;
  organizations: string | undefined;
  policy: DisclosurePolicy | undefined;
}

/**
 * Published data: the section and quarters selected; a preview's submissions: aggregated and protected. All in
 * core. Undefined when there is nothing to show; throws (a ChartError or core's error) when the request fails.
 */
export function seriesFromInput(input: ChartInput, request: SeriesRequest): SafeSeries | undefined {
  if (input.type !== 'submissions') return publishedView(input, request);
  // Submissions only arrive through the pipeline (or empty), so it is loaded whenever they hold anything.
  // The loader hands submissions over once the pipeline and a taxonomy (the one given, else the CATE one) are here.
  return input.submissions.length === 0
    ? undefined
    : loadedPipeline()!.seriesFromSubmissions(input.submissions, {
        ...request,
        taxonomy: request.taxonomy ?? loadedCateTaxonomy()!,
      });
}

/** A series with at least one quarter, one category and one reported cell. */
export function hasContent(series: SafeSeries): boolean {
  return (
    series.quarters.length > 0 &&
    series.categories.length > 0 &&
    series.cells.some((row) => row.some((cell) => cell.status !== 'not-reported'))
  );
}

/** What does not depend on the size: the kind, the measure, the summary, the table's content, the footnotes. */
export interface ChartDescription {
  kind: ChartKind;
  /** The kind asked for does not suit the series: another was chosen (a footnote says so). */
  fellBack: boolean;
  measure: Measure;
  summary: string;
  tableView: TableView;
  footnotes: string[];
}

export function describeChart(
  series: SafeSeries,
  options: {
    kind: ChartKind | undefined;
    /** The `kind` as the page gave it, for the fallback footnote. */
    requestedKind: string;
    title: string;
    locale: string;
    section: SectionText | undefined;
    messages: Messages;
  },
): ChartDescription {
  const { locale, messages } = options;
  const { kind, fellBack } = resolveKind(options.kind, series);
  const measure = measureFor(kind, series);
  const unitLabel = options.section?.unitLabel;
  let view: TableView | undefined;
  return {
    kind,
    fellBack,
    measure,
    summary: summarize(series, { title: options.title, locale, measure, unitLabel }),
    // Made when first read: the data table is built when idle or asked for, often after newer data has come.
    get tableView() {
      return (view ??= tableView(series, {
        measure,
        locale,
        messages,
        ...(unitLabel ? { unitNoun: unitLabel.other } : {}),
      }));
    },
    footnotes: [
      ...seriesFootnotes(series, messages, locale, fellBack ? options.requestedKind : undefined).filter(
        // The report's own description already says it ("Results may exceed the total client count ..."): once.
        (note) => !(note === messages.multiSelectNote && saysMayExceed(options.section, messages)),
      ),
      ...provenanceNote(options.section, messages),
    ],
  };
}

/** Whether the section's description, in the catalogue's language, already says categories may add up to more. */
function saysMayExceed(section: SectionText | undefined, m: Messages): boolean {
  return m.language === 'en' && /\bmay exceed\b/i.test(section?.description ?? '');
}

/** Where the categories came from, when not from the report itself (a standard, or the coalition's own list). */
function provenanceNote(section: SectionText | undefined, m: Messages): string[] {
  const from = section?.categoriesFrom;
  if (!from || from.from === 'report') return [];
  return [m.categoriesFrom(from.from, from.standard, from.note)];
}

/** The footnotes under a chart: hidden cells, partial coverage, counting caveats, and a kind that was not used. */
export function seriesFootnotes(
  series: SafeSeries,
  m: Messages,
  locale: string,
  unusedKind: string | undefined,
): string[] {
  const notes: string[] = [];
  // Every matrix the chart or table may read: counts, shares, totals.
  const cells = [...series.cells.flat(), ...(series.shares?.flat() ?? []), ...(series.quarterTotals ?? [])];
  if (cells.some((c) => c.status === 'suppressed'))
    notes.push(m.footnoteSuppressed(series.disclosure.threshold, series.disclosure.protectZeros));
  if (cells.some((c) => c.status === 'not-reported')) notes.push(m.footnoteNotReported);
  const partial = series.coverage.filter((c) => c.reported < c.expected);
  if (partial.length)
    notes.push(
      m.coverageNote(
        partial.map(
          (c) =>
            `${periodLabel(series, series.quarters.indexOf(c.quarter), locale)}, ${m.coverage(c.reported, c.expected)}`,
        ),
      ),
    );
  if (series.unit === 'clients') notes.push(m.clientsNotPeople);
  if (series.multiSelect) notes.push(m.multiSelectNote);
  if (unusedKind !== undefined) notes.push(m.kindFallback(unusedKind));
  return notes;
}

/**
 * Layout: pure scales and positions for a width and kind. Undefined while a drawn kind has no width yet (a table
 * or a single figure needs none).
 */
export function arrangeChart(
  series: SafeSeries,
  options: { kind: ChartKind; width: number; height: number | undefined; locale: string },
): ChartLayout | undefined {
  const { kind, width } = options;
  if (!(width > 0 || kind === 'table' || kind === 'stat')) return undefined;
  return layoutChart(series, {
    kind,
    width: width || 320,
    height: options.height ?? chartHeight(width || 320),
    locale: options.locale,
  });
}

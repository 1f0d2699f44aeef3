import * as core from '@cate/core';
import type {
  DisclosurePolicy,
  PublicationDocument,
  Quarter,
  QuarterRange,
  SafeSeries,
  Submission,
  SuppressionRecord,
  Taxonomy,
} from '@cate/core';
import { ChartError } from '../load.js';
import { inputFromData, inputFromText } from '../pipeline.js';
import { AGGREGATE_FORMAT, publicFormatOf, readPublicData } from '../public-data.js';

// The report's data step: read a dataset once, then hand each section's SafeSeries to its chart. Every
// statistic (checking, and in a preview validation, aggregation, suppression) is core's; this module only decides
// which reader to call. The browser element and the static build (`cate build`) both use it.
//
// In public the report draws only published data (a `cate-publication@1` document, or an older
// `cate-aggregate@1` one whose every section passes the strict check): views of it only select quarters. Raw
// submissions are read only for a preview (`preview: true`), the coordinator's local check.

/** The older report document (`cate build` writes it as data/report.json); `cate publish` writes `cate-publication@1`. */
export const REPORT_FORMAT = AGGREGATE_FORMAT;

/**
 * A loaded dataset: a publication (checked sections; the quarter filter selects from it, there is no organization
 * filter: per-member counts are not in it) or, in a preview, members' submissions (aggregated and protected here,
 * both filters apply).
 */
export type ReportSource =
  | { type: 'submissions'; submissions: readonly Submission[]; notice?: string | undefined }
  | {
      type: 'published';
      sections: ReadonlyMap<string, SafeSeries>;
      notice?: string | undefined;
      /** The publication document, when the source is one (not an older cate-aggregate@1 document). */
      publication?: PublicationDocument | undefined;
    };

/** The filters of a report: a quarter range and (preview only) a set of member organizations (undefined: all). */
export interface ReportFilters {
  quarters?: QuarterRange | undefined;
  organizations?: readonly string[] | undefined;
}

/** How a report reads its data. */
export interface ReportReadOptions {
  /** Accept raw submissions (the coordinator's local preview). Default false: they are refused (`raw-data-refused`). */
  preview?: boolean | undefined;
}

function noticeOf(json: unknown): string | undefined {
  const notice = (json as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' && notice.trim() ? notice : undefined;
}

/** Published data for a report: a publication's sections; a single series is for <cate-chart>. */
function publishedSource(value: unknown, policy: DisclosurePolicy | undefined): ReportSource {
  const data = readPublicData(value, policy);
  if (data.type !== 'publication')
    throw new ChartError(
      'invalid-data',
      'A single published series is for <cate-chart>; a report needs a cate-publication@1 document.',
    );
  return { type: 'published', sections: data.sections, notice: data.notice, publication: data.publication };
}

const refuseRaw = () =>
  new ChartError('raw-data-refused', 'Raw submissions are not drawn in public: publish them, or add preview.');

/**
 * Reads fetched text: a published document (`cate-publication@1`, or a strictly re-checked `cate-aggregate@1`),
 * or, with `preview`, submissions as JSON or CSV (read by the chart's pipeline, which lists every problem and
 * refuses a file with any error: a report drawn from part of a file would show numbers nobody published).
 */
export function readReportText(
  text: string,
  options: {
    taxonomy: Taxonomy;
    file?: string;
    format?: 'json' | 'csv' | undefined;
    contentType?: string | null;
    policy?: DisclosurePolicy | undefined;
    preview?: boolean | undefined;
  },
): ReportSource {
  let notice: string | undefined;
  if (options.format !== 'csv' && /^\s*[[{]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ChartError('invalid-json', `Invalid JSON: ${(error as Error).message}`);
    }
    if (publicFormatOf(json)) return publishedSource(json, options.policy);
    notice = noticeOf(json);
  }
  if (!options.preview) throw refuseRaw();
  const input = inputFromText(text, options);
  if (input.type !== 'submissions') throw new ChartError('invalid-data', 'Expected submissions.');
  return { type: 'submissions', submissions: input.submissions, notice };
}

/**
 * The `data` property: a `cate-publication@1` (or checked `cate-aggregate@1`) object; with `preview`, an array of
 * submissions or a submissions document (`{ notice?, submissions }`), validated by core like a file.
 */
export function readReportData(
  data: unknown,
  taxonomy: Taxonomy,
  policy?: DisclosurePolicy,
  options: ReportReadOptions = {},
): ReportSource {
  if (publicFormatOf(data)) return publishedSource(data, policy);
  const submissions = Array.isArray(data) ? data : (data as { submissions?: unknown } | null)?.submissions;
  if (!Array.isArray(submissions))
    throw new ChartError('invalid-data', 'The data property must be a cate-publication@1 document.');
  if (!options.preview) throw refuseRaw();
  const input = inputFromData(submissions, taxonomy);
  if (input?.type !== 'submissions') throw new ChartError('invalid-data', 'Expected submissions.');
  return { type: 'submissions', submissions: input.submissions, notice: noticeOf(data) };
}

/** Every quarter the source covers, in order (gaps included). */
export function sourceQuarters(source: ReportSource): Quarter[] {
  if (source.type === 'submissions') return core.quartersOf(source.submissions);
  const release = source.publication?.release;
  if (release) return core.quartersBetween(release.from as Quarter, release.to as Quarter);
  const all = [...source.sections.values()].flatMap((s) => s.quarters);
  if (!all.length) return [];
  const sorted = [...all].sort(core.compareQuarters);
  return core.quartersBetween(sorted[0]!, sorted.at(-1)!);
}

/** The organizations a filter can choose from: the taxonomy's members in report order, then any other submitter. */
export function sourceOrganizations(source: ReportSource, taxonomy: Taxonomy): Array<{ id: string; name: string }> {
  if (source.type !== 'submissions') return [];
  const list = taxonomy.organizations.map((o) => ({ id: o.id, name: o.name }));
  const known = new Set(list.map((o) => o.id));
  for (const s of source.submissions)
    if (!known.has(s.organization)) {
      known.add(s.organization);
      list.push({ id: s.organization, name: s.organization });
    }
  return list;
}

export interface ProtectedReport {
  /** Each section's SafeSeries, in taxonomy order. */
  series: Map<string, SafeSeries>;
  /** The coordinator's private suppression records (submissions only): never publish or display them. */
  records: SuppressionRecord[];
}

/**
 * Each section's SafeSeries. A publication: each section over the quarter range, selected (selectQuarters), never
 * aggregated or protected again; an organization filter is refused (per-member counts are not in it). Submissions
 * (a preview, or `cate build`): aggregated in one pass and protected per section by core.
 */
export function protectReport(
  source: ReportSource,
  taxonomy: Taxonomy,
  filters: ReportFilters = {},
  policy?: DisclosurePolicy,
): ProtectedReport {
  if (source.type === 'published') {
    if (filters.organizations?.length)
      throw new ChartError('organizations-not-published', 'Published data has no per-organization numbers.');
    const range = filters.quarters;
    return {
      series: new Map([...source.sections].map(([id, series]) => [id, core.selectQuarters(series, range)])),
      records: [],
    };
  }
  const tables = core.aggregateReport(taxonomy, source.submissions, {
    ...(filters.quarters ? { quarters: filters.quarters } : {}),
    ...(filters.organizations ? { organizations: filters.organizations } : {}),
  });
  const { series, records } = core.protectTables([...tables.values()], policy);
  return { series: new Map(series.map((s) => [s.section, s])), records };
}

/** The published report document for a protected report (what `cate build` writes as data/report.json). */
export function reportDocument(
  taxonomy: Taxonomy,
  report: ProtectedReport,
  extra: {
    quarters?: QuarterRange | undefined;
    organizations?: readonly string[] | undefined;
    policy: DisclosurePolicy;
    notice?: string | undefined;
  },
): Record<string, unknown> {
  return {
    format: REPORT_FORMAT,
    taxonomy: taxonomy.id,
    ...(extra.notice ? { notice: extra.notice } : {}),
    ...(extra.quarters ? { quarters: extra.quarters } : {}),
    ...(extra.organizations ? { organizations: extra.organizations } : {}),
    policy: { threshold: extra.policy.threshold, protectZeros: extra.policy.protectZeros },
    sections: Object.fromEntries([...report.series.values()].map((s) => [s.section, core.serializeSeries(s)])),
  };
}

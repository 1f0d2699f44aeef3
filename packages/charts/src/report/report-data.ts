import { serializeSeries } from '@cate/core';
import type { DisclosurePolicy, Quarter, QuarterRange, Taxonomy } from '@cate/core';
import { AGGREGATE_FORMAT } from '../public-data.js';
import * as reportPreview from './report-preview.js';
import {
  protectReportWith,
  readReportDataWith,
  readReportTextWith,
  sourceQuartersWith,
  type ProtectedReport,
  type ReportFilters,
  type ReportReadOptions,
  type ReportSource,
  type ReportTextOptions,
} from './report-source.js';

// The report's data step: read a dataset once, then hand each section's SafeSeries to its chart. Every
// statistic (checking, and in a preview validation, aggregation, suppression) is core's; this module only decides
// which reader to call. The static build (`cate build`) and the npm package use it, with the raw-submission
// pipeline at hand; the browser element reads through report-source.ts and loads that pipeline only for a preview.

export { sourceOrganizations } from './report-source.js';
export type { ProtectedReport, ReportFilters, ReportReadOptions, ReportSource } from './report-source.js';

/** The older report document (`cate build` writes it as data/report.json); `cate publish` writes `cate-publication@1`. */
export const REPORT_FORMAT = AGGREGATE_FORMAT;

const preview = () => reportPreview;

/**
 * Reads fetched text: a published document (`cate-publication@1`, or a strictly re-checked `cate-aggregate@1`),
 * or, with `preview`, submissions as JSON or CSV (read by the chart's pipeline, which lists every problem and
 * refuses a file with any error: a report drawn from part of a file would show numbers nobody published).
 */
export function readReportText(text: string, options: ReportTextOptions): ReportSource {
  return readReportTextWith(preview, text, options);
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
  return readReportDataWith(preview, data, taxonomy, policy, options);
}

/** Every quarter the source covers, in order (gaps included). */
export function sourceQuarters(source: ReportSource): Quarter[] {
  return sourceQuartersWith(preview, source);
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
  return protectReportWith(preview, source, taxonomy, filters, policy);
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
    sections: Object.fromEntries([...report.series.values()].map((s) => [s.section, serializeSeries(s)])),
  };
}

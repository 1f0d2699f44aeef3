import * as core from '@cate/core';
import type {
  DisclosurePolicy,
  Problem,
  Quarter,
  QuarterRange,
  SafeSeries,
  Submission,
  SuppressionRecord,
  Taxonomy,
} from '@cate/core';
import { ChartError, isSafeSeries } from '../load.js';
import { inputFromData, inputFromText } from '../pipeline.js';

// The report's data step: read a dataset once, then hand each section's SafeSeries to its chart. Every
// statistic (validation, aggregation, suppression) is core's; this module only decides which reader to call.
// The browser element and the static build (`cate build`) both use it, so the same data gives the same charts.

/** What the published report document is: `cate build` writes it, `cate aggregate` writes the same format. */
export const REPORT_FORMAT = 'cate-aggregate@1';

/**
 * A loaded dataset: members' submissions (aggregated and protected here, filters apply) or a published report
 * (already protected per section; the organization filter cannot apply, since per-member counts are not in it).
 */
export type ReportSource =
  | { type: 'submissions'; submissions: readonly Submission[]; notice?: string | undefined }
  | { type: 'published'; sections: ReadonlyMap<string, SafeSeries>; notice?: string | undefined };

/** The filters of a report: a quarter range and a set of member organizations (undefined: all). */
export interface ReportFilters {
  quarters?: QuarterRange | undefined;
  organizations?: readonly string[] | undefined;
}

function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

function noticeOf(json: unknown): string | undefined {
  const notice = (json as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' && notice.trim() ? notice : undefined;
}

function isReportDocument(
  json: unknown,
): json is { format: string; sections: Record<string, unknown>; notice?: string } {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === REPORT_FORMAT;
}

/** A `cate-aggregate@1` document: each section through core's published-series reader (which re-checks the policy). */
function readPublished(
  json: { sections: Record<string, unknown> },
  taxonomy: Taxonomy,
  policy: DisclosurePolicy | undefined,
): ReportSource {
  const sections = new Map<string, SafeSeries>();
  const problems: Problem[] = [];
  const given = typeof json.sections === 'object' && json.sections !== null ? json.sections : {};
  for (const section of taxonomy.sections) {
    if (!(section.id in given)) continue;
    const { series, problems: found } = core.readPublishedSeries(given[section.id], policy);
    if (series) sections.set(section.id, series);
    for (const p of errorsOf(found))
      problems.push({
        ...p,
        where: { ...p.where, path: `sections.${section.id}${p.where?.path ? `.${p.where.path}` : ''}` },
      });
  }
  if (problems.length)
    throw new ChartError('invalid-data', `The report has ${problems.length} problem(s).`, [], problems);
  return { type: 'published', sections, notice: noticeOf(json) };
}

/**
 * Reads fetched text: a published `cate-aggregate@1` report, or submissions as JSON or CSV (read by the chart's
 * pipeline, which lists every problem and refuses a file with any error: a report drawn from part of a file
 * would show numbers nobody published).
 */
export function readReportText(
  text: string,
  options: {
    taxonomy: Taxonomy;
    file?: string;
    format?: 'json' | 'csv' | undefined;
    contentType?: string | null;
    policy?: DisclosurePolicy | undefined;
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
    if (isReportDocument(json)) return readPublished(json, options.taxonomy, options.policy);
    notice = noticeOf(json);
  }
  const input = inputFromText(text, options);
  if (input.type !== 'submissions')
    throw new ChartError(
      'invalid-data',
      'A single published series is for <cate-chart>; a report needs submissions or a cate-aggregate@1 document.',
    );
  return { type: 'submissions', submissions: input.submissions, notice };
}

/**
 * The `data` property: an array of submissions, a submissions document (`{ notice?, submissions }`), or a
 * published `cate-aggregate@1` report object. Validated by core like a file.
 */
export function readReportData(data: unknown, taxonomy: Taxonomy, policy?: DisclosurePolicy): ReportSource {
  if (isReportDocument(data)) return readPublished(data, taxonomy, policy);
  const submissions = Array.isArray(data) ? data : (data as { submissions?: unknown } | null)?.submissions;
  const input = Array.isArray(submissions) && !isSafeSeries(data) ? inputFromData(submissions, taxonomy) : undefined;
  if (input?.type !== 'submissions')
    throw new ChartError('invalid-data', 'The data property must be submissions or a cate-aggregate@1 report.');
  return { type: 'submissions', submissions: input.submissions, notice: noticeOf(data) };
}

/** Every quarter the source covers, in order (gaps included). */
export function sourceQuarters(source: ReportSource): Quarter[] {
  if (source.type === 'submissions') return core.quartersOf(source.submissions);
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
 * Each section's SafeSeries: submissions are aggregated in one pass and protected per section by core; a
 * published report is used as it is (the filters need per-member counts it does not have).
 */
export function protectReport(
  source: ReportSource,
  taxonomy: Taxonomy,
  filters: ReportFilters = {},
  policy?: DisclosurePolicy,
): ProtectedReport {
  if (source.type === 'published') return { series: new Map(source.sections), records: [] };
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

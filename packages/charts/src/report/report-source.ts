import { compareQuarters, quartersBetween } from '@cate/core';
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
import { selectQuarters } from '@cate/core/published';
import { ChartError } from '../load.js';
import { publicFormatOf, readPublicData } from '../public-data.js';
import type { ReportPreview } from './report-preview-chunk.js';

// The report's data step without the raw-submission pipeline: published data is read and selected here; raw
// submissions (a preview) go to `preview()`, the module that reads, aggregates and protects them (report-preview.ts).
// report-data.ts hands it over directly (Node, `cate build`, the npm package); the element hands over the chunk it
// loads on demand, so a page drawing a publication never downloads the pipeline or zod.
//
// In public the report draws only published data (a `cate-publication@1` document, or an older
// `cate-aggregate@1` one whose every section passes the strict check): views of it only select quarters. Raw
// submissions are read only for a preview (`preview: true`), the coordinator's local check.

/** The raw-submission module, when a read needs it (the element's getter throws until its chunk is loaded). */
export type PreviewModule = () => ReportPreview;

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

/** What fetched text is read with. */
export interface ReportTextOptions {
  taxonomy: Taxonomy;
  file?: string;
  format?: 'json' | 'csv' | undefined;
  contentType?: string | null;
  policy?: DisclosurePolicy | undefined;
  preview?: boolean | undefined;
}

export interface ProtectedReport {
  /** Each section's SafeSeries, in taxonomy order. */
  series: Map<string, SafeSeries>;
  /** The coordinator's private suppression records (submissions only): never publish or display them. */
  records: SuppressionRecord[];
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

/** `readReportText` (report-data.ts), raw submissions read by `preview()`. */
export function readReportTextWith(preview: PreviewModule, text: string, options: ReportTextOptions): ReportSource {
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
  const input = preview().inputFromText(text, options);
  if (input.type !== 'submissions') throw new ChartError('invalid-data', 'Expected submissions.');
  return { type: 'submissions', submissions: input.submissions, notice };
}

/** `readReportData` (report-data.ts), raw submissions read by `preview()`. */
export function readReportDataWith(
  preview: PreviewModule,
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
  const input = preview().inputFromData(submissions, taxonomy);
  if (input?.type !== 'submissions') throw new ChartError('invalid-data', 'Expected submissions.');
  return { type: 'submissions', submissions: input.submissions, notice: noticeOf(data) };
}

/** `sourceQuarters` (report-data.ts): a preview's quarters come from `preview()`. */
export function sourceQuartersWith(preview: PreviewModule, source: ReportSource): Quarter[] {
  if (source.type === 'submissions') return preview().quartersOf(source.submissions);
  const release = source.publication?.release;
  if (release) return quartersBetween(release.from as Quarter, release.to as Quarter);
  const all = [...source.sections.values()].flatMap((s) => s.quarters);
  if (!all.length) return [];
  const sorted = [...all].sort(compareQuarters);
  return quartersBetween(sorted[0]!, sorted.at(-1)!);
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

/** `protectReport` (report-data.ts): a preview's submissions are aggregated and protected by `preview()`. */
export function protectReportWith(
  preview: PreviewModule,
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
      series: new Map([...source.sections].map(([id, series]) => [id, selectQuarters(series, range)])),
      records: [],
    };
  }
  return preview().protectSubmissions(source.submissions, taxonomy, filters, policy);
}

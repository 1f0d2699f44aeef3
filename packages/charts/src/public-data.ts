import {
  parseQuarterRange,
  type DisclosurePolicy,
  type Problem,
  type PublicationDocument,
  type SafeSeries,
} from '@cate/core';
// The readers of published data from their own entry: nothing behind it builds a zod schema (a chart's first load).
import {
  checkPublishedSeries,
  PUBLICATION_FORMAT,
  readPublication,
  SERIES_FORMAT,
  selectQuarters,
} from '@cate/core/published';
import { ChartError, checkedSeries, isSafeSeries } from './load.js';

// What the elements may draw in public: a `cate-publication@1` document or one published series, each re-checked
// by core's one strict check (readPublication / checkPublishedSeries). A number the check would have to hide is
// refused, never patched. Raw submissions are not read here: they are for the local preview only (pipeline.ts).

/** The older report document (`cate build`, `cate aggregate`), accepted only when every section passes the strict check. */
export const AGGREGATE_FORMAT = 'cate-aggregate@1';

/** Published data, checked: a publication's sections, or one series. */
export type PublicData =
  | {
      type: 'publication';
      sections: ReadonlyMap<string, SafeSeries>;
      publication?: PublicationDocument | undefined;
      notice?: string | undefined;
    }
  | { type: 'series'; series: SafeSeries };

/** The public format a parsed document or object claims to be, if any (anything else is treated as raw data). */
export function publicFormatOf(value: unknown): 'publication' | 'aggregate' | 'series' | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const format = (value as { format?: unknown }).format;
  if (format === PUBLICATION_FORMAT) return 'publication';
  if (format === AGGREGATE_FORMAT) return 'aggregate';
  if (format === SERIES_FORMAT || (format === undefined && isSafeSeries(value))) return 'series';
  // Another format name is someone's document, not submissions: read it as a publication to say which is expected.
  if (typeof format === 'string') return 'publication';
  return undefined;
}

/** Problems that mean a published number breaks the policy, as core's strict check names them. */
const UNSAFE = new Set(['below-threshold', 'complementary']);

/** The ChartError for a refused document: `unsafe-data` when a number breaks the policy, else `invalid-data`. */
function refusal(problems: readonly Problem[]): ChartError {
  const errors = problems.filter((p) => p.severity === 'error');
  const unsafe = errors.some((p) => UNSAFE.has(p.code));
  return unsafe
    ? new ChartError('unsafe-data', `The data publishes ${errors.length} number(s) the policy would hide.`, [], errors)
    : new ChartError('invalid-data', `The published data has ${errors.length} problem(s).`, [], errors);
}

function noticeOf(json: unknown): string | undefined {
  const notice = (json as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' && notice.trim() ? notice : undefined;
}

/**
 * A `cate-aggregate@1` document, each section through the strict check. One written for a subset of the members
 * (`organizations`) is refused: beside the coalition's publication it would let a member's counts be subtracted.
 */
function readAggregate(json: Record<string, unknown>, policy: DisclosurePolicy | undefined): PublicData {
  const organizations = json.organizations;
  if (Array.isArray(organizations) && organizations.length > 0)
    throw new ChartError('outdated-format', 'A cate-aggregate@1 document for some organizations cannot be published.');
  const given = json.sections;
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new ChartError('outdated-format', 'The cate-aggregate@1 document has no sections to check.');
  const sections = new Map<string, SafeSeries>();
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(given as Record<string, unknown>)) {
    const { series, problems: found } = checkPublishedSeries(value, policy);
    for (const p of found)
      problems.push({ ...p, where: { ...p.where, path: `sections.${id}${p.where.path ? `.${p.where.path}` : ''}` } });
    if (series && series.section !== id)
      problems.push({
        severity: 'error',
        code: 'shape-mismatch',
        message: `sections.${id} holds the series of "${series.section}"`,
        where: { path: `sections.${id}.section` },
      });
    if (series) sections.set(id, series);
  }
  if (problems.some((p) => p.severity === 'error')) throw refusal(problems);
  return { type: 'publication', sections, notice: noticeOf(json) };
}

/**
 * Reads and checks published data given as a parsed document or an object: a `cate-publication@1` document
 * (readPublication), a `cate-aggregate@1` document (each section strictly), or one series (`cate-series@1`, or a
 * SafeSeries object however it was made: checkPublishedSeries). Throws a ChartError: `unsafe-data` when a number
 * breaks the policy (the problems say where, never a hidden value), `invalid-data` or `outdated-format` otherwise.
 */
export function readPublicData(value: unknown, policy?: DisclosurePolicy): PublicData {
  const format = publicFormatOf(value);
  if (format === 'aggregate') return readAggregate(value as Record<string, unknown>, policy);
  if (format === 'series') {
    const { series, problems } = checkPublishedSeries(value, policy);
    if (!series) throw refusal(problems);
    return { type: 'series', series };
  }
  const { publication, sections, problems } = readPublication(value, policy);
  if (!publication) throw refusal(problems);
  return { type: 'publication', sections, publication, notice: noticeOf(publication) };
}

/**
 * Where a preview of raw data may be drawn: this computer only (localhost, 127.0.0.1, [::1], *.localhost, or a
 * file opened from disk). Anywhere else the page is, or may become, public.
 */
export function isLocalOrigin(location: { protocol: string; hostname: string }): boolean {
  if (location.protocol === 'file:') return true;
  const host = location.hostname.toLowerCase();
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]' || host === '::1'
  );
}

/** What a chart asks of published data: a section, a quarter range, and (never available in public) organizations. */
export interface ViewRequest {
  section: string;
  quarters?: string | undefined;
  organizations?: string | undefined;
}

/**
 * The series a chart draws from published data: its section, over the quarters asked for. It only selects
 * (selectQuarters): nothing is aggregated or protected again, so every number is the publication's or a sum of
 * its published cells. Per-organization numbers are not in a publication, so `organizations` is refused.
 */
export function publishedView(data: PublicData, request: ViewRequest): SafeSeries {
  const range = request.quarters ? parseQuarterRange(request.quarters) : undefined;
  if (request.quarters && !range)
    throw new ChartError('invalid-quarters', `Invalid quarter range "${request.quarters}"`, [request.quarters]);
  if (request.organizations?.trim())
    throw new ChartError('organizations-not-published', 'Published data has no per-organization numbers.');
  let series: SafeSeries;
  if (data.type === 'series') series = checkedSeries(data.series, request.section);
  else {
    if (!request.section) throw new ChartError('missing-section', 'No section given');
    const found = data.sections.get(request.section);
    if (!found) throw new ChartError('unknown-section', `Unknown section "${request.section}"`, [request.section]);
    series = found;
  }
  return selectQuarters(series, range);
}

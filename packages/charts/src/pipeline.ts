import * as core from '@cate/core';
import type { DisclosurePolicy, Problem, SafeSeries, Submission, Taxonomy } from '@cate/core';

/** Why a chart could not be drawn: the `code` of the `cate-error` event. */
export type ChartErrorCode =
  | 'missing-section'
  | 'unknown-section'
  | 'fetch-failed'
  | 'http-error'
  | 'timeout'
  | 'invalid-json'
  | 'invalid-csv'
  | 'invalid-data'
  | 'invalid-quarters'
  | 'section-mismatch'
  | 'render-failed';

/** The detail of a `cate-error` event. */
export interface ChartErrorDetail {
  code: ChartErrorCode;
  message: string;
  problems?: readonly Problem[];
}

export class ChartError extends Error {
  readonly code: ChartErrorCode;
  readonly problems?: readonly Problem[];
  /** Values for the localized message (a URL, a status, a section id). */
  readonly args: readonly (string | number)[];

  constructor(code: ChartErrorCode, message: string, args: readonly (string | number)[] = [], problems?: readonly Problem[]) {
    super(message);
    this.name = 'ChartError';
    this.code = code;
    this.args = args;
    if (problems) this.problems = problems;
  }
}

/** What a data source held: raw submissions (to aggregate and protect) or a published, already safe series. */
export type ChartInput = { type: 'submissions'; submissions: readonly Submission[] } | { type: 'series'; series: SafeSeries };

/** A SafeSeries has a cell grid and categories; submissions are an array. */
export function isSafeSeries(value: unknown): value is SafeSeries {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Array.isArray((value as SafeSeries).cells) && Array.isArray((value as SafeSeries).categories) && Array.isArray((value as SafeSeries).quarters)
  );
}

/** The `data` property: a SafeSeries, or an array of submissions (validated by core like a file). */
export function inputFromData(data: unknown, taxonomy: Taxonomy): ChartInput | undefined {
  if (isSafeSeries(data)) return { type: 'series', series: data };
  if (!Array.isArray(data)) return undefined;
  if (data.length === 0) return { type: 'submissions', submissions: [] }; // nothing yet: the empty state, not an error
  const { submissions, problems } = core.validateSubmissions(data, { taxonomy, mode: 'lenient' });
  const errors = errorsOf(problems);
  if (errors.length > 0) throw new ChartError('invalid-data', `The data has ${errors.length} problem(s).`, [], errors);
  return { type: 'submissions', submissions };
}

function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/**
 * Reads fetched text: a `cate-series@1` document, submissions JSON or submissions CSV. Validation is core's;
 * this only decides which reader to call and turns problems into a ChartError.
 */
export function inputFromText(
  text: string,
  options: { taxonomy: Taxonomy; file?: string; format?: 'json' | 'csv' | undefined; contentType?: string | null; policy?: DisclosurePolicy | undefined },
): ChartInput {
  const trimmed = text.trimStart();
  const format =
    options.format ??
    (/json/i.test(options.contentType ?? '') || /\.json($|\?)/i.test(options.file ?? '') || trimmed.startsWith('{') || trimmed.startsWith('[')
      ? 'json'
      : 'csv');
  if (format === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ChartError('invalid-json', `Invalid JSON: ${(error as Error).message}`);
    }
    if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'cate-series@1') {
      const { series, problems } = core.readPublishedSeries(json, options.policy);
      if (!series) throw new ChartError('invalid-data', 'The published series is invalid.', [], errorsOf(problems));
      return { type: 'series', series };
    }
  }
  // Lenient, so every problem is listed; any error still refuses the file: a chart drawn from part of a file would
  // show numbers nobody published.
  const { submissions, problems } = core.parseSubmissions(text, {
    taxonomy: options.taxonomy,
    format,
    mode: 'lenient',
    ...(options.file ? { file: options.file } : {}),
  });
  const errors = errorsOf(problems);
  if (errors.length > 0) {
    const code = errors.some((p) => p.code === 'invalid-json') ? 'invalid-json' : format === 'csv' ? 'invalid-csv' : 'invalid-data';
    throw new ChartError(code, `The data has ${errors.length} problem(s).`, [], errors);
  }
  return { type: 'submissions', submissions };
}

/** Fetches a data file with a timeout; every failure becomes a ChartError with a code. */
export async function fetchInput(
  url: string,
  options: { taxonomy: Taxonomy; timeout: number; signal: AbortSignal; format?: 'json' | 'csv' | undefined; policy?: DisclosurePolicy | undefined },
): Promise<ChartInput> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  const onAbort = () => controller.abort();
  options.signal.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      if (timedOut) throw new ChartError('timeout', `Loading ${url} timed out`, [Math.round(options.timeout / 1000)]);
      throw new ChartError('fetch-failed', `Could not load ${url}: ${(error as Error).message}`, [url]);
    }
    if (!response.ok) throw new ChartError('http-error', `HTTP ${response.status} for ${url}`, [response.status, url]);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new ChartError('timeout', `Loading ${url} timed out`, [Math.round(options.timeout / 1000)]);
      throw new ChartError('fetch-failed', `Could not read ${url}: ${(error as Error).message}`, [url]);
    }
    return inputFromText(text, { taxonomy: options.taxonomy, file: url, format: options.format, contentType: response.headers.get('content-type'), policy: options.policy });
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

export interface SeriesRequest {
  taxonomy: Taxonomy;
  section: string;
  quarters?: string | undefined;
  organizations?: string | undefined;
  policy?: DisclosurePolicy | undefined;
}

/**
 * Input to SafeSeries: submissions go through core's aggregation and protection; a published series is used as
 * it is (it was protected when published). The element never sums or divides anything itself.
 */
export function seriesFromInput(input: ChartInput, request: SeriesRequest): SafeSeries {
  const range = request.quarters ? core.parseQuarterRange(request.quarters) : undefined;
  if (request.quarters && !range) throw new ChartError('invalid-quarters', `Invalid quarter range "${request.quarters}"`, [request.quarters]);
  if (input.type === 'series') {
    if (request.section && input.series.section !== request.section)
      throw new ChartError('section-mismatch', `Series is for ${input.series.section}`, [request.section, input.series.section]);
    return input.series;
  }
  if (!request.section) throw new ChartError('missing-section', 'No section given');
  if (!request.taxonomy.sections.some((s) => s.id === request.section))
    throw new ChartError('unknown-section', `Unknown section "${request.section}"`, [request.section]);
  const organizations = request.organizations
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const table = core.aggregateSection(request.taxonomy, input.submissions as Submission[], request.section, {
    ...(range ? { quarters: range } : {}),
    ...(organizations?.length ? { organizations } : {}),
  });
  return core.protectTable(table, request.policy).series;
}

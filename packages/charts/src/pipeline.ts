import * as core from '@cate/core';
import type {
  AggregateTable,
  DisclosurePolicy,
  ParseSubmissionsOptions,
  Problem,
  SafeSeries,
  Submission,
  SubmissionsResult,
  Taxonomy,
} from '@cate/core';
import { ChartError, attributeError, type ChartInput } from './load.js';

// The raw-submission pipeline of the local preview (`preview`): validation, aggregation and protection, all
// core's. Loaded on demand by the element (a separate chunk of the ESM bundle), so a page that draws published
// data never downloads it. Published data never comes here: public-data.ts checks it.

/** The `data` property of a preview: an array of submissions (validated by core like a file). */
export function inputFromData(data: unknown, taxonomy: Taxonomy): ChartInput | undefined {
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

/** What fetched submissions are read with. */
export interface TextRequest {
  taxonomy: Taxonomy;
  file?: string;
  format?: 'json' | 'csv' | undefined;
  contentType?: string | null;
  policy?: DisclosurePolicy | undefined;
}

/** Core's options for a fetched text: the format given, else from the content type, the file name or the text. */
function parseOptions(text: string, options: TextRequest): ParseSubmissionsOptions & { format: 'json' | 'csv' } {
  const trimmed = text.trimStart();
  const format =
    options.format ??
    (/json/i.test(options.contentType ?? '') ||
    /\.json($|\?)/i.test(options.file ?? '') ||
    trimmed.startsWith('{') ||
    trimmed.startsWith('[')
      ? 'json'
      : 'csv');
  // Lenient, so every problem is listed; any error still refuses the file: a chart drawn from part of a file would
  // show numbers nobody published.
  return { taxonomy: options.taxonomy, format, mode: 'lenient', ...(options.file ? { file: options.file } : {}) };
}

/**
 * Reads fetched submissions, JSON or CSV. Validation is core's; this only decides which reader to call and turns
 * problems into a ChartError.
 */
export function inputFromText(text: string, options: TextRequest): ChartInput {
  const parse = parseOptions(text, options);
  return inputFromResult(core.parseSubmissions(text, parse), parse.format);
}

/**
 * `inputFromText` for a large file: core reads it in slices that give the page a turn about every 40 ms, so
 * input is never held for long; `signal` stops the reading (the promise rejects with an AbortError).
 */
export async function inputFromTextIncrementally(
  text: string,
  options: TextRequest & { signal?: AbortSignal | undefined },
): Promise<ChartInput> {
  const parse = parseOptions(text, options);
  const result = await core.parseSubmissionsIncrementally(text, { ...parse, signal: options.signal });
  const input = inputFromResult(result, parse.format);
  if (input.type === 'submissions' && input.submissions.length > 0)
    // Every section's totals now, in slices too: the element derives its series synchronously, and summing a
    // large file there would hold the page in one piece.
    aggregatedInAdvance.set(input.submissions, {
      taxonomy: options.taxonomy,
      tables: await core.aggregateReportIncrementally(options.taxonomy, input.submissions, { signal: options.signal }),
    });
  return input;
}

/**
 * Each section's totals over all quarters and organizations, for submissions read in slices; what
 * `seriesFromSubmissions` would compute for a request without a quarter or organization filter.
 */
const aggregatedInAdvance = new WeakMap<
  readonly Submission[],
  { taxonomy: Taxonomy; tables: ReadonlyMap<string, AggregateTable> }
>();

function tableInAdvance(submissions: readonly Submission[], taxonomy: Taxonomy, section: string) {
  const advance = aggregatedInAdvance.get(submissions);
  return advance?.taxonomy === taxonomy ? advance.tables.get(section) : undefined;
}

function inputFromResult({ submissions, problems }: SubmissionsResult, format: 'json' | 'csv'): ChartInput {
  const errors = errorsOf(problems);
  if (errors.length > 0) {
    const code = errors.some((p) => p.code === 'invalid-json')
      ? 'invalid-json'
      : format === 'csv'
        ? 'invalid-csv'
        : 'invalid-data';
    throw new ChartError(code, `The data has ${errors.length} problem(s).`, [], errors);
  }
  return { type: 'submissions', submissions };
}

export interface SeriesRequest {
  taxonomy: Taxonomy;
  section: string;
  quarters?: string | undefined;
  organizations?: string | undefined;
  policy?: DisclosurePolicy | undefined;
}

/**
 * Submissions to SafeSeries through core's aggregation and protection (the preview). The element never sums or
 * divides anything itself.
 */
export function seriesFromSubmissions(submissions: readonly Submission[], request: SeriesRequest): SafeSeries {
  const range = request.quarters ? core.parseQuarterRange(request.quarters) : undefined;
  if (request.quarters && !range)
    throw new ChartError('invalid-quarters', `Invalid quarter range "${request.quarters}"`, [request.quarters]);
  if (!request.section) throw new ChartError('missing-section', 'No section given');
  if (!request.taxonomy.sections.some((s) => s.id === request.section))
    throw new ChartError('unknown-section', `Unknown section "${request.section}"`, [request.section]);
  const organizations = request.organizations
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (organizations?.length)
    try {
      core.checkOrganizationFilter(request.taxonomy, submissions, organizations);
    } catch (error) {
      // An unknown member (a typo) names itself and the nearest id, instead of drawing "No data".
      const value = request.organizations!;
      throw attributeError('invalid-attribute', {
        attribute: 'organizations',
        value: value.length > 80 ? `${value.slice(0, 80)}…` : value,
        expected: `member ids of the coalition (${(error as Error).message.slice(0, 160)})`,
      });
    }
  const table =
    (range || organizations?.length ? undefined : tableInAdvance(submissions, request.taxonomy, request.section)) ??
    core.aggregateSection(request.taxonomy, submissions as Submission[], request.section, {
      ...(range ? { quarters: range } : {}),
      ...(organizations?.length ? { organizations } : {}),
    });
  return core.protectTable(table, request.policy).series;
}

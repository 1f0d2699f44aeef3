import * as core from '@cate/core';
import type { DisclosurePolicy, Problem, SafeSeries, Submission, Taxonomy } from '@cate/core';
import { ChartError, checkedSeries, isSafeSeries, type ChartInput } from './load.js';

// The raw-submission pipeline: validation, aggregation and protection, all core's. Loaded on demand by the
// element (a separate chunk of the ESM bundle), so a page that draws published series never downloads it.

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
  options: {
    taxonomy: Taxonomy;
    file?: string;
    format?: 'json' | 'csv' | undefined;
    contentType?: string | null;
    policy?: DisclosurePolicy | undefined;
  },
): ChartInput {
  const trimmed = text.trimStart();
  const format =
    options.format ??
    (/json/i.test(options.contentType ?? '') ||
    /\.json($|\?)/i.test(options.file ?? '') ||
    trimmed.startsWith('{') ||
    trimmed.startsWith('[')
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
 * Input to SafeSeries: submissions go through core's aggregation and protection; a published series is used as
 * it is (it was protected when published). The element never sums or divides anything itself.
 */
export function seriesFromInput(input: ChartInput, request: SeriesRequest): SafeSeries {
  const range = request.quarters ? core.parseQuarterRange(request.quarters) : undefined;
  if (request.quarters && !range)
    throw new ChartError('invalid-quarters', `Invalid quarter range "${request.quarters}"`, [request.quarters]);
  if (input.type === 'series') return checkedSeries(input.series, request.section);
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

import { SLICE_MS, yieldToEventLoop, type Problem, type SafeSeries, type Submission } from '@cate/core';

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
  | 'unsafe-data'
  | 'raw-data-refused'
  | 'preview-not-local'
  | 'outdated-format'
  | 'organizations-not-published'
  | 'render-failed'
  | 'export-failed'
  | 'invalid-attribute'
  | 'too-large'
  | 'load-failed';

/** The detail of a `cate-error` event. */
export interface ChartErrorDetail {
  code: ChartErrorCode;
  message: string;
  problems?: readonly Problem[];
  /** `invalid-attribute`: the attribute or property, its value (cut to 80 characters) and what was expected. */
  attribute?: string;
  value?: string;
  expected?: string;
}

export class ChartError extends Error {
  readonly code: ChartErrorCode;
  readonly problems?: readonly Problem[];
  /** Values for the localized message (a URL, a status, a section id). */
  readonly args: readonly (string | number)[];
  /** An attribute or property that could not be used: named in the `cate-error` detail. */
  attribute?: { attribute: string; value: string; expected: string };

  constructor(
    code: ChartErrorCode,
    message: string,
    args: readonly (string | number)[] = [],
    problems?: readonly Problem[],
  ) {
    super(message);
    this.name = 'ChartError';
    this.code = code;
    this.args = args;
    if (problems) this.problems = problems;
  }
}

/** The error for an attribute or property an element cannot use (`invalid-attribute`, or `invalid-data` for `data`). */
export function attributeError(
  code: 'invalid-attribute' | 'invalid-data',
  problem: { attribute: string; value: string; expected: string },
): ChartError {
  const error = new ChartError(
    code,
    `${problem.attribute} is "${problem.value}": expected ${problem.expected}`,
    code === 'invalid-attribute' ? [problem.attribute, problem.value, problem.expected] : [],
  );
  error.attribute = { ...problem };
  return error;
}

/** The error for a `policy` property that is not an object, else undefined. */
export function policyError(value: unknown): ChartError | undefined {
  if (value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))) return undefined;
  return attributeError('invalid-attribute', {
    attribute: 'policy',
    value: Array.isArray(value)
      ? `an array of ${value.length}`
      : typeof value === 'string'
        ? value.slice(0, 80)
        : typeof value,
    expected: 'a disclosure policy object (core DEFAULT_POLICY is the default)',
  });
}

/**
 * What a data source held: a publication's checked sections, one checked published series, or raw submissions
 * (to aggregate and protect: only in a local preview).
 */
export type ChartInput =
  | { type: 'submissions'; submissions: readonly Submission[] }
  | { type: 'series'; series: SafeSeries }
  | { type: 'publication'; sections: ReadonlyMap<string, SafeSeries> };

/** A SafeSeries has a cell grid and categories; submissions are an array. */
export function isSafeSeries(value: unknown): value is SafeSeries {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as SafeSeries).cells) &&
    Array.isArray((value as SafeSeries).categories) &&
    Array.isArray((value as SafeSeries).quarters)
  );
}

/** A published series drawn as it is; it must be the section asked for, when one is. */
export function checkedSeries(series: SafeSeries, section: string | undefined): SafeSeries {
  if (section && series.section !== section)
    throw new ChartError('section-mismatch', `Series is for ${series.section}`, [section, series.section]);
  return series;
}

/**
 * Reads a response's body as text, refusing it (ChartError `too-large`) once it passes `maxBytes`: by its
 * Content-Length before reading anything when the server sends one, else while it streams in, so an oversize body
 * is never held whole nor parsed. A body that has already arrived would otherwise be read in one task (each read
 * resolves at once), so the page gets a turn about every 40 ms.
 */
async function boundedText(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = (bytes: number | undefined) =>
    new ChartError('too-large', `${url} is larger than ${maxBytes} bytes`, [maxBytes, bytes ?? -1]);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared);
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (text.length > maxBytes) throw tooLarge(text.length);
    return text;
  }
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(undefined);
    }
    text += decoder.decode(value, { stream: true });
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return text + decoder.decode();
}

/**
 * Fetches a data file's text with a timeout and a size limit (`maxBytes`, default unlimited); every failure
 * becomes a ChartError with a code.
 */
export async function fetchText(
  url: string,
  options: { timeout: number; signal: AbortSignal; maxBytes?: number },
): Promise<{ text: string; contentType: string | null }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  const onAbort = () => controller.abort();
  options.signal.addEventListener('abort', onAbort);
  const failed = (error: unknown, verb: string) =>
    timedOut
      ? new ChartError('timeout', `Loading ${url} timed out`, [Math.max(1, Math.round(options.timeout / 1000))])
      : new ChartError('fetch-failed', `Could not ${verb} ${url}: ${(error as Error).message}`, [url]);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      throw failed(error, 'load');
    }
    if (!response.ok) throw new ChartError('http-error', `HTTP ${response.status} for ${url}`, [response.status, url]);
    try {
      const text = await boundedText(response, url, options.maxBytes ?? Number.POSITIVE_INFINITY);
      return { text, contentType: response.headers.get('content-type') };
    } catch (error) {
      if (error instanceof ChartError) throw error;
      throw failed(error, 'read');
    }
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

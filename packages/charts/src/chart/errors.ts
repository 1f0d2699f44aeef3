import { ChartError, type ChartErrorDetail } from '../load.js';
import type { Messages } from '../messages.js';
import { cut } from '../safety/options.js';

/** The `cate-error` detail for a failure: a localized message, and the problems and attribute it names. */
export function errorDetail(
  error: unknown,
  m: Messages,
  fallback: ChartErrorDetail['code'] = 'invalid-data',
): ChartErrorDetail {
  if (error instanceof ChartError) {
    const format = m.errors[error.code] as string | ((...args: Array<string | number>) => string);
    // Values from the page or the data (a URL, a section id, a quarter range) are cut short in a message.
    const args = error.args.map((a) => (typeof a === 'string' ? cut(a) : a));
    const message = typeof format === 'function' ? format(...args) : format;
    return {
      code: error.code,
      message,
      ...(error.problems ? { problems: error.problems } : {}),
      ...(error.attribute ?? {}),
    };
  }
  const problems = (error as { problems?: ChartErrorDetail['problems'] } | undefined)?.problems;
  const message = m.errors[fallback];
  return {
    code: fallback,
    message: typeof message === 'string' ? message : m.errors['render-failed'],
    ...(problems ? { problems } : {}),
  };
}

/** Fires `cate-error` from an element: bubbling and composed, so a page hears it through shadow roots. */
export function dispatchChartError(el: EventTarget, detail: ChartErrorDetail): void {
  el.dispatchEvent(new CustomEvent<ChartErrorDetail>('cate-error', { detail, bubbles: true, composed: true }));
}

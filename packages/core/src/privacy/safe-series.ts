import type { SafeSeries } from '../series.js';

/** Every field of a SafeSeries but its brand. */
export type SafeSeriesFields = { [K in keyof SafeSeries as K extends string ? K : never]: SafeSeries[K] };

/** Freezes an object and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * The one place a SafeSeries is made. Callers hand in fresh objects that carry no number for a hidden cell;
 * the result is frozen all the way down so nothing can be written into it later.
 */
export function brandSafeSeries(fields: SafeSeriesFields): SafeSeries {
  return deepFreeze(fields) as unknown as SafeSeries;
}

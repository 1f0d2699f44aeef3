import type { SafeSeries } from '@cate/core';
import { formatQuarterLabel } from '../format.js';

/**
 * How a series names its q-th period: its own label when it has one (a year filed as its last quarter is
 * "2020"), else the quarter in the locale ("Q4 2020", "T4 2020").
 */
export function periodLabel(series: Pick<SafeSeries, 'quarters' | 'periodLabels'>, q: number, locale = 'en'): string {
  return series.periodLabels?.[q] ?? formatQuarterLabel(series.quarters[q]!, locale);
}

/** Every period's label, in order. */
export function periodLabels(series: Pick<SafeSeries, 'quarters' | 'periodLabels'>, locale = 'en'): string[] {
  return series.quarters.map((_, q) => periodLabel(series, q, locale));
}

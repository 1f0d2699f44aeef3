import { addQuarters, fiscalQuarter, quarterIndex } from '../periods.js';
import type { FiscalYearStart, Quarter } from '../periods.js';
import type { SafeCell, SafeSeries } from '../series.js';

/**
 * Changes and running sums are computed on the published (safe) series only: anything derived from a
 * suppressed cell is itself suppressed, so no derived figure can give a hidden value back.
 */
export type Change =
  | { readonly status: 'value'; readonly absolute: number; readonly relative: number | null }
  | { readonly status: 'not-reported' }
  | { readonly status: 'suppressed' }
  /** The earlier quarter is outside the series' range. */
  | { readonly status: 'no-comparison' };

function cellAt(series: SafeSeries, quarter: Quarter, c: number): SafeCell | undefined {
  const q = quarterIndex(quarter) - quarterIndex(series.quarters[0]!);
  return series.cells[q]?.[c];
}

function changeBetween(now: SafeCell, before: SafeCell | undefined): Change {
  if (before === undefined) return { status: 'no-comparison' };
  if (now.status === 'suppressed' || before.status === 'suppressed') return { status: 'suppressed' };
  if (now.status === 'not-reported' || before.status === 'not-reported') return { status: 'not-reported' };
  const absolute = now.value - before.value;
  return { status: 'value', absolute, relative: before.value === 0 ? null : absolute / before.value };
}

function changeOver(series: SafeSeries, lag: number): Change[][] {
  return series.quarters.map((quarter, q) =>
    series.categories.map((_, c) => changeBetween(series.cells[q]![c]!, cellAt(series, addQuarters(quarter, -lag), c))),
  );
}

/** Change from the previous quarter, per quarter × category. Relative change is null when the base is 0. */
export function quarterOverQuarter(series: SafeSeries): Change[][] {
  return changeOver(series, 1);
}

/** Change from the same quarter a year earlier, per quarter × category. */
export function yearOverYear(series: SafeSeries): Change[][] {
  return changeOver(series, 4);
}

/**
 * Year-to-date sums per quarter × category: the quarters from the start of the (fiscal) year up to each quarter.
 * Not reported where an earlier quarter of the year lies outside the series or no one reported a cell;
 * suppressed where any summed cell is suppressed.
 */
export function yearToDateSums(series: SafeSeries, fiscalYearStart: FiscalYearStart = 1): SafeCell[][] {
  return series.quarters.map((quarter, q) => {
    const { quarter: nth } = fiscalQuarter(quarter, fiscalYearStart);
    return series.categories.map((_, c) => {
      let sum = 0;
      let suppressed = false;
      for (let back = 0; back < nth; back++) {
        const cell = back === 0 ? series.cells[q]![c]! : cellAt(series, addQuarters(quarter, -back), c);
        if (cell === undefined || cell.status === 'not-reported') return { status: 'not-reported' } as const;
        if (cell.status === 'suppressed') suppressed = true;
        else sum += cell.value;
      }
      return suppressed ? ({ status: 'suppressed' } as const) : ({ status: 'value', value: sum } as const);
    });
  });
}

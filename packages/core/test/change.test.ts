import { describe, expect, it } from 'vitest';
import { quarterOverQuarter, yearOverYear, yearToDateSums } from '../src/aggregate/index.js';
import type { SafeCell, SafeSeries } from '../src/series.js';
import { quartersBetween } from '../src/periods.js';

const v = (value: number): SafeCell => ({ status: 'value', value });
const S: SafeCell = { status: 'suppressed' };
const N: SafeCell = { status: 'not-reported' };

// A published series built by hand (tests only: real ones come from protectTable).
function series(cells: SafeCell[][]): SafeSeries {
  const quarters = quartersBetween('2024-Q3', '2025-Q3').slice(0, cells.length);
  return {
    taxonomy: 't',
    section: 's',
    unit: 'clients',
    multiSelect: false,
    quarters,
    categories: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    cells,
    coverage: [],
    disclosure: { threshold: 3, protectZeros: false },
  } as unknown as SafeSeries;
}

const data = series([
  [v(10), v(4)], // 2024-Q3
  [v(12), S], // 2024-Q4
  [v(6), v(5)], // 2025-Q1
  [v(0), N], // 2025-Q2
  [v(15), v(8)], // 2025-Q3
]);

describe('quarterOverQuarter', () => {
  it('quarterOverQuarter(series) gives absolute and relative change from the previous quarter', () => {
    expect(quarterOverQuarter(data)[1]![0]).toEqual({ status: 'value', absolute: 2, relative: 0.2 });
  });
  it('quarterOverQuarter has no comparison for the first quarter', () => {
    expect(quarterOverQuarter(data)[0]![0]).toEqual({ status: 'no-comparison' });
  });
  it('quarterOverQuarter suppresses a change that involves a suppressed cell', () => {
    expect(quarterOverQuarter(data)[1]![1]).toEqual({ status: 'suppressed' });
    expect(quarterOverQuarter(data)[2]![1]).toEqual({ status: 'suppressed' });
  });
  it('quarterOverQuarter has a null relative change from a base of 0', () => {
    expect(quarterOverQuarter(data)[4]![0]).toEqual({ status: 'value', absolute: 15, relative: null });
  });
  it('quarterOverQuarter is not reported where either cell is not reported', () => {
    expect(quarterOverQuarter(data)[3]![1]).toEqual({ status: 'not-reported' });
  });
});

describe('yearOverYear', () => {
  it('yearOverYear(series) compares with the same quarter a year earlier', () => {
    expect(yearOverYear(data)[4]![0]).toEqual({ status: 'value', absolute: 5, relative: 0.5 });
    expect(yearOverYear(data)[3]![0]).toEqual({ status: 'no-comparison' });
  });
});

describe('yearToDateSums', () => {
  it('yearToDateSums(series) adds the calendar year’s quarters so far', () => {
    const ytd = yearToDateSums(data);
    expect(ytd[2]![0]).toEqual(v(6));
    expect(ytd[3]![0]).toEqual(v(6));
    expect(ytd[4]![0]).toEqual(v(21));
  });
  it('yearToDateSums is not reported when an earlier quarter of the year is outside the series', () => {
    expect(yearToDateSums(data)[0]![0]).toEqual(N); // 2024-Q3 needs Q1 and Q2 of 2024
  });
  it('yearToDateSums follows a July fiscal year', () => {
    const ytd = yearToDateSums(data, 7);
    expect(ytd[0]![0]).toEqual(v(10));
    expect(ytd[2]![0]).toEqual(v(28));
  });
  it('yearToDateSums suppresses a sum over a suppressed cell', () => {
    expect(yearToDateSums(data, 7)[2]![1]).toEqual(S);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEnglish } from '../src/format-en.js';
import { formatTick, formatValue } from '../src/format.js';

// The independent check: Intl itself, with the options the charts use.
const intl = {
  count: new Intl.NumberFormat('en', { maximumFractionDigits: 1 }),
  percent: new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }),
  fine: new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }),
};

/** Numbers as data gives them: whole counts, decimals with a few digits, shares, halves at every scale. */
const numbers = fc.oneof(
  fc.nat({ max: 2_000_000_000 }),
  fc.integer({ min: 0, max: 10_000_000 }).chain((n) => fc.constantFrom(n / 10, n / 100, n / 1000, n / 10_000)),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n + 0.05),
  fc.integer({ min: 0, max: 100_000 }).map((n) => (n + 0.5) / 1000),
);

const EDGES = [
  0,
  0.05,
  0.5,
  0.95,
  0.995,
  0.0995,
  0.285,
  0.145,
  0.015,
  0.005,
  1.05,
  2.5,
  9.95,
  99.95,
  999.95,
  999_999.95,
  1_000_000,
  0.1,
  0.001,
  0.0001,
  1e-7,
  123_456_789.25,
  1e20,
  1e21,
  5e-324,
  Number.MAX_SAFE_INTEGER,
];

describe('formatEnglish', () => {
  it('writes every number exactly as Intl.NumberFormat("en") does (counts, percents, fine percents)', () => {
    const same = (value: number) => {
      expect(formatEnglish(value, 1, false) ?? intl.count.format(value)).toBe(intl.count.format(value));
      expect(formatEnglish(value, 0, true) ?? intl.percent.format(value)).toBe(intl.percent.format(value));
      expect(formatEnglish(value, 1, true) ?? intl.fine.format(value)).toBe(intl.fine.format(value));
    };
    for (const value of EDGES) same(value);
    fc.assert(
      fc.property(numbers, (value) => same(value)),
      { numRuns: 5000 },
    );
  });

  it('leaves to Intl what it does not write: negatives, -0, not finite, exponents', () => {
    for (const value of [-1, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1e-7])
      expect(formatEnglish(value, 1, false)).toBeUndefined();
    // ...and the chart's formatters still give Intl's answer for them.
    for (const value of [0, -0, -1234.5, 1e21, 1e-7])
      expect(formatValue(value, 'count')).toBe(intl.count.format(value));
  });

  it('is what the charts use in English, and not in other languages', () => {
    expect(formatValue(1204, 'count')).toBe('1,204');
    expect(formatValue(0.285, 'share')).toBe('29%');
    expect(formatValue(0.045, 'share')).toBe('4.5%');
    expect(formatTick(0.5, 'share', 'en-US')).toBe('50%');
    expect(formatValue(1204.5, 'count', 'es')).toBe(
      new Intl.NumberFormat('es', { maximumFractionDigits: 1 }).format(1204.5),
    );
  });
});

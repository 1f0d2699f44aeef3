import * as fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import {
  addQuarters,
  compareQuarters,
  fiscalQuarter,
  formatQuarter,
  inRange,
  isQuarter,
  parseQuarter,
  parseQuarterRange,
  previousQuarter,
  quarterFromIndex,
  quarterIndex,
  quarterParts,
  quartersBetween,
  sameQuarterLastYear,
  yearToDate,
} from '../src/periods.js';
import type { FiscalYearStart, Quarter } from '../src/periods.js';

/** Any quarter from 2000-Q1 to 2099-Q4. */
const anyQuarter = fc.integer({ min: 2000 * 4, max: 2099 * 4 + 3 }).map(quarterFromIndex);
const anyStart = fc.constantFrom<FiscalYearStart>(1, 4, 7, 10);

describe('isQuarter', () => {
  it("isQuarter('2025-Q3') is true", () => {
    expect(isQuarter('2025-Q3')).toBe(true);
  });

  it.each(['2025Q3', 'Q3 2025', '2025-q3', '2025-Q5', '2025-Q0', '25-Q3', ' 2025-Q3', ''])(
    "isQuarter('%s') is false: only the canonical form counts",
    (text) => {
      expect(isQuarter(text)).toBe(false);
    },
  );

  it.each([20253, null, undefined, { year: 2025, quarter: 3 }])('isQuarter(%j) is false for a non-string', (value) => {
    expect(isQuarter(value)).toBe(false);
  });
});

describe('parseQuarter', () => {
  it.each([
    ['2025-Q3', '2025-Q3'],
    ['2025Q3', '2025-Q3'],
    ['2025 Q3', '2025-Q3'],
    ['Q3 2025', '2025-Q3'],
    ['q3-2025', '2025-Q3'],
    ['Q3-2025', '2025-Q3'],
    ['2025-q3', '2025-Q3'],
    ['  2025-Q1\t', '2025-Q1'],
    ['Q4 1999', '1999-Q4'],
  ])("parseQuarter('%s') returns %s", (text, expected) => {
    expect(parseQuarter(text)).toBe(expected);
  });

  it.each([
    '',
    'Q3',
    '2025',
    '2025-Q5',
    '2025-Q0',
    '2025-Q03',
    '25-Q3',
    '2025-Q3x',
    'Q3 25',
    '2025/Q3',
    '2025 - Q3',
    '2025-Q3..2025-Q4',
    'Third quarter 2025',
  ])("parseQuarter('%s') returns undefined", (text) => {
    expect(parseQuarter(text)).toBeUndefined();
  });

  it('parseQuarter(formatQuarter(q)) returns q for every quarter', () => {
    fc.assert(fc.property(anyQuarter, (q) => parseQuarter(formatQuarter(q)) === q));
  });
});

describe('quarterParts, quarterIndex and quarterFromIndex', () => {
  it("quarterParts('2025-Q3') returns year 2025 and quarter 3", () => {
    expect(quarterParts('2025-Q3')).toEqual({ year: 2025, quarter: 3 });
  });

  it("quarterParts('2025Q3') throws a TypeError that shows the expected form", () => {
    expect(() => quarterParts('2025Q3' as Quarter)).toThrow(TypeError);
    expect(() => quarterParts('2025Q3' as Quarter)).toThrow(
      /"2025Q3" is not a quarter; expected a quarter written like 2025-Q3/,
    );
  });

  it("quarterIndex('2025-Q1') is 2025 * 4 and the next quarter's index is one more", () => {
    expect(quarterIndex('2025-Q1')).toBe(8100);
    expect(quarterIndex('2025-Q4')).toBe(8103);
    expect(quarterIndex('2026-Q1')).toBe(8104);
  });

  it('quarterFromIndex(quarterIndex(q)) returns q for every quarter', () => {
    fc.assert(fc.property(anyQuarter, (q) => quarterFromIndex(quarterIndex(q)) === q));
  });

  it('quarterFromIndex(8103) returns 2025-Q4 and 8104 returns 2026-Q1', () => {
    expect(quarterFromIndex(8103)).toBe('2025-Q4');
    expect(quarterFromIndex(8104)).toBe('2026-Q1');
  });
});

describe('compareQuarters', () => {
  it("compareQuarters('2024-Q4', '2025-Q1') is negative, the reverse positive, and equal quarters 0", () => {
    expect(compareQuarters('2024-Q4', '2025-Q1')).toBeLessThan(0);
    expect(compareQuarters('2025-Q1', '2024-Q4')).toBeGreaterThan(0);
    expect(compareQuarters('2025-Q2', '2025-Q2')).toBe(0);
  });

  it('[...].sort(compareQuarters) orders by year, then quarter', () => {
    const sorted = (['2025-Q1', '2024-Q4', '2025-Q3', '2023-Q2', '2024-Q1'] as Quarter[]).sort(compareQuarters);
    expect(sorted).toEqual(['2023-Q2', '2024-Q1', '2024-Q4', '2025-Q1', '2025-Q3']);
  });

  it('compareQuarters agrees with comparing the canonical strings, for four-digit years', () => {
    fc.assert(
      fc.property(anyQuarter, anyQuarter, (a, b) => Math.sign(compareQuarters(a, b)) === Math.sign(a.localeCompare(b))),
    );
  });
});

describe('addQuarters, previousQuarter and sameQuarterLastYear', () => {
  it("addQuarters('2025-Q3', 2) returns 2026-Q1 across the year boundary", () => {
    expect(addQuarters('2025-Q3', 2)).toBe('2026-Q1');
  });

  it("addQuarters('2025-Q1', -5) returns 2023-Q4", () => {
    expect(addQuarters('2025-Q1', -5)).toBe('2023-Q4');
  });

  it("addQuarters('2025-Q2', 0) returns 2025-Q2", () => {
    expect(addQuarters('2025-Q2', 0)).toBe('2025-Q2');
  });

  it("previousQuarter('2025-Q1') returns 2024-Q4", () => {
    expect(previousQuarter('2025-Q1')).toBe('2024-Q4');
    expect(previousQuarter('2025-Q3')).toBe('2025-Q2');
  });

  it("sameQuarterLastYear('2025-Q3') returns 2024-Q3", () => {
    expect(sameQuarterLastYear('2025-Q3')).toBe('2024-Q3');
    expect(sameQuarterLastYear('2025-Q1')).toBe('2024-Q1');
  });

  it('addQuarters(addQuarters(q, n), -n) returns q', () => {
    fc.assert(
      fc.property(anyQuarter, fc.integer({ min: -40, max: 40 }), (q, n) => addQuarters(addQuarters(q, n), -n) === q),
    );
  });

  it('sameQuarterLastYear(q) keeps the quarter number and is one year earlier', () => {
    fc.assert(
      fc.property(anyQuarter, (q) => {
        const before = quarterParts(sameQuarterLastYear(q));
        const now = quarterParts(q);
        return before.quarter === now.quarter && before.year === now.year - 1;
      }),
    );
  });
});

describe('quartersBetween', () => {
  it("quartersBetween('2024-Q3', '2025-Q2') returns the four quarters in order, both ends included", () => {
    expect(quartersBetween('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it("quartersBetween('2025-Q2', '2025-Q2') returns that one quarter", () => {
    expect(quartersBetween('2025-Q2', '2025-Q2')).toEqual(['2025-Q2']);
  });

  it("quartersBetween('2025-Q2', '2025-Q1') returns an empty list", () => {
    expect(quartersBetween('2025-Q2', '2025-Q1')).toEqual([]);
  });

  it('quartersBetween(a, b) has quarterIndex(b) - quarterIndex(a) + 1 consecutive quarters when a <= b', () => {
    fc.assert(
      fc.property(anyQuarter, fc.integer({ min: 0, max: 30 }), (from, n) => {
        const list = quartersBetween(from, addQuarters(from, n));
        return list.length === n + 1 && list.every((q, i) => q === addQuarters(from, i));
      }),
    );
  });
});

describe('parseQuarterRange and inRange', () => {
  it("parseQuarterRange('2024-Q1..2025-Q4') returns from 2024-Q1 to 2025-Q4", () => {
    expect(parseQuarterRange('2024-Q1..2025-Q4')).toEqual({ from: '2024-Q1', to: '2025-Q4' });
  });

  it("parseQuarterRange('2025-Q3') returns a range of one quarter", () => {
    expect(parseQuarterRange('2025-Q3')).toEqual({ from: '2025-Q3', to: '2025-Q3' });
  });

  it("parseQuarterRange('Q1 2024 .. q2-2024') reads the forgiving forms on both ends", () => {
    expect(parseQuarterRange('Q1 2024 .. q2-2024')).toEqual({ from: '2024-Q1', to: '2024-Q2' });
  });

  it.each([
    '2025-Q4..2025-Q1',
    '',
    '..',
    '2024-Q1..',
    '..2024-Q1',
    '2024-Q1..2024-Q2..2024-Q3',
    '2024-Q1..2024-Q9',
    'last year',
  ])("parseQuarterRange('%s') returns undefined", (text) => {
    expect(parseQuarterRange(text)).toBeUndefined();
  });

  it('inRange(q, range) includes both ends and nothing outside them', () => {
    const range = { from: '2024-Q2', to: '2025-Q1' } as const;
    expect(inRange('2024-Q2', range)).toBe(true);
    expect(inRange('2024-Q4', range)).toBe(true);
    expect(inRange('2025-Q1', range)).toBe(true);
    expect(inRange('2024-Q1', range)).toBe(false);
    expect(inRange('2025-Q2', range)).toBe(false);
  });

  it('inRange(q, undefined) is true: no range means every quarter', () => {
    expect(inRange('1999-Q1', undefined)).toBe(true);
  });

  it('inRange(q, range) is true exactly for the quarters quartersBetween lists', () => {
    fc.assert(
      fc.property(anyQuarter, anyQuarter, anyQuarter, (q, a, b) => {
        const [from, to] = compareQuarters(a, b) <= 0 ? [a, b] : [b, a];
        return inRange(q, { from, to }) === quartersBetween(from, to).includes(q);
      }),
    );
  });
});

describe('fiscalQuarter', () => {
  it("fiscalQuarter('2025-Q3') is calendar 2025 Q3 by default", () => {
    expect(fiscalQuarter('2025-Q3')).toEqual({ fiscalYear: 2025, quarter: 3 });
    expect(fiscalQuarter('2025-Q3', 1)).toEqual({ fiscalYear: 2025, quarter: 3 });
  });

  it("fiscalQuarter('2025-Q3', 7) returns FY2026 Q1: a July year is named by the year it ends in", () => {
    expect(fiscalQuarter('2025-Q3', 7)).toEqual({ fiscalYear: 2026, quarter: 1 });
  });

  it.each([
    ['2025-Q2', 2025, 4],
    ['2025-Q3', 2026, 1],
    ['2025-Q4', 2026, 2],
    ['2026-Q1', 2026, 3],
    ['2026-Q2', 2026, 4],
  ] as const)("fiscalQuarter('%s', 7) returns FY%i Q%i", (q, fiscalYear, quarter) => {
    expect(fiscalQuarter(q, 7)).toEqual({ fiscalYear, quarter });
  });

  it.each([
    ['2024-Q3', 2024, 4],
    ['2024-Q4', 2025, 1],
    ['2025-Q1', 2025, 2],
    ['2025-Q2', 2025, 3],
    ['2025-Q3', 2025, 4],
    ['2025-Q4', 2026, 1],
  ] as const)("fiscalQuarter('%s', 10) returns FY%i Q%i (US federal year)", (q, fiscalYear, quarter) => {
    expect(fiscalQuarter(q, 10)).toEqual({ fiscalYear, quarter });
  });

  it.each([
    ['2025-Q1', 2025, 4],
    ['2025-Q2', 2026, 1],
  ] as const)("fiscalQuarter('%s', 4) returns FY%i Q%i", (q, fiscalYear, quarter) => {
    expect(fiscalQuarter(q, 4)).toEqual({ fiscalYear, quarter });
  });

  it("fiscalQuarter(q, start) is Q1 exactly when q begins in the start month, and the next quarter is Q1's successor", () => {
    fc.assert(
      fc.property(anyQuarter, anyStart, (q, start) => {
        const { quarter } = fiscalQuarter(q, start);
        const beginsInStartMonth = (quarterParts(q).quarter - 1) * 3 + 1 === start;
        const next = fiscalQuarter(addQuarters(q, 1), start);
        return (quarter === 1) === beginsInStartMonth && next.quarter === (quarter % 4) + 1;
      }),
    );
  });

  it('fiscalQuarter(q, start).fiscalYear goes up by one at each fiscal Q1 and never otherwise', () => {
    fc.assert(
      fc.property(anyQuarter, anyStart, (q, start) => {
        const now = fiscalQuarter(q, start);
        const before = fiscalQuarter(previousQuarter(q), start);
        return now.fiscalYear - before.fiscalYear === (now.quarter === 1 ? 1 : 0);
      }),
    );
  });

  it('fiscalQuarter(q, start) names the fiscal year by the calendar year of its last quarter', () => {
    fc.assert(
      fc.property(anyQuarter, anyStart, (q, start) => {
        const { fiscalYear, quarter } = fiscalQuarter(q, start);
        return quarterParts(addQuarters(q, 4 - quarter)).year === fiscalYear;
      }),
    );
  });
});

describe('yearToDate', () => {
  it("yearToDate('2025-Q3') returns 2025-Q1 to 2025-Q3", () => {
    expect(yearToDate('2025-Q3')).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
  });

  it("yearToDate('2025-Q1') returns only 2025-Q1", () => {
    expect(yearToDate('2025-Q1')).toEqual(['2025-Q1']);
  });

  it("yearToDate('2025-Q3', 7) returns only 2025-Q3: it starts FY2026", () => {
    expect(yearToDate('2025-Q3', 7)).toEqual(['2025-Q3']);
  });

  it("yearToDate('2026-Q2', 7) returns 2025-Q3 to 2026-Q2 across the calendar year boundary", () => {
    expect(yearToDate('2026-Q2', 7)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it("yearToDate('2025-Q3', 10) returns 2024-Q4 to 2025-Q3", () => {
    expect(yearToDate('2025-Q3', 10)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3']);
  });

  it('yearToDate(q, start) ends at q, has fiscal-quarter-many quarters, all in the same fiscal year', () => {
    fc.assert(
      fc.property(anyQuarter, anyStart, (q, start) => {
        const ytd = yearToDate(q, start);
        const { fiscalYear, quarter } = fiscalQuarter(q, start);
        return (
          ytd.at(-1) === q &&
          ytd.length === quarter &&
          ytd.every((x) => fiscalQuarter(x, start).fiscalYear === fiscalYear) &&
          fiscalQuarter(ytd[0]!, start).quarter === 1
        );
      }),
    );
  });
});

describe('formatQuarter', () => {
  it('writes English years as Intl would (without starting Intl), fiscal years too', () => {
    const year = new Intl.NumberFormat('en', { useGrouping: false });
    fc.assert(
      fc.property(anyQuarter, (q) => {
        const y = Number(q.slice(0, 4));
        expect(formatQuarter(q)).toBe(`Q${q.slice(-1)} ${year.format(y)}`);
        expect(formatQuarter(q, { locale: 'en-US', style: 'long' })).toBe(`Quarter ${q.slice(-1)}, ${year.format(y)}`);
      }),
    );
  });

  it("formatQuarter('2025-Q3') returns 'Q3 2025'", () => {
    expect(formatQuarter('2025-Q3')).toBe('Q3 2025');
  });

  it("formatQuarter('2025-Q3', { style: 'long' }) returns 'Quarter 3, 2025'", () => {
    expect(formatQuarter('2025-Q3', { style: 'long' })).toBe('Quarter 3, 2025');
  });

  it("formatQuarter('2025-Q3', { locale: 'es' }) returns 'T3 2025'", () => {
    expect(formatQuarter('2025-Q3', { locale: 'es' })).toBe('T3 2025');
  });

  it("formatQuarter('2025-Q3', { locale: 'es-MX', style: 'long' }) returns 'Trimestre 3, 2025'", () => {
    expect(formatQuarter('2025-Q3', { locale: 'es-MX', style: 'long' })).toBe('Trimestre 3, 2025');
  });

  it("formatQuarter('2025-Q3', { locale: 'en-US' }) does not group the year's digits", () => {
    expect(formatQuarter('2025-Q3', { locale: 'en-US' })).toBe('Q3 2025');
    expect(formatQuarter('2025-Q3', { locale: 'de-DE' })).toBe('Q3 2025');
  });

  it("formatQuarter('2025-Q3', { fiscalYearStart: 7 }) returns 'FY2026 Q1'", () => {
    expect(formatQuarter('2025-Q3', { fiscalYearStart: 7 })).toBe('FY2026 Q1');
  });

  it("formatQuarter('2025-Q3', { fiscalYearStart: 7, style: 'long' }) returns 'Quarter 1, FY2026'", () => {
    expect(formatQuarter('2025-Q3', { fiscalYearStart: 7, style: 'long' })).toBe('Quarter 1, FY2026');
  });

  it("formatQuarter('2025-Q3', { locale: 'es', fiscalYearStart: 10 }) returns 'AF2025 T4'", () => {
    expect(formatQuarter('2025-Q3', { locale: 'es', fiscalYearStart: 10 })).toBe('AF2025 T4');
    expect(formatQuarter('2025-Q4', { locale: 'es', fiscalYearStart: 10, style: 'long' })).toBe('Trimestre 1, AF2026');
  });

  it("formatQuarter('2025-Q3', { locale: 'fr' }) falls back to the English words", () => {
    expect(formatQuarter('2025-Q3', { locale: 'fr' })).toBe('Q3 2025');
  });

  it("formatQuarter('2025-Q3', { locale: 'es_MX' }) reads a malformed locale instead of throwing", () => {
    expect(formatQuarter('2025-Q3', { locale: 'es_MX' })).toBe('T3 2025');
    expect(formatQuarter('2025-Q3', { locale: 'not a locale!' })).toBe('Q3 2025');
  });
});

import { MAX_COUNT } from './schema.js';

/**
 * Reading a count yields the count (0 or more) or one of these negative markers, so the hot path of a
 * million-row file allocates nothing per cell.
 */
export const BLANK = -1;
export const NON_NUMERIC = -2;
export const NEGATIVE = -3;
export const FRACTIONAL = -4;
export const TOO_LARGE = -5;

// Digits with an optional sign and decimals; thousands may be grouped with commas as spreadsheets export them.
const NUMBER_TEXT = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const GROUPING = /,/g;

function classify(n: number): number {
  if (n < 0) return NEGATIVE;
  if (!Number.isInteger(n)) return FRACTIONAL;
  if (n > MAX_COUNT) return TOO_LARGE;
  return n === 0 ? 0 : n; // -0 reads as 0
}

/** Reads a count from CSV text: `12`, ` 12 `, `1,234` and `12.0` are counts; a blank cell is BLANK. */
export function readCountText(text: string): number {
  const length = text.length;
  if (length > 0 && length <= 7) {
    let n = 0;
    let i = 0;
    for (; i < length; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
    }
    if (i === length) return n > MAX_COUNT ? TOO_LARGE : n;
  }
  const t = text.trim();
  if (t === '') return BLANK;
  if (!NUMBER_TEXT.test(t)) return NON_NUMERIC;
  return classify(Number(t.replace(GROUPING, '')));
}

/** Reads a count from a JSON value: only a JSON number is a count; null is BLANK. */
export function readCountValue(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? classify(value) : NON_NUMERIC;
  return value === null ? BLANK : NON_NUMERIC;
}

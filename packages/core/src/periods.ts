/**
 * Quarters as `2025-Q3`: parse, format, compare, ranges, and fiscal years.
 * Internally a quarter is also an index (year * 4 + quarter - 1) so arithmetic is integer arithmetic.
 */

export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(text: unknown): text is Quarter {
  return typeof text === 'string' && QUARTER.test(text);
}

/**
 * Reads a quarter written as `2025-Q3`, and forgivingly as `2025Q3`, `2025 Q3`, `Q3 2025` or `q3-2025`.
 * Returns the canonical `2025-Q3`, or undefined when the text is not a quarter.
 */
export function parseQuarter(text: string): Quarter | undefined {
  const t = text.trim().toUpperCase();
  const yearFirst = /^(\d{4})[\s-]?Q([1-4])$/.exec(t);
  if (yearFirst) return `${yearFirst[1]}-Q${yearFirst[2]}` as Quarter;
  const quarterFirst = /^Q([1-4])[\s-]?(\d{4})$/.exec(t);
  if (quarterFirst) return `${quarterFirst[2]}-Q${quarterFirst[1]}` as Quarter;
  return undefined;
}

export function quarterParts(q: Quarter): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const m = QUARTER.exec(q);
  if (!m) throw new TypeError(`"${q}" is not a quarter; expected a quarter written like 2025-Q3`);
  return { year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

export function quarterIndex(q: Quarter): number {
  const { year, quarter } = quarterParts(q);
  return year * 4 + quarter - 1;
}

export function quarterFromIndex(index: number): Quarter {
  const year = Math.floor(index / 4);
  return `${year}-Q${(index - year * 4 + 1) as 1 | 2 | 3 | 4}` as Quarter;
}

/** Sort comparator: earlier quarters first. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterIndex(a) - quarterIndex(b);
}

export function addQuarters(q: Quarter, n: number): Quarter {
  return quarterFromIndex(quarterIndex(q) + n);
}

export function previousQuarter(q: Quarter): Quarter {
  return addQuarters(q, -1);
}

/** The same quarter one year earlier (for year-over-year change). */
export function sameQuarterLastYear(q: Quarter): Quarter {
  return addQuarters(q, -4);
}

export interface QuarterRange {
  from: Quarter;
  to: Quarter;
}

/** Every quarter from `from` to `to`, both included; empty when `to` is before `from`. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(from), end = quarterIndex(to); i <= end; i++) out.push(quarterFromIndex(i));
  return out;
}

/** Reads a range written `2024-Q1..2025-Q4` (a single quarter is a range of one). */
export function parseQuarterRange(text: string): QuarterRange | undefined {
  const [a, b, ...rest] = text.split('..');
  if (rest.length || a === undefined) return undefined;
  const from = parseQuarter(a);
  const to = b === undefined ? from : parseQuarter(b);
  if (!from || !to || compareQuarters(from, to) > 0) return undefined;
  return { from, to };
}

export function inRange(q: Quarter, range: QuarterRange | undefined): boolean {
  if (!range) return true;
  const i = quarterIndex(q);
  return i >= quarterIndex(range.from) && i <= quarterIndex(range.to);
}

/** A fiscal year starting in a quarter's first month: 1 (calendar), 4, 7 (e.g. Missouri) or 10 (US federal). */
export type FiscalYearStart = 1 | 4 | 7 | 10;

/**
 * The fiscal year and quarter of a calendar quarter. A fiscal year is named by the calendar year in which it
 * ends, as US governments do: with a July start, 2025-Q3 (July-September 2025) is FY2026 Q1.
 */
export function fiscalQuarter(q: Quarter, start: FiscalYearStart = 1): { fiscalYear: number; quarter: 1 | 2 | 3 | 4 } {
  const offset = (start - 1) / 3; // quarters between January and the fiscal year's start
  const shifted = quarterIndex(q) - offset;
  const year = Math.floor(shifted / 4);
  return { fiscalYear: offset === 0 ? year : year + 1, quarter: (shifted - year * 4 + 1) as 1 | 2 | 3 | 4 };
}

/** The quarters from the start of q's fiscal year up to q (for year-to-date sums). */
export function yearToDate(q: Quarter, start: FiscalYearStart = 1): Quarter[] {
  const { quarter } = fiscalQuarter(q, start);
  return quartersBetween(addQuarters(q, 1 - quarter), q);
}

/** Words for "quarter" and "fiscal year" per language; a language not listed here gets the English words. */
const QUARTER_LABELS: Record<string, { quarter: string; fiscalYear: string; long: string }> = {
  en: { quarter: 'Q', fiscalYear: 'FY', long: 'Quarter' },
  es: { quarter: 'T', fiscalYear: 'AF', long: 'Trimestre' },
};

export interface FormatQuarterOptions {
  /** BCP 47 locale, e.g. "en-US" or "es". Default "en". */
  locale?: string;
  /** Show fiscal quarters for a fiscal year starting in this month. Default 1 (calendar quarters). */
  fiscalYearStart?: FiscalYearStart;
  /** "short" is "Q3 2025"; "long" is "Quarter 3, 2025". Default "short". */
  style?: 'short' | 'long';
}

const yearFormats = new Map<string, Intl.NumberFormat>();
const ENGLISH_YEAR = { format: (year: number | bigint) => String(year) };

/**
 * Years in the locale's digits, without grouping; a malformed locale (e.g. "en_US") falls back to English.
 * Cached per locale: building an Intl.NumberFormat costs far more than formatting with one.
 */
function yearFormat(locale: string): Pick<Intl.NumberFormat, 'format'> {
  // English years are their digits: no Intl.NumberFormat (the first one on a page starts ICU, tens of ms).
  if (locale === 'en' || locale === 'en-US') return ENGLISH_YEAR;
  let format = yearFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { useGrouping: false });
    } catch {
      format = new Intl.NumberFormat('en', { useGrouping: false });
    }
    yearFormats.set(locale, format);
  }
  return format;
}

/** Formats a quarter for display: "Q3 2025" (en), "T3 2025" (es), "FY2026 Q1" with a July fiscal year. */
export function formatQuarter(q: Quarter, options: FormatQuarterOptions = {}): string {
  const locale = options.locale ?? 'en';
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  const labels = QUARTER_LABELS[language] ?? QUARTER_LABELS.en!;
  const start = options.fiscalYearStart ?? 1;
  const year = yearFormat(locale);
  if (start !== 1) {
    const { fiscalYear, quarter } = fiscalQuarter(q, start);
    return options.style === 'long'
      ? `${labels.long} ${quarter}, ${labels.fiscalYear}${year.format(fiscalYear)}`
      : `${labels.fiscalYear}${year.format(fiscalYear)} ${labels.quarter}${quarter}`;
  }
  const { year: y, quarter } = quarterParts(q);
  return options.style === 'long'
    ? `${labels.long} ${quarter}, ${year.format(y)}`
    : `${labels.quarter}${quarter} ${year.format(y)}`;
}

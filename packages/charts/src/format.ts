import { formatQuarter, type Quarter } from '@cate/core';
import type { Measure } from './layout/types.js';
import { formatEnglish } from './format-en.js';

// Intl.NumberFormat is slow to construct: one per locale and style, shared by every chart on the page.
const STYLES = {
  count: { maximumFractionDigits: 1 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
  'percent-fine': { style: 'percent', maximumFractionDigits: 1 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, style: keyof typeof STYLES): Intl.NumberFormat {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, STYLES[style]);
    } catch {
      format = new Intl.NumberFormat('en', STYLES[style]); // an invalid locale tag must not break the chart
    }
    formats.set(key, format);
  }
  return format;
}

/** English as Intl writes it, without starting Intl: see format-en.ts. */
const ENGLISH = /^en(-US)?$/;

/** English texts already written, per style and value: a page of charts writes the same few numbers again. */
const written = new Map<string, string>();

function format(value: number, locale: string, style: keyof typeof STYLES): string {
  // (-0 is written "-0" and would share 0's key: Intl writes it.)
  if (ENGLISH.test(locale) && !Object.is(value, -0)) {
    const key = `${style}|${value}`;
    const known = written.get(key);
    if (known !== undefined) return known;
    const english = formatEnglish(value, style === 'percent' ? 0 : 1, style !== 'count');
    if (english !== undefined) {
      if (written.size >= 4096) written.clear();
      written.set(key, english);
      return english;
    }
  }
  return numberFormat(locale, style).format(value);
}

/** Formats a published value: counts with grouping ("1,204"), shares as percents ("38%", "4.5%"). */
export function formatValue(value: number, measure: Measure, locale = 'en'): string {
  return format(value, locale, measure === 'share' ? (value < 0.1 ? 'percent-fine' : 'percent') : 'count');
}

/** Formats an axis tick: whole percents, counts as they come. */
export function formatTick(value: number, measure: Measure, locale = 'en'): string {
  return format(value, locale, measure === 'share' ? 'percent' : 'count');
}

// core's formatQuarter builds an Intl.NumberFormat on every call; a page of charts asks for the same few labels.
const quarterLabels = new Map<string, string>();

/** A quarter as shown ("Q3 2025", "T3 2025"): core's formatQuarter, remembered per locale. */
export function formatQuarterLabel(quarter: Quarter, locale = 'en'): string {
  const key = `${locale}|${quarter}`;
  let label = quarterLabels.get(key);
  if (label === undefined) {
    label = formatQuarter(quarter, { locale });
    quarterLabels.set(key, label);
  }
  return label;
}

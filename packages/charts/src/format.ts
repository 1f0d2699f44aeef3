import type { Measure } from './layout/types.js';

// Intl.NumberFormat is slow to construct: one per locale and style, shared by every chart on the page.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options); // an invalid locale tag must not break the chart
    }
    formats.set(key, format);
  }
  return format;
}

/** Formats a published value: counts with grouping ("1,204"), shares as percents ("38%", "4.5%"). */
export function formatValue(value: number, measure: Measure, locale = 'en'): string {
  return measure === 'share'
    ? numberFormat(locale, { style: 'percent', maximumFractionDigits: value < 0.1 ? 1 : 0 }).format(value)
    : numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** Formats an axis tick: whole percents, counts as they come. */
export function formatTick(value: number, measure: Measure, locale = 'en'): string {
  return measure === 'share'
    ? numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value)
    : numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

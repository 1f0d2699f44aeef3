import { bandScale, type BandScale } from './band.js';
import { valueScaleOf, type ValueScale } from './value-scale.js';
import type { Quarter } from '@cate/core';
import { formatQuarterLabel, formatTick } from '../format.js';
import type { Measure, QuarterView, Tick } from './types.js';

/** Height for a width when the host does not give one: wide charts are flatter, narrow ones taller. */
export function chartHeight(width: number): number {
  return Math.round(Math.min(400, Math.max(240, width * 0.55)));
}

/**
 * The value scale: from zero to the largest published value (never a hidden one: hidden cells carry no number),
 * made nice; shares run to 100%.
 */
export function valueScale(max: number, measure: Measure, range: [number, number]): ValueScale {
  const top = measure === 'share' ? Math.max(1, max) : max > 0 ? max : 1;
  return valueScaleOf(top, 5, range);
}

export function valueTicks(scale: ValueScale, measure: Measure, locale: string, count = 5): Tick[] {
  const ticks = scale.ticks(count).filter((t) => measure === 'share' || Number.isInteger(t));
  return ticks.map((value) => ({ value, y: round(scale(value)), label: formatTick(value, measure, locale) }));
}

export function quarterScale(quarters: readonly Quarter[], range: [number, number], padding: number): BandScale {
  return bandScale(
    quarters.map((_, i) => i),
    range,
    padding,
    padding / 2,
  );
}

/** Each quarter's view; `labels` name the periods when the series has its own (see `periodLabels`). */
export function quarterViews(
  quarters: readonly Quarter[],
  x: BandScale,
  locale: string,
  labels?: readonly string[],
): QuarterView[] {
  return quarters.map((quarter, index) => {
    const label = labels?.[index] ?? formatQuarterLabel(quarter, locale);
    const space = label.indexOf(' ');
    return {
      index,
      quarter,
      label,
      lines: space > 0 ? [label.slice(0, space), label.slice(space + 1)] : [label],
      x: round((x(index) ?? 0) + x.bandwidth() / 2),
    };
  });
}

/** Pixel positions are rounded to 0.01 px: enough for crisp drawing, stable for snapshots. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Rough width of a label in px at the 12-13 px axis font, to size margins without measuring text. */
export function textWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * 0.6;
}

import type { SafeCell, SafeSeries, UnitLabel } from '@cate/core';
import { formatValue } from './format.js';
import { categoryHierarchy } from './layout/groups.js';
import { cellsFor, valueOf } from './layout/measure.js';
import { periodLabel } from './layout/periods.js';
import type { Measure } from './layout/types.js';
import { messagesFor } from './messages.js';
import { isolate } from './safety/bidi.js';

export interface SummaryOptions {
  /** The chart's title, as the summary's subject. */
  title: string;
  locale?: string;
  /** Count or share; default: shares for a percent of organizations when published, else counts. */
  measure?: Measure;
  /** What the section counts in its own words (the taxonomy's `unitLabel`), preferred over the unit's. */
  unitLabel?: UnitLabel | undefined;
}

interface Ranked {
  label: string;
  value: number;
  index: number;
}

/** The largest published values, biggest first, ties in taxonomy order. */
function largest(values: Array<{ label: string; cell: SafeCell | undefined }>, count: number): Ranked[] {
  return values
    .map(({ label, cell }, index) => ({ label, value: valueOf(cell), index }))
    .filter((r): r is Ranked => r.value !== undefined && r.value > 0)
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, count);
}

/**
 * A short plain-language summary of a SafeSeries: what is shown, the range of quarters, the largest categories,
 * the trend over the quarters, and whether values are hidden or missing. Pure. Uses only published numbers, so it
 * cannot reveal a suppressed cell; it compares them, it never computes new ones.
 */
export function summarySentences(series: SafeSeries, options: SummaryOptions): string[] {
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  const measure = options.measure ?? (series.unit === 'percent-of-organizations' && series.shares ? 'share' : 'count');
  const matrix = cellsFor(series, measure);
  const fmt = (v: number) => formatValue(v, measure, locale);
  const q = (i: number) => isolate(periodLabel(series, i, locale));
  const nq = series.quarters.length;
  const nc = series.categories.length;
  const noun = options.unitLabel?.other;
  const what = noun
    ? measure === 'share'
      ? m.percentOf(noun)
      : m.countOf(noun)
    : measure === 'share'
      ? m.summary.percentWhat(series.unit)
      : m.summary.countWhat(series.unit);
  if (nq === 0) return [m.summary.noValues];

  const sentences = [
    nc === 1
      ? m.summary.introOne(options.title, what, q(0), q(nq - 1))
      : m.summary.intro(options.title, what, nc, q(0), q(nq - 1)),
  ];
  // The groups, by name, each with its latest published total when the series has one.
  const headed = categoryHierarchy(series)?.filter((g) => g.heading) ?? [];
  if (headed.length)
    sentences.push(
      m.summaryGroups(
        headed.map((group) => {
          const last =
            measure === 'count'
              ? group.total
                  ?.map((cell, i) => ({ i, v: valueOf(cell) }))
                  .filter((p) => p.v !== undefined)
                  .pop()
              : undefined;
          return last ? m.summaryGroupTotal(isolate(group.label), fmt(last.v!), q(last.i)) : isolate(group.label);
        }),
      ),
    );
  const all = matrix.flatMap((row) => row.slice(0, nc));
  const values = all.map(valueOf).filter((v): v is number => v !== undefined);
  if (values.length === 0) sentences.push(m.summary.noValues);

  if (nc > 1 && values.length > 0) {
    const totals = measure === 'count' ? series.rangeTotals : undefined;
    const byTotal = totals
      ? largest(
          series.categories.map((c, i) => ({ label: isolate(c.label), cell: totals[i] })),
          3,
        )
      : [];
    if (byTotal.length) sentences.push(m.summary.largest(byTotal.map((r) => r.label)));
    else {
      for (let i = nq - 1; i >= 0; i--) {
        const top = largest(
          series.categories.map((c, k) => ({ label: isolate(c.label), cell: matrix[i]?.[k] })),
          3,
        );
        if (top.length) {
          sentences.push(
            m.summary.largestIn(
              q(i),
              top.map((r) => `${r.label} (${fmt(r.value)})`),
            ),
          );
          break;
        }
      }
    }
  }

  // The trend of one quantity: the only category, else the published totals.
  const trend: { subject: string; cells: readonly (SafeCell | undefined)[] } | undefined =
    nc === 1
      ? { subject: isolate(series.categories[0]!.label), cells: matrix.map((row) => row[0]) }
      : measure === 'count' && series.quarterTotals
        ? {
            subject: series.multiSelect ? m.summary.subjectClients : m.summary.subjectTotal,
            cells: series.quarterTotals,
          }
        : undefined;
  if (trend) {
    const points = trend.cells
      .map((cell, i) => ({ i, v: valueOf(cell) }))
      .filter((p): p is { i: number; v: number } => p.v !== undefined);
    const first = points[0];
    const last = points[points.length - 1];
    if (first && last && first.i !== last.i) {
      const say = last.v > first.v ? m.summary.rose : last.v < first.v ? m.summary.fell : undefined;
      sentences.push(
        say
          ? say(trend.subject, fmt(first.v), q(first.i), fmt(last.v), q(last.i))
          : m.summary.same(trend.subject, fmt(first.v), q(first.i), q(last.i)),
      );
    }
  }

  if (nc > 1 && values.length > 1) sentences.push(m.summary.range(fmt(Math.min(...values)), fmt(Math.max(...values))));
  if (all.some((c) => c?.status === 'suppressed')) sentences.push(m.summary.hidden);
  if (all.some((c) => !c || c.status === 'not-reported')) sentences.push(m.summary.missing);
  if (series.coverage.some((c) => c.reported < c.expected)) sentences.push(m.summary.partial);
  return sentences;
}

/** The summary as one paragraph. */
export function summarize(series: SafeSeries, options: SummaryOptions): string {
  return summarySentences(series, options).join(' ');
}

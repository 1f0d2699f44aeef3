import * as z from 'zod/mini';
import { isQuarter } from '../periods.js';
import { SectionText, sectionText } from '../section-text.js';
import type { SafeSeries } from '../series.js';
import type { Section } from '../taxonomy/schema.js';
import { Unit } from '../taxonomy/schema.js';
import { SERIES_FORMAT } from './series-shape.js';

// The zod schema stays the documented source of truth for the format (and what the node side may use); reading
// checks the same shape by hand (series-shape.ts) and lives in read-published-series.ts, free of zod.
export { SERIES_FORMAT };
export { readPublishedSeries } from './read-published-series.js';

const Count = z.number().check(z.nonnegative());
const WholeCount = z.int().check(z.nonnegative());
const QuarterText = z.string().check(z.refine(isQuarter, 'expected a quarter written like 2025-Q3'));

/** A cell as written: a suppressed or not-reported cell has exactly the key `status`. */
const Cell = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('value'), value: Count }),
  z.strictObject({ status: z.literal('not-reported') }),
  z.strictObject({ status: z.literal('suppressed') }),
]);

/** A SafeSeries as JSON (what `cate aggregate` writes and a chart loads). */
export const SerializedSeries = z.object({
  format: z.literal(SERIES_FORMAT),
  taxonomy: z.string(),
  section: z.string(),
  unit: Unit,
  multiSelect: z.boolean(),
  quarters: z.array(QuarterText),
  categories: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      role: z.optional(z.enum(['unknown', 'other'])),
      group: z.optional(z.string().check(z.minLength(1, 'expected a non-empty group'))),
    }),
  ),
  cells: z.array(z.array(Cell)),
  quarterTotals: z.optional(z.array(Cell)),
  rangeTotals: z.optional(z.array(Cell)),
  shares: z.optional(z.array(z.array(Cell))),
  /** Each group's total per quarter: sums of the group's cells, published beside them (single-select only). */
  groupTotals: z.optional(z.array(z.object({ group: z.string(), cells: z.array(Cell) }))),
  coverage: z.array(z.object({ quarter: QuarterText, reported: WholeCount, expected: WholeCount })),
  disclosure: z.object({ threshold: WholeCount, protectZeros: z.boolean() }),
  /** One label per quarter when a quarter stands for another period ("2020" for a year filed as 2020-Q4). */
  periodLabels: z.optional(z.array(z.string().check(z.minLength(1, 'expected a non-empty period label')))),
  /**
   * The section's words (optional, so a document written before it stays valid; a reader that does not know it
   * drops it). Bounded plain text, checked strictly: an unknown field or an overlong string refuses the document.
   */
  text: z.optional(SectionText),
});
export type SerializedSeries = z.infer<typeof SerializedSeries>;

/**
 * A SafeSeries as a plain JSON object marked with its format. Given the taxonomy `section`, it carries the
 * section's text (so a chart drawing it needs no taxonomy); otherwise the text the series already carries, if any.
 */
export function serializeSeries(series: SafeSeries, section?: Section): SerializedSeries {
  const plain = JSON.parse(JSON.stringify(series)) as Omit<SerializedSeries, 'format'>;
  return { format: SERIES_FORMAT, ...plain, ...(section ? { text: sectionText(section) } : {}) };
}

import { isQuarter } from '../periods.js';
import type { SectionText } from '../section-text.js';
import type { SerializedSeries } from './published-series.js';
import { arrayOf, boolean, byKey, number, object, oneOf, optional, string, type Check } from './shape-check.js';

// The shape of a `cate-series@1` series, checked by hand: the same accepted set and parsed value as the zod/mini
// schemas `SerializedSeries` (published-series.ts) and `SectionText` (section-text.ts), which stay the documented
// source of truth. This module builds no schema, so a browser reading published data loads no schema library.

export const SERIES_FORMAT = 'cate-series@1';

export const quarterText = string(0, Infinity, { ok: isQuarter, message: 'expected a quarter written like 2025-Q3' });
const count = number({ min: 0 });
const wholeCount = number({ integer: true, min: 0 });

// eslint-disable-next-line no-control-regex -- finding control characters is the point (as in section-text.ts)
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const words = (max: number) =>
  string(1, max, { ok: (text) => !CONTROL.test(text), message: 'expected plain text with no control character' });
const title = words(200);
const passage = words(2000);

/** Checks a section's text (`SectionText`: strict, bounded plain text). */
export const checkSectionText: Check<SectionText> = object<SectionText>(
  {
    title,
    chartTitle: optional(title),
    description: optional(passage),
    legendTitle: optional(title),
    unitLabel: optional(object({ one: words(80), other: words(80) }, true)),
    notes: optional(arrayOf(object({ title, text: passage }, true), 20)),
    categoriesFrom: optional(
      object(
        {
          from: oneOf(['report', 'standard', 'coalition']),
          standard: optional(title),
          note: optional(passage),
        },
        true,
      ),
    ),
  },
  true,
);

/** A cell as written: a suppressed or not-reported cell has exactly the key `status`. */
const cell = byKey('status', {
  value: object({ status: oneOf(['value']), value: count }, true),
  'not-reported': object({ status: oneOf(['not-reported']) }, true),
  suppressed: object({ status: oneOf(['suppressed']) }, true),
});
const cells = arrayOf(cell);

/** The fields of a serialized series, in the order of the zod schema (a published section adds two). */
export const seriesFields = {
  format: oneOf([SERIES_FORMAT]),
  taxonomy: string(),
  section: string(),
  unit: oneOf(['clients', 'organizations', 'percent-of-organizations', 'service-uses']),
  multiSelect: boolean,
  quarters: arrayOf(quarterText),
  categories: arrayOf(
    object({
      id: string(),
      label: string(),
      role: optional(oneOf(['unknown', 'other'])),
      group: optional(string(1)),
    }),
  ),
  cells: arrayOf(cells),
  quarterTotals: optional(cells),
  rangeTotals: optional(cells),
  shares: optional(arrayOf(cells)),
  groupTotals: optional(arrayOf(object({ group: string(), cells }))),
  coverage: arrayOf(object({ quarter: quarterText, reported: wholeCount, expected: wholeCount })),
  disclosure: object({ threshold: wholeCount, protectZeros: boolean }),
  periodLabels: optional(arrayOf(string(1))),
  text: optional(checkSectionText),
};

/** Checks a `cate-series@1` series' shape (fields not in the format are dropped, as the zod schema does). */
export const checkSeriesShape: Check<SerializedSeries> = object<SerializedSeries>(seriesFields);

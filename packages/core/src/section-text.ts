import * as z from 'zod/mini';
import type { Section } from './taxonomy/schema.js';

// The words a chart shows around a published section (its title, description, notes, legend title, unit words and
// where its categories came from), carried in the publication beside the numbers so that a page drawing it needs
// no taxonomy. Plain text only: every field is a bounded string that the elements render as text, never as markup.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const TITLE = 200;
const PASSAGE = 2000;
const UNIT = 80;

/** Text of at most `max` characters, not empty, with no control character but tab and line feed. */
const Words = (max: number) =>
  z.string().check(
    z.minLength(1, 'expected non-empty text'),
    z.maxLength(max, `expected at most ${max} characters`),
    z.refine((text) => !new RegExp(CONTROL.source).test(text), 'expected plain text with no control character'),
  );

/** A section's text as published (`text` of a `cate-series@1` or a section of `cate-publication@1`). */
export const SectionText = z.strictObject({
  /** The section's title ("Continent of Origin"). */
  title: Words(TITLE),
  /** The chart's title in the report, when it has its own ("Continent of Origin by Quarter"). */
  chartTitle: z.optional(Words(TITLE)),
  description: z.optional(Words(PASSAGE)),
  /** The legend's title ("Continent of Origin"). */
  legendTitle: z.optional(Words(TITLE)),
  /** Words for what is counted ({ one: 'situation', other: 'situations' }). */
  unitLabel: z.optional(z.strictObject({ one: Words(UNIT), other: Words(UNIT) })),
  /** Titled notes under the chart. */
  notes: z.optional(
    z
      .array(z.strictObject({ title: Words(TITLE), text: Words(PASSAGE) }))
      .check(z.maxLength(20, 'expected at most 20 notes')),
  ),
  /** Where the categories came from: the report, a named standard or the coalition's own list. */
  categoriesFrom: z.optional(
    z.strictObject({
      from: z.enum(['report', 'standard', 'coalition']),
      standard: z.optional(Words(TITLE)),
      note: z.optional(Words(PASSAGE)),
    }),
  ),
});
export type SectionText = z.infer<typeof SectionText>;

/** A taxonomy's text made to fit: control characters become spaces, and text over `max` ends in an ellipsis. */
function fit(text: string, max: number): string {
  const plain = text.replace(CONTROL, ' ');
  return plain.length > max ? `${plain.slice(0, max - 1)}\u2026` : plain;
}

/**
 * The text a chart shows for a taxonomy section, as a publication carries it: only the fields that are set, each
 * within its bound (a taxonomy's longer text is cut with an ellipsis, so publishing never fails on words).
 */
export function sectionText(section: Section): SectionText {
  const { title, chartTitle, description, legendTitle, unitLabel, notes, categoriesFrom } = section;
  const { from, standard, note } = categoriesFrom;
  return {
    title: fit(title, TITLE),
    ...(chartTitle ? { chartTitle: fit(chartTitle, TITLE) } : {}),
    ...(description ? { description: fit(description, PASSAGE) } : {}),
    ...(legendTitle ? { legendTitle: fit(legendTitle, TITLE) } : {}),
    ...(unitLabel ? { unitLabel: { one: fit(unitLabel.one, UNIT), other: fit(unitLabel.other, UNIT) } } : {}),
    ...(notes.length
      ? { notes: notes.slice(0, 20).map((n) => ({ title: fit(n.title, TITLE), text: fit(n.text, PASSAGE) })) }
      : {}),
    ...(from === 'report' && !standard && !note
      ? {}
      : {
          categoriesFrom: {
            from,
            ...(standard ? { standard: fit(standard, TITLE) } : {}),
            ...(note ? { note: fit(note, PASSAGE) } : {}),
          },
        }),
  };
}

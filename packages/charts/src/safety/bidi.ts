/**
 * Bidirectional-text isolation for labels that come from data. A label holding a right-to-left override (U+202E)
 * or right-to-left letters must not reorder the words and numbers around it ("Africa: 12 clients" read as
 * "21 ..."). In HTML a label goes in `<bdi>`; in strings (SVG text, tooltips, aria-labels, announcements) it is
 * wrapped in FIRST STRONG ISOLATE (U+2068) ... POP DIRECTIONAL ISOLATE (U+2069).
 */

/** Right-to-left letters, and every explicit bidi control (embeddings, overrides, isolates, marks). */
const BIDI_SENSITIVE =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u061C\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Closers a label could use to end the isolate early (an unmatched PDF or PDI): dropped from isolated labels. */
const CLOSERS = /[\u202C\u2069]/g;

export const FSI = '\u2068';
export const PDI = '\u2069';

/** Whether a text could reorder its neighbours: it holds right-to-left letters or a bidi control. */
export function needsIsolation(text: string): boolean {
  return BIDI_SENSITIVE.test(text);
}

/**
 * A label as it is put into a string beside other text: unchanged when it is plain left-to-right text (so the
 * common case reads and compares as before), else isolated between U+2068 and U+2069, with any closer of its own
 * removed so it cannot escape the isolate.
 */
export function isolate(text: string): string {
  if (!needsIsolation(text)) return text;
  return `${FSI}${text.replace(CLOSERS, '')}${PDI}`;
}

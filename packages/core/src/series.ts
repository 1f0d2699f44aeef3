import type { Quarter } from './periods.js';
import type { SectionText } from './section-text.js';
import type { Category, Unit } from './taxonomy/schema.js';

/**
 * The two stages of aggregated data.
 *
 * 1. `AggregateTable`: coalition sums straight from the submissions. It holds small counts and per-organization
 *    facts, so it is for the privacy step (and the coordinator) only. Renderers never accept it.
 * 2. `SafeSeries`: what every output (chart, table, summary, export, report) receives. Each cell is a number,
 *    "not reported" or "suppressed"; a suppressed cell carries no number anywhere in it.
 */

/** A section's categories as a chart shows them, in taxonomy order; `group` names the heading a category sits under. */
export type SeriesCategory = Pick<Category, 'id' | 'label' | 'role' | 'group'>;

/** A category as a series carries it: only the fields a series has, optional ones only when set. */
export function seriesCategory({ id, label, role, group }: SeriesCategory): SeriesCategory {
  return { id, label, ...(role ? { role } : {}), ...(group !== undefined ? { group } : {}) };
}

/**
 * The published total of one category group in each quarter (the "Sex 229" above its venues). A total, not a
 * category: the cells stay the leaves, so every sum over a quarter's cells is still the quarter total, and the
 * privacy step treats it as what it is, one more published sum of cells.
 */
export interface GroupTotal {
  /** The `group` of the categories it adds up. */
  readonly group: string;
  /** One per quarter. */
  readonly cells: readonly SafeCell[];
}

/** Which organizations reported a section in a quarter, out of how many were expected. */
export interface Coverage {
  quarter: Quarter;
  /** Organizations that reported the section this quarter. */
  reported: number;
  /** Organizations expected to report (the filtered member list). */
  expected: number;
}

export interface AggregateTable {
  taxonomy: string;
  section: string;
  unit: Unit;
  multiSelect: boolean;
  quarters: Quarter[];
  categories: SeriesCategory[];
  /** counts[q][c]: the coalition sum, or null when no organization reported that cell. */
  counts: (number | null)[][];
  /** contributors[q][c]: how many organizations reported a count above zero. */
  contributors: number[][];
  /** largest[q][c]: the largest single organization's count (for the contributor rule). */
  largest: number[][];
  /**
   * clients[q]: the client count of the organizations that reported this section in quarter q: the denominator
   * of shares in a multi-select section. Null when the taxonomy has no client-count section or none reported it.
   */
  clients: (number | null)[];
  /** Organization ids that reported this section, per quarter (private: only counts are published). */
  reporters: string[][];
  coverage: Coverage[];
  /** How to name each quarter when it stands for another period (a year filed as its last quarter: "2020"). */
  periodLabels?: string[];
}

/** A published cell: a number, not reported by anyone, or hidden to protect people. */
export type SafeCell =
  | { readonly status: 'value'; readonly value: number }
  | { readonly status: 'not-reported' }
  | { readonly status: 'suppressed' };

declare const safe: unique symbol;

/**
 * A series that has been through disclosure control: the only data renderers, tables and exports accept.
 * Create one with `protectTable` (from an AggregateTable) in @cate/core; the brand stops a raw table
 * from being passed where a safe series is required.
 */
export interface SafeSeries {
  readonly [safe]: true;
  readonly taxonomy: string;
  readonly section: string;
  readonly unit: Unit;
  readonly multiSelect: boolean;
  readonly quarters: readonly Quarter[];
  readonly categories: readonly SeriesCategory[];
  /** cells[q][c] */
  readonly cells: readonly (readonly SafeCell[])[];
  /** Per-quarter total over categories (single-select) or client count (multi-select), when published. */
  readonly quarterTotals?: readonly SafeCell[];
  /** Per-category total over the quarter range, when published. */
  readonly rangeTotals?: readonly SafeCell[];
  /** shares[q][c] as a fraction of the right denominator, when published; suppressed where a part is. */
  readonly shares?: readonly (readonly SafeCell[])[];
  /** Totals of category groups, in the order the groups first appear, when published (single-select only). */
  readonly groupTotals?: readonly GroupTotal[];
  readonly coverage: readonly Coverage[];
  /**
   * How to name each quarter, when the data is for another period filed under a quarter (a calendar year is its
   * Q4): one label per quarter, e.g. ["2020"]. Charts use it for the axis, table, tooltips and summary.
   */
  readonly periodLabels?: readonly string[];
  /** The public part of the policy: enough to write the footnote ("counts from 1 to 2 are hidden"). */
  readonly disclosure: { readonly threshold: number; readonly protectZeros: boolean };
  /**
   * The section's words (title, description, notes, legend title, unit words, provenance), when the publication
   * carries them: a chart shows them instead of looking the section up in a taxonomy. Text only, never a number.
   */
  readonly text?: SectionText;
}

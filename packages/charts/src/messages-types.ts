import type { Unit } from '@cate/core';

/**
 * Every visible or announced string of the element, in one catalogue per language. A translation is another
 * object of this type registered in `catalogues`; missing languages fall back to English. The taxonomy's own
 * words (titles, descriptions, category labels, notes) are not here: they come with the taxonomy.
 */
export interface Messages {
  /** The BCP 47 language of this catalogue: the `lang` of the element's text. */
  language: string;
  loading: string;
  empty: string;
  noSource: string;
  errorTitle: string;
  errors: {
    'unknown-section': (section: string) => string;
    'missing-section': string;
    'fetch-failed': (url: string) => string;
    'http-error': (status: number, url: string) => string;
    timeout: (seconds: number) => string;
    'invalid-json': string;
    'invalid-csv': string;
    'invalid-data': string;
    'invalid-quarters': (text: string) => string;
    'section-mismatch': (wanted: string, found: string) => string;
    /** Published data with a count the policy would hide: nothing is drawn. */
    'unsafe-data': string;
    /** Raw submissions without `preview`. */
    'raw-data-refused': string;
    /** A preview of raw data on a page that is not on this computer. */
    'preview-not-local': string;
    /** An older report document that cannot be checked (or was made for some organizations). */
    'outdated-format': string;
    /** The organizations attribute with published data, which has no per-organization numbers. */
    'organizations-not-published': string;
    'render-failed': string;
    /** An export (CSV, SVG, PNG, copy) could not be made; the chart itself is fine. */
    'export-failed': string;
    /** An attribute or property the element cannot use: its name, its value (cut short), what was expected. */
    'invalid-attribute': (attribute: string, value: string, expected: string) => string;
    /** Data bigger than `max-bytes`: the limit and the size (-1 when unknown), in bytes. */
    'too-large': (limit: number, size: number) => string;
    /** A part of the bundle loaded later (chunks/…) could not be loaded: the file. */
    'load-failed': (file: string) => string;
  };
  /** The export menu, its results, and the words of the CSV and copied table. */
  exports: {
    /** The disclosure button that opens the menu. */
    menu: string;
    csv: string;
    svg: string;
    png: string;
    copy: string;
    /** Said (role="status") after the table was copied. */
    copied: string;
    /** Said when the browser refuses the clipboard: the table is then shown to be selected by hand. */
    copyRefused: string;
    /** The status of a published number in the CSV (beside suppressedWord and notReportedWord). */
    valueWord: string;
    /** The column of category groups ("Sex" above its venues), when the series has groups. */
    groupHeader: string;
    categoryHeader: string;
    statusHeader: string;
    shareStatusHeader: string;
    expectedHeader: string;
    /** The "quarter" of a total over the range: "Q1 2024 to Q4 2025". */
    allQuarters: (from: string, to: string) => string;
  };
  /** "clients", "organizations" ... as the value axis and tooltips name them. */
  unitNoun: (unit: Unit, count?: number) => string;
  /** "38%" as a share of what the unit counts: "38% of reporting organizations", "38% of clients". */
  shareOf: (value: string, unit: Unit) => string;
  suppressedWord: string;
  notReportedWord: string;
  /** The short marks drawn for cells without a published number; the footnotes explain them. */
  statusMarks: { suppressed: string; 'not-reported': string };
  footnoteSuppressed: (threshold: number, protectZeros: boolean) => string;
  footnoteNotReported: string;
  coverage: (reported: number, expected: number) => string;
  /**
   * The footnote on partial coverage, from one "Q3 2025, 7 of 8 members reported" part per partial quarter: the
   * part itself for one quarter, a short plain note for several (the table's "Members reporting" column has them).
   */
  coverageNote: (parts: string[]) => string;
  coverageAll: (expected: number) => string;
  clientsNotPeople: string;
  multiSelectNote: string;
  kindFallback: (kind: string) => string;
  showTable: string;
  hideTable: string;
  tableCaption: (title: string) => string;
  /** A link that takes a screen-reader user past the data table, and the marker it lands on. */
  skipTable: string;
  tableEnd: string;
  quarterHeader: string;
  totalHeader: string;
  coverageHeader: string;
  instructionsLabel: string;
  instructions: string;
  chartRole: string;
  leftChart: string;
  /** Said with the cell when an arrow key meets an edge of the chart (the position does not change). */
  edges: { ArrowLeft: string; ArrowRight: string; ArrowUp: string; ArrowDown: string };
  /** The banner of a chart or report in preview: raw data drawn in the browser. */
  previewBanner: string;
  /** The title when neither the heading nor the taxonomy gives one. */
  untitled: string;
  cellText: (category: string, quarter: string, value: string) => string;
  cellSuppressed: (category: string, quarter: string) => string;
  cellNotReported: (category: string, quarter: string) => string;
  position: (quarter: number, quarters: number, category: number, categories: number) => string;
  legendLabel: string;
  /** The legend's keys to the status marks drawn under the baseline. */
  legendSuppressed: string;
  legendNotReported: string;
  /** Said in the chart's text when it is drawn as small multiples, and why. */
  layoutDominant: string;
  layoutNarrow: string;
  /** A footnote naming where a section's category list came from, when not from the report itself. */
  categoriesFrom: (from: 'standard' | 'coalition', standard?: string, note?: string) => string;
  /** The data table's first column when categories are rows (a grouped series). */
  categoryHeader: string;
  /** A category with its group, as tooltips and announcements name it: "Sex: Pornography". */
  groupedCategory: (group: string, category: string) => string;
  /** The summary's sentence on groups, from items made by `summaryGroupTotal` or bare group names. */
  summaryGroups: (items: string[]) => string;
  summaryGroupTotal: (group: string, value: string, period: string) => string;
  /** The unit in a section's own words (its `unitLabel`), where the unit's words above would be used. */
  countOf: (noun: string) => string;
  percentOf: (noun: string) => string;
  shareOfNoun: (value: string, noun: string) => string;
  statLatest: (quarter: string) => string;
  statPrevious: (quarter: string, value: string) => string;
  summary: {
    intro: (title: string, what: string, categories: number, from: string, to: string) => string;
    introOne: (title: string, what: string, from: string, to: string) => string;
    largest: (names: string[]) => string;
    largestIn: (quarter: string, names: string[]) => string;
    rose: (subject: string, from: string, fromQ: string, to: string, toQ: string) => string;
    fell: (subject: string, from: string, fromQ: string, to: string, toQ: string) => string;
    same: (subject: string, value: string, fromQ: string, toQ: string) => string;
    range: (low: string, high: string) => string;
    hidden: string;
    missing: string;
    partial: string;
    noValues: string;
    subjectTotal: string;
    subjectClients: string;
    percentWhat: (unit: Unit) => string;
    countWhat: (unit: Unit) => string;
  };
  list: (items: string[]) => string;
}

import type { Unit } from '@cate/core';
import type { Messages } from './messages-types.js';
import { es } from './messages-es.js';
import { lazyCatalogues } from './messages-lazy.js';
import { formatBytes } from './safety/limits.js';
import { loadedChunk } from './chart/chunks.js';
import type { ChartError } from './load.js';

export type { Messages } from './messages-types.js';

const UNIT_NOUNS: Record<Unit, [string, string]> = {
  clients: ['client', 'clients'],
  organizations: ['organization', 'organizations'],
  'percent-of-organizations': ['organization', 'organizations'],
  'service-uses': ['service use', 'service uses'],
};

const isOrganizations = (unit: Unit) => unit === 'organizations' || unit === 'percent-of-organizations';

export const en: Messages = {
  language: 'en',
  loading: 'Loading chart data…',
  empty: 'No data to show for this section and these quarters.',
  noSource: 'No data yet: set the src attribute or the data property.',
  errorTitle: 'This chart could not be shown',
  previewBanner: 'Unpublished preview — do not put this page online.',
  errors: {
    'unknown-section': (section) => `There is no section "${section}" in this taxonomy. Check the section attribute.`,
    'missing-section': 'Set the section attribute to the section to draw, for example section="continent-of-origin".',
    'fetch-failed': (url) => `The data at ${url} could not be loaded. Check the address and that the server allows it.`,
    'http-error': (status, url) => `The server answered ${status} for ${url}.`,
    timeout: (seconds) => `The data took longer than ${seconds} seconds to load.`,
    'invalid-json': 'The data file is not valid JSON.',
    'invalid-csv': 'The data file is not valid CSV.',
    'invalid-data': 'The data file has problems, so nothing is shown.',
    'invalid-quarters': (text) => `"${text}" is not a quarter range. Write it like 2024-Q1..2025-Q4.`,
    'section-mismatch': (wanted, found) => `The data is for section "${found}", not "${wanted}".`,
    'unsafe-data':
      'This data shows a count small enough to identify someone, or one from which a hidden count can be worked out, so nothing is shown. Publish the data again with "cate publish".',
    'raw-data-refused':
      'This is raw member data, which must not be put online. Publish it with "cate publish" and use the publication file, or add the preview attribute to check it on your own computer.',
    'preview-not-local':
      'A preview of raw member data is shown only on your own computer (localhost or a file). Publish the data with "cate publish" and use the publication file here.',
    'outdated-format':
      'This data file is in an older format that cannot be checked for privacy. Publish the data again with "cate publish".',
    'organizations-not-published':
      'Published data has no numbers per organization: remove the organizations attribute. Filtering by organization is only for a local preview.',
    'render-failed': 'Something went wrong while drawing the chart.',
    'export-failed': 'This download could not be made in this browser. The chart and its data table are still here.',
    'invalid-attribute': (attribute, value, expected) =>
      `The ${attribute} attribute is “${value}”: expected ${expected}.`,
    'too-large': (limit, size) =>
      `The data is too large to show here${size >= 0 ? ` (${formatBytes(size)})` : ''}: the limit is ${formatBytes(limit)} (the max-bytes attribute).`,
    'load-failed': (file) =>
      `Part of the chart (${file}) could not be loaded. Copy the chunks/ folder beside the bundle.`,
  },
  exports: {
    menu: 'Download',
    csv: 'Data (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
    copy: 'Copy data table',
    copied: 'The data table was copied.',
    copyRefused: 'Your browser did not allow copying. The data table is shown below: select it and copy it.',
    valueWord: 'Published',
    groupHeader: 'Group',
    categoryHeader: 'Category',
    statusHeader: 'Status',
    shareStatusHeader: 'Percent status',
    expectedHeader: 'Members expected',
    allQuarters: (from, to) => `${from} to ${to}`,
  },
  unitNoun: (unit, count = 2) => UNIT_NOUNS[unit][count === 1 ? 0 : 1],
  shareOf: (value, unit) => `${value} of ${isOrganizations(unit) ? 'reporting organizations' : UNIT_NOUNS[unit][1]}`,
  suppressedWord: 'Suppressed',
  notReportedWord: 'Not reported',
  statusMarks: { suppressed: 'S', 'not-reported': 'n/r' },
  footnoteSuppressed: (k, zeros) =>
    `S = suppressed: hidden to protect privacy (counts from ${zeros ? 0 : 1} to ${k - 1}, and other cells that would reveal them).`,
  footnoteNotReported: 'n/r = not reported: no member reported this.',
  coverage: (reported, expected) => `${reported} of ${expected} members reported`,
  coverageNote: (parts) =>
    parts.length === 1
      ? `Not every member reported: ${parts[0]}.`
      : 'Not every member reported every quarter. The data table shows how many reported in each quarter.',
  coverageAll: (expected) => `All ${expected} members reported.`,
  clientsNotPeople:
    'Counts are clients reported by members, not unique people: a client may be counted by two members or in two quarters.',
  multiSelectNote:
    'A client may be counted in more than one category, so categories may add up to more than the number of clients.',
  kindFallback: (kind) => `Shown in the default style: "${kind}" does not suit this section.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  tableCaption: (title) => `${title}: data table`,
  skipTable: 'Skip the data table',
  tableEnd: 'End of the data table.',
  quarterHeader: 'Quarter',
  totalHeader: 'Total',
  coverageHeader: 'Members reporting',
  instructionsLabel: 'How to explore this chart',
  instructions:
    'Hover over or touch a bar or point to see its value. With a keyboard, press Tab to reach the chart. Left and right arrows move between quarters; up and down arrows move between categories. Home and End go to the first and last quarter. Ctrl+Home and Ctrl+End go to the first and last value of the chart. Escape stops exploring. The data table has every value.',
  chartRole: 'interactive chart',
  leftChart: 'Stopped exploring the chart.',
  edges: {
    ArrowLeft: 'First quarter shown.',
    ArrowRight: 'Last quarter shown.',
    ArrowUp: 'First category.',
    ArrowDown: 'Last category.',
  },
  untitled: 'Chart',
  cellText: (category, quarter, value) => `${category}, ${quarter}: ${value}`,
  cellSuppressed: (category, quarter) => `${category}, ${quarter}: suppressed to protect privacy`,
  cellNotReported: (category, quarter) => `${category}, ${quarter}: not reported`,
  position: (q, nq, c, nc) => `quarter ${q} of ${nq}, category ${c} of ${nc}`,
  legendLabel: 'Legend',
  legendSuppressed: 'S = suppressed to protect privacy',
  legendNotReported: 'n/r = not reported',
  layoutDominant:
    'One category is much larger than the others, so each category is drawn in its own panel with its own scale: compare shapes, not heights, across panels.',
  layoutNarrow:
    'Drawn as one small panel per category, each with its own scale, to fit this width: compare shapes, not heights, across panels.',
  categoriesFrom: (from, standard, note) =>
    `${from === 'standard' ? `Categories from ${standard ?? 'a published standard'}, not from the report.` : 'Categories chosen by the coalition, not from the report.'}${note ? ` ${note}` : ''}`,
  categoryHeader: 'Category',
  groupedCategory: (group, category) => `${group}: ${category}`,
  summaryGroups: (items) => `The categories are grouped under ${en.list(items)}.`,
  summaryGroupTotal: (group, value, period) => `${group} (${value} in ${period})`,
  countOf: (noun) => `number of ${noun}`,
  percentOf: (noun) => `percent of ${noun}`,
  shareOfNoun: (value, noun) => `${value} of ${noun}`,
  statLatest: (quarter) => `in ${quarter}`,
  statPrevious: (quarter, value) => `${quarter}: ${value}`,
  summary: {
    intro: (title, what, n, from, to) => `${title}: ${what} in ${n} categories, from ${from} to ${to}.`,
    introOne: (title, what, from, to) => `${title}: ${what}, from ${from} to ${to}.`,
    largest: (names) => `The largest over these quarters: ${en.list(names)}.`,
    largestIn: (quarter, names) => `The largest in ${quarter}: ${en.list(names)}.`,
    rose: (subject, a, aq, b, bq) => `${subject} rose from ${a} in ${aq} to ${b} in ${bq}.`,
    fell: (subject, a, aq, b, bq) => `${subject} fell from ${a} in ${aq} to ${b} in ${bq}.`,
    same: (subject, v, aq, bq) => `${subject} was ${v} in both ${aq} and ${bq}.`,
    range: (low, high) => `Values shown range from ${low} to ${high}.`,
    hidden: 'Some values are hidden to protect privacy.',
    missing: 'Some values were not reported.',
    partial: 'Not every member reported every quarter.',
    noValues: 'No values can be shown.',
    subjectTotal: 'The total',
    subjectClients: 'The number of clients',
    percentWhat: (unit) => `percent of ${isOrganizations(unit) ? 'reporting organizations' : UNIT_NOUNS[unit][1]}`,
    countWhat: (unit) => `number of ${UNIT_NOUNS[unit][1]}`,
  },
  list: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
};

/**
 * Catalogues by language subtag. In the ES module browser bundle only English is inline (its build leaves `es`
 * undefined here): the others are in `lazyCatalogues`, fetched by `catalogueReady` when a locale asks for them.
 */
export const catalogues: Record<string, Messages> = es ? { en, es } : { en };

const loading = new Map<string, Promise<ChartError | undefined>>();

function languageOf(locale: string | undefined): string {
  return (locale || 'en').split(/[-_]/)[0]!.toLowerCase();
}

/** The catalogue for a BCP 47 locale ("es", "es-MX", "es_US"): its language's, else English. */
export function messagesFor(locale: string | undefined): Messages {
  const language = languageOf(locale);
  return Object.hasOwn(catalogues, language) ? catalogues[language]! : en;
}

/**
 * Undefined when `messagesFor(locale)` already gives the locale's catalogue (always, outside the browser bundle);
 * else a promise that settles once it has been loaded and registered. If it cannot be loaded, the console names its
 * file, the language is drawn in English from then on, and the promise gives the ChartError `load-failed` for each
 * chart that waited for it to report.
 */
export function catalogueReady(locale: string | undefined): Promise<ChartError | undefined> | undefined {
  const language = languageOf(locale);
  if (Object.hasOwn(catalogues, language) || !Object.hasOwn(lazyCatalogues, language)) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = loadedChunk(`the "${language}" catalogue`, lazyCatalogues[language]!).then(
      (messages) => void (catalogues[language] = messages),
      (error: ChartError) => {
        catalogues[language] = en;
        return error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

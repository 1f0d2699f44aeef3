/**
 * Notes, sources and provenance that several CATE sections share, worded as the report words them.
 * Plain data: nothing here runs zod (the taxonomy is checked by `parseTaxonomy` in the tests).
 */
import type { Category, Note, Provenance, Section, Source } from '../schema.js';

/** The report's own "Data Source:" line under each chart. */
export const CATE_DATA_SOURCE: Source = { citation: 'CATE Quarterly Service Member Report' };

/** The three references the report cites for its country and region of origin lists (italics markup dropped). */
export const ORIGIN_SOURCES: readonly Source[] = [
  {
    citation:
      'U.S. Citizenship and Immigration Services. (2022, January). Characteristics of T nonimmigrant status (T visa) applicants [Fact sheet]. U.S. Department of Homeland Security.',
  },
  {
    citation:
      'U.S. Citizenship and Immigration Services. (2022, November). Characteristics of T nonimmigrant status (T visa) applicants factsheet: FY 2008 – FY 2022 [Fact sheet]. U.S. Department of Homeland Security.',
  },
  {
    citation:
      'United Nations Office on Drugs and Crime. (2024). Global report on trafficking in persons 2024. United Nations.',
  },
];

export const FROM_REPORT: Provenance = { from: 'report' };

/** The introduction's caveat: a count of clients is "clients reported", not unique people. */
export const DOUBLE_COUNTING_NOTE: Note = {
  title: 'Data Accuracy (double-counting)',
  text: 'Efforts are made to ensure data integrity; however, there is a possibility of double-counting if a single client accessed services across multiple reporting periods.',
};

/** The sentence that makes a client section multi-select. */
export const MULTIPLE_CATEGORIES_NOTE: Note = {
  title: 'Multiple Categories',
  text: 'Results may exceed the total client count as individuals may be reported under multiple categories.',
};

/** The paragraph every services section carries; it makes those sections multi-select. */
export const MULTIPLE_SERVICES_NOTE: Note = {
  title: 'Multiple Service Categories',
  text: 'The services listed here represent the diverse range of support survivors accessed during this period. Because survivors often require comprehensive, multi-layered support, a single client may be represented across multiple service categories. These totals reflect services reported by CATE member organizations and highlight the holistic approach to regional survivor care.',
};

/** The note on the four current-or-historical sections. */
export const UNKNOWN_STATUS_NOTE: Note = {
  title: 'Understanding "Unknown" Status',
  text: 'For trafficking and exploitation categories, an "Unknown" status indicates that while trafficking or exploitation has been confirmed, it is not currently known if the experience is active or historical.',
};

/** HMIS FY2024 splits Unknown three ways; this taxonomy keeps one Unknown answer, as the report does. */
export const HMIS_UNKNOWN_NOTE =
  'HMIS splits Unknown into "Client doesn\'t know", "Client prefers not to answer" and "Data not collected"; like the report, this list keeps a single Unknown category for all three.';

type SectionText = Pick<Section, 'id' | 'title' | 'description' | 'area'> & {
  /** Label of the one category, e.g. "Clients with Multiple Disabilities". */
  label: string;
  chartTitle?: string;
};

/**
 * A section that counts one thing (clients with multiple disabilities, clients with unmet requests): one
 * category with id `clients`. Not coversAllClients: clients without the trait are not counted anywhere.
 */
export function singleCountSection({ label, chartTitle, ...text }: SectionText): Section {
  return {
    ...text,
    unit: 'clients',
    multiSelect: false,
    ...(chartTitle ? { chartTitle } : {}),
    notes: [DOUBLE_COUNTING_NOTE],
    sources: [CATE_DATA_SOURCE],
    categories: [{ id: 'clients', label }],
    categoriesFrom: {
      from: 'report',
      note: 'The report gives a single count for this section; the label restates its description.',
    },
  };
}

/**
 * One of the four current-or-historical sections. Single-select (a client is current, historical or unknown)
 * but not coversAllClients: only clients with a confirmed experience of this kind are counted.
 */
export function currentOrHistoricalSection(
  text: Pick<Section, 'id' | 'title' | 'description' | 'area' | 'chartTitle'>,
  labels: { current: string; history: string },
): Section {
  const categories: Category[] = [
    { id: 'current', label: labels.current },
    { id: 'history', label: labels.history },
    { id: 'unknown', label: 'Unknown', role: 'unknown' },
  ];
  return {
    ...text,
    unit: 'clients',
    multiSelect: false,
    notes: [UNKNOWN_STATUS_NOTE, DOUBLE_COUNTING_NOTE],
    sources: [CATE_DATA_SOURCE],
    categories,
    categoriesFrom: {
      from: 'report',
      note: 'The current and history labels are the ones the description defines; Unknown is the status its note Understanding "Unknown" Status defines.',
    },
  };
}

/** A report list whose order here differs from the report's legend, which runs down its chart's columns. */
export const FROM_REPORT_LEGEND: Provenance = {
  from: 'report',
  note: "Labels verbatim from the report's legend, which runs down the chart's columns; listed here row by row, with Other and Unknown last.",
};

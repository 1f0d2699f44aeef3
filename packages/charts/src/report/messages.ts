/**
 * Every visible or announced string of `<cate-report>` (English). A translation is another object of this type
 * registered in `reportCatalogues`; missing languages fall back to English. Chart strings stay in ../messages.ts.
 */
export interface ReportMessages {
  contents: string;
  members: string;
  filters: string;
  filtersHelp: string;
  quarterRange: string;
  from: string;
  to: string;
  organizations: string;
  allOrganizations: string;
  lastOrganization: string;
  publishedFilters: string;
  /** The organization filter's legend in a preview: it does not exist in the published report. */
  previewOrganizations: string;
  showing: (from: string, to: string, organizations: string) => string;
  allMembers: (count: number) => string;
  someMembers: (count: number, total: number) => string;
  loading: string;
  errorTitle: string;
  noData: string;
  source: string;
  sources: string;
  notes: string;
  sampleTitle: string;
  downloadData: string;
  sectionsInArea: (count: number) => string;
  /** The skip link at the top of the live report. */
  skipToCharts: string;
  /** The link before each chart that jumps past it. */
  skipToNextChart: (title: string) => string;
  skipPastLastChart: string;
  /** Where the last chart's skip link lands. */
  reportEnd: string;
  /** The summary of the collapsed contents list. */
  contentsSummary: (areas: number, sections: number) => string;
  /** The filter form's commit button. */
  apply: string;
  /** Said once when a quarter was chosen with the keyboard and is not applied yet. */
  filtersPending: string;
}

export const reportEn: ReportMessages = {
  contents: 'Contents',
  members: 'Member Organizations',
  filters: 'Filter the report',
  filtersHelp: 'Every chart below shows the quarters chosen here, once you apply them.',
  quarterRange: 'Quarters',
  from: 'From',
  to: 'To',
  organizations: 'Member organizations',
  allOrganizations: 'All members',
  lastOrganization: 'At least one organization stays selected.',
  publishedFilters:
    'The numbers are those of the published report, for all member organizations together: it holds no per-member counts to filter.',
  previewOrganizations: 'Member organizations (preview only: the published report has no organization filter)',
  showing: (from, to, organizations) => `Showing ${from === to ? from : `${from} to ${to}`}, ${organizations}.`,
  allMembers: (count) => `all ${count} member organizations`,
  someMembers: (count, total) => `${count} of ${total} member organizations`,
  loading: 'Loading the report…',
  errorTitle: 'The report could not be shown',
  noData: 'No data has been loaded.',
  source: 'Data source',
  sources: 'Sources',
  notes: 'Notes',
  sampleTitle: 'Sample data',
  downloadData: 'Download the published data (JSON)',
  sectionsInArea: (count) => `${count} ${count === 1 ? 'section' : 'sections'}`,
  skipToCharts: 'Skip to the charts',
  skipToNextChart: (title) => `Skip to the next chart: ${title}`,
  skipPastLastChart: 'Skip past the last chart',
  reportEnd: 'End of the report.',
  contentsSummary: (areas, sections) => `All ${sections} sections in ${areas} areas`,
  apply: 'Apply',
  filtersPending: 'Not applied yet: press Enter or choose Apply.',
};

export const reportCatalogues: Record<string, ReportMessages> = { en: reportEn };

/** The catalogue for a BCP 47 locale ("es-MX" tries "es-MX", then "es"), else English. */
export function reportMessagesFor(locale: string | undefined): ReportMessages {
  if (!locale || typeof locale !== 'string') return reportEn;
  // Own properties only: a locale named "constructor" or "__proto__" must not reach Object.prototype.
  const own = (key: string) => (Object.hasOwn(reportCatalogues, key) ? reportCatalogues[key] : undefined);
  return own(locale) ?? own(locale.split('-')[0]!) ?? reportEn;
}

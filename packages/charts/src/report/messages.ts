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
}

export const reportEn: ReportMessages = {
  contents: 'Contents',
  members: 'Member Organizations',
  filters: 'Filter the report',
  filtersHelp: 'Every chart below shows the quarters chosen here.',
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
};

export const reportCatalogues: Record<string, ReportMessages> = { en: reportEn };

/** The catalogue for a BCP 47 locale ("es-MX" tries "es-MX", then "es"), else English. */
export function reportMessagesFor(locale: string | undefined): ReportMessages {
  if (!locale || typeof locale !== 'string') return reportEn;
  // Own properties only: a locale named "constructor" or "__proto__" must not reach Object.prototype.
  const own = (key: string) => (Object.hasOwn(reportCatalogues, key) ? reportCatalogues[key] : undefined);
  return own(locale) ?? own(locale.split('-')[0]!) ?? reportEn;
}

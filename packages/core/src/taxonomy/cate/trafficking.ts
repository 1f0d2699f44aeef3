/** The report's "Trafficking Experiences" chapter. */
import type { Area, Section } from '../schema.js';
import {
  CATE_DATA_SOURCE,
  DOUBLE_COUNTING_NOTE,
  FROM_REPORT,
  FROM_REPORT_LEGEND,
  MULTIPLE_CATEGORIES_NOTE,
  currentOrHistoricalSection,
} from './shared.js';

export const traffickingArea: Area = { id: 'trafficking-experiences', title: 'Trafficking Experiences' };

const area = 'trafficking-experiences';
const multiSelectNotes = [MULTIPLE_CATEGORIES_NOTE, DOUBLE_COUNTING_NOTE];
const sources = [CATE_DATA_SOURCE];

// Each "form" or "type" section counts only clients with that experience, i.e. a subset of the clients in the
// current-or-historical section before it; it is multi-select, so its categories may add up to more.

export const traffickingSections: Section[] = [
  currentOrHistoricalSection(
    {
      id: 'current-or-historical-trafficking',
      title: 'Current or Historical Trafficking',
      description:
        'This shows the reported number of clients by trafficking status during each reporting period. "Currently Experiencing" refers to clients who were in or left a trafficking situation during the reporting period. "History of Trafficking" refers to clients who were not in a trafficking situation during this period but had been in the past.',
      area,
      chartTitle: 'Current or Historical Trafficking by Quarter',
    },
    { current: 'Currently Experiencing', history: 'History of Trafficking' },
  ),
  {
    id: 'form-of-sex-trafficking',
    title: 'Form of Sex Trafficking',
    description:
      'This shows the number of clients reported in each reporting period, categorized by form of sex trafficking experienced. Results may exceed the total client count as individuals may be reported under multiple categories.',
    area,
    unit: 'clients',
    multiSelect: true,
    subsetOf: 'current-or-historical-trafficking',
    chartTitle: 'Form of Sex Trafficking by Quarter',
    legendTitle: 'Form of Trafficking',
    notes: multiSelectNotes,
    sources,
    categories: [
      { id: 'romantic-or-intimate-partner', label: 'Romantic or Intimate Partner' },
      { id: 'survival-sex-for-youth', label: 'Survival Sex for Youth' },
      { id: 'managerial-controlled', label: 'Managerial Controlled' },
      { id: 'gang-controlled', label: 'Gang Controlled' },
      { id: 'familial-controlled', label: 'Familial Controlled' },
      { id: 'other', label: 'Other Form of Trafficking', role: 'other' },
      { id: 'unknown', label: 'Unknown Form of Trafficking', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  currentOrHistoricalSection(
    {
      id: 'current-or-historical-commercial-sexual-exploitation',
      title: 'Current or Historical Commercial Sexual Exploitation',
      description:
        'This shows the reported number of clients by commercial sexual exploitation status during each reporting period. "Currently Experiencing Exploitation" refers to clients who were in or left an exploitation situation during the reporting period. "History of Exploitation" refers to clients who were not in an exploitation situation during the reporting period but had been in the past.',
      area,
      chartTitle: 'Current or Historical Commercial Sexual Exploitation by Quarter',
    },
    { current: 'Currently Experiencing Exploitation', history: 'History of Exploitation' },
  ),
  {
    id: 'type-of-commercial-sexual-exploitation',
    title: 'Type of Commercial Sexual Exploitation',
    description:
      'This shows the number of clients reported in each reporting period, categorized by type of commercial sexual exploitation they experienced. Results may exceed the total client count as individuals may be reported under multiple categories.',
    area,
    unit: 'clients',
    multiSelect: true,
    subsetOf: 'current-or-historical-commercial-sexual-exploitation',
    chartTitle: 'Type of Commercial Sexual Exploitation by Quarter',
    legendTitle: 'Type of Exploitation',
    notes: multiSelectNotes,
    sources,
    categories: [
      { id: 'stripping', label: 'Stripping' },
      { id: 'internet-or-phone-based-sex-work', label: 'Internet- or Phone-Based Sex Work' },
      { id: 'in-person-sex-work', label: 'In-Person Sex Work' },
      { id: 'other', label: 'Other Type of Commercial Sexual Exploitation', role: 'other' },
      { id: 'unknown', label: 'Unknown Type of Commercial Sexual Exploitation', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT_LEGEND,
  },
  currentOrHistoricalSection(
    {
      id: 'current-or-historical-labor-trafficking',
      title: 'Current or Historical Labor Trafficking',
      description:
        'This shows the reported number of clients by labor trafficking status during each reporting period. "Currently Experiencing Labor Trafficking" refers to clients who were in or left a trafficking situation during the reporting period. "History of Labor Trafficking" refers to clients who were not in a trafficking situation during this period but had been in the past.',
      area,
    },
    { current: 'Currently Experiencing Labor Trafficking', history: 'History of Labor Trafficking' },
  ),
  {
    id: 'form-of-labor-trafficking',
    title: 'Form of Labor Trafficking',
    description:
      'This shows the number of clients reporting in each reporting period, categorized by form of labor trafficking experienced. Results may exceed the total client count as individuals may be reported under multiple categories.',
    area,
    unit: 'clients',
    multiSelect: true,
    subsetOf: 'current-or-historical-labor-trafficking',
    chartTitle: 'Form of Labor Trafficking by Quarter',
    legendTitle: 'Form of Trafficking',
    notes: multiSelectNotes,
    sources,
    categories: [
      { id: 'romantic-or-intimate-partner', label: 'Romantic or Intimate Partner' },
      { id: 'debt-or-bonded-labor', label: 'Debt or Bonded Labor' },
      { id: 'familial-controlled', label: 'Familial Controlled' },
      { id: 'forced-labor', label: 'Forced Labor' },
      { id: 'gang-or-organized-crime-controlled', label: 'Gang or Organized Crime Controlled' },
      { id: 'child-labor', label: 'Child Labor' },
      { id: 'other', label: 'Other Form of Labor Trafficking', role: 'other' },
      { id: 'unknown', label: 'Unknown Form of Labor Trafficking', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT_LEGEND,
  },
  currentOrHistoricalSection(
    {
      id: 'current-or-historical-labor-exploitation',
      title: 'Current or Historical Labor Exploitation',
      description:
        'This shows the reported number of clients by labor exploitation status during each reporting period. "Currently Experiencing Labor Exploitation" refers to clients who were in or left an exploitation situation during the reporting period. "History of Labor Exploitation" refers to clients who were not in a exploitation situation during the reporting period but had been in the past.',
      area,
      chartTitle: 'Current or Historical Labor Exploitation by Quarter',
    },
    { current: 'Currently Experiencing Labor Exploitation', history: 'History of Labor Exploitation' },
  ),
  {
    id: 'method-of-referral',
    title: 'Method of Referral',
    description:
      'This shows the number of clients reported in each reporting period, categorized by method of referral to services.',
    area,
    unit: 'clients',
    multiSelect: false,
    // One answer per client (the source of the first referral), with Other and Unknown: covers every client.
    coversAllClients: true,
    notes: [DOUBLE_COUNTING_NOTE],
    sources,
    categories: [
      { id: 'self-referral', label: 'Self-Referral' },
      { id: 'family-or-friend', label: 'Family Member or Friend' },
      { id: 'law-enforcement', label: 'Law Enforcement' },
      { id: 'court-or-legal-system', label: 'Court, Prosecutor or Attorney' },
      { id: 'childrens-division', label: "Children's Division (Child Welfare)" },
      { id: 'juvenile-justice', label: 'Juvenile Office or Juvenile Justice' },
      { id: 'medical-provider', label: 'Medical Provider' },
      { id: 'mental-health-provider', label: 'Mental Health or Substance Use Provider' },
      { id: 'school', label: 'School or Educator' },
      { id: 'social-service-organization', label: 'Social Service or Anti-Trafficking Organization' },
      { id: 'hotline', label: 'National Human Trafficking Hotline' },
      { id: 'faith-based-organization', label: 'Faith-Based Organization' },
      { id: 'other', label: 'Other Referral Source', role: 'other' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'standard',
      standard: 'HHS Office on Trafficking in Persons (OTIP) grantee data forms',
      note: "The report lists no categories. OTIP's grantee forms ask each client's referral source; the sources listed follow them, grouped with the signaler types in the National Human Trafficking Hotline's Missouri report (self, family or friend, law enforcement, medical and mental health professionals, educators, NGOs), and name Missouri's Children's Division and juvenile offices. One answer per client: the source of the first referral to the reporting organization.",
    },
  },
];

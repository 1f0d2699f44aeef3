/** The report's "Demographics" chapter. */
import type { Area, Section } from '../schema.js';
import {
  CATE_DATA_SOURCE,
  DOUBLE_COUNTING_NOTE,
  FROM_REPORT,
  FROM_REPORT_LEGEND,
  HMIS_UNKNOWN_NOTE,
  MULTIPLE_CATEGORIES_NOTE,
  ORIGIN_SOURCES,
  singleCountSection,
} from './shared.js';

export const demographicsArea: Area = { id: 'demographics', title: 'Demographics' };

const area = 'demographics';
const clientNotes = [DOUBLE_COUNTING_NOTE];
const multiSelectNotes = [MULTIPLE_CATEGORIES_NOTE, DOUBLE_COUNTING_NOTE];
const sources = [CATE_DATA_SOURCE];

// coversAllClients is set on the single-select sections below whose categories (Unknown included) leave no
// client out, so an organization's categories should add up to its client count. It is left off sections
// that count only clients with a trait (disabilities, Children's Division) and on every multi-select one.

export const demographicsSections: Section[] = [
  {
    id: 'citizenship',
    title: 'Citizenship',
    description: 'This shows the number of clients reported in each reporting period, categorized by citizenship.',
    area,
    unit: 'clients',
    multiSelect: false,
    // Everyone is a citizen or LPR, a foreign national, or unknown.
    coversAllClients: true,
    notes: clientNotes,
    sources,
    categories: [
      { id: 'us-citizen-or-lpr', label: 'U.S. Citizen or Lawful Permanent Resident' },
      { id: 'foreign-national', label: 'Foreign National' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'standard',
      standard: 'OVC Trafficking Information Management System (TIMS)',
      note: 'The report lists no categories. OVC TIMS and the National Human Trafficking Hotline both separate U.S. citizens and lawful permanent residents from foreign nationals (anyone who is not currently a U.S. citizen or lawful permanent resident); Unknown added as a separate answer.',
    },
  },
  {
    id: 'continent-of-origin',
    title: 'Continent of Origin',
    description:
      'This shows the number of clients reported in each reporting period, categorized by continent of origin.',
    area,
    unit: 'clients',
    multiSelect: false,
    // Every continent, plus Other Origin and Unknown Origin.
    coversAllClients: true,
    chartTitle: 'Continent of Origin by Quarter',
    legendTitle: 'Continent of Origin',
    notes: clientNotes,
    sources,
    categories: [
      { id: 'africa', label: 'Africa' },
      { id: 'asia', label: 'Asia' },
      { id: 'australia-oceania', label: 'Australia/Oceania' },
      { id: 'europe', label: 'Europe' },
      { id: 'north-america', label: 'North America' },
      { id: 'south-america', label: 'South America' },
      { id: 'other', label: 'Other Origin', role: 'other' },
      { id: 'unknown', label: 'Unknown Origin', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  {
    id: 'country-of-origin',
    title: 'Country of Origin',
    description:
      'This shows the reported number of clients in each reporting period, categorized by country of origin. Survivors may originate from any country around the world, but those listed here represent the most commonly reported countries of origin among national trafficking data collected from both the Department of Homeland Security (DHS) and the United Nations (UN).',
    area,
    unit: 'clients',
    multiSelect: false,
    // Other Country and Unknown catch everyone not listed.
    coversAllClients: true,
    notes: clientNotes,
    sources: [CATE_DATA_SOURCE, ...ORIGIN_SOURCES],
    // Ids are ISO 3166-1 alpha-2 codes in lower case; group is the continent as named in continent-of-origin
    // (Central America and the Caribbean are part of North America there), so countries roll up to it.
    categories: [
      { id: 'us', label: 'United States', group: 'North America' },
      { id: 'mx', label: 'Mexico', group: 'North America' },
      { id: 'gt', label: 'Guatemala', group: 'North America' },
      { id: 'hn', label: 'Honduras', group: 'North America' },
      { id: 'sv', label: 'El Salvador', group: 'North America' },
      { id: 'ht', label: 'Haiti', group: 'North America' },
      { id: 'ph', label: 'Philippines', group: 'Asia' },
      { id: 'in', label: 'India', group: 'Asia' },
      { id: 'cn', label: 'China', group: 'Asia' },
      { id: 'th', label: 'Thailand', group: 'Asia' },
      { id: 'vn', label: 'Vietnam', group: 'Asia' },
      { id: 'ng', label: 'Nigeria', group: 'Africa' },
      { id: 'other', label: 'Other Country', role: 'other' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'standard',
      standard: 'IOM CTDC Human Trafficking Case Data Standard (ISO 3166-1 countries)',
      note: "The report names its sources but not its countries. Listed: the United States (most clients of Missouri providers are U.S.-born) and the countries most often reported in the report's sources: countries of citizenship of T visa applicants (USCIS, FY 2008 - FY 2022) and of detected victims (UNODC Global Report 2024). Coded as CTDC codes countries, by ISO 3166-1 alpha-2; to be confirmed against the members' survey.",
    },
  },
  {
    id: 'region-of-origin',
    title: 'Region of Origin',
    description:
      'This shows the reported number of clients in each reporting period, categorized by region of origin. Survivors may originate from any region around the world, but those listed here represent the most commonly reported regions of origin among national trafficking data collected from both the Department of Homeland Security (DHS) and the United Nations (UN).',
    area,
    unit: 'clients',
    multiSelect: false,
    // UNODC's regions cover the whole world, and Unknown covers the rest.
    coversAllClients: true,
    notes: clientNotes,
    sources: [CATE_DATA_SOURCE, ...ORIGIN_SOURCES],
    categories: [
      { id: 'north-america', label: 'North America' },
      { id: 'central-america-and-the-caribbean', label: 'Central America and the Caribbean' },
      { id: 'south-america', label: 'South America' },
      { id: 'western-and-southern-europe', label: 'Western and Southern Europe' },
      { id: 'central-and-south-eastern-europe', label: 'Central and South-Eastern Europe' },
      { id: 'eastern-europe-and-central-asia', label: 'Eastern Europe and Central Asia' },
      { id: 'north-africa-and-the-middle-east', label: 'North Africa and the Middle East' },
      { id: 'sub-saharan-africa', label: 'Sub-Saharan Africa' },
      { id: 'south-asia', label: 'South Asia' },
      { id: 'east-asia-and-the-pacific', label: 'East Asia and the Pacific' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'standard',
      standard: 'UNODC Global Report on Trafficking in Persons 2024',
      note: "The report cites UNODC's Global Report but lists no regions; these are the ten regions that report groups countries into, so every client has exactly one. Unknown added as a separate answer.",
    },
  },
  {
    id: 'age',
    title: 'Age',
    description: 'This shows the number of clients reported in each reporting period, categorized by age.',
    area,
    unit: 'clients',
    multiSelect: false,
    // The bands run from 0 with no upper limit, and Unknown covers the rest.
    coversAllClients: true,
    notes: clientNotes,
    sources,
    categories: [
      { id: '0-12', label: '0-12' },
      { id: '13-17', label: '13-17' },
      { id: '18-24', label: '18-24' },
      { id: '25-59', label: '25-59' },
      { id: '60-and-older', label: '60 and Older' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'standard',
      standard: 'OVC VOCA Victim Assistance Performance Measures',
      note: 'The report lists no categories. VOCA age bands keep children (0-12), minors (13-17) and transition-age youth (18-24) apart, so adult vs minor (as OVC TIMS and the Hotline report it) can be derived. Age at intake, as HHS OTIP grantee forms ask. Unknown added as a separate answer.',
    },
  },
  {
    id: 'sex',
    title: 'Sex',
    description:
      'This shows the number of clients reported in each reporting period, categorized by sex. "Sex" refers to the biological and physiological characteristics of an individual (e.g., Female, Male, Intersex).',
    area,
    unit: 'clients',
    multiSelect: false,
    // Female, Male, Intersex or Unknown: every client is one of them.
    coversAllClients: true,
    notes: clientNotes,
    sources,
    categories: [
      { id: 'female', label: 'Female' },
      { id: 'male', label: 'Male' },
      { id: 'intersex', label: 'Intersex' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'report',
      note: "Female, Male and Intersex are the examples in the report's description; Unknown is kept as a separate answer, as in every other section.",
    },
  },
  {
    id: 'gender',
    title: 'Gender',
    description:
      'This shows the number of clients reported in each reporting period, categorized by gender. "Gender" refers to an individual\'s internal sense of self and social identity (e.g., Cisgender, Transgender, Non-binary).',
    area,
    unit: 'clients',
    multiSelect: false,
    // The report's list is single-select and ends in Unknown, so it covers every client.
    coversAllClients: true,
    legendTitle: 'Gender',
    notes: clientNotes,
    sources,
    categories: [
      { id: 'cisgender-female', label: 'Cisgender Female' },
      { id: 'cisgender-male', label: 'Cisgender Male' },
      { id: 'transgender-female', label: 'Transgender Female' },
      { id: 'transgender-male', label: 'Transgender Male' },
      { id: 'non-binary', label: 'Non-binary' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  {
    id: 'sexual-orientation',
    title: 'Sexual Orientation',
    description:
      'This shows the number of clients reported in each reporting period, categorized by sexual orientation.',
    area,
    unit: 'clients',
    multiSelect: false,
    // HMIS's list ends in Other, and Unknown covers the rest.
    coversAllClients: true,
    notes: clientNotes,
    sources,
    categories: [
      { id: 'heterosexual', label: 'Heterosexual' },
      { id: 'gay', label: 'Gay' },
      { id: 'lesbian', label: 'Lesbian' },
      { id: 'bisexual', label: 'Bisexual' },
      { id: 'questioning-or-unsure', label: 'Questioning/Unsure' },
      { id: 'other', label: 'Other Sexual Orientation', role: 'other' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'standard',
      standard: 'HUD HMIS Data Standards FY2024',
      note: `The report lists no categories. HMIS's sexual orientation list (its "Other" labelled "Other Sexual Orientation", as the report labels its other answers). ${HMIS_UNKNOWN_NOTE}`,
    },
  },
  {
    id: 'race-and-hispanic-ethnicity',
    title: 'Race and Hispanic Ethnicity',
    description:
      'This shows the number of clients reported in each reporting period, categorized by race and Hispanic ethnicity.',
    area,
    unit: 'clients',
    multiSelect: false,
    // The report does not say results may exceed the client count: its list is single-select (a client of
    // several races is "Bi-racial or Multi-racial"), and Other and Unknown cover the rest.
    coversAllClients: true,
    legendTitle: 'Race and Ethnicity',
    notes: clientNotes,
    sources,
    categories: [
      { id: 'african-american-black', label: 'African American/Black' },
      { id: 'afro-latinx', label: 'Afro-Latinx' },
      { id: 'american-indian-alaska-native', label: 'American Indian/Alaska Native' },
      { id: 'asian', label: 'Asian' },
      { id: 'bi-racial-or-multi-racial', label: 'Bi-racial or Multi-racial' },
      { id: 'hispanic-latinx', label: 'Hispanic/Latinx' },
      { id: 'non-hispanic-white-non-hispanic-latinx', label: 'Non-Hispanic White/Non-Hispanic Latinx' },
      { id: 'other', label: 'Other Race and Ethnicity', role: 'other' },
      { id: 'pacific-islander', label: 'Pacific Islander' },
      { id: 'white-caucasian', label: 'White/Caucasian' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  {
    id: 'disability-status',
    title: 'Disability Status',
    description:
      'This shows the number of clients by disability status reported in each reporting period. Results may exceed the total client count as individuals may be reported under multiple categories.',
    area,
    unit: 'clients',
    multiSelect: true,
    chartTitle: 'Disability Status by Quarter',
    legendTitle: 'Disability Status',
    notes: multiSelectNotes,
    sources,
    categories: [
      { id: 'intellectual-disability-or-low-iq', label: 'Intellectual Disability or Low IQ' },
      { id: 'developmental-disability', label: 'Developmental Disability' },
      { id: 'physical-disability', label: 'Physical Disability' },
      { id: 'mental-health-disability', label: 'Mental Health Disability' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  singleCountSection({
    id: 'multiple-disabilities',
    title: 'Multiple Disabilities',
    description:
      'This shows the number of clients who had multiple disabilities, as reported in each reporting period.',
    area,
    label: 'Clients with Multiple Disabilities',
  }),
  {
    id: 'mental-health-diagnoses',
    title: 'Mental Health Diagnoses',
    description:
      'This shows the number of clients reported in each reporting period, categorized by mental health diagnosis. Results may exceed the total client count as individuals may be reported under multiple categories.',
    area,
    unit: 'clients',
    multiSelect: true,
    chartTitle: 'Mental Health Diagnoses by Quarter',
    legendTitle: 'Mental Health Diagnosis',
    notes: multiSelectNotes,
    sources,
    categories: [
      { id: 'ptsd', label: 'Post-Traumatic Stress Disorder (PTSD)' },
      { id: 'bipolar-disorder', label: 'Bipolar Disorder' },
      { id: 'depression', label: 'Depression' },
      { id: 'other', label: 'Other Diagnosis', role: 'other' },
      { id: 'dissociative-disorder', label: 'Dissociative Disorder' },
      { id: 'personality-disorder', label: 'Personality Disorder' },
      { id: 'anxiety', label: 'Anxiety' },
      { id: 'unknown', label: 'Unknown Diagnosis', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  {
    id: 'mental-health-experiences',
    title: 'Mental Health Experiences',
    description:
      'This shows the number of clients reported in each reporting period, categorized by mental health experience. Results may exceed the total client count as individuals may be reported under multiple categories.',
    area,
    unit: 'clients',
    multiSelect: true,
    notes: multiSelectNotes,
    sources,
    categories: [
      { id: 'suicidal-ideation', label: 'Suicidal Ideation' },
      { id: 'suicide-attempt', label: 'Suicide Attempt' },
      { id: 'self-harm', label: 'Self-Harm' },
      { id: 'psychiatric-hospitalization', label: 'Psychiatric Hospitalization' },
      { id: 'substance-use', label: 'Substance Use' },
      { id: 'other', label: 'Other Mental Health Experience', role: 'other' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'coalition',
      note: 'The report lists no categories and no public standard lists mental health experiences apart from diagnoses. Chosen: the experiences survivor-service intake and suicide-risk screening commonly record whatever the diagnosis (suicidal ideation, suicide attempt, self-harm, psychiatric hospitalization) and substance use (a disability type in HUD HMIS FY2024). To be confirmed with the members.',
    },
  },
  singleCountSection({
    id: 'multiple-mental-health-diagnoses',
    title: 'Multiple Mental Health Diagnoses',
    description:
      'This shows the number of clients who had multiple mental health diagnoses, as reported in each reporting period.',
    area,
    chartTitle: 'Multiple Mental Health Diagnoses by Quarter',
    label: 'Clients with Multiple Mental Health Diagnoses',
  }),
  singleCountSection({
    id: 'childrens-division-involvement',
    title: "Children's Division Involvement",
    description:
      "This shows the number of clients reported in each reporting period who were involved with Children's Division while they were children themselves.",
    area,
    label: "Clients Involved with Children's Division as Children",
  }),
  {
    id: 'parenthood-status',
    title: 'Parenthood Status',
    description:
      'This shows the number of clients reported in each reporting period, categorized by parenthood status.',
    area,
    unit: 'clients',
    multiSelect: false,
    // Single-select by the precedence in the provenance note, so the four answers cover every client.
    coversAllClients: true,
    notes: clientNotes,
    sources,
    categories: [
      { id: 'parent', label: 'Parent' },
      { id: 'pregnant-or-expecting', label: 'Pregnant or Expecting' },
      { id: 'not-a-parent', label: 'Not a Parent' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'coalition',
      note: 'The report lists no categories and the named standards have no parenthood list (HUD HMIS FY2024 asks pregnancy status only of some programs). One answer per client: a parent who is also expecting counts as Parent; Pregnant or Expecting is for clients (of any sex) expecting a first child.',
    },
  },
  {
    id: 'region-of-current-residence',
    title: 'Region of Current Residence',
    description:
      'This shows the region of current residence reported during each reporting period. The region of current residence captures the region where the client sought services and is assumed to reside. This metric does not capture where the client was trafficked, which may or may not differ from the region of current residence.',
    area,
    unit: 'clients',
    multiSelect: false,
    // Every client sought services in one of the coalition's seven regions, or the region is unknown.
    coversAllClients: true,
    chartTitle: 'Region of Current Residence by Quarter',
    legendTitle: 'Region',
    notes: clientNotes,
    sources,
    categories: [
      { id: 'central', label: 'Central' },
      { id: 'st-louis', label: 'St. Louis' },
      { id: 'kansas-city', label: 'Kansas City' },
      { id: 'northeast', label: 'Northeast' },
      { id: 'northwest', label: 'Northwest' },
      { id: 'southeast', label: 'Southeast' },
      { id: 'southwest', label: 'Southwest' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT_LEGEND,
  },
  {
    id: 'housing-status',
    title: 'Housing Status',
    description: 'This shows the reported number of clients in each reporting period, categorized by housing status.',
    area,
    unit: 'clients',
    multiSelect: false,
    // HMIS's four groups cover every living situation, and Unknown covers the rest.
    coversAllClients: true,
    notes: clientNotes,
    sources,
    categories: [
      { id: 'homeless', label: 'Homeless Situation' },
      { id: 'institutional', label: 'Institutional Situation' },
      { id: 'temporary', label: 'Temporary Housing Situation' },
      { id: 'permanent', label: 'Permanent Housing Situation' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'standard',
      standard: 'HUD HMIS Data Standards FY2024',
      note: `The report lists no categories. The four groups of HMIS's prior living situation list, applied to the client's current situation: homeless (a place not meant for habitation, emergency shelter, safe haven), institutional (foster care or group home, hospital or psychiatric facility, jail, prison or juvenile detention, substance use treatment, long-term care), temporary (transitional housing, staying with family or friends temporarily, hotel or motel without a voucher, host home) and permanent (renting, owning, staying with family or friends permanently). ${HMIS_UNKNOWN_NOTE}`,
    },
  },
];

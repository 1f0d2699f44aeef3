/** The report's "Reporting Organizations" chapter: sections that count organizations, not clients. */
import type { Area, Note, Section } from '../schema.js';
import { CATE_DATA_SOURCE } from './shared.js';

export const organizationsArea: Area = { id: 'reporting-organizations', title: 'Reporting Organizations' };

const area = 'reporting-organizations';
const sources = [CATE_DATA_SOURCE];

/** How the one-category organization sections are answered. */
const YES_NO_NOTE: Note = {
  title: 'Yes or No',
  text: 'Each reporting organization answers 1 (yes) or 0 (no) for the quarter.',
};

const singleCount = {
  from: 'report',
  note: 'The report gives a single count for this section: the organizations answering yes.',
} as const;

// One category each, with id `organizations`. None is multi-select or covers clients: they count organizations.

export const organizationsSections: Section[] = [
  {
    id: 'organizations-screening',
    title: 'Organizations Screening for Human Trafficking and Commercial Sexual Exploitation Survivors',
    description:
      'This shows the percentage of organizations that screened for survivors of human trafficking and commercial sexual exploitation during each reporting period.',
    area,
    unit: 'percent-of-organizations',
    multiSelect: false,
    chartTitle:
      'Organizations Currently Screening for Human Trafficking and Commercial Sexual Exploitation Survivors by Quarter',
    notes: [YES_NO_NOTE],
    sources,
    categories: [{ id: 'organizations', label: 'Organizations Screening for Survivors' }],
    categoriesFrom: singleCount,
  },
  {
    id: 'organizations-with-waitlist',
    title: 'Organizations with a Waitlist for Services',
    description:
      'This shows the number of organizations that have a waitlist for services, as reported in each reporting period.',
    area,
    unit: 'organizations',
    multiSelect: false,
    chartTitle: 'Organizations with a Waitlist for Services by Quarter',
    notes: [YES_NO_NOTE],
    sources,
    categories: [{ id: 'organizations', label: 'Organizations with a Waitlist for Services' }],
    categoriesFrom: singleCount,
  },
  {
    id: 'organizations-providing-direct-services',
    title: 'Organizations that Provided Direct Services',
    description:
      'This shows the percentage of reporting organizations reported in each reporting period that provided direct services to survivors of human trafficking and/or exploitation during the reporting period.',
    area,
    unit: 'percent-of-organizations',
    multiSelect: false,
    chartTitle: 'Organizations that Provided Direct Services by Quarter',
    notes: [
      {
        title: 'Direct Services',
        text: 'Direct Services refer to the immediate, tangible, and specialized support provided directly to survivors of human trafficking and commercial sexual exploitation to assist in their safety, recovery, and long-term stability. Unlike administrative or advocacy-only roles, direct service providers engage in hands-on care and resource coordination.',
      },
      YES_NO_NOTE,
    ],
    sources,
    categories: [{ id: 'organizations', label: 'Organizations that Provided Direct Services' }],
    categoriesFrom: singleCount,
  },
];

/** The report's "Legal Involvement" chapter. */
import type { Area, Section } from '../schema.js';
import { CATE_DATA_SOURCE, DOUBLE_COUNTING_NOTE, FROM_REPORT, singleCountSection } from './shared.js';

export const legalArea: Area = { id: 'legal-involvement', title: 'Legal Involvement' };

const area = 'legal-involvement';

export const legalSections: Section[] = [
  singleCountSection({
    id: 'history-of-criminal-justice-involvement',
    title: 'History of Criminal Justice Involvement',
    description:
      'This shows the number of clients reported in each reporting period who have a history of involvement with the criminal justice system. This includes any history of arrests, charges, or prosecutions.',
    area,
    chartTitle: 'History of Criminal Justice Involvement by Quarter',
    label: 'Clients with a History of Criminal Justice Involvement',
  }),
  {
    id: 'criminal-charges-encountered',
    title: 'Criminal Charges Encountered',
    description:
      'This shows the number of clients reported in each reporting period, categorized by the type of criminal charges they have faced. These figures represent only the subset of clients who have a reported history of involvement with the criminal justice system. These numbers are provided by service providers who specifically track these metrics and may not align with total client counts in other sections of the report.',
    area,
    unit: 'clients',
    // The report does not say that results may exceed the client count here, so, as reported, each client
    // is counted under one charge. Not coversAllClients: only clients with a justice history are counted.
    multiSelect: false,
    subsetOf: 'history-of-criminal-justice-involvement',
    chartTitle: 'Criminal Charges by Quarter',
    legendTitle: 'Criminal Charges',
    notes: [DOUBLE_COUNTING_NOTE],
    sources: [CATE_DATA_SOURCE],
    categories: [
      { id: 'prostitution', label: 'Prostitution' },
      { id: 'loitering', label: 'Loitering' },
      { id: 'truancy', label: 'Truancy' },
      { id: 'theft', label: 'Theft' },
      { id: 'curfew', label: 'Curfew' },
      { id: 'homicide', label: 'Homicide' },
      { id: 'substance-use', label: 'Substance Use' },
      { id: 'runaway', label: 'Runaway' },
      { id: 'unknown', label: 'Unknown Criminal Charges', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  singleCountSection({
    id: 'history-of-human-trafficking-case-as-victim',
    title: 'History of Involvement in Human Trafficking Case as a Victim',
    // Verbatim, including the report's garbled "court cases human trafficking case".
    description:
      'This shows the number of clients reported in each reporting period who are or have been involved in formal legal and court cases human trafficking case as a victim.',
    area,
    label: 'Clients Involved in a Human Trafficking Case as a Victim',
  }),
];

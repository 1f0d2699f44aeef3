/** The report's "Unmet Requests for Services" chapter. */
import type { Area, Section } from '../schema.js';
import {
  CATE_DATA_SOURCE,
  DOUBLE_COUNTING_NOTE,
  FROM_REPORT,
  FROM_REPORT_LEGEND,
  singleCountSection,
} from './shared.js';

export const unmetArea: Area = { id: 'unmet-requests-for-services', title: 'Unmet Requests for Services' };

const area = 'unmet-requests-for-services';

// The two reasons sections count clients who were turned away, so each is a subset of the clients with unmet
// requests. The report does not say results may exceed the count, so each client is counted under one reason.

export const unmetSections: Section[] = [
  singleCountSection({
    id: 'clients-with-unmet-requests',
    title: 'Clients with Unmet Requests for Services',
    description:
      'This shows the number of clients reported in each reporting period whose requests for services were unmet because they had to be turned away by the reporting agency or organization.',
    area,
    chartTitle: 'Clients with Unmet Requests for Services by Quarter',
    label: 'Clients with Unmet Requests for Services',
  }),
  {
    id: 'unmet-request-reasons-institutional',
    title: 'Reasons that Requests for Services Were Unmet – Institutional Barriers',
    description:
      'This shows the number of clients who requested but did not receive services during each reporting period, categorized by service denial reason where the reason was related to institutional barriers with the service provider.',
    area,
    unit: 'clients',
    multiSelect: false,
    subsetOf: 'clients-with-unmet-requests',
    chartTitle: 'Reasons that Requests for Services Were Unmet by Quarter – Institutional Barriers',
    legendTitle: 'Reason',
    notes: [DOUBLE_COUNTING_NOTE],
    sources: [CATE_DATA_SOURCE],
    categories: [
      { id: 'no-capacity-at-shelter', label: 'No Capacity at Shelter' },
      { id: 'inadequate-staffing', label: 'Inadequate Staffing at Organization' },
      { id: 'inadequate-financial-resources', label: 'Inadequate Financial Resources at Organization' },
      { id: 'other', label: 'Other Reasons', role: 'other' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  {
    id: 'unmet-request-reasons-individual-eligibility',
    title: 'Reasons that Requests for Services Were Unmet – Individual Eligibility',
    description:
      "This shows the number of clients who requested but did not receive services during each reporting period, categorized by service denial reason where the reason was related to the client's eligibility.",
    area,
    unit: 'clients',
    multiSelect: false,
    subsetOf: 'clients-with-unmet-requests',
    chartTitle: 'Reasons that Requests for Services Were Unmet by Quarter – Individual Eligibility',
    legendTitle: 'Reason',
    notes: [DOUBLE_COUNTING_NOTE],
    sources: [CATE_DATA_SOURCE],
    categories: [
      { id: 'client-declined-services', label: 'Client Declined Services' },
      { id: 'sex', label: "Client's Sex" },
      { id: 'intellectual-disability', label: "Client's Intellectual Disability" },
      { id: 'criminal-record', label: "Client's Criminal Record" },
      { id: 'gender-or-sexual-orientation', label: "Client's Gender and/or Sexual Orientation" },
      { id: 'psychiatric-condition', label: "Client's Psychiatric Condition" },
      { id: 'other', label: 'Other Reasons', role: 'other' },
    ],
    categoriesFrom: FROM_REPORT_LEGEND,
  },
];

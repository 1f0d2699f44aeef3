/** The report's "Clients" chapter. */
import type { Area, Section } from '../schema.js';
import { CATE_DATA_SOURCE, DOUBLE_COUNTING_NOTE, FROM_REPORT } from './shared.js';

export const clientsArea: Area = { id: 'clients', title: 'Clients' };

export const clientsSections: Section[] = [
  {
    id: 'new-and-existing-clients',
    title: 'New and Existing Clients',
    description:
      'This shows the number of new and existing clients reported in each reporting period. A decrease in the number of existing clients may be attributed to individuals successfully graduating from programs or otherwise transitioning out of active services.',
    area: 'clients',
    unit: 'clients',
    multiSelect: false,
    // Every client served is either new or existing this quarter: this is the taxonomy's client count.
    coversAllClients: true,
    chartTitle: 'New and Existing Clients by Quarter',
    notes: [DOUBLE_COUNTING_NOTE],
    sources: [CATE_DATA_SOURCE],
    categories: [
      { id: 'new', label: 'New' },
      { id: 'existing', label: 'Existing' },
    ],
    categoriesFrom: FROM_REPORT,
  },
];

/**
 * Figure 1 of the St. Louis Region Human Trafficking Service Inventory and Needs Assessment (Slutsker et al.,
 * 2022, prepared for CATE): service offerings by county, as published, totals included. Real published figures.
 */
import { INVENTORY_COUNTING_NOTE } from './inventory.js';
import { SERVICE_TYPES } from './service-types.js';

export const ST_LOUIS_INVENTORY_2022 = {
  title: 'St. Louis Regional Service Inventory by County',
  source:
    'Slutsker, S., Pintor, S., Nichols, A., Cox, A., Preble, K., Nichols, E., Volkl, H., Obama, C. & Kelley, E. (2022). St. Louis region human trafficking service inventory and needs assessment. Report prepared for the Coalition Against Trafficking and Exploitation.',
  note: INVENTORY_COUNTING_NOTE,
  serviceTypes: SERVICE_TYPES,
  counties: ['St. Louis City/County', 'St. Charles', 'Lincoln', 'Warren', 'Franklin', 'Jefferson', 'Washington'],
  counts: [
    [22, 9, 5, 10, 7, 17, 9, 13, 4, 2, 2],
    [3, 1, 1, 2, 0, 5, 4, 3, 4, 1, 1],
    [1, 1, 0, 0, 1, 5, 3, 1, 1, 0, 0],
    [1, 0, 1, 0, 0, 2, 2, 3, 2, 0, 0],
    [1, 0, 0, 0, 0, 3, 0, 1, 6, 0, 0],
    [1, 2, 3, 0, 0, 3, 2, 3, 6, 1, 1],
    [1, 1, 0, 0, 0, 1, 3, 2, 8, 0, 0],
  ],
  /** The published "Total" column and row. */
  countyTotals: [100, 25, 13, 11, 11, 22, 16],
  serviceTotals: [30, 14, 10, 12, 8, 36, 23, 26, 31, 4, 4],
  total: 198,
} as const;

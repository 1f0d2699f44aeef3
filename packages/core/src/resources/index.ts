// Resource guides and the service inventory derived from them: a hand-picked list of re-exports.
export { SERVICE_TYPES, SERVICE_TYPE_IDS, serviceTypeLabel } from './service-types.js';
export type { ServiceTypeId } from './service-types.js';
export { ResourceGuide, Provider, ProviderContact, RESOURCE_GUIDE_FORMAT } from './schema.js';
export { checkResourceGuide, parseResourceGuide } from './check-guide.js';
export type { ResourceGuideCheck } from './check-guide.js';
export { searchResources, servesCounty } from './search.js';
export type { ResourceQuery } from './search.js';
export { serviceInventory, inventoryFromCounts, inventoryGaps, INVENTORY_COUNTING_NOTE } from './inventory.js';
export type { ServiceInventory, ServiceGap } from './inventory.js';
export { ST_LOUIS_INVENTORY_2022 } from './st-louis-2022.js';

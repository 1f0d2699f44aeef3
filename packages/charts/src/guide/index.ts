// The elements of the other reports: classes only, no side effects. Import a registration module
// (e.g. './resource-guide/cate-resource-guide.js') to define a tag.
export { CateResourceGuide } from './resource-guide/cate-resource-guide.component.js';
export type { ResourceSearchDetail } from './resource-guide/cate-resource-guide.component.js';
export { CateServiceInventory } from './service-inventory/cate-service-inventory.component.js';
export { CateNeedsRanking } from './needs-ranking/cate-needs-ranking.component.js';
export { CateSnapshotStat } from './snapshot-stat/cate-snapshot-stat.component.js';
export { CateTopNeeds } from './top-needs/cate-top-needs.component.js';

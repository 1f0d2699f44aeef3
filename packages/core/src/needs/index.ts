// Needs assessments: 1-5 ratings per need and region, ranked by their medians.
export { NeedsAssessment, NeedsResponse, NEEDS_FORMAT } from './schema.js';
export { median, rankNeeds, checkNeedsAssessment } from './rank-needs.js';
export type { NeedRank } from './rank-needs.js';

// Public API of publication/: a hand-picked list of re-exports.
export { PUBLICATION_FORMAT, PublicationDocument, PublishedSection } from './format.js';
export { publish, attackRelease, auditRelease, PublishError } from './publish.js';
export type { PublishOptions, PublicationRecord, ProtectionCost, AuditFinding } from './publish.js';
export { attackModel, solveIntervals } from './attack-model.js';
export type { CellKey, Interval, AttackModel, SolveOptions } from './attack-model.js';
export { selectQuarters } from './view.js';
export { readPublication, checkPublishedSeries } from './read.js';

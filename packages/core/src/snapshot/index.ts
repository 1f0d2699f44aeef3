// Statewide snapshot callouts: figures computed from protected series, and the top needs as data.
export { RACIAL_OR_ETHNIC_MINORITY, MINOR_AT_ACCESS } from './definitions.js';
export type { ShareDefinition } from './definitions.js';
export { shareFigure, formatFigure } from './share-figure.js';
export type { SnapshotFigure } from './share-figure.js';
export { MISSOURI_TOP_NEEDS_2019 } from './top-needs.js';
export type { TopNeed, TopNeeds } from './top-needs.js';

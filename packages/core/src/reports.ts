// The other reports in the seeds (the Hotline's state report, the resource guide and service inventory, the
// needs assessment, the statewide snapshot), built on the same core: a hand-picked list of re-exports.
export * from './hotline/index.js';
export * from './resources/index.js';
export * from './snapshot/index.js';
export * from './needs/index.js';

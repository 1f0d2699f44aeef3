// The @cate/core API of the other reports, used by the guide elements. Core's index does not export
// reports.js yet, so this imports the module itself; once it does, this becomes `export … from '@cate/core'`.
export * from '../../../core/src/reports.js';

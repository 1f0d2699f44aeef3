// `@cate/core/published`: reading published data, importable without the rest of core. No module behind these
// names builds a zod schema (the shapes and the reader's policy are checked by hand, in agreement with the zod
// schemas), so a page drawing a publication loads no schema library. The barrel exports the same functions.
export { PUBLICATION_FORMAT } from './publication-shape.js';
export { checkPublishedSeries, readPublication } from './read.js';
export { selectQuarters } from './view.js';
export { readPublishedSeries } from '../privacy/read-published-series.js';
export { SERIES_FORMAT } from '../privacy/series-shape.js';

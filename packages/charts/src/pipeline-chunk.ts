// The raw-submission pipeline (pipeline.ts) is a chunk of its own, loaded on first use: a page that draws only
// published data never downloads it. Kept apart from load.ts, which the pipeline imports, so no module imports
// itself through the other.

import { lazyChunk } from './chart/chunks.js';

/** The preview's pipeline module. */
export type Pipeline = typeof import('./pipeline.js');

const pipeline = lazyChunk('the preview pipeline', () => import('./pipeline.js'));

/** The raw-submission pipeline if it has been loaded. */
export function loadedPipeline(): Pipeline | undefined {
  return pipeline.loaded();
}

/** Loads the raw-submission pipeline once per page (a ChartError `load-failed` if its chunk cannot be loaded). */
export function loadPipeline(): Promise<Pipeline> {
  return pipeline.load();
}

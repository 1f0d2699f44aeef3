// The raw-submission pipeline (pipeline.ts) is a chunk of its own, loaded on first use: a page that draws only
// published data never downloads it. Kept apart from load.ts, which the pipeline imports, so no module imports
// itself through the other.

/** The preview's pipeline module. */
export type Pipeline = typeof import('./pipeline.js');

let pipeline: Pipeline | undefined;
let pipelineLoading: Promise<Pipeline> | undefined;

/** The raw-submission pipeline if it has been loaded. */
export function loadedPipeline(): Pipeline | undefined {
  return pipeline;
}

/** Loads the raw-submission pipeline once per page. */
export function loadPipeline(): Promise<Pipeline> {
  pipelineLoading ??= import('./pipeline.js').then((module) => (pipeline = module));
  return pipelineLoading;
}

import { lazyChunk } from '../chart/chunks.js';

// The report's raw-submission module (report-preview.ts) is a chunk of its own, loaded when a preview is given raw
// submissions: a page drawing a publication never downloads the pipeline, aggregation, protection or zod.

/** The raw-submission module (report-preview.ts). */
export type ReportPreview = typeof import('./report-preview.js');

const chunk = lazyChunk('the preview pipeline', () => import('./report-preview.js'));

/** Thrown by `loadedReportPreview` before the chunk is loaded: the element loads it and reads again. */
export class ReportPreviewNotLoaded extends Error {}

/** The raw-submission module; throws ReportPreviewNotLoaded until `loadReportPreview` has loaded it. */
export function loadedReportPreview(): ReportPreview {
  const module = chunk.loaded();
  if (!module) throw new ReportPreviewNotLoaded('The preview pipeline is not loaded yet.');
  return module;
}

/** Loads the raw-submission module once per page (a ChartError `load-failed` if its chunk cannot be loaded). */
export function loadReportPreview(): Promise<ReportPreview> {
  return chunk.load();
}

import { cateTaxonomy } from '../taxonomy/cate/index.js';
import type { Submission } from '../submissions/types.js';
import { generateSample } from './generate.js';

export type { SampleOptions } from './generate.js';
export { generateSample, SAMPLE_NOTICE } from './generate.js';
export { seededRandom } from './random.js';

/** The options the committed sample dataset (`data/sample-submissions.json`) was generated with. */
export const SAMPLE_OPTIONS = { seed: 2026, from: '2024-Q1', to: '2025-Q4' } as const;

let cached: Submission[] | undefined;

/**
 * The synthetic sample dataset for the CATE taxonomy: eight member organizations, 2024-Q1 to 2025-Q4.
 * Synthetic: show SAMPLE_NOTICE wherever it is displayed.
 */
export function sampleSubmissions(): Submission[] {
  cached ??= generateSample(cateTaxonomy, SAMPLE_OPTIONS);
  return cached;
}

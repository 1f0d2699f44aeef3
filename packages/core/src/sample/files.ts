import { csvFormat } from 'd3-dsv';
import { cateTaxonomy } from '../taxonomy/cate/index.js';
import { SAMPLE_NOTICE } from './generate.js';
import { SAMPLE_OPTIONS, sampleSubmissions } from './index.js';

/**
 * The sample dataset as the files committed in packages/core/data/: JSON (submissions, with the synthetic
 * notice) and CSV in the long layout (one count per row).
 */
export function sampleFiles(): Record<'sample-submissions.json' | 'sample-submissions.csv', string> {
  const submissions = sampleSubmissions();
  const json = {
    taxonomy: cateTaxonomy.id,
    notice: SAMPLE_NOTICE,
    generator: SAMPLE_OPTIONS,
    submissions,
  };
  const rows = submissions.flatMap((s) =>
    Object.entries(s.counts).flatMap(([section, answers]) =>
      Object.entries(answers).map(([category, count]) => ({
        organization: s.organization,
        quarter: s.quarter,
        section,
        category,
        count: String(count),
      })),
    ),
  );
  return {
    'sample-submissions.json': `${JSON.stringify(json)}\n`,
    'sample-submissions.csv': `${csvFormat(rows, ['organization', 'quarter', 'section', 'category', 'count'])}\n`,
  };
}

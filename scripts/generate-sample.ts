/**
 * Writes the committed synthetic sample dataset (packages/core/data/sample-submissions.{json,csv})
 * from the seeded generator. Run with `pnpm generate:sample`; a unit test checks the files match.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { sampleFiles } from '../packages/core/src/sample/files.js';

const dir = new URL('../packages/core/data/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(sampleFiles())) {
  writeFileSync(new URL(name, dir), text);
  console.log(`wrote packages/core/data/${name} (${(text.length / 1024).toFixed(0)} KB)`);
}

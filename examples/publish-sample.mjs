#!/usr/bin/env node
// Writes examples/data/publication.json: `cate publish` of the synthetic sample, the one data file the examples
// serve (what a member's website hosts beside the chart bundle). Run `pnpm build` first, and again after a change
// to the sample or to the protection method; the example tests say when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { samplePublication } from '../scripts/static-server.mjs';

export const EXAMPLE_PUBLICATION = fileURLToPath(new URL('./data/publication.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  samplePublication(EXAMPLE_PUBLICATION);
  // Formatted as the repository's format check wants it (the same document: the test compares parsed JSON).
  const text = readFileSync(EXAMPLE_PUBLICATION, 'utf8');
  writeFileSync(
    EXAMPLE_PUBLICATION,
    await format(text, { ...(await resolveConfig(EXAMPLE_PUBLICATION)), filepath: EXAMPLE_PUBLICATION }),
  );
  console.log(`wrote ${EXAMPLE_PUBLICATION}`);
}

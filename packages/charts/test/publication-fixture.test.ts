import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPublication } from '@cate/core';

const file = new URL('../../../test/browser/fixtures/publication.json', import.meta.url);

// The fixture is the sample published by core's publish() (regenerate it with
// `node --conditions=source --import tsx packages/charts/scripts/make-publication-fixture.ts`); it must stay a
// publication that core's strict reader accepts whole.
describe('test/browser/fixtures/publication.json', () => {
  it('readPublication(fixture) reads every section with no problem', () => {
    const { publication, sections, problems } = readPublication(JSON.parse(readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
    expect(publication?.release.id).toBe('cate-quarterly-2025-Q4');
    expect(sections.size).toBe(41);
  });
});

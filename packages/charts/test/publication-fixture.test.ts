import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPublication } from '@cate/core';
import { samplePublication } from '../../../test/browser/fixtures/sample-publication.js';

const file = new URL('../../../test/browser/fixtures/publication.json', import.meta.url);

describe('test/browser/fixtures/publication.json', () => {
  it('publish(sample) matches the committed fixture (regenerate: node --conditions=source --import tsx test/browser/fixtures/make-publication.ts)', () => {
    const committed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(samplePublication())));
  });

  it('readPublication(fixture) reads every section with no problem', () => {
    const { publication, sections, problems } = readPublication(JSON.parse(readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
    expect(publication?.release.id).toBe('cate-quarterly-2025-Q4');
    expect(sections.size).toBe(41);
  });
});

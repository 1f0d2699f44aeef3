/**
 * One story per taxonomy section, generated: a new section gets a story without anyone writing one.
 *
 * CSF needs static named exports, so each area's file (`stories/sections/<area-id>.stories.ts`) holds only its
 * meta; the exports are generated from the taxonomy twice, from one function:
 * - at index time, by the indexer below (Storybook's sidebar, `storybook build`, the vitest plugin's story list);
 * - at load time, by the Vite plugin below, which appends the same exports to the module (Storybook and vitest).
 * test/stories/section-stories.test.ts fails when a section or an area has no story.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Indexer } from 'storybook/internal/types';
import { loadCsf } from 'storybook/internal/csf-tools';
import type { Plugin } from 'vitest/config';
import { cateTaxonomy } from '../packages/core/src/taxonomy/cate/index.js';

/** `stories/sections/clients.stories.ts` -> area "clients". */
export const SECTION_STORY_FILE = /[\\/]stories[\\/]sections[\\/]([a-z0-9-]+)\.stories\.ts$/;

export interface SectionStoryExport {
  exportName: string;
  sectionId: string;
  name: string;
}

/** "continent-of-origin" -> "ContinentOfOrigin": a valid, stable export name. */
export function exportNameFor(sectionId: string): string {
  return sectionId.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** The stories of one area, in report order. */
export function sectionStoryExports(areaId: string, taxonomy = cateTaxonomy): SectionStoryExport[] {
  return taxonomy.sections
    .filter((section) => section.area === areaId)
    .map((section) => ({ exportName: exportNameFor(section.id), sectionId: section.id, name: section.title }));
}

/** The code appended to an area's story file: one export per section, built by `sectionStory` (stories/lib). */
export function generatedSectionExports(areaId: string): string {
  const stories = sectionStoryExports(areaId);
  const lines = stories.map(
    (s) =>
      `export const ${s.exportName} = { ...__sectionStory(${JSON.stringify(s.sectionId)}), name: ${JSON.stringify(s.name)} };`,
  );
  return [
    '',
    '// Generated from the taxonomy by .storybook/section-stories.ts',
    `import { sectionStory as __sectionStory } from '../lib/sections.js';`,
    ...lines,
    `export const __namedExportsOrder = ${JSON.stringify(stories.map((s) => s.exportName))};`,
    '',
  ].join('\n');
}

export function areaOf(fileName: string): string | undefined {
  return SECTION_STORY_FILE.exec(fileName)?.[1];
}

/** The file's own code plus the generated exports; unchanged for any other file. */
export function withSectionExports(code: string, fileName: string): string {
  const area = areaOf(fileName);
  return area ? code + generatedSectionExports(area) : code;
}

/** Indexes an area file as if its generated exports were written in it. */
export const sectionStoriesIndexer: Indexer = {
  test: SECTION_STORY_FILE,
  createIndex: async (fileName, options) => {
    const code = withSectionExports(await readFile(fileName, 'utf-8'), fileName);
    return loadCsf(code, { ...options, fileName }).parse().indexInputs;
  },
};

/** Appends the generated exports when Vite loads an area file (dev, build and vitest). */
export function sectionStoriesPlugin(): Plugin {
  return {
    name: 'cate:section-stories',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!areaOf(file)) return undefined;
      return { code: withSectionExports(code, path.normalize(file)), map: null };
    },
  };
}

import type { SafeSeries, SectionText, Taxonomy } from '@cate/core';
import { lazyChunk } from './chunks.js';

// The elements draw the words a publication carries; the CATE taxonomy is loaded (a chunk of its own) only when
// no taxonomy is given and the data carries no text: an older publication, a hand-made SafeSeries, a preview.

const chunk = lazyChunk('the CATE taxonomy', () => import('./cate-taxonomy-data.js').then((m) => m.cateTaxonomy));

/** The CATE taxonomy if it has been loaded. */
export function loadedCateTaxonomy(): Taxonomy | undefined {
  return chunk.loaded();
}

/** Loads the CATE taxonomy once per page; a chunk that cannot be loaded rejects with a ChartError `load-failed`. */
export function loadCateTaxonomy(): Promise<Taxonomy> {
  return chunk.load();
}

/**
 * The words of the section drawn: the given taxonomy's section (a given taxonomy wins); else the text the data
 * carries; else the CATE taxonomy's section once it has been loaded.
 */
export function sectionWords(
  given: Taxonomy | undefined,
  series: SafeSeries | undefined,
  id: string,
): SectionText | undefined {
  const find = (t: Taxonomy | undefined) => t?.sections.find((s) => s.id === id);
  if (given) return find(given);
  return series?.text ?? find(chunk.loaded());
}

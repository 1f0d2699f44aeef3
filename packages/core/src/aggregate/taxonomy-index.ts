import type { Section, Taxonomy } from '../taxonomy/schema.js';

/** Per-section lookups built once per taxonomy, so aggregation does no linear searches per row. */
export interface SectionIndex {
  section: Section;
  position: number;
  categoryPosition: Map<string, number>;
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

const cache = new WeakMap<Taxonomy, Map<string, SectionIndex>>();

export function indexTaxonomy(taxonomy: Taxonomy): Map<string, SectionIndex> {
  let index = cache.get(taxonomy);
  if (!index) {
    index = new Map(
      taxonomy.sections.map((section, position) => [
        section.id,
        { section, position, categoryPosition: new Map(section.categories.map((c, i) => [c.id, i])) },
      ]),
    );
    cache.set(taxonomy, index);
  }
  return index;
}

export function sectionIndex(taxonomy: Taxonomy, sectionId: string): SectionIndex {
  const found = indexTaxonomy(taxonomy).get(sectionId);
  if (!found) {
    throw new RangeError(
      `Unknown section "${clip(sectionId)}" in taxonomy "${clip(taxonomy.id)}"; expected one of: ${taxonomy.sections
        .slice(0, 12)
        .map((s) => clip(s.id))
        .join(', ')}${taxonomy.sections.length > 12 ? ` and ${taxonomy.sections.length - 12} more` : ''}`,
    );
  }
  return found;
}

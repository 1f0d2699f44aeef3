import type { SafeCell, SafeSeries } from '../series.js';
import type { Category, Section } from '../taxonomy/schema.js';

/** A section's categories gathered by their `group`, in the order the groups first appear. */
export interface CategoryGroup {
  group: string;
  /** Indexes into the section's categories. */
  categories: number[];
}

/** The hierarchy a section expresses with category groups; a category without a group is its own group. */
export function categoryGroups(section: {
  readonly categories: readonly Pick<Category, 'label' | 'group'>[];
}): CategoryGroup[] {
  const groups = new Map<string, CategoryGroup>();
  section.categories.forEach((category, index) => {
    const name = category.group ?? category.label;
    let entry = groups.get(name);
    if (!entry) groups.set(name, (entry = { group: name, categories: [] }));
    entry.categories.push(index);
  });
  return [...groups.values()];
}

/**
 * Each group's sum in each period of a single-select series. A group with a hidden member is hidden (its sum
 * and the visible members would give the hidden count away); a group nobody reported is not reported.
 */
export function groupSums(
  series: SafeSeries,
  section: Pick<Section, 'categories' | 'multiSelect'>,
): { groups: CategoryGroup[]; cells: SafeCell[][] } {
  if (section.multiSelect)
    throw new TypeError('groupSums: the categories of a multi-select section overlap, so they cannot be added up');
  const groups = categoryGroups(section);
  const cells = series.cells.map((row) =>
    groups.map((g): SafeCell => {
      const members = g.categories.map((c) => row[c] ?? { status: 'not-reported' as const });
      if (members.some((m) => m.status === 'suppressed')) return { status: 'suppressed' };
      const values = members.filter((m): m is Extract<SafeCell, { status: 'value' }> => m.status === 'value');
      if (values.length === 0) return { status: 'not-reported' };
      return { status: 'value', value: values.reduce((sum, m) => sum + m.value, 0) };
    }),
  );
  return { groups, cells };
}

import type { SafeCell, SafeSeries } from '@cate/core';

/**
 * One group of categories as charts show it: the categories under one heading, in series order, and the group's
 * published total when the series has one.
 */
export interface CategoryGroupView {
  /** The heading ("Sex"), or the category's own label for a category that is a group of its own. */
  label: string;
  /** Indexes into the series' categories. */
  members: number[];
  /** Whether the group is shown as a heading: false for an ungrouped category, or one alone in a group of its own name. */
  heading: boolean;
  /** The group's published total per quarter ("Sex 229"), when the series publishes it. */
  total?: readonly SafeCell[];
}

/**
 * The hierarchy a series expresses with category groups, or undefined when no category has a group (the chart
 * is then drawn exactly as a flat one). Groups come in the order they first appear; a category without a group
 * is its own, headingless group.
 */
export function categoryHierarchy(
  series: Pick<SafeSeries, 'categories' | 'groupTotals'>,
): CategoryGroupView[] | undefined {
  if (!series.categories.some((c) => c.group !== undefined)) return undefined;
  const groups: CategoryGroupView[] = [];
  const byName = new Map<string, CategoryGroupView>();
  series.categories.forEach((category, index) => {
    if (category.group === undefined) {
      groups.push({ label: category.label, members: [index], heading: false });
      return;
    }
    let group = byName.get(category.group);
    if (!group) {
      group = { label: category.group, members: [], heading: true };
      byName.set(category.group, group);
      groups.push(group);
    }
    group.members.push(index);
  });
  for (const total of series.groupTotals ?? []) {
    const group = byName.get(total.group);
    if (group) group.total = total.cells;
  }
  for (const group of byName.values()) {
    const only = group.members.length === 1 ? series.categories[group.members[0]!] : undefined;
    if (only && only.label === group.label && !group.total) group.heading = false;
  }
  return groups;
}

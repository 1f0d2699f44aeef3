import type { SafeSeries } from '@cate/core';
import { describe, expect, it } from 'vitest';
import { categoryHierarchy } from '../src/layout/groups.js';
import { periodLabel } from '../src/layout/periods.js';
import { wrapLabel } from '../src/layout/clusters.js';
import { englishMessages, layoutChart, renderTable, summarize, tableView } from '../src/index.js';
import { serialize } from '../../../test/snapshots/serialize.js';
import { continents, fixtureSeries, NR, S, v } from './fixtures.js';

/** Two quarters; fruit (a group with a published total), a vegetable alone in its own-named group, bread ungrouped. */
function grouped(extra: Partial<SafeSeries> = {}): SafeSeries {
  const base = fixtureSeries({
    categories: ['Apple', 'Pear', 'Leek', 'Bread'],
    cells: [
      [v(12), v(8), v(5), v(30)],
      [v(20), S, v(4), NR],
    ],
    quarterTotals: [v(55), S],
  });
  return {
    ...base,
    categories: [
      { id: 'apple', label: 'Apple', group: 'Fruit' },
      { id: 'pear', label: 'Pear', group: 'Fruit' },
      { id: 'leek', label: 'Leek', group: 'Leek' },
      { id: 'bread', label: 'Bread' },
    ],
    groupTotals: [{ group: 'Fruit', cells: [v(20), S] }],
    ...extra,
  } as SafeSeries;
}

describe('category groups in the layout', () => {
  it('categoryHierarchy(series) is undefined for a flat series, so flat charts are drawn as before', () => {
    expect(categoryHierarchy(continents)).toBeUndefined();
  });

  it("categoryHierarchy(series) groups in first-appearance order; a lone category of its group's name, or no group, has no heading", () => {
    expect(categoryHierarchy(grouped())).toEqual([
      { label: 'Fruit', members: [0, 1], heading: true, total: [v(20), S] },
      { label: 'Leek', members: [2], heading: false },
      { label: 'Bread', members: [3], heading: false },
    ]);
  });

  it("layoutChart(grouped, grouped-bar) puts each group's total first, as a band behind its bars, and names the members' group", () => {
    const layout = layoutChart(grouped(), { kind: 'grouped-bar', width: 640 });
    expect(layout.categories.map((c) => [c.label, c.group, c.subtotal])).toEqual([
      ['Total', 'Fruit', true],
      ['Apple', 'Fruit', undefined],
      ['Pear', 'Fruit', undefined],
      ['Leek', undefined, undefined],
      ['Bread', undefined, undefined],
    ]);
    expect(layout.groups).toEqual([
      { label: 'Fruit', heading: true, members: [1, 2], total: 0 },
      { label: 'Leek', heading: false, members: [3] },
      { label: 'Bread', heading: false, members: [4] },
    ]);
    const band = layout.marks.find((m) => m.type === 'band' && m.q === 0)!;
    const bars = layout.marks.filter((m) => m.type === 'bar' && m.q === 0 && (m.c === 1 || m.c === 2));
    expect(
      band.type === 'band' &&
        bars.every((b) => b.type === 'bar' && b.x >= band.x && b.x + b.width <= band.x + band.width),
    ).toBe(true);
    expect(layout.marks.indexOf(band)).toBeLessThan(layout.marks.indexOf(bars[0]!));
    // Its colour and shape stay the category's own: Leek is the third category of the series (● ◆ ■).
    expect(layout.categories[3]).toMatchObject({ color: 3, shape: 'square', fill: 'solid' });
  });

  it('layoutChart(grouped, grouped-bar) shows a hidden group total as a placeholder and a cell, never a number', () => {
    const layout = layoutChart(grouped(), { kind: 'grouped-bar', width: 640 });
    expect(layout.cells[1]![0]).toMatchObject({ status: 'suppressed', text: 'S' });
    expect(layout.marks.some((m) => m.type === 'placeholder' && m.cells.some((k) => k.q === 1 && k.c === 0))).toBe(
      true,
    );
  });

  it('layoutChart(grouped, grouped-bar) leaves a gap between groups and labels only the groups with a heading', () => {
    const layout = layoutChart(grouped(), { kind: 'grouped-bar', width: 640 });
    const x = (c: number) => layout.marks.find((m) => m.type === 'bar' && m.q === 0 && m.c === c)!;
    const step = (a: number, b: number) => (x(b) as { x: number }).x - (x(a) as { x: number }).x;
    expect(step(2, 3)).toBeGreaterThan(step(1, 2) * 1.5);
    expect(layout.groupAxis?.labels.map((l) => [l.q, l.lines])).toEqual([
      [0, ['Fruit']],
      [1, ['Fruit']],
    ]);
  });

  it('layoutChart(grouped, line | stacked-bar) draws the members only: a total is not a peer of its parts', () => {
    for (const kind of ['line', 'stacked-bar'] as const) {
      const layout = layoutChart(grouped(), { kind, width: 640 });
      expect(layout.categories.map((c) => c.label)).toEqual(['Apple', 'Pear', 'Leek', 'Bread']);
      expect(layout.groups?.[0]).toEqual({ label: 'Fruit', heading: true, members: [0, 1] });
      expect(layout.groupAxis).toBeUndefined();
    }
  });

  it('wrapLabel(label, width) wraps at spaces and gives up on a word wider than the span', () => {
    expect(wrapLabel('Sex and Labor', 40)).toEqual(['Sex', 'and', 'Labor']);
    expect(wrapLabel('Sex and Labor', 200)).toEqual(['Sex and Labor']);
    expect(wrapLabel('Trafficking', 20)).toBeUndefined();
  });

  it("periodLabel(series, q) is the series' own label when it has one, else the quarter in the locale", () => {
    expect(periodLabel(grouped({ periodLabels: ['FY 2024', 'FY 2025'] }), 1)).toBe('FY 2025');
    expect(periodLabel(grouped(), 1, 'es')).toBe('T2 2024');
    const layout = layoutChart(grouped({ periodLabels: ['FY 2024', 'FY 2025'] }), { kind: 'grouped-bar', width: 640 });
    expect(layout.quarters.map((q) => q.label)).toEqual(['FY 2024', 'FY 2025']);
  });

  it('tableView(grouped) keeps the flat rows and adds the groups with their totals; the table puts categories in row groups', () => {
    const view = tableView(grouped({ periodLabels: ['FY 2024', 'FY 2025'] }), {
      measure: 'count',
      locale: 'en',
      messages: englishMessages,
    });
    expect(view.rows.map((r) => r.quarter)).toEqual(['FY 2024', 'FY 2025']);
    expect(view.groups?.[0]).toEqual({
      label: 'Fruit',
      heading: true,
      members: [0, 1],
      total: [
        { status: 'value', text: '20' },
        { status: 'suppressed', text: 'S', word: 'Suppressed' },
      ],
    });
    const flat = tableView(continents, { measure: 'count', locale: 'en', messages: englishMessages });
    expect(flat.groups).toBeUndefined();
    const html = serialize(renderTable(view, { caption: 'c', quarter: 'Quarter' }, []));
    expect(html).toContain('<th scope="rowgroup"><bdi>Fruit</bdi></th>');
    expect(html).toContain('<th scope="row" class=""><bdi>Leek</bdi></th>');
  });

  it('summarize(grouped) names the groups with their latest published total, and uses the unit label and period labels', () => {
    const text = summarize(grouped({ periodLabels: ['FY 2024', 'FY 2025'] }), {
      title: 'Food',
      unitLabel: { one: 'meal', other: 'meals' },
    });
    expect(text).toContain('Food: number of meals in 4 categories, from FY 2024 to FY 2025.');
    expect(text).toContain('The categories are grouped under Fruit (20 in FY 2024).');
    expect(summarize(continents, { title: 'Continents' })).not.toContain('grouped');
  });
});

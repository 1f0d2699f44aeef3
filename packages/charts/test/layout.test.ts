import { describe, expect, it } from 'vitest';
import { chartHeight, defaultKind, layoutChart, resolveKind, suitableKinds } from '../src/index.js';
import { continents, diagnoses, leaky, newExisting, screening, SECRET, unmet } from './fixtures.js';

describe('layoutChart', () => {
  it('layoutChart(series, grouped-bar) draws one mark per cell, placeholders for hidden and missing cells', () => {
    const layout = layoutChart(continents, { kind: 'grouped-bar', width: 640 });
    expect(layout.marks.length).toBe(8 * 6);
    expect(layout.marks.filter((m) => m.type === 'placeholder' && m.status === 'suppressed')).toHaveLength(4);
    expect(layout.marks.filter((m) => m.type === 'placeholder' && m.status === 'not-reported')).toHaveLength(1);
    expect(layout.has).toEqual({ suppressed: true, notReported: true, values: true });
  });

  it('layoutChart(series, grouped-bar) draws a zero as a 1px bar on the axis, not as a gap', () => {
    const layout = layoutChart(continents, { kind: 'grouped-bar', width: 640 });
    const zero = layout.marks.find((m) => m.type === 'bar' && m.q === 3 && m.c === 2);
    expect(zero).toMatchObject({ type: 'bar', height: 1 });
    expect(zero!.type === 'bar' && zero!.y + zero!.height).toBeCloseTo(layout.baseline, 1);
  });

  it('layoutChart(series) sets the value domain from published values only', () => {
    const layout = layoutChart(leaky, { kind: 'grouped-bar', width: 640 });
    const top = Math.max(...layout.yTicks.map((t) => t.value));
    expect(top).toBeLessThan(100);
    expect(JSON.stringify(layout)).not.toContain(String(SECRET));
  });

  it("layoutChart(series) keeps every bar inside its plot (its panel's, in small multiples)", () => {
    for (const width of [160, 320, 640, 1200]) {
      const layout = layoutChart(continents, { kind: 'grouped-bar', width });
      for (const m of layout.marks) {
        if (m.type !== 'bar') continue;
        const plot = layout.panels?.find((p) => p.c === m.c)?.plot ?? layout.plot;
        expect(m.x).toBeGreaterThanOrEqual(plot.x - 0.01);
        expect(m.x + m.width).toBeLessThanOrEqual(plot.x + plot.width + 0.01);
        expect(m.y).toBeGreaterThanOrEqual(plot.y - 0.01);
      }
    }
  });

  it('layoutChart(series) labels quarters only under the lowest panel of each column of small multiples', () => {
    // Bars would be under 7 px on one plot at 420 px: one panel per category, each with its own value axis.
    const narrow = layoutChart(continents, { kind: 'grouped-bar', width: 420 });
    // An uneven last row (5 panels in 2 columns): a column without a panel below its last labels it there.
    const five = {
      ...continents,
      categories: continents.categories.slice(0, 5),
      cells: continents.cells.map((r) => r.slice(0, 5)),
      quarterTotals: undefined,
      rangeTotals: undefined,
    };
    for (const layout of [narrow, layoutChart(five, { kind: 'line', width: 420 })]) {
      const panels = layout.panels!;
      expect(panels.length).toBeGreaterThan(2);
      for (const p of panels) {
        const column = panels.filter((o) => o.plot.x === p.plot.x);
        expect(p.quarterLabels).toBe(p.plot.y === Math.max(...column.map((o) => o.plot.y)));
        expect(p.yTicks.length, 'every panel has its own value axis').toBeGreaterThan(1);
      }
      expect(panels.filter((p) => p.quarterLabels).length).toBe(2);
      expect(layout.note).toMatch(/own scale/);
    }
    // Each panel on its own scale: the bar of a category's largest value reaches the top region of its panel.
    for (const p of narrow.panels!) {
      const bars = narrow.marks.filter((m) => m.type === 'bar' && m.c === p.c) as Array<{ y: number }>;
      if (!bars.length) continue;
      expect(Math.min(...bars.map((b) => b.y)) - p.plot.y).toBeLessThan(p.plot.height / 2);
    }
  });

  it('layoutChart(series, stacked-bar) stacks published values and moves hidden cells to a status strip', () => {
    const layout = layoutChart(newExisting, { kind: 'stacked-bar', width: 480 });
    const q0 = layout.marks.filter((m) => m.type === 'bar' && m.q === 0);
    expect(q0).toHaveLength(2);
    const [a, b] = q0 as Array<{ y: number; height: number }>;
    expect(b!.y + b!.height).toBeCloseTo(a!.y, 1);
    const strip = layout.marks.filter((m) => m.type === 'placeholder');
    expect(strip).toHaveLength(1);
    expect(strip[0]!.type === 'placeholder' && strip[0]!.y).toBeGreaterThan(layout.plot.y + layout.plot.height);
  });

  it('layoutChart(series, stacked-percent) reads published shares and runs the axis to 100%', () => {
    const layout = layoutChart(newExisting, { kind: 'stacked-percent', width: 480 });
    expect(layout.measure).toBe('share');
    expect(layout.yTicks.at(-1)!.label).toBe('100%');
    expect(layout.cells[0]![0]!.text).toBe('30%');
    expect(layout.cells[2]![0]!.status).toBe('suppressed');
  });

  it('layoutChart(series, line) breaks a line at a hidden value and marks every value with its shape', () => {
    const layout = layoutChart(diagnoses, { kind: 'line', width: 640 });
    const bipolar = layout.lines.find((l) => l.c === 1)!;
    expect(bipolar.d.match(/M/g)).toHaveLength(2);
    expect(layout.marks.filter((m) => m.type === 'point')).toHaveLength(30 - 3);
    const shapes = new Set(layout.marks.flatMap((m) => (m.type === 'point' ? [m.shape] : [])));
    expect(shapes.size).toBe(5);
  });

  it('layoutChart(series, line) draws a percent of organizations as percents when shares are published', () => {
    const layout = layoutChart(screening, { kind: 'line', width: 480 });
    expect(layout.measure).toBe('share');
    expect(layout.cells[3]![0]!.text).toBe('100%');
  });

  it('layoutChart(series) wraps quarter labels onto two lines when the bands are narrow', () => {
    expect(layoutChart(continents, { kind: 'grouped-bar', width: 900 }).quarters[0]!.lines).toEqual(['Q1 2024']);
    expect(layoutChart(newExisting, { kind: 'stacked-bar', width: 280 }).quarters[0]!.lines).toEqual(['Q1', '2024']);
  });

  it('layoutChart(series) thins quarter labels that would not fit even on two lines, keeping the latest', () => {
    const quarters = layoutChart(diagnoses, { kind: 'stacked-bar', width: 160 }).quarters;
    expect(quarters.at(-1)!.lines).toEqual(['Q2', '2025']);
    expect(quarters.some((q) => q.lines.length === 0)).toBe(true);
  });

  it('layoutChart(series) formats numbers for the locale', () => {
    const big = layoutChart(continents, { kind: 'grouped-bar', width: 640, locale: 'de' });
    expect(big.quarters[0]!.label).toBe('Q1 2024');
    const es = layoutChart(continents, { kind: 'grouped-bar', width: 640, locale: 'es' });
    expect(es.quarters[0]!.label).toBe('T1 2024');
  });

  it('layoutChart(series) gives every cell an anchor inside the drawing', () => {
    for (const kind of ['grouped-bar', 'stacked-bar', 'line'] as const) {
      const layout = layoutChart(kind === 'stacked-bar' ? newExisting : continents, { kind, width: 500 });
      for (const cell of layout.cells.flat()) {
        expect(cell.anchor.x).toBeGreaterThan(0);
        expect(cell.anchor.y).toBeGreaterThan(0);
        expect(cell.anchor.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('chartHeight(width) stays between 240 and 400', () => {
    expect(chartHeight(100)).toBe(240);
    expect(chartHeight(600)).toBe(330);
    expect(chartHeight(2000)).toBe(400);
  });
});

describe('kinds', () => {
  it('defaultKind(series) picks a line for one category over quarters', () => {
    expect(defaultKind(unmet)).toBe('line');
  });
  it('defaultKind(series) picks a stat for one category in one quarter', () => {
    expect(defaultKind({ ...unmet, quarters: unmet.quarters.slice(0, 1) })).toBe('stat');
  });
  it('defaultKind(series) picks a percent line for a percent of organizations', () => {
    expect(defaultKind(screening)).toBe('line');
  });
  it('defaultKind(series) draws several categories over quarters as lines with markers, as the report does', () => {
    expect(defaultKind(newExisting)).toBe('line');
    expect(defaultKind(diagnoses)).toBe('line');
    expect(defaultKind(continents)).toBe('line');
    expect(defaultKind({ ...continents, quarters: continents.quarters.slice(0, 1) })).toBe('grouped-bar');
  });
  it('defaultKind(series) shows very many categories as a table', () => {
    const many = { ...continents, categories: Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, label: `C${i}` })) };
    expect(defaultKind(many)).toBe('table');
  });
  it('suitableKinds(series) never stacks a multi-select section', () => {
    expect(suitableKinds(diagnoses)).not.toContain('stacked-bar');
    expect(suitableKinds(diagnoses)).not.toContain('stacked-percent');
  });
  it('suitableKinds(series) offers a 100% stack only when shares are published', () => {
    expect(suitableKinds(newExisting)).toContain('stacked-percent');
    expect(suitableKinds(continents)).not.toContain('stacked-percent');
  });
  it('resolveKind(requested, series) falls back to the default for an unsuitable kind', () => {
    expect(resolveKind('stacked-bar', diagnoses)).toEqual({ kind: 'line', fellBack: true });
    expect(resolveKind('table', diagnoses)).toEqual({ kind: 'table', fellBack: false });
    expect(resolveKind(undefined, diagnoses)).toEqual({ kind: 'line', fellBack: false });
  });
});

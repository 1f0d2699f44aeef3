import { describe, expect, it } from 'vitest';
import { cellAtPoint } from '../src/layout/hit.js';
import { layoutChart } from '../src/layout/layout-chart.js';
import type { Mark } from '../src/layout/types.js';
import { continents, diagnoses, fixtureSeries, v } from './fixtures.js';

const centre = (m: { x: number; y: number; width: number; height: number }) => [m.x + m.width / 2, m.y + m.height / 2];

describe('cellAtPoint', () => {
  it('cellAtPoint(layout, x, y) finds the bar that contains the point, and the bar under its marker', () => {
    const layout = layoutChart(continents, { kind: 'grouped-bar', width: 640 });
    for (const mark of layout.marks) {
      if (mark.type !== 'bar') continue;
      const [x, y] = centre(mark);
      expect(cellAtPoint(layout, x!, y!)).toEqual({ q: mark.q, c: mark.c });
      if (mark.marker) expect(cellAtPoint(layout, mark.marker.x, mark.marker.y)).toEqual({ q: mark.q, c: mark.c });
    }
  });

  it('cellAtPoint(layout, x, y) answers a status mark with its first cell, and nothing over empty space', () => {
    const layout = layoutChart(continents, { kind: 'grouped-bar', width: 640 });
    const status = layout.marks.filter((m): m is Extract<Mark, { type: 'placeholder' }> => m.type === 'placeholder');
    expect(status.length).toBeGreaterThan(0);
    for (const mark of status) {
      const [x, y] = centre(mark);
      expect(cellAtPoint(layout, x!, y!)).toEqual(mark.cells[0]);
    }
    expect(cellAtPoint(layout, layout.plot.x + 1, layout.plot.y + 1)).toBeUndefined();
  });

  it('cellAtPoint(layout, x, y, slack) finds a point within the slack, the nearest when two are near', () => {
    const layout = layoutChart(diagnoses, { kind: 'line', width: 640 });
    const point = layout.marks.find((m) => m.type === 'point' && m.q === 2 && m.c === 0)!;
    if (point.type !== 'point') throw new Error('a point');
    expect(cellAtPoint(layout, point.x, point.y)).toEqual({ q: 2, c: 0 });
    const beside = point.x + point.size / 2 + 6;
    expect(cellAtPoint(layout, beside, point.y, 4)).not.toEqual({ q: 2, c: 0 });
    expect(cellAtPoint(layout, beside, point.y, 12)).toEqual({ q: 2, c: 0 });
  });

  it('cellAtPoint(layout, x, y) prefers a bar to the band of its group total behind it', () => {
    const grouped = fixtureSeries({
      categories: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      cells: [[v(10), v(20)]],
    });
    const layout = layoutChart(
      {
        ...grouped,
        categories: grouped.categories.map((c) => ({ ...c, group: 'Group' })),
        groupTotals: [{ group: 'Group', cells: [v(30)] }],
      },
      { kind: 'grouped-bar', width: 480 },
    );
    const band = layout.marks.find((m) => m.type === 'band');
    const bar = layout.marks.find((m) => m.type === 'bar' && m.c !== band?.c)!;
    if (bar.type !== 'bar') throw new Error('a bar');
    const [x, y] = centre(bar);
    expect(cellAtPoint(layout, x!, y!)).toEqual({ q: bar.q, c: bar.c });
    if (band?.type !== 'band') throw new Error('a band');
    expect(cellAtPoint(layout, band.x + 1, band.y + 1)).toEqual({ q: 0, c: band.c });
  });
});

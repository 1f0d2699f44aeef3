import { round } from './axes.js';
import type { Frame } from './frame.js';
import type { Mark } from './types.js';

export const STRIP_HEIGHT = 18;

/**
 * Charts whose marks have no slot per cell (stacks, lines) show hidden and missing cells in a strip under the
 * quarter labels: one badge per status per quarter, so a placeholder is never mistaken for a value on the axis.
 */
export function statusStrip({ x, cells }: Frame, top: number): Mark[] {
  const marks: Mark[] = [];
  for (const row of cells) {
    const q = row[0]?.q ?? 0;
    const groups = (['suppressed', 'not-reported'] as const)
      .map((status) => ({ status, cells: row.filter((cell) => cell.status === status) }))
      .filter((g) => g.cells.length > 0);
    const band = x.bandwidth();
    const width = round(Math.min(30, (band - 2 * (groups.length - 1)) / Math.max(1, groups.length)));
    const start = (x(q) ?? 0) + (band - (groups.length * width + (groups.length - 1) * 2)) / 2;
    groups.forEach((group, i) => {
      const bx = round(start + i * (width + 2));
      marks.push({
        type: 'placeholder',
        status: group.status,
        cells: group.cells.map((cell) => ({ q: cell.q, c: cell.c })),
        x: bx,
        y: round(top),
        width,
        height: STRIP_HEIGHT,
        label: group.cells[0]!.text,
      });
      for (const cell of group.cells) cell.anchor = { x: round(bx + width / 2), y: round(top) };
    });
  }
  return marks;
}

import type { ChartLayout, Mark } from './types.js';

/** A cell of the chart: quarter and category index. */
export type Cell = { q: number; c: number };

/** The box a mark answers a pointer in: a bar with the marker above it, a point's marker, a status mark. */
function boxOf(mark: Mark): { left: number; right: number; top: number; bottom: number } {
  if (mark.type === 'point') {
    const r = mark.size / 2;
    return { left: mark.x - r, right: mark.x + r, top: mark.y - r, bottom: mark.y + r };
  }
  const box = { left: mark.x, right: mark.x + mark.width, top: mark.y, bottom: mark.y + mark.height };
  if (mark.type === 'bar' && mark.marker) box.top = Math.min(box.top, mark.marker.y - mark.marker.size / 2);
  return box;
}

/** How far (x, y) is from a box; 0 inside it. */
function distance(box: ReturnType<typeof boxOf>, x: number, y: number): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

/**
 * The cell under a point of the drawing (in its own coordinates), found from the layout rather than from an
 * element per mark: the mark that contains it, the one drawn last first (a bar before the band of its group's
 * total behind it); else the nearest within `slack` px (a hairline bar, a point, a finger's width). A status mark
 * answers with its first cell. Undefined over empty space.
 */
export function cellAtPoint(layout: ChartLayout, x: number, y: number, slack = 4): Cell | undefined {
  let best: Mark | undefined;
  let bestDistance = slack;
  for (let i = layout.marks.length - 1; i >= 0; i--) {
    const mark = layout.marks[i]!;
    const d = distance(boxOf(mark), x, y);
    if (d === 0 && mark.type !== 'band') return cellOf(mark);
    // A band is behind its group's bars: it answers only where no bar is near.
    if (d < bestDistance || (d === 0 && best === undefined)) {
      best = mark;
      bestDistance = d;
    }
  }
  return best ? cellOf(best) : undefined;
}

function cellOf(mark: Mark): Cell {
  return mark.type === 'placeholder' ? { q: mark.cells[0]!.q, c: mark.cells[0]!.c } : { q: mark.q, c: mark.c };
}

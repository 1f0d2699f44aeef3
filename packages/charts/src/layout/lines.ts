import { round } from './axes.js';
import type { Frame } from './frame.js';
import type { LinePath, Mark } from './types.js';

const MARKER_SIZE = 9;

/**
 * One line per category through its published values, broken where a value is hidden or missing (joining
 * across a gap would draw a value nobody published). Every value has a marker in its category's shape.
 */
export function lineMarks({ y, cells, categories, quarters }: Frame): { marks: Mark[]; lines: LinePath[] } {
  const marks: Mark[] = [];
  const lines: LinePath[] = [];
  for (const category of categories) {
    const values = cells
      .map((row) => row[category.index]!)
      .map((cell) => (cell.status === 'value' ? cell.value : undefined));
    lines.push({
      c: category.index,
      color: category.color,
      d: linePath(values.map((v, q) => (v === undefined ? undefined : [quarters[q]!.x, round(y(v))]))),
    });
    values.forEach((value, q) => {
      if (value === undefined) return;
      const px = quarters[q]!.x;
      const py = round(y(value));
      marks.push({
        type: 'point',
        q,
        c: category.index,
        x: px,
        y: py,
        color: category.color,
        shape: category.shape,
        fill: category.fill,
        size: MARKER_SIZE,
      });
      cells[q]![category.index]!.anchor = { x: px, y: py };
    });
  }
  return { marks, lines };
}

/** An SVG path through points, lifting the pen at gaps (undefined), as d3-shape's line().defined() does. */
export function linePath(points: ReadonlyArray<readonly [number, number] | undefined>): string {
  let d = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${point[0]},${point[1]}`;
    drawing = true;
  }
  return d;
}

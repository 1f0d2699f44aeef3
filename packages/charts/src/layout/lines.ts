import { line } from 'd3-shape';
import { round } from './axes.js';
import type { Frame } from './frame.js';
import type { LinePath, Mark } from './types.js';

const MARKER_SIZE = 9;

/**
 * One line per category through its published values, broken where a value is hidden or missing (joining
 * across a gap would draw a value nobody published). Every value has a marker in its category's shape.
 */
export function lineMarks({ x, y, cells, categories, quarters }: Frame): { marks: Mark[]; lines: LinePath[] } {
  const marks: Mark[] = [];
  const lines: LinePath[] = [];
  const path = line<number | undefined>()
    .defined((v) => v !== undefined)
    .x((_, q) => quarters[q]!.x)
    .y((v) => round(y(v!)))
    .digits(2);
  for (const category of categories) {
    const values = cells.map((row) => row[category.index]!).map((cell) => (cell.status === 'value' ? cell.value : undefined));
    lines.push({ c: category.index, color: category.color, d: path(values) ?? '' });
    values.forEach((value, q) => {
      if (value === undefined) return;
      const px = quarters[q]!.x;
      const py = round(y(value));
      marks.push({ type: 'point', q, c: category.index, x: px, y: py, color: category.color, shape: category.shape, size: MARKER_SIZE });
      cells[q]![category.index]!.anchor = { x: px, y: py };
    });
  }
  void x;
  return { marks, lines };
}

import { bandScale } from './band.js';
import { round } from './axes.js';
import type { Frame } from './frame.js';
import type { CellView, Mark } from './types.js';

/** Bars narrower than this get no marker shape on top (the legend and table still name them). */
const MIN_MARKER_BAR = 7;

/** The tallest stack of published values: positions only, never shown as a number. */
export function stackedMax(
  quarters: number,
  categories: number,
  value: (q: number, c: number) => number | undefined,
): number {
  let max = 0;
  for (let q = 0; q < quarters; q++) {
    let top = 0;
    for (let c = 0; c < categories; c++) top += value(q, c) ?? 0;
    if (top > max) max = top;
  }
  return max;
}

/** Bars side by side per quarter; a hidden or missing cell keeps its empty slot (its status mark goes under it). */
export function groupedBarMarks(frame: Frame, members: readonly number[] = frame.categories.map((_, c) => c)): Mark[] {
  const { x, cells } = frame;
  const inner = bandScale(members, [0, x.bandwidth()], members.length > 1 ? 0.1 : 0);
  const width = round(inner.bandwidth());
  const marks: Mark[] = [];
  for (const row of cells)
    for (const cell of members.map((c) => row[c]!)) {
      const bar = barMark(frame, cell, round((x(cell.q) ?? 0) + (inner(cell.c) ?? 0)), width);
      if (bar) marks.push(bar);
    }
  return marks;
}

/**
 * One cell's bar at x, with its category's marker on top (or its shape as a pattern when the bar is too narrow for
 * one); sets the cell's anchor. A hidden or missing cell has no bar: only its slot's centre is kept, for its mark in
 * the status row.
 */
export function barMark(
  { y, baseline, categories }: Frame,
  cell: CellView,
  bx: number,
  width: number,
): Mark | undefined {
  const cx = round(bx + width / 2);
  const category = categories[cell.c]!;
  if (cell.status !== 'value') {
    cell.anchor = { x: cx, y: baseline };
    return undefined;
  }
  const top = round(y(cell.value!));
  // A zero is drawn as a hairline on the axis: visibly present, unlike a missing value.
  const height = Math.max(1, round(baseline - top));
  const bar: Mark = {
    type: 'bar',
    q: cell.q,
    c: cell.c,
    x: bx,
    y: round(baseline - height),
    width,
    height,
    color: category.color,
    shape: category.shape,
    fill: category.fill,
  };
  if (width >= MIN_MARKER_BAR) {
    const size = Math.min(10, width);
    bar.marker = { x: cx, y: round(baseline - height - size / 2 - 3), size };
  } else bar.pattern = true;
  cell.anchor = { x: cx, y: round(baseline - height) };
  return bar;
}

/** Published values stacked in category order; hidden and missing cells go to the status row under the baseline. */
export function stackedBarMarks({ x, y, baseline, cells, categories }: Frame): Mark[] {
  const width = round(x.bandwidth());
  const marks: Mark[] = [];
  for (const row of cells) {
    let total = 0;
    const bx = round(x(row[0]?.q ?? 0) ?? 0);
    for (const cell of row) {
      if (cell.status !== 'value') continue;
      const category = categories[cell.c]!;
      const bottom = round(y(total));
      total += cell.value!;
      const top = round(y(total));
      const height = Math.max(cell.value! === 0 ? 0 : 1, round(bottom - top));
      const bar: Mark = {
        type: 'bar',
        q: cell.q,
        c: cell.c,
        x: bx,
        y: round(bottom - height),
        width,
        height,
        color: category.color,
        shape: category.shape,
        fill: category.fill,
      };
      if (height >= 11 && width >= 11)
        bar.marker = { x: round(bx + width / 2), y: round(bottom - height / 2), size: Math.min(9, height - 2) };
      else bar.pattern = true;
      marks.push(bar);
      cell.anchor = { x: round(bx + width / 2), y: round(bottom - height / 2) };
    }
    for (const cell of row)
      if (cell.status !== 'value' || total === 0) cell.anchor = { x: round(bx + width / 2), y: baseline };
  }
  return marks;
}

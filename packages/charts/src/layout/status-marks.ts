import { round, textWidth } from './axes.js';
import type { Frame } from './frame.js';
import type { MarkerFill, MarkerShape } from './markers.js';
import type { CellView, Mark } from './types.js';

/** Font size and row height of the status marks ("S", "n/r") under the baseline. */
export const STATUS_FONT = 12;
export const STATUS_ROW = 15;
const MARKER = 8;
const GAP = 3;

interface Item {
  status: 'suppressed' | 'not-reported';
  cells: CellView[];
  label: string;
  marker?: { shape: MarkerShape; fill: MarkerFill; color: number };
  want: number;
  width: number;
}

function itemWidth(label: string, marker: boolean): number {
  return round(textWidth(label, STATUS_FONT) + (marker ? MARKER + 2 : 0) + 2);
}

/** Lays items left to right near where each wants to be, inside [left, right]; undefined when they do not fit. */
function pack(items: Item[], left: number, right: number): number[] | undefined {
  const total = items.reduce((sum, item) => sum + item.width, 0) + GAP * (items.length - 1);
  if (total > right - left) return undefined;
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.want - b.item.want);
  const at: number[] = new Array(items.length);
  let end = -Infinity;
  for (const { item, i } of sorted) {
    const x = Math.max(item.want - item.width / 2, end + GAP, left);
    at[i] = x;
    end = x + item.width;
  }
  // Pushed past the right edge: a pass from the right pulls each back before its right-hand neighbour.
  let next = right + GAP;
  for (let k = sorted.length - 1; k >= 0; k--) {
    const { item, i } = sorted[k]!;
    at[i] = Math.min(at[i]!, next - GAP - item.width);
    next = at[i]!;
  }
  return at.every((x, i) => x >= left - 0.01 && x + items[i]!.width <= right + 0.01) ? at : undefined;
}

/**
 * Hidden and missing cells have no number, so they get no height and no place on the value axis: each is a small
 * mark in a row under the baseline, "S" or "n/r" beside its category's marker, under its own bar's slot (grouped
 * bars) or its quarter (lines, stacks: the line has a gap there). When a quarter's marks would not fit side by
 * side, the quarter shows one count per status ("3 S") instead, and the tooltip and keyboard name every cell.
 * Returns the marks and how many rows they need.
 */
export function statusMarks(frame: Frame, top: number, slotted: boolean): { marks: Mark[]; rows: number } {
  const { x, cells, categories } = frame;
  const band = x.bandwidth();
  const marks: Mark[] = [];
  let rows = 0;
  const showMarker = categories.length > 1;
  const placed: Array<{ q: number; items: Item[]; at: number[]; row: number[] }> = [];
  let wide = false;
  for (const row of cells) {
    const q = row[0]?.q ?? 0;
    const hidden = row.filter((cell) => cell.status !== 'value');
    if (!hidden.length) continue;
    const left = x(q) ?? 0;
    const centre = left + band / 2;
    const detailed: Item[] = hidden.map((cell) => {
      const category = categories[cell.c]!;
      const marker = showMarker && category.color > 0;
      return {
        status: cell.status as Item['status'],
        cells: [cell],
        label: cell.text,
        ...(marker ? { marker: { shape: category.shape, fill: category.fill, color: category.color } } : {}),
        want: slotted ? cell.anchor.x : centre,
        width: itemWidth(cell.text, marker),
      };
    });
    let items = detailed;
    let at = pack(detailed, left, left + band);
    let rowOf = detailed.map(() => 0);
    if (!at) {
      items = (['suppressed', 'not-reported'] as const)
        .map((status) => hidden.filter((cell) => cell.status === status))
        .filter((group) => group.length > 0)
        .map((group) => {
          const label = group.length > 1 ? `${group.length} ${group[0]!.text}` : group[0]!.text;
          return {
            status: group[0]!.status as Item['status'],
            cells: group,
            label,
            want: centre,
            width: itemWidth(label, false),
          };
        });
      at = pack(items, left, left + band);
      rowOf = items.map(() => 0);
      if (!at) {
        // One summary per row, centred on the quarter; wider than the band only at extreme narrowness.
        at = items.map((item) => centre - item.width / 2);
        rowOf = items.map((_, i) => i);
        if (items.some((item) => item.width > band)) wide = true;
      }
    }
    placed.push({ q, items, at, row: rowOf });
  }
  for (const { q, items, at, row } of placed) {
    // Summaries wider than their quarter: alternate quarters take alternate rows, so neighbours never meet.
    const offset = wide && q % 2 === 1 ? Math.max(...placed.map((p) => p.items.length)) : 0;
    items.forEach((item, i) => {
      const r = row[i]! + offset;
      rows = Math.max(rows, r + 1);
      const bx = round(at[i]!);
      const by = round(top + r * STATUS_ROW);
      const mark: Mark = {
        type: 'placeholder',
        status: item.status,
        cells: item.cells.map((cell) => ({ q: cell.q, c: cell.c })),
        x: bx,
        y: by,
        width: item.width,
        height: STATUS_ROW - 1,
        label: item.label,
        ...(item.marker
          ? {
              marker: {
                ...item.marker,
                x: round(bx + 1 + MARKER / 2),
                y: round(by + (STATUS_ROW - 1) / 2),
                size: MARKER,
              },
            }
          : {}),
      };
      marks.push(mark);
      for (const cell of item.cells) cell.anchor = { x: round(bx + item.width / 2), y: by };
    });
  }
  return { marks, rows };
}

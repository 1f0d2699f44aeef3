import { markerPathFilled } from '../layout/markers.js';
import type { ChartLayout, Mark } from '../layout/types.js';
import type { SvgNode } from './drawing.js';

/** The id of a category's bar pattern (its marker shape tiled), for bars too small for a marker. */
export function patternId(prefix: string, c: number): string {
  return `${prefix}-pattern-${c}`;
}

type Bar = Extract<Mark, { type: 'bar' }>;
type Point = Extract<Mark, { type: 'point' }>;
type Band = Extract<Mark, { type: 'band' }>;
type Placeholder = Extract<Mark, { type: 'placeholder' }>;

/** A rectangle as a subpath: several of them make one path. */
const rectPath = (m: { x: number; y: number; width: number; height: number }) =>
  `M${m.x},${m.y}h${m.width}v${m.height}h${-m.width}Z`;

/** The quarters of a category's marks, in the order of their subpaths: which cells one path draws. */
const quartersOf = (marks: ReadonlyArray<{ q: number }>) => marks.map((m) => m.q).join(' ');

/** A category's marks of one kind, in quarter order. */
interface Category {
  bands: Band[];
  bars: Bar[];
  patterned: Bar[];
  points: Point[];
}

/** Each category's line (a line chart), broken where a value is hidden or missing. */
export function lineNodes(layout: ChartLayout): SvgNode[] {
  return layout.lines.map((line) => ({
    tag: 'path',
    key: `line:${layout.categories[line.c]!.id}`,
    attrs: { class: `line c${line.color}`, d: line.d },
  }));
}

/**
 * The data marks: each category's bars as one path (one subpath per bar; bars too small for a marker in a second
 * path filled with the category's pattern), their markers as one path, a line chart's points as one path, a
 * group's totals as one path of bands. `data-c` names the category and `data-q` the quarters of the subpaths in
 * order, so the cells drawn can be read back. A status mark (a hidden or missing cell, under the baseline) stays
 * a group of its own: its category's marker beside "S" or "n/r", never a height.
 * Order of painting is the per-cell order of old: bands, then per category its bars and their markers, points,
 * status marks (lines go before them all, see `lineNodes`). Keys are category ids, so an update that changes one
 * category touches only its paths.
 */
export function markNodes(layout: ChartLayout, idPrefix: string): SvgNode[] {
  const byCategory = layout.categories.map((): Category => ({ bands: [], bars: [], patterned: [], points: [] }));
  const placeholders: Placeholder[] = [];
  for (const mark of layout.marks) {
    if (mark.type === 'placeholder') placeholders.push(mark);
    else if (mark.type === 'band') byCategory[mark.c]!.bands.push(mark);
    else if (mark.type === 'point') byCategory[mark.c]!.points.push(mark);
    else (mark.pattern ? byCategory[mark.c]!.patterned : byCategory[mark.c]!.bars).push(mark);
  }
  const nodes: SvgNode[] = [];
  /** One path for marks of category c: keyed by kind and category id, its quarters in `data-q`. */
  const path = (
    kind: string,
    c: number,
    marks: ReadonlyArray<{ q: number }>,
    attrs: { class: string; d: string; 'data-shape'?: string; fill?: string },
  ): void => {
    if (marks.length)
      nodes.push({
        tag: 'path',
        key: `${kind}:${layout.categories[c]!.id}`,
        attrs: { ...attrs, 'data-c': c, 'data-q': quartersOf(marks) },
      });
  };
  byCategory.forEach(({ bands }, c) => path('band', c, bands, { class: 'band', d: bands.map(rectPath).join('') }));
  byCategory.forEach(({ bars, patterned, points }, c) => {
    const { color, shape, fill } = layout.categories[c]!;
    const cue = `${shape} ${fill}`;
    path('bars', c, bars, { class: `mark bar c${color}`, 'data-shape': cue, d: bars.map(rectPath).join('') });
    path('patterned', c, patterned, {
      class: `mark bar c${color} patterned`,
      'data-shape': cue,
      d: patterned.map(rectPath).join(''),
      fill: `url(#${patternId(idPrefix, c)})`,
    });
    const marked = bars.filter((bar) => bar.marker);
    path('markers', c, marked, {
      class: `marker c${color}`,
      d: marked.map(({ marker: m }) => markerPathFilled(shape, fill, m!.x, m!.y, m!.size)).join(''),
    });
    path('points', c, points, {
      class: `mark point c${color}`,
      'data-shape': cue,
      d: points.map((p) => markerPathFilled(p.shape, p.fill, p.x, p.y, p.size)).join(''),
    });
  });
  for (const mark of placeholders) nodes.push(placeholderNode(mark));
  return nodes;
}

/**
 * A status mark: "S" or "n/r" (or "3 S" for several cells of a quarter) in the row under the baseline, beside its
 * category's marker when it stands for one category, over a transparent box the pointer can find.
 */
function placeholderNode(mark: Placeholder): SvgNode {
  const cells = mark.cells.map((cell) => `${cell.q}:${cell.c}`).join(' ');
  const first = mark.cells[0]!;
  const marker = mark.marker;
  const textX = marker ? round(mark.x + marker.size + 3) : round(mark.x + mark.width / 2);
  return {
    tag: 'g',
    key: `placeholder:${cells}`,
    attrs: { class: `placeholder ${mark.status}`, 'data-q': first.q, 'data-c': first.c, 'data-cells': cells },
    children: [
      {
        tag: 'rect',
        attrs: { class: 'placeholder-hit', x: mark.x, y: mark.y, width: mark.width, height: mark.height },
      },
      ...(marker
        ? [
            {
              tag: 'path' as const,
              attrs: {
                class: `marker status-marker c${marker.color}`,
                'data-shape': `${marker.shape} ${marker.fill}`,
                d: markerPathFilled(marker.shape, marker.fill, marker.x, marker.y, marker.size),
              },
            },
          ]
        : []),
      {
        tag: 'text',
        attrs: {
          class: 'placeholder-label',
          x: textX,
          y: round(mark.y + mark.height / 2),
          dy: '0.35em',
          'text-anchor': marker ? 'start' : 'middle',
        },
        text: mark.label,
      },
    ],
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A ring around the focused cell's anchor, drawn above the marks: one element, moved as the focus moves. */
export function focusRingNode(layout: ChartLayout, active: { q: number; c: number } | undefined): SvgNode | undefined {
  const cell = active ? layout.cells[active.q]?.[active.c] : undefined;
  if (!cell) return undefined;
  const mark = layout.marks.find((m) =>
    m.type === 'placeholder' ? m.cells.some((k) => k.q === cell.q && k.c === cell.c) : m.q === cell.q && m.c === cell.c,
  );
  if (mark && (mark.type === 'bar' || mark.type === 'placeholder' || mark.type === 'band'))
    return {
      tag: 'rect',
      key: 'focus-ring',
      attrs: {
        class: 'focus-ring',
        x: round(mark.x - 3),
        y: round(mark.y - 3),
        width: round(mark.width + 6),
        height: round(mark.height + 6),
        rx: 2,
      },
    };
  return {
    tag: 'circle',
    key: 'focus-ring',
    attrs: { class: 'focus-ring', cx: cell.anchor.x, cy: cell.anchor.y, r: 9 },
  };
}

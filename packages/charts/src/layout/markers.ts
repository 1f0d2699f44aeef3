/**
 * The report's marker cycle (● ◆ ■ ▲ ▼): the order a Highcharts line chart gives its series, read down each
 * column of the seed's legends. Two more shapes (✚ ★) stay available to callers but are not in the cycle.
 */
export const MARKER_SHAPES = ['circle', 'diamond', 'square', 'triangle-up', 'triangle-down', 'plus', 'star'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** The shapes categories take in turn, as the report does. */
export const MARKER_CYCLE = ['circle', 'diamond', 'square', 'triangle-up', 'triangle-down'] as const;

/**
 * How a marker is filled: solid for the first turn of the cycle, a ring (the shape with a hole of its own shape)
 * for the second, a ring with a centre dot for the third. With five shapes that is 15 categories whose marks differ
 * without colour (in forced colours, greyscale, print): more than the 12 a chart draws before it becomes a table.
 */
export const MARKER_FILLS = ['solid', 'ring', 'dot'] as const;
export type MarkerFill = (typeof MARKER_FILLS)[number];

/** The glyph for a shape, as the report prints it in its legends. */
export const MARKER_GLYPHS: Record<MarkerShape, string> = {
  circle: '●',
  diamond: '◆',
  square: '■',
  'triangle-up': '▲',
  'triangle-down': '▼',
  plus: '✚',
  star: '★',
};

/**
 * A category's colour slot (1..8, cycling) and its non-colour cue: shape (cycle of 5) and fill (solid, ring, dot).
 * The shape-and-fill is unique for 15 categories, the colour-shape-fill triple for 120.
 */
export function categoryStyle(index: number): { color: number; shape: MarkerShape; fill: MarkerFill } {
  const turn = Math.floor(index / MARKER_CYCLE.length) % MARKER_FILLS.length;
  return { color: (index % 8) + 1, shape: MARKER_CYCLE[index % MARKER_CYCLE.length]!, fill: MARKER_FILLS[turn]! };
}

/**
 * A marker as one path: a ring is the shape with a smaller copy cut out, a dot ring has a yet smaller copy filled
 * again in the middle. The hole runs the other way round, so the marker looks the same with either fill rule: with
 * the default (nonzero) the markers of a category drawn as one path add up where they overlap instead of cancelling
 * out. One path, so one fill colour carries it everywhere.
 */
export function markerPathFilled(shape: MarkerShape, fill: MarkerFill, x: number, y: number, size: number): string {
  const outer = markerPath(shape, x, y, size);
  if (fill === 'solid') return outer;
  const hole = markerPath(shape, x, y, size * 0.5, true);
  return fill === 'ring'
    ? `${outer}${hole}`
    : `${outer}${markerPath(shape, x, y, size * 0.64, true)}${markerPath('circle', x, y, size * 0.28)}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The corners of a polygonal marker, in the order `markerPath` draws them. */
function corners(shape: Exclude<MarkerShape, 'circle'>, x: number, y: number, size: number): Array<[number, number]> {
  const r = size / 2;
  switch (shape) {
    case 'square': {
      const s = r * 0.88;
      return [
        [x - s, y - s],
        [x + s, y - s],
        [x + s, y + s],
        [x - s, y + s],
      ];
    }
    case 'triangle-down':
      return [
        [x - r, y - r * 0.8],
        [x + r, y - r * 0.8],
        [x, y + r],
      ];
    case 'triangle-up':
      return [
        [x - r, y + r * 0.8],
        [x + r, y + r * 0.8],
        [x, y - r],
      ];
    case 'diamond':
      return [
        [x, y - r],
        [x + r, y],
        [x, y + r],
        [x - r, y],
      ];
    case 'plus': {
      const t = r * 0.36;
      return [
        [x - t, y - r],
        [x + t, y - r],
        [x + t, y - t],
        [x + r, y - t],
        [x + r, y + t],
        [x + t, y + t],
        [x + t, y + r],
        [x - t, y + r],
        [x - t, y + t],
        [x - r, y + t],
        [x - r, y - t],
        [x - t, y - t],
      ];
    }
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
      });
  }
}

/**
 * An SVG path for a marker of `size` (its bounding box) centred on (x, y); `reverse` draws it the other way round
 * (a hole in a marker, see `markerPathFilled`).
 */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number, reverse = false): string {
  const r = size / 2;
  if (reverse) {
    if (shape === 'circle')
      return `M${round(x - r)},${round(y)}a${round(r)},${round(r)} 0 1,1 ${round(size)},0a${round(r)},${round(r)} 0 1,1 ${round(-size)},0Z`;
    const [first, ...rest] = corners(shape, x, y, size);
    return `M${[first!, ...rest.reverse()].map(([px, py]) => `${round(px)},${round(py)}`).join('L')}Z`;
  }
  switch (shape) {
    case 'circle':
      return `M${round(x - r)},${round(y)}a${round(r)},${round(r)} 0 1,0 ${round(size)},0a${round(r)},${round(r)} 0 1,0 ${round(-size)},0Z`;
    case 'square': {
      const s = r * 0.88;
      return `M${round(x - s)},${round(y - s)}h${round(2 * s)}v${round(2 * s)}h${round(-2 * s)}Z`;
    }
    case 'triangle-down':
      return `M${round(x - r)},${round(y - r * 0.8)}h${round(size)}L${round(x)},${round(y + r)}Z`;
    case 'triangle-up':
      return `M${round(x - r)},${round(y + r * 0.8)}h${round(size)}L${round(x)},${round(y - r)}Z`;
    case 'diamond':
      return `M${round(x)},${round(y - r)}L${round(x + r)},${round(y)}L${round(x)},${round(y + r)}L${round(x - r)},${round(y)}Z`;
    case 'plus': {
      const t = r * 0.36; // half the bar's thickness
      return (
        `M${round(x - t)},${round(y - r)}h${round(2 * t)}v${round(r - t)}h${round(r - t)}v${round(2 * t)}` +
        `h${round(t - r)}v${round(r - t)}h${round(-2 * t)}v${round(t - r)}h${round(t - r)}v${round(-2 * t)}h${round(r - t)}Z`
      );
    }
    case 'star':
      // Five points, the inner radius 0.45 of the outer, the first point straight up.
      return `M${corners(shape, x, y, size)
        .map(([px, py]) => `${round(px)},${round(py)}`)
        .join('L')}Z`;
  }
}

/**
 * The report's marker shapes, in its order (● ■ ▼ ◆ ▲), then two more (✚ ★) so that the first seven
 * categories never share a shape: with five, the sixth category repeated the first one's circle.
 */
export const MARKER_SHAPES = ['circle', 'square', 'triangle-down', 'diamond', 'triangle-up', 'plus', 'star'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** The glyph for a shape, as the report prints it in its legends. */
export const MARKER_GLYPHS: Record<MarkerShape, string> = {
  circle: '●',
  square: '■',
  'triangle-down': '▼',
  diamond: '◆',
  'triangle-up': '▲',
  plus: '✚',
  star: '★',
};

/** Colour slots and shapes cycle independently (8 and 7), so the pair is unique for 56 categories. */
export function categoryStyle(index: number): { color: number; shape: MarkerShape } {
  return { color: (index % 8) + 1, shape: MARKER_SHAPES[index % MARKER_SHAPES.length]! };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** An SVG path for a marker of `size` (its bounding box) centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const r = size / 2;
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
    case 'star': {
      // Five points, the inner radius 0.45 of the outer, the first point straight up.
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return `${round(x + radius * Math.cos(angle))},${round(y + radius * Math.sin(angle))}`;
      });
      return `M${points.join('L')}Z`;
    }
  }
}

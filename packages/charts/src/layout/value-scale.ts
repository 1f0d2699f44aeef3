import { nice, ticks } from 'd3-array';

/**
 * A linear value scale: domain [0, max] made nice with d3-array, mapped to a pixel range. d3-scale's scaleLinear
 * would do the same but brings d3-interpolate and d3-color (about 16 KB) into the bundle for number ranges only.
 */
export interface ValueScale {
  (value: number): number;
  domain(): [number, number];
  range(range: [number, number]): ValueScale;
  ticks(count: number): number[];
}

export function valueScaleOf(max: number, count: number, range: [number, number]): ValueScale {
  const [d0, d1] = nice(0, max, count) as [number, number];
  let [r0, r1] = range;
  const scale = ((value: number) => (d1 === d0 ? r0 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0))) as ValueScale;
  scale.domain = () => [d0, d1];
  scale.range = (next) => {
    [r0, r1] = next;
    return scale;
  };
  scale.ticks = (n) => ticks(d0, d1, n);
  return scale;
}

/**
 * A band scale: what d3-scale's `scaleBand` computes (centred bands, no rounding), for the keys it is given. The
 * layout makes one for every plot and every panel probe; d3's keeps its keys in an InternMap and was a tenth of an
 * update's script in profiles. A test holds the two equal.
 */
export interface BandScale {
  /** The start of a key's band, or undefined for a key not in the domain (as d3). */
  (key: number): number | undefined;
  step(): number;
  bandwidth(): number;
}

export function bandScale(
  keys: readonly number[],
  [r0, r1]: readonly [number, number],
  paddingInner: number,
  paddingOuter = 0,
): BandScale {
  // d3-scale's band.js rescale(), with align 0.5 and round false.
  const inner = Math.min(1, paddingInner);
  // The domain without repeats (d3 keeps a key's first place).
  const order = new Map<number, number>();
  for (const key of keys) if (!order.has(key)) order.set(key, order.size);
  const n = order.size;
  const reverse = r1 < r0;
  let start = reverse ? r1 : r0;
  const stop = reverse ? r0 : r1;
  const step = (stop - start) / Math.max(1, n - inner + paddingOuter * 2);
  start += (stop - start - step * (n - inner)) * 0.5;
  const bandwidth = step * (1 - inner);
  const scale = ((key: number) => {
    const i = order.get(key);
    return i === undefined ? undefined : start + step * (reverse ? n - 1 - i : i);
  }) as BandScale;
  scale.step = () => step;
  scale.bandwidth = () => bandwidth;
  return scale;
}

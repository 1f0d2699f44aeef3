/** A small seeded PRNG (mulberry32): the same seed always gives the same sequence, on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Number of successes in n trials of probability p (exact for the small n of one organization's clients). */
export function binomial(random: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}

/** Splits n into parts drawn with the given weights (a multinomial draw by sequential binomials). */
export function multinomial(random: () => number, n: number, weights: readonly number[]): number[] {
  let remaining = n;
  let weightLeft = weights.reduce((a, b) => a + b, 0);
  return weights.map((w, i) => {
    if (i === weights.length - 1) return remaining;
    const k = weightLeft > 0 ? binomial(random, remaining, Math.min(1, w / weightLeft)) : 0;
    remaining -= k;
    weightLeft -= w;
    return k;
  });
}

/** A stable 32-bit hash of a string (FNV-1a), so weights depend on ids, not on list order. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

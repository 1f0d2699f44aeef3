/**
 * Exact integer vector arithmetic for elimination over 0/±1 relations.
 *
 * Rows are kept as integer vectors up to a positive scale (an equation or a direction does not change when
 * multiplied by a constant), combined without division and divided by their gcd after each step. For the
 * relations of a quarter × category table (a bipartite incidence matrix plus a grand total) the entries stay
 * tiny; every step is still checked against 2^53 so a rank decision is never float noise.
 */

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const x = Math.abs(v[i]!);
    if (x > m) m = x;
  }
  return m;
}

/** Divides v by the gcd of its entries, in place. */
export function normalize(v: Float64Array): Float64Array {
  let g = 0;
  for (let i = 0; i < v.length && g !== 1; i++) if (v[i] !== 0) g = gcd(g, v[i]!);
  if (g > 1) for (let i = 0; i < v.length; i++) v[i] = v[i]! / g;
  return v;
}

/** v ← a·v − b·u, then divided by its gcd; throws rather than round. */
export function combine(v: Float64Array, a: number, u: Float64Array, b: number): Float64Array {
  if (Math.abs(a) * maxAbs(v) + Math.abs(b) * maxAbs(u) > Number.MAX_SAFE_INTEGER)
    throw new RangeError('exact elimination left the safe integer range');
  for (let i = 0; i < v.length; i++) v[i] = a * v[i]! - b * u[i]!;
  return normalize(v);
}

/**
 * The component of x that is independent of w: w[j]·x − x[j]·w, where j is w's first non-zero entry.
 * Zero exactly when x is a multiple of w. Returns a new vector.
 */
export function project(x: Float64Array, w: Float64Array, j: number): Float64Array {
  const out = Float64Array.from(x);
  if (x[j] === 0) return out;
  return combine(out, w[j]!, w, x[j]!);
}

export function firstNonZero(v: Float64Array): number {
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) return i;
  return -1;
}

export function isZero(v: Float64Array): boolean {
  return firstNonZero(v) < 0;
}

/** A key shared by exactly the vectors that are non-zero multiples of each other. */
export function directionKey(v: Float64Array): string {
  let g = 0;
  let sign = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (x === 0) continue;
    if (sign === 0) sign = x > 0 ? 1 : -1;
    g = gcd(g, x);
  }
  let key = '';
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) key += `${i}:${(v[i]! / g) * sign},`;
  return key;
}

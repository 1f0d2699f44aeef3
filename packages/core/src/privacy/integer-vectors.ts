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

/** Divides v by the gcd of its entries, in place. */
export function normalize(v: Float64Array): Float64Array {
  let g = 0;
  for (let i = 0; i < v.length && g !== 1; i++) if (v[i] !== 0) g = gcd(g, v[i]!);
  if (g > 1) for (let i = 0; i < v.length; i++) v[i] = v[i]! / g;
  return v;
}

/** v ← a·v − b·u, then divided by its gcd; throws rather than round (a rounded v is never returned). */
export function combine(v: Float64Array, a: number, u: Float64Array, b: number): Float64Array {
  let vMax = 0;
  let uMax = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    const y = u[i]!;
    if (x > vMax) vMax = x;
    else if (-x > vMax) vMax = -x;
    if (y > uMax) uMax = y;
    else if (-y > uMax) uMax = -y;
    v[i] = a * x - b * y;
  }
  if (Math.abs(a) * vMax + Math.abs(b) * uMax > Number.MAX_SAFE_INTEGER)
    throw new RangeError('exact elimination left the safe integer range');
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

/**
 * A hash shared by all non-zero multiples of a vector (of its gcd-reduced, sign-fixed form). Equal hashes only
 * suggest parallel vectors: confirm with `parallel`.
 */
export function directionHash(v: Float64Array): number {
  let g = 0;
  let sign = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (x === 0) continue;
    if (sign === 0) sign = x > 0 ? 1 : -1;
    g = gcd(g, x);
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < v.length; i++) {
    if (v[i] === 0) continue;
    h = Math.imul(h ^ i, 0x01000193);
    h = Math.imul(h ^ ((v[i]! / g) * sign), 0x01000193);
  }
  return h;
}

/** Whether x and y are non-zero multiples of each other, exactly. */
export function parallel(x: Float64Array, y: Float64Array): boolean {
  const j = firstNonZero(y);
  if (j < 0 || x[j] === 0) return false;
  for (let i = 0; i < x.length; i++) if (x[i]! * y[j]! !== y[i]! * x[j]!) return false;
  return true;
}

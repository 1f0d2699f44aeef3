import { combine, gcd } from './integer-vectors.js';

/**
 * A small exact simplex for the attacker's problem: the bounds of one hidden cell over { x >= 0 : A x = b }.
 *
 * Every tableau row is an equation kept as integers up to a positive scale (see integer-vectors), so pivots
 * never round. The objective row carries its own z coefficient, so a value is a fraction rhs / z. Bland's rule
 * (lowest index enters, lowest basic index leaves on ties) rules out cycling on these very degenerate problems.
 * Phase 1 runs once per publication; each bound is a phase 2 that starts from the basis the previous one ended
 * on (every basis reached is feasible, and neighbouring cells tend to share their optima), so it is short.
 */

/** A non-negative fraction or +Infinity, as numerator and positive denominator. */
export type Bound = { num: number; den: number } | 'unbounded';

export class ExactLP {
  /** False when no x >= 0 satisfies the relations (the publication contradicts itself). */
  readonly feasible: boolean;
  private readonly vars: number;
  private rows: Float64Array[];
  private basis: number[];

  /** A: integer rows over `vars` variables; b: integer right-hand sides. */
  constructor(A: readonly Float64Array[], b: readonly number[], vars: number) {
    this.vars = vars;
    const m = A.length;
    const width = vars + m + 2; // variables, artificials, right-hand side, z
    const rhs = vars + m;
    this.rows = A.map((a, i) => {
      const row = new Float64Array(width);
      const sign = b[i]! < 0 ? -1 : 1;
      for (let j = 0; j < vars; j++) row[j] = sign * a[j]!;
      row[vars + i] = 1;
      row[rhs] = sign * b[i]!;
      return row;
    });
    this.basis = A.map((_, i) => vars + i);
    // Phase 1: maximize -(sum of artificials), written with the artificials eliminated.
    const objective = new Float64Array(width);
    for (const row of this.rows) for (let j = 0; j < vars; j++) objective[j] = objective[j]! - row[j]!;
    objective[rhs] = -this.rows.reduce((s, row) => s + row[rhs]!, 0);
    objective[width - 1] = 1;
    this.run(objective, vars);
    this.feasible = objective[rhs] === 0;
    if (this.feasible) this.dropArtificials();
  }

  /** max c·x over the feasible set; c has one integer per variable. */
  maximize(c: readonly number[]): Bound {
    if (!this.feasible) throw new Error('maximize() on an infeasible problem');
    const width = this.vars + 2;
    const objective = new Float64Array(width);
    for (let j = 0; j < this.vars; j++) objective[j] = -c[j]!;
    objective[width - 1] = 1;
    this.rows.forEach((row, i) => {
      const beta = this.basis[i]!;
      if (objective[beta] !== 0) combine(objective, row[beta]!, row, objective[beta]!);
    });
    // An unbounded ray leaves the basis where it was: still feasible for the next objective.
    if (!this.run(objective, this.vars)) return 'unbounded';
    const num = objective[width - 2]!;
    const den = objective[width - 1]!;
    const g = gcd(num, den) || 1;
    return { num: num / g, den: den / g };
  }

  /** Pivots until optimal (true) or unbounded (false); only the first `enter` columns may enter. */
  private run(objective: Float64Array, enter: number): boolean {
    const rhs = objective.length - 2;
    for (;;) {
      let j = -1;
      for (let k = 0; k < enter; k++)
        if (objective[k]! < 0) {
          j = k;
          break;
        }
      if (j < 0) return true;
      let r = -1;
      for (let i = 0; i < this.rows.length; i++) {
        const row = this.rows[i]!;
        if (row[j]! <= 0) continue;
        if (r < 0) {
          r = i;
          continue;
        }
        const best = this.rows[r]!;
        const order = compareFractions(row[rhs]!, row[j]!, best[rhs]!, best[j]!);
        if (order < 0 || (order === 0 && this.basis[i]! < this.basis[r]!)) r = i;
      }
      if (r < 0) return false;
      this.pivot(r, j, objective);
    }
  }

  private pivot(r: number, j: number, objective: Float64Array): void {
    const row = this.rows[r]!;
    this.rows.forEach((other, i) => {
      if (i !== r && other[j] !== 0) combine(other, row[j]!, row, other[j]!);
    });
    if (objective[j] !== 0) combine(objective, row[j]!, row, objective[j]!);
    this.basis[r] = j;
  }

  /** Pivots artificials that stay basic (at zero) out of the basis, drops redundant rows and artificial columns. */
  private dropArtificials(): void {
    const vars = this.vars;
    const scratch = new Float64Array(this.rows[0]?.length ?? 0);
    for (let i = this.rows.length - 1; i >= 0; i--) {
      if (this.basis[i]! < vars) continue;
      const row = this.rows[i]!;
      const j = row.findIndex((x, k) => k < vars && x !== 0);
      if (j < 0) {
        this.rows.splice(i, 1);
        this.basis.splice(i, 1);
        continue;
      }
      if (row[j]! < 0) for (let k = 0; k < row.length; k++) row[k] = -row[k]!;
      this.pivot(i, j, scratch);
    }
    const rhs = this.rows[0] ? this.rows[0].length - 2 : 0;
    this.rows = this.rows.map((row) => {
      const kept = new Float64Array(vars + 2);
      kept.set(row.subarray(0, vars));
      kept[vars] = row[rhs]!;
      return kept;
    });
  }
}

/** Sign of a/b - c/d for positive b and d, exactly. */
function compareFractions(a: number, b: number, c: number, d: number): number {
  const left = a * d;
  const right = c * b;
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right))
    throw new RangeError('exact simplex left the safe integer range');
  return Math.sign(left - right);
}

/** ⌈num / den⌉ and ⌊num / den⌋ for a positive denominator, exactly. */
export function ceilDiv(num: number, den: number): number {
  const q = Math.floor(num / den);
  return (q * den < num ? q + 1 : q) || 0; // never -0
}

export function floorDiv(num: number, den: number): number {
  const q = Math.floor(num / den);
  return (q * den > num ? q - 1 : q) || 0;
}

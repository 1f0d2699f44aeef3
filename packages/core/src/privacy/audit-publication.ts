import { ExactLP, ceilDiv, floorDiv } from './exact-simplex.js';
import { isZero } from './integer-vectors.js';
import { KnownSpace } from './known-space.js';

/** A published linear relation: sum of coefficients[i] * cells[i] = value (coefficients are integers, usually 0/±1). */
export interface PublishedRelation {
  coefficients: readonly number[];
  value: number;
}

/** What an attacker sees: every cell's published value or null when hidden, and the published relations. */
export interface Publication {
  cells: readonly (number | null)[];
  relations: readonly PublishedRelation[];
  /** Known upper bounds per cell, when published (a multi-select cell never exceeds the client count). */
  upper?: readonly (number | null | undefined)[];
}

export interface HiddenCellAudit {
  /** Index into `cells`. */
  cell: number;
  /** The cell's unit vector lies in the row space of the relations once published cells are substituted. */
  recoverable: boolean;
  /** The smallest and largest whole count consistent with everything published (upper may be Infinity). */
  lower: number;
  upper: number;
}

export interface AuditReport {
  /** False when no non-negative values satisfy the relations: the publication contradicts itself. */
  consistent: boolean;
  hidden: HiddenCellAudit[];
  /** The hidden cells an attacker can compute exactly, by linear algebra or by bounds that meet. */
  disclosed: number[];
}

/** The attacker's linear system over the hidden cells (then a slack per upper bound). */
interface AttackProblem {
  hidden: number[];
  column: Map<number, number>;
  vars: number;
  A: Float64Array[];
  b: number[];
  /** How many of the rows are published relations (the rest are upper bounds). */
  relations: number;
}

function attackProblem(publication: Publication): AttackProblem {
  const { cells, relations } = publication;
  const hidden = cells.flatMap((v, i) => (v === null ? [i] : []));
  const column = new Map(hidden.map((cell, j) => [cell, j]));
  const bounded = hidden.filter((cell) => isFiniteNumber(publication.upper?.[cell]));
  const vars = hidden.length + bounded.length;
  const A: Float64Array[] = [];
  const b: number[] = [];
  for (const relation of relations) {
    if (relation.coefficients.length !== cells.length)
      throw new RangeError(`a relation has ${relation.coefficients.length} coefficients for ${cells.length} cells`);
    const row = new Float64Array(vars);
    let rest = relation.value;
    relation.coefficients.forEach((a, i) => {
      if (a === 0) return;
      if (!Number.isInteger(a)) throw new RangeError('relation coefficients must be integers');
      const published = cells[i];
      if (published === null || published === undefined) row[column.get(i)!] = a;
      else rest -= a * published;
    });
    A.push(row);
    b.push(rest);
  }
  bounded.forEach((cell, k) => {
    const row = new Float64Array(vars);
    row[column.get(cell)!] = 1;
    row[hidden.length + k] = 1;
    A.push(row);
    b.push(publication.upper![cell] as number);
  });
  if (!b.every(Number.isInteger)) throw new RangeError('published values must be whole numbers');
  return { hidden, column, vars, A, b, relations: relations.length };
}

/**
 * Audits a publication as an attacker would: which hidden cells are exactly recoverable, and the interval an
 * attacker can deduce for each, by linear programming over the relations with every cell >= 0 (and the
 * published upper bounds). Cells are counts, so bounds are rounded inward to whole numbers.
 */
export function auditPublication(publication: Publication): AuditReport {
  const { hidden, vars, A, b, relations } = attackProblem(publication);
  const space = new KnownSpace(vars);
  for (const row of A.slice(0, relations)) {
    const w = space.reduce(row);
    if (!isZero(w)) space.addRelation(w);
  }
  const lp = new ExactLP(A, b, vars);
  const audits = hidden.map((cell, j): HiddenCellAudit => {
    const recoverable = isZero(space.residual(j));
    if (!lp.feasible) return { cell, recoverable, lower: 0, upper: Infinity };
    const high = lp.maximize(unit(vars, j, 1));
    const low = lp.maximize(unit(vars, j, -1));
    return {
      cell,
      recoverable,
      lower: low === 'unbounded' ? 0 : ceilDiv(-low.num, low.den),
      upper: high === 'unbounded' ? Infinity : floorDiv(high.num, high.den),
    };
  });
  return {
    consistent: lp.feasible,
    hidden: audits,
    disclosed: audits.filter((a) => a.recoverable || a.lower === a.upper).map((a) => a.cell),
  };
}

/**
 * Of the given hidden cells, whose true value is 0 or their upper bound, those an attacker can pin by bounds
 * alone: 0 is also the largest value the relations allow, or the bound also the smallest. (Once no hidden cell
 * is pinned that way, a cell is determined exactly when it is linearly recoverable.)
 */
export function pinnedAtBounds(publication: Publication, tight: ReadonlyArray<{ cell: number; value: number }>): number[] {
  if (tight.length === 0) return [];
  const { column, vars, A, b } = attackProblem(publication);
  const lp = new ExactLP(A, b, vars);
  if (!lp.feasible) return [];
  return tight
    .filter(({ cell, value }) => {
      const j = column.get(cell)!;
      if (value === 0) {
        const high = lp.maximize(unit(vars, j, 1));
        return high !== 'unbounded' && high.num <= 0;
      }
      const low = lp.maximize(unit(vars, j, -1));
      return low !== 'unbounded' && -low.num >= value * low.den;
    })
    .map(({ cell }) => cell);
}

function unit(length: number, j: number, sign: number): number[] {
  const v = new Array<number>(length).fill(0);
  v[j] = sign;
  return v;
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

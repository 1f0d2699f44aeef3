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

/**
 * The attacker's linear system over the hidden cells (then a slack per upper bound), split into independent
 * parts: hidden cells linked through a relation share a part, and each part is its own small problem.
 */
interface AttackProblem {
  hidden: number[];
  /** False when a relation over published cells only does not add up. */
  consistent: boolean;
  parts: AttackPart[];
  /** partOf[j], position[j]: where hidden cell j (an index into `hidden`) sits. */
  partOf: number[];
  position: number[];
}

interface AttackPart {
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
  let consistent = true;
  const rows: Array<{ terms: Array<[number, number]>; rest: number }> = [];
  for (const relation of relations) {
    if (relation.coefficients.length !== cells.length)
      throw new RangeError(`a relation has ${relation.coefficients.length} coefficients for ${cells.length} cells`);
    const terms: Array<[number, number]> = [];
    let rest = relation.value;
    relation.coefficients.forEach((a, i) => {
      if (a === 0) return;
      if (!Number.isInteger(a)) throw new RangeError('relation coefficients must be integers');
      const published = cells[i];
      if (published === null || published === undefined) terms.push([column.get(i)!, a]);
      else rest -= a * published;
    });
    if (!Number.isInteger(rest)) throw new RangeError('published values must be whole numbers');
    if (terms.length) rows.push({ terms, rest });
    else if (rest !== 0) consistent = false;
  }

  // Union-find over hidden cells: a relation links all its hidden cells.
  const parent = hidden.map((_, j) => j);
  const find = (j: number): number => (parent[j] === j ? j : (parent[j] = find(parent[j]!)));
  for (const { terms } of rows) for (const [j] of terms) parent[find(j)] = find(terms[0]![0]);
  const partIndex = new Map<number, number>();
  const partOf = hidden.map((_, j) => {
    const root = find(j);
    if (!partIndex.has(root)) partIndex.set(root, partIndex.size);
    return partIndex.get(root)!;
  });
  const members: number[][] = Array.from({ length: partIndex.size }, () => []);
  const position = hidden.map((_, j) => members[partOf[j]!]!.push(j) - 1);
  const upper = hidden.map((cell) => publication.upper?.[cell]);
  const parts = members.map((vars, k): AttackPart => {
    const bounded = vars.filter((j) => isFiniteNumber(upper[j]));
    const width = vars.length + bounded.length;
    const A: Float64Array[] = [];
    const b: number[] = [];
    for (const { terms, rest } of rows) {
      if (partOf[terms[0]![0]] !== k) continue;
      const row = new Float64Array(width);
      for (const [j, a] of terms) row[position[j]!] = a;
      A.push(row);
      b.push(rest);
    }
    const relationCount = A.length;
    bounded.forEach((j, s) => {
      const row = new Float64Array(width);
      row[position[j]!] = 1;
      row[vars.length + s] = 1;
      A.push(row);
      const u = upper[j]!;
      if (!Number.isInteger(u)) throw new RangeError('published upper bounds must be whole numbers');
      b.push(u);
    });
    return { vars: width, A, b, relations: relationCount };
  });
  return { hidden, consistent, parts, partOf, position };
}

/**
 * Audits a publication as an attacker would: which hidden cells are exactly recoverable, and the interval an
 * attacker can deduce for each, by linear programming over the relations with every cell >= 0 (and the
 * published upper bounds). Cells are counts, so bounds are rounded inward to whole numbers.
 */
export function auditPublication(publication: Publication): AuditReport {
  const problem = attackProblem(publication);
  const solved = problem.parts.map((part) => {
    const space = new KnownSpace(part.vars);
    for (const row of part.A.slice(0, part.relations)) {
      const w = space.reduce(row);
      if (!isZero(w)) space.addRelation(w);
    }
    return { space, lp: new ExactLP(part.A, part.b, part.vars) };
  });
  const consistent = problem.consistent && solved.every(({ lp }) => lp.feasible);
  const audits = problem.hidden.map((cell, j): HiddenCellAudit => {
    const part = problem.parts[problem.partOf[j]!]!;
    const { space, lp } = solved[problem.partOf[j]!]!;
    const at = problem.position[j]!;
    const recoverable = isZero(space.residual(at));
    if (!consistent) return { cell, recoverable, lower: 0, upper: Infinity };
    const high = lp.maximize(unit(part.vars, at, 1));
    const low = lp.maximize(unit(part.vars, at, -1));
    return {
      cell,
      recoverable,
      lower: low === 'unbounded' ? 0 : ceilDiv(-low.num, low.den),
      upper: high === 'unbounded' ? Infinity : floorDiv(high.num, high.den),
    };
  });
  return {
    consistent,
    hidden: audits,
    disclosed: audits.filter((a) => a.recoverable || a.lower === a.upper).map((a) => a.cell),
  };
}

/**
 * Of the given hidden cells, whose true value is 0 or their upper bound, those an attacker can pin by bounds
 * alone: 0 is also the largest value the relations allow, or the bound also the smallest. (Once no hidden cell
 * is pinned that way, a cell is determined exactly when it is linearly recoverable.)
 */
export function pinnedAtBounds(
  publication: Publication,
  tight: ReadonlyArray<{ cell: number; value: number }>,
): number[] {
  if (tight.length === 0) return [];
  const problem = attackProblem(publication);
  if (!problem.consistent) return [];
  const lps = new Map<number, ExactLP>();
  const solver = (k: number) => {
    const part = problem.parts[k]!;
    if (!lps.has(k)) lps.set(k, new ExactLP(part.A, part.b, part.vars));
    return lps.get(k)!;
  };
  const indexOf = new Map(problem.hidden.map((cell, j) => [cell, j]));
  return tight
    .filter(({ cell, value }) => {
      const j = indexOf.get(cell)!;
      const k = problem.partOf[j]!;
      const lp = solver(k);
      if (!lp.feasible) return false;
      const vars = problem.parts[k]!.vars;
      if (value === 0) {
        const high = lp.maximize(unit(vars, problem.position[j]!, 1));
        return high !== 'unbounded' && high.num <= 0;
      }
      const low = lp.maximize(unit(vars, problem.position[j]!, -1));
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

import { directionHash, firstNonZero, isZero, parallel, project } from './integer-vectors.js';
import { KnownSpace } from './known-space.js';

/**
 * Complementary suppression by Gaussian elimination, after Statistics Norway's GaussSuppression (Langsrud 2024).
 *
 * Everything starts hidden and nothing known. Candidates (cells and totals that may be published) are tried in
 * order, most wanted first; a candidate is published when, with it known, no protected cell or protected total
 * becomes derivable, and is otherwise suppressed. Primary cells never become candidates.
 *
 * The singleton problem: a cell that one party knows exactly (one contributing organization) is as good as
 * published to that party. So a protected cell must also stay underivable when any one such hidden cell is
 * known besides the published ones (the "two hidden 1s in a row" case forces a third hidden cell).
 */

export interface SuppressionModel {
  /** Number of inner cells (reported cells of the table). */
  n: number;
  /** primary[c]: cell c must be hidden and stay underivable. */
  primary: readonly boolean[];
  /** singleton[c]: one party knows cell c exactly (its only contributor). */
  singleton: readonly boolean[];
  /** Linear totals over inner cells; a primary total must be hidden and stay underivable. */
  totals: readonly { cells: readonly number[]; primary: boolean }[];
  /** Candidates for publication, most wanted first: every other non-primary cell and total, once. */
  order: readonly Candidate[];
  /** Cells an attacker knows anyway (e.g. zeros the published bounds pin): published before anything else. */
  known?: readonly number[];
  /** Totals an attacker knows anyway (an earlier release's): learnt before any candidate, never candidates. */
  knownTotals?: readonly number[];
}

export type Candidate = { kind: 'cell'; index: number } | { kind: 'total'; index: number };

/** Why an output is not published. */
export type Verdict = 'published' | 'primary' | 'complementary' | 'singleton';

export interface SuppressionOutcome {
  cells: Verdict[];
  totals: Verdict[];
}

export function suppressComplementary(model: SuppressionModel): SuppressionOutcome {
  const { n } = model;
  const cells: Verdict[] = model.primary.map((p) => (p ? 'primary' : 'published'));
  const totals: Verdict[] = model.totals.map((t) => (t.primary ? 'primary' : 'published'));
  const primaryCells = cells.flatMap((v, c) => (v === 'primary' ? [c] : []));
  if (primaryCells.length === 0 && !model.totals.some((t) => t.primary)) return { cells, totals };

  const totalVectors = model.totals.map((t) => {
    const v = new Float64Array(n);
    for (const c of t.cells) v[c] = 1;
    return v;
  });
  const primaryTotals = totalVectors.filter((_, i) => model.totals[i]!.primary);
  const singletons = model.singleton.flatMap((s, c) => (s ? [c] : []));
  const space = new KnownSpace(n);
  // Known cells alone reveal nothing else: with nothing else published, e_p is in span{e_k} only when p is known.
  for (const c of model.known ?? []) space.publishCell(c);
  for (const t of model.knownTotals ?? []) {
    const w = space.reduce(totalVectors[t]!);
    if (!isZero(w)) space.addRelation(w);
  }

  // A cell's remainder (and its direction hash) is recomputed only when the space stamps it as changed.
  interface Remainder {
    cell: number;
    rho: Float64Array;
    hash: number;
  }
  const cached: Array<(Remainder & { stamp: number }) | undefined> = new Array(n);
  const remainderOf = (c: number): Remainder => {
    const entry = cached[c];
    if (entry && entry.stamp === space.stamp[c]) return entry;
    const rho = space.residual(c);
    const fresh = { cell: c, stamp: space.stamp[c]!, rho, hash: directionHash(rho) };
    cached[c] = fresh;
    return fresh;
  };
  interface State {
    primary: Remainder[];
    totals: Float64Array[];
    singleton: Remainder[];
    /** Singletons still hidden and not derivable, by direction hash. */
    insiders: Map<number, Remainder[]>;
  }
  let state: State | undefined;
  const current = (): State => {
    if (state) return state;
    const singleton = singletons.map(remainderOf);
    const insiders = new Map<number, Remainder[]>();
    for (const r of singleton) if (!isZero(r.rho)) addTo(insiders, r.hash, r);
    return (state = {
      primary: primaryCells.map(remainderOf),
      totals: primaryTotals.map((t) => space.reduce(t)),
      singleton,
      insiders,
    });
  };
  /** Whether a singleton other than cell p, unmoved by w (or moved, in `moved`), is parallel to p's remainder. */
  const insiderFor = (
    p: Remainder,
    candidates: readonly Remainder[] | undefined,
    skip: ReadonlySet<number> | undefined,
  ) =>
    candidates !== undefined &&
    candidates.some((s) => s.cell !== p.cell && !skip?.has(s.cell) && parallel(p.rho, s.rho));

  /**
   * What publishing something with reduced form w would reveal: nothing ('published'), or why it must stay
   * hidden. A remainder with no entry at w's pivot j is unchanged by learning w (up to scale), so only those
   * touching j are projected again.
   */
  const verdictFor = (w: Float64Array): Verdict => {
    const j = firstNonZero(w);
    const { primary, totals: protectedTotals, singleton, insiders } = current();
    const after: Remainder[] = [];
    for (const r of primary) {
      if (r.rho[j] === 0) {
        after.push(r);
        continue;
      }
      const rho = project(r.rho, w, j);
      if (isZero(rho)) return 'complementary';
      after.push({ cell: r.cell, rho, hash: directionHash(rho) });
    }
    for (const rho of protectedTotals) if (rho[j] !== 0 && isZero(project(rho, w, j))) return 'complementary';
    if (insiders.size === 0 && singleton.every((r) => r.rho[j] === 0)) return 'published';
    // An insider who knows singleton s can derive protected cell p when their remainders are parallel.
    const moved = new Set<number>();
    const movedTo = new Map<number, Remainder[]>();
    for (const r of singleton) {
      if (r.rho[j] === 0) continue;
      moved.add(r.cell);
      const rho = project(r.rho, w, j);
      if (!isZero(rho)) addTo(movedTo, directionHash(rho), { cell: r.cell, rho, hash: 0 });
    }
    for (const p of after)
      if (insiderFor(p, insiders.get(p.hash), moved) || insiderFor(p, movedTo.get(p.hash), undefined))
        return 'singleton';
    return 'published';
  };

  for (const candidate of model.order) {
    const isCell = candidate.kind === 'cell';
    const w = isCell ? space.residual(candidate.index) : space.reduce(totalVectors[candidate.index]!);
    const verdict = isZero(w) ? 'published' : verdictFor(w);
    if (isCell) cells[candidate.index] = verdict;
    else totals[candidate.index] = verdict;
    if (verdict !== 'published') continue;
    if (isCell) space.publishCell(candidate.index);
    else space.addRelation(w);
    if (!isZero(w)) state = undefined;
  }
  return { cells, totals };
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

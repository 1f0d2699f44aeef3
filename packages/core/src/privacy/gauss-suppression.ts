import { directionKey, firstNonZero, isZero, project } from './integer-vectors.js';
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

  // A cell's residual (and its direction key) is recomputed only when the space stamps it as changed.
  const cached: Array<{ stamp: number; rho: Float64Array; key: string } | undefined> = new Array(n);
  const remainderOf = (c: number) => {
    const entry = cached[c];
    if (entry && entry.stamp === space.stamp[c]) return entry;
    const rho = space.residual(c);
    return (cached[c] = { stamp: space.stamp[c]!, rho, key: isZero(rho) ? '' : directionKey(rho) });
  };
  interface State {
    primary: Array<{ rho: Float64Array; key: string }>;
    totals: Float64Array[];
    singleton: Array<{ rho: Float64Array; key: string }>;
    insiders: Map<string, number[]>;
  }
  let state: State | undefined;
  const current = (): State => {
    if (state) return state;
    const singleton = singletons.map(remainderOf);
    const insiders = new Map<string, number[]>();
    singleton.forEach(({ key }, i) => {
      if (key) addTo(insiders, key, singletons[i]!);
    });
    return (state = {
      primary: primaryCells.map(remainderOf),
      totals: primaryTotals.map((t) => space.reduce(t)),
      singleton,
      insiders,
    });
  };
  const knownToAnother = (known: readonly number[] | undefined, p: number, moved?: ReadonlySet<number>) =>
    known !== undefined && known.some((s) => s !== p && !moved?.has(s));

  /**
   * What publishing something with reduced form w would reveal: nothing ('published'), or why it must stay
   * hidden. A remainder with no entry at w's pivot j is unchanged by learning w (up to scale), so only those
   * touching j are projected again.
   */
  const verdictFor = (w: Float64Array): Verdict => {
    const j = firstNonZero(w);
    const { primary, totals: protectedTotals, singleton, insiders } = current();
    const keys = primary.map((r) => r.key);
    for (let i = 0; i < primary.length; i++) {
      const { rho } = primary[i]!;
      if (rho[j] === 0) continue;
      const left = project(rho, w, j);
      if (isZero(left)) return 'complementary';
      keys[i] = directionKey(left);
    }
    for (const rho of protectedTotals) if (rho[j] !== 0 && isZero(project(rho, w, j))) return 'complementary';
    // An insider who knows singleton s can derive protected cell p when their remainders are parallel.
    const moved = new Set<number>();
    const movedTo = new Map<string, number[]>();
    for (let i = 0; i < singleton.length; i++) {
      const { rho } = singleton[i]!;
      if (rho[j] === 0) continue;
      moved.add(singletons[i]!);
      const left = project(rho, w, j);
      if (!isZero(left)) addTo(movedTo, directionKey(left), singletons[i]!);
    }
    for (let i = 0; i < primaryCells.length; i++) {
      const p = primaryCells[i]!;
      if (knownToAnother(insiders.get(keys[i]!), p, moved) || knownToAnother(movedTo.get(keys[i]!), p)) return 'singleton';
    }
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

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

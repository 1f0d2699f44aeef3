import { ExactLP, ceilDiv, floorDiv } from '../privacy/exact-simplex.js';
import type { PublicationDocument, PublishedSection } from './format.js';

/**
 * The attacker's model of one or more releases, read from the public documents alone: every hidden cell is an
 * unknown whole count >= 0 (>= the insider's own count, for an insider), tied by every relation the documents
 * publish or imply (see format.ts). Split into independent components, each solved exactly.
 */

/** A cell of a publication: section, quarter and category. */
export interface CellKey {
  section: string;
  quarter: string;
  category: string;
}

export const cellKey = (section: string, quarter: string, category: string): string =>
  `${section}\u0000${quarter}\u0000${category}`;

export const keyOf = cellKey;

export function parseKey(key: string): CellKey {
  const [section, quarter, category] = key.split('\u0000') as [string, string, string];
  return { section, quarter, category };
}

/** sum(coef * var) + constant (op) 0, where op is '=' or '<=' (a slack variable makes it an equation). */
interface Row {
  terms: Map<number, number>;
  constant: number;
  op: '=' | '<=';
}

export interface AttackModel {
  /** Cell keys of the unknowns that are hidden cells (the rest are client counts no release shows). */
  keys: string[];
  /** Index of each hidden cell's unknown. */
  index: Map<string, number>;
  vars: number;
  rows: Row[];
  /** False when a relation over published numbers only does not hold. */
  consistent: boolean;
}

type Cell = PublishedSection['cells'][number][number];

/** Builds the model over all given releases (the newest last). */
export function attackModel(releases: readonly PublicationDocument[]): AttackModel {
  const published = new Map<string, number>();
  const hidden = new Set<string>();
  // A cell the newest release revised has one value in the earlier releases and another now: two unknowns.
  const newest = releases.at(-1);
  const revised = new Set((newest?.release.revised ?? []).map((r) => cellKey(r.section, r.quarter, r.category)));
  let current: PublicationDocument | undefined;
  const keyOf = (section: string, quarter: string, category: string) => {
    const key = cellKey(section, quarter, category);
    return current !== newest && revised.has(key) ? `${key}\u0000${current!.release.id}` : key;
  };
  for (const doc of releases)
    for (const [id, s] of Object.entries((current = doc).sections))
      s.cells.forEach((row, q) =>
        row.forEach((cell, c) => {
          const key = keyOf(id, s.quarters[q]!, s.categories[c]!.id);
          if (cell.status === 'value') published.set(key, cell.value);
          else if (cell.status === 'suppressed') hidden.add(key);
        }),
      );
  const keys = [...hidden].filter((k) => !published.has(k));
  const index = new Map(keys.map((k, i) => [k, i]));
  let vars = keys.length;
  const rows: Row[] = [];
  let consistent = true;

  /** A linear form over cells: terms on hidden cells, published cells folded into the constant. */
  const form = (cells: ReadonlyArray<[string, number]>, constant: number) => {
    const terms = new Map<number, number>();
    for (const [key, a] of cells) {
      const v = published.get(key);
      if (v !== undefined) constant += a * v;
      else {
        const j = index.get(key);
        if (j === undefined) continue; // not reported: publicly absent, adds nothing
        terms.set(j, (terms.get(j) ?? 0) + a);
      }
    }
    return { terms, constant };
  };
  const add = (cells: ReadonlyArray<[string, number]>, constant: number, op: '=' | '<=') => {
    const f = form(cells, constant);
    for (const [j, a] of f.terms) if (a === 0) f.terms.delete(j);
    if (f.terms.size === 0) {
      if (op === '=' ? f.constant !== 0 : f.constant > 0) consistent = false;
      return;
    }
    rows.push({ ...f, op });
  };
  const value = (cell: Cell | undefined) => (cell?.status === 'value' ? cell.value : undefined);
  const quarterCells = (id: string, s: PublishedSection, q: number): Array<[string, number]> =>
    s.categories.map((c) => [keyOf(id, s.quarters[q]!, c.id), 1]);

  for (const doc of releases) {
    current = doc;
    for (const [id, s] of Object.entries(doc.sections)) {
      s.quarters.forEach((quarter, q) => {
        const total = value(s.quarterTotals?.[q]);
        if (total !== undefined && !s.multiSelect) add(quarterCells(id, s, q), -total, '=');
        if (total !== undefined && s.multiSelect)
          for (const c of s.categories) add([[keyOf(id, quarter, c.id), 1]], -total, '<=');
        s.groupTotals?.forEach((g) => {
          const v = value(g.cells[q]);
          if (v === undefined) return;
          const members = s.categories.filter((c) => c.group === g.group);
          add(
            members.map((c) => [keyOf(id, quarter, c.id), 1]),
            -v,
            '=',
          );
        });
        // A share beside a published cell reveals the denominator; beside a hidden one, x = share * denominator.
        s.categories.forEach((c, k) => {
          const share = value(s.shares?.[q]?.[k]);
          const x = value(s.cells[q]?.[k]);
          if (share === undefined || x === undefined || share === 0 || s.multiSelect) return;
          const denominator = Math.round(x / share);
          if (s.unit === 'clients' || s.unit === 'service-uses') add(quarterCells(id, s, q), -denominator, '=');
        });
        if (s.subsetOf && doc.sections[s.subsetOf]) {
          const parent = doc.sections[s.subsetOf]!;
          const pq = parent.quarters.indexOf(quarter);
          if (pq >= 0)
            for (const c of s.categories)
              add(
                [
                  [keyOf(id, quarter, c.id), 1],
                  ...quarterCells(s.subsetOf, parent, pq).map(([k]): [string, number] => [k, -1]),
                ],
                0,
                '<=',
              );
        }
      });
      s.categories.forEach((c, k) => {
        const total = value(s.rangeTotals?.[k]);
        if (total !== undefined)
          add(
            s.quarters.map((quarter): [string, number] => [keyOf(id, quarter, c.id), 1]),
            -total,
            '=',
          );
      });
    }
    // A multi-select section's total is the client count of the members reporting it: when every expected member
    // reported both it and the client-count section, it is the client-count section's quarter sum, and otherwise
    // at most that sum.
    const cc = doc.clientCountSection ? doc.sections[doc.clientCountSection] : undefined;
    const complete = (s: PublishedSection, quarter: string) => {
      const c = s.coverage.find((x) => x.quarter === quarter);
      return c !== undefined && c.reported > 0 && c.reported === c.expected;
    };
    if (cc)
      for (const s of Object.values(doc.sections)) {
        if (!s.multiSelect || s.unit !== 'clients') continue;
        s.quarters.forEach((quarter, q) => {
          const total = value(s.quarterTotals?.[q]);
          const cq = cc.quarters.indexOf(quarter);
          if (total === undefined || cq < 0) return;
          const clients = quarterCells(doc.clientCountSection!, cc, cq);
          // Whoever reported, it is the client count of some of the members: at most the whole client count.
          if (!complete(s, quarter) || !complete(cc, quarter))
            add(
              clients.map(([k]): [string, number] => [k, -1]),
              total,
              '<=',
            );
          else add(clients, -total, '=');
        });
      }
    // Sections that cover every client add up to the same count in each quarter: sum(A) - sum(B) = 0.
    doc.links.sameTotal.forEach((ids, q) => {
      const quarter = doc.release.from && quarterOf(doc, q);
      const present = ids.filter((id) => doc.sections[id] && quarter !== undefined);
      for (let i = 1; i < present.length; i++) {
        const a = doc.sections[present[0]!]!;
        const b = doc.sections[present[i]!]!;
        const qa = a.quarters.indexOf(quarter!);
        const qb = b.quarters.indexOf(quarter!);
        if (qa < 0 || qb < 0) continue;
        add(
          [
            ...quarterCells(present[0]!, a, qa),
            ...quarterCells(present[i]!, b, qb).map(([k]): [string, number] => [k, -1]),
          ],
          0,
          '=',
        );
      }
    });
  }
  vars = keys.length;
  return { keys, index, vars, rows, consistent };
}

function quarterOf(doc: PublicationDocument, q: number): string | undefined {
  const any = Object.values(doc.sections)[0];
  return any?.quarters[q];
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface SolveOptions {
  /** Each unknown's known lower bound: 0 for an outsider, the member's own count for an insider. */
  lowerOf?: (key: string) => number;
  /** Solve only these cells (the others are still unknowns). */
  only?: (key: string) => boolean;
  /** Solve only components where some lower bound is above 0 (an insider's: elsewhere it sees what an outsider sees). */
  onlyRaised?: boolean;
  /**
   * Whether a cell's lower bound is wanted once its upper bound is known (default: always). When not, the interval's
   * lower is the known lower bound: true, not tight. The true value lies in the interval, so a cell whose upper bound
   * is above its true value cannot be pinned, and its lower bound need not be solved to know that.
   */
  lowerWhen?: (key: string, upper: number) => boolean;
}

/** The interval of every hidden cell, for an outsider (lower bounds 0) or an insider (lower bounds = own counts). */
export function solveIntervals(
  model: AttackModel,
  options: SolveOptions = {},
): { consistent: boolean; intervals: Map<string, Interval> } {
  const { lowerOf = () => 0, only, onlyRaised = false, lowerWhen } = options;
  const lower = model.keys.map(lowerOf);
  // Union-find over unknowns linked by a row.
  const parent = model.keys.map((_, j) => j);
  const find = (j: number): number => (parent[j] === j ? j : (parent[j] = find(parent[j]!)));
  for (const row of model.rows) {
    const [first] = row.terms.keys();
    for (const j of row.terms.keys()) parent[find(j)] = find(first!);
  }
  const members = new Map<number, number[]>();
  model.keys.forEach((_, j) => {
    const r = find(j);
    if (!members.has(r)) members.set(r, []);
    members.get(r)!.push(j);
  });
  const rowsOf = new Map<number, Row[]>();
  for (const row of model.rows) {
    const [first] = row.terms.keys();
    const r = find(first!);
    if (!rowsOf.has(r)) rowsOf.set(r, []);
    rowsOf.get(r)!.push(row);
  }
  const intervals = new Map<string, Interval>();
  let consistent = model.consistent;
  for (const [root, vars] of members) {
    const wanted = only ? vars.filter((j) => only(model.keys[j]!)) : vars;
    if (wanted.length === 0) continue;
    if (onlyRaised && vars.every((j) => lower[j] === 0)) continue;
    const rows = rowsOf.get(root) ?? [];
    if (rows.length === 0) {
      for (const j of wanted) intervals.set(model.keys[j]!, { lower: lower[j]!, upper: Infinity });
      continue;
    }
    const position = new Map(vars.map((j, p) => [j, p]));
    const slacks = rows.filter((r) => r.op === '<=').length;
    const width = vars.length + slacks;
    const A: Float64Array[] = [];
    const b: number[] = [];
    let s = 0;
    for (const row of rows) {
      const a = new Float64Array(width);
      // x = lower + y, y >= 0: the constant takes the lower bounds.
      let constant = row.constant;
      for (const [j, coef] of row.terms) {
        a[position.get(j)!] = coef;
        constant += coef * lower[j]!;
      }
      if (row.op === '<=') a[vars.length + s++] = 1;
      A.push(a);
      b.push(-constant);
    }
    const lp = new ExactLP(A, b, width);
    if (!lp.feasible) {
      consistent = false;
      continue;
    }
    for (const j of wanted) {
      const p = position.get(j)!;
      const objective = new Array<number>(width).fill(0);
      objective[p] = 1;
      const high = lp.maximize(objective);
      const upper = high === 'unbounded' ? Infinity : lower[j]! + floorDiv(high.num, high.den);
      let low: ReturnType<ExactLP['maximize']> = 'unbounded';
      if (!lowerWhen || lowerWhen(model.keys[j]!, upper)) {
        objective[p] = -1;
        low = lp.maximize(objective);
      }
      intervals.set(model.keys[j]!, {
        lower: lower[j]! + (low === 'unbounded' ? 0 : ceilDiv(-low.num, low.den)),
        upper,
      });
    }
  }
  return { consistent, intervals };
}

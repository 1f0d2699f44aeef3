/**
 * The test suite's independent attacker on published data.
 *
 * Given every public release (`cate-publication@1` documents) and, optionally, the numbers of other public views,
 * it works out for every hidden cell the interval [lower, upper] of whole counts that is consistent with
 * everything published, the way an attacker with a linear-programming solver would (sdcTable's `attack()`).
 *
 * It shares no code with the library's privacy step (packages/core/src/privacy, packages/core/src/publication):
 * only the document's types. It reads the documents' relations from the format's own words (format.ts):
 * - every cell is a whole number >= 0 (an insider: >= its own count);
 * - a single-select section's cells in a quarter add up to its quarter total; a category's cells over a release
 *   add up to its range total; a group's cells add up to its group total;
 * - the sections in `links.sameTotal[q]` add up, in quarter q, to one client count N_q (shown or not);
 * - a multi-select cell is at most its quarter total; a cell of a `subsetOf` section is at most its parent's
 *   quarter sum;
 * - a share is its cell over its denominator (so a share beside a shown cell reveals the denominator);
 * - a cell shown in any release is known in all of them;
 * - (from the published coverage) a multi-select quarter total is the client count when every expected
 *   organization reported both it and the client-count section.
 *
 * Solver: HiGHS (npm `highs`, WebAssembly). The variables split into independent connected components; each
 * hidden cell is minimised and maximised by LP, and where the LP optimum is not attained at a whole-number
 * point, by MIP, so the bounds are those over whole counts.
 */
import loadHighs from 'highs';
import type { Highs } from 'highs';
import { quartersBetween, type Quarter } from '@cate/core';
import type { PublicationDocument, PublishedSection } from '../../packages/core/src/publication/format.js';

export interface CellRef {
  section: string;
  quarter: string;
  category: string;
}

/** What the attacker can deduce about one hidden cell: lower <= value <= upper (upper may be Infinity). */
export interface HiddenInterval extends CellRef {
  lower: number;
  upper: number;
}

/** lower <= Σ coefficient · cell <= upper, over cells of the releases (a number some other view shows). */
export interface LinearRelation {
  terms: Array<{ cell: CellRef; coefficient: number }>;
  lower: number;
  upper: number;
  /** Where it comes from, for messages. */
  origin?: string;
}

/** Someone who knows their own count in every cell (a member organization). */
export type Insider = (section: string, quarter: string, category: string) => number;

export interface AttackOptions {
  insider?: Insider;
  extraRelations?: readonly LinearRelation[];
  /**
   * A multi-select quarter total is, by the format's definition, the client count of the organizations that
   * reported the section: at most the client count, and (coverage is published) equal to it when every expected
   * organization reported both. Default true.
   */
  multiSelectTotals?: boolean;
  /**
   * Also use inferences the format does not list but its meaning implies (a single-select `subsetOf` section's
   * quarter sum is at most its parent's). Off by default: findings that need it are reported apart.
   */
  beyondFormat?: boolean;
}
type Inferences = Pick<AttackOptions, 'multiSelectTotals' | 'beyondFormat'>;

// ---------------------------------------------------------------------------------------------------------------
// Variables and relations

const SEP = '\u0001';
const cellKey = (section: string, quarter: string, category: string) => ['cell', section, quarter, category].join(SEP);
/** The client count N_q shared by the sections of links.sameTotal. */
const clientsKey = (quarter: string) => ['clients', quarter].join(SEP);
/** The denominator of a multi-select section's shares (its quarter total) when it is not shown. */
const denominatorKey = (section: string, quarter: string) => ['denominator', section, quarter].join(SEP);

/** lower <= constant + Σ terms <= upper, with terms over variable keys. */
interface Relation {
  terms: Map<string, number>;
  constant: number;
  lower: number;
  upper: number;
  origin: string;
}

interface Linear {
  terms: Map<string, number>;
  constant: number;
}

const TOLERANCE = 1e-6;

/** Everything public about the cells: shown values, hidden cells, and the relations between them. */
class PublicKnowledge {
  /** Cells shown as a number in some release: a constant everywhere. */
  readonly shown = new Map<string, number>();
  /** Cells hidden in some release, in first-seen order (shown elsewhere or not). */
  readonly hidden = new Map<string, CellRef>();
  readonly relations: Relation[] = [];
  private readonly seen = new Set<string>();

  private readonly beyondFormat: boolean;
  private readonly multiSelectTotals: boolean;

  constructor(inferences: Inferences) {
    this.beyondFormat = inferences.beyondFormat ?? false;
    this.multiSelectTotals = inferences.multiSelectTotals ?? true;
  }

  collectCells(doc: PublicationDocument): void {
    for (const [id, s] of Object.entries(doc.sections))
      s.quarters.forEach((quarter, q) =>
        s.categories.forEach((category, c) => {
          const cell = s.cells[q]![c]!;
          const key = cellKey(id, quarter, category.id);
          if (cell.status === 'value') {
            const before = this.shown.get(key);
            if (before !== undefined && before !== cell.value)
              throw new Error(
                `inconsistent releases: ${id} ${quarter} ${category.id} is ${before} in one and ${cell.value} in another`,
              );
            this.shown.set(key, cell.value);
          } else if (cell.status === 'suppressed' && !this.hidden.has(key))
            this.hidden.set(key, { section: id, quarter, category: category.id });
        }),
      );
  }

  /** Is this cell a variable (hidden in some release and shown in none)? */
  isVariable(key: string): boolean {
    return this.hidden.has(key) && !this.shown.has(key);
  }

  linear(): Linear {
    return { terms: new Map(), constant: 0 };
  }

  addCell(lin: Linear, section: string, quarter: string, category: string, coefficient = 1): void {
    const key = cellKey(section, quarter, category);
    const value = this.shown.get(key);
    if (value !== undefined) lin.constant += coefficient * value;
    else if (this.hidden.has(key)) this.addVariable(lin, key, coefficient);
    // Otherwise nobody reported it: it adds nothing.
  }

  addVariable(lin: Linear, key: string, coefficient: number): void {
    const next = (lin.terms.get(key) ?? 0) + coefficient;
    if (next === 0) lin.terms.delete(key);
    else lin.terms.set(key, next);
  }

  /** lower <= lin <= upper. A relation between known numbers only is checked, not kept. */
  relate(lin: Linear, lower: number, upper: number, origin: string): void {
    if (lin.terms.size === 0) {
      if (lin.constant < lower - TOLERANCE || lin.constant > upper + TOLERANCE)
        throw new Error(`inconsistent publication: ${origin} (${lin.constant} not in [${lower}, ${upper}])`);
      return;
    }
    const id = `${[...lin.terms].sort(([a], [b]) => (a < b ? -1 : 1)).join(';')}|${lower - lin.constant}|${upper - lin.constant}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.relations.push({ ...lin, lower, upper, origin });
  }

  /** The sum of a section's reported cells in one quarter. */
  quarterSum(id: string, s: PublishedSection, q: number): Linear {
    const lin = this.linear();
    s.categories.forEach((category, c) => {
      if (s.cells[q]![c]!.status !== 'not-reported') this.addCell(lin, id, s.quarters[q]!, category.id);
    });
    return lin;
  }

  /** Every number a published section (or a view of one) shows, as relations between its cells. */
  sectionRelations(id: string, s: PublishedSection, where: string): void {
    const label = (what: string) => `${where}: ${id} ${what}`;
    s.quarters.forEach((quarter, q) => {
      // Shown cells: constants already when they come from a release; a view's shown cell is a relation.
      s.categories.forEach((category, c) => {
        const cell = s.cells[q]![c]!;
        if (cell.status !== 'value') return;
        const lin = this.linear();
        this.addCell(lin, id, quarter, category.id);
        this.relate(lin, cell.value, cell.value, label(`${quarter} ${category.id}`));
      });
      const total = s.quarterTotals?.[q];
      if (total?.status === 'value') {
        if (!s.multiSelect)
          this.relate(this.quarterSum(id, s, q), total.value, total.value, label(`${quarter} quarter total`));
        // A multi-select cell never exceeds its quarter total (the client count of its reporters).
        else
          s.categories.forEach((category, c) => {
            if (s.cells[q]![c]!.status === 'not-reported') return;
            const lin = this.linear();
            this.addCell(lin, id, quarter, category.id);
            this.relate(lin, 0, total.value, label(`${quarter} ${category.id} <= quarter total`));
          });
      }
      s.groupTotals?.forEach((g) => {
        const shown = g.cells[q];
        if (shown?.status !== 'value') return;
        const lin = this.linear();
        s.categories.forEach((category, c) => {
          if (category.group === g.group && s.cells[q]![c]!.status !== 'not-reported')
            this.addCell(lin, id, quarter, category.id);
        });
        this.relate(lin, shown.value, shown.value, label(`${quarter} group total ${g.group}`));
      });
      s.shares?.[q]?.forEach((share, c) => {
        if (share.status !== 'value' || s.cells[q]![c]!.status === 'not-reported') return;
        // cell = share · denominator: beside a shown cell it reveals the denominator, beside a hidden one the cell.
        const lin = this.linear();
        this.addCell(lin, id, quarter, s.categories[c]!.id);
        const d = this.denominator(id, s, q);
        lin.constant -= share.value * d.constant;
        for (const [key, coefficient] of d.terms) this.addVariable(lin, key, -share.value * coefficient);
        this.relate(lin, 0, 0, label(`${quarter} ${s.categories[c]!.id} share`));
      });
    });
    if (s.rangeTotals)
      s.categories.forEach((category, c) => {
        const shown = s.rangeTotals![c];
        if (shown?.status !== 'value') return;
        const lin = this.linear();
        s.quarters.forEach((quarter, q) => {
          if (s.cells[q]![c]!.status !== 'not-reported') this.addCell(lin, id, quarter, category.id);
        });
        this.relate(
          lin,
          shown.value,
          shown.value,
          label(`${s.quarters[0]}..${s.quarters.at(-1)} ${category.id} range total`),
        );
      });
  }

  /** What a share in quarter q is a fraction of. */
  private denominator(id: string, s: PublishedSection, q: number): Linear {
    const lin = this.linear();
    if (s.unit === 'organizations' || s.unit === 'percent-of-organizations') {
      lin.constant = s.coverage.find((c) => c.quarter === s.quarters[q])?.reported ?? 0;
      return lin;
    }
    if (!s.multiSelect) return this.quarterSum(id, s, q);
    const total = s.quarterTotals?.[q];
    if (total?.status === 'value') {
      lin.constant = total.value;
      return lin;
    }
    // An unknown quarter total (the client count of the section's reporters), still at least every cell.
    const key = denominatorKey(id, s.quarters[q]!);
    s.categories.forEach((category, c) => {
      if (s.cells[q]![c]!.status === 'not-reported') return;
      const bound = this.linear();
      this.addCell(bound, id, s.quarters[q]!, category.id);
      this.addVariable(bound, key, -1);
      this.relate(bound, -Infinity, 0, `${id} ${s.quarters[q]} ${category.id} <= its quarter total`);
    });
    this.addVariable(lin, key, 1);
    return lin;
  }

  releaseRelations(doc: PublicationDocument): void {
    const where = `release ${doc.release.id}`;
    for (const [id, s] of Object.entries(doc.sections)) {
      this.sectionRelations(id, s, where);
      const parent = s.subsetOf === undefined ? undefined : doc.sections[s.subsetOf];
      if (parent)
        s.quarters.forEach((quarter, q) => {
          const pq = parent.quarters.indexOf(quarter);
          if (pq < 0) return;
          const parentSum = this.quarterSum(s.subsetOf!, parent, pq);
          s.categories.forEach((category, c) => {
            if (s.cells[q]![c]!.status === 'not-reported') return;
            const lin = this.linear();
            this.addCell(lin, id, quarter, category.id);
            lin.constant -= parentSum.constant;
            for (const [key, coefficient] of parentSum.terms) this.addVariable(lin, key, -coefficient);
            this.relate(lin, -Infinity, 0, `${where}: ${id} ${quarter} ${category.id} <= ${s.subsetOf}'s sum`);
          });
          // Beyond the format's list: a single-select subset counts each of its clients once, all among the
          // parent's, so its whole quarter sum is at most the parent's.
          if (this.beyondFormat && !s.multiSelect) {
            const lin = this.quarterSum(id, s, q);
            lin.constant -= parentSum.constant;
            for (const [key, coefficient] of parentSum.terms) this.addVariable(lin, key, -coefficient);
            this.relate(lin, -Infinity, 0, `${where}: ${id} ${quarter} sum <= ${s.subsetOf}'s sum`);
          }
        });
    }
    if (this.multiSelectTotals) this.coverageRelations(doc, where);
    const quarters = quartersBetween(doc.release.from as Quarter, doc.release.to as Quarter);
    doc.links.sameTotal.forEach((ids, i) => {
      const quarter = quarters[i]!;
      for (const id of ids) {
        const s = doc.sections[id];
        const q = s?.quarters.indexOf(quarter) ?? -1;
        if (!s || q < 0) continue;
        const lin = this.quarterSum(id, s, q);
        this.addVariable(lin, clientsKey(quarter), -1);
        this.relate(lin, 0, 0, `${where}: ${id} ${quarter} sums to the client count`);
      }
    });
  }

  /**
   * A multi-select section's quarter total is the client count of the organizations that reported it (and the
   * client-count section): never more than the client-count section's quarter sum, and, since coverage is
   * published too, equal to it when every expected organization reported both sections.
   */
  private coverageRelations(doc: PublicationDocument, where: string): void {
    const ccId = doc.clientCountSection;
    const cc = ccId === undefined ? undefined : doc.sections[ccId];
    if (!cc) return;
    const complete = (s: PublishedSection, quarter: string) => {
      const c = s.coverage.find((x) => x.quarter === quarter);
      return c !== undefined && c.reported > 0 && c.reported === c.expected;
    };
    for (const [id, s] of Object.entries(doc.sections)) {
      if (!s.multiSelect || s.unit !== 'clients') continue;
      s.quarters.forEach((quarter, q) => {
        const cq = cc.quarters.indexOf(quarter);
        if (cq < 0 || s.quarterTotals?.[q]?.status === 'not-reported') return;
        // client count - quarter total, >= 0 always, = 0 with full coverage.
        const lin = this.quarterSum(ccId!, cc, cq);
        const total = this.denominator(id, s, q);
        lin.constant -= total.constant;
        for (const [key, coefficient] of total.terms) this.addVariable(lin, key, -coefficient);
        if (complete(s, quarter) && complete(cc, quarter))
          this.relate(lin, 0, 0, `${where}: ${id} ${quarter} quarter total is the client count (full coverage)`);
        else this.relate(lin, 0, Infinity, `${where}: ${id} ${quarter} quarter total <= the client count`);
      });
    }
  }

  extraRelation(r: LinearRelation): void {
    const lin = this.linear();
    for (const { cell, coefficient } of r.terms)
      this.addCell(lin, cell.section, cell.quarter, cell.category, coefficient);
    this.relate(lin, r.lower, r.upper, r.origin ?? 'extra relation');
  }
}

/**
 * The numbers a view of a section shows (its cells, quarter, range and group totals), as relations over the
 * cells of the releases. A view is something a visitor can request (e.g. a quarter sub-range of a release).
 */
export function relationsOfView(view: PublishedSection, where = 'view'): LinearRelation[] {
  const ref = (q: number, c: number): CellRef => ({
    section: view.section,
    quarter: view.quarters[q]!,
    category: view.categories[c]!.id,
  });
  const reported = (q: number, c: number) => view.cells[q]![c]!.status !== 'not-reported';
  const out: LinearRelation[] = [];
  const range = `${view.quarters[0]}..${view.quarters.at(-1)}`;
  const equal = (terms: LinearRelation['terms'], value: number, what: string) =>
    out.push({ terms, lower: value, upper: value, origin: `${where} ${view.section} ${range}: ${what}` });
  view.quarters.forEach((quarter, q) => {
    view.categories.forEach((category, c) => {
      const cell = view.cells[q]![c]!;
      if (cell.status === 'value')
        equal([{ cell: ref(q, c), coefficient: 1 }], cell.value, `${quarter} ${category.id}`);
    });
    const total = view.quarterTotals?.[q];
    const all = view.categories.flatMap((_, c) => (reported(q, c) ? [{ cell: ref(q, c), coefficient: 1 }] : []));
    if (total?.status === 'value') {
      if (!view.multiSelect) equal(all, total.value, `${quarter} quarter total`);
      else
        for (const term of all)
          out.push({
            terms: [term],
            lower: 0,
            upper: total.value,
            origin: `${where} ${view.section}: ${quarter} ${term.cell.category} <= quarter total`,
          });
    }
    view.groupTotals?.forEach((g) => {
      const shown = g.cells[q];
      if (shown?.status !== 'value') return;
      const terms = view.categories.flatMap((category, c) =>
        category.group === g.group && reported(q, c) ? [{ cell: ref(q, c), coefficient: 1 }] : [],
      );
      equal(terms, shown.value, `${quarter} group total ${g.group}`);
    });
  });
  view.rangeTotals?.forEach((shown, c) => {
    if (shown.status !== 'value') return;
    const terms = view.quarters.flatMap((_, q) => (reported(q, c) ? [{ cell: ref(q, c), coefficient: 1 }] : []));
    equal(terms, shown.value, `${view.categories[c]!.id} range total`);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Solving

let highsInstance: Promise<Highs> | undefined;
/** One HiGHS instance for the whole test process. */
export function sharedHighs(): Promise<Highs> {
  highsInstance ??= loadHighs();
  return highsInstance;
}

interface Component {
  /** Variable keys, in column order. */
  variables: string[];
  relations: Relation[];
  /** Columns that are hidden cells (the ones to minimise and maximise). */
  targets: number[];
}

/** Splits the variables into groups that share no relation (each group is solved on its own). */
function components(variables: string[], relations: Relation[], isTarget: (key: string) => boolean): Component[] {
  const parent = new Map(variables.map((v) => [v, v]));
  const find = (v: string): string => {
    let root = v;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(v, root);
    return root;
  };
  for (const r of relations) {
    const [first, ...rest] = [...r.terms.keys()];
    for (const v of rest) parent.set(find(v), find(first!));
  }
  const byRoot = new Map<string, Component>();
  for (const v of variables) {
    const root = find(v);
    if (!byRoot.has(root)) byRoot.set(root, { variables: [], relations: [], targets: [] });
    const component = byRoot.get(root)!;
    if (isTarget(v)) component.targets.push(component.variables.length);
    component.variables.push(v);
  }
  for (const r of relations) byRoot.get(find(r.terms.keys().next().value!))!.relations.push(r);
  return [...byRoot.values()];
}

const isWhole = (x: number) => Math.abs(x - Math.round(x)) <= TOLERANCE;

/** [min, max] of one whole-number variable x >= lower under relations lower <= constant + a·x <= upper. */
function oneVariable(relations: readonly Relation[], lower: number): [number, number] {
  let lo = lower;
  let hi = Infinity;
  for (const r of relations) {
    const a = r.terms.values().next().value!;
    const from = (r.lower - r.constant) / a;
    const to = (r.upper - r.constant) / a;
    lo = Math.max(lo, a > 0 ? from : to);
    hi = Math.min(hi, a > 0 ? to : from);
  }
  const interval: [number, number] = [Math.ceil(lo - TOLERANCE), Math.floor(hi + TOLERANCE)];
  if (interval[0] > interval[1])
    throw new Error(`the published relations are inconsistent: ${relations.map((r) => r.origin).join('; ')}`);
  return interval;
}

type Model = ReturnType<Highs['createModel']>;
/** An optimum of one cell in one direction, with a whole-number point attaining it (none when unbounded). */
interface Optimum {
  value: number;
  point?: Float64Array;
}
const respects = (point: Float64Array, lower: readonly number[]) => point.every((x, j) => x >= lower[j]! - TOLERANCE);

/**
 * One component, solved for any attacker: [min, max] of each target column over whole-number points of
 *   lower[j] <= x[j], and each relation's lower <= constant + a·x <= upper.
 * The outsider (every lower bound 0) is solved first. An insider's points are some of the outsider's, so an
 * outsider's optimal point that respects the insider's own counts is the insider's optimum too: no solve.
 */
class ComponentSolver {
  private readonly n: number;
  private readonly data: Parameters<Highs['createModel']>[0] & object;
  /** The relations as sparse rows (column, coefficient), with their bounds less their constants. */
  private readonly rows: { starts: number[]; indices: number[]; values: number[] };
  private readonly rowLower: number[];
  private readonly rowUpper: number[];
  private lp?: Model;
  private mip?: Model;
  private outsider?: Array<{ min: Optimum; max: Optimum }>;
  /** Whole-number points the outsider's optima went through. */
  private readonly outsiderPoints: Float64Array[] = [];

  constructor(
    private readonly highs: Highs,
    private readonly component: Component,
  ) {
    const { variables, relations } = component;
    this.n = variables.length;
    const column = new Map(variables.map((v, j) => [v, j]));
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const r of relations) {
      for (const [key, coefficient] of [...r.terms].sort(([a], [b]) => column.get(a)! - column.get(b)!)) {
        indices.push(column.get(key)!);
        values.push(coefficient);
      }
      starts.push(indices.length);
    }
    this.rows = { starts, indices, values };
    this.rowLower = relations.map((r) => r.lower - r.constant);
    this.rowUpper = relations.map((r) => r.upper - r.constant);
    this.data = {
      numCols: this.n,
      numRows: relations.length,
      colCost: new Array<number>(this.n).fill(0),
      colLower: new Array<number>(this.n).fill(0),
      colUpper: new Array<number>(this.n).fill(highs.infinity),
      rowLower: relations.map((r) => (r.lower === -Infinity ? -highs.infinity : r.lower - r.constant)),
      rowUpper: relations.map((r) => (r.upper === Infinity ? highs.infinity : r.upper - r.constant)),
      matrix: { format: 'csr', numRows: relations.length, numCols: this.n, starts, indices, values },
    };
  }

  intervals(lower: number[]): Array<[number, number]> {
    const { relations, targets } = this.component;
    if (relations.length === 0) return targets.map((j) => [lower[j]!, Infinity]);
    if (this.n === 1) return [oneVariable(relations, lower[0]!)];
    this.outsider ??= this.solveAll(new Array<number>(this.n).fill(0));
    const optima = lower.every((x) => x === 0) ? this.outsider : this.solveAll(lower);
    return optima.map(({ min, max }) => [min.value, max.value]);
  }

  dispose(): void {
    this.lp?.dispose();
    this.mip?.dispose();
  }

  /**
   * Valid upper bounds of every column from the relations one at a time, repeated a few rounds: in
   * lower <= Σ a·x <= upper, a column with a > 0 is at most (upper - the least the others can add) / a (and one
   * with a < 0 likewise from the relation's lower side).
   */
  private propagatedUpperBounds(lower: readonly number[]): number[] {
    const { starts, indices, values } = this.rows;
    const { rowLower, rowUpper } = this;
    const ub = new Array<number>(this.n).fill(Infinity);
    const least = (j: number, a: number) => (a > 0 ? a * lower[j]! : a * ub[j]!);
    const most = (j: number, a: number) => (a > 0 ? a * ub[j]! : a * lower[j]!);
    for (let round = 0; round < 4; round++) {
      let changed = false;
      for (let r = 0; r + 1 < starts.length; r++) {
        // The least and the most Σ a·x can be, given lower <= x <= ub.
        let allLeast = 0;
        let allMost = 0;
        for (let e = starts[r]!; e < starts[r + 1]!; e++) {
          allLeast += least(indices[e]!, values[e]!);
          allMost += most(indices[e]!, values[e]!);
        }
        for (let e = starts[r]!; e < starts[r + 1]!; e++) {
          const j = indices[e]!;
          const a = values[e]!;
          const bound =
            a > 0 ? (rowUpper[r]! - (allLeast - least(j, a))) / a : (rowLower[r]! - (allMost - most(j, a))) / a;
          if (Number.isFinite(bound) && bound < ub[j]! - TOLERANCE) {
            ub[j] = Math.floor(bound + TOLERANCE);
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    return ub;
  }

  private solveAll(lower: number[]): Array<{ min: Optimum; max: Optimum }> {
    const { targets, relations } = this.component;
    const all = { kind: 'range' as const, from: 0, to: this.n - 1 };
    const upper = new Array<number>(this.n).fill(this.highs.infinity);
    if (!this.lp) {
      this.lp = this.highs.createModel(this.data);
      // Small LPs re-solved with one changed cost: primal simplex from the last basis, without presolve, is fastest.
      this.lp.options.set({ output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: 4 });
    }
    const lp = this.lp;
    lp.changeColsBounds(all, lower, upper);
    this.mip?.changeColsBounds(all, lower, upper);
    const outsider = this.outsider;
    // Whole-number points this attacker cannot rule out; a cell seen at its lower bound in one needs no minimising.
    const points = outsider ? this.outsiderPoints.filter((p) => respects(p, lower)) : this.outsiderPoints;
    const seen = (point: Float64Array) => {
      points.push(point);
      return point;
    };
    const { modelStatus: status, objectiveSense } = this.highs.constants;
    const inconsistent = () =>
      new Error(`the published relations are inconsistent: ${relations.map((r) => r.origin).join('; ')}`);

    /** The optimum of x[j] in one direction: LP, then MIP when the LP optimum is not a whole-number point. */
    const optimum = (j: number, maximize: boolean): Optimum => {
      const sense = maximize ? objectiveSense.maximize : objectiveSense.minimize;
      lp.changeColCost(j, 1);
      lp.changeObjectiveSense(sense);
      lp.run();
      const s = lp.getModelStatus();
      if (s === status.infeasible) throw inconsistent();
      if (s !== status.optimal && s !== status.unbounded) throw new Error(`HiGHS stopped with model status ${s}`);
      if (s === status.unbounded) {
        lp.changeColCost(j, 0);
        return { value: maximize ? Infinity : -Infinity };
      }
      const value = lp.getObjectiveValue();
      const point = lp.getSolution().colValue;
      lp.changeColCost(j, 0);
      if (point.every(isWhole)) return { value: Math.round(value), point: seen(point.map(Math.round)) };
      // The LP optimum is fractional: the best whole-number point may be tighter.
      if (!this.mip) {
        this.mip = this.highs.createModel({
          ...this.data,
          colLower: lower,
          integrality: new Array(this.n).fill(this.highs.constants.variableType.integer),
        });
        this.mip.options.set({ output_flag: false, mip_rel_gap: 0, time_limit: 30 });
      }
      const mip = this.mip;
      mip.changeColCost(j, 1);
      mip.changeObjectiveSense(sense);
      mip.run();
      const found =
        mip.getModelStatus() === status.optimal
          ? { value: Math.round(mip.getObjectiveValue()), point: seen(mip.getSolution().colValue.map(Math.round)) }
          : undefined;
      mip.changeColCost(j, 0);
      // Without a proven MIP optimum, keep the LP bound rounded inward (still a valid bound).
      return found ?? { value: maximize ? Math.floor(value + TOLERANCE) : Math.ceil(value - TOLERANCE) };
    };
    /** The outsider's optimum, when it holds for this attacker too. */
    const reuse = (o: Optimum | undefined) =>
      o && (o.point ? respects(o.point, lower) : o.value === Infinity) ? o : undefined;

    // Upper bounds that follow from single relations (bound propagation): a point found at one is the maximum.
    const ceiling = this.propagatedUpperBounds(lower);
    const atCeiling = (j: number) => {
      const p = points.find((point) => Math.abs(point[j]! - ceiling[j]!) <= TOLERANCE);
      return p && { value: Math.round(ceiling[j]!), point: p };
    };
    const max = targets.map((j, t) => reuse(outsider?.[t]!.max) ?? atCeiling(j) ?? optimum(j, true));
    return targets.map((j, t) => {
      const atLowerBound = points.find((p) => Math.abs(p[j]! - lower[j]!) <= TOLERANCE);
      const min = atLowerBound
        ? { value: lower[j]!, point: atLowerBound }
        : (reuse(outsider?.[t]!.min) ?? optimum(j, false));
      return { min, max: max[t]! };
    });
  }
}

/** A prepared attack on a set of releases: the relations built once, attacked by anyone (outsider or insider). */
export interface PreparedAttack {
  /** Every cell hidden in some release. */
  hidden: CellRef[];
  attack(insider?: Insider): Promise<HiddenInterval[]>;
  /** Frees the solver's models (HiGHS memory is not garbage-collected). */
  dispose(): void;
}

export function prepareAttack(
  releases: readonly PublicationDocument[],
  extraRelations: readonly LinearRelation[] = [],
  inferences: Inferences = {},
): PreparedAttack {
  const k = new PublicKnowledge(inferences);
  for (const doc of releases) k.collectCells(doc);
  for (const doc of releases) k.releaseRelations(doc);
  for (const r of extraRelations) k.extraRelation(r);

  const variables = new Set<string>([...k.hidden.keys()].filter((key) => k.isVariable(key)));
  for (const r of k.relations) for (const key of r.terms.keys()) variables.add(key);
  const parts = components([...variables], k.relations, (key) => k.isVariable(key));
  const solvers: ComponentSolver[] = [];

  return {
    hidden: [...k.hidden.values()],
    async attack(insider?: Insider): Promise<HiddenInterval[]> {
      const highs = await sharedHighs();
      const bounds = new Map<string, [number, number]>();
      parts.forEach((part, index) => {
        const lower = part.variables.map((key) => {
          const cell = k.hidden.get(key);
          return cell && insider ? insider(cell.section, cell.quarter, cell.category) : 0;
        });
        solvers[index] ??= new ComponentSolver(highs, part);
        solvers[index]
          .intervals(lower)
          .forEach((interval, t) => bounds.set(part.variables[part.targets[t]!]!, interval));
      });
      return [...k.hidden].map(([key, cell]) => {
        const shown = k.shown.get(key);
        const [lower, upper] = shown !== undefined ? [shown, shown] : bounds.get(key)!;
        return { ...cell, lower: lower + 0, upper: upper + 0 }; // + 0: no -0
      });
    },
    dispose() {
      for (const solver of solvers) solver?.dispose();
      solvers.length = 0;
    },
  };
}

/**
 * For every cell hidden in any release, the interval an attacker can deduce from all the releases together (and
 * any extra relations, e.g. the numbers of other views), as an outsider or as an insider.
 */
export async function attackPublications(
  releases: readonly PublicationDocument[],
  options: AttackOptions = {},
): Promise<HiddenInterval[]> {
  const prepared = prepareAttack(releases, options.extraRelations, options);
  try {
    return await prepared.attack(options.insider);
  } finally {
    prepared.dispose();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What counts as a disclosure

export interface DisclosureRules {
  /** The threshold: a count in [1, k-1] is small. */
  k: number;
  /** The true coalition count of a cell (undefined when nobody reported it). */
  truth: (section: string, quarter: string, category: string) => number | undefined;
  /** The attacker's own counts, for an insider. */
  own?: Insider;
}

/**
 * What the intervals give away, as one line per finding:
 * - the true value outside the interval (the attacker's model, or the document, is wrong);
 * - a hidden cell recovered exactly (lower == upper), unless all of it is the insider's own;
 * - a small cell (1..k-1) whose upper bound stays below k (an outsider);
 * - for an insider, the others' part r = value - own in 1..k-1 with upper - own < k.
 */
export function findViolations(intervals: readonly HiddenInterval[], rules: DisclosureRules): string[] {
  const found: string[] = [];
  for (const cell of intervals) {
    const { section, quarter, category, lower, upper } = cell;
    const value = rules.truth(section, quarter, category);
    const own = rules.own?.(section, quarter, category) ?? 0;
    const where = `${section} ${quarter} ${category}: [${lower}, ${upper}], true ${value}${rules.own ? `, own ${own}` : ''}`;
    if (value === undefined) {
      found.push(`${where}: hidden but never reported`);
      continue;
    }
    if (value < lower || value > upper) found.push(`${where}: the true value is outside the interval`);
    else if (lower === upper && !(rules.own && value === own)) found.push(`${where}: recovered exactly`);
    else if (!rules.own && value >= 1 && value < rules.k && upper < rules.k)
      found.push(`${where}: a small count with upper bound below k=${rules.k}`);
    else if (rules.own && value - own >= 1 && value - own < rules.k && upper - own < rules.k)
      found.push(`${where}: the others' small count has upper bound below k=${rules.k}`);
  }
  return found;
}

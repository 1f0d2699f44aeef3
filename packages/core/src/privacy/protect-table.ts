import type { Quarter } from '../periods.js';
import { seriesCategory, type AggregateTable, type SafeCell, type SafeSeries } from '../series.js';
import { pinnedAtBounds, type Publication } from './audit-publication.js';
import { suppressComplementary, type Candidate, type SuppressionOutcome, type Verdict } from './gauss-suppression.js';
import { DEFAULT_POLICY, checkedPolicy, type DisclosurePolicy } from './policy.js';
import { brandSafeSeries, deepFreeze } from './safe-series.js';

/**
 * Why a value is hidden. Only the coordinator's record says this: the published series does not distinguish
 * primary from complementary suppression, which would tell an attacker which cells are small.
 */
export type SuppressionReason =
  | 'primary-threshold'
  | 'primary-contributors'
  | 'complementary'
  | 'singleton'
  /** Hidden in an earlier release, so hidden for good (published stays published, hidden stays hidden). */
  | 'previous-release'
  /** Hidden so that an attacker's interval for a small count reaches the threshold (interval protection). */
  | 'interval';

export interface SuppressedCell {
  quarter: Quarter;
  category: string;
  /** The hidden count (private). */
  value: number;
  reason: SuppressionReason;
}

/**
 * A total over the table's cells: a quarter's sum over categories, a category's sum over the quarter range,
 * the grand total, or (multi-select) a quarter's client count, which is not a sum of the cells.
 */
export interface TotalEntry {
  kind: 'quarter' | 'range' | 'grand' | 'clients' | 'earlier-range';
  quarter?: Quarter;
  category?: string;
  /** The quarters an earlier release's range total covered (kind 'earlier-range'). */
  from?: Quarter;
  to?: Quarter;
  value: number;
  /** Whether the series shows it (otherwise it is assumed known from elsewhere, or kept private). */
  shown: boolean;
}

export interface SuppressedTotal extends TotalEntry {
  reason: Exclude<SuppressionReason, 'primary-contributors' | 'previous-release' | 'interval'>;
}

/** A cell of a table, by quarter and category id. */
export interface CellRef {
  quarter: Quarter;
  category: string;
}

/** Decisions made outside one table: by earlier releases, or by the publication's joint interval step. */
export interface ProtectTableOptions {
  /** Cells that must be hidden and stay underivable besides the policy's own, with why. */
  hidden?: ReadonlyArray<CellRef & { reason: 'previous-release' | 'interval' }>;
  /** Cells published first: published in an earlier release, or derivable anyway. */
  known?: readonly CellRef[];
  /** Sums of cells an attacker knows from earlier releases (a category's total over an earlier range). */
  knownSums?: ReadonlyArray<{ category: string; from: Quarter; to: Quarter }>;
  /**
   * Totals that break the contributor rule although they are not small (one member contributed all but fewer than
   * k of them): quarter totals by quarter index, range totals by category index, and the grand total. They are
   * protected like small ones. Only the publication knows each member's share of a total.
   */
  dominated?: { quarters?: readonly number[]; categories?: readonly number[]; grand?: boolean };
  /** Quarters whose total an attacker knows from another section (the client count, published there). */
  knownQuarters?: readonly number[];
}

/** The coordinator's private record of a table's suppression: never part of a SafeSeries. */
export interface SuppressionRecord {
  taxonomy: string;
  section: string;
  policy: DisclosurePolicy;
  /** False when the policy does not protect the section's unit, so nothing was hidden. */
  protected: boolean;
  cells: SuppressedCell[];
  /**
   * Hidden totals. One with `shown: false` is a total assumed known from elsewhere (e.g. a quarter's client
   * count in the client-count chart) that must stay hidden there too.
   */
  totals: SuppressedTotal[];
  /** The linear totals the attack model takes as known: what an audit of this table must use. */
  knownTotals: TotalEntry[];
}

export interface ProtectedTable {
  series: SafeSeries;
  record: SuppressionRecord;
}

/*
 * What we assume an attacker knows, per table:
 * - every published cell, and that all cells are whole numbers >= 0;
 * - each quarter's sum over the categories, even when this chart does not show it: in a single-select section
 *   whose categories cover every client it is the client count published in another chart. In a multi-select
 *   section the published quarter total is the client count, which is not the sum of the cells (a client may
 *   be in several categories); the sum of selections is not published, but the client count bounds it from
 *   below, and any export of the selections reveals it, so we conservatively treat it as known too;
 * - the grand total over the range (the sum of those quarter sums);
 * - each category's total over the range, when the policy publishes range totals;
 * - shares: a share x/D with D published says nothing more than x; with D unpublished, any published cell x > 0
 *   and its share reveal D = x / share. So shares are published only where the cell and the denominator are;
 *   for a single-select section the denominator is the quarter sum, already taken as known above;
 * - a member organization knows its own contribution to every cell, so a cell it alone contributed to is
 *   known to it (a "singleton"), and the largest contributor to a cell knows all but the rest of it.
 * Totals are candidates like cells: a total that is not itself small is published unless doing so would make a
 * hidden count derivable; because totals are tried first, cells are hidden instead where possible.
 */

// Shared and frozen: a hidden cell is the same empty object wherever it appears.
const SUPPRESSED: SafeCell = Object.freeze({ status: 'suppressed' });
const NOT_REPORTED: SafeCell = Object.freeze({ status: 'not-reported' });
const valueCell = (value: number): SafeCell => ({ status: 'value', value });

interface LinearTotal {
  kind: 'quarter' | 'range' | 'grand' | 'earlier-range';
  /** Quarter or category index. */
  at: number;
  cells: number[];
  value: number;
  shown: boolean;
}

/** Why a count breaks the policy by itself, or undefined when it may be shown. */
function primaryReason(
  value: number,
  contributors: number,
  largest: number,
  policy: DisclosurePolicy,
): 'primary-threshold' | 'primary-contributors' | undefined {
  if (isSmall(value, policy)) return 'primary-threshold';
  const rest = value - largest;
  if (policy.contributors.dominance && contributors >= 2 && rest > 0 && rest < policy.threshold)
    return 'primary-contributors';
  if (value > 0 && Math.max(contributors, 1) < policy.contributors.minContributors) return 'primary-contributors';
  return undefined;
}

function isSmall(value: number, policy: DisclosurePolicy): boolean {
  return value > 0 ? value < policy.threshold : policy.protectZeros;
}

function checkShape(table: AggregateTable): void {
  const Q = table.quarters.length;
  const C = table.categories.length;
  for (const [name, grid] of [
    ['counts', table.counts],
    ['contributors', table.contributors],
    ['largest', table.largest],
  ] as const) {
    if (grid.length !== Q || grid.some((row) => row.length !== C))
      throw new RangeError(`table ${table.section}: ${name} must be ${Q} quarters x ${C} categories`);
  }
  for (const row of table.counts)
    for (const v of row)
      if (v !== null && !(Number.isFinite(v) && v >= 0))
        throw new RangeError(`table ${table.section}: counts must be non-negative numbers or null`);
  if (table.periodLabels && table.periodLabels.length !== Q)
    throw new RangeError(`table ${table.section}: periodLabels must have one label per quarter (${Q})`);
}

/**
 * Protects one aggregated table: primary suppression of every count that breaks the policy, complementary
 * suppression until no hidden count can be derived from what is published (or from what one organization
 * knows besides), then the published series and the coordinator's private record.
 */
export function protectTable(
  table: AggregateTable,
  policy: DisclosurePolicy = DEFAULT_POLICY,
  options: ProtectTableOptions = {},
): ProtectedTable {
  const p = checkedPolicy(policy);
  checkShape(table);
  const isProtected = p.units.includes(table.unit);
  const Q = table.quarters.length;
  const C = table.categories.length;

  // Inner cells: the reported ones (a not-reported cell is publicly absent and adds nothing to any total).
  const cellAt: Array<[number, number]> = [];
  const index = table.counts.map((row, q) => row.map((v, c) => (v === null ? -1 : cellAt.push([q, c]) - 1)));
  const valueOf = (i: number) => {
    const [q, c] = cellAt[i]!;
    return table.counts[q]![c]!;
  };
  const n = cellAt.length;

  const totals: LinearTotal[] = [];
  const addTotal = (kind: LinearTotal['kind'], at: number, cells: number[], shown: boolean) => {
    if (cells.length) totals.push({ kind, at, cells, value: cells.reduce((s, i) => s + valueOf(i), 0), shown });
  };
  const showQuarterSums = p.publish.quarterTotals && !table.multiSelect;
  for (let q = 0; q < Q; q++)
    addTotal(
      'quarter',
      q,
      index[q]!.filter((i) => i >= 0),
      showQuarterSums,
    );
  if (p.publish.rangeTotals)
    for (let c = 0; c < C; c++)
      addTotal(
        'range',
        c,
        index.map((row) => row[c]!).filter((i) => i >= 0),
        true,
      );
  addTotal('grand', 0, [...Array(n).keys()], false);
  const quarterAt = new Map(table.quarters.map((q, i) => [q, i]));
  const categoryAt = new Map(table.categories.map((c, i) => [c.id, i]));
  const cellIndex = ({ quarter, category }: CellRef): number => {
    const q = quarterAt.get(quarter);
    const c = categoryAt.get(category);
    return q === undefined || c === undefined ? -1 : index[q]![c]!;
  };
  const earlier: Array<{ from: Quarter; to: Quarter; category: string }> = [];
  for (const sum of options.knownSums ?? []) {
    const c = categoryAt.get(sum.category);
    if (c === undefined) continue;
    const from = quarterAt.get(sum.from) ?? 0;
    const to = quarterAt.get(sum.to) ?? Q - 1;
    const before = totals.length;
    addTotal(
      'earlier-range',
      c,
      index.slice(from, to + 1).flatMap((row) => (row[c]! >= 0 ? [row[c]!] : [])),
      false,
    );
    if (totals.length > before) earlier[totals.length - 1] = { ...sum };
  }
  const knownTotals = totals.flatMap((t, i) =>
    t.kind === 'earlier-range' ||
    (t.kind === 'quarter' &&
      (options.knownQuarters ?? []).includes(t.at) &&
      !(options.dominated?.quarters ?? []).includes(t.at))
      ? [i]
      : [],
  );
  const isDominated = (t: LinearTotal): boolean =>
    t.kind === 'quarter'
      ? (options.dominated?.quarters ?? []).includes(t.at)
      : t.kind === 'range'
        ? (options.dominated?.categories ?? []).includes(t.at)
        : t.kind === 'grand' && options.dominated?.grand === true;

  const reasons: (SuppressionReason | undefined)[] = cellAt.map(([q, c]) =>
    isProtected ? primaryReason(table.counts[q]![c]!, table.contributors[q]![c]!, table.largest[q]![c]!, p) : undefined,
  );
  const primary = reasons.map((r) => r !== undefined);
  for (const cell of options.hidden ?? []) {
    const i = cellIndex(cell);
    if (i >= 0 && reasons[i] === undefined) reasons[i] = cell.reason;
    if (i >= 0) primary[i] = true;
  }
  const knownCells = (options.known ?? []).map(cellIndex).filter((i) => i >= 0 && !primary[i]);
  // The quarter's denominator: the quarter sum (single-select) or the client count (multi-select), which in a
  // section about organizations is the number of organizations reporting.
  const clientTotals = table.quarters.map((quarter, q): { value: number | null; hidden: boolean } => {
    const value =
      table.unit === 'clients' || table.unit === 'service-uses'
        ? (table.clients[q] ?? null)
        : (table.coverage.find((c) => c.quarter === quarter)?.reported ?? null);
    return {
      value,
      hidden: value !== null && isProtected && (isSmall(value, p) || (options.dominated?.quarters ?? []).includes(q)),
    };
  });
  // A multi-select cell never exceeds its quarter's client count, which is known wherever it is not hidden.
  const upper = cellAt.map(([q]) => {
    const { value, hidden } = clientTotals[q]!;
    return table.multiSelect && !hidden && value !== null ? value : undefined;
  });
  const boundHidden = table.quarters.map(() => false);

  const totalVerdicts: Verdict[] = totals.map(() => 'published');
  if (isProtected) {
    const outcome = suppressWithBounds({
      n,
      values: cellAt.map((_, i) => valueOf(i)),
      upper,
      boundOf: (i) => cellAt[i]![0],
      primary,
      known: knownCells,
      knownTotals,
      singleton: cellAt.map(([q, c]) => {
        const v = table.counts[q]![c]!;
        return v === 1 || table.contributors[q]![c] === 1 || (p.protectZeros && v === 0);
      }),
      neighbours: (i) => {
        const [q, c] = cellAt[i]!;
        return [...index[q]!, ...(p.publish.rangeTotals ? index.map((row) => row[c]!) : [])].filter(
          (j) => j >= 0 && j !== i,
        );
      },
      totals,
      order: (primary, known) =>
        candidateOrder(table, cellAt, primary, known, totals, p, isDominated, new Set(knownTotals)),
      isSmall: (v) => isSmall(v, p),
      isDominated,
    });
    outcome.cells.forEach((v, i) => {
      if (reasons[i] === undefined && v !== 'published') reasons[i] = v === 'primary' ? 'complementary' : v;
    });
    outcome.totals.forEach((v, i) => (totalVerdicts[i] = v));
    for (const q of outcome.hiddenBounds) boundHidden[q] = true;
  }

  const hiddenCell = (q: number, c: number) => {
    const i = index[q]![c]!;
    return i >= 0 && reasons[i] !== undefined;
  };
  const cells = table.counts.map((row, q) =>
    row.map((v, c) => (v === null ? NOT_REPORTED : hiddenCell(q, c) ? SUPPRESSED : valueCell(v))),
  );
  const totalCell = (kind: LinearTotal['kind'], at: number): SafeCell => {
    const i = totals.findIndex((t) => t.kind === kind && t.at === at);
    if (i < 0) return NOT_REPORTED;
    return totalVerdicts[i] === 'published' ? valueCell(totals[i]!.value) : SUPPRESSED;
  };

  const quarterTotals = table.quarters.map((_, q): SafeCell => {
    if (!table.multiSelect) return totalCell('quarter', q);
    const { value, hidden } = clientTotals[q]!;
    return value === null ? NOT_REPORTED : hidden || boundHidden[q] ? SUPPRESSED : valueCell(value);
  });
  // Organization sections are shares of the organizations that reported (public coverage), not of the answers.
  const organizationUnit = table.unit === 'organizations' || table.unit === 'percent-of-organizations';
  const denominatorOf = (q: number): SafeCell => {
    if (!organizationUnit) return quarterTotals[q]!;
    const reported = table.coverage[q]?.reported ?? 0;
    return reported > 0 ? valueCell(reported) : NOT_REPORTED;
  };
  const shares = table.counts.map((row, q) =>
    row.map((v, c): SafeCell => {
      const cell = cells[q]![c]!;
      const denominator = denominatorOf(q);
      if (cell.status !== 'value') return cell;
      if (denominator.status !== 'value' || denominator.value === 0)
        return denominator.status === 'suppressed' ? SUPPRESSED : NOT_REPORTED;
      return valueCell(cell.value / denominator.value);
    }),
  );

  const series = brandSafeSeries({
    taxonomy: table.taxonomy,
    section: table.section,
    unit: table.unit,
    multiSelect: table.multiSelect,
    quarters: [...table.quarters],
    categories: table.categories.map(seriesCategory),
    cells,
    ...(p.publish.quarterTotals ? { quarterTotals } : {}),
    ...(p.publish.rangeTotals ? { rangeTotals: table.categories.map((_, c) => totalCell('range', c)) } : {}),
    // A percent-of-organizations section's published figure is the share itself.
    ...(p.publish.shares || table.unit === 'percent-of-organizations' ? { shares } : {}),
    coverage: table.coverage.map(({ quarter, reported, expected }) => ({ quarter, reported, expected })),
    disclosure: { threshold: isProtected ? p.threshold : 0, protectZeros: isProtected && p.protectZeros },
    ...(table.periodLabels ? { periodLabels: [...table.periodLabels] } : {}),
  });

  const entry = (t: LinearTotal): TotalEntry => ({
    kind: t.kind,
    ...(t.kind === 'quarter' ? { quarter: table.quarters[t.at]! } : {}),
    ...(t.kind === 'range' || t.kind === 'earlier-range' ? { category: table.categories[t.at]!.id } : {}),
    ...(t.kind === 'earlier-range'
      ? { from: earlier[totals.indexOf(t)]!.from, to: earlier[totals.indexOf(t)]!.to }
      : {}),
    value: t.value,
    shown: t.shown,
  });
  const record: SuppressionRecord = {
    taxonomy: table.taxonomy,
    section: table.section,
    policy: p,
    protected: isProtected,
    cells: reasons.flatMap((reason, i) => {
      if (reason === undefined) return [];
      const [q, c] = cellAt[i]!;
      return [{ quarter: table.quarters[q]!, category: table.categories[c]!.id, value: valueOf(i), reason }];
    }),
    totals: [
      ...totals.flatMap((t, i): SuppressedTotal[] => {
        const verdict = totalVerdicts[i]!;
        if (verdict === 'published') return [];
        return [{ ...entry(t), reason: verdict === 'primary' ? 'primary-threshold' : verdict }];
      }),
      ...clientTotals.flatMap(({ value, hidden }, q): SuppressedTotal[] =>
        (hidden || boundHidden[q]) && table.multiSelect
          ? [
              {
                kind: 'clients',
                quarter: table.quarters[q]!,
                value: value!,
                shown: p.publish.quarterTotals,
                reason: hidden ? 'primary-threshold' : 'complementary',
              },
            ]
          : [],
      ),
    ],
    knownTotals: totals.filter((_, i) => totalVerdicts[i] === 'published').map(entry),
  };
  return { series, record: deepFreeze(record) };
}

/**
 * Candidates, most wanted first: totals (quarter sums, then range totals, then the grand total, larger first),
 * then zero cells, then the other cells from the largest down, so the cells hidden to protect others are the
 * smallest that will do. Zeros are published first, as GaussSuppression does by default: a hidden zero protects
 * little (x + 0 = x) and a relation whose hidden cells are all zero tells an attacker each is zero. Among equal
 * counts, a cell one organization alone contributed is published first: it is a poor complement, since that
 * organization knows it.
 */
function candidateOrder(
  table: AggregateTable,
  cellAt: ReadonlyArray<readonly [number, number]>,
  primary: readonly boolean[],
  known: ReadonlySet<number>,
  totals: readonly LinearTotal[],
  policy: DisclosurePolicy,
  isDominated: (t: LinearTotal) => boolean,
  knownTotal: ReadonlySet<number>,
): Candidate[] {
  const kindRank = { quarter: 0, range: 1, grand: 2, 'earlier-range': 3 } as const;
  const totalOrder = totals
    .map((t, index) => ({ t, index }))
    .filter(({ index, t }) => !knownTotal.has(index) && !isSmall(t.value, policy) && !isDominated(t))
    .sort((a, b) => kindRank[a.t.kind] - kindRank[b.t.kind] || b.t.value - a.t.value || a.index - b.index)
    .map(({ index }): Candidate => ({ kind: 'total', index }));
  const cellOrder = cellAt
    .map(([q, c], index) => ({
      index,
      value: table.counts[q]![c]!,
      single: table.contributors[q]![c] === 1 ? 0 : 1,
    }))
    .filter(({ index }) => !primary[index] && !known.has(index))
    .sort(
      (a, b) =>
        Number(a.value !== 0) - Number(b.value !== 0) || b.value - a.value || a.single - b.single || a.index - b.index,
    )
    .map(({ index }): Candidate => ({ kind: 'cell', index }));
  return [...totalOrder, ...cellOrder];
}

interface BoundsModel {
  n: number;
  values: readonly number[];
  /** A published upper bound per cell (a multi-select quarter's client count), shared by the cells of a group. */
  upper: readonly (number | undefined)[];
  boundOf: (i: number) => number;
  primary: readonly boolean[];
  singleton: readonly boolean[];
  /** Cells sharing a published relation with cell i. */
  neighbours: (i: number) => number[];
  totals: readonly LinearTotal[];
  order: (primary: readonly boolean[], known: ReadonlySet<number>) => Candidate[];
  isSmall: (value: number) => boolean;
  isDominated: (total: LinearTotal) => boolean;
  /** Cells published first, and totals known before any candidate. */
  known: readonly number[];
  knownTotals: readonly number[];
}

/**
 * Gaussian suppression, then a check by bounds. Linear algebra misses one thing an attacker also uses: cells are
 * >= 0 (and, in a multi-select section, <= the client count). Hidden cells whose relations leave them no room
 * (a hidden zero when the relations force its sum with other hidden zeros to 0) are known to an attacker; once
 * no hidden cell is pinned like that, a cell is determined exactly when it is linearly recoverable (the
 * Goldman-Tucker theorem). So: find them by exact LP, treat them as published, and run again. A protected cell
 * pinned at its bound has the bound (the client count) hidden; a protected zero pinned at 0 (protectZeros) gets
 * a neighbour hidden beside it. Only hidden cells at 0 or at their bound can be pinned, so the LP runs only when
 * there are some.
 */
function suppressWithBounds(m: BoundsModel): SuppressionOutcome & { hiddenBounds: number[] } {
  const known = new Set<number>(m.known);
  const primary = [...m.primary];
  const hiddenBounds = new Set<number>();
  for (;;) {
    const upper = m.upper.map((u, i) => (hiddenBounds.has(m.boundOf(i)) ? undefined : u));
    const outcome = suppressComplementary({
      n: m.n,
      primary,
      singleton: m.singleton,
      totals: m.totals.map((t) => ({ cells: t.cells, primary: m.isSmall(t.value) || m.isDominated(t) })),
      order: m.order(primary, known),
      known: [...known],
      knownTotals: m.knownTotals,
    });
    const hidden = (i: number) => outcome.cells[i] !== 'published';
    const tight = m.values.flatMap((value, cell) =>
      hidden(cell) && (value === 0 || value === upper[cell]) ? [{ cell, value }] : [],
    );
    if (tight.length === 0) return { ...outcome, hiddenBounds: [...hiddenBounds] };
    const publication: Publication = {
      cells: m.values.map((v, i) => (hidden(i) ? null : v)),
      relations: m.totals.flatMap((t, i) => {
        if (outcome.totals[i] !== 'published') return [];
        const coefficients = new Array<number>(m.n).fill(0);
        for (const c of t.cells) coefficients[c] = 1;
        return [{ coefficients, value: t.value }];
      }),
      upper,
    };
    let progressed = false;
    for (const cell of pinnedAtBounds(publication, tight)) {
      if (!primary[cell]) {
        known.add(cell);
        progressed = true;
        continue;
      }
      if (m.values[cell]! > 0) {
        hiddenBounds.add(m.boundOf(cell));
        progressed = true;
        continue;
      }
      const partner = m
        .neighbours(cell)
        .filter((j) => !hidden(j) && !known.has(j) && m.values[j]! > 0)
        .sort((a, b) => m.values[a]! - m.values[b]! || a - b)[0];
      if (partner !== undefined) {
        primary[partner] = true;
        progressed = true;
      }
    }
    if (!progressed) return { ...outcome, hiddenBounds: [...hiddenBounds] };
  }
}

/** Protects every table of a report with one policy. */
export function protectTables(
  tables: readonly AggregateTable[],
  policy: DisclosurePolicy = DEFAULT_POLICY,
): { series: SafeSeries[]; records: SuppressionRecord[] } {
  const p = checkedPolicy(policy);
  const results = tables.map((table) => protectTable(table, p));
  return { series: results.map((r) => r.series), records: results.map((r) => r.record) };
}

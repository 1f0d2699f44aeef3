import { aggregateReport, quartersOf } from '../aggregate/aggregate-report.js';
import { compareQuarters, quartersBetween, type Quarter, type QuarterRange } from '../periods.js';
import { type Problem } from '../problems.js';
import { DEFAULT_POLICY, checkedPolicy, type DisclosurePolicy } from '../privacy/policy.js';
import {
  protectTable,
  type CellRef,
  type ProtectTableOptions,
  type SuppressionRecord,
} from '../privacy/protect-table.js';
import { serializeSeries } from '../privacy/published-series.js';
import type { AggregateTable, SafeSeries } from '../series.js';
import type { Submission } from '../submissions/types.js';
import type { Taxonomy } from '../taxonomy/schema.js';
import { attackModel, keyOf, parseKey, solveIntervals, type CellKey, type Interval } from './attack-model.js';
import { PUBLICATION_FORMAT, type PublicationDocument, type PublishedSection } from './format.js';
import { selectQuarters } from './view.js';

function rangeOf(quarters: readonly Quarter[]): QuarterRange | undefined {
  return quarters.length ? { from: quarters[0]!, to: quarters.at(-1)! } : undefined;
}

/** The window together with every earlier release's quarters. */
function spanOf(window: QuarterRange, previous: readonly PublicationDocument[]): QuarterRange {
  let { from, to } = window;
  for (const doc of previous) {
    if (compareQuarters(doc.release.from as Quarter, from) < 0) from = doc.release.from as Quarter;
    if (compareQuarters(doc.release.to as Quarter, to) > 0) to = doc.release.to as Quarter;
  }
  return { from, to };
}

export interface PublishOptions {
  taxonomy: Taxonomy;
  /** Validated submissions (see validateSubmissions / parseSubmissions). */
  submissions: readonly Submission[];
  policy?: DisclosurePolicy;
  /** The release's quarters. Default: first to last submitted. */
  quarters?: QuarterRange;
  /** Earlier releases (oldest first): what they published stays published, what they hid stays hidden. */
  previous?: readonly PublicationDocument[];
  /** Allow a past value to change (a member revised its data); the record and the document list each one. */
  allowRevisions?: boolean;
  release?: { id?: string; created?: string };
  notice?: string;
}

/** Why a cell was hidden, counted, and what hiding cost. */
export interface ProtectionCost {
  hiddenCells: number;
  byReason: Record<string, number>;
  /** Sum of hidden protected counts / sum of all protected counts: the share of the published total hidden. */
  informationLoss: number;
  /** Rounds of the joint interval step (1 when the first suppression already passed the attack). */
  rounds: number;
}

/** The coordinator's private record of a release: hidden values and why. Never publish it. */
export interface PublicationRecord {
  release: string;
  policy: DisclosurePolicy;
  sections: SuppressionRecord[];
  cost: ProtectionCost;
  revised: Array<CellKey & { release: string; before: number; after: number }>;
}

/** A refused publication: every problem names the cell (never a hidden value). */
export class PublishError extends Error {
  readonly problems: readonly Problem[];
  constructor(message: string, problems: readonly Problem[]) {
    super(`${message}\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.name = 'PublishError';
    this.problems = problems;
  }
}

/** A failed requirement found by the attack on a candidate release. */
export interface AuditFinding {
  cell: CellKey;
  /** 'outsider' or the insider organization's id. */
  attacker: string;
  interval: Interval;
  requirement: 'not-exact' | 'upper-at-least-k';
}

const isProtectedUnit = (policy: DisclosurePolicy, unit: string) => (policy.units as string[]).includes(unit);

/**
 * One protected publication from validated submissions: every section of the taxonomy over every quarter of
 * the release, protected together. Per-table Gaussian suppression (GaussSuppression's method) proposes, then an
 * exact attack over the whole release and every earlier one decides: a small count whose interval is too narrow
 * gets more cells hidden beside it, a hidden cell the attacker can compute anyway is published, until the attack
 * finds nothing (or the run is refused).
 */
export function publish(options: PublishOptions): { publication: PublicationDocument; record: PublicationRecord } {
  const policy = checkedPolicy(options.policy ?? DEFAULT_POLICY);
  const { taxonomy, submissions } = options;
  const previous = options.previous ?? [];
  // The release shows its own quarters (the window); it is protected over every quarter any release has shown,
  // so that a window that drops old quarters (a rolling release) is still protected with them.
  const window = options.quarters ?? rangeOf(quartersOf(submissions));
  const span = window && previous.length ? spanOf(window, previous) : window;
  const tables = aggregateReport(taxonomy, submissions, span ? { quarters: span } : {});
  const quarters = (window ? quartersBetween(window.from, window.to) : []) as Quarter[];
  const spanQuarters = [...tables.values()][0]?.quarters ?? [];
  const releaseId = options.release?.id ?? `${taxonomy.id}-${quarters.at(-1) ?? 'empty'}`;
  const created = options.release?.created ?? new Date().toISOString().slice(0, 10);

  // Own counts per organization, for the insider model and the contributor rule.
  const own = memberCounts(submissions, spanQuarters);
  const problems: Problem[] = [];
  const revised: PublicationRecord['revised'] = [];
  const fixed = carryForward(previous, tables, options.allowRevisions ?? false, problems, revised);
  if (problems.length) throw new PublishError('The earlier releases do not agree with this one', problems);

  const extraHidden = new Map<string, CellRef[]>();
  const extraKnown = new Map<string, CellRef[]>();
  // Range totals hidden because the cells beside a small count could not widen its interval (a range total
  // minus an earlier release's is a sum over the new quarters only, and may itself be small).
  const hiddenRange = new Map<string, number[]>();
  const failures = new Map<string, number>();
  const hiddenQuarter = new Map<string, number[]>();
  const links = sameTotalLinks(taxonomy, tables, spanQuarters);
  /**
   * The quarters in which a section's total is the client count of the same members as the client-count
   * section's: a single-select section linked to it, or a multi-select section (whose total is the client count
   * of its reporters) reported by the same members.
   */
  const tiedQuarters = (id: string, table: AggregateTable): number[] => {
    const anchorTable = taxonomy.clientCountSection ? tables.get(taxonomy.clientCountSection) : undefined;
    if (!anchorTable || id === taxonomy.clientCountSection) return [];
    return table.quarters.flatMap((_, q) =>
      (
        table.multiSelect
          ? table.reporters[q]!.length > 0 && table.reporters[q]!.join(',') === anchorTable.reporters[q]!.join(',')
          : links[q]!.includes(id)
      )
        ? [q]
        : [],
    );
  };
  const dominance = dominatedTotals(taxonomy, submissions, tables, policy);
  let rounds = 0;
  const lastRound = new Map<string, { signature: string; result: ReturnType<typeof protectTable> }>();
  for (;;) {
    rounds++;
    const protectedTables = new Map<string, { series: SafeSeries; record: SuppressionRecord }>();
    // The client-count section first: whether it shows a quarter's count decides it for the sections tied to it.
    const anchor = taxonomy.clientCountSection;
    const order = [...tables.keys()].sort((a, b) => Number(b === anchor) - Number(a === anchor));
    let anchorHidden: boolean[] = [];
    for (const id of order) {
      const table = tables.get(id)!;
      const tied = tiedQuarters(id, table);
      const f = fixed.get(id);
      const tableOptions: ProtectTableOptions = {
        hidden: [
          ...(f?.hidden ?? []).map((c) => ({ ...c, reason: 'previous-release' as const })),
          ...(extraHidden.get(id) ?? []).map((c) => ({ ...c, reason: 'interval' as const })),
        ],
        known: [...(f?.known ?? []), ...(extraKnown.get(id) ?? [])],
        knownSums: f?.sums ?? [],
        dominated: {
          ...dominance.get(id),
          quarters: [
            ...(dominance.get(id)?.quarters ?? []),
            // A multi-select total is the client count of its reporters, at most the whole client count: it goes
            // wherever the client count is hidden, whoever reported.
            ...(table.multiSelect && id !== anchor ? table.quarters.map((_, q) => q) : tied).filter(
              (q) => anchorHidden[q],
            ),
            ...(hiddenQuarter.get(id) ?? []),
          ],
          categories: [...(dominance.get(id)?.categories ?? []), ...(hiddenRange.get(id) ?? [])],
        },
        knownQuarters: table.multiSelect ? [] : tied.filter((q) => anchorHidden[q] === false),
      };
      // Only sections whose decisions changed since the last round are protected again.
      const signature = JSON.stringify(tableOptions);
      const cached = lastRound.get(id);
      const result = cached?.signature === signature ? cached.result : protectTable(table, policy, tableOptions);
      lastRound.set(id, { signature, result });
      protectedTables.set(id, result);
      if (id === anchor) anchorHidden = result.series.quarterTotals?.map((t) => t.status === 'suppressed') ?? [];
    }
    const publication = document(taxonomy, protectedTables, links, policy, {
      window,
      spanQuarters,
      id: releaseId,
      created,
      quarters,
      previous,
      revised,
      notice: options.notice,
    });
    const truth = truthOf(tables);
    const reasons = reasonsOf(protectedTables);
    const findings = attackRelease([...previous, publication], policy, truth, own);
    if (findings.length === 0) {
      const records = [...protectedTables.values()].map((p) => p.record);
      return {
        publication,
        record: {
          release: releaseId,
          policy,
          sections: records,
          cost: costOf(records, tables, policy, rounds),
          revised,
        },
      };
    }
    let progressed = false;
    for (const finding of findings) {
      const key = keyOf(finding.cell.section, finding.cell.quarter, finding.cell.category);
      const reason = reasons.get(key);
      const ref = { quarter: finding.cell.quarter as Quarter, category: finding.cell.category };
      const isPrimary = reason !== undefined && reason !== 'complementary' && reason !== 'singleton';
      if (!isPrimary && reason !== undefined) {
        // The attacker can compute it anyway: publishing it costs nothing and frees the search.
        if (!(extraKnown.get(finding.cell.section) ?? []).some((c) => same(c, ref))) {
          push(extraKnown, finding.cell.section, ref);
          progressed = true;
        }
        continue;
      }
      // Escalate, one step per round, from the cheapest remedy until one changes something.
      const series = protectedTables.get(finding.cell.section)!.series;
      const q = series.quarters.indexOf(ref.quarter);
      const fixedKnown = fixed.get(finding.cell.section)?.known ?? [];
      const remedies: Array<() => boolean> = [
        () => {
          // A published count beside it, the one whose part unknown to the attacker is largest.
          const partner = widenWith(tables.get(finding.cell.section)!, ref, series, fixedKnown, (category, quarter) =>
            finding.attacker === 'outsider' ? 0 : own.of(finding.attacker, finding.cell.section, quarter, category),
          );
          if (!partner || (extraHidden.get(finding.cell.section) ?? []).some((c) => same(c, partner))) return false;
          push(extraHidden, finding.cell.section, partner);
          return true;
        },
        () => {
          // The range totals of its quarter's hidden categories (its own included): they tie it to other quarters
          // and to earlier releases' totals.
          let changed = false;
          series.categories.forEach((category, c) => {
            const hiddenHere = series.cells[q]?.[c]?.status === 'suppressed' || category.id === ref.category;
            if (hiddenHere && series.rangeTotals?.[c]?.status === 'value') {
              push(hiddenRange, finding.cell.section, c);
              changed = true;
            }
          });
          return changed;
        },
        () => {
          // The quarter's total: the client count's, when this section's total is the client count.
          if (series.quarterTotals?.[q]?.status !== 'value') return false;
          const owner = tiedQuarters(finding.cell.section, tables.get(finding.cell.section)!).includes(q)
            ? taxonomy.clientCountSection!
            : finding.cell.section;
          if ((hiddenQuarter.get(owner) ?? []).includes(q)) return false;
          push(hiddenQuarter, owner, q);
          return true;
        },
        () => {
          // Every published count in its quarter and in its category.
          let changed = false;
          series.cells.forEach((row, rq) =>
            row.forEach((cell, rc) => {
              const at = { quarter: series.quarters[rq]!, category: series.categories[rc]!.id };
              if (cell.status !== 'value' || (rq !== q && at.category !== ref.category)) return;
              if (fixedKnown.some((k) => same(k, at))) return;
              push(extraHidden, finding.cell.section, at);
              changed = true;
            }),
          );
          return changed;
        },
      ];
      for (let level = failures.get(key) ?? 0; level < remedies.length; level++) {
        failures.set(key, level + 1);
        if (remedies[level]!()) {
          progressed = true;
          break;
        }
      }
    }
    if (!progressed || rounds > 200)
      throw new PublishError(
        'The release cannot be protected: an attack still narrows these hidden cells',
        findings.map((f) => ({
          severity: 'error',
          code: 'audit-failed',
          message: `${f.cell.section}, ${f.cell.quarter}, "${f.cell.category}": ${f.requirement === 'not-exact' ? 'can be worked out exactly' : 'can be shown to be small'} by ${f.attacker === 'outsider' ? 'a visitor' : `member ${f.attacker}`}`,
          where: { path: `sections.${f.cell.section}` },
        })),
      );
  }
}

const same = (a: CellRef, b: CellRef) => a.quarter === b.quarter && a.category === b.category;
function push<T>(map: Map<string, T[]>, key: string, value: T) {
  if (!map.has(key)) map.set(key, []);
  map.get(key)!.push(value);
}

/**
 * The published cell to hide beside a small count whose interval is too narrow: the largest published count in
 * the same quarter or the same category (it shares a relation with the small count, so hiding it widens the
 * interval most), or else the largest published count of the section. Cells an earlier release published stay.
 */
function widenWith(
  table: AggregateTable,
  at: CellRef,
  series: SafeSeries,
  fixedKnown: readonly CellRef[],
  attackerOwn: (category: string, quarter: string) => number,
): CellRef | undefined {
  const q0 = table.quarters.indexOf(at.quarter);
  const c0 = table.categories.findIndex((c) => c.id === at.category);
  let best: { ref: CellRef; value: number; near: number } | undefined;
  series.cells.forEach((row, q) =>
    row.forEach((cell, c) => {
      if (cell.status !== 'value') return;
      const ref = { quarter: table.quarters[q]!, category: table.categories[c]!.id };
      if (fixedKnown.some((k) => same(k, ref))) return;
      const near = q === q0 || c === c0 ? 1 : 0;
      // What the attacker does not know of it: the room it adds to the small count's interval.
      const room = cell.value - attackerOwn(ref.category, ref.quarter);
      if (room <= 0) return;
      if (!best || near > best.near || (near === best.near && room > best.value)) best = { ref, value: room, near };
    }),
  );
  return best?.ref;
}

function truthOf(tables: ReadonlyMap<string, AggregateTable>): Map<string, number> {
  const truth = new Map<string, number>();
  for (const [id, t] of tables)
    t.counts.forEach((row, q) =>
      row.forEach((v, c) => {
        if (v !== null) truth.set(keyOf(id, t.quarters[q]!, t.categories[c]!.id), v);
      }),
    );
  return truth;
}

function reasonsOf(tables: ReadonlyMap<string, { record: SuppressionRecord }>): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const [id, { record }] of tables)
    for (const c of record.cells) reasons.set(keyOf(id, c.quarter, c.category), c.reason);
  return reasons;
}

/** What each member knows besides the publication: its own count in any cell. */
export interface MemberCounts {
  organizations: readonly string[];
  of(organization: string, section: string, quarter: string, category: string): number;
}

function memberCounts(submissions: readonly Submission[], quarters: readonly Quarter[]): MemberCounts {
  const wanted = new Set<string>(quarters);
  const byQuarter = new Map<string, Map<string, Submission[]>>();
  for (const s of submissions) {
    if (!wanted.has(s.quarter)) continue;
    let m = byQuarter.get(s.quarter);
    if (!m) byQuarter.set(s.quarter, (m = new Map()));
    const list = m.get(s.organization);
    if (list) list.push(s);
    else m.set(s.organization, [s]);
  }
  const organizations = [...new Set(submissions.filter((s) => wanted.has(s.quarter)).map((s) => s.organization))];
  return {
    organizations,
    of(organization, section, quarter, category) {
      let n = 0;
      for (const s of byQuarter.get(quarter)?.get(organization) ?? []) {
        const v = s.counts[section]?.[category];
        if (v !== undefined && v > 0) n += v;
      }
      return n;
    },
  };
}

/**
 * The attack on a candidate release together with every earlier one, as an outsider and as each member:
 * exact LP intervals of every hidden cell of the newest release, then the policy's requirements: no hidden cell
 * is pinned to one value (unless it is all the insider's own), and a small count's upper bound (above what the
 * insider contributed) reaches k.
 */
export function attackRelease(
  releases: readonly PublicationDocument[],
  policy: DisclosurePolicy,
  truth: ReadonlyMap<string, number>,
  own: MemberCounts | undefined,
): AuditFinding[] {
  const k = policy.threshold;
  const model = attackModel(releases);
  const findings: AuditFinding[] = [];
  const small = (v: number) => (v > 0 ? v < k : policy.protectZeros);
  const check = (attacker: string, mine: Map<string, number> | undefined) => {
    // An insider who contributed nothing to a component's hidden cells knows there what an outsider knows.
    const { consistent, intervals } = solveIntervals(model, {
      lowerOf: (key) => mine?.get(key) ?? 0,
      onlyRaised: mine !== undefined,
      // A cell whose true value is all the insider's own reveals nothing of anyone else's.
      only: (key) => truth.has(key) && (mine === undefined || truth.get(key)! > (mine.get(key) ?? 0)),
      // The true value is feasible: an upper bound above it means the cell is not pinned.
      lowerWhen: (key, upper) => upper <= truth.get(key)!,
    });
    if (!consistent) throw new Error('the publication contradicts itself: its relations have no solution');
    for (const [key, interval] of intervals) {
      const value = truth.get(key);
      if (value === undefined) continue;
      const mineHere = mine?.get(key) ?? 0;
      const rest = value - mineHere;
      if (mine && rest === 0) continue;
      const cell = parseKey(key);
      if (interval.lower === interval.upper) findings.push({ cell, attacker, interval, requirement: 'not-exact' });
      else if (!policy.protection.interval) continue;
      else if (mine ? rest > 0 && rest < k && interval.upper - mineHere < k : small(value) && interval.upper < k)
        findings.push({ cell, attacker, interval, requirement: 'upper-at-least-k' });
    }
  };
  check('outsider', undefined);
  for (const org of policy.protection.insiders ? (own?.organizations ?? []) : []) {
    const mine = new Map<string, number>();
    for (const key of model.keys) {
      const { section, quarter, category } = parseKey(key);
      const v = own!.of(org, section, quarter, category);
      if (v > 0) mine.set(key, v);
    }
    if (mine.size > 0) check(org, mine);
  }
  return findings;
}

interface Fixed {
  known: CellRef[];
  hidden: CellRef[];
  sums: Array<{ category: string; from: Quarter; to: Quarter }>;
}

/** What earlier releases decided, per section; a changed past value is a problem unless revisions are allowed. */
function carryForward(
  previous: readonly PublicationDocument[],
  tables: ReadonlyMap<string, AggregateTable>,
  allowRevisions: boolean,
  problems: Problem[],
  revised: PublicationRecord['revised'],
): Map<string, Fixed> {
  const fixed = new Map<string, Fixed>();
  for (const doc of previous)
    for (const [id, s] of Object.entries(doc.sections)) {
      const table = tables.get(id);
      if (!table) continue;
      let f = fixed.get(id);
      if (!f) fixed.set(id, (f = { known: [], hidden: [], sums: [] }));
      s.cells.forEach((row, q) =>
        row.forEach((cell, c) => {
          const quarter = s.quarters[q]! as Quarter;
          const category = s.categories[c]!.id;
          const tq = table.quarters.indexOf(quarter);
          const tc = table.categories.findIndex((x) => x.id === category);
          if (tq < 0 || tc < 0) return;
          const now = table.counts[tq]![tc]!;
          if (cell.status === 'suppressed') f!.hidden.push({ quarter, category });
          if (cell.status !== 'value') return;
          if (now !== cell.value) {
            if (!allowRevisions)
              problems.push({
                severity: 'error',
                code: 'revised-value',
                message: `${id}, ${quarter}, "${category}" was published as ${cell.value} in ${doc.release.id} and is now ${now ?? 'not reported'}; pass the revision flag to publish a revision`,
                where: { path: `sections.${id}.cells[${tq}][${tc}]` },
              });
            else
              revised.push({
                section: id,
                quarter,
                category,
                release: doc.release.id,
                before: cell.value,
                after: now ?? 0,
              });
            return;
          }
          f!.known.push({ quarter, category });
        }),
      );
      s.rangeTotals?.forEach((total, c) => {
        if (total.status === 'value')
          f!.sums.push({
            category: s.categories[c]!.id,
            from: s.quarters[0]! as Quarter,
            to: s.quarters.at(-1)! as Quarter,
          });
      });
    }
  return fixed;
}

/** Per quarter, the sections that cover every client and whose sums equal the client count (same reporters). */
function sameTotalLinks(
  taxonomy: Taxonomy,
  tables: ReadonlyMap<string, AggregateTable>,
  quarters: readonly Quarter[],
): string[][] {
  const covering = taxonomy.sections.filter((s) => s.coversAllClients && !s.multiSelect && tables.has(s.id));
  return quarters.map((_, q) => {
    const sums = covering.map((s) => {
      const t = tables.get(s.id)!;
      const row = t.counts[q]!;
      return { id: s.id, sum: row.reduce<number>((a, v) => a + (v ?? 0), 0), reporters: t.reporters[q]!.join(',') };
    });
    const anchor = sums.find((s) => s.id === taxonomy.clientCountSection) ?? sums[0];
    if (!anchor) return [];
    const linked = sums.filter((s) => s.sum === anchor.sum && s.reporters === anchor.reporters).map((s) => s.id);
    return linked.length > 1 ? linked : [];
  });
}

function document(
  taxonomy: Taxonomy,
  tables: ReadonlyMap<string, { series: SafeSeries }>,
  links: string[][],
  policy: DisclosurePolicy,
  release: {
    window: QuarterRange | undefined;
    spanQuarters: readonly Quarter[];
    id: string;
    created: string;
    quarters: readonly Quarter[];
    previous: readonly PublicationDocument[];
    revised: PublicationRecord['revised'];
    notice: string | undefined;
  },
): PublicationDocument {
  const sections: Record<string, PublishedSection> = {};
  for (const section of taxonomy.sections) {
    const p = tables.get(section.id);
    if (!p) continue;
    // Only the window's quarters; a range total over it is the publication's own when the window is the whole span,
    // and otherwise a sum of published cells (or suppressed): never a new number.
    sections[section.id] = {
      ...serializeSeries(selectQuarters(p.series, release.window), section),
      ...(section.coversAllClients && !section.multiSelect ? { coversAllClients: true } : {}),
      ...(section.subsetOf ? { subsetOf: section.subsetOf } : {}),
    };
  }
  return {
    format: PUBLICATION_FORMAT,
    release: {
      id: release.id,
      created: release.created,
      from: release.quarters[0] ?? '',
      to: release.quarters.at(-1) ?? '',
      ...(release.previous.length ? { previous: release.previous.map((d) => d.release.id) } : {}),
      ...(release.revised.length
        ? {
            revised: release.revised.map(({ section, quarter, category, release: r }) => ({
              section,
              quarter,
              category,
              release: r,
            })),
          }
        : {}),
    },
    taxonomy: taxonomy.id,
    policy: {
      threshold: policy.threshold,
      protectZeros: policy.protectZeros,
      minContributors: policy.contributors.minContributors,
      dominance: policy.contributors.dominance,
      units: [...policy.units],
      protection: { ...policy.protection },
    },
    ...(release.notice ? { notice: release.notice } : {}),
    ...(taxonomy.clientCountSection ? { clientCountSection: taxonomy.clientCountSection } : {}),
    links: {
      sameTotal: links.filter((_, q) => release.quarters.includes(release.spanQuarters[q]!)),
    },
    sections,
  };
}

function costOf(
  records: readonly SuppressionRecord[],
  tables: ReadonlyMap<string, AggregateTable>,
  policy: DisclosurePolicy,
  rounds: number,
): ProtectionCost {
  const byReason: Record<string, number> = {};
  let hiddenSum = 0;
  let hiddenCells = 0;
  for (const r of records)
    for (const c of r.cells) {
      byReason[c.reason] = (byReason[c.reason] ?? 0) + 1;
      hiddenSum += c.value;
      hiddenCells++;
    }
  let total = 0;
  for (const t of tables.values())
    if (isProtectedUnit(policy, t.unit)) for (const row of t.counts) for (const v of row) total += v ?? 0;
  return { hiddenCells, byReason, informationLoss: total > 0 ? hiddenSum / total : 0, rounds };
}

/**
 * The contributor rule applied to totals: a quarter total, range total or grand total that one member contributed
 * all but 1..k-1 of (or that too few members contributed to) is protected like a small count, since that member
 * can subtract its own part from it. One pass over the submissions, each member's parts in typed arrays.
 */
function dominatedTotals(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  tables: ReadonlyMap<string, AggregateTable>,
  policy: DisclosurePolicy,
): Map<string, NonNullable<ProtectTableOptions['dominated']>> {
  const orgIndex = new Map<string, number>();
  for (const s of submissions) if (!orgIndex.has(s.organization)) orgIndex.set(s.organization, orgIndex.size);
  const O = orgIndex.size;
  interface Parts {
    table: AggregateTable;
    categories: Map<string, number>;
    quarter: Float64Array;
    range: Float64Array;
    grand: Float64Array;
  }
  const parts = new Map<string, Parts>();
  for (const [id, table] of tables)
    if (isProtectedUnit(policy, table.unit))
      parts.set(id, {
        table,
        categories: new Map(table.categories.map((c, i) => [c.id, i])),
        quarter: new Float64Array(table.quarters.length * O),
        range: new Float64Array(table.categories.length * O),
        grand: new Float64Array(O),
      });
  const quarters = [...tables.values()][0]?.quarters ?? [];
  const qIndex = new Map(quarters.map((q, i) => [q as string, i]));
  const clientSection = taxonomy.clientCountSection;
  for (const s of submissions) {
    const q = qIndex.get(s.quarter);
    if (q === undefined) continue;
    const o = orgIndex.get(s.organization)!;
    let clients = 0;
    for (const category in (clientSection && s.counts[clientSection]) || {}) {
      const v = s.counts[clientSection!]![category]!;
      if (v > 0) clients += v;
    }
    for (const section in s.counts) {
      const p = parts.get(section);
      if (!p) continue;
      const answers = s.counts[section]!;
      let sum = 0;
      for (const category in answers) {
        const c = p.categories.get(category);
        const v = answers[category]!;
        if (c === undefined || !(v > 0)) continue;
        sum += v;
        p.range[c * O + o]! += v;
        p.grand[o]! += v;
      }
      // A multi-select section's quarter total is the client count of the members reporting it.
      p.quarter[q * O + o]! += p.table.multiSelect ? clients : sum;
    }
  }
  const k = policy.threshold;
  const breaks = (shares: Float64Array, from: number) => {
    let total = 0;
    let largest = 0;
    let contributors = 0;
    for (let i = from; i < from + O; i++) {
      const v = shares[i]!;
      total += v;
      if (v > 0) contributors++;
      if (v > largest) largest = v;
    }
    const rest = total - largest;
    if (policy.contributors.dominance && contributors >= 2 && rest > 0 && rest < k) return true;
    return total > 0 && contributors < policy.contributors.minContributors;
  };
  const result = new Map<string, NonNullable<ProtectTableOptions['dominated']>>();
  for (const [id, p] of parts)
    result.set(id, {
      quarters: p.table.quarters.flatMap((_, q) => (breaks(p.quarter, q * O) ? [q] : [])),
      categories: p.table.categories.flatMap((_, c) => (breaks(p.range, c * O) ? [c] : [])),
      grand: breaks(p.grand, 0),
    });
  return result;
}

/**
 * The coordinator's audit of a release as an attacker would run it: the exact LP interval of every hidden cell
 * of the newest release, with every earlier release's relations, as a visitor and as each member (who knows its
 * own counts), checked against the policy: no hidden cell is pinned to one value, no small count's upper bound
 * stays below k. Needs the submissions behind the release (to know which cells are small, and each member's own).
 */
export function auditRelease(options: {
  taxonomy: Taxonomy;
  submissions: readonly Submission[];
  releases: readonly PublicationDocument[];
  policy?: DisclosurePolicy;
}): AuditFinding[] {
  const newest = options.releases.at(-1);
  if (!newest) return [];
  const policy = checkedPolicy(options.policy ?? DEFAULT_POLICY);
  const window = { from: newest.release.from as Quarter, to: newest.release.to as Quarter };
  const tables = aggregateReport(options.taxonomy, options.submissions, {
    quarters: spanOf(window, options.releases.slice(0, -1)),
  });
  const quarters = [...tables.values()][0]?.quarters ?? [];
  return attackRelease(options.releases, policy, truthOf(tables), memberCounts(options.submissions, quarters));
}

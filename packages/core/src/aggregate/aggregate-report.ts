import { quarterFromIndex, quarterIndex, quartersBetween } from '../periods.js';
import type { Quarter, QuarterRange } from '../periods.js';
import { seriesCategory, type AggregateTable } from '../series.js';
import type { Submission } from '../submissions/types.js';
import type { Taxonomy } from '../taxonomy/schema.js';
import { nearestId } from '../submissions/nearest.js';
import { runIncrementally, runSteps, type IncrementalOptions, type Steps } from '../submissions/incremental.js';
import { indexTaxonomy, sectionIndex } from './taxonomy-index.js';

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * Checks an organization filter: every id must be a member of the taxonomy or an organization that submitted.
 * A typo would otherwise filter everything out and show "no data" without naming the cause. Throws a RangeError
 * naming the unknown id and the nearest known one.
 */
export function checkOrganizationFilter(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  organizations: readonly string[],
): void {
  const known = new Set(taxonomy.organizations.map((o) => o.id));
  for (const s of submissions) known.add(s.organization);
  for (const id of organizations) {
    if (known.has(id)) continue;
    const near = nearestId(id, known);
    throw new RangeError(
      `unknown organization "${clip(id)}" in the organization filter` +
        (near === undefined
          ? `; expected a member of taxonomy "${clip(taxonomy.id)}" or an organization that submitted`
          : `; did you mean "${clip(near)}"?`),
    );
  }
}

export interface AggregateOptions {
  /** Only these quarters (both ends included). Default: every quarter from the first to the last submitted. */
  quarters?: QuarterRange;
  /** Only these organizations (ids). Default: all. */
  organizations?: readonly string[];
}

export interface AggregateReportOptions extends AggregateOptions {
  /** Only these sections (ids). Default: every section of the taxonomy. */
  sections?: readonly string[];
}

/** The quarters a table spans: the requested range, or first to last submitted quarter (gaps included). */
export function quartersOf(submissions: readonly Submission[], range?: QuarterRange): Quarter[] {
  if (range) return quartersBetween(range.from, range.to);
  let min = Infinity;
  let max = -Infinity;
  for (const s of submissions) {
    const i = quarterIndex(s.quarter);
    if (i < min) min = i;
    if (i > max) max = i;
  }
  return min > max ? [] : quartersBetween(quarterFromIndex(min), quarterFromIndex(max));
}

/**
 * How many organizations are expected to report: the organization filter when given, else the taxonomy's
 * members together with any other organization that submitted.
 */
export function expectedOrganizations(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  organizations?: readonly string[],
): string[] {
  if (organizations) return [...new Set(organizations)];
  const ids = new Set(taxonomy.organizations.map((o) => o.id));
  for (const s of submissions) ids.add(s.organization);
  return [...ids];
}

interface Accumulator {
  counts: Float64Array;
  reported: Uint8Array;
  contributors: Uint32Array;
  largest: Float64Array;
  reporters: string[][];
}

/**
 * Coalition totals for every section in one pass over the submissions: section × quarter × category sums,
 * with the facts the privacy step needs (contributors and the largest single contribution per cell).
 * Not-reported stays distinct from zero: a cell nobody reported is `null`.
 */
export function aggregateReport(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  options: AggregateReportOptions = {},
): Map<string, AggregateTable> {
  return runSteps(aggregateReportSteps(taxonomy, submissions, options));
}

/**
 * `aggregateReport` for a page: the same sums in slices that give the event loop a turn about every 40 ms, so a
 * large preview never holds the page for long; `signal` stops it (the promise rejects with an AbortError).
 */
export function aggregateReportIncrementally(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  options: AggregateReportOptions & IncrementalOptions = {},
): Promise<Map<string, AggregateTable>> {
  const { signal, sliceMs, ...aggregate } = options;
  return runIncrementally(aggregateReportSteps(taxonomy, submissions, aggregate), { signal, sliceMs });
}

/** Submissions summed between two pauses: a few milliseconds of work. */
const SUBMISSIONS_PER_STEP = 200;

/** `aggregateReport` as steps that pause between pieces of the submissions (the same code for both). */
export function* aggregateReportSteps(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  options: AggregateReportOptions = {},
  submissionsPerStep = SUBMISSIONS_PER_STEP,
): Steps<Map<string, AggregateTable>> {
  const quarters = quartersOf(submissions, options.quarters);
  const first = quarters.length ? quarterIndex(quarters[0]!) : 0;
  const nq = quarters.length;
  if (options.organizations) checkOrganizationFilter(taxonomy, submissions, options.organizations);
  const orgFilter = options.organizations ? new Set(options.organizations) : undefined;
  const clientSection = taxonomy.clientCountSection;
  const wanted = options.sections ? new Set(options.sections) : undefined;
  for (const id of wanted ?? []) sectionIndex(taxonomy, id); // a clear error for an unknown section
  // The client-count section is always accumulated: it is the denominator of multi-select shares.
  const index = new Map(
    [...indexTaxonomy(taxonomy)].filter(([id]) => !wanted || wanted.has(id) || id === clientSection),
  );

  const acc = new Map<string, Accumulator>();
  for (const [id, { section }] of index) {
    const size = nq * section.categories.length;
    acc.set(id, {
      counts: new Float64Array(size),
      reported: new Uint8Array(size),
      contributors: new Uint32Array(size),
      largest: new Float64Array(size),
      reporters: quarters.map(() => []),
    });
  }

  // clientsBy[q] maps organization -> its client count (sum of the client-count section) that quarter.
  const clientsBy: Array<Map<string, number>> = quarters.map(() => new Map());

  // With few sections wanted, look each up instead of walking every section a submission holds.
  const sectionIds = wanted ? [...index.keys()] : undefined;
  let sinceStep = 0;
  for (const submission of submissions) {
    if (++sinceStep >= submissionsPerStep) {
      sinceStep = 0;
      yield;
    }
    if (orgFilter && !orgFilter.has(submission.organization)) continue;
    const q = quarterIndex(submission.quarter) - first;
    if (q < 0 || q >= nq) continue;
    for (const sectionId of sectionIds ?? Object.keys(submission.counts)) {
      if (!Object.hasOwn(submission.counts, sectionId)) continue;
      const entry = index.get(sectionId);
      const a = acc.get(sectionId);
      if (!entry || !a) continue; // validation reports unknown sections; aggregation only sees valid data
      const answers = submission.counts[sectionId]!;
      const ncat = entry.section.categories.length;
      const base = q * ncat;
      let sectionTotal = 0;
      for (const categoryId in answers) {
        const c = entry.categoryPosition.get(categoryId);
        if (c === undefined) continue;
        const value = answers[categoryId]!;
        const cell = base + c;
        a.counts[cell]! += value;
        a.reported[cell] = 1;
        if (value > 0) a.contributors[cell]!++;
        if (value > a.largest[cell]!) a.largest[cell] = value;
        sectionTotal += value;
      }
      a.reporters[q]!.push(submission.organization);
      if (sectionId === clientSection) clientsBy[q]!.set(submission.organization, sectionTotal);
    }
  }

  const expected = expectedOrganizations(taxonomy, submissions, options.organizations).length;
  const tables = new Map<string, AggregateTable>();
  for (const [id, { section }] of index) {
    if (wanted && !wanted.has(id)) continue;
    yield;
    const a = acc.get(id)!;
    const ncat = section.categories.length;
    const grid = <T>(cell: (i: number) => T): T[][] =>
      quarters.map((_, q) => section.categories.map((_, c) => cell(q * ncat + c)));
    tables.set(id, {
      taxonomy: taxonomy.id,
      section: id,
      unit: section.unit,
      multiSelect: section.multiSelect,
      quarters,
      categories: section.categories.map(seriesCategory),
      counts: grid((i) => (a.reported[i] ? a.counts[i]! : null)),
      contributors: grid((i) => a.contributors[i]!),
      largest: grid((i) => a.largest[i]!),
      clients: quarters.map((_, q) => {
        let total: number | null = null;
        for (const org of a.reporters[q]!) {
          const n = clientsBy[q]!.get(org);
          if (n !== undefined) total = (total ?? 0) + n;
        }
        return total;
      }),
      reporters: a.reporters.map((r) => [...r].sort()),
      coverage: quarters.map((quarter, q) => ({ quarter, reported: a.reporters[q]!.length, expected })),
    });
  }
  return tables;
}

/** Coalition totals for one section: quarters × categories, in taxonomy order. */
export function aggregateSection(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  sectionId: string,
  options: AggregateOptions = {},
): AggregateTable {
  return aggregateReport(taxonomy, submissions, { ...options, sections: [sectionId] }).get(sectionId)!;
}

/** `aggregateSection` for a page: see `aggregateReportIncrementally`. */
export async function aggregateSectionIncrementally(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  sectionId: string,
  options: AggregateOptions & IncrementalOptions = {},
): Promise<AggregateTable> {
  const tables = await aggregateReportIncrementally(taxonomy, submissions, { ...options, sections: [sectionId] });
  return tables.get(sectionId)!;
}

import { quartersBetween } from '../periods.js';
import type { Quarter } from '../periods.js';
import type { Submission } from '../submissions/types.js';
import type { Section, Taxonomy } from '../taxonomy/schema.js';
import { CATE_SAMPLE_PROFILE, type SampleProfile } from './profile.js';
import { binomial, hashString, multinomial, seededRandom } from './random.js';

export const SAMPLE_NOTICE =
  'Synthetic sample data: generated for demonstration, it describes no real person or organization’s clients.';

export interface SampleOptions {
  seed?: number;
  from?: Quarter;
  to?: Quarter;
  /** Organization ids; default the taxonomy's members (or org-1 … org-8 when it lists none). */
  organizations?: readonly string[];
  /** Share of organization-quarters with no submission at all. Default 0.04. */
  missingSubmissionRate?: number;
  /** Share of (organization, section) pairs an organization does not track. Default 0.06. */
  untrackedSectionRate?: number;
  /** Plausible proportions per section and category. Default: the CATE profile for the CATE taxonomy. */
  profile?: SampleProfile;
}

/** A per-id constant in [0, 1): weights and rates depend on the ids and the seed, never on iteration order. */
function constant(seed: number, ...ids: string[]): number {
  return seededRandom(hashString(`${seed}:${ids.join('/')}`))();
}

/**
 * Counts for one section from one organization's clients that quarter. Single-select sections that cover all
 * clients split them exactly; multi-select sections draw each category independently (they may exceed the
 * total); single-count sections draw a share; organization sections answer 1 or 0.
 */
function sectionCounts(
  section: Section,
  clients: number,
  parentCount: number | undefined,
  random: () => number,
  seed: number,
  profile: SampleProfile,
): Record<string, number> {
  const ids = section.categories.map((c) => c.id);
  const shape = profile[section.id];
  // A profiled category keeps its proportion, with a little per-seed variation between organizations.
  const profiled = (id: string) => {
    const p = shape?.[id];
    return p === undefined ? undefined : p * (0.8 + 0.4 * constant(seed, section.id, id, 'jitter'));
  };
  const weight = (id: string, role?: string) => {
    const base = 0.05 + constant(seed, section.id, id) ** 2; // skewed: some categories are rare
    return role === 'unknown' || role === 'other' ? base * 0.3 : base;
  };
  const probability = (id: string, role?: string) => Math.min(0.9, profiled(id) ?? weight(id, role) * 0.6);
  if (section.unit === 'organizations' || section.unit === 'percent-of-organizations') {
    const p = 0.35 + 0.6 * constant(seed, section.id);
    return Object.fromEntries(ids.map((id) => [id, random() < p ? 1 : 0]));
  }
  const population = parentCount ?? clients;
  if (section.unit === 'service-uses') {
    return Object.fromEntries(
      section.categories.map((c) => [c.id, binomial(random, population * 2, weight(c.id, c.role) / 4)]),
    );
  }
  if (section.multiSelect || section.categories.length === 1) {
    return Object.fromEntries(
      section.categories.map((c) => [c.id, binomial(random, population, probability(c.id, c.role))]),
    );
  }
  // Single-select: everyone (coversAllClients) or the share of clients the section applies to.
  const covered = section.coversAllClients
    ? population
    : binomial(random, population, 0.3 + 0.6 * constant(seed, section.id));
  const parts = multinomial(
    random,
    covered,
    section.categories.map((c) => profiled(c.id) ?? weight(c.id, c.role)),
  );
  return Object.fromEntries(ids.map((id, i) => [id, parts[i]!]));
}

/**
 * A deterministic, plausible synthetic dataset for any taxonomy: every organization, every quarter, every
 * section, internally consistent (single-select sections that cover all clients add up to the client count),
 * with small counts, a few organization-quarters with no submission and a few sections an organization does
 * not track, so privacy and coverage have work to do.
 */
export function generateSample(taxonomy: Taxonomy, options: SampleOptions = {}): Submission[] {
  const seed = options.seed ?? 2026;
  const random = seededRandom(seed);
  const organizations =
    options.organizations ??
    (taxonomy.organizations.length
      ? taxonomy.organizations.map((o) => o.id)
      : Array.from({ length: 8 }, (_, i) => `org-${i + 1}`));
  const quarters = quartersBetween(options.from ?? '2024-Q1', options.to ?? '2025-Q4');
  const missingRate = options.missingSubmissionRate ?? 0.04;
  const untrackedRate = options.untrackedSectionRate ?? 0.06;
  const clientSection = taxonomy.sections.find((s) => s.id === taxonomy.clientCountSection);
  const byId = new Map(taxonomy.sections.map((s) => [s.id, s]));
  const profile = options.profile ?? (taxonomy.id === 'cate-quarterly' ? CATE_SAMPLE_PROFILE : {});

  const submissions: Submission[] = [];
  for (const organization of organizations) {
    // Organization size: a few large programs and several small ones.
    const size = Math.round(4 + 70 * constant(seed, organization) ** 2);
    const tracked = taxonomy.sections.filter(
      (s) => s.id === taxonomy.clientCountSection || constant(seed, organization, s.id) >= untrackedRate,
    );
    let existing = Math.round(size * 0.6);
    for (const quarter of quarters) {
      const fresh = binomial(random, size, 0.45);
      const present = random() >= missingRate;
      const clients = fresh + existing;
      if (present) {
        const counts: Submission['counts'] = {};
        for (const section of tracked) {
          if (section === clientSection) {
            const [first, second] = section.categories;
            counts[section.id] =
              first && second && section.categories.length === 2
                ? { [first.id]: fresh, [second.id]: existing }
                : sectionCounts(section, clients, undefined, random, seed, profile);
            continue;
          }
          const parent = section.subsetOf ? counts[section.subsetOf] : undefined;
          const parentCount = parent ? Object.values(parent).reduce((a, b) => a + b, 0) : undefined;
          if (section.subsetOf && byId.has(section.subsetOf) && parent === undefined) continue; // parent not tracked
          counts[section.id] = sectionCounts(section, clients, parentCount, random, seed, profile);
        }
        submissions.push({ organization, quarter, counts });
      }
      // Some clients graduate each quarter; the new ones become existing clients.
      existing = Math.max(0, Math.round(existing * 0.55) + Math.round(fresh * 0.7));
    }
  }
  return submissions;
}

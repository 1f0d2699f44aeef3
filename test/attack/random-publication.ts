/**
 * Seeded small random linked datasets for attacking the library's publications: a taxonomy with a client-count
 * section, more single-select sections that cover every client (one with grouped categories), a multi-select
 * section and sometimes a section that is a subset of another; a few organizations over a few quarters, with
 * sparse small counts so that 1s and 2s are common. Each organization's own counts are kept (the insider model).
 */
import {
  addQuarters,
  parseTaxonomy,
  validateSubmissions,
  type Quarter,
  type Submission,
  type Taxonomy,
} from '@cate/core';
import { seededRandom } from '@cate/core/sample';
import { knowledgeOf } from './knowledge.js';

/** mulberry32, the sample generator's seeded PRNG: numbers in [0, 1). */
export const seeded = seededRandom;

export interface RandomDataset {
  seed: number;
  taxonomy: Taxonomy;
  quarters: Quarter[];
  organizations: string[];
  /** Valid submissions (checked with validateSubmissions). */
  submissions: Submission[];
  /** The coalition count of a cell, or undefined when nobody reported it. */
  truth(section: string, quarter: string, category: string): number | undefined;
  /** An organization's own count in a cell (0 when it reported none). */
  own(organization: string, section: string, quarter: string, category: string): number;
}

interface SectionShape {
  id: string;
  categories: Array<{ id: string; group?: string; role?: 'unknown' | 'other' }>;
  multiSelect: boolean;
  coversAllClients?: boolean;
  subsetOf?: string;
}

const SINGLE_SELECT_POOL: SectionShape[] = [
  {
    id: 'age',
    multiSelect: false,
    coversAllClients: true,
    categories: [{ id: 'minor' }, { id: 'adult' }, { id: 'unknown', role: 'unknown' }],
  },
  {
    id: 'origin',
    multiSelect: false,
    coversAllClients: true,
    categories: [
      { id: 'mexico', group: 'Americas' },
      { id: 'united-states', group: 'Americas' },
      { id: 'china', group: 'Asia' },
      { id: 'india', group: 'Asia' },
      { id: 'unknown', role: 'unknown' },
    ],
  },
  {
    id: 'sex',
    multiSelect: false,
    coversAllClients: true,
    categories: [{ id: 'female' }, { id: 'male' }, { id: 'other', role: 'other' }, { id: 'unknown', role: 'unknown' }],
  },
  {
    id: 'trafficking-type',
    multiSelect: false,
    coversAllClients: true,
    categories: [{ id: 'sex' }, { id: 'labor' }, { id: 'both' }],
  },
];

const NEEDS: SectionShape = {
  id: 'needs',
  multiSelect: true,
  categories: [{ id: 'housing' }, { id: 'legal' }, { id: 'medical' }, { id: 'food' }],
};
/** Clients with a justice history (not every client), and their charges: a subset of them. */
const HISTORY: SectionShape = {
  id: 'justice-history',
  multiSelect: false,
  categories: [{ id: 'past' }, { id: 'current' }],
};
const CHARGES_SINGLE: SectionShape = {
  id: 'charges',
  multiSelect: false,
  subsetOf: 'justice-history',
  categories: [{ id: 'prostitution' }, { id: 'theft' }, { id: 'drugs' }],
};
const CHARGES_MULTI: SectionShape = { ...CHARGES_SINGLE, multiSelect: true };

/** Options that bias the shape (the defaults draw everything at random from the seed). */
export interface RandomDatasetOptions {
  organizations?: number;
  quarters?: number;
  /** Share of (organization, quarter, section) answers left out, client count aside (not tracked). Default 0. */
  untrackedRate?: number;
}

export function randomDataset(seed: number, options: RandomDatasetOptions = {}): RandomDataset {
  const random = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  /** A small count, often 0, 1 or 2. */
  const small = () => pick([0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 7, 12]);
  const binomial = (n: number, p: number) => {
    let k = 0;
    for (let i = 0; i < n; i++) if (random() < p) k++;
    return k;
  };
  /** Splits n into parts by the weights, one client at a time. */
  const split = (n: number, weights: readonly number[]) => {
    const parts = weights.map(() => 0);
    const sum = weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < n; i++) {
      let r = random() * sum;
      let j = 0;
      while (j < weights.length - 1 && r >= weights[j]!) r -= weights[j++]!;
      parts[j]!++;
    }
    return parts;
  };

  // The taxonomy.
  const clients: SectionShape = {
    id: 'clients',
    multiSelect: false,
    coversAllClients: true,
    categories: [{ id: 'new' }, { id: 'existing' }],
  };
  const pool = [...SINGLE_SELECT_POOL];
  const covering: SectionShape[] = [pool.splice(1, 1)[0]!]; // origin: the one with groups
  for (let n = int(0, 2); n > 0; n--) covering.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
  const shapes: SectionShape[] = [clients, ...covering, NEEDS];
  if (chance(0.5)) shapes.push(HISTORY, chance(0.5) ? CHARGES_SINGLE : CHARGES_MULTI);
  const organizations = Array.from({ length: options.organizations ?? int(2, 5) }, (_, i) => `org-${i + 1}`);
  const taxonomy = parseTaxonomy({
    id: 'random-coalition',
    name: `Random coalition ${seed}`,
    version: '1',
    clientCountSection: 'clients',
    introduction: [],
    organizations: organizations.map((id) => ({ id, name: id })),
    areas: [{ id: 'main', title: 'Main' }],
    sections: shapes.map((s) => ({
      id: s.id,
      title: s.id,
      description: `The ${s.id} section`,
      area: 'main',
      unit: 'clients',
      multiSelect: s.multiSelect,
      ...(s.coversAllClients ? { coversAllClients: true } : {}),
      ...(s.subsetOf ? { subsetOf: s.subsetOf } : {}),
      notes: [],
      sources: [],
      categories: s.categories.map((c) => ({
        id: c.id,
        label: c.id,
        ...(c.group ? { group: c.group } : {}),
        ...(c.role ? { role: c.role } : {}),
      })),
      categoriesFrom: { from: 'coalition' },
    })),
  });

  // Skewed category weights per section (some categories rare), shared by the organizations.
  const weights = new Map(shapes.map((s) => [s.id, s.categories.map(() => 0.1 + random() ** 2)]));
  const rates = new Map(shapes.map((s) => [s.id, s.categories.map(() => 0.05 + 0.5 * random())]));

  const first = addQuarters('2024-Q1', int(0, 6));
  const quarters = Array.from({ length: options.quarters ?? int(2, 5) }, (_, i) => addQuarters(first, i));
  const raw: Submission[] = [];
  for (const organization of organizations) {
    // Some organizations are much larger than others.
    const size = pick([1, 1, 1, 2, 4]);
    for (const quarter of quarters) {
      if (chance(0.08)) continue; // no submission this quarter
      const n = Math.min(40, small() * size);
      const counts: Record<string, Record<string, number>> = {};
      const record = (s: SectionShape, parts: number[]) =>
        (counts[s.id] = Object.fromEntries(s.categories.map((c, i) => [c.id, parts[i]!])));
      for (const s of shapes) {
        if (s.coversAllClients) record(s, split(n, weights.get(s.id)!));
        else if (s === NEEDS)
          record(
            s,
            rates.get(s.id)!.map((p) => binomial(n, p)),
          );
        else if (s === HISTORY) record(s, split(binomial(n, 0.4), weights.get(s.id)!));
      }
      if (counts['justice-history']) {
        const parent = Object.values(counts['justice-history']).reduce((a, b) => a + b, 0);
        const charges = shapes.find((s) => s.id === 'charges')!;
        record(
          charges,
          charges.multiSelect
            ? rates.get('charges')!.map((p) => binomial(parent, p))
            : split(binomial(parent, 0.7), weights.get('charges')!),
        );
      }
      const untracked = options.untrackedRate ?? 0;
      for (const s of shapes) if (s !== clients && untracked > 0 && random() < untracked) delete counts[s.id];
      if (!counts['justice-history']) delete counts['charges']; // a subset is not tracked without its parent
      raw.push({ organization, quarter, counts });
    }
  }
  const { submissions } = validateSubmissions(raw, { taxonomy });

  const { truth, own } = knowledgeOf(submissions);
  return {
    seed,
    taxonomy,
    quarters,
    organizations,
    submissions,
    truth,
    own,
  };
}

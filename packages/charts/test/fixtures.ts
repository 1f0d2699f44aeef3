/**
 * Fixed SafeSeries for layout, renderer, snapshot, browser and benchmark tests. A real SafeSeries comes from
 * core's `protectTable`; these are written by hand (hence the cast) so each status and shape is covered exactly.
 */
import type { Coverage, Quarter, SafeCell, SafeSeries, Unit } from '@cate/core';

export const v = (value: number): SafeCell => ({ status: 'value', value });
export const S: SafeCell = { status: 'suppressed' };
export const NR: SafeCell = { status: 'not-reported' };

export const QUARTERS_8: Quarter[] = [
  '2024-Q1',
  '2024-Q2',
  '2024-Q3',
  '2024-Q4',
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
];

export interface FixtureOptions {
  section?: string;
  unit?: Unit;
  multiSelect?: boolean;
  quarters?: Quarter[];
  categories: Array<string | { id: string; label: string; role?: 'unknown' | 'other' }>;
  cells: SafeCell[][];
  shares?: SafeCell[][];
  quarterTotals?: SafeCell[];
  rangeTotals?: SafeCell[];
  coverage?: Array<[number, number]>;
  threshold?: number;
}

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function fixtureSeries(options: FixtureOptions): SafeSeries {
  const quarters = options.quarters ?? QUARTERS_8.slice(0, options.cells.length);
  const coverage: Coverage[] = quarters.map((quarter, i) => {
    const [reported, expected] = options.coverage?.[i] ?? [8, 8];
    return { quarter, reported, expected };
  });
  const series = {
    taxonomy: 'cate',
    section: options.section ?? 'test-section',
    unit: options.unit ?? 'clients',
    multiSelect: options.multiSelect ?? false,
    quarters,
    categories: options.categories.map((c) => (typeof c === 'string' ? { id: slug(c), label: c } : c)),
    cells: options.cells,
    ...(options.shares ? { shares: options.shares } : {}),
    ...(options.quarterTotals ? { quarterTotals: options.quarterTotals } : {}),
    ...(options.rangeTotals ? { rangeTotals: options.rangeTotals } : {}),
    coverage,
    disclosure: { threshold: options.threshold ?? 3, protectZeros: false },
  };
  return series as unknown as SafeSeries;
}

/** Continent of origin over eight quarters: values, a zero, suppressed and not-reported cells, partial coverage. */
export const continents = fixtureSeries({
  section: 'continent-of-origin',
  categories: [
    'Africa',
    'Asia',
    'Europe',
    'North America',
    'South America',
    { id: 'unknown', label: 'Unknown Origin', role: 'unknown' },
  ],
  cells: [
    [v(12), v(5), S, v(40), S, v(7)],
    [v(14), v(6), v(3), v(44), v(4), v(6)],
    [v(11), S, v(4), v(47), v(5), S],
    [v(15), v(8), v(0), v(51), v(6), v(9)],
    [v(17), v(9), v(5), v(49), NR, v(8)],
    [v(16), v(10), v(6), v(55), v(7), v(10)],
    [v(19), v(12), v(4), v(58), v(6), v(11)],
    [v(21), v(11), v(7), v(60), v(8), v(12)],
  ],
  quarterTotals: [S, v(77), S, v(89), NR, v(104), v(110), v(119)],
  rangeTotals: [v(125), S, S, v(404), S, S],
  coverage: [
    [7, 8],
    [8, 8],
    [8, 8],
    [8, 8],
    [6, 8],
    [8, 8],
    [8, 8],
    [8, 8],
  ],
});

/** New and existing clients: two single-select categories that add up, with published shares. */
export const newExisting = fixtureSeries({
  section: 'new-and-existing-clients',
  categories: ['New Clients', 'Existing Clients'],
  cells: [
    [v(30), v(70)],
    [v(25), v(80)],
    [S, v(90)],
    [v(35), v(85)],
  ],
  shares: [
    [v(0.3), v(0.7)],
    [v(0.238), v(0.762)],
    [S, S],
    [v(0.292), v(0.708)],
  ],
  quarterTotals: [v(100), v(105), S, v(120)],
});

/** One category: clients with unmet requests. */
export const unmet = fixtureSeries({
  section: 'clients-with-unmet-requests',
  categories: ['Clients with Unmet Requests'],
  cells: [[v(4)], [v(6)], [S], [v(9)], [v(7)], [v(12)], [NR], [v(15)]],
});

/** A percent of organizations, with published shares. */
export const screening = fixtureSeries({
  section: 'organizations-screening',
  unit: 'percent-of-organizations',
  categories: ['Screening'],
  cells: [[v(6)], [v(7)], [v(7)], [v(8)]],
  shares: [[v(0.75)], [v(0.875)], [v(0.875)], [v(1)]],
});

/** A multi-select section drawn as lines. */
export const diagnoses = fixtureSeries({
  section: 'mental-health-diagnoses',
  multiSelect: true,
  categories: [
    'PTSD',
    'Bipolar Disorder',
    'Depression',
    'Anxiety',
    { id: 'unknown', label: 'Unknown Diagnosis', role: 'unknown' },
  ],
  cells: [
    [v(30), v(5), v(22), v(28), v(4)],
    [v(33), S, v(25), v(30), S],
    [v(35), v(6), v(24), v(33), v(5)],
    [v(38), v(7), NR, v(36), v(6)],
    [v(41), v(6), v(28), v(40), v(5)],
    [v(43), v(8), v(31), v(42), v(7)],
  ],
  quarterTotals: [v(60), v(64), v(66), v(70), v(75), v(80)],
});

/** A suppressed cell smuggling a number: no honest SafeSeries does this, so any output of 987654 is a leak. */
export const SECRET = 987654;
export const leaky = fixtureSeries({
  section: 'continent-of-origin',
  categories: ['Africa', 'Asia', 'Europe'],
  cells: [
    [v(12), { status: 'suppressed', value: SECRET } as unknown as SafeCell, v(40)],
    [v(14), v(20), { status: 'suppressed', value: SECRET } as unknown as SafeCell],
  ],
  quarterTotals: [{ status: 'suppressed', value: SECRET } as unknown as SafeCell, v(50)],
  rangeTotals: [v(26), { status: 'suppressed', value: SECRET } as unknown as SafeCell, S],
});

/** Deterministic data for the benchmark: 8 quarters × 6 categories, varied by seed. */
export function benchSeries(seed: number): SafeSeries {
  let s = seed * 9301 + 49297;
  const next = () => ((s = (s * 9301 + 49297) % 233280), s / 233280);
  return fixtureSeries({
    section: 'continent-of-origin',
    categories: ['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Unknown Origin'],
    cells: QUARTERS_8.map(() => Array.from({ length: 6 }, () => (next() < 0.05 ? S : v(Math.round(next() * 80))))),
  });
}

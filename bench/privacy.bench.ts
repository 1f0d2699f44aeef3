/**
 * Disclosure control for a whole report: 41 sections x 8 quarters x ~8 categories of plausible coalition counts
 * (seeded), protected with the default policy and audited (exact recoverability and LP intervals per hidden
 * cell). Prints milliseconds per full report and per section.
 *
 *   npx tsx bench/privacy.bench.ts [reports=30]
 */
import {
  auditSeries,
  protectTables,
  quartersBetween,
  type AggregateTable,
  type Unit,
} from '../packages/core/src/index.js';

/** mulberry32: a small seeded generator, so every run sees the same report. */
function generator(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(random: () => number, mean: number): number {
  let k = 0;
  for (let p = random(), limit = Math.exp(-mean); p > limit; p *= random()) k++;
  return k;
}

const ORGANIZATIONS = 8;
const QUARTERS = quartersBetween('2024-Q1', '2025-Q4');

/**
 * One section: each member organization has a size and reports most quarters; each category has a popularity
 * (a few common, several rare), so cells range from 0 and 1 up to a few dozen, as in the report's charts.
 */
function section(random: () => number, index: number): AggregateTable {
  const categories = 5 + Math.floor(random() * 7); // 5-11, about 8
  const multiSelect = index % 3 === 2;
  const unit: Unit = index % 14 === 13 ? 'organizations' : 'clients';
  const popularity = Array.from({ length: categories }, () => Math.pow(random(), 2.5));
  const norm = popularity.reduce((s, p) => s + p, 0);
  const size = Array.from({ length: ORGANIZATIONS }, () => 2 + random() * 14);
  const counts: number[][] = [];
  const contributors: number[][] = [];
  const largest: number[][] = [];
  const clients: number[] = [];
  const reporters: string[][] = [];
  for (const _ of QUARTERS) {
    const reporting = size.map(() => random() < 0.85);
    const perOrg = size.map((s, o) =>
      popularity.map((p) => (reporting[o] ? poisson(random, ((s * p) / norm) * (multiSelect ? 1.6 : 1)) : 0)),
    );
    counts.push(popularity.map((_, c) => perOrg.reduce((sum, row) => sum + row[c]!, 0)));
    contributors.push(popularity.map((_, c) => perOrg.filter((row) => row[c]! > 0).length));
    largest.push(popularity.map((_, c) => Math.max(...perOrg.map((row) => row[c]!))));
    const quarterClients = size.reduce((sum, s, o) => sum + (reporting[o] ? Math.round(s) : 0), 0);
    clients.push(multiSelect ? Math.max(quarterClients, ...counts.at(-1)!) : counts.at(-1)!.reduce((s, v) => s + v, 0));
    reporters.push(size.flatMap((_, o) => (reporting[o] ? [`org-${o}`] : [])));
  }
  return {
    taxonomy: 'bench',
    section: `section-${index}`,
    unit,
    multiSelect,
    quarters: QUARTERS,
    categories: Array.from({ length: categories }, (_, c) => ({ id: `category-${c}`, label: `Category ${c}` })),
    counts,
    contributors,
    largest,
    clients,
    reporters,
    coverage: QUARTERS.map((quarter, q) => ({ quarter, reported: reporters[q]!.length, expected: ORGANIZATIONS })),
  };
}

function report(seed: number): AggregateTable[] {
  const random = generator(seed);
  return Array.from({ length: 41 }, (_, i) => section(random, i));
}

const reports = Number(process.argv[2] ?? 30);
const inputs = Array.from({ length: reports + 5 }, (_, i) => report(1000 + i));
const protectMs: number[] = [];
const auditMs: number[] = [];

const sectionMs: number[] = [];
let cells = 0;
let hidden = 0;
let primary = 0;
inputs.forEach((tables, i) => {
  const warm = i < 5; // the first reports only warm up the JIT
  const t0 = performance.now();
  const { series, records } = protectTables(tables);
  const t1 = performance.now();
  series.forEach((s, k) => {
    const start = performance.now();
    const audit = auditSeries(s, records[k]!);
    if (!warm) sectionMs.push(performance.now() - start);
    if (audit.disclosed.length) throw new Error(`${s.section}: the audit recovered a hidden cell`);
  });
  const t2 = performance.now();
  if (warm) return;
  protectMs.push(t1 - t0);
  auditMs.push(t2 - t1);
  cells += tables.reduce((sum, t) => sum + t.counts.flat().length, 0);
  hidden += records.reduce((sum, r) => sum + r.cells.length, 0);
  primary += records.reduce((sum, r) => sum + r.cells.filter((c) => c.reason.startsWith('primary')).length, 0);
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const perSectionProtect = protectMs.map((ms) => ms / 41);
console.log(
  `privacy: ${reports} reports of 41 sections x 8 quarters x ~8 categories (${(cells / reports).toFixed(0)} cells a report)`,
);
console.log(`  hidden per report: ${(hidden / reports).toFixed(0)} cells (${(primary / reports).toFixed(0)} primary)`);
console.log(
  `  protect:          ${fmt(median(protectMs))} per report (median), ${fmt(median(perSectionProtect))} per section`,
);
console.log(`  audit:            ${fmt(median(auditMs))} per report (median), ${fmt(median(sectionMs))} per section`);
console.log(
  `  protect + audit:  ${fmt(median(protectMs.map((p, i) => p + auditMs[i]!)))} per report (median, aim < 50 ms)`,
);

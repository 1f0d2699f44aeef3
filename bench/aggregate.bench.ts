/**
 * Aggregation throughput: 200 organizations × 40 quarters × every section of the CATE taxonomy.
 * Prints submission rows (one count each) per second and the peak memory. A benchmark, not a test: it asserts nothing.
 */
import { aggregateReport, cateTaxonomy } from '../packages/core/src/index.js';
import { generateSample } from '../packages/core/src/sample/index.js';

const organizations = Array.from({ length: 200 }, (_, i) => `org-${i + 1}`);
const generateStart = performance.now();
const submissions = generateSample(cateTaxonomy, { seed: 7, from: '2016-Q1', to: '2025-Q4', organizations });
const generateMs = performance.now() - generateStart;

let rows = 0;
for (const s of submissions) for (const section in s.counts) rows += Object.keys(s.counts[section]!).length;

let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

aggregateReport(cateTaxonomy, submissions); // warm-up
const runs = 10;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  aggregateReport(cateTaxonomy, submissions);
  times.push(performance.now() - t);
  sample();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(runs / 2)]!;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

console.log('aggregate: 200 organizations × 40 quarters × %d sections', cateTaxonomy.sections.length);
console.log(
  `  submissions            ${submissions.length.toLocaleString('en')} (generated in ${generateMs.toFixed(0)} ms)`,
);
console.log(`  submission rows        ${rows.toLocaleString('en')}`);
console.log(
  `  aggregateReport        median ${median.toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms over ${runs} runs`,
);
console.log(`  throughput             ${(((rows / median) * 1000) / 1e6).toFixed(1)} million rows/s (aim ≥ 5)`);
console.log(`  peak memory (RSS)      ${mb(peakRss)}; heap used now ${mb(process.memoryUsage().heapUsed)}`);

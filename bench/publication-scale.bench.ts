/**
 * Joint protection + audit (publish) in process: the sample, then 200 organizations over longer and longer ranges
 * (41 sections each), so the growth of cost with cells shows. Prints wall and CPU milliseconds, cells, hidden
 * cells, rounds of the joint interval step and peak RSS. Generation of the synthetic data is not timed.
 *
 *   npx tsx --conditions=source bench/publication-scale.bench.ts [maxQuarters=640]
 *   (`pnpm bench` runs 40, 160 and 640 quarters: about 1.5 minutes on 2 shared cores, half of it generating the
 *   data; pass 160 for a quick look)
 */
import { addQuarters, cateTaxonomy, publish, type Quarter, type Submission } from '../packages/core/src/index.js';
import { generateSample, sampleSubmissions } from '../packages/core/src/sample/index.js';

const maxQuarters = Number(process.argv[2] ?? 640);

function run(name: string, submissions: readonly Submission[], repeat: number) {
  const times: number[] = [];
  const cpu: number[] = [];
  let result: ReturnType<typeof publish> | undefined;
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = publish({ taxonomy: cateTaxonomy, submissions, release: { created: '2026-01-01' } });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const cells = Object.values(result!.publication.sections).reduce(
    (n, s) => n + s.cells.reduce((m, row) => m + row.length, 0),
    0,
  );
  rows.push({
    case: name,
    submissions: submissions.length,
    cells,
    hidden: result!.record.cost.hiddenCells,
    rounds: result!.record.cost.rounds,
    'wall ms (median)': Math.round(median(times)),
    'cpu ms (median)': Math.round(median(cpu)),
    'µs per cell': Math.round((median(cpu) * 1000) / cells),
    'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
  });
}

const rows: Record<string, string | number>[] = [];
run('sample (8 organizations x 8 quarters)', sampleSubmissions(), 5);
const organizations = Array.from({ length: 200 }, (_, i) => `org-${i}`);
for (const quarters of [40, 160, 640].filter((q) => q <= maxQuarters)) {
  const from: Quarter = '2025-Q1';
  const submissions = generateSample(cateTaxonomy, {
    seed: 7,
    from,
    to: addQuarters(from, quarters - 1),
    organizations,
  });
  run(`200 organizations x ${quarters} quarters`, submissions, quarters <= 40 ? 3 : 1);
}
console.table(rows);

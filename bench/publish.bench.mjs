#!/usr/bin/env node
// `pnpm bench` (or `node bench/publish.bench.mjs [multiples...]`): `cate publish` of the synthetic sample, and of
// the sample's organizations replicated N times with new ids (default 1 and 100), each run as the real bin in a
// child process (packages/cli/dist/cli.js: run `pnpm build` first). Prints a table: submissions, organizations,
// wall time, the protection's rounds and information loss, and peak memory (the child's resourceUsage().maxRSS,
// and its heap at exit from memoryUsage()). Asserts nothing timed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleSubmissions } from '@cate/core/sample';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/cli/dist/cli.js');
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run "pnpm build" first`);
  process.exit(1);
}
const multiples = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n >= 1);
const cases = multiples.length ? multiples : [1, 100];
const TIMEOUT_MS = Number(process.env.BENCH_PUBLISH_TIMEOUT_MS ?? 30 * 60_000);

// Loaded into the child before the bin: on exit, its peak resident memory and heap, on one line of stderr.
const probe =
  'data:text/javascript,' +
  encodeURIComponent(
    "process.on('exit', () => process.stderr.write('\\nBENCH ' + JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss }) + '\\n'));",
  );

/** The sample with every organization copied `n` times under new ids (copy 0 keeps the original ids). */
function replicated(n) {
  const sample = sampleSubmissions();
  const out = [];
  for (let i = 0; i < n; i++)
    for (const s of sample) out.push({ ...s, organization: i === 0 ? s.organization : `${s.organization}-copy-${i}` });
  return out;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rows = [];
const dir = mkdtempSync(join(tmpdir(), 'cate-bench-publish-'));
try {
  for (const n of cases) {
    const submissions = replicated(n);
    const input = join(dir, `submissions-x${n}.json`);
    writeFileSync(input, JSON.stringify({ submissions }));
    const out = join(dir, `publication-x${n}.json`);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--import', probe, cli, 'publish', input, '--out', out, '--created', '2026-01-15'],
      { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
    );
    const wall = (performance.now() - started) / 1000;
    const organizations = new Set(submissions.map((s) => s.organization)).size;
    const usage = /BENCH (\{.*\})/.exec(run.stderr ?? '');
    const stats = usage ? JSON.parse(usage[1]) : undefined;
    const loss = /information loss: ([\d.]+)%/.exec(run.stderr ?? '')?.[1];
    const rounds = /\((\d+) rounds? of the release-wide attack\)/.exec(run.stderr ?? '')?.[1];
    const hidden = /^ {4}total +(\d[\d,]*)/m.exec(run.stderr ?? '')?.[1];
    const outcome =
      run.error?.code === 'ETIMEDOUT'
        ? `timed out after ${TIMEOUT_MS / 1000} s`
        : run.status === 0
          ? 'published'
          : `exit ${run.status}: ${(run.stderr ?? '').split('\n').find((l) => l.startsWith('cate:')) ?? ''}`;
    rows.push({
      case: n === 1 ? 'sample' : `sample x${n}`,
      submissions: submissions.length.toLocaleString('en-US'),
      organizations: organizations.toLocaleString('en-US'),
      'wall (s)': wall.toFixed(2),
      rounds: rounds ?? '-',
      'hidden cells': hidden ?? '-',
      'information loss': loss ? `${loss}%` : '-',
      'peak RSS (maxRSS)': stats ? mb(stats.maxRSS * 1024) : '-',
      'heap at exit': stats ? mb(stats.heapUsed) : '-',
      'publication size': existsSync(out) ? `${(readFileSync(out).length / 1024).toFixed(0)} KB` : '-',
      outcome,
    });
    console.log(`  ${rows.at(-1).case}: ${wall.toFixed(2)} s, ${outcome}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('\ncate publish (the real bin, one child process per case; 41 sections x 8 quarters):');
console.table(rows);

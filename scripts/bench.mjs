#!/usr/bin/env node
// `pnpm bench`: every benchmark in bench/, one after another. Benchmarks print figures; they assert nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

const dir = new URL('../bench/', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .sort();
let failed = 0;
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
for (const file of files) {
  console.log(`\n# ${file}`);
  const args = file.endsWith('.ts') ? ['--import', 'tsx', join(dir, file)] : [join(dir, file)];
  const t0 = performance.now();
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status !== 0) failed++;
  console.log(`(${file}: ${seconds(t0)}; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`);
}
console.log(`\n${files.length} benchmarks in ${seconds(started)}${failed ? `, ${failed} failed` : ''}`);
if (!existsSync(dir) || files.length === 0) console.log('no benchmarks found');
process.exit(failed ? 1 : 0);

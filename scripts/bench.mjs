#!/usr/bin/env node
// `pnpm bench`: every benchmark in bench/, one after another. Benchmarks print figures; they assert nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../bench/', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}`);
  const args = file.endsWith('.ts') ? ['--import', 'tsx', join(dir, file)] : [join(dir, file)];
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status !== 0) failed++;
}
if (!existsSync(dir) || files.length === 0) console.log('no benchmarks found');
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// `pnpm start`: builds the packages only when a build is missing or older than its sources (one line either way;
// the build's own output goes to a log, shown only when it fails), then serves the demo (scripts/serve.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['core', 'charts', 'cli'];

/** Newest modification time of the files under a folder (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Why the build must run, or undefined when every package's dist is newer than its sources. */
function staleness() {
  for (const name of packages) {
    const dir = join(root, 'packages', name);
    const marker = join(dir, 'dist', 'index.js');
    const built = name === 'cli' ? join(dir, 'dist', 'cli.js') : marker;
    if (!existsSync(built)) return `@cate/${name} is not built yet`;
    const sources = Math.max(
      newest(join(dir, 'src')),
      newest(join(dir, 'scripts')),
      statSync(join(dir, 'package.json')).mtimeMs,
    );
    if (sources > statSync(built).mtimeMs) return `@cate/${name} changed since its last build`;
  }
  return undefined;
}

const reason = staleness();
if (reason) {
  const log = join(tmpdir(), 'cate-start-build.log');
  process.stdout.write(`cate demo: building the packages (${reason}; output in ${log})… `);
  const started = Date.now();
  const run = spawnSync('pnpm', ['build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  writeFileSync(log, `${run.stdout ?? ''}${run.stderr ?? ''}`);
  if (run.status !== 0) {
    console.log('failed');
    console.error(`${run.stdout ?? ''}${run.stderr ?? ''}`.split('\n').slice(-40).join('\n'));
    process.exit(run.status ?? 1);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} else console.log('cate demo: the packages are built and current');

// The server in its own process, sharing the terminal (Ctrl+C stops both).
const served = spawnSync(process.execPath, [join(root, 'scripts', 'serve.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(served.status ?? 0);

#!/usr/bin/env node
// `pnpm test:all`: everything CI checks, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['browser', 'node scripts/ensure-chromium.mjs'],
  ['build', 'pnpm build'],
  ['typecheck', 'pnpm typecheck'],
  ['lint (eslint)', 'pnpm lint'],
  ['format (prettier --check)', 'pnpm format:check'],
  ['packages (publint, are-the-types-wrong)', 'pnpm check:packages'],
  ['unit tests (vitest, node)', 'pnpm test'],
  ['browser tests (web-test-runner, chromium)', 'pnpm test:browser'],
  ['story tests (storybook + vitest browser, axe)', 'pnpm test:stories'],
  ['storybook build', 'pnpm build-storybook --quiet'],
  ['framework examples (vite + chromium)', 'pnpm test:examples'],
];

const started = Date.now();
for (const [name, command] of steps) {
  console.log(`\n=== ${name}: ${command}`);
  const t = Date.now();
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nall checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);

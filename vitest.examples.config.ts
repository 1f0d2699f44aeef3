import { defineConfig } from 'vitest/config';

// Framework example tests (test/examples/), the packed-packages test (test/packages/) and the demo site's test
// (test/demo/): each builds or serves an example (or the demo) and drives it in
// Debian's chromium with playwright-core. The examples use the packages as npm would, from their dist/ builds:
// run `pnpm build` first. Run: `vitest run -c vitest.examples.config.ts`. Separate from vitest.config.ts.
export default defineConfig({
  test: {
    include: ['test/examples/**/*.test.ts', 'test/packages/**/*.test.ts', 'test/demo/**/*.test.ts'],
    environment: 'node',
    // One browser at a time on a 2-core machine; a vite build and a chromium launch take a few seconds each.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

// Node unit tests for every package. Packages resolve to their TypeScript sources through the "source"
// export condition, so tests never depend on a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/attack/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/quiet-lit.ts'],
    // Generous: a busy 2-core machine must not fail a correct test for being slow (speed is for the benchmarks).
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});

import { defineConfig } from 'tsup';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';

// The npm build: ES modules with lit, d3 and @cate/core left as imports. The browser bundle is built by
// scripts/build-bundle.mjs into the same dist/ (tsup's clean runs first, so it cannot delete it).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'cate-chart': 'src/cate-chart.ts',
    'cate-report': 'src/cate-report.ts',
    static: 'src/report/static.ts',
    'cate-resource-guide': 'src/guide/resource-guide/cate-resource-guide.ts',
    'cate-service-inventory': 'src/guide/service-inventory/cate-service-inventory.ts',
    'cate-needs-ranking': 'src/guide/needs-ranking/cate-needs-ranking.ts',
    'cate-snapshot-stat': 'src/guide/snapshot-stat/cate-snapshot-stat.ts',
    'cate-top-needs': 'src/guide/top-needs/cate-top-needs.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['lit', /^lit\//, /^d3-/, '@cate/core'],
  // The CSS in css`` literals without comments and indentation (selectors and values as written).
  esbuildPlugins: [minifyCssLiteralsPlugin],
});

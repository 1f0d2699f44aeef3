#!/usr/bin/env node
// The self-contained browser bundle: lit, the d3 modules and @cate/core inlined, minified, no third-party request.
//   dist/cate-chart.bundle.js  ES module:     <script type="module" src="cate-chart.bundle.js"></script>
//   dist/cate-chart.global.js  classic script: <script src="cate-chart.global.js"></script>
// Both register <cate-chart>. The report bundles register <cate-report> and <cate-chart>:
//   dist/cate-report.bundle.js  ES module (the demo's); dist/cate-report.global.js  classic script (the static site's:
//   it runs from file://, where browsers refuse module scripts). The report always needs all of core, so its
//   bundles resolve @cate/core to the whole package. The ES module leaves the raw-submission pipeline (parsing, validation with zod/mini,
// aggregation, suppression) in dist/chunks/, fetched from the same folder only when a chart is given raw
// submissions; a page drawing published series never loads it. Likewise the Spanish catalogue, fetched only for a
// Spanish locale. The classic script holds everything in one file.
// Prints the sizes; `--metafile` also writes dist/bundle-meta-{chart,report}-{esm,iife}.json for inspection.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * Keeps the ES module's first download small. Code outside the lazy pipeline needs few things from core at run
 * time: the CATE taxonomy, two formatters, and the strict check of published data (public-data.ts); importing
 * core's barrel would pull all of core (submission parsing, aggregation, protection) into the shared chunk. So, in
 * the bundle only, those imports resolve to a shim exporting just those names from their modules. A name missing
 * from the shim fails the build, so the shim cannot silently drift.
 */
const coreSource = fileURLToPath(new URL('../../core/src/', import.meta.url));
const lightCoreExports = {
  'taxonomy/cate/index.ts': ['cateTaxonomy'],
  'periods.ts': ['formatQuarter', 'parseQuarterRange'],
  'problems.ts': ['formatLocation'],
  'publication/format.ts': ['PUBLICATION_FORMAT'],
  'publication/read.ts': ['checkPublishedSeries', 'readPublication'],
  'publication/view.ts': ['selectQuarters'],
};
const lightCore = {
  name: 'light-core',
  setup(b) {
    b.onResolve({ filter: /^@cate\/core$/ }, (args) =>
      /[\\/]pipeline\.ts$/.test(args.importer) ? undefined : { path: 'light-core', namespace: 'light-core' },
    );
    b.onLoad({ filter: /.*/, namespace: 'light-core' }, () => ({
      contents: Object.entries(lightCoreExports)
        .map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(`${coreSource}${file}`)};`)
        .join('\n'),
      loader: 'ts',
      resolveDir: coreSource,
    }));
  },
};

/**
 * Keeps the Spanish catalogue out of the ES module's first download: messages.ts imports it statically (so Node,
 * the npm package, the tests and the classic scripts have every catalogue at once). In this bundle that import
 * resolves to an empty module, and messages-lazy.ts to one that imports the catalogue dynamically (a chunk); the
 * element waits for it before drawing a chart whose locale is Spanish.
 */
const chartSource = fileURLToPath(new URL('../src/', import.meta.url));
const lazyCatalogues = {
  name: 'lazy-catalogues',
  setup(b) {
    b.onResolve({ filter: /^\.\/messages-(es|lazy)\.js$/ }, (args) =>
      /[\\/]messages\.ts$/.test(args.importer) ? { path: args.path, namespace: 'lazy-catalogues' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-catalogues' }, (args) => ({
      contents: args.path.includes('-es')
        ? 'export const es = undefined;'
        : `export const lazyCatalogues = { es: () => import(${JSON.stringify(`${chartSource}messages-es.ts`)}).then((m) => m.es) };`,
      loader: 'js',
      resolveDir: chartSource,
    }));
  },
};

const common = {
  plugins: [lightCore],
  absWorkingDir: root,
  entryPoints: ['src/cate-chart.ts'],
  bundle: true,
  minify: true,
  target: 'es2021',
  // Resolve workspace packages to their TypeScript sources, and lit to its production build.
  conditions: ['source', 'production'],
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  metafile: true,
};

rmSync(`${root}dist/chunks`, { recursive: true, force: true });
const outputs = [
  {
    format: 'esm',
    splitting: true,
    plugins: [lightCore, lazyCatalogues],
    outdir: 'dist',
    entryNames: 'cate-chart.bundle',
    chunkNames: 'chunks/[name]-[hash]',
  },
  { format: 'iife', outfile: 'dist/cate-chart.global.js', globalName: 'CateCharts' },
];

const reportOutputs = [
  {
    format: 'esm',
    splitting: true,
    outdir: 'dist',
    entryNames: 'cate-report.bundle',
    chunkNames: 'chunks/report-[name]-[hash]',
  },
  { format: 'iife', outfile: 'dist/cate-report.global.js', globalName: 'CateReport' },
].map((output) => ({ ...output, plugins: [], entryPoints: ['src/cate-report.ts'] }));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** Sizes of the files a build wrote: minified and gzipped (level 9). */
export const sizes = {};
for (const output of [...outputs, ...reportOutputs]) {
  const result = await build({ ...common, ...output });
  if (process.argv.includes('--metafile'))
    writeFileSync(
      `${root}dist/bundle-meta-${output.entryPoints?.[0]?.includes('report') ? 'report' : 'chart'}-${output.format}.json`,
      JSON.stringify(result.metafile),
    );
  for (const file of Object.keys(result.metafile.outputs)) {
    const bytes = readFileSync(`${root}${file}`);
    const gz = gzipSync(bytes, { level: 9 }).length;
    sizes[file] = { min: bytes.length, gz };
    console.log(`${file}: ${kb(bytes.length)} minified, ${kb(gz)} gzipped`);
  }
}

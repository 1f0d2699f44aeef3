#!/usr/bin/env node
// The self-contained browser bundle: lit, the d3 modules and @cate/core inlined, minified, no third-party request.
//   dist/cate-chart.bundle.js  ES module:     <script type="module" src="cate-chart.bundle.js"></script>
//   dist/cate-chart.global.js  classic script: <script src="cate-chart.global.js"></script>
// Both register <cate-chart>. The report bundles register <cate-report> and <cate-chart>:
//   dist/cate-report.bundle.js  ES module (the demo's); dist/cate-report.global.js  classic script (the static site's:
//   it runs from file://, where browsers refuse module scripts).
// Each ES module leaves the raw-submission pipeline (parsing, validation with zod/mini, aggregation, suppression) in
// dist/chunks/, fetched from the same folder only when a chart or a report preview is given raw submissions; a
// page drawing published data never loads it. Likewise the CATE taxonomy, fetched when the data carries no words
// (and by a report given no taxonomy), the Spanish catalogue, fetched only for a Spanish locale, and the PNG
// encoder, fetched on the first PNG export. The classic scripts hold everything in one file.
// Prints the sizes; `--metafile` also writes dist/bundle-meta-{chart,report}-{esm,iife}.json for inspection.
import { build, transform } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';
import { pureD3Array } from './pure-d3-array.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * Keeps the ES modules' first download small. Code outside the lazy pipeline (pipeline.ts, and the report's
 * report-preview.ts) needs few things from core's barrel at run time: quarter and location formatting, a URL
 * check and the event loop's turn (the readers of published data come from `@cate/core/published`). Importing the
 * barrel would pull all of core (submission parsing, zod, aggregation, protection, the CATE taxonomy: a chunk
 * holds every module reachable from it, used or not) into the shared chunk. So, in the bundle only, those imports
 * resolve to a shim exporting just those names from their modules. A name missing from the shim fails the build,
 * so the shim cannot silently drift.
 */
const coreSource = fileURLToPath(new URL('../../core/src/', import.meta.url));
const lightCoreExports = {
  'periods.ts': ['compareQuarters', 'formatQuarter', 'parseQuarterRange', 'quartersBetween'],
  'format-location.ts': ['formatLocation'],
  'safety/safe-url.ts': ['safeUrl'],
  'submissions/yield.ts': ['yieldToEventLoop', 'SLICE_MS'],
};
const lightCore = {
  name: 'light-core',
  setup(b) {
    b.onResolve({ filter: /^@cate\/core$/ }, (args) =>
      /[\\/](pipeline|report-preview)\.ts$/.test(args.importer)
        ? undefined
        : { path: 'light-core', namespace: 'light-core' },
    );
    // The report's `sample` notice: only SAMPLE_NOTICE, from its own module; the sample's index would bring the
    // CATE taxonomy it generates from into the first load (a chunk holds a whole module, used or not).
    b.onResolve({ filter: /^@cate\/core\/sample$/ }, () => ({ path: `${coreSource}sample/generate.ts` }));
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
 * Keeps the CATE taxonomy (the words of 41 sections) out of the first download: the elements draw the words a
 * publication carries and import src/chart/cate-taxonomy-data.ts dynamically only when the data carries none. That
 * module's `@cate/core` resolves straight to the taxonomy's own module, so its chunk holds the taxonomy alone and
 * no shared chunk (the light core) re-exports it.
 */
const taxonomyChunk = {
  name: 'taxonomy-chunk',
  setup(b) {
    b.onResolve({ filter: /^@cate\/core$/ }, (args) =>
      /[\\/]cate-taxonomy-data\.ts$/.test(args.importer) ? { path: `${coreSource}taxonomy/cate/index.ts` } : undefined,
    );
  },
};

/**
 * Keeps the Spanish catalogue out of the ES modules' first download: messages.ts imports it statically (so Node,
 * the npm package, the tests and the classic scripts have every catalogue at once). In this bundle that import
 * resolves to an empty module, and messages-lazy.ts to one that imports the catalogue dynamically (a chunk); each
 * element (<cate-chart>, <cate-report>) waits for it before drawing in a Spanish locale.
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
  plugins: [taxonomyChunk, lightCore, minifyCssLiteralsPlugin, pureD3Array],
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

const outputs = [
  {
    format: 'esm',
    splitting: true,
    plugins: [taxonomyChunk, lightCore, lazyCatalogues, minifyCssLiteralsPlugin, pureD3Array],
    outdir: 'dist',
    entryNames: 'chunks/[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    loader: { file: 'cate-chart.bundle.js', tags: ['cate-chart'] },
  },
  { format: 'iife', outfile: 'dist/cate-chart.global.js', globalName: 'CateCharts' },
];

const reportOutputs = [
  {
    format: 'esm',
    splitting: true,
    outdir: 'dist',
    entryNames: 'chunks/[name]-[hash]',
    chunkNames: 'chunks/report-[name]-[hash]',
    plugins: [taxonomyChunk, lightCore, lazyCatalogues, minifyCssLiteralsPlugin, pureD3Array],
    loader: { file: 'cate-report.bundle.js', tags: ['cate-report', 'cate-chart'] },
  },
  { format: 'iife', outfile: 'dist/cate-report.global.js', globalName: 'CateReport' },
].map((output) => ({
  plugins: [taxonomyChunk, minifyCssLiteralsPlugin, pureD3Array],
  ...output,
  entryPoints: ['src/cate-report.ts'],
}));

/**
 * The ES module a page loads (dist/cate-chart.bundle.js, dist/cate-report.bundle.js) is a small loader: it asks
 * for the element's module and every chunk that module imports statically at once (modulepreload, so no extra
 * round trip), then imports it. A page that copied the loader without its chunks/ folder does not get silent,
 * empty elements: the loader names the missing file in the console and defines the tags as elements that say so
 * (role="alert") and fire `cate-error` with code `load-failed`. Exports are re-exported (top-level await). The
 * module is imported by a literal path, so a bundler given `@cate/charts/bundle` still follows it.
 */
async function loaderSource({ files, exports, tags }) {
  // Minified but for its first two lines: the list of files stays one line `const files = [...];` for the
  // benchmark and the tests that read it.
  const { code } = await transform(
    `
const urls = files.map((file) => new URL(file, import.meta.url).href);
for (const href of urls) {
  const link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = href;
  document.head.append(link);
}
let module;
try {
  module = await import(${JSON.stringify(files[0])});
} catch (error) {
  const missing = [];
  for (const url of urls) if (!(await fetch(url, { method: "HEAD" }).then((r) => r.ok, () => false))) missing.push(url);
  const named = (missing.length ? missing : urls).join(", ");
  const message = \`cate: could not load \${named}. Copy the chunks/ folder beside \${new URL(import.meta.url).pathname.split("/").pop()}.\`;
  console.error(message, error);
  for (const tag of ${JSON.stringify(tags)})
    if (!customElements.get(tag))
      customElements.define(tag, class extends HTMLElement {
        connectedCallback() {
          if (this.shadowRoot) return;
          const alert = document.createElement("div");
          alert.setAttribute("part", "message");
          alert.setAttribute("role", "alert");
          alert.textContent = message;
          this.attachShadow({ mode: "open" }).append(alert);
          const detail = { code: "load-failed", message };
          this.dispatchEvent(new CustomEvent("cate-error", { detail, bubbles: true, composed: true }));
        }
      });
}
${exports.map((name) => `export const ${name} = module?.${name};`).join('\n')}
`,
    { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' },
  );
  return `// Generated by scripts/build-bundle.mjs: loads ${files[0]} and its chunks; says so if one is missing.
const files = ${JSON.stringify(files)};
${code}`;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// Everything is built in memory first: a failed build leaves the previous dist/ whole.
const results = [];
for (const { loader, ...output } of [...outputs, ...reportOutputs])
  results.push({ loader, output, result: await build({ ...common, ...output, write: false }) });
rmSync(`${root}dist/chunks`, { recursive: true, force: true });
/** Sizes of the files a build wrote: minified and gzipped (level 9). */
export const sizes = {};
for (const { loader, output, result } of results) {
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
  if (process.argv.includes('--metafile'))
    writeFileSync(
      `${root}dist/bundle-meta-${output.entryPoints?.[0]?.includes('report') ? 'report' : 'chart'}-${output.format}.json`,
      JSON.stringify(result.metafile),
    );
  const written = Object.keys(result.metafile.outputs);
  if (loader) {
    const [main, { imports, exports }] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint);
    const files = [main, ...imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)];
    const source = await loaderSource({
      files: files.map((f) => f.replace(/^dist\//, './')),
      exports,
      tags: loader.tags,
    });
    writeFileSync(`${root}dist/${loader.file}`, source);
    written.unshift(`dist/${loader.file}`);
  }
  for (const file of written) {
    const bytes = readFileSync(`${root}${file}`);
    const gz = gzipSync(bytes, { level: 9 }).length;
    sizes[file] = { min: bytes.length, gz };
    console.log(`${file}: ${kb(bytes.length)} minified, ${kb(gz)} gzipped`);
  }
}

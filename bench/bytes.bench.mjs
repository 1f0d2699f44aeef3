#!/usr/bin/env node
// `pnpm bench` (or `node bench/bytes.bench.mjs`): what a page downloads, gzip (level 9) and brotli (quality 11).
//   - one chart from a publication: dist/cate-chart.bundle.js and every chunk it imports statically (followed
//     through the files in packages/charts/dist, as the browser does); the chunks it may import later are listed
//     apart, each with the code that needs it;
//   - the whole report: dist/cate-report.bundle.js and its static imports; then with the CATE taxonomy's chunk,
//     which a report given no taxonomy loads before it draws;
//   - the classic scripts (one file each);
//   - the npm entry as a page's bundler sees it: dist/cate-chart.js bundled and minified by esbuild.
// Then the largest inputs of each first load (one chart, the report), from the bundle build's metafiles. Builds the
// browser bundle first.
// Prints figures; asserts nothing.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'packages/charts/dist');

const built = spawnSync(process.execPath, ['packages/charts/scripts/build-bundle.mjs', '--metafile'], {
  cwd: root,
  encoding: 'utf8',
});
if (built.status !== 0) {
  console.error(built.stderr);
  process.exit(1);
}

/** Compressed sizes of one file's bytes. */
function weigh(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The import statements of one ES module, read by esbuild's parser: static and dynamic, relative paths. */
async function importsOf(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'imports-only',
        setup(b) {
          // Record, do not follow: the entry's own imports are all we read here.
          b.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'entry-point' ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  const input = Object.values(result.metafile.inputs)[0];
  return input.imports.map((i) => ({ path: i.path, dynamic: i.kind === 'dynamic-import' }));
}

/** An entry and its static import closure (what must load before it runs), plus the chunks it may import later. */
async function closure(entry) {
  const statics = [];
  const lazy = new Map();
  const queue = [join(dist, entry)];
  const seen = new Set(queue);
  while (queue.length) {
    const file = queue.shift();
    statics.push(file);
    // The bundle's loader (see build-bundle.mjs) imports the files it lists before anything runs.
    const listed = /^const files = (\[.*\]);$/m.exec(readFileSync(file, 'utf8'));
    const loaded = listed ? JSON.parse(listed[1]).map((path) => ({ path, dynamic: false })) : [];
    for (const { path, dynamic } of [...loaded, ...(await importsOf(file))]) {
      if (!path.startsWith('.')) throw new Error(`${relative(dist, file)} imports "${path}": not self-contained`);
      const target = join(dirname(file), path);
      if (dynamic) {
        if (!lazy.has(target)) lazy.set(target, relative(dist, file));
      } else if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const file of statics) lazy.delete(file);
  return { statics, lazy };
}

const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
const row = (what, files, weights) =>
  rows.push({
    what,
    files,
    'min KB': kb(weights.reduce((n, w) => n + w.raw, 0)),
    'gzip KB': kb(weights.reduce((n, w) => n + w.gzip, 0)),
    'brotli KB': kb(weights.reduce((n, w) => n + w.brotli, 0)),
  });
const weighFile = (file) => weigh(readFileSync(file));

for (const [what, entry] of [
  ['one chart from a publication (first load)', 'cate-chart.bundle.js'],
  ['whole report (first load)', 'cate-report.bundle.js'],
]) {
  const { statics, lazy } = await closure(entry);
  row(what, statics.map((f) => relative(dist, f)).join(' + '), statics.map(weighFile));
  for (const [file, from] of lazy) {
    // Lazy chunks may import more chunks: count what each one adds beyond the first load.
    const more = (await closure(relative(dist, file))).statics.filter((f) => !statics.includes(f));
    row(
      `  later, if needed (imported by ${from})`,
      more.map((f) => relative(dist, f)).join(' + '),
      more.map(weighFile),
    );
  }
  if (entry === 'cate-report.bundle.js') {
    // A report given no taxonomy lays itself out from the CATE taxonomy's chunk before it draws: what it downloads.
    const [taxonomy] = [...lazy.keys()].filter((f) => /cate-taxonomy-data-/.test(f));
    const drawn = [
      ...statics,
      ...(await closure(relative(dist, taxonomy))).statics.filter((f) => !statics.includes(f)),
    ];
    row(
      'whole report drawn from a publication (first load + the CATE taxonomy)',
      drawn.map((f) => relative(dist, f)).join(' + '),
      drawn.map(weighFile),
    );
  }
}
for (const file of ['cate-chart.global.js', 'cate-report.global.js'])
  row('classic script', file, [weighFile(join(dist, file))]);

// The npm entry as an application's bundler would ship it (lit, d3 and @cate/core resolved from node_modules).
const npm = await build({
  entryPoints: [join(dist, 'cate-chart.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  legalComments: 'none',
  conditions: ['production'],
  logLevel: 'silent',
});
row('npm entry, bundled by esbuild (no splitting)', 'cate-chart.js', [weigh(npm.outputFiles[0].contents)]);
console.table(rows);

// What remains big in each first load: inputs by bytes in the output (minified, before compression).
const group = (input) =>
  input.includes('node_modules')
    ? (input.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'node_modules')
    : input.replace(/^(\.\.\/)+/, '').replace(/^(core\/src\/[^/]+|src\/[^/]+)(\/.*)?$/, '$1');
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, bytes]) => ({ input: name, 'min KB': kb(bytes) }));
for (const [what, entry, metafile] of [
  ['one chart', 'cate-chart.bundle.js', 'bundle-meta-chart-esm.json'],
  ['the whole report', 'cate-report.bundle.js', 'bundle-meta-report-esm.json'],
]) {
  const meta = JSON.parse(readFileSync(join(dist, metafile), 'utf8'));
  const firstLoad = (await closure(entry)).statics.map((f) => relative(join(root, 'packages/charts'), f));
  const byGroup = new Map();
  for (const file of firstLoad)
    for (const [input, { bytesInOutput }] of Object.entries(meta.outputs[file]?.inputs ?? {}))
      byGroup.set(group(input), (byGroup.get(group(input)) ?? 0) + bytesInOutput);
  console.log(`\nfirst load of ${what}, minified bytes by package or source folder (largest 12):`);
  console.table(top(byGroup, 12));
}

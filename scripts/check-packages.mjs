#!/usr/bin/env node
// `node scripts/check-packages.mjs`: checks each publishable package as npm would receive it. Run `pnpm build` first.
//
// For every package in packages/*, it packs the tarball with `pnpm pack` (which applies `publishConfig` and
// replaces `workspace:` ranges), unpacks it, and checks:
//   - publint (strict: warnings are errors; suggestions count too) on the unpacked package;
//   - are-the-types-wrong on the tarball, with the esm-only profile (the packages are ES modules only, so node10
//     and require() from CommonJS are out of scope);
//   - that `publishConfig.exports` is `exports` without the workspace-only `source` condition (the published map
//     must not drift from the one the workspace uses), and the published package.json has no `source` condition
//     and no `workspace:` range;
//   - that every published file that registers a custom element is covered by `sideEffects` (else a bundler drops
//     the registration: `import '@cate/charts/cate-chart.js'` would define nothing);
//   - that the tarball has a README.md and a LICENSE, and package.json has license, repository, homepage, bugs and
//     engines; that its customElements manifest is in the tarball;
//   - the source-map policy: every published .map carries its sources (sourcesContent) and no src/ folder ships.
// Prints every problem and exits 1 if there is any. Options: --keep (leave the tarballs in a temporary folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const attwBin = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');

const workDir = mkdtempSync(join(tmpdir(), 'cate-check-packages-'));
const keep = process.argv.includes('--keep');
const problems = [];
const report = (pkg, tool, message) => problems.push({ pkg, tool, message });

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
function filesBelow(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'));
}

/**
 * A `sideEffects` glob as bundlers read it: relative to the package root, `*` within one path segment, `**` across
 * them; a pattern without a slash matches a file name in any folder.
 */
function globToRegExp(pattern) {
  const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const body = pattern
    .replace(/^\.\//, '')
    .split('**')
    .map((part) => part.split('*').map(escape).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${pattern.includes('/') ? '' : '(?:.*/)?'}${body}$`);
}

function withoutSource(exportsMap) {
  return JSON.parse(JSON.stringify(exportsMap, (key, value) => (key === 'source' ? undefined : value)));
}

/** The conditions used anywhere in an exports map. */
function conditions(exportsMap, found = new Set()) {
  if (exportsMap && typeof exportsMap === 'object') {
    for (const [key, value] of Object.entries(exportsMap)) {
      if (!key.startsWith('.')) found.add(key);
      conditions(value, found);
    }
  }
  return found;
}

function checkSource(name, pkg) {
  if (pkg.exports && conditions(pkg.exports).has('source')) {
    const expected = withoutSource(pkg.exports);
    if (JSON.stringify(pkg.publishConfig?.exports) !== JSON.stringify(expected))
      report(
        name,
        'exports',
        'publishConfig.exports must equal exports without the "source" condition (same keys, same order)',
      );
  }
}

function checkPublished(name, dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (conditions(pkg.exports).has('source'))
    report(name, 'exports', 'the published exports still have the workspace-only "source" condition');
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
    for (const [dep, range] of Object.entries(pkg[field] ?? {}))
      if (String(range).startsWith('workspace:')) report(name, 'dependencies', `${field}.${dep} is still "${range}"`);
  if (!existsSync(join(dir, 'README.md'))) report(name, 'readme', 'the tarball has no README.md');
  if (!existsSync(join(dir, 'LICENSE'))) report(name, 'license', 'the tarball has no LICENSE file');
  if (pkg.customElements && !existsSync(join(dir, pkg.customElements)))
    report(name, 'customElements', `package.json's customElements is ${pkg.customElements}, which the tarball lacks`);
  for (const field of ['license', 'repository', 'homepage', 'bugs', 'engines'])
    if (!pkg[field]) report(name, 'metadata', `package.json has no "${field}"`);

  const files = filesBelow(dir);
  // The source-map policy: the sources travel inside the maps (sourcesContent), never as a src/ folder.
  if (files.some((file) => file.startsWith('src/'))) report(name, 'source maps', 'the tarball ships src/');
  for (const file of files.filter((file) => file.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!Array.isArray(map.sourcesContent) || map.sourcesContent.length !== map.sources?.length)
      report(name, 'source maps', `${file} does not carry its sources (sourcesContent)`);
  }
  const registering = files.filter(
    (file) => /\.m?js$/.test(file) && /customElements\.define\(/.test(readFileSync(join(dir, file), 'utf8')),
  );
  const sideEffects = pkg.sideEffects;
  for (const file of registering) {
    const covered =
      sideEffects === undefined ||
      sideEffects === true ||
      (Array.isArray(sideEffects) && sideEffects.some((glob) => globToRegExp(glob).test(file)));
    if (!covered)
      report(
        name,
        'sideEffects',
        `${file} registers a custom element but sideEffects does not cover it, so bundlers may drop it`,
      );
  }
  if (Array.isArray(sideEffects))
    for (const glob of sideEffects)
      if (!glob.startsWith('./src/') && !files.some((file) => globToRegExp(glob).test(file)))
        report(name, 'sideEffects', `sideEffects lists ${glob}, which matches no published file`);
  return pkg;
}

async function checkPublint(name, dir) {
  const { messages, pkg } = await publint({ pkgDir: dir, pack: false, strict: true, level: 'suggestion' });
  for (const message of messages)
    report(name, `publint ${message.type}`, formatMessage(message, pkg, { color: false }) ?? message.code);
}

function checkAttw(name, tarball) {
  // Every entry point, none excluded: the classic scripts (./global, ./report-global) have types for the global
  // they set.
  const args = [attwBin, tarball, '--format', 'json', '--profile', 'esm-only', '--no-definitely-typed'];
  const { stdout, stderr } = run(process.execPath, args);
  let result;
  try {
    result = JSON.parse(stdout);
  } catch {
    report(name, 'attw', `could not read attw's output: ${stderr || stdout}`.trim());
    return;
  }
  const { analysis } = result;
  if (analysis.types === false) {
    // A command with nothing to import (its exports hold only package.json) has no types to check.
    const importable = Object.keys(analysis.entrypoints ?? {}).filter((entry) => entry !== './package.json');
    if (importable.length) report(name, 'attw', `no types for ${importable.join(', ')}`);
    return;
  }
  // JSON output lists every problem, by kind; the esm-only profile leaves out node10 and require() resolutions.
  const ignored = new Set(['node10', 'node16-cjs']);
  const found = Object.values(result.problems ?? {})
    .flat()
    .filter((problem) => !ignored.has(problem.resolutionKind));
  for (const problem of found) {
    const where = problem.entrypoint
      ? ` (${problem.entrypoint}${problem.resolutionKind ? `, ${problem.resolutionKind}` : ''})`
      : '';
    report(name, `attw ${problem.kind}`, `${problem.kind}${where}`);
  }
  return Object.keys(analysis.entrypoints ?? {});
}

const packageDirs = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')));

/** Packs, unpacks and checks one package; returns a short description of what was checked. */
async function checkPackage(name, source, packageDir) {
  checkSource(name, source);
  const packed = run('pnpm', ['pack', '--pack-destination', workDir], { cwd: packageDir });
  if (packed.status !== 0)
    return void report(name, 'pack', `pnpm pack failed: ${packed.stderr || packed.stdout}`.trim());
  const prefix = name.replace('@', '').replace('/', '-');
  const tarball = readdirSync(workDir)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.tgz'))
    .map((file) => join(workDir, file))[0];
  const unpacked = join(workDir, prefix);
  mkdirSync(unpacked, { recursive: true });
  const untar = run('tar', ['xzf', tarball, '-C', unpacked]);
  if (untar.status !== 0) return void report(name, 'pack', `could not unpack ${tarball}: ${untar.stderr}`);
  const dir = join(unpacked, 'package');

  const published = checkPublished(name, dir);
  await checkPublint(name, dir);
  const entrypoints = checkAttw(name, tarball) ?? [];
  const size = `${(statSync(tarball).size / 1024).toFixed(0)} KB, ${filesBelow(dir).length} files`;
  const entries = entrypoints.length
    ? `attw checked ${entrypoints.length} entry points`
    : 'no importable entry point (bin only)';
  return `${published.version}, ${size}; ${entries}`;
}

for (const packageDir of packageDirs) {
  const source = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  if (source.private) continue;
  const before = problems.length;
  const checked = await checkPackage(source.name, source, packageDir);
  const count = problems.length - before;
  console.log(
    `${count ? '✗' : '✓'} ${source.name}${checked ? ` (${checked})` : ''}: ${count ? `${count} problem(s)` : 'no problems'}`,
  );
  for (const { tool, message } of problems.slice(before)) console.log(`    [${tool}] ${message}`);
}

if (keep) console.log(`tarballs kept in ${relative(process.cwd(), workDir) || workDir}`);
else rmSync(workDir, { recursive: true, force: true });
if (problems.length) {
  console.error(`\n${problems.length} package problem(s): see above`);
  process.exit(1);
}
console.log('\npublint and are-the-types-wrong: no problems');

// The packages as npm users get them: @cate/core and @cate/charts packed with `pnpm pack` (run `pnpm build`
// first), unpacked into node_modules of a folder outside the workspace, where a React 19 TSX app and a Vue 3 SFC
// app use <cate-chart> (and Preact and Solid components, type-checked only). Each app type-checks against the packed types (tsc; vue-tsc with strict templates), a
// misspelt attribute fails the check, and each app builds with vite and draws the chart in chromium.
//
// Nothing is downloaded: the packages' own dependencies (read from the packed package.json files, so a dependency
// the package forgot to declare breaks the build here) and the tools (react, vue, typescript, vue-tsc, vite and its
// plugins) are symlinked from the workspace's node_modules. The folder is under the system's temporary folder, so
// no node_modules of the workspace is on any resolution path.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ExampleServer } from '../../examples/serve.mjs';
import { drawnChart, launchChromium, openPage, repoRoot } from '../examples/harness.js';
import { preactApp, reactApp, solidApp, reactMisspelt, vueApp, vueMisspelt, type Files } from './apps.js';

/** The tools the apps use, from the workspace root's node_modules. */
const TOOLS = [
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  'vue',
  'typescript',
  'vue-tsc',
  'vite',
  '@vitejs/plugin-react',
  '@vitejs/plugin-vue',
  'preact',
  'solid-js',
];
const PACKED = ['core', 'charts'] as const;

let dir: string;
let browser: Browser | undefined;
const servers: ExampleServer[] = [];

function write(root: string, files: Files): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function link(name: string, from: string): void {
  const target = join(dir, 'node_modules', name);
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(realpathSync(from), target, 'dir');
}

/** Runs a node script; returns its exit status and output (never throws on a non-zero exit). */
function node(args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const bin = (path: string) => join(dir, 'node_modules', path);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cate-packed-'));
  const packs = join(dir, 'packs');
  mkdirSync(packs);
  for (const name of PACKED) {
    const packageDir = join(repoRoot, 'packages', name);
    execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: packageDir, stdio: 'pipe' });
    const tarball = readdirSync(packs).find((file) => file.startsWith(`cate-${name}-`) && file.endsWith('.tgz'));
    const target = join(dir, 'node_modules/@cate', name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['xzf', join(packs, tarball!), '-C', target, '--strip-components=1']);
    const published = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(published.dependencies ?? {}))
      if (!dep.startsWith('@cate/')) link(dep, join(packageDir, 'node_modules', dep));
  }
  for (const tool of TOOLS) link(tool, join(repoRoot, 'node_modules', tool));

  const publication = join(repoRoot, 'examples/data/publication.json');
  for (const [name, files] of [
    ['react', reactApp],
    ['vue', vueApp],
  ] as const) {
    write(join(dir, name), files);
    mkdirSync(join(dir, name, 'public'), { recursive: true });
    copyFileSync(publication, join(dir, name, 'public/publication.json'));
  }
  write(join(dir, 'react'), reactMisspelt);
  write(join(dir, 'vue'), vueMisspelt);
  write(join(dir, 'preact'), preactApp);
  write(join(dir, 'solid'), solidApp);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Builds an app with vite (the CLI, as its user would run it) and draws its chart in chromium. */
async function buildAndDraw(app: 'react' | 'vue'): Promise<void> {
  const built = node([bin('vite/bin/vite.js'), 'build', '--logLevel', 'warn'], join(dir, app));
  expect(built.output, 'vite build').not.toMatch(/error/i);
  expect(built.status, built.output).toBe(0);
  browser ??= await launchChromium();
  const server = await serve([['/', join(dir, app, 'dist')]]);
  servers.push(server);
  const { page, problems } = await openPage(browser, server.url);
  const chart = await drawnChart(page, '#chart');
  expect(chart.heading).toContain('Continent of Origin');
  expect(chart.quarters).toHaveLength(8);
  expect(chart.bars).toBeGreaterThan(10);
  await expect.poll(() => page.locator('#drawn').textContent()).toBe('Drawn as grouped-bar');
  // show-table was set as an attribute (React 19 and Vue both set what the element has no property for as such).
  expect(await page.locator('#chart').evaluate((el) => (el as HTMLElement & { showTable: boolean }).showTable)).toBe(
    true,
  );
  expect(problems).toEqual([]);
  await page.close();
}

describe('the packed packages, outside the workspace', () => {
  it('a React 19 TSX app type-checks against @cate/charts/react-types (attributes, data, event props)', () => {
    const { status, output } = node([bin('typescript/bin/tsc'), '-p', 'tsconfig.json'], join(dir, 'react'));
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 120_000);

  it('a misspelt attribute on <cate-chart> fails the React type check', () => {
    const { status, output } = node([bin('typescript/bin/tsc'), '-p', 'tsconfig.misspelt.json'], join(dir, 'react'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Property 'sektion' does not exist .*Did you mean 'section'\?/s);
    expect(output).toMatch(/Property 'showTabel' does not exist .*Did you mean 'showTable'\?/s);
  }, 120_000);

  it('a Vue 3 SFC type-checks against @cate/charts/vue-types with vue-tsc (strict templates)', () => {
    const { status, output } = node([bin('vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.json'], join(dir, 'vue'));
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 120_000);

  it('a misspelt attribute on <cate-chart> fails the Vue type check', () => {
    const { status, output } = node([bin('vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.misspelt.json'], join(dir, 'vue'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/'showTabel' does not exist/);
  }, 120_000);

  it('a Preact component type-checks against @cate/charts/preact-types, and a misspelt attribute fails', () => {
    const valid = node([bin('typescript/bin/tsc'), '-p', 'tsconfig.json'], join(dir, 'preact'));
    expect(valid.output).toBe('');
    expect(valid.status).toBe(0);
    const misspelt = node([bin('typescript/bin/tsc'), '-p', 'tsconfig.misspelt.json'], join(dir, 'preact'));
    expect(misspelt.status).not.toBe(0);
    expect(misspelt.output).toMatch(/Property 'secton' does not exist .*Did you mean 'section'\?/s);
  }, 120_000);

  it('a Solid component type-checks against @cate/charts/solid-types, and a misspelt attribute fails', () => {
    const valid = node([bin('typescript/bin/tsc'), '-p', 'tsconfig.json'], join(dir, 'solid'));
    expect(valid.output).toBe('');
    expect(valid.status).toBe(0);
    const misspelt = node([bin('typescript/bin/tsc'), '-p', 'tsconfig.misspelt.json'], join(dir, 'solid'));
    expect(misspelt.status).not.toBe(0);
    expect(misspelt.output).toMatch(/Property 'hieght' does not exist .*Did you mean 'height'\?/s);
  }, 120_000);

  it('the React app builds with vite and draws the chart in chromium', () => buildAndDraw('react'), 90_000);

  it('the Vue app builds with vite and draws the chart in chromium', () => buildAndDraw('vue'), 90_000);
});

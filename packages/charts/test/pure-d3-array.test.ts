// The bundle build's pure-d3-array plugin (scripts/pure-d3-array.mjs) only lets esbuild drop d3-array's unused
// helpers: every statement it marks is still in d3-array, d3-array built with it behaves as without it, and a bundle
// of what the charts use no longer holds the bisectors, blurs or shuffle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pureD3Array } from '../scripts/pure-d3-array.mjs';

const charts = fileURLToPath(new URL('..', import.meta.url));

async function bundle(
  contents: string,
  plugins: (typeof pureD3Array)[],
): Promise<{ text: string; warnings: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: charts, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return { text: result.outputFiles[0]!.text, warnings: result.warnings.map((w) => w.text) };
}

const load = async (text: string) =>
  (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as typeof import('d3-array');

describe('pure-d3-array', () => {
  it('finds every statement it marks (no warning) and d3-array works as before', async () => {
    const exports = `export * from 'd3-array';`;
    const marked = await bundle(exports, [pureD3Array]);
    expect(marked.warnings).toEqual([]);
    const [before, after] = [await load((await bundle(exports, [])).text), await load(marked.text)];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const d3 of [before, after]) {
      expect(d3.ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
      expect(d3.nice(0.3, 9.7, 5)).toEqual([0, 10]);
      expect(d3.bisectRight([1, 2, 2, 3], 2)).toBe(3);
      expect(d3.bisectLeft([1, 2, 2, 3], 2)).toBe(1);
      expect(d3.bisectCenter([1, 2, 3], 2.4)).toBe(1);
      expect(d3.blur([0, 0, 9, 0, 0], 1)).toEqual(before.blur([0, 0, 9, 0, 0], 1));
      expect(d3.shuffle([1, 2, 3]).sort()).toEqual([1, 2, 3]);
      expect(new d3.InternMap([[new Date(0), 'a']]).get(new Date(0))).toBe('a');
    }
  });

  it('a bundle of what the charts use drops the unused helpers', async () => {
    const used = `export { nice, ticks, range, InternMap } from 'd3-array';`;
    const [without, withPlugin] = [await bundle(used, []), await bundle(used, [pureD3Array])];
    expect(without.text).toContain('invalid rx');
    expect(withPlugin.text).not.toContain('invalid rx');
    expect(withPlugin.text).not.toContain('Math.random');
    expect(withPlugin.text.length).toBeLessThan(without.text.length - 1500);
  });
});

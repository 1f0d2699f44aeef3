import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `@cate/core/published` is what <cate-chart> loads to read published data: it must stay free of zod (and of any
// other dependency), or a chart's first load grows by the schema library again.
describe('@cate/core/published', () => {
  it('bundled, published.ts holds the readers and no module from node_modules (no zod)', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/publication/published.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('publication/read.ts'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('privacy/read-published-series.ts'))).toBe(true);
  });
});

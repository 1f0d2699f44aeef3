// The build's css`` minifier (scripts/minify-css-literals.mjs) must not change what the browser reads: every css``
// literal in src/, minified, is the same stylesheet as written (compared after esbuild's own CSS minifier makes both
// canonical), and the spaces CSS needs (calc(), descendant selectors, around an interpolation) stay.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { minifyCssLiterals, minifyCssLiteralsPlugin, minifyCssPart } from '../scripts/minify-css-literals.mjs';
import { chartStyles } from '../src/styles.js';

const charts = fileURLToPath(new URL('..', import.meta.url));

/** Each css`` literal of a source, as lit reads it: its cooked parts, interpolations marked by a declaration. */
function cssLiterals(source: string): string[] {
  const file = ts.createSourceFile('f.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const t = node.template;
      found.push(
        ts.isNoSubstitutionTemplateLiteral(t)
          ? t.text
          : t.templateSpans.reduce(
              (text, span, i) => `${text}--interpolation-${i}:0;${span.literal.text}`,
              t.head.text,
            ),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** esbuild's minified form of a stylesheet, and what it warned about. */
async function canonical(css: string): Promise<{ code: string; warnings: string[] }> {
  const result = await transform(css, { loader: 'css', minify: true });
  return { code: result.code, warnings: result.warnings.map((w) => w.text) };
}

describe('minifyCssPart', () => {
  it('minifyCssPart(text) drops comments and indentation but keeps the spaces CSS reads', () => {
    expect(minifyCssPart('\n  a :hover,\n  b > c {\n    width: calc(100% - 2px); /* why */\n  }\n')).toBe(
      'a :hover,b > c{width:calc(100% - 2px)}',
    );
  });

  it('minifyCssPart(text) copies strings and escapes as written', () => {
    expect(minifyCssPart(`a::after { content: '  /* not a comment */ ; '; b: "x\\"  y" }`)).toBe(
      `a::after{content:'  /* not a comment */ ; ';b:"x\\"  y"}`,
    );
    expect(minifyCssPart('a { content: "\\201C" }')).toBe('a{content:"\\201C"}');
  });

  it('minifyCssPart(text) keeps one space beside an interpolation, whose value may be a word', () => {
    expect(minifyCssPart('\n  margin: 0 ', { end: false })).toBe('margin:0 ');
    expect(minifyCssPart(' auto;\n}', { start: false })).toBe(' auto}');
  });
});

describe('minifyCssLiterals', () => {
  const files = execFileSync('grep', ['-rl', 'css`', 'src'], { cwd: charts, encoding: 'utf8' }).trim().split('\n');

  it('finds the stylesheets', () => {
    expect(files).toContain('src/styles.ts');
    expect(cssLiterals(readFileSync(join(charts, 'src/styles.ts'), 'utf8')).length).toBeGreaterThan(3);
  });

  it.each(files)('minifyCssLiterals(%s) is the same stylesheet, smaller', async (path) => {
    const source = readFileSync(join(charts, path), 'utf8');
    const minified = minifyCssLiterals(source, path);
    const before = cssLiterals(source);
    const after = cssLiterals(minified);
    expect(after).toHaveLength(before.length);
    for (const [i, css] of before.entries()) {
      expect(await canonical(after[i]!)).toEqual(await canonical(css));
      expect(after[i]!.length).toBeLessThanOrEqual(css.length);
    }
    // Only the literals changed: the code around them is the same.
    const code = (text: string) => text.replace(/css`[^`]*`/g, 'css``');
    expect(code(minified)).toBe(code(source));
  });

  it('the plugin builds chartStyles that lit reads as the same stylesheet', async () => {
    const result = await build({
      stdin: { contents: `export { chartStyles } from './src/styles.ts';`, resolveDir: charts, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
      plugins: [minifyCssLiteralsPlugin],
    });
    const text = result.outputFiles[0]!.text;
    expect(text).not.toContain('lets the chart shrink');
    const built = (await import(
      `data:text/javascript,${encodeURIComponent(text)}`
    )) as typeof import('../src/styles.js');
    expect(built.chartStyles.cssText.length).toBeLessThan(chartStyles.cssText.length * 0.8);
    expect(await canonical(built.chartStyles.cssText)).toEqual(await canonical(chartStyles.cssText));
  });
});

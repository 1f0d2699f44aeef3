// Minifies the CSS written in lit's css`` template literals at build time, so a page downloads the styles without
// their comments and indentation. Lexical and conservative: comments are dropped, runs of whitespace become one
// space, and that space is dropped only beside `{ } ; ,` or after a declaration's `:` (never around `+`, `-`, `>`
// or `(`, where calc() and selectors need it); `;}` becomes `}`. A custom property's value, what is inside var() and
// a media or container feature keep their spaces (one for a run). Strings and escapes are copied as they are, and
// the text beside a `${…}` keeps a space where it had one (the interpolation may be a word). So every selector and
// value reads the same to the browser (test/minify-css-literals.test.ts compares each literal's stylesheet before
// and after). Used by the bundle build (build-bundle.mjs) and the npm build (tsup.config.ts).
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/**
 * One static part of a css`` literal, as written in the source (escapes kept). `start`/`end`: whether the part
 * begins or ends the whole literal (there, its leading or trailing whitespace is dropped).
 */
export function minifyCssPart(text, { start = true, end = true } = {}) {
  let out = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new Error('minify-css-literals: a comment is not closed in a css`` part');
      // A comment separates what is on either side of it, as whitespace would.
      out += ' ';
      i = close + 2;
    } else if (/\s/.test(c)) {
      out += ' ';
      while (i < text.length && /\s/.test(text[i])) i++;
    } else {
      out += c;
      i++;
    }
  }
  // Second pass over the same tokens: drop spaces where CSS does not need them (outside strings only). The value
  // of a custom property and what is inside var() are kept as tokens with their spaces (one space for a run), as
  // a browser keeps them: such text may be read back by script.
  let result = '';
  let keep = 0; // depth of the var() the text is in
  let customValue = false;
  let depth = 0;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === '\\') {
      result += out.slice(i, i + 2);
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < out.length && out[j] !== c && out[j] !== '\n') j += out[j] === '\\' ? 2 : 1;
      result += out.slice(i, j + 1);
      i = j;
    } else if (c === ' ') {
      // Runs are single spaces already (comments may have made two: collapse them here).
      if (result.endsWith(' ')) continue;
      if (keep > 0 || customValue) {
        result += ' ';
        continue;
      }
      const before = result[result.length - 1];
      const after = out[i + 1];
      // After `:` only in a declaration: in parentheses (a media or container feature) it stays as written.
      if (before !== undefined && ('{};,'.includes(before) || (before === ':' && depth === 0))) continue;
      if (after !== undefined && '{};,'.includes(after)) continue;
      result += ' ';
    } else if (c === '(') {
      if (keep > 0 || /(^|[^\w-])var$/i.test(result)) keep++;
      depth++;
      result += c;
    } else if (c === ')') {
      if (keep > 0) keep--;
      depth = Math.max(0, depth - 1);
      result += c;
    } else if (c === ':' && depth === 0 && !customValue && /(^|[{;])\s*--[\w-]*$/.test(result)) {
      // A custom property's value starts here, spaces and all; it ends at `;` or `}`.
      customValue = true;
      result += c;
    } else if ((c === ';' || c === '}' || c === '{') && depth === 0) {
      customValue = false;
      // Whitespace before the end of a declaration (a custom one's too) is not part of its value.
      if (result.endsWith(' ')) result = result.slice(0, -1);
      if (c === '}' && result.endsWith(';')) result = result.slice(0, -1);
      result += c;
    } else if (c === ',' && keep === 0 && !customValue && result.endsWith(' ')) {
      result = result.slice(0, -1) + c;
    } else {
      result += c;
    }
  }
  if (start) result = result.replace(/^ /, '');
  if (end) result = result.replace(/ $/, '');
  return result;
}

/** The source with every css`` literal's static parts minified; the source itself when it has none. */
export function minifyCssLiterals(source, fileName = 'file.ts') {
  if (!source.includes('css`')) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** [from, to, replacement] ranges of the source, inside the literals' backticks and braces. */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        const from = template.getStart(file) + 1;
        const to = template.end - 1;
        edits.push([from, to, minifyCssPart(source.slice(from, to))]);
      } else {
        const parts = [template.head, ...template.templateSpans.map((span) => span.literal)];
        parts.forEach((part, index) => {
          // head: `…${   middle: }…${   tail: }…`
          const from = part.getStart(file) + 1;
          const to = part.end - (index === parts.length - 1 ? 1 : 2);
          const text = source.slice(from, to);
          edits.push([from, to, minifyCssPart(text, { start: index === 0, end: index === parts.length - 1 })]);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0]))
    result = result.slice(0, from) + text + result.slice(to);
  return result;
}

/** The esbuild plugin (esbuild and tsup): TypeScript sources of this repository, not node_modules. */
export const minifyCssLiteralsPlugin = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /\.ts$/, namespace: 'file' }, async (args) => {
      if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('css`')) return undefined;
      return { contents: minifyCssLiterals(source, args.path), loader: 'ts' };
    });
  },
};

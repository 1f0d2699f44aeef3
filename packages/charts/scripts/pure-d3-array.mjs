// d3-array ships one file (dist/d3-array.mjs) whose top-level statements build a few helpers by calling functions
// (`bisector(ascending)`, `Blur2(blurf)`, `shuffler(Math.random)`) or reading properties (`Array.prototype.slice`).
// esbuild cannot know those are free of side effects, so it keeps them, and all they call, in every bundle, though
// the charts use only ticks, nice, range and InternMap (~2 KB minified of dead code). This plugin of the bundle build
// (build-bundle.mjs) rewrites each such statement `const x = expression;` as `const x = (() => expression)();`
// annotated `@__PURE__`: the same value, computed at the same moment, and esbuild drops the ones nothing uses. A
// statement no longer found (a new d3-array) is said in a build warning and left as it is.
import { readFileSync } from 'node:fs';

export const pureD3ArrayStatements = [
  'const ascendingBisect = bisector(ascending);',
  'const bisectRight = ascendingBisect.right;',
  'const bisectLeft = ascendingBisect.left;',
  'const bisectCenter = bisector(number).center;',
  'const blur2 = Blur2(blurf);',
  'const blurImage = Blur2(blurfImage);',
  'var array = Array.prototype;',
  'var slice = array.slice;',
  'var shuffle = shuffler(Math.random);',
];
export const pureD3Array = {
  name: 'pure-d3-array',
  setup(b) {
    b.onLoad({ filter: /[\\/]d3-array[\\/]dist[\\/]d3-array\.mjs$/ }, (args) => {
      let contents = readFileSync(args.path, 'utf8');
      const warnings = [];
      for (const statement of pureD3ArrayStatements) {
        const [, kind, name, expression] = /^(const|var) (\w+) = (.*);$/.exec(statement);
        if (!contents.includes(`\n${statement}\n`)) {
          warnings.push({ text: `pure-d3-array: "${statement}" is not in ${args.path}; left as it is` });
          continue;
        }
        contents = contents.replace(
          `\n${statement}\n`,
          `\n${kind} ${name} = /* @__PURE__ */ (() => ${expression})();\n`,
        );
      }
      return { contents, loader: 'js', warnings };
    });
  },
};

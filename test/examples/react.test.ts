// The React 19 example (examples/react/): React sets `data` (the publication) and `quarters` as properties of the
// element, and listens to its events through `oncate-ready` and `oncate-error` props.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFrameworkExample } from './framework-example.js';
import { repoRoot } from './harness.js';

describeFrameworkExample(
  'react',
  { readyEvent: 'oncate-ready', errorEvent: 'oncate-error', state: 'React state' },
  () => {
    it('type-checks against the published types of @cate/charts (JSX props and event props of <cate-chart>)', () => {
      const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
      const run = () =>
        execFileSync(process.execPath, [tsc, '-p', join(repoRoot, 'examples/react/tsconfig.json')], {
          encoding: 'utf8',
        });
      expect(run).not.toThrow();
    });
  },
);

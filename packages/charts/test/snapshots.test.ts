/**
 * SVG snapshot tests: every case in test/snapshots/cases.ts is rendered, normalized and compared with the
 * committed test/snapshots/output/<name>.svg (or .html). A mismatch writes <name>-changed.svg beside it for review
 * and fails. UPDATE_SNAPSHOTS=1 rewrites the committed outputs.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cases } from '../../../test/snapshots/cases.js';
import { normalize, serialize } from '../../../test/snapshots/serialize.js';

const output = fileURLToPath(new URL('../../../test/snapshots/output/', import.meta.url));
const update = process.env.UPDATE_SNAPSHOTS === '1';

describe('snapshots', () => {
  mkdirSync(output, { recursive: true });
  for (const [name, make] of Object.entries(cases)) {
    it(`${name} matches test/snapshots/output/${name}`, () => {
      const c = make();
      const body = serialize(c.template);
      const markup =
        c.type === 'svg'
          ? normalize(
              `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}">${body}</svg>`,
            )
          : normalize(body);
      const file = `${output}${name}.${c.type}`;
      const changed = `${output}${name}-changed.${c.type}`;
      if (update || !existsSync(file)) {
        writeFileSync(file, markup);
        rmSync(changed, { force: true });
        return;
      }
      const expected = readFileSync(file, 'utf8');
      if (expected !== markup) writeFileSync(changed, markup);
      else rmSync(changed, { force: true });
      expect(markup, `${name} changed: compare ${name}-changed.${c.type} with ${name}.${c.type}`).toBe(expected);
    });
  }
});

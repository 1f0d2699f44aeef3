// Issue 13, hostile input through the CLI: the real bin spawned (as a user runs it) for the main cases, in-process
// for the rest. Each case checks the exit status, a located message of bounded length, no "unexpected error", the
// rows read, and that Object.prototype is untouched. Payloads: test/hostile/corpus.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HUGE,
  LONG_HEADER,
  UNSAFE_URLS,
  csv,
  expectPrototypeUntouched,
  nested,
  smallTaxonomy,
  trapTaxonomy,
} from '../../../test/hostile/corpus.js';
import { cate, examples, spawnCate, tempDir, type RunResult } from './helpers.js';

/** No line of output is longer than this: every id and value in a message is cut to ~80 characters. */
const LINE_LIMIT = 700;

/** Writes a file and returns its absolute path (the spawned bin runs from the repository, to resolve tsx). */
function write(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** Exit status, bounded lines, never an unexpected error. */
function expectRun(result: RunResult, code: number): string {
  const out = `${result.stdout}${result.stderr}`;
  expect(result.code, out.slice(0, 2000)).toBe(code);
  expect(out).not.toMatch(/unexpected error|Maximum call stack|at .*\.ts:\d+/);
  for (const line of out.split('\n')) expect(line.length, line.slice(0, 200)).toBeLessThanOrEqual(LINE_LIMIT);
  return out;
}

/** The summary of `cate validate --format json`. */
function summary(result: RunResult): { rows: number; errors: number } {
  return JSON.parse(result.stdout).summary;
}

const row = (n: number, org = 'alive') => `${org},2025-Q3,sex,${n % 2 ? 'female' : 'male'},${n}`;
const SPAWN_TIMEOUT = 60_000;

afterEach(() => expectPrototypeUntouched());

describe('cate validate, spawned: hostile submissions', () => {
  it(
    'an unbalanced quote in an ignored column: exit 1, located at the row where it opens, rows counted',
    () => {
      const dir = tempDir();
      const t = write(dir, 't.json', JSON.stringify(smallTaxonomy()));
      const f = write(dir, 'q.csv', csv(`${LONG_HEADER},note`, `${row(1)},`, `${row(2)},"oops`, row(3), row(4)));
      const result = spawnCate(['validate', f, '--taxonomy', t, '--format', 'json']);
      expectRun(result, 1);
      const { problems } = JSON.parse(result.stdout);
      expect(problems.find((p: { code: string }) => p.code === 'unclosed-quote').where).toEqual({
        file: f,
        row: 3,
        column: 'note',
      });
      expect(summary(result).rows).toBe(1);
    },
    SPAWN_TIMEOUT,
  );

  it(
    '0000-Q1 fails validate with its row and column',
    () => {
      const dir = tempDir();
      const t = write(dir, 't.json', JSON.stringify(smallTaxonomy()));
      const f = write(dir, 'q.csv', csv(LONG_HEADER, 'alive,0000-Q1,sex,female,1'));
      const out = expectRun(spawnCate(['validate', f, '--taxonomy', t]), 1);
      expect(out).toMatch(/q\.csv, row 2, column "quarter": quarter "0000-Q1" is outside/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'a stray 2099-Q1 row refuses publish (nothing written); --years lets a coordinator widen the range',
    () => {
      const dir = tempDir();
      const t = write(dir, 't.json', JSON.stringify(smallTaxonomy()));
      const f = write(dir, 'q.csv', csv(LONG_HEADER, row(1), 'kairos,2099-Q1,sex,female,3'));
      const out = expectRun(spawnCate(['publish', f, '--taxonomy', t, '--out', 'p.json']), 1);
      expect(out).toMatch(/row 3, column "quarter"/);
      expect(existsSync(join(dir, 'p.json'))).toBe(false);
      const wide = spawnCate(['validate', f, '--taxonomy', t, '--years', '2000..2100']);
      expectRun(wide, 0);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'a count nested 10,000 arrays deep: exit 1, a located error, no stack overflow',
    () => {
      const dir = tempDir();
      const f = write(
        dir,
        'q.json',
        `[{"organization":"alive","quarter":"2025-Q3","counts":{"sex":{"female":${nested(10_000)}}}}]`,
      );
      const out = expectRun(spawnCate(['validate', f]), 1);
      expect(out).toMatch(/q\.json, at \[0\]\.counts\.sex\.female.*more than 64 deep/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'a duplicate JSON key: exit 1, the key and its path named',
    () => {
      const dir = tempDir();
      const f = write(
        dir,
        'q.json',
        '[{"organization":"alive","quarter":"2025-Q3","counts":{"sex":{"female":1,"female":5}}}]',
      );
      const out = expectRun(spawnCate(['validate', f]), 1);
      expect(out).toMatch(/at \[0\]\.counts\.sex\.female: key "female" appears twice/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'a section and category "constructor" and an organization "__proto__": every row read, exit 0',
    () => {
      const dir = tempDir();
      const t = write(dir, 't.json', JSON.stringify(trapTaxonomy()));
      const f = write(
        dir,
        'q.csv',
        csv(
          LONG_HEADER,
          'alive,2025-Q3,constructor,constructor,4',
          '__proto__,2025-Q3,constructor,valueof,5',
          'toString,2025-Q3,clients,new,6',
          'hasOwnProperty,2025-Q3,constructor,constructor,7',
        ),
      );
      const result = spawnCate(['validate', f, '--taxonomy', t, '--format', 'json']);
      expectRun(result, 0);
      expect(summary(result)).toMatchObject({ rows: 4, errors: 0 });
    },
    SPAWN_TIMEOUT,
  );

  it(
    'a javascript: link in the taxonomy refuses publish, located at the field',
    () => {
      const dir = tempDir();
      const taxonomy = smallTaxonomy();
      (taxonomy.organizations as Array<Record<string, unknown>>)[1]!.url = '  JaVaScRiPt:alert(1)';
      const t = write(dir, 't.json', JSON.stringify(taxonomy));
      const f = write(dir, 'q.csv', csv(LONG_HEADER, row(1)));
      const out = expectRun(spawnCate(['publish', f, '--taxonomy', t, '--out', 'p.json']), 1);
      expect(out).toMatch(/t\.json, at organizations\[1\]\.url: .*not a link/);
      expect(existsSync(join(dir, 'p.json'))).toBe(false);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'a policy file with an unknown field: exit 1 with a did-you-mean, never the weaker default',
    () => {
      const dir = tempDir();
      const p = write(dir, 'policy.json', '{ "treshold": 11 }');
      const f = write(dir, 'q.csv', csv(LONG_HEADER, 'alive,2025-Q3,sex,female,1'));
      const out = expectRun(spawnCate(['publish', f, '--policy', p, '--out', 'p.json']), 1);
      expect(out).toMatch(/"treshold" is not a policy field \(did you mean "threshold"\?\)/);
      expect(existsSync(join(dir, 'p.json'))).toBe(false);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'an import config with a "__proto__" key: exit 1, located',
    () => {
      const dir = tempDir();
      const config = JSON.parse(readFileSync(join(examples, 'import-config.json'), 'utf8'));
      const text = JSON.stringify(config).replace('"sections":{', '"sections":{"__proto__":{"column":"Sex"},');
      const c = write(dir, 'map.json', text);
      const out = expectRun(
        spawnCate([
          'import',
          join(examples, 'synthetic-client-export.csv'),
          '--config',
          c,
          '--organization',
          'alive',
          '--quarter',
          '2025-Q3',
        ]),
        1,
      );
      expect(out).toMatch(/at sections\.__proto__: key "__proto__" is not allowed/);
    },
    SPAWN_TIMEOUT,
  );
});

describe('cate, in-process: hostile inputs', () => {
  const dir = tempDir();
  const t = write(dir, 't.json', JSON.stringify(smallTaxonomy()));

  it.each(UNSAFE_URLS.slice(0, 7))('a taxonomy source link %j: exit 1, located', async (url) => {
    const taxonomy = smallTaxonomy();
    (taxonomy.sections as Array<{ sources: Array<Record<string, unknown>> }>)[0]!.sources[0]!.url = url;
    const bad = write(dir, 'bad-url.json', JSON.stringify(taxonomy));
    const f = write(dir, 'ok.csv', csv(LONG_HEADER, row(1)));
    const out = expectRun(await cate(['validate', f, '--taxonomy', bad]), 1);
    expect(out).toContain('at sections[0].sources[0].url');
  });

  it('a taxonomy with an unknown field: exit 1, did you mean', async () => {
    const bad = write(dir, 'bad-key.json', JSON.stringify({ ...smallTaxonomy(), organisations: [] }));
    const out = expectRun(await cate(['validate', 'x.csv', '--taxonomy', bad]), 1);
    expect(out).toMatch(/at organisations: "organisations" is not a known field \(did you mean "organizations"\?\)/);
  });

  it('a taxonomy with a "__proto__" key: exit 1', async () => {
    const text = JSON.stringify(smallTaxonomy()).replace('{"id"', '{"__proto__":{"polluted":true},"id"');
    const bad = write(dir, 'proto.json', text);
    const out = expectRun(await cate(['validate', 'x.csv', '--taxonomy', bad]), 1);
    expect(out).toContain('"__proto__" is not allowed');
  });

  it('a taxonomy with a duplicate key: exit 1, key and path named', async () => {
    const text = JSON.stringify(smallTaxonomy()).replace('"name":"ALIVE"', '"name":"ALIVE","name":"EVIL"');
    const bad = write(dir, 'dup.json', text);
    const out = expectRun(await cate(['validate', 'x.csv', '--taxonomy', bad]), 1);
    expect(out).toContain('at organizations[0].name: key "name" appears twice');
  });

  it('a policy file with "__proto__": exit 1', async () => {
    const p = write(dir, 'proto-policy.json', '{"__proto__": {"threshold": 1}}');
    const f = write(dir, 'ok.csv', csv(LONG_HEADER, row(1)));
    const out = expectRun(await cate(['publish', f, '--taxonomy', t, '--policy', p, '--dry-run']), 1);
    expect(out).toContain('"__proto__" is not allowed');
  });

  it('a policy file with a misspelt nested field: exit 1, located', async () => {
    const p = write(dir, 'nested-policy.json', '{"contributors": {"dominanse": false}}');
    const f = write(dir, 'ok.csv', csv(LONG_HEADER, row(1)));
    const out = expectRun(await cate(['publish', f, '--taxonomy', t, '--policy', p, '--dry-run']), 1);
    expect(out).toMatch(/at contributors\.dominanse: "dominanse" is not a policy field \(did you mean "dominance"\?\)/);
  });

  it('an import config with an unknown top-level field: exit 1, did you mean', async () => {
    const config = JSON.parse(readFileSync(join(examples, 'import-config.json'), 'utf8'));
    const c = write(dir, 'map-typo.json', JSON.stringify({ ...config, delimeter: ';' }));
    const result = await cate([
      'import',
      join(examples, 'synthetic-client-export.csv'),
      '--config',
      c,
      '--organization',
      'alive',
      '--quarter',
      '2025-Q3',
    ]);
    expect(expectRun(result, 1)).toMatch(/"delimeter" is not a config field \(did you mean "delimiter"\?\)/);
  });

  it('an import config with a top-level "__proto__": exit 1', async () => {
    const config = JSON.parse(readFileSync(join(examples, 'import-config.json'), 'utf8'));
    const c = write(dir, 'map-proto.json', JSON.stringify(config).replace('{"format"', '{"__proto__":{},"format"'));
    const result = await cate([
      'import',
      join(examples, 'synthetic-client-export.csv'),
      '--config',
      c,
      '--organization',
      'alive',
      '--quarter',
      '2025-Q3',
    ]);
    expect(expectRun(result, 1)).toContain('"__proto__" is not allowed');
  });

  it('a 200,000-character id, column and count: every line of output stays short', async () => {
    const f = write(dir, 'huge.csv', csv(`${LONG_HEADER},${HUGE}`, `alive,2025-Q3,${HUGE},female,${HUGE},`));
    const result = await cate(['validate', f, '--taxonomy', t]);
    expectRun(result, 1);
    expect(result.stdout.length).toBeLessThan(3000);
  });

  it('cate import --quarter 0000-Q1 is a usage error naming the plausible years (exit 2)', async () => {
    const config = join(examples, 'import-config.json');
    const result = await cate([
      'import',
      join(examples, 'synthetic-client-export.csv'),
      '--config',
      config,
      '--organization',
      'alive',
      '--quarter',
      '0000-Q1',
    ]);
    expect(expectRun(result, 2)).toMatch(/outside the plausible years 2000/);
  });

  it('a taxonomy nested 10,000 arrays deep is refused with its path, not a stack overflow', async () => {
    const bad = write(dir, 'deep.json', `{"id":"x","introduction":${nested(10_000)}}`);
    const out = expectRun(await cate(['validate', 'x.csv', '--taxonomy', bad], { cwd: dir }), 1);
    expect(out).toMatch(/at introduction(\[0\])+: the document nests/);
  });

  it('--years that is not a range is a usage error (exit 2)', async () => {
    const f = write(dir, 'ok.csv', csv(LONG_HEADER, row(1)));
    expectRun(await cate(['validate', f, '--taxonomy', t, '--years', '2030..2000']), 2);
  });

  it('a multi-line quoted value: exit 1 at its row; the rows after it are still counted', async () => {
    const f = write(dir, 'multi.csv', csv(LONG_HEADER, row(1), 'kairos,2025-Q3,sex,male,"2\n"', row(3, 'kairos')));
    const result = await cate(['validate', f, '--taxonomy', t, '--format', 'json']);
    expectRun(result, 1);
    expect(JSON.parse(result.stdout).problems[0]).toMatchObject({ code: 'multiline-field', where: { row: 3 } });
    expect(summary(result).rows).toBe(2);
  });

  it('an earlier release with a duplicate key is refused', async () => {
    const f = write(dir, 'ok.csv', csv(LONG_HEADER, row(1)));
    const prev = write(dir, 'prev.json', '{"format":"cate-publication@1","format":"x"}');
    const out = expectRun(await cate(['publish', f, '--taxonomy', t, '--previous', prev, '--dry-run']), 1);
    expect(out).toContain('key "format" appears twice');
  });
});

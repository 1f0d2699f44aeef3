import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/main.js';
import { cate, here, lines, sampleData, spawnCate, sampleCounts, sampleSummary } from './helpers.js';

const version = (JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as { version: string }).version;

describe('cate (the command line)', () => {
  it('cate --help lists every command', async () => {
    const { code, stdout } = await cate(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: cate COMMAND \[options\]\n/);
    for (const name of ['validate', 'publish', 'aggregate', 'build', 'embed', 'import'])
      expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(COMMANDS.map((c) => c.name)).toEqual(['validate', 'publish', 'aggregate', 'build', 'embed', 'import']);
  });

  it.each(COMMANDS.map((c) => c.name))(
    'cate %s --help (and -h, and cate help %s) prints its usage and exits 0',
    async (name) => {
      const long = await cate([name, '--help']);
      expect(long.code).toBe(0);
      expect(long.stdout).toMatch(new RegExp(`^Usage: cate ${name} `));
      expect(long.stdout).toContain('-h, --help');
      expect(long.stdout).toMatch(/^ {2}--json +\S/m);
      expect((await cate([name, '-h'])).stdout).toBe(long.stdout);
      expect((await cate(['help', name])).stdout).toBe(long.stdout);
      // --help wins over missing arguments.
      expect(long.stderr).toBe('');
    },
  );

  it('cate with no command prints the usage on standard error and exits 2', async () => {
    const { code, stdout, stderr } = await cate([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: cate COMMAND/);
  });

  it('cate --version prints the package version', async () => {
    expect(await cate(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('cate (an unknown command, or option) suggests the nearest command and exits 2', async () => {
    expect(await cate(['valdate', 'x.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'cate: unknown command "valdate" (did you mean "validate"?); the commands are validate, publish, aggregate, build, embed, import (run "cate --help")\n',
    });
    expect((await cate(['--verbose'])).stderr).toBe(
      'cate: unknown option "--verbose"; the commands are validate, publish, aggregate, build, embed, import (run "cate --help")\n',
    );
  });

  it('cate COMMAND (an unknown flag, a flag without its value, a value given to a flag) exits 2 with one clear line', async () => {
    expect(await cate(['validate', '--frmat', 'json', 'a.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'cate: unknown option "--frmat" for "cate validate" (did you mean "--format"?); run "cate validate --help" for its options\n',
    });
    expect((await cate(['validate', 'a.csv', '--format'])).stderr).toBe(
      'cate: option "--format" of "cate validate" needs a value; run "cate validate --help" for its options\n',
    );
    expect((await cate(['validate', '--progress=yes', 'a.csv'])).stderr).toBe(
      'cate: option "--progress" of "cate validate" takes no value; run "cate validate --help" for its options\n',
    );
    expect((await cate(['embed', 'sex', '-x'])).stderr).toBe(
      'cate: unknown option "-x" for "cate embed"; run "cate embed --help" for its options\n',
    );
  });
});

describe('the cate bin, spawned', () => {
  it('validate(sample CSV) exits 0 with the summary', () => {
    const { code, stdout, stderr } = spawnCate(['validate', join(sampleData, 'sample-submissions.csv')]);
    expect(stderr).toBe('');
    expect(stdout).toBe(`1 file, ${sampleSummary}: 0 errors, 0 warnings\n`);
    expect(code).toBe(0);
  });

  it('validate(broken CSV) exits 1 with every problem located, and no stack trace', () => {
    const { code, stdout, stderr } = spawnCate(['validate', 'broken-long.csv', 'empty.csv']);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'error: broken-long.csv, row 3, column "category": unknown category "femal" in section "sex"; did you mean "female"?',
      'error: broken-long.csv, row 4, column "count": count -2 is negative; expected a whole number of 0 or more',
      'error: broken-long.csv, row 5, column "quarter": quarter "2025-Q13" is not a quarter; expected a quarter written like 2025-Q3',
      'error: empty.csv: the file is empty; expected a header row and at least one row of counts',
      '2 files, 1 submission, 1 row: 4 errors, 0 warnings',
    ]);
    expect(stderr).toBe('');
  });

  it('a usage error exits 2 with one line on standard error and no stack trace', () => {
    const { code, stdout, stderr } = spawnCate([
      'publish',
      'broken-long.csv',
      '--out',
      'never-written.json',
      '--quarters',
      '2025-Q9',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'cate: --quarters "2025-Q9" is not a quarter range; expected FROM..TO with FROM not after TO, e.g. 2024-Q1..2025-Q4 (or one quarter, 2025-Q3)\n',
    );
  });

  it('publish reads standard input and writes the publication to standard output', () => {
    const input = readFileSync(join(sampleData, 'sample-submissions.csv'), 'utf8');
    const { code, stdout, stderr } = spawnCate(['publish', '-', '--out', '-', '--quarters', '2025-Q4'], { input });
    expect(code, stderr).toBe(0);
    const doc = JSON.parse(stdout) as { format: string; release: { from: string; to: string } };
    expect(doc.format).toBe('cate-publication@1');
    expect(doc.release).toMatchObject({ from: '2025-Q4', to: '2025-Q4' });
    expect(stderr).toMatch(
      new RegExp(`^cate: publish: ${sampleCounts.submissions} submissions -> 41 sections x 2025-Q4\\.\\.2025-Q4`),
    );
  });

  it('embed prints the snippet', () => {
    const { code, stdout } = spawnCate(['embed', 'sex', '--src', '/d/publication.json', '--script', '/c.js']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '<script type="module" src="/c.js"></script>\n<cate-chart section="sex" src="/d/publication.json"></cate-chart>\n',
    );
  });
});

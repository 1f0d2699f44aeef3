import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cate, lines, sampleData, sampleCounts, sampleSummary } from './helpers.js';

const sampleCsv = join(sampleData, 'sample-submissions.csv');
const sampleJson = join(sampleData, 'sample-submissions.json');

describe('cate validate', () => {
  it('validate(sample CSV) prints only the summary and exits 0', async () => {
    const { code, stdout, stderr } = await cate(['validate', sampleCsv]);
    expect(code).toBe(0);
    expect(stdout).toBe(`1 file, ${sampleSummary}: 0 errors, 0 warnings\n`);
    expect(stderr).toBe('');
  });

  it('validate(sample JSON) reads the submission layout with the same counts', async () => {
    const { code, stdout } = await cate(['validate', sampleJson]);
    expect(code).toBe(0);
    expect(stdout).toBe(`1 file, ${sampleSummary}: 0 errors, 0 warnings\n`);
  });

  it('validate(broken long CSV) prints each problem with file, row and column, and exits 1', async () => {
    const { code, stdout } = await cate(['validate', 'broken-long.csv']);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'error: broken-long.csv, row 3, column "category": unknown category "femal" in section "sex"; did you mean "female"?',
      'error: broken-long.csv, row 4, column "count": count -2 is negative; expected a whole number of 0 or more',
      'error: broken-long.csv, row 5, column "quarter": quarter "2025-Q13" is not a quarter; expected a quarter written like 2025-Q3',
      '1 file, 1 submission, 1 row: 3 errors, 0 warnings',
    ]);
  });

  it('validate(a CSV without the count column) names the missing column at row 1', async () => {
    const { code, stdout } = await cate(['validate', 'missing-column.csv']);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'error: missing-column.csv, row 1: missing column "count"; the long layout needs organization, quarter, section, category and count',
      '1 file, 0 submissions, 0 rows: 1 error, 0 warnings',
    ]);
  });

  it('validate(an empty file) says the file is empty', async () => {
    const { code, stdout } = await cate(['validate', 'empty.csv']);
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toBe(
      'error: empty.csv: the file is empty; expected a header row and at least one row of counts',
    );
  });

  it('validate(broken JSON) locates problems by path', async () => {
    const { code, stdout } = await cate(['validate', 'broken.json']);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'error: broken.json, at [0].counts.sex.male: count -1 is negative; expected a whole number of 0 or more',
      'error: broken.json, at [1].quarter: quarter "Q5 2025" is not a quarter; expected a quarter written like 2025-Q3',
      '1 file, 1 submission, 1 row: 2 errors, 0 warnings',
    ]);
  });

  it('validate(warnings only) prints the warnings and exits 0', async () => {
    const { code, stdout } = await cate(['validate', 'good-with-warning.csv']);
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      'warning: good-with-warning.csv, row 7, column "count": no count given; read as not reported (write 0 for a reported zero)',
      '1 file, 1 submission, 5 rows: 0 errors, 1 warning',
    ]);
  });

  it('validate(several files) reads them all, including one that is missing', async () => {
    const { code, stdout } = await cate(['validate', 'good-with-warning.csv', 'no-such-file.csv', 'broken.json']);
    expect(code).toBe(1);
    expect(stdout).toContain('error: no-such-file.csv: cannot read the file: no such file\n');
    expect(lines(stdout).at(-1)).toBe('3 files, 2 submissions, 6 rows: 3 errors, 1 warning');
  });

  it('validate(the same data in two files) is one error naming both files: it would be counted twice', async () => {
    const { code, stdout } = await cate(['validate', sampleCsv, sampleJson]);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      `error: ${sampleJson}: ${sampleCounts.submissions} organizations' quarters are also in ${sampleCsv} ("alive" 2024-Q1, "alive" 2024-Q2, ` +
        `"alive" 2024-Q3 and ${sampleCounts.submissions - 3} more); expected each organization's quarter in one file only, so these copies were not read`,
      `2 files, ${sampleSummary}: 1 error, 0 warnings`,
    ]);
  });

  it('validate(-) reads standard input', async () => {
    const stdin = 'organization,quarter,section,category,count\nalive,2025-Q3,sex,mael,2\n';
    const { code, stdout } = await cate(['validate', '-'], { stdin });
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toBe(
      'error: <stdin>, row 2, column "category": unknown category "mael" in section "sex"; did you mean "male"?',
    );
  });

  it('validate --format json prints the summary, each file and the problems as JSON', async () => {
    const { code, stdout } = await cate(['validate', '--format', 'json', 'broken-long.csv', 'good-with-warning.csv']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ files: 2, submissions: 2, rows: 6, errors: 3, warnings: 1 });
    expect(report.files).toEqual([
      { file: 'broken-long.csv', format: 'csv', submissions: 1, rows: 1, errors: 3, warnings: 0 },
      { file: 'good-with-warning.csv', format: 'csv', submissions: 1, rows: 5, errors: 0, warnings: 1 },
    ]);
    expect(report.problems[0]).toEqual({
      severity: 'error',
      code: 'unknown-category',
      message: 'unknown category "femal" in section "sex"; did you mean "female"?',
      where: { file: 'broken-long.csv', row: 3, column: 'category' },
    });
  });

  it("validate --taxonomy FILE reads a coalition's own taxonomy", async () => {
    const own = await cate(['validate', '--taxonomy', 'river-city-taxonomy.json', 'river-city.csv']);
    expect(own.code).toBe(0);
    expect(own.stdout).toBe('1 file, 2 submissions, 7 rows: 0 errors, 0 warnings\n');
    const cateDefault = await cate(['validate', 'river-city.csv']);
    expect(cateDefault.code).toBe(1);
    expect(cateDefault.stdout).toContain(
      'error: river-city.csv, row 2, column "section": unknown section "clients-served"',
    );
  });

  it('validate --taxonomy (a broken taxonomy) lists its problems and exits 1 without a stack trace', async () => {
    const { code, stdout, stderr } = await cate(['validate', '--taxonomy', 'broken-taxonomy.json', 'river-city.csv']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'cate: the taxonomy broken-taxonomy.json is not valid (2 problems):\n' +
        '  error: broken-taxonomy.json, at id: expected a kebab-case id such as "continent-of-origin"\n' +
        '  error: broken-taxonomy.json, at sections: expected at least one section\n',
    );
  });

  it('validate --progress writes a line per file on standard error, never on standard output', async () => {
    const { stdout, stderr } = await cate(['validate', '--progress', 'broken-long.csv', 'good-with-warning.csv']);
    expect(stderr).toMatch(
      /^cate: reading broken-long\.csv \(1 of 2\)\ncate: broken-long\.csv: 1 submission, 1 row, 3 errors, 0 warnings \(\d+ ms\)\n/,
    );
    expect(stderr).toContain('cate: reading good-with-warning.csv (2 of 2)\n');
    expect(stdout).not.toContain('reading');
  });

  it('validate shows progress by default when standard error is a terminal', async () => {
    expect((await cate(['validate', 'broken-long.csv'], { tty: true })).stderr).toContain(
      'cate: reading broken-long.csv (1 of 1)',
    );
    expect((await cate(['validate', 'broken-long.csv'], { tty: false })).stderr).toBe('');
  });

  it('validate without a FILE, or with a wrong --format, is a usage error (exit 2)', async () => {
    expect(await cate(['validate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cate: "cate validate" needs at least one FILE, e.g. cate validate q3.csv; run "cate validate --help"\n',
    });
    expect(await cate(['validate', '--format', 'xml', 'empty.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cate: --format "xml" is not one of text, json\n',
    });
  });
});

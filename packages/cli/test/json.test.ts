import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS } from '../src/main.js';
import { cate, examples, fixtures, sampleData, spawnCate, tempDir, type RunResult } from './helpers.js';

// The documents' shapes, written here from packages/cli/README.md ("--json"), independently of the CLI's own types.
// Every object is strict: a field the README does not document (a hidden count, say) fails the test.
const Problem = z.strictObject({
  severity: z.enum(['error', 'warning']),
  code: z.string().min(1),
  message: z.string().min(1),
  file: z.string().optional(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
  path: z.string().optional(),
});
const base = {
  command: z.enum(['validate', 'publish', 'aggregate', 'build', 'embed', 'import']).nullable(),
  ok: z.boolean(),
  exitCode: z.number().int().min(0).max(2),
  problems: z.array(Problem),
};
/** A run that stopped before the command had a result: the base fields only. */
const Failure = z.strictObject({ ...base, ok: z.literal(false) });
const quarter = z.string().regex(/^\d{4}-Q[1-4]$/);
const count = z.number().int().min(0);
const Validate = z.strictObject({
  ...base,
  command: z.literal('validate'),
  summary: z.strictObject({ files: count, submissions: count, rows: count, errors: count, warnings: count }),
  files: z.array(
    z.strictObject({
      file: z.string(),
      format: z.enum(['json', 'csv']),
      submissions: count,
      rows: count,
      errors: count,
      warnings: count,
    }),
  ),
});
const released = {
  release: z.strictObject({
    id: z.string().min(1),
    from: quarter,
    to: quarter,
    created: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    previous: z.array(z.string()),
  }),
  policy: z.strictObject({ name: z.string().min(1), threshold: z.number().int().min(1) }),
  submissions: count,
  sections: count,
  cells: z.strictObject({ total: count, hidden: count }),
  hiddenByReason: z.record(z.string(), count),
  informationLoss: z.number().min(0).max(1),
  rounds: count,
  revised: count,
};
const Publish = z.strictObject({
  ...base,
  command: z.literal('publish'),
  ...released,
  output: z.string().nullable(),
  record: z.string().nullable(),
  dryRun: z.boolean(),
});
const Aggregate = z.strictObject({
  ...base,
  command: z.literal('aggregate'),
  ...released,
  output: z.string(),
  record: z.string().nullable(),
  format: z.enum(['json', 'csv']),
  deprecated: z.literal(true),
});
const Build = z.strictObject({
  ...base,
  command: z.literal('build'),
  output: z.string(),
  files: z.array(z.string()).min(1),
  release: z.strictObject({ id: z.string(), from: quarter, to: quarter }),
  quarters: z.strictObject({ from: quarter, to: quarter }),
  sections: count,
  cells: z.strictObject({ total: count, suppressed: count }),
  sample: z.boolean(),
  published: z.strictObject(released).nullable(),
});
const Embed = z.strictObject({
  ...base,
  command: z.literal('embed'),
  section: z.string(),
  src: z.string(),
  script: z.string(),
  quarters: z.string().nullable(),
  snippet: z.string(),
  lines: z.array(z.string()).length(2),
});
const EmbedList = z.strictObject({
  ...base,
  command: z.literal('embed'),
  sections: z.array(z.strictObject({ id: z.string(), title: z.string() })).min(1),
});
const Import = z.strictObject({
  ...base,
  command: z.literal('import'),
  organization: z.string(),
  quarter,
  layout: z.enum(['submission', 'long']),
  rowsRead: count,
  rowsWritten: count,
  sections: count,
  output: z.string(),
});

/**
 * Runs `cate ARGV... --json` and the same without --json: the exit codes agree, standard output is exactly one
 * JSON document (the text JSON.stringify gives it, so nothing precedes or follows it), and the document's ok and
 * exitCode tell the exit code. Returns the parsed document, checked against `schema`.
 */
async function json<S extends z.ZodType>(
  schema: S,
  argv: string[],
  expectedCode: number,
  options: { cwd?: string; plain?: boolean } = {},
): Promise<{ doc: z.infer<S>; run: RunResult }> {
  const run = await cate([...argv, '--json'], { cwd: options.cwd });
  expect(run.code, run.stderr).toBe(expectedCode);
  if (options.plain !== false) expect((await cate(argv, { cwd: options.cwd })).code).toBe(expectedCode);
  const parsed: unknown = JSON.parse(run.stdout);
  expect(run.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  const doc = schema.parse(parsed) as z.infer<S> & { ok: boolean; exitCode: number };
  expect(doc.exitCode).toBe(expectedCode);
  expect(doc.ok).toBe(expectedCode === 0);
  return { doc, run };
}

const riverCity = ['river-city.csv', '--taxonomy', 'river-city-taxonomy.json'];
const exportCsv = join(examples, 'synthetic-client-export.csv');
const configJson = join(examples, 'import-config.json');
const importArgs = ['--config', configJson, '--organization', 'alive', '--quarter', '2025-Q3'];

/** River City's rows moved to two quarters, so a default range has a first and a last quarter to find. */
function twoQuarters(dir: string): string {
  const rows = readFileSync(join(fixtures, 'river-city.csv'), 'utf8').trim().split('\n');
  const moved = rows.slice(1).flatMap((row) => [row.replace('2025-Q3', '2025-Q1'), row.replace('2025-Q3', '2025-Q4')]);
  const file = join(dir, 'two-quarters.csv');
  writeFileSync(file, `${[rows[0], ...moved].join('\n')}\n`);
  return file;
}

describe('cate COMMAND --json', () => {
  it.each(COMMANDS.map((c) => c.name))(
    'cate %s --help lists --json, and with --json puts the help in the document',
    async (name) => {
      const text = await cate([name, '--help']);
      expect(text.stdout).toMatch(/^ {2}--json +\S/m);
      const { doc } = await json(z.strictObject({ ...base, help: z.string() }), [name, '--help'], 0, { plain: false });
      expect(doc.command).toBe(name);
      expect(doc.help).toBe(text.stdout);
    },
  );

  it('cate --help lists --json; an unknown command with --json is a document with command null, exit 2', async () => {
    expect((await cate(['--help'])).stdout).toContain('--json');
    const { doc, run } = await json(Failure, ['valdate', 'x.csv'], 2);
    expect(doc.command).toBeNull();
    expect(doc.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'usage' })]);
    expect(run.stderr).toContain('unknown command "valdate"');
  });

  it('cate --version --json: the version in the document', async () => {
    const { doc } = await json(z.strictObject({ ...base, command: z.null(), version: z.string() }), ['--version'], 0);
    expect(doc.version).toBe((await cate(['--version'])).stdout.trim());
  });

  it('validate --json: counts and no problem for a good file (exit 0)', async () => {
    const { doc } = await json(Validate, ['validate', ...riverCity], 0);
    const rows = csvParse(readFileSync(join(fixtures, 'river-city.csv'), 'utf8'));
    expect(doc.summary).toEqual({ files: 1, submissions: 2, rows: rows.length, errors: 0, warnings: 0 });
    expect(doc.problems).toEqual([]);
  });

  it('validate --json: every problem with its file, row and column, exit 1; summary on standard error', async () => {
    const { doc, run } = await json(Validate, ['validate', 'broken-long.csv'], 1);
    expect(doc.summary.errors).toBe(doc.problems.filter((p) => p.severity === 'error').length);
    expect(doc.summary.errors).toBeGreaterThan(0);
    expect(doc.problems).toContainEqual(
      expect.objectContaining({ code: 'negative-count', file: 'broken-long.csv', row: 4, column: 'count' }),
    );
    expect(run.stderr).toMatch(/^cate: validate: 1 file, /m);
  });

  it('validate --json: a missing file is a problem naming it (exit 1); a wrong option is a usage problem (exit 2)', async () => {
    const missing = await json(Validate, ['validate', 'no-such.csv'], 1);
    expect(missing.doc.problems).toEqual([expect.objectContaining({ code: 'unreadable-file', file: 'no-such.csv' })]);
    const wrong = await json(Failure, ['validate', '--frmat', 'json', 'a.csv'], 2);
    expect(wrong.doc.command).toBe('validate');
    expect(wrong.doc.problems[0]!.message).toContain('--frmat');
    await json(Failure, ['validate', '--format', 'text', 'river-city.csv'], 2, { plain: false });
  });

  it('publish --json --dry-run: release, cells, hidden cells by reason, information loss; nothing written', async () => {
    const { doc } = await json(Publish, ['publish', ...riverCity, '--dry-run'], 0);
    expect(doc).toMatchObject({ output: null, record: null, dryRun: true, submissions: 2, sections: 2 });
    expect(doc.release).toMatchObject({ from: '2025-Q3', to: '2025-Q3', previous: [] });
    expect(Object.values(doc.hiddenByReason).reduce((a, b) => a + b, 0)).toBe(doc.cells.hidden);
    expect(doc.cells.hidden).toBeLessThanOrEqual(doc.cells.total);
  });

  it('publish --json --out FILE: the output file is the publication the document describes; the range defaults to every quarter', async () => {
    const dir = tempDir();
    const out = join(dir, 'publication.json');
    const { doc } = await json(
      Publish,
      ['publish', twoQuarters(dir), '--taxonomy', 'river-city-taxonomy.json', '--out', out],
      0,
    );
    expect(doc.output).toBe(out);
    const publication = JSON.parse(readFileSync(out, 'utf8')) as { release: { id: string; from: string; to: string } };
    expect(doc.release).toMatchObject(publication.release);
    expect(publication.release).toMatchObject({ from: '2025-Q1', to: '2025-Q4' });
    expect(doc.submissions).toBe(4);
  });

  it('publish --json: input with errors is refused with its problems (exit 1); standard output for the publication is a usage error (exit 2)', async () => {
    const { doc } = await json(Failure, ['publish', 'broken-long.csv', '--dry-run'], 1);
    expect(doc.problems.some((p) => p.code === 'negative-count' && p.row === 4)).toBe(true);
    const dir = tempDir();
    expect(
      (await json(Failure, ['publish', ...riverCity, '--out', '-'], 2, { plain: false })).doc.problems[0]!.message,
    ).toMatch(/--out FILE/);
    await json(Failure, ['publish', ...riverCity], 2, { cwd: fixtures });
    expect(existsSync(join(dir, 'publication.json'))).toBe(false);
  });

  it('aggregate --json (deprecated alias) without --quarters publishes every quarter of the input', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.csv');
    const sample = join(sampleData, 'sample-submissions.csv');
    const { doc, run } = await json(Aggregate, ['aggregate', sample, '-o', out], 0);
    const quarters = [...new Set(csvParse(readFileSync(sample, 'utf8')).map((r) => r.quarter!))].sort();
    expect(doc.release).toMatchObject({ from: quarters[0], to: quarters.at(-1) });
    expect(doc).toMatchObject({ format: 'csv', deprecated: true, output: out });
    expect(readFileSync(out, 'utf8')).toMatch(/^section,quarter,category,value,status/);
    expect(run.stderr).toContain('deprecated');
  });

  it('aggregate --json: without -o (standard output is the document) exit 2; input with errors exit 1', async () => {
    await json(Failure, ['aggregate', ...riverCity], 2, { plain: false });
    const dir = tempDir();
    await json(Failure, ['aggregate', 'broken-long.csv', '-o', join(dir, 'r.json')], 1);
  });

  it('build --json from a publication: the folder and every file it wrote, the quarters default to the release', async () => {
    const dir = tempDir();
    const publication = join(dir, 'publication.json');
    const qs = twoQuarters(dir);
    await cate(['publish', qs, '--taxonomy', 'river-city-taxonomy.json', '--out', publication]);
    const site = join(dir, 'site');
    const { doc } = await json(
      Build,
      ['build', publication, '--taxonomy', 'river-city-taxonomy.json', '-o', site, '--no-script'],
      0,
    );
    expect(doc.output).toBe(site);
    expect(doc.quarters).toEqual({ from: '2025-Q1', to: '2025-Q4' });
    expect(doc.published).toBeNull();
    expect(doc.files).toEqual(
      expect.arrayContaining(['index.html', 'data/publication.json', 'sections/clients-served.html']),
    );
    for (const file of doc.files) expect(existsSync(join(site, file)), file).toBe(true);
    expect(readFileSync(join(site, 'data/publication.json'), 'utf8')).toBe(readFileSync(publication, 'utf8'));
  });

  it('build --json from submissions reports what publishing cost; a missing input exit 1, no -o exit 2', async () => {
    const dir = tempDir();
    const { doc } = await json(Build, ['build', ...riverCity, '-o', join(dir, 'site'), '--no-script'], 0);
    expect(doc.published).toMatchObject({ submissions: 2, policy: { threshold: 3 } });
    const missing = await json(Failure, ['build', 'no-such.csv', '-o', join(dir, 'other')], 1);
    expect(missing.doc.problems).toEqual([expect.objectContaining({ code: 'unreadable-file', file: 'no-such.csv' })]);
    await json(Failure, ['build', ...riverCity], 2);
  });

  it('embed --json: the snippet and its lines; --list: the sections; an unknown section exit 2', async () => {
    const { doc } = await json(
      Embed,
      ['embed', 'sex', '--src', '/d/p.json?a=1&b=2', '--quarters', '2024-Q1..2025-Q4'],
      0,
    );
    expect(doc).toMatchObject({ section: 'sex', src: '/d/p.json?a=1&b=2', quarters: '2024-Q1..2025-Q4' });
    expect(doc.snippet).toBe(
      (await cate(['embed', 'sex', '--src', '/d/p.json?a=1&b=2', '--quarters', '2024-Q1..2025-Q4'])).stdout,
    );
    expect(doc.snippet).toBe(`${doc.lines.join('\n')}\n`);
    expect(doc.lines[1]).toContain('src="/d/p.json?a=1&amp;b=2"');
    const list = await json(EmbedList, ['embed', '--list'], 0);
    expect(list.doc.sections.map((s) => s.id)).toContain('sex');
    const unknown = await json(Failure, ['embed', 'sexx'], 2);
    expect(unknown.doc.problems[0]!.message).toContain('did you mean "sex"');
  });

  it('import --json: client rows read and counts written; unmapped answers exit 1; a missing option or no -o exit 2', async () => {
    const dir = tempDir();
    const out = join(dir, 'alive.json');
    const { doc } = await json(Import, ['import', exportCsv, ...importArgs, '-o', out, '--layout', 'long'], 0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { submissions: unknown[] };
    expect(doc.rowsWritten).toBe(written.submissions.length);
    expect(doc.rowsRead).toBe(csvParse(readFileSync(exportCsv, 'utf8')).length);
    expect(doc).toMatchObject({ organization: 'alive', quarter: '2025-Q3', layout: 'long', output: out });

    const bad = join(dir, 'bad.csv');
    const header = readFileSync(exportCsv, 'utf8').split('\n')[0]!;
    writeFileSync(
      bad,
      `${header}\n${header
        .split(',')
        .map(() => 'zzz-unmapped')
        .join(',')}\n`,
    );
    const failed = await json(
      z.strictObject({ ...base, ok: z.literal(false), rowsRead: count }),
      ['import', bad, ...importArgs, '-o', join(dir, 'bad.json')],
      1,
    );
    expect(failed.doc.problems.length).toBeGreaterThan(0);
    expect(failed.doc.problems.every((p) => p.file === bad && p.row === 2)).toBe(true);
    expect(existsSync(join(dir, 'bad.json'))).toBe(false);
    await json(Failure, ['import', exportCsv, '--organization', 'alive', '--quarter', '2025-Q3', '-o', out], 2);
    await json(Failure, ['import', exportCsv, ...importArgs], 2, { plain: false });
  });

  it('the real bin with --json: standard output is the one document, messages on standard error, same exit code', () => {
    const run = spawnCate(['validate', 'broken-long.csv', '--json']);
    expect(run.code).toBe(1);
    const parsed: unknown = JSON.parse(run.stdout);
    expect(run.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(Validate.parse(parsed).summary.errors).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/errors?, 0 warnings/);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { cateTaxonomy, type PublicationDocument } from '@cate/core';
import { cate, sampleData, tempDir } from './helpers.js';

const sampleCsv = join(sampleData, 'sample-submissions.csv');
const units = new Map(cateTaxonomy.sections.map((s) => [s.id, s.unit]));
const isProtected = (section: string) => units.get(section) === 'clients' || units.get(section) === 'service-uses';

describe('cate aggregate (deprecated: an alias of cate publish)', () => {
  it('says it is deprecated and writes the same cate-publication@1 document as publish', async () => {
    const dir = tempDir();
    const alias = await cate(['aggregate', sampleCsv, '-o', 'a.json', '--created', '2026-01-15'], { cwd: dir });
    expect(alias.code, alias.stderr).toBe(0);
    expect(alias.stderr).toMatch(/^cate: warning: "cate aggregate" is deprecated and now publishes: use "cate publish/);
    expect(alias.stderr).toContain('information loss:');
    const publish = await cate(['publish', sampleCsv, '--out', 'p.json', '--created', '2026-01-15'], { cwd: dir });
    expect(publish.code).toBe(0);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'p.json'), 'utf8'));
    expect((JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as PublicationDocument).format).toBe(
      'cate-publication@1',
    );
  });

  it('--format csv writes the publication as CSV: the same numbers, suppressed cells without a value', async () => {
    const dir = tempDir();
    const { code, stderr } = await cate(
      ['aggregate', sampleCsv, '-o', 'report.csv', '--quarters', '2024-Q1..2025-Q4'],
      {
        cwd: dir,
      },
    );
    expect(code, stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['report.csv']);
    const rows = csvParse(readFileSync(join(dir, 'report.csv'), 'utf8'));
    expect(rows.columns).toEqual(['section', 'quarter', 'category', 'value', 'status', 'reported', 'expected', 'note']);
    const published = (await cate(['publish', sampleCsv, '--out', '-'])).stdout;
    const doc = JSON.parse(published) as PublicationDocument;
    for (const row of rows) {
      if (row.status !== 'value') expect(row.value).toBe('');
      else if (isProtected(row.section!)) expect(Number(row.value) === 0 || Number(row.value) >= 3).toBe(true);
      if (row.quarter && row.category) {
        const series = doc.sections[row.section!]!;
        const cell =
          series.cells[series.quarters.indexOf(row.quarter)]![
            series.categories.findIndex((c) => c.id === row.category)
          ]!;
        expect(row.status, `${row.section} ${row.quarter} ${row.category}`).toBe(cell.status);
        if (cell.status === 'value') expect(Number(row.value)).toBe(cell.value);
      }
    }
    expect(rows.filter((r) => r.status === 'suppressed')[0]!.note).toBe(
      'hidden to protect identities: counts from 1 to 2, and values that would reveal them',
    );
  });

  it.each([
    [['--organizations', 'alive'], /--organizations is no longer available/],
    [['--sections', 'sex'], /--sections is no longer available/],
    [['--out-dir', 'data'], /--out-dir is no longer available/],
  ])(
    'aggregate %j is refused: per-member, per-section or per-file reports subtract against the publication',
    async (args, message) => {
      const dir = tempDir();
      const result = await cate(['aggregate', sampleCsv, ...args], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('never writes the record without --record, and refuses it beside the output', async () => {
    const dir = tempDir();
    expect((await cate(['aggregate', sampleCsv, '-o', 'out.json'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(await cate(['aggregate', sampleCsv, '-o', 'a.json', '--record', 'a.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--record names a\.json/),
    });
  });

  it('aggregate --help says it is deprecated and points to publish', async () => {
    const { code, stdout } = await cate(['aggregate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('DEPRECATED');
    expect(stdout).toContain('cate publish FILE... --out publication.json');
  });
});

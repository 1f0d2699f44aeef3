import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { aggregateReport, cateTaxonomy, readPublishedSeries, type SafeCell } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';
import { cate, lines, sampleData, tempDir, sampleCounts } from './helpers.js';

const sampleCsv = join(sampleData, 'sample-submissions.csv');
const units = new Map(cateTaxonomy.sections.map((s) => [s.id, s.unit]));
/** Sections whose counts describe people: the ones the policy protects. */
const isProtected = (section: string) => units.get(section) === 'clients' || units.get(section) === 'service-uses';

/** Every published cell of a cate-aggregate@1 document's sections, with where it came from. */
function jsonCells(document: {
  sections: Record<string, Record<string, unknown>>;
}): Array<{ section: string; cell: SafeCell }> {
  const found: Array<{ section: string; cell: SafeCell }> = [];
  for (const [section, series] of Object.entries(document.sections)) {
    const grids = [series.cells, series.shares, [series.quarterTotals], [series.rangeTotals]] as (
      SafeCell[][] | undefined
    )[];
    for (const grid of grids) for (const row of grid ?? []) for (const cell of row ?? []) found.push({ section, cell });
  }
  return found;
}

describe('cate aggregate', () => {
  it('aggregate --format csv never prints a protected count below the threshold, and marks suppressed cells', async () => {
    const { code, stdout, stderr } = await cate([
      'aggregate',
      sampleCsv,
      '--quarters',
      '2024-Q1..2025-Q4',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const rows = csvParse(stdout);
    expect(rows.columns).toEqual(['section', 'quarter', 'category', 'value', 'status', 'reported', 'expected', 'note']);
    for (const row of rows) {
      if (row.status === 'value' && isProtected(row.section!)) {
        const value = Number(row.value);
        expect(value === 0 || value >= 3, `${row.section} ${row.quarter} ${row.category} = ${value}`).toBe(true);
      }
      if (row.status !== 'value') expect(row.value).toBe('');
    }
    const suppressed = rows.filter((r) => r.status === 'suppressed');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed[0]!.note).toBe(
      'hidden to protect identities: counts from 1 to 2, and values that would reveal them',
    );
    expect(stderr).toMatch(new RegExp(`^cate: aggregate: ${sampleCounts.submissions} submissions -> 41 sections`));
    expect(stderr).toMatch(
      / -> 41 sections x 8 quarters; [\d,]+ cells of 1,792 suppressed \(policy hotline \(the default\), threshold 3\)\n$/,
    );
  });

  it('aggregate hides every count that is below the threshold in the raw coalition sums', async () => {
    const { stdout } = await cate(['aggregate', sampleCsv, '--quarters', '2025-Q1..2025-Q4', '--format', 'csv']);
    const published = new Map(csvParse(stdout).map((r) => [`${r.section}|${r.quarter}|${r.category}`, r]));
    const tables = aggregateReport(cateTaxonomy, sampleSubmissions(), { quarters: { from: '2025-Q1', to: '2025-Q4' } });
    let small = 0;
    for (const table of tables.values()) {
      if (!isProtected(table.section)) continue;
      table.quarters.forEach((quarter, q) =>
        table.categories.forEach((category, c) => {
          const raw = table.counts[q]![c]!;
          const row = published.get(`${table.section}|${quarter}|${category.id}`)!;
          if (raw === null) expect(row.status).toBe('not-reported');
          else if (raw > 0 && raw < 3) {
            small++;
            expect(row.status, `${table.section} ${quarter} ${category.id}`).toBe('suppressed');
          }
        }),
      );
    }
    expect(small).toBeGreaterThan(10); // the sample has small counts to protect, so the test tests something
  });

  it("aggregate (JSON) writes cate-series@1 documents per section, the policy's public part and coverage", async () => {
    const { code, stdout } = await cate([
      'aggregate',
      sampleCsv,
      '--quarters',
      '2025-Q3..2025-Q4',
      '--policy',
      'state-10',
    ]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.format).toBe('cate-aggregate@1');
    expect(document.taxonomy).toBe('cate-quarterly');
    expect(document.quarters).toEqual({ from: '2025-Q3', to: '2025-Q4' });
    expect(document.policy).toEqual({ preset: 'state-10', threshold: 10, protectZeros: false });
    // Coverage: the organizations that submitted anything that quarter, out of the eight members.
    const submitted = (q: string) =>
      new Set(
        sampleSubmissions()
          .filter((s) => s.quarter === q)
          .map((s) => s.organization),
      ).size;
    expect(document.coverage).toEqual([
      { quarter: '2025-Q3', reported: submitted('2025-Q3'), expected: 8 },
      { quarter: '2025-Q4', reported: submitted('2025-Q4'), expected: 8 },
    ]);
    expect(Object.keys(document.sections)).toEqual(cateTaxonomy.sections.map((s) => s.id));
    const sex = document.sections.sex;
    expect(sex.format).toBe('cate-series@1');
    expect(sex.disclosure).toEqual({ threshold: 10, protectZeros: false });
    // What a chart loads must read back as a valid series.
    expect(readPublishedSeries(sex).problems).toEqual([]);
    const cells = jsonCells(document);
    for (const { section, cell } of cells) {
      if (cell.status === 'suppressed') expect(Object.keys(cell)).toEqual(['status']);
      if (cell.status === 'value' && isProtected(section))
        expect(cell.value === 0 || cell.value >= 10, `${section}: ${cell.value}`).toBe(true);
    }
    expect(cells.some(({ cell }) => cell.status === 'suppressed')).toBe(true);
    expect(stdout).not.toContain('"value": 1,');
  });

  it('aggregate --organizations and --sections narrow the dataset', async () => {
    const { code, stdout } = await cate([
      'aggregate',
      sampleCsv,
      '--quarters',
      '2025-Q3',
      '--organizations',
      'alive,kairos-hope',
      '--sections',
      'sex,age',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const rows = csvParse(stdout);
    expect([...new Set(rows.map((r) => r.section))]).toEqual(['age', 'sex']);
    expect(rows.every((r) => r.expected === '' || r.expected === '2')).toBe(true);
  });

  it('aggregate -o FILE.csv picks CSV from the extension; --record writes the private record with a warning', async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await cate(
      ['aggregate', sampleCsv, '--quarters', '2025-Q3', '-o', 'out.csv', '--record', 'private-record.json'],
      { cwd: dir },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').split('\n')[0]).toBe(
      'section,quarter,category,value,status,reported,expected,note',
    );
    const record = JSON.parse(readFileSync(join(dir, 'private-record.json'), 'utf8'));
    expect(record.format).toBe('cate-suppression-record@1');
    expect(record.notice).toMatch(/^PRIVATE/);
    expect(record.records.length).toBe(41);
    const hidden = record.records.flatMap((r: { cells: { value: number }[] }) => r.cells);
    expect(hidden.length).toBeGreaterThan(0);
    expect(stderr).toContain(
      'cate: warning: wrote the private suppression record to private-record.json; it holds the hidden counts: keep it private, never publish it\n',
    );
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).not.toContain('PRIVATE');
  });

  it('aggregate never writes the record without --record', async () => {
    const dir = tempDir();
    await cate(['aggregate', sampleCsv, '--quarters', '2025-Q3', '-o', 'out.json'], { cwd: dir });
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).not.toMatch(/primary|complementary|singleton/);
  });

  it('aggregate --out-dir writes one cate-series@1 file per section, as <cate-chart src> reads', async () => {
    const dir = tempDir();
    const { code } = await cate(['aggregate', sampleCsv, '--quarters', '2024-Q1..2025-Q4', '--out-dir', 'data'], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(cateTaxonomy.sections.map((s) => `${s.id}.json`).sort());
    const series = JSON.parse(readFileSync(join(dir, 'data', 'continent-of-origin.json'), 'utf8'));
    expect(series.format).toBe('cate-series@1');
    expect(series.quarters).toHaveLength(8);
  });

  it('aggregate --policy FILE.json reads a partial policy and refuses unknown fields', async () => {
    const good = await cate([
      'aggregate',
      'river-city.csv',
      '--taxonomy',
      'river-city-taxonomy.json',
      '--quarters',
      '2025-Q3',
      '--policy',
      'policy-k5.json',
    ]);
    expect(good.code).toBe(0);
    const document = JSON.parse(good.stdout);
    expect(document.policy).toEqual({ threshold: 5, protectZeros: false });
    // north-star's 1 returning client is below 5: hidden, and so is what would reveal it.
    expect(document.sections['clients-served'].cells[0][1]).toEqual({ status: 'suppressed' });
    const bad = await cate([
      'aggregate',
      'river-city.csv',
      '--taxonomy',
      'river-city-taxonomy.json',
      '--quarters',
      '2025-Q3',
      '--policy',
      'policy-typo.json',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      'cate: the policy policy-typo.json is not valid (1 problem):\n' +
        '  error: policy-typo.json, at treshold: "treshold" is not a policy field (did you mean "threshold"?); ' +
        'expected threshold, protectZeros, contributors, units, publish\n',
    );
  });

  it('aggregate (input with errors) prints them on standard error, writes nothing and exits 1', async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await cate(['aggregate', join(dir, 'missing.csv'), '--quarters', '2025-Q3'], {
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('cannot read the file: no such file');
    const broken = await cate(['aggregate', 'broken-long.csv', '--quarters', '2025-Q3', '-o', join(dir, 'out.json')]);
    expect(broken.code).toBe(1);
    expect(lines(broken.stderr)).toEqual([
      'error: broken-long.csv, row 3, column "category": unknown category "femal" in section "sex"; did you mean "female"?',
      'error: broken-long.csv, row 4, column "count": count -2 is negative; expected a whole number of 0 or more',
      'error: broken-long.csv, row 5, column "quarter": quarter "2025-Q13" is not a quarter; expected a quarter written like 2025-Q3',
      'cate: aggregate: the input has 3 errors; nothing was aggregated (fix them first; "cate validate" lists them)',
    ]);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('aggregate warns when no submission falls in the range', async () => {
    const { code, stderr } = await cate(['aggregate', sampleCsv, '--quarters', '2030-Q1', '--sections', 'sex']);
    expect(code).toBe(0);
    expect(stderr).toContain('cate: warning: no submission falls in 2030-Q1..2030-Q1; every value is "not reported"\n');
  });

  it.each([
    [['--format', 'csv'], 'cate: "cate aggregate" needs --quarters, e.g. --quarters 2024-Q1..2025-Q4\n'],
    [
      ['--quarters', '2025-Q4..2025-Q1'],
      'cate: --quarters "2025-Q4..2025-Q1" is not a quarter range; expected FROM..TO with FROM not after TO, e.g. 2024-Q1..2025-Q4 (or one quarter, 2025-Q3)\n',
    ],
    [
      ['--quarters', '2025-Q3', '--policy', 'hotlin'],
      'cate: --policy "hotlin" is not a preset or a .json file; expected one of hotline, state-5, state-10, ctdc, or FILE.json (did you mean "hotline"?)\n',
    ],
    [
      ['--quarters', '2025-Q3', '--organizations', 'alive,kairos-hpe'],
      'cate: --organizations: unknown organization "kairos-hpe" (did you mean "kairos-hope"?)\n',
    ],
    [
      ['--quarters', '2025-Q3', '--sections', 'gendre'],
      'cate: --sections: unknown section "gendre" (did you mean "gender"?)\n',
    ],
    [
      ['--quarters', '2025-Q3', '--out-dir', 'd', '--format', 'csv'],
      'cate: --out-dir writes cate-series@1 JSON files; use -o FILE for CSV\n',
    ],
    [
      ['--quarters', '2025-Q3', '-o', 'a.json', '--record', 'a.json'],
      'cate: --record and -o name the same file; the private record must never be part of the published output\n',
    ],
    [
      ['--quarter', '2025-Q3'],
      'cate: unknown option "--quarter" for "cate aggregate" (did you mean "--quarters"?); run "cate aggregate --help" for its options\n',
    ],
  ])('aggregate %j is a usage error (exit 2)', async (args, message) => {
    expect(await cate(['aggregate', sampleCsv, ...args])).toEqual({ code: 2, stdout: '', stderr: message });
  });
});

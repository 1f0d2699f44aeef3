import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateReport, cateTaxonomy, readPublication, type PublicationDocument, type SafeCell } from '@cate/core';
import { SAMPLE_NOTICE, sampleSubmissions } from '@cate/core/sample';
import { cate, lines, sampleCounts, sampleData, tempDir } from './helpers.js';

const sampleCsv = join(sampleData, 'sample-submissions.csv');
const units = new Map(cateTaxonomy.sections.map((s) => [s.id, s.unit]));
/** Sections whose counts describe people: the ones the policy protects. */
const isProtected = (section: string) => units.get(section) === 'clients' || units.get(section) === 'service-uses';

function read(file: string): PublicationDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as PublicationDocument;
}

/** Every published cell of a publication, with its section. */
function cellsOf(doc: PublicationDocument): Array<{ section: string; cell: SafeCell }> {
  const found: Array<{ section: string; cell: SafeCell }> = [];
  for (const [section, series] of Object.entries(doc.sections)) {
    const grids = [series.cells, series.shares, [series.quarterTotals], [series.rangeTotals]] as (
      SafeCell[][] | undefined
    )[];
    for (const grid of grids) for (const row of grid ?? []) for (const cell of row ?? []) found.push({ section, cell });
  }
  return found;
}

/** The information loss printed by a run, in percent. */
function lossOf(stderr: string): number {
  const match = /information loss: ([\d.]+)% of the protected total hidden/.exec(stderr);
  expect(match, stderr).not.toBeNull();
  return Number(match![1]);
}

describe('cate publish (the sample, default policy)', () => {
  let dir: string;
  let doc: PublicationDocument;
  let stderr: string;

  beforeAll(async () => {
    dir = tempDir();
    const result = await cate(['publish', sampleCsv, '--out', 'publication.json', '--created', '2026-01-15'], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    stderr = result.stderr;
    doc = read(join(dir, 'publication.json'));
  });

  it('writes one cate-publication@1 document of every section over every quarter submitted, which reads back strictly', () => {
    expect(doc.format).toBe('cate-publication@1');
    expect(doc.taxonomy).toBe('cate-quarterly');
    expect(doc.release).toEqual({
      id: 'cate-quarterly-2025-Q4',
      created: '2026-01-15',
      from: '2024-Q1',
      to: '2025-Q4',
    });
    expect(doc.policy).toMatchObject({ threshold: 3, protectZeros: false });
    expect(doc.notice).toBe(SAMPLE_NOTICE);
    expect(Object.keys(doc.sections)).toEqual(cateTaxonomy.sections.map((s) => s.id));
    const { publication, problems } = readPublication(doc);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(publication).toBeDefined();
  });

  it('holds no per-organization number and no hidden value: no organization field, suppressed cells carry only a status', () => {
    const text = readFileSync(join(dir, 'publication.json'), 'utf8');
    expect(text).not.toMatch(/"organization"/);
    expect(text).not.toMatch(/primary|complementary|singleton|previous-release/);
    const cells = cellsOf(doc);
    for (const { section, cell } of cells) {
      if (cell.status === 'suppressed') expect(Object.keys(cell)).toEqual(['status']);
      if (cell.status === 'value' && isProtected(section))
        expect(cell.value === 0 || cell.value >= 3, `${section}: ${cell.value}`).toBe(true);
    }
    expect(cells.some(({ cell }) => cell.status === 'suppressed')).toBe(true);
  });

  it('hides every coalition count from 1 to k-1 of the raw sums', () => {
    const tables = aggregateReport(cateTaxonomy, sampleSubmissions(), { quarters: { from: '2024-Q1', to: '2025-Q4' } });
    let small = 0;
    for (const table of tables.values()) {
      if (!isProtected(table.section)) continue;
      const published = doc.sections[table.section]!;
      table.quarters.forEach((quarter, q) =>
        table.categories.forEach((category, c) => {
          const raw = table.counts[q]![c]!;
          const cell = published.cells[q]![c]!;
          if (raw === null) expect(cell.status).toBe('not-reported');
          else if (raw > 0 && raw < 3) {
            small++;
            expect(cell.status, `${table.section} ${quarter} ${category.id}`).toBe('suppressed');
          }
        }),
      );
    }
    expect(small).toBeGreaterThan(10);
  });

  it('prints what was hidden for each reason and the information loss, and writes no private record by default', () => {
    expect(lines(stderr)[0]).toMatch(
      new RegExp(
        `^cate: publish: ${sampleCounts.submissions} submissions -> 41 sections x 2024-Q1\\.\\.2025-Q4, release cate-quarterly-2025-Q4; written to publication\\.json \\(`,
      ),
    );
    expect(stderr).toContain('  hidden cells by reason (policy hotline (the default), threshold 3):\n');
    for (const reason of ['primary-threshold', 'primary-contributors', 'complementary', 'previous-release'])
      expect(stderr).toMatch(new RegExp(`^ {4}${reason} +\\d+ `, 'm'));
    expect(stderr).toMatch(/^ {4}total +\d+ {2}of 1,792 cells$/m);
    expect(lossOf(stderr)).toBeGreaterThan(0);
    expect(lossOf(stderr)).toBeLessThan(50);
    expect(readdirSync(dir)).toEqual(['publication.json']);
  });
});

describe('cate publish: the private record, releases over time, refusals', () => {
  it('--record FILE writes the private record (hidden values and why) with a warning, only there', async () => {
    const dir = tempDir();
    const { code, stderr } = await cate(
      ['publish', sampleCsv, '--out', 'publication.json', '--record', 'private-record.json'],
      { cwd: dir },
    );
    expect(code, stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['private-record.json', 'publication.json']);
    const record = JSON.parse(readFileSync(join(dir, 'private-record.json'), 'utf8'));
    expect(record.format).toBe('cate-publication-record@1');
    expect(record.notice).toMatch(/^PRIVATE/);
    expect(record.sections).toHaveLength(41);
    expect(record.cost.hiddenCells).toBeGreaterThan(0);
    expect(record.sections.flatMap((s: { cells: unknown[] }) => s.cells).length).toBe(record.cost.hiddenCells);
    expect(stderr).toContain(
      'cate: warning: wrote the private record to private-record.json; it holds the hidden counts: keep it private, never publish it\n',
    );
    expect(readFileSync(join(dir, 'publication.json'), 'utf8')).not.toContain('PRIVATE');
  });

  it('--previous: what the earlier release published stays published, what it hid stays hidden; the new one names it', async () => {
    const dir = tempDir();
    const first = await cate(['publish', sampleCsv, '--quarters', '2024-Q1..2025-Q3', '--out', 'q3.json'], {
      cwd: dir,
    });
    expect(first.code, first.stderr).toBe(0);
    const second = await cate(['publish', sampleCsv, '--previous', 'q3.json', '--out', 'q4.json'], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('release cate-quarterly-2025-Q4 (after cate-quarterly-2025-Q3)');
    expect(second.stderr).toMatch(/^ {4}previous-release +[1-9]\d* /m);
    const before = read(join(dir, 'q3.json'));
    const after = read(join(dir, 'q4.json'));
    expect(after.release.previous).toEqual(['cate-quarterly-2025-Q3']);
    let compared = 0;
    for (const [id, old] of Object.entries(before.sections)) {
      const now = after.sections[id]!;
      old.quarters.forEach((quarter, q) => {
        const nq = now.quarters.indexOf(quarter);
        old.cells[q]!.forEach((cell, c) => {
          expect(now.cells[nq]![c], `${id} ${quarter} ${c}`).toEqual(cell);
          compared++;
        });
      });
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('a changed past value refuses the release (exit 1, the cell named, nothing written) unless --allow-revisions', async () => {
    const dir = tempDir();
    expect(
      (await cate(['publish', sampleCsv, '--quarters', '2024-Q1..2025-Q3', '--out', 'q3.json'], { cwd: dir })).code,
    ).toBe(0);
    const q3 = read(join(dir, 'q3.json'));
    // A published cell of 2024-Q1: a member revises its part of it.
    const female = q3.sections.sex!.cells[0]![0]!;
    expect(female.status).toBe('value');
    const csv = readFileSync(sampleCsv, 'utf8').split('\n');
    const at = csv.findIndex((line) => /^[^,]+,2024-Q1,sex,female,\d+$/.test(line));
    const parts = csv[at]!.split(',');
    csv[at] = [...parts.slice(0, 4), String(Number(parts[4]) + 1)].join(',');
    writeFileSync(join(dir, 'revised.csv'), csv.join('\n'));

    const refused = await cate(['publish', 'revised.csv', '--previous', 'q3.json', '--out', 'q4.json'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^error: at sections\.sex\.cells\[0\]\[0\]: sex, 2024-Q1, "female" was published as \d+ in cate-quarterly-2025-Q3 and is now \d+/m,
    );
    expect(refused.stderr).toMatch(/the release was refused \(1 cell\).*--allow-revisions; nothing was written\n$/);
    expect(existsSync(join(dir, 'q4.json'))).toBe(false);

    const allowed = await cate(
      ['publish', 'revised.csv', '--previous', 'q3.json', '--allow-revisions', '--out', 'q4.json'],
      { cwd: dir },
    );
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stderr).toContain('  revised: 1 published value changed\n');
    expect(read(join(dir, 'q4.json')).release.revised).toEqual([
      { section: 'sex', quarter: '2024-Q1', category: 'female', release: 'cate-quarterly-2025-Q3' },
    ]);
  });

  it('a stricter policy hides more: the printed information loss lets a coordinator compare (--dry-run writes nothing)', async () => {
    const dir = tempDir();
    const hotline = await cate(['publish', sampleCsv, '--dry-run'], { cwd: dir });
    const ctdc = await cate(['publish', sampleCsv, '--dry-run', '--policy', 'ctdc'], { cwd: dir });
    expect(hotline.code, hotline.stderr).toBe(0);
    expect(ctdc.code, ctdc.stderr).toBe(0);
    expect(ctdc.stderr).toContain('(policy ctdc, threshold 11)');
    expect(hotline.stderr).toContain('nothing written (--dry-run)');
    expect(lossOf(ctdc.stderr)).toBeGreaterThan(lossOf(hotline.stderr));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--out - writes the publication to standard output; --policy FILE.json, --release-id and --notice are used', async () => {
    const { code, stdout, stderr } = await cate([
      'publish',
      'river-city.csv',
      '--taxonomy',
      'river-city-taxonomy.json',
      '--policy',
      'policy-k5.json',
      '--release-id',
      'river-2025-Q3',
      '--notice',
      'Draft for the board',
      '--out',
      '-',
    ]);
    expect(code, stderr).toBe(0);
    const doc = JSON.parse(stdout) as PublicationDocument;
    expect(doc.release.id).toBe('river-2025-Q3');
    expect(doc.notice).toBe('Draft for the board');
    expect(doc.policy.threshold).toBe(5);
    expect(stderr).toContain('written to standard output');
  });

  it('input with errors is listed with file, row and column, nothing is written, exit 1', async () => {
    const dir = tempDir();
    const broken = await cate(['publish', 'broken-long.csv', '--out', join(dir, 'p.json')]);
    expect(broken.code).toBe(1);
    expect(lines(broken.stderr)).toEqual([
      'error: broken-long.csv, row 3, column "category": unknown category "femal" in section "sex"; did you mean "female"?',
      'error: broken-long.csv, row 4, column "count": count -2 is negative; expected a whole number of 0 or more',
      'error: broken-long.csv, row 5, column "quarter": quarter "2025-Q13" is not a quarter; expected a quarter written like 2025-Q3',
      'cate: publish: the input has 3 errors; nothing was published (fix them first; "cate validate" lists them)',
    ]);
    expect(existsSync(join(dir, 'p.json'))).toBe(false);
  });

  it('an earlier release that is not a valid publication is refused with its problems', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ format: 'cate-aggregate@1', sections: {} }));
    const { code, stderr } = await cate(['publish', sampleCsv, '--previous', 'old.json', '--out', 'p.json'], {
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('the earlier release old.json is not a valid cate-publication@1 document (1 problem)');
    expect(stderr).toContain('expected a "cate-publication@1" document, found "cate-aggregate@1"');
    expect(existsSync(join(dir, 'p.json'))).toBe(false);
  });

  it.each([
    [
      [],
      'cate: "cate publish" needs --out FILE, where to write the publication, e.g. --out publication.json (or --dry-run)\n',
    ],
    [
      ['--out', 'a.json', '--record', 'a.json'],
      'cate: --record names a.json, which is also an input or the published output; the private record must be a file of its own\n',
    ],
    [
      ['--out', 'a.json', '--record', '-'],
      'cate: --record needs a file: the private record never goes to standard output\n',
    ],
    [
      ['--out', 'a.json', '--created', '2026-02-30'],
      'cate: --created "2026-02-30" is not a date; expected YYYY-MM-DD, e.g. 2026-01-15\n',
    ],
    [
      ['--out', 'a.json', '--release-id', 'a b'],
      'cate: --release-id "a b" is not an id; expected letters, digits, ".", ":", "_" or "-" (e.g. cate-2025-Q4)\n',
    ],
    [
      ['--out', 'a.json', '--quarters', '2025-Q4..2025-Q1'],
      'cate: --quarters "2025-Q4..2025-Q1" is not a quarter range; expected FROM..TO with FROM not after TO, e.g. 2024-Q1..2025-Q4 (or one quarter, 2025-Q3)\n',
    ],
    [
      ['--out', 'a.json', '--policy', 'hotlin'],
      'cate: --policy "hotlin" is not a preset or a .json file; expected one of hotline, state-5, state-10, ctdc, or FILE.json (did you mean "hotline"?)\n',
    ],
    [
      ['--out', 'a.json', '--allow-revision'],
      'cate: unknown option "--allow-revision" for "cate publish" (did you mean "--allow-revisions"?); run "cate publish --help" for its options\n',
    ],
  ])('publish %j is a usage error (exit 2)', async (args, message) => {
    const dir = tempDir();
    expect(await cate(['publish', sampleCsv, ...args], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: message });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('publish --help documents the record, the previous releases and the cost report', async () => {
    const { code, stdout } = await cate(['publish', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: cate publish FILE\.\.\. --out publication\.json/);
    for (const option of ['--previous', '--allow-revisions', '--record', '--release-id', '--created', '--notice'])
      expect(stdout).toContain(option);
    expect(stdout).toContain('information loss');
  });
});

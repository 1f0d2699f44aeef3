import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cate, examples, lines, tempDir } from './helpers.js';

const exportCsv = join(examples, 'synthetic-client-export.csv');
const configJson = join(examples, 'import-config.json');
const base = ['--config', configJson, '--organization', 'alive', '--quarter', '2025-Q3'];
const header =
  'Client ID,Intake Date,Client Status,Sex,Age Group,Citizenship,Region,Referral Source,Disability,Services Received,Therapy,Housing Used,Case Worker';

/** A client-level export in a temporary folder: the example's header and these rows. */
function exportWith(rows: string[], head = header): string {
  const dir = tempDir();
  const file = join(dir, 'export.csv');
  writeFileSync(file, `${[head, ...rows].join('\n')}\n`);
  return file;
}

const goodRow = 'SYNTHETIC-01,2025-07-02,New,F,18-24,US Citizen,St. Louis,Self,,Food,,,Worker A';

describe('cate import', () => {
  it('import(the synthetic export) counts each section as worked out by hand', async () => {
    const { code, stdout, stderr } = await cate(['import', exportCsv, ...base]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.taxonomy).toBe('cate-quarterly');
    expect(document.submissions).toHaveLength(1);
    const { organization, quarter, counts } = document.submissions[0];
    expect([organization, quarter]).toEqual(['alive', '2025-Q3']);
    // Rows 1-12 of the file, tallied by hand (see examples/synthetic-client-export.csv):
    // Sex: F in 1,2,4,5,7,9,10,12; M in 3,8; "Intersex" (a label) in 11; blank in 6 -> unknown.
    expect(counts.sex).toEqual({ female: 8, male: 2, intersex: 1, unknown: 1 });
    // Age: 13-17 in 3,9; 18-24 in 1,5,7; 25-59 in 2,4,8,11,12; 60+ in 6; blank in 10 -> unknown; 0-12 reported as 0.
    expect(counts.age).toEqual({ '0-12': 0, '13-17': 2, '18-24': 3, '25-59': 5, '60-and-older': 1, unknown: 1 });
    // Citizenship: "US Citizen" x7 and "LPR" x1 are one category.
    expect(counts.citizenship).toEqual({ 'us-citizen-or-lpr': 8, 'foreign-national': 3, unknown: 1 });
    expect(counts['new-and-existing-clients']).toEqual({ new: 6, existing: 6 });
    // Disability (multi-select, per client): "Developmental|Mental Health" in row 3 counts in both;
    // "None" counts nowhere; blank (rows 1, 6, 12) and "Unknown" (row 10) are unknown.
    expect(counts['disability-status']).toEqual({
      'intellectual-disability-or-low-iq': 1,
      'developmental-disability': 1,
      'physical-disability': 2,
      'mental-health-disability': 4,
      unknown: 4,
    });
    // Services (multi-select): row 4's "Transportation|Transportation" is one client, counted once.
    expect(counts['essential-life-needs-and-advocacy-services']).toMatchObject({
      food: 6,
      transportation: 4,
      'safety-planning': 2,
      'medical-care': 2,
      'clothing-and-personal-items': 2,
      'crisis-intervention': 2,
      'dental-care': 1,
      'immigration-legal-services': 2,
      'identification-documents': 1,
      'criminal-justice-advocacy': 0,
      other: 0,
      unknown: 0,
    });
    // Residential services count uses: row 4's three emergency hotel stays are 3, row 11's two shelter stays are 2.
    expect(counts['residential-services']).toMatchObject({
      'emergency-hotel': 3,
      'emergency-shelter': 4,
      'transitional-housing': 2,
      'therapeutic-foster-care': 1,
      'youth-residential-facility-level-4': 1,
      'permanent-supportive-housing': 1,
      'youth-residential-facility-level-3': 0,
    });
    expect(counts['therapeutic-services']).toMatchObject({
      'individual-or-group-therapy': 4,
      'family-therapy': 2,
      'outpatient-substance-use': 1,
    });
    // Sections in taxonomy order; sections the config does not map are not reported.
    expect(Object.keys(counts)).toEqual([
      'new-and-existing-clients',
      'citizenship',
      'age',
      'sex',
      'disability-status',
      'region-of-current-residence',
      'method-of-referral',
      'therapeutic-services',
      'residential-services',
      'essential-life-needs-and-advocacy-services',
    ]);
    expect(stderr).toBe(`cate: import: ${exportCsv}: 12 clients, 0 errors, 0 warnings; alive 2025-Q3, 10 sections\n`);
  });

  it('import -o writes a submission file that cate validate accepts; --layout long writes rows', async () => {
    const dir = tempDir();
    expect((await cate(['import', exportCsv, ...base, '-o', 'alive.json'], { cwd: dir })).code).toBe(0);
    expect(await cate(['validate', 'alive.json'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '1 file, 1 submission, 72 rows: 0 errors, 0 warnings\n',
      stderr: '',
    });
    const long = JSON.parse((await cate(['import', exportCsv, ...base, '--layout', 'long'])).stdout);
    expect(long.submissions).toHaveLength(72);
    expect(long.submissions[0]).toEqual({
      organization: 'alive',
      quarter: '2025-Q3',
      section: 'new-and-existing-clients',
      category: 'new',
      count: 6,
    });
  });

  it('import(an unmapped answer) is an error with row and column; nothing is written', async () => {
    const file = exportWith([
      goodRow,
      'SYNTHETIC-02,2025-07-03,New,F,25-59,US Citizen,Central,Self,,Food|Diapers|Trnsportation,,,Worker B',
    ]);
    const out = join(tempDir(), 'out.json');
    const { code, stdout, stderr } = await cate(['import', 'export.csv', ...base, '-o', out], {
      cwd: join(file, '..'),
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([
      'error: export.csv, row 3, column "Services Received": answer "Diapers" is not mapped to a category of section ' +
        '"essential-life-needs-and-advocacy-services"; add it to the section\'s "values" in the config',
      'error: export.csv, row 3, column "Services Received": answer "Trnsportation" is not mapped to a category of section ' +
        '"essential-life-needs-and-advocacy-services" (did you mean "Transportation"?); add it to the section\'s "values" in the config',
      'cate: import: export.csv: 2 clients, 2 errors, 0 warnings; nothing written',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('import(several answers in a single-select section, a blank without a rule, a client twice) names each', async () => {
    const file = exportWith([
      goodRow,
      'SYNTHETIC-02,2025-07-03,,F|M,25-59,US Citizen,Central,Self,,,,,Worker B',
      'SYNTHETIC-01,2025-07-04,Returning,M,25-59,US Citizen,Central,Self,,,,,Worker B',
    ]);
    const { code, stderr } = await cate(['import', 'export.csv', ...base], { cwd: join(file, '..') });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      'error: export.csv, row 3, column "Client Status": blank answer for section "new-and-existing-clients"; expected an answer, ' +
        'or a "blank" rule for this section in the config',
      'error: export.csv, row 3, column "Sex": "F|M" gives several answers, but section "sex" takes one per client',
      'error: export.csv, row 4, column "Client ID": client "SYNTHETIC-01" is also in row 2; expected one row per client (it would be counted twice)',
      'cate: import: export.csv: 3 clients, 3 errors, 0 warnings; nothing written',
    ]);
  });

  it('import(an export without a mapped column) names the column at row 1 and suggests the nearest header', async () => {
    const file = exportWith(
      [goodRow.replace(',Worker A', '')],
      header.replace('Age Group', 'Age group ').replace(',Case Worker', '').replace('Sex', 'Gender Identity'),
    );
    const { code, stderr } = await cate(['import', 'export.csv', ...base], { cwd: join(file, '..') });
    expect(code).toBe(1);
    expect(lines(stderr)[0]).toBe(
      'error: export.csv, row 1, column "Sex": no column "Sex" (mapped to section "sex"); the header has 12 columns',
    );
    expect(lines(stderr)).toHaveLength(3); // "Age group " still matches "Age Group" (trimmed, case ignored)
    expect(lines(stderr)[1]).toBe(
      'warning: export.csv, row 1: 1 column not mapped to any section was not read: "Gender Identity"; list them in "ignoreColumns" to say so',
    );
  });

  it('import(an empty export, or one with no client rows) is an error', async () => {
    const empty = exportWith([], '');
    expect(lines((await cate(['import', 'export.csv', ...base], { cwd: join(empty, '..') })).stderr)[0]).toBe(
      'error: export.csv: the file is empty; expected a header row and one row per client',
    );
    const headerOnly = exportWith([]);
    const result = await cate(['import', 'export.csv', ...base], { cwd: join(headerOnly, '..') });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)[0]).toBe(
      'error: export.csv, row 1: the file has a header but no client rows; expected one row per client',
    );
  });

  it('import(a config with unknown ids) lists every problem with its path and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'map.json'),
      JSON.stringify({
        format: 'cate-import@1',
        sections: {
          sx: { column: 'Sex' },
          age: { column: 'Age Group', values: { '60+': '60-plus' } },
          'organizations-with-waitlist': { column: 'Waitlist' },
          gender: { column: '' },
        },
        extra: true,
      }),
    );
    const { code, stdout, stderr } = await cate(
      ['import', exportCsv, '--config', 'map.json', '--organization', 'alive', '--quarter', '2025-Q3'],
      { cwd: dir },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([
      'cate: the config map.json is not valid (2 problems):',
      '  error: map.json, at sections.gender.column: expected the name of a column of the export',
      '  error: map.json, at extra: "extra" is not a config field; expected format, description, taxonomy, delimiter, clientId, ignoreColumns, sections',
    ]);
    writeFileSync(
      join(dir, 'map.json'),
      JSON.stringify({
        format: 'cate-import@1',
        taxonomy: 'other',
        sections: {
          sx: { column: 'Sex' },
          age: { column: 'Age Group', values: { '60+': '60-plus' }, blank: 'unknwn' },
          'organizations-with-waitlist': { column: 'Waitlist' },
        },
      }),
    );
    const second = await cate(
      ['import', exportCsv, '--config', 'map.json', '--organization', 'alive', '--quarter', '2025-Q3'],
      { cwd: dir },
    );
    expect(second.code).toBe(1);
    expect(lines(second.stderr)).toEqual([
      'cate: the config map.json is not valid (5 problems):',
      '  error: map.json, at taxonomy: the config is for taxonomy "other", but the taxonomy in use is "cate-quarterly"',
      '  error: map.json, at sections.sx: unknown section "sx" (did you mean "sex"?)',
      '  error: map.json, at sections.age.values["60+"]: unknown category "60-plus" in section "age"; ' +
        'expected one of 0-12, 13-17, 18-24, 25-59, 60-and-older, unknown, or null',
      '  error: map.json, at sections.age.blank: unknown category "unknwn" in section "age" (did you mean "unknown"?); ' +
        'expected one of 0-12, 13-17, 18-24, 25-59, 60-and-older, unknown, or null',
      '  error: map.json, at sections.organizations-with-waitlist: section "organizations-with-waitlist" counts organizations, ' +
        'not clients: a client-level export cannot fill it',
    ]);
  });

  it('import --progress prints a line every 10,000 client rows', async () => {
    const rows = Array.from(
      { length: 25_000 },
      (_, i) => `C-${i},2025-07-01,New,F,18-24,US Citizen,Central,Self,None,Food,,,W`,
    );
    const file = exportWith(rows);
    const { code, stdout, stderr } = await cate(['import', 'export.csv', ...base, '--progress'], {
      cwd: join(file, '..'),
    });
    expect(code).toBe(0);
    expect(lines(stderr)).toEqual([
      'cate: import: reading export.csv',
      'cate: import: 10,000 client rows read',
      'cate: import: 20,000 client rows read',
      'cate: import: export.csv: 25,000 clients, 0 errors, 0 warnings; alive 2025-Q3, 10 sections',
    ]);
    expect(JSON.parse(stdout).submissions[0].counts.sex).toEqual({ female: 25_000, male: 0, intersex: 0, unknown: 0 });
  });

  it('import warns, without failing, when the organization is not a member of the taxonomy', async () => {
    const { code, stderr } = await cate([
      'import',
      exportCsv,
      '--config',
      configJson,
      '--organization',
      'new-member',
      '--quarter',
      '2025 Q3',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('warning: ');
    expect(stderr).toContain('organization "new-member" is not among the members of taxonomy "cate-quarterly"');
    expect(stderr).toContain('new-member 2025-Q3, 10 sections');
  });

  it("import passes on core's warning when a section does not add up to the client count", async () => {
    const dir = tempDir();
    const config = JSON.parse(readFileSync(configJson, 'utf8'));
    config.sections['new-and-existing-clients'].blank = null; // a client without a status is counted in neither
    writeFileSync(join(dir, 'map.json'), JSON.stringify(config));
    writeFileSync(
      join(dir, 'export.csv'),
      readFileSync(exportCsv, 'utf8').replace('SYNTHETIC-06,2025-01-27,Returning,', 'SYNTHETIC-06,2025-01-27,,'),
    );
    const { code, stdout, stderr } = await cate(
      ['import', 'export.csv', '--config', 'map.json', '--organization', 'alive', '--quarter', '2025-Q3'],
      { cwd: dir },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).submissions[0].counts['new-and-existing-clients']).toEqual({ new: 6, existing: 5 });
    expect(lines(stderr)[0]).toBe(
      'warning: export.csv: section "citizenship" adds up to 12 for organization "alive" in 2025-Q3, but its client count ' +
        '(section "new-and-existing-clients") is 11; expected them to match, since every client falls in exactly one category of "citizenship"',
    );
    expect(lines(stderr).at(-1)).toBe(
      'cate: import: export.csv: 12 clients, 0 errors, 5 warnings; alive 2025-Q3, 10 sections',
    );
  });

  it.each([
    [
      ['--config', configJson, '--organization', 'alive'],
      'cate: "cate import" needs --quarter, e.g. --quarter 2025-Q3\n',
    ],
    [
      [...base.slice(0, 4), '--quarter', '2025-Q7'],
      'cate: --quarter "2025-Q7" is not a quarter; expected one written like 2025-Q3\n',
    ],
    [[...base, '--layout', 'wide'], 'cate: --layout "wide" is not one of submission, long\n'],
    [[...base, 'second.csv'], 'cate: "cate import" reads one FILE; found also "second.csv"\n'],
  ])('import %j is a usage error (exit 2)', async (args, message) => {
    expect(await cate(['import', exportCsv, ...args])).toEqual({ code: 2, stdout: '', stderr: message });
  });
});

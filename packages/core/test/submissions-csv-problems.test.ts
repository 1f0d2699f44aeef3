import { describe, expect, it } from 'vitest';
import { parseSubmissions, type Problem } from '../src/index.js';
import { testTaxonomy } from './fixtures/submissions/taxonomy.js';

const FILE = 'q3.csv';
const LONG = 'organization,quarter,section,category,count';

function read(...lines: string[]) {
  return parseSubmissions(lines.join('\n'), { taxonomy: testTaxonomy, file: FILE, mode: 'lenient' });
}

function error(code: string, message: string, row?: number, column?: string): Problem {
  return { severity: 'error', code, message, where: where(row, column) };
}

function warning(code: string, message: string, row?: number, column?: string): Problem {
  return { severity: 'warning', code, message, where: where(row, column) };
}

function where(row?: number, column?: string) {
  return { file: FILE, ...(row === undefined ? {} : { row }), ...(column === undefined ? {} : { column }) };
}

describe('parseSubmissions(csv) ids', () => {
  it('parseSubmissions(csv) reports an unknown category with its row and column and suggests the nearest id', () => {
    const { submissions, problems } = read(LONG, 'safe-harbor,2025-Q3,sex,male,2', 'safe-harbor,2025-Q3,sex,femal,3');
    expect(problems).toEqual([
      error('unknown-category', 'unknown category "femal" in section "sex"; did you mean "female"?', 3, 'category'),
    ]);
    expect(submissions).toEqual([{ organization: 'safe-harbor', quarter: '2025-Q3', counts: { sex: { male: 2 } } }]);
  });

  it('parseSubmissions(csv) suggests a category with two letters swapped', () => {
    const { problems } = read(LONG, 'safe-harbor,2025-Q3,sex,mlae,2');
    expect(problems[0]?.message).toBe('unknown category "mlae" in section "sex"; did you mean "male"?');
  });

  it('parseSubmissions(csv) lists the categories of the section when no id is near an unknown category', () => {
    const { problems } = read(LONG, 'safe-harbor,2025-Q3,sex,blue,2');
    expect(problems).toEqual([
      error(
        'unknown-category',
        'unknown category "blue" in section "sex"; expected one of "female", "male", "unknown"',
        2,
        'category',
      ),
    ]);
  });

  it('parseSubmissions(csv) reports a category of another section as unknown in this one', () => {
    const { problems } = read(LONG, 'safe-harbor,2025-Q3,services-needed,female,2');
    expect(problems).toEqual([
      error(
        'unknown-category',
        'unknown category "female" in section "services-needed"; expected one of "housing", "legal", "medical", "counseling", "other"',
        2,
        'category',
      ),
    ]);
  });

  it('parseSubmissions(csv) reports an unknown section with its row and column and suggests the nearest id', () => {
    const { submissions, problems } = read(LONG, 'safe-harbor,2025-Q3,sx,female,2');
    expect(problems).toEqual([error('unknown-section', 'unknown section "sx"; did you mean "sex"?', 2, 'section')]);
    expect(submissions).toEqual([]);
  });

  it('parseSubmissions(csv) lists the sections when no id is near an unknown section', () => {
    const { problems } = read(LONG, 'safe-harbor,2025-Q3,religion,none,2');
    expect(problems).toEqual([
      error(
        'unknown-section',
        'unknown section "religion"; expected a section of taxonomy "test-coalition": "new-and-existing-clients", "sex", "services-needed", "waitlist"',
        2,
        'section',
      ),
    ]);
  });

  it('parseSubmissions(csv) reads section and category ids case-insensitively and trimmed', () => {
    const { submissions, problems } = read(LONG, 'safe-harbor,2025-Q3, Sex ,FEMALE,2');
    expect(problems).toEqual([]);
    expect(submissions).toEqual([{ organization: 'safe-harbor', quarter: '2025-Q3', counts: { sex: { female: 2 } } }]);
  });

  it('parseSubmissions(csv) warns once about an organization the taxonomy does not list, and keeps its counts', () => {
    const { submissions, problems } = read(LONG, 'acme,2025-Q3,sex,female,2', 'acme,2025-Q3,sex,male,1');
    expect(problems).toEqual([
      warning(
        'unknown-organization',
        `organization "acme" is not among the members of taxonomy "test-coalition"; its counts were kept (add it to the taxonomy's organizations if it is a member)`,
        2,
        'organization',
      ),
    ]);
    expect(submissions).toEqual([
      { organization: 'acme', quarter: '2025-Q3', counts: { sex: { female: 2, male: 1 } } },
    ]);
  });

  it('parseSubmissions(csv) suggests the nearest member for an unlisted organization', () => {
    const { problems } = read(LONG, 'safe-habor,2025-Q3,sex,female,2');
    expect(problems).toEqual([
      warning(
        'unknown-organization',
        'organization "safe-habor" is not among the members of taxonomy "test-coalition"; did you mean "safe-harbor"? Its counts were kept under "safe-habor"',
        2,
        'organization',
      ),
    ]);
  });

  it('parseSubmissions(csv) matches a listed organization case-insensitively', () => {
    const { submissions, problems } = read(LONG, 'Safe-Harbor,2025-Q3,sex,female,2');
    expect(problems).toEqual([]);
    expect(submissions[0]?.organization).toBe('safe-harbor');
  });

  it('parseSubmissions(csv) accepts any organization when the taxonomy lists none', () => {
    const taxonomy = { ...testTaxonomy, organizations: [] };
    const { submissions, problems } = parseSubmissions([LONG, 'acme,2025-Q3,sex,female,2'].join('\n'), {
      taxonomy,
      mode: 'lenient',
    });
    expect(problems).toEqual([]);
    expect(submissions[0]?.organization).toBe('acme');
  });
});

describe('parseSubmissions(csv) quarters', () => {
  it('parseSubmissions(csv) reports a malformed quarter with its row and column and the expected form', () => {
    const { submissions, problems } = read(LONG, 'safe-harbor,2025-3,sex,female,2', 'safe-harbor,Q5 2025,sex,female,2');
    expect(problems).toEqual([
      error(
        'invalid-quarter',
        'quarter "2025-3" is not a quarter; expected a quarter written like 2025-Q3',
        2,
        'quarter',
      ),
      error(
        'invalid-quarter',
        'quarter "Q5 2025" is not a quarter; expected a quarter written like 2025-Q3',
        3,
        'quarter',
      ),
    ]);
    expect(submissions).toEqual([]);
  });

  it('parseSubmissions(csv) accepts forgiving quarter forms and writes them as 2025-Q3', () => {
    const { submissions, problems } = read(
      LONG,
      'safe-harbor,2025 Q3,sex,female,2',
      'safe-harbor,q3-2025,sex,male,1',
      'safe-harbor,2025Q3,sex,unknown,0',
    );
    expect(problems).toEqual([]);
    expect(submissions).toEqual([
      { organization: 'safe-harbor', quarter: '2025-Q3', counts: { sex: { female: 2, male: 1, unknown: 0 } } },
    ]);
  });
});

describe('parseSubmissions(csv) counts', () => {
  it('parseSubmissions(csv) reports a negative count with its row and column', () => {
    const { submissions, problems } = read(LONG, 'safe-harbor,2025-Q3,sex,female,-3', 'safe-harbor,2025-Q3,sex,male,1');
    expect(problems).toEqual([
      error('negative-count', 'count -3 is negative; expected a whole number of 0 or more', 2, 'count'),
    ]);
    expect(submissions).toEqual([{ organization: 'safe-harbor', quarter: '2025-Q3', counts: { sex: { male: 1 } } }]);
  });

  it('parseSubmissions(csv) reports a fractional count with the whole numbers either side', () => {
    const { problems } = read(LONG, 'safe-harbor,2025-Q3,sex,female,2.5');
    expect(problems).toEqual([
      error('fractional-count', 'count 2.5 is not a whole number; expected a whole number such as 2 or 3', 2, 'count'),
    ]);
  });

  it('parseSubmissions(csv) reports a non-numeric count', () => {
    const { problems } = read(LONG, 'safe-harbor,2025-Q3,sex,female,twelve', 'safe-harbor,2025-Q3,sex,male,1e3');
    expect(problems).toEqual([
      error(
        'non-numeric-count',
        'count "twelve" is not a number; expected a whole number such as 0, 4 or 120',
        2,
        'count',
      ),
      error(
        'non-numeric-count',
        'count "1e3" is not a number; expected a whole number such as 0, 4 or 120',
        3,
        'count',
      ),
    ]);
  });

  it('parseSubmissions(csv) reports a count over 1,000,000 as too large and accepts 1,000,000', () => {
    const { submissions, problems } = read(
      LONG,
      'safe-harbor,2025-Q3,sex,female,1000001',
      'safe-harbor,2025-Q3,sex,male,1000000',
    );
    expect(problems).toEqual([
      error(
        'count-too-large',
        'count 1000001 is more than 1,000,000, the most accepted for one category in one quarter; expected a smaller whole number (check for a typo or a shifted column)',
        2,
        'count',
      ),
    ]);
    expect(submissions[0]?.counts).toEqual({ sex: { male: 1_000_000 } });
  });

  it('parseSubmissions(csv) reads padded, signed, grouped and .0 counts', () => {
    const { submissions, problems } = read(
      LONG,
      'safe-harbor,2025-Q3,sex,female, 12 ',
      'safe-harbor,2025-Q3,sex,male,"1,234"',
      'safe-harbor,2025-Q3,sex,unknown,+3.0',
    );
    expect(problems).toEqual([]);
    expect(submissions[0]?.counts).toEqual({ sex: { female: 12, male: 1234, unknown: 3 } });
  });

  it('parseSubmissions(csv) warns about a blank count in the long layout and reads it as not reported', () => {
    const { submissions, problems } = read(LONG, 'safe-harbor,2025-Q3,sex,female,', 'safe-harbor,2025-Q3,sex,male,0');
    expect(problems).toEqual([
      warning('blank-count', 'no count given; read as not reported (write 0 for a reported zero)', 2, 'count'),
    ]);
    expect(submissions[0]?.counts).toEqual({ sex: { male: 0 } });
  });

  it('parseSubmissions(csv) reports a count other than 0 or 1 in a section that counts organizations', () => {
    const { problems } = read(
      LONG,
      'safe-harbor,2025-Q3,waitlist,has-waitlist,3',
      'new-dawn,2025-Q3,waitlist,has-waitlist,1',
    );
    expect(problems).toEqual([
      error(
        'not-yes-or-no',
        'count 3 in section "waitlist" is not 0 or 1; the section counts organizations, so each organization answers 1 (yes) or 0 (no)',
        2,
        'count',
      ),
    ]);
  });

  it('parseSubmissions(csv) reports every problem of one row, each at its own column', () => {
    const { problems } = read(LONG, 'safe-harbor,2025-13,sx,female,-1');
    expect(problems.map((p) => [p.code, p.where.column])).toEqual([
      ['invalid-quarter', 'quarter'],
      ['unknown-section', 'section'],
      ['negative-count', 'count'],
    ]);
  });

  it('parseSubmissions(csv) reports a blank organization, quarter, section or category as missing', () => {
    const { submissions, problems } = read(
      LONG,
      ',2025-Q3,sex,female,1',
      'safe-harbor,,sex,female,1',
      'safe-harbor,2025-Q3,,female,1',
      'safe-harbor,2025-Q3,sex,,1',
    );
    expect(problems).toEqual([
      error('missing-value', 'no organization given; expected an organization id', 2, 'organization'),
      error('missing-value', 'no quarter given; expected a quarter written like 2025-Q3', 3, 'quarter'),
      error(
        'missing-value',
        'no section given; expected a section id such as "new-and-existing-clients"',
        4,
        'section',
      ),
      error('missing-value', 'no category given; expected a category of section "sex"', 5, 'category'),
    ]);
    expect(submissions).toEqual([]);
  });
});

describe('parseSubmissions(csv) duplicates', () => {
  it('parseSubmissions(csv) reports a duplicate row naming both rows, and keeps the first', () => {
    const { submissions, problems } = read(
      LONG,
      'safe-harbor,2025-Q3,sex,female,2',
      'safe-harbor,2025-Q3,sex,male,1',
      'safe-harbor,2025-Q3,sex,female,5',
    );
    expect(problems).toEqual([
      error(
        'duplicate-row',
        'organization "safe-harbor", 2025-Q3, section "sex", category "female" is given twice (row 2 and row 4); expected one count per organization, quarter, section and category',
        4,
      ),
    ]);
    expect(submissions[0]?.counts).toEqual({ sex: { female: 2, male: 1 } });
  });

  it('parseSubmissions(csv) finds duplicates written with different quarter forms and organization case', () => {
    const { problems } = read(LONG, 'safe-harbor,2025-Q3,sex,female,2', 'Safe-Harbor,Q3 2025,Sex,Female,2');
    expect(problems.map((p) => [p.code, p.where.row])).toEqual([['duplicate-row', 3]]);
  });

  it('parseSubmissions(csv) reports a duplicate count in the wide layout naming both cells', () => {
    const { problems } = read(
      'organization,quarter,section,female,male',
      'safe-harbor,2025-Q3,sex,2,1',
      'safe-harbor,2025-Q3,sex,,4',
    );
    expect(problems).toEqual([
      error(
        'duplicate-row',
        'organization "safe-harbor", 2025-Q3, section "sex", category "male" is given twice (row 2, column "male" and row 3, column "male"); expected one count per organization, quarter, section and category',
        3,
        'male',
      ),
    ]);
  });
});

describe('parseSubmissions(csv) files and headers', () => {
  it('parseSubmissions(csv) reports an empty file', () => {
    for (const text of ['', '\n\n', '  \r\n', '\uFEFF']) {
      expect(parseSubmissions(text, { taxonomy: testTaxonomy, file: FILE, mode: 'lenient' }).problems).toEqual([
        error('empty-file', 'the file is empty; expected a header row and at least one row of counts'),
      ]);
    }
  });

  it('parseSubmissions(csv) reports a header with no rows', () => {
    for (const text of [LONG, `${LONG}\n`, `${LONG}\r\n\r\n,,,,\r\n`]) {
      expect(parseSubmissions(text, { taxonomy: testTaxonomy, file: FILE, mode: 'lenient' }).problems).toEqual([
        error('no-rows', 'the file has a header row but no rows below it; expected at least one row of counts'),
      ]);
    }
  });

  it('parseSubmissions(csv) lists the missing columns of the long layout', () => {
    const { problems } = read('organization,section,category', 'safe-harbor,sex,female');
    expect(problems).toEqual([
      error(
        'missing-columns',
        'missing columns "quarter" and "count"; the long layout needs organization, quarter, section, category and count',
        1,
      ),
    ]);
  });

  it('parseSubmissions(csv) names every layout when the header matches none', () => {
    const { problems } = read('org,period,value', 'safe-harbor,2025-Q3,2');
    expect(problems).toEqual([
      error(
        'missing-columns',
        'missing columns "organization", "quarter", "section", "category" and "count"; the long layout needs organization, quarter, section, category and count (or, wide: organization, quarter, section and a column per category; or organization, quarter and columns named section.category)',
        1,
      ),
    ]);
  });

  it('parseSubmissions(csv) lists the missing columns of the wide layouts', () => {
    expect(read('organization,section,female', 'safe-harbor,sex,2').problems).toEqual([
      error(
        'missing-columns',
        'missing column "quarter"; the wide layout needs organization, quarter, section and a column per category id',
        1,
      ),
    ]);
    expect(read('organization,quarter,section', 'safe-harbor,2025-Q3,sex').problems).toEqual([
      error(
        'missing-columns',
        'missing the category columns; the wide layout needs organization, quarter, section and a column per category id',
        1,
      ),
    ]);
    expect(read('quarter,sex.female', '2025-Q3,2').problems).toEqual([
      error(
        'missing-columns',
        'missing column "organization"; the wide layout needs organization, quarter and a column per count named section.category',
        1,
      ),
    ]);
  });

  it('parseSubmissions(csv) matches header names trimmed and case-insensitively', () => {
    const { submissions, problems } = read(
      ' Organization ,QUARTER,Section,Category, Count',
      'safe-harbor,2025-Q3,sex,female,2',
    );
    expect(problems).toEqual([]);
    expect(submissions).toEqual([{ organization: 'safe-harbor', quarter: '2025-Q3', counts: { sex: { female: 2 } } }]);
  });

  it('parseSubmissions(csv) reports a column named twice with both spreadsheet letters, and reads the first', () => {
    const { submissions, problems } = read(`${LONG},Count`, 'safe-harbor,2025-Q3,sex,female,2,3');
    expect(problems).toEqual([
      error(
        'duplicate-column',
        'column "Count" appears twice, as columns E and F; expected each column once, so column F was not read',
        1,
        'Count',
      ),
    ]);
    expect(submissions[0]?.counts).toEqual({ sex: { female: 2 } });
  });

  it('parseSubmissions(csv) warns about a column the long layout does not use', () => {
    const { submissions, problems } = read(`${LONG},notes`, 'safe-harbor,2025-Q3,sex,female,2,from intake');
    expect(problems).toEqual([
      warning(
        'ignored-column',
        'column "notes" is not part of the long layout (organization, quarter, section, category, count) and was not read',
        1,
        'notes',
      ),
    ]);
    expect(submissions).toHaveLength(1);
  });

  it('parseSubmissions(csv) rejects a row with more cells than the header names', () => {
    const { submissions, problems } = read(
      LONG,
      'safe-harbor,2025-Q3,sex,female,2,7',
      'safe-harbor,2025-Q3,sex,male,1,',
    );
    expect(problems).toEqual([
      error(
        'extra-cells',
        'row has 6 cells but the header names 5 columns; expected one cell per column, so the row was not read',
        2,
      ),
    ]);
    expect(submissions[0]?.counts).toEqual({ sex: { male: 1 } });
  });

  it('parseSubmissions(csv) numbers rows as a spreadsheet does when a quoted cell holds a line break', () => {
    const { problems } = read(
      LONG,
      '"safe-harbor",2025-Q3,sex,female,"2"',
      'acme,2025-Q3,"services-\nneeded",housing,1',
      'safe-harbor,2025-Q3,sex,male,-1',
    );
    // The record with the line break is an error now (issue 13), still numbered as the spreadsheet's row 3.
    expect(problems.map((p) => [p.code, p.where.row])).toEqual([
      ['negative-count', 4],
      ['multiline-field', 3],
    ]);
  });

  it('parseSubmissions(csv) skips blank lines but keeps counting them as rows', () => {
    const { submissions, problems } = read(
      LONG,
      '',
      'safe-harbor,2025-Q3,sex,female,2',
      ',,,,',
      'safe-harbor,2025-Q3,sex,male,x',
    );
    expect(problems.map((p) => [p.code, p.where.row])).toEqual([['non-numeric-count', 5]]);
    expect(submissions).toHaveLength(1);
  });
});

describe('parseSubmissions(csv) wide layouts', () => {
  it('parseSubmissions(csv) reads blank wide cells as not reported, never as zero', () => {
    const { submissions, problems } = read(
      'organization,quarter,section,female,male,unknown',
      'safe-harbor,2025-Q3,sex,2,,0',
    );
    expect(problems).toEqual([]);
    expect(submissions[0]?.counts).toEqual({ sex: { female: 2, unknown: 0 } });
  });

  it("parseSubmissions(csv) reports a wide cell outside the row's section at its row and column", () => {
    const { submissions, problems } = read(
      'organization,quarter,section,female,male,housing',
      'safe-harbor,2025-Q3,sex,2,1,',
      'safe-harbor,2025-Q3,sex,,,4',
    );
    expect(problems).toEqual([
      error(
        'unknown-category',
        'unknown category "housing" in section "sex"; expected one of "female", "male", "unknown"',
        3,
        'housing',
      ),
    ]);
    expect(submissions[0]?.counts).toEqual({ sex: { female: 2, male: 1 } });
  });

  it('parseSubmissions(csv) reports a negative wide count at its category column', () => {
    const { problems } = read('organization,quarter,section,female,male', 'safe-harbor,2025-Q3,sex,2,-1');
    expect(problems).toEqual([
      error('negative-count', 'count -1 is negative; expected a whole number of 0 or more', 2, 'male'),
    ]);
  });

  it('parseSubmissions(csv) reports an unknown section in the wide layout at the section column', () => {
    const { submissions, problems } = read('organization,quarter,section,female', 'safe-harbor,2025-Q3,sexx,2');
    expect(problems).toEqual([error('unknown-section', 'unknown section "sexx"; did you mean "sex"?', 2, 'section')]);
    expect(submissions).toEqual([]);
  });

  it('parseSubmissions(csv) reports an unknown section.category column once, at the header', () => {
    const { submissions, problems } = read(
      'organization,quarter,sex.female,sex:femal,sexx.male',
      'safe-harbor,2025-Q3,2,3,4',
      'new-dawn,2025-Q3,1,1,1',
    );
    expect(problems).toEqual([
      error(
        'unknown-category',
        'unknown category "femal" in section "sex"; did you mean "female"? (the column was not read)',
        1,
        'sex:femal',
      ),
      error('unknown-section', 'unknown section "sexx"; did you mean "sex"? (the column was not read)', 1, 'sexx.male'),
    ]);
    expect(submissions.map((s) => s.counts)).toEqual([{ sex: { female: 2 } }, { sex: { female: 1 } }]);
  });

  it('parseSubmissions(csv) warns about a wide column not named section.category', () => {
    const { problems } = read('organization,quarter,sex.female,notes', 'safe-harbor,2025-Q3,2,late');
    expect(problems).toEqual([
      warning('ignored-column', 'column "notes" is not named section.category and was not read', 1, 'notes'),
    ]);
  });

  it('parseSubmissions(csv) reports a bad organization in the wide layout once for the row', () => {
    const { submissions, problems } = read('organization,quarter,sex.female,sex.male', ',2025-Q3,2,1');
    expect(problems).toEqual([
      error('missing-value', 'no organization given; expected an organization id', 2, 'organization'),
    ]);
    expect(submissions).toEqual([]);
  });
});

describe('parseSubmissions(csv) client counts', () => {
  it('parseSubmissions(csv) warns when a section covering all clients disagrees with the client count, saying both numbers', () => {
    const { submissions, problems } = read(
      LONG,
      'safe-harbor,2025-Q3,new-and-existing-clients,new,3',
      'safe-harbor,2025-Q3,new-and-existing-clients,existing,10',
      'safe-harbor,2025-Q3,sex,female,9',
      'safe-harbor,2025-Q3,sex,male,2',
    );
    expect(problems).toEqual([
      warning(
        'inconsistent-total',
        'section "sex" adds up to 11 for organization "safe-harbor" in 2025-Q3, but its client count (section "new-and-existing-clients") is 13; expected them to match, since every client falls in exactly one category of "sex"',
        4,
        'section',
      ),
    ]);
    expect(submissions[0]?.counts.sex).toEqual({ female: 9, male: 2 });
  });

  it('parseSubmissions(csv) does not compare multi-select sections, or sections without a client count', () => {
    const { problems } = read(
      LONG,
      'safe-harbor,2025-Q3,new-and-existing-clients,new,3',
      'safe-harbor,2025-Q3,services-needed,housing,2',
      'safe-harbor,2025-Q3,services-needed,legal,3',
      'safe-harbor,2025-Q3,sex,female,3',
      'new-dawn,2025-Q3,sex,female,8',
    );
    expect(problems).toEqual([]);
  });

  it('parseSubmissions(csv) points the client-count warning at the section column of the wide layout', () => {
    const { problems } = read(
      'organization,quarter,section,new,existing,female,male',
      'safe-harbor,2025-Q3,new-and-existing-clients,1,1,,',
      'safe-harbor,2025-Q3,sex,,,1,0',
    );
    expect(problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['inconsistent-total', 'warning', { file: FILE, row: 3, column: 'section' }],
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import {
  SubmissionRowSchema,
  SubmissionSchema,
  SubmissionsDocumentSchema,
  ValidationError,
  checkTaxonomy,
  parseSubmissions,
  rowsToSubmissions,
  sniffFormat,
  submissionsToRows,
  validateSubmissions,
  type Submission,
  type SubmissionRow,
} from '../src/index.js';
import { expectedSubmissions } from './fixtures/submissions/expected.js';
import { testTaxonomy } from './fixtures/submissions/taxonomy.js';
import { longCsv, wideByCellCsv, wideBySectionCsv } from './fixtures/submissions/write-csv.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/submissions/${name}`, import.meta.url), 'utf8');
const taxonomy = testTaxonomy;

describe('the submissions test taxonomy', () => {
  it('checkTaxonomy(testTaxonomy) finds no problem in the fixture', () => {
    expect(checkTaxonomy(testTaxonomy).problems).toEqual([]);
  });
});

describe('parseSubmissions formats and layouts', () => {
  it.each(['long.csv', 'wide-by-section.csv', 'wide-by-cell.csv', 'submissions.json', 'rows.json'])(
    'parseSubmissions(%s) reads the same submissions as every other layout',
    (name) => {
      expect(parseSubmissions(fixture(name), { taxonomy, file: name })).toEqual({
        submissions: expectedSubmissions,
        problems: [],
      });
    },
  );

  it('parseSubmissions(text) without a file name sniffs JSON and CSV from the text', () => {
    expect(parseSubmissions(fixture('submissions.json'), { taxonomy }).submissions).toEqual(expectedSubmissions);
    expect(parseSubmissions(`\n ${fixture('rows.json')}`, { taxonomy }).submissions).toEqual(expectedSubmissions);
    expect(parseSubmissions(fixture('long.csv'), { taxonomy }).submissions).toEqual(expectedSubmissions);
  });

  it('sniffFormat(text, file) prefers the file extension, case-insensitively and before a query string', () => {
    expect(sniffFormat('[1]', 'data.csv')).toBe('csv');
    expect(sniffFormat('organization', 'DATA.JSON')).toBe('json');
    expect(sniffFormat('organization', 'https://example.org/q3.json?v=2')).toBe('json');
    expect(sniffFormat('{"submissions": []}', 'export.txt')).toBe('json');
    expect(sniffFormat('organization,quarter')).toBe('csv');
  });

  it('parseSubmissions(text, { format }) follows an explicit format over the file extension', () => {
    expect(parseSubmissions(fixture('long.csv'), { taxonomy, file: 'export.json', format: 'csv' }).submissions).toEqual(
      expectedSubmissions,
    );
  });

  it('parseSubmissions(csv) accepts a byte-order mark and CRLF line ends silently', () => {
    for (const name of ['long.csv', 'wide-by-section.csv', 'wide-by-cell.csv']) {
      const text = `\uFEFF${fixture(name).replace(/\n/g, '\r\n')}`;
      expect(parseSubmissions(text, { taxonomy, file: name })).toEqual({
        submissions: expectedSubmissions,
        problems: [],
      });
    }
  });

  it('parseSubmissions(json) accepts a byte-order mark and CRLF line ends silently', () => {
    const text = `\uFEFF${fixture('submissions.json').replace(/\n/g, '\r\n')}`;
    expect(parseSubmissions(text, { taxonomy, file: 'q.json' })).toEqual({
      submissions: expectedSubmissions,
      problems: [],
    });
  });

  it('parseSubmissions(csv) keeps a BOM out of the first header name and the first row', () => {
    const { submissions, problems } = parseSubmissions(
      '\uFEFForganization,quarter,section,category,count\r\nsafe-harbor,2025-Q3,sex,male,1\r\n',
      {
        taxonomy,
      },
    );
    expect(problems).toEqual([]);
    expect(submissions).toEqual([{ organization: 'safe-harbor', quarter: '2025-Q3', counts: { sex: { male: 1 } } }]);
  });

  it('parseSubmissions(csv) reads cells quoted with commas and quotes, and refuses a line break in one', () => {
    const text = 'organization,quarter,section,category,count\n"Hope, ""Inc."" East","2025-Q3",sex,female,"3"\n';
    const { submissions } = parseSubmissions(text, { taxonomy, mode: 'lenient' });
    expect(submissions).toEqual([
      { organization: 'Hope, "Inc." East', quarter: '2025-Q3', counts: { sex: { female: 3 } } },
    ]);
    // A quoted value across lines is how an unbalanced quote swallows rows (issue 13): an error, not read.
    const broken = parseSubmissions(text.replace(' East', '\nEast'), { taxonomy, mode: 'lenient' });
    expect(broken.submissions).toEqual([]);
    expect(broken.problems.map((p) => [p.code, p.where.row])).toEqual([['multiline-field', 2]]);
  });

  it('parseSubmissions writes back what the CSV writers of this folder wrote, in every layout', () => {
    expect(parseSubmissions(longCsv(submissionsToRows(expectedSubmissions)), { taxonomy }).submissions).toEqual(
      expectedSubmissions,
    );
    expect(parseSubmissions(wideBySectionCsv(expectedSubmissions, taxonomy), { taxonomy }).submissions).toEqual(
      expectedSubmissions,
    );
    expect(
      parseSubmissions(wideByCellCsv(expectedSubmissions, taxonomy, { separator: ':' }), { taxonomy }).submissions,
    ).toEqual(expectedSubmissions);
  });
});

describe('parseSubmissions modes', () => {
  const bad = [
    'organization,quarter,section,category,count',
    'safe-harbor,2025-Q3,sex,female,3',
    'safe-harbor,2025-Q3,sex,femal,3',
    'acme,2025-Q3,sex,male,-1',
    'new-dawn,2025-3,sex,male,1',
    'new-dawn,2025-Q3,sex,male,1',
  ].join('\n');

  it('parseSubmissions(csv) in strict mode throws one ValidationError listing every error', () => {
    let thrown: unknown;
    try {
      parseSubmissions(bad, { taxonomy, file: 'q3.csv' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const error = thrown as ValidationError;
    expect(error.message).toBe(
      [
        'Invalid submissions in q3.csv: 3 problems found',
        '  - error: q3.csv, row 3, column "category": unknown category "femal" in section "sex"; did you mean "female"?',
        '  - error: q3.csv, row 4, column "count": count -1 is negative; expected a whole number of 0 or more',
        '  - error: q3.csv, row 5, column "quarter": quarter "2025-3" is not a quarter; expected a quarter written like 2025-Q3',
      ].join('\n'),
    );
    // The warnings travel with the error, so a caller can show them too.
    expect(error.problems.map((p) => p.code)).toEqual([
      'unknown-category',
      'unknown-organization',
      'negative-count',
      'invalid-quarter',
    ]);
  });

  it('parseSubmissions(csv) in lenient mode keeps the valid rows and reports every rejected one', () => {
    const { submissions, problems } = parseSubmissions(bad, { taxonomy, file: 'q3.csv', mode: 'lenient' });
    expect(submissions).toEqual([
      { organization: 'safe-harbor', quarter: '2025-Q3', counts: { sex: { female: 3 } } },
      { organization: 'new-dawn', quarter: '2025-Q3', counts: { sex: { male: 1 } } },
    ]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.where.row)).toEqual([3, 4, 5]);
  });

  it('parseSubmissions in strict mode returns warnings without throwing', () => {
    const { submissions, problems } = parseSubmissions(
      'organization,quarter,section,category,count\nacme,2025-Q3,sex,male,1',
      { taxonomy },
    );
    expect(submissions).toHaveLength(1);
    expect(problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'unknown-organization']]);
  });

  it('parseSubmissions in strict mode throws for an empty file and for text that is not JSON', () => {
    expect(() => parseSubmissions('', { taxonomy, file: 'q3.csv' })).toThrow(ValidationError);
    expect(() => parseSubmissions('{', { taxonomy, file: 'q3.json' })).toThrow(
      /Invalid submissions in q3\.json: 1 problem found/,
    );
  });

  it('validateSubmissions(value) throws in strict mode and keeps the valid submissions in lenient mode', () => {
    const input = [
      { organization: 'safe-harbor', quarter: '2025-Q3', counts: { sex: { female: 1 } } },
      { organization: 'new-dawn', quarter: 'soon', counts: { sex: { female: 1 } } },
    ];
    expect(() => validateSubmissions(input, { taxonomy })).toThrow(/\[1\]\.quarter: quarter "soon" is not a quarter/);
    expect(validateSubmissions(input, { taxonomy, mode: 'lenient' }).submissions).toEqual([input[0]]);
  });

  it('validateSubmissions(value) reads a parsed document exactly as parseSubmissions reads its text', () => {
    const text = fixture('submissions.json');
    expect(validateSubmissions(JSON.parse(text), { taxonomy })).toEqual(parseSubmissions(text, { taxonomy }));
  });

  it('parseSubmissions(csv) reads a million long rows in seconds, not minutes', { timeout: 60_000 }, () => {
    const cells = taxonomy.sections.flatMap((s) =>
      s.categories.map((c) => `${s.id},${c.id},${s.unit === 'organizations' ? 1 : 7}`),
    );
    const lines = ['organization,quarter,section,category,count'];
    for (let org = 0; lines.length <= 1_000_000; org++)
      for (const quarter of ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'])
        for (const cell of cells) lines.push(`org-${org},${quarter},${cell}`);
    const text = lines.slice(0, 1_000_001).join('\n');
    const taxonomyWithoutMembers = { ...taxonomy, organizations: [] };
    const started = performance.now();
    const { submissions, problems } = parseSubmissions(text, { taxonomy: taxonomyWithoutMembers });
    const seconds = (performance.now() - started) / 1000;
    expect(submissionsToRows(submissions)).toHaveLength(1_000_000);
    expect(problems.filter((p) => p.code !== 'inconsistent-total')).toEqual([]);
    expect(seconds).toBeLessThan(30);
  });
});

describe('submission rows', () => {
  const rows: SubmissionRow[] = [
    { organization: 'a', quarter: '2025-Q3', section: 'sex', category: 'female', count: 2 },
    { organization: 'b', quarter: '2025-Q3', section: 'sex', category: 'female', count: 1 },
    { organization: 'a', quarter: '2025-Q3', section: 'sex', category: 'male', count: 0 },
  ];

  it('rowsToSubmissions(rows) groups rows by organization and quarter in the order first seen', () => {
    expect(rowsToSubmissions(rows)).toEqual([
      { organization: 'a', quarter: '2025-Q3', counts: { sex: { female: 2, male: 0 } } },
      { organization: 'b', quarter: '2025-Q3', counts: { sex: { female: 1 } } },
    ]);
  });

  it('rowsToSubmissions(rows) throws rather than keep one of two counts for the same cell', () => {
    expect(() => rowsToSubmissions([...rows, { ...rows[0]!, count: 5 }])).toThrow(RangeError);
  });

  it('submissionsToRows(submissions) is undone by rowsToSubmissions', () => {
    expect(rowsToSubmissions(submissionsToRows(expectedSubmissions))).toEqual(expectedSubmissions);
    expect(submissionsToRows(expectedSubmissions)).toHaveLength(22);
  });
});

describe('submission schemas', () => {
  it('SubmissionSchema infers the Submission type, and SubmissionRowSchema the SubmissionRow type', () => {
    expectTypeOf<z.infer<typeof SubmissionSchema>>().toEqualTypeOf<Submission>();
    expectTypeOf<z.infer<typeof SubmissionRowSchema>>().toEqualTypeOf<SubmissionRow>();
  });

  it('SubmissionsDocumentSchema accepts every JSON layout of the fixtures', () => {
    for (const name of ['submissions.json', 'rows.json'])
      expect(z.safeParse(SubmissionsDocumentSchema, JSON.parse(fixture(name))).success).toBe(true);
    expect(z.safeParse(SubmissionsDocumentSchema, expectedSubmissions).success).toBe(true);
  });

  it('SubmissionSchema rejects a negative, fractional or too large count and a quarter not written 2025-Q3', () => {
    const valid = expectedSubmissions[0]!;
    expect(z.safeParse(SubmissionSchema, valid).success).toBe(true);
    for (const count of [-1, 1.5, 1_000_001, '3'])
      expect(z.safeParse(SubmissionSchema, { ...valid, counts: { sex: { female: count } } }).success).toBe(false);
    expect(z.safeParse(SubmissionSchema, { ...valid, quarter: '2025 Q3' }).success).toBe(false);
    expect(z.safeParse(SubmissionSchema, { ...valid, organization: '' }).success).toBe(false);
  });
});

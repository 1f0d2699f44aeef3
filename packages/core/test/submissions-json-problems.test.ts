import { describe, expect, it } from 'vitest';
import { parseSubmissions, validateSubmissions, type Problem } from '../src/index.js';
import { testTaxonomy } from './fixtures/submissions/taxonomy.js';

const FILE = 'q3.json';

function check(input: unknown) {
  return validateSubmissions(input, { taxonomy: testTaxonomy, file: FILE, mode: 'lenient' });
}

function read(text: string) {
  return parseSubmissions(text, { taxonomy: testTaxonomy, file: FILE, mode: 'lenient' });
}

function error(code: string, message: string, path?: string): Problem {
  return { severity: 'error', code, message, where: { file: FILE, ...(path === undefined ? {} : { path }) } };
}

function warning(code: string, message: string, path?: string): Problem {
  return { severity: 'warning', code, message, where: { file: FILE, ...(path === undefined ? {} : { path }) } };
}

const harbor = (counts: unknown, quarter: unknown = '2025-Q3') => ({ organization: 'safe-harbor', quarter, counts });

describe('validateSubmissions(json) submissions', () => {
  it('validateSubmissions(json) reports an unknown category at its JSON path and suggests the nearest id', () => {
    const { submissions, problems } = check({
      submissions: [harbor({ sex: { male: 1 } }), { ...harbor({ sex: { femal: 3 } }), quarter: '2025-Q2' }],
    });
    expect(problems).toEqual([
      error(
        'unknown-category',
        'unknown category "femal" in section "sex"; did you mean "female"?',
        'submissions[1].counts.sex.femal',
      ),
    ]);
    expect(submissions).toEqual([
      harbor({ sex: { male: 1 } }),
      { organization: 'safe-harbor', quarter: '2025-Q2', counts: {} },
    ]);
  });

  it('validateSubmissions(json) reports an unknown section at its path, without checking its categories', () => {
    const { problems } = check([harbor({ sx: { female: 3, nonsense: 1 } })]);
    expect(problems).toEqual([error('unknown-section', 'unknown section "sx"; did you mean "sex"?', '[0].counts.sx')]);
  });

  it('validateSubmissions(json) writes paths of keys that are not plain names in brackets', () => {
    const { problems } = check([harbor({ sex: { 'fe male': 3 } })]);
    expect(problems[0]?.where).toEqual({ file: FILE, path: '[0].counts.sex["fe male"]' });
  });

  it('validateSubmissions(json) reports each bad count at its path', () => {
    const { submissions, problems } = check([
      harbor({ sex: { female: -2, male: 1.5, unknown: true }, 'services-needed': { housing: 2_000_000, legal: 4 } }),
    ]);
    expect(problems).toEqual([
      error('negative-count', 'count -2 is negative; expected a whole number of 0 or more', '[0].counts.sex.female'),
      error(
        'fractional-count',
        'count 1.5 is not a whole number; expected a whole number such as 1 or 2',
        '[0].counts.sex.male',
      ),
      error(
        'non-numeric-count',
        'count true is not a number; expected a whole number such as 0, 4 or 120',
        '[0].counts.sex.unknown',
      ),
      error(
        'count-too-large',
        'count 2000000 is more than 1,000,000, the most accepted for one category in one quarter; expected a smaller whole number (check for a typo or a shifted column)',
        '[0].counts.services-needed.housing',
      ),
    ]);
    expect(submissions[0]?.counts).toEqual({ 'services-needed': { legal: 4 } });
  });

  it('validateSubmissions(json) reports a count written as text and says to drop the quotes', () => {
    const { problems } = check([harbor({ sex: { female: '12', male: 'many' } })]);
    expect(problems).toEqual([
      error(
        'non-numeric-count',
        'count "12" is text; expected a JSON number such as 12, without quotes',
        '[0].counts.sex.female',
      ),
      error(
        'non-numeric-count',
        'count "many" is not a number; expected a whole number such as 0, 4 or 120',
        '[0].counts.sex.male',
      ),
    ]);
  });

  it('validateSubmissions(json) warns about a null count and reads it as not reported', () => {
    const { submissions, problems } = check([harbor({ sex: { female: null, male: 0 } })]);
    expect(problems).toEqual([
      warning(
        'blank-count',
        'no count given; read as not reported (write 0 for a reported zero)',
        '[0].counts.sex.female',
      ),
    ]);
    expect(submissions[0]?.counts).toEqual({ sex: { male: 0 } });
  });

  it('validateSubmissions(json) reports an organization and quarter submitted twice, naming both, and does not read the second', () => {
    const { submissions, problems } = check({
      submissions: [harbor({ sex: { female: 1 } }), harbor({ sex: { male: 2 } }, 'Q3 2025')],
    });
    expect(problems).toEqual([
      error(
        'duplicate-submission',
        'organization "safe-harbor" has a second submission for 2025-Q3 (the first is at submissions[0]); expected one submission per organization and quarter, so this one was not read',
        'submissions[1]',
      ),
    ]);
    expect(submissions).toEqual([harbor({ sex: { female: 1 } })]);
  });

  it('validateSubmissions(json) reports a malformed quarter, also when it is not text', () => {
    const { problems } = check([harbor({}, '2025-3'), harbor({}, 2025)]);
    expect(problems).toEqual([
      error(
        'invalid-quarter',
        'quarter "2025-3" is not a quarter; expected a quarter written like 2025-Q3',
        '[0].quarter',
      ),
      error('invalid-quarter', 'quarter 2025 is not a quarter; expected a quarter written like 2025-Q3', '[1].quarter'),
    ]);
  });

  it('validateSubmissions(json) reports missing fields at their paths', () => {
    const { submissions, problems } = check([{ counts: {} }, { organization: 'safe-harbor', quarter: '2025-Q3' }]);
    expect(problems).toEqual([
      error('missing-field', 'missing "organization"; expected an organization id', '[0].organization'),
      error('missing-field', 'missing "quarter"; expected a quarter written like 2025-Q3', '[0].quarter'),
      error(
        'missing-field',
        'missing "counts"; expected an object of sections, such as {"new-and-existing-clients": {"new": 3}}',
        '[1].counts',
      ),
    ]);
    expect(submissions).toEqual([{ organization: 'safe-harbor', quarter: '2025-Q3', counts: {} }]);
  });

  it('validateSubmissions(json) reports values of the wrong type', () => {
    const { problems } = check([
      { organization: 7, quarter: '2025-Q3', counts: [] },
      harbor({ sex: 4 }),
      'safe-harbor',
    ]);
    expect(problems).toEqual([
      error(
        'invalid-structure',
        'organization should be text; expected an organization id, found a number (7)',
        '[0].organization',
      ),
      error(
        'invalid-structure',
        'counts should be an object of sections, such as {"new-and-existing-clients": {"new": 3}}; found an array',
        '[0].counts',
      ),
      error(
        'invalid-structure',
        'section "sex" should be an object of category counts such as {"female": 3}; found a number (4)',
        '[1].counts.sex',
      ),
      error(
        'invalid-structure',
        'expected a submission {organization, quarter, counts}; found text "safe-harbor"',
        '[2]',
      ),
    ]);
  });

  it('validateSubmissions(json) warns about an empty section', () => {
    const { submissions, problems } = check([harbor({ sex: {} })]);
    expect(problems).toEqual([
      warning('empty-section', 'section "sex" has no counts; read as not reported', '[0].counts.sex'),
    ]);
    expect(submissions[0]?.counts).toEqual({});
  });

  it('validateSubmissions(json) warns once per submission field name it does not read, and reads document metadata silently', () => {
    const { problems } = check({
      generated: '2025-10-01',
      submissions: [
        { ...harbor({}), note: 'a' },
        { ...harbor({}, '2025-Q2'), note: 'b' },
      ],
    });
    expect(problems).toEqual([
      warning('ignored-field', 'field "note" is not part of a submission and was not read', 'submissions[0].note'),
    ]);
  });

  it('validateSubmissions(json) warns when the document names another taxonomy', () => {
    const { problems } = check({ taxonomy: 'cate', submissions: [harbor({})] });
    expect(problems).toEqual([
      warning(
        'taxonomy-mismatch',
        'the file names taxonomy "cate", but is read against taxonomy "test-coalition"; expected the same taxonomy',
        'taxonomy',
      ),
    ]);
  });

  it('validateSubmissions(json) warns about an unlisted organization at its path', () => {
    const { problems } = check([{ ...harbor({}), organization: 'acme' }]);
    expect(problems.map((p) => [p.severity, p.code, p.where.path])).toEqual([
      ['warning', 'unknown-organization', '[0].organization'],
    ]);
  });

  it('validateSubmissions(json) warns when a section covering all clients disagrees with the client count, at the section', () => {
    const { problems } = check([harbor({ 'new-and-existing-clients': { new: 2, existing: 3 }, sex: { female: 4 } })]);
    expect(problems).toEqual([
      warning(
        'inconsistent-total',
        'section "sex" adds up to 4 for organization "safe-harbor" in 2025-Q3, but its client count (section "new-and-existing-clients") is 5; expected them to match, since every client falls in exactly one category of "sex"',
        '[0].counts.sex',
      ),
    ]);
  });
});

describe('validateSubmissions(json) rows', () => {
  const row = (fields: Record<string, unknown>) => ({
    organization: 'safe-harbor',
    quarter: '2025-Q3',
    section: 'sex',
    category: 'female',
    count: 1,
    ...fields,
  });

  it('validateSubmissions(json rows) reports each problem at the row field', () => {
    const { submissions, problems } = check([
      row({}),
      row({ category: 'femal', count: -1 }),
      row({ section: 'sexx', category: 'male' }),
    ]);
    expect(problems).toEqual([
      error('unknown-category', 'unknown category "femal" in section "sex"; did you mean "female"?', '[1].category'),
      error('negative-count', 'count -1 is negative; expected a whole number of 0 or more', '[1].count'),
      error('unknown-section', 'unknown section "sexx"; did you mean "sex"?', '[2].section'),
    ]);
    expect(submissions).toEqual([harbor({ sex: { female: 1 } })]);
  });

  it('validateSubmissions(json rows) reports a duplicate row naming both rows', () => {
    const { problems } = check({ submissions: [row({}), row({ category: 'male' }), row({ count: 4 })] });
    expect(problems).toEqual([
      error(
        'duplicate-row',
        'organization "safe-harbor", 2025-Q3, section "sex", category "female" is given twice (at submissions[0] and at submissions[2]); expected one count per organization, quarter, section and category',
        'submissions[2]',
      ),
    ]);
  });

  it('validateSubmissions(json rows) reports missing and mistyped fields of a row', () => {
    const { organization: _, ...noOrganization } = row({});
    const { count: __, ...noCount } = row({});
    const { problems } = check([noOrganization, noCount, row({ section: 3 })]);
    expect(problems).toEqual([
      error('missing-field', 'missing "organization"; expected an organization id', '[0].organization'),
      error(
        'missing-field',
        'missing "count"; expected a whole number of 0 or more (or null for not reported)',
        '[1].count',
      ),
      error('invalid-structure', 'section should be text; expected a section id, found a number (3)', '[2].section'),
    ]);
  });

  it('validateSubmissions(json rows) reads rows with a null count as not reported', () => {
    const { submissions, problems } = check([row({ count: null }), row({ category: 'male', count: 2 })]);
    expect(problems).toEqual([
      warning('blank-count', 'no count given; read as not reported (write 0 for a reported zero)', '[0].count'),
    ]);
    expect(submissions).toEqual([harbor({ sex: { male: 2 } })]);
  });
});

describe('parseSubmissions(json) documents', () => {
  it('parseSubmissions(json) reports text that is not JSON with its line and column', () => {
    const { problems } = read('[\n  {"organization": "safe-harbor",}\n]');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'invalid-json', where: { file: FILE } });
    expect(problems[0]?.message).toMatch(/^the file is not valid JSON at line 2, column 34 \(/);
  });

  it('parseSubmissions(json) reports an empty file', () => {
    expect(read(' \n').problems).toEqual([
      error('empty-file', 'the file is empty; expected a JSON array of submissions or rows'),
    ]);
  });

  it('parseSubmissions(json) reports a document with no submissions', () => {
    expect(read('[]').problems).toEqual([
      error('no-rows', 'the file lists no submissions; expected at least one submission or row'),
    ]);
    expect(read('{"submissions": []}').problems).toEqual([
      error('no-rows', 'the file lists no submissions; expected at least one submission or row', 'submissions'),
    ]);
  });

  it('parseSubmissions(json) reports a document that is neither an array nor has submissions', () => {
    expect(read('{"data": []}').problems).toEqual([
      error(
        'invalid-structure',
        'expected a JSON array of submissions or rows, or an object with a "submissions" array; found an object without "submissions"',
      ),
    ]);
    expect(read('42').problems[0]?.message).toBe(
      'expected a JSON array of submissions or rows, or an object with a "submissions" array; found a number (42)',
    );
    expect(read('{"submissions": {}}').problems).toEqual([
      error('invalid-structure', '"submissions" should be an array; found an object', 'submissions'),
    ]);
  });
});

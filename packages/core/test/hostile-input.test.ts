// Issue 13, hostile input through core's API: every case gets a located, bounded problem, nothing is accepted
// silently (rows read are counted), and Object.prototype is never touched. Payloads: test/hostile/corpus.ts.
import { afterEach, describe, expect, it } from 'vitest';
import {
  HUGE,
  LONG_HEADER,
  PROTO_IDS,
  SAFE_URLS,
  UNSAFE_URLS,
  csv,
  expectBounded,
  expectLocatedError,
  expectPrototypeUntouched,
  nested,
  smallGuide,
  smallTaxonomy,
  trapTaxonomy,
} from '../../../test/hostile/corpus.js';
import {
  ValidationError,
  aggregateReport,
  checkResourceGuide,
  checkTaxonomy,
  parseSubmissions,
  parseTaxonomy,
  rowsToSubmissions,
  submissionsToRows,
  validateSubmissions,
  type Submission,
  type Taxonomy,
} from '../src/index.js';
import { checkedPolicy } from '../src/privacy/policy.js';

const taxonomy: Taxonomy = parseTaxonomy(smallTaxonomy());
const lenient = (text: string, extra: Partial<Parameters<typeof parseSubmissions>[1]> = {}) =>
  parseSubmissions(text, { taxonomy, mode: 'lenient', file: 'hostile.csv', format: 'csv', ...extra });
const lenientJson = (text: string, t: Taxonomy = taxonomy) =>
  parseSubmissions(text, { taxonomy: t, mode: 'lenient', file: 'hostile.json', format: 'json' });
const rows = (submissions: readonly Submission[]) => submissionsToRows(submissions).length;
const row = (n: number, org = 'alive') => `${org},2025-Q3,sex,${n % 2 ? 'female' : 'male'},${n}`;

afterEach(() => expectPrototypeUntouched());

describe('hostile CSV: no silent loss', () => {
  it('an unbalanced quote in an extra, ignored column is an error at the row where it opens', () => {
    const text = csv(`${LONG_HEADER},note`, `${row(1)},ok`, `${row(2, 'kairos')},"oops`, row(3), row(4, 'kairos'));
    const { submissions, problems } = lenient(text);
    const error = expectLocatedError(problems, 'unclosed-quote', { row: 3, column: 'note' });
    expect(error.message).toMatch(/never closes/);
    expect(rows(submissions)).toBe(1); // only row 2: nothing after the quote is read, and it is said
  });

  it.each([
    ['organization', `"alive,2025-Q3,sex,female,1`, 'organization'],
    ['count', `alive,2025-Q3,sex,female,"1`, 'count'],
    ['quarter', `alive,"2025-Q3,sex,female,1`, 'quarter'],
  ])('an unclosed quote in the %s column is located at its row and column', (_, line, column) => {
    const { submissions, problems } = lenient(csv(LONG_HEADER, row(1), line, row(2, 'kairos')));
    expectLocatedError(problems, 'unclosed-quote', { row: 3, column });
    expect(rows(submissions)).toBe(1);
  });

  it('a quoted value across lines is an error at the row where it opens; later rows are still read', () => {
    const text = csv(LONG_HEADER, row(1), 'kairos,2025-Q3,sex,male,"2\n3"', row(5, 'kairos'), row(6));
    const { submissions, problems } = lenient(text);
    const error = expectLocatedError(problems, 'multiline-field', { row: 3, column: 'count' });
    expect(error.message).toMatch(/lines 3 to 4/);
    expect(rows(submissions)).toBe(3);
  });

  it('text after a closing quote ("12"3) is an error, not a silently shortened value', () => {
    const { submissions, problems } = lenient(csv(LONG_HEADER, 'alive,2025-Q3,sex,female,"12"3', row(2)));
    expectLocatedError(problems, 'text-after-quote', { row: 2 });
    expect(rows(submissions)).toBe(1);
  });

  it('an unclosed quote in the header is an error, and nothing is read as a header after it', () => {
    const { submissions, problems } = lenient(csv('organization,"quarter,section,category,count', row(1), row(2)));
    expectLocatedError(problems, 'unclosed-quote', { row: 1 });
    expect(problems.map((p) => p.code)).not.toContain('empty-file');
    expect(submissions).toEqual([]);
  });

  it('CRLF line ends: the unclosed quote is still located at its row', () => {
    const text = [LONG_HEADER, row(1), row(2), 'alive,2025-Q4,sex,female,"3', row(4, 'kairos'), row(5)].join('\r\n');
    const { submissions, problems } = lenient(text);
    expectLocatedError(problems, 'unclosed-quote', { row: 4, column: 'count' });
    expect(rows(submissions)).toBe(2);
  });

  it('old Mac line ends (CR only) read every row, with no mismatch', () => {
    const { submissions, problems } = lenient([LONG_HEADER, row(1), row(2), row(3, 'kairos')].join('\r'));
    expect(problems).toEqual([]);
    expect(rows(submissions)).toBe(3);
  });

  it('a thousand rows with an unclosed quote at row 500: rows 2..499 are kept, the rest is an error', () => {
    const lines = [LONG_HEADER];
    for (let i = 2; i <= 1000; i++) lines.push(`org-${i},2025-Q3,sex,female,${i === 500 ? '"5' : i}`);
    const { submissions, problems } = lenient(csv(...lines));
    expectLocatedError(problems, 'unclosed-quote', { row: 500, column: 'count' });
    expect(rows(submissions)).toBe(498);
  });

  it('wide by section: an unclosed quote in a category column is located; earlier rows are kept', () => {
    const text = csv(
      'organization,quarter,section,female,male',
      'alive,2025-Q3,sex,1,2',
      'kairos,2025-Q3,sex,"3,4',
      'x,2025-Q3,sex,5,6',
    );
    const { submissions, problems } = lenient(text);
    expectLocatedError(problems, 'unclosed-quote', { row: 3, column: 'female' });
    expect(rows(submissions)).toBe(2);
  });

  it('wide by cell: a value across lines is located at the row where it opens', () => {
    const text = csv('organization,quarter,sex.female,sex.male', 'alive,2025-Q3,"1', '",2', 'kairos,2025-Q3,3,4');
    const { submissions, problems } = lenient(text);
    expectLocatedError(problems, 'multiline-field', { row: 2, column: 'sex.female' });
    expect(rows(submissions)).toBe(2);
  });

  it('blank lines and quoted commas read every row, with no mismatch', () => {
    const text = csv(LONG_HEADER, '', '"alive",2025-Q3,sex,female,"1,000"', '', '', row(2, 'kairos'), '');
    const { submissions, problems } = lenient(text);
    expect(problems).toEqual([]);
    expect(rows(submissions)).toBe(2);
  });

  it('strict mode throws one ValidationError naming the row of the quote', () => {
    const text = csv(LONG_HEADER, `${row(1)}`, `alive,2025-Q4,sex,female,"2`);
    expect(() => parseSubmissions(text, { taxonomy, format: 'csv' })).toThrow(ValidationError);
    expect(() => parseSubmissions(text, { taxonomy, format: 'csv' })).toThrow(/row 3.*never closes/);
  });
});

describe('hostile CSV and JSON: bounded messages', () => {
  it('a 200,000-character section id is cut in the message', () => {
    const { problems } = lenient(csv(LONG_HEADER, `alive,2025-Q3,${HUGE},female,1`));
    expect(expectLocatedError(problems, 'unknown-section', { row: 2 }).message).toContain('…');
  });

  it('a 200,000-character column name is cut in the message and the location', () => {
    const { problems } = lenient(csv(`${LONG_HEADER},${HUGE}`, `${row(1)},`));
    expectBounded(problems);
    expect(problems.find((p) => p.code === 'ignored-column')!.where.column!.length).toBeLessThanOrEqual(80);
  });

  it('a 200,000-character organization id is cut in its warning', () => {
    const { problems, submissions } = lenient(csv(LONG_HEADER, `${HUGE},2025-Q3,sex,female,1`));
    expectBounded(problems);
    expect(rows(submissions)).toBe(1);
  });

  it('a 200,000-character count is cut in the message', () => {
    expectLocatedError(lenient(csv(LONG_HEADER, `alive,2025-Q3,sex,female,${HUGE}`)).problems, 'non-numeric-count');
  });

  it('a 200,000-character JSON key is cut in the message and the path', () => {
    const text = JSON.stringify([{ organization: 'alive', quarter: '2025-Q3', counts: { sex: { [HUGE]: 1 } } }]);
    const error = expectLocatedError(lenientJson(text).problems, 'unknown-category');
    expect(error.where.path!.length).toBeLessThan(200);
  });
});

describe('hostile quarters', () => {
  it.each(['0000-Q1', '2099-Q1', 'Q3 1999', '9999-Q4'])('%s is an error naming row and column', (quarter) => {
    const { submissions, problems } = lenient(csv(LONG_HEADER, row(1), `kairos,${quarter},sex,female,1`));
    const error = expectLocatedError(problems, 'quarter-out-of-range', { row: 3, column: 'quarter' });
    expect(error.message).toMatch(/2000/);
    expect(rows(submissions)).toBe(1); // the stray row does not stretch anything: it is not read
  });

  it('the plausible years are a setting', () => {
    const { problems } = lenient(csv(LONG_HEADER, 'alive,1999-Q1,sex,female,1'), { years: { from: 1990, to: 2030 } });
    expect(problems).toEqual([]);
  });

  it('a JSON quarter out of range is located at its path', () => {
    const text = JSON.stringify([{ organization: 'alive', quarter: '0000-Q1', counts: { sex: { female: 1 } } }]);
    expectLocatedError(lenientJson(text).problems, 'quarter-out-of-range', { path: '[0].quarter' });
  });
});

describe('hostile ids: constructor, __proto__, toString, hasOwnProperty', () => {
  it.each(PROTO_IDS)('organization "%s" keeps every row and touches no prototype', (id) => {
    const { submissions } = lenient(csv(LONG_HEADER, row(1, id), row(2, id), row(3)));
    expect(rows(submissions)).toBe(3);
    expect(submissions.find((s) => s.organization === id)!.counts.sex).toEqual({ female: 1, male: 2 });
  });

  it('a section and category "constructor" keep every row (CSV), and the counts are right', () => {
    const trap = parseTaxonomy(trapTaxonomy());
    const text = csv(
      LONG_HEADER,
      'alive,2025-Q3,constructor,constructor,4',
      'alive,2025-Q3,constructor,valueof,5',
      'constructor,2025-Q3,constructor,constructor,6',
    );
    const { submissions, problems } = parseSubmissions(text, { taxonomy: trap, format: 'csv' });
    expect(problems).toEqual([]);
    expect(rows(submissions)).toBe(3);
    expect(submissions[0]!.counts.constructor).toEqual({ constructor: 4, valueof: 5 });
  });

  it('the same ids in JSON keep every count', () => {
    const trap = parseTaxonomy(trapTaxonomy());
    const text = JSON.stringify([
      { organization: 'constructor', quarter: '2025-Q3', counts: { constructor: { constructor: 1, valueof: 2 } } },
    ]);
    const { submissions, problems } = lenientJson(text, trap);
    expect(problems).toEqual([]);
    expect(rows(submissions)).toBe(2);
  });

  it('a JSON section "__proto__" is an unknown section, located, and sets no prototype', () => {
    const text =
      '[{"organization":"alive","quarter":"2025-Q3","counts":{"__proto__":{"polluted":1},"sex":{"female":1}}}]';
    const { submissions, problems } = lenientJson(text);
    expectLocatedError(problems, 'unknown-section', { path: '[0].counts.__proto__' });
    expect(rows(submissions)).toBe(1);
  });

  it('rowsToSubmissions reads a category "constructor" once, without a false "given twice"', () => {
    const submissions = rowsToSubmissions([
      { organization: 'a', quarter: '2025-Q3', section: 'constructor', category: 'constructor', count: 1 },
      { organization: 'a', quarter: '2025-Q3', section: 'constructor', category: 'tostring', count: 2 },
    ]);
    expect(submissionsToRows(submissions)).toHaveLength(2);
  });

  it('a taxonomy with a section id "constructor" aggregates every count', () => {
    const trap = parseTaxonomy(trapTaxonomy());
    const { submissions } = parseSubmissions(csv(LONG_HEADER, 'alive,2025-Q3,constructor,constructor,4'), {
      taxonomy: trap,
      format: 'csv',
    });
    const table = aggregateReport(trap, submissions).get('constructor')!;
    expect(JSON.stringify(table)).toContain('4');
  });
});

describe('hostile JSON submissions', () => {
  it('a duplicate category key is an error naming the key and its path; the file is not read', () => {
    const text = '[{"organization":"alive","quarter":"2025-Q3","counts":{"sex":{"female":1,"female":9}}}]';
    const { submissions, problems } = lenientJson(text);
    const error = expectLocatedError(problems, 'duplicate-key', { path: '[0].counts.sex.female' });
    expect(error.message).toContain('"female"');
    expect(submissions).toEqual([]);
  });

  it('a duplicate field of a submission is an error at its path', () => {
    const text = '[{"organization":"alive","quarter":"2025-Q3","quarter":"2025-Q4","counts":{"sex":{"female":1}}}]';
    expectLocatedError(lenientJson(text).problems, 'duplicate-key', { path: '[0].quarter' });
  });

  it('a duplicate key written with an escape ("fem\\u0061le") is still a duplicate', () => {
    const text =
      '{"submissions":[{"organization":"alive","quarter":"2025-Q3","counts":{"sex":{"female":1,"fem\\u0061le":2}}}]}';
    expectLocatedError(lenientJson(text).problems, 'duplicate-key', { path: 'submissions[0].counts.sex.female' });
  });

  it('keys inside strings ({, [, ", \\) do not confuse the duplicate check', () => {
    const text = JSON.stringify([
      { organization: 'a{"b":[', quarter: '2025-Q3', counts: { sex: { female: 1, male: 2 } } },
      { organization: 'c\\"}]', quarter: '2025-Q3', counts: { sex: { female: 1 } } },
    ]);
    const { submissions, problems } = lenientJson(text);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(rows(submissions)).toBe(3);
  });

  it('a count nested 10,000 arrays deep is a located error, not a stack overflow', () => {
    const text = `[{"organization":"alive","quarter":"2025-Q3","counts":{"sex":{"female":${nested(10_000)}}}}]`;
    const { problems } = lenientJson(text);
    const error = expectLocatedError(problems, 'too-deep');
    expect(error.where.path).toMatch(/^\[0\]\.counts\.sex\.female/);
  });

  it('objects nested 10,000 deep under long keys: the path in the location is cut too', () => {
    const key = `"${'k'.repeat(200)}"`;
    const text = `${`{${key}:`.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(expectLocatedError(lenientJson(text).problems, 'too-deep').where.path!.length).toBeLessThanOrEqual(240);
  });

  it('the same deep count already parsed (validateSubmissions) is a located error too', () => {
    const deep: unknown = JSON.parse(nested(10_000));
    const { problems } = validateSubmissions(
      [{ organization: 'alive', quarter: '2025-Q3', counts: { sex: { female: deep } } }],
      { taxonomy, mode: 'lenient' },
    );
    expectLocatedError(problems, 'non-numeric-count', { path: '[0].counts.sex.female' });
  });
});

describe('hostile taxonomies', () => {
  const withOrgUrl = (url: string) => {
    const t = smallTaxonomy();
    (t.organizations as Array<Record<string, unknown>>)[0]!.url = url;
    return t;
  };
  const withSourceUrl = (url: string) => {
    const t = smallTaxonomy();
    (t.sections as Array<{ sources: Array<Record<string, unknown>> }>)[0]!.sources[0]!.url = url;
    return t;
  };

  it.each(UNSAFE_URLS)('organization url %j is a located error', (url) => {
    const { taxonomy: t, problems } = checkTaxonomy(withOrgUrl(url), 't.json');
    expect(t).toBeUndefined();
    expect(expectLocatedError(problems, 'unsafe-url', { path: 'organizations[0].url' }).message).toMatch(/https:/);
  });

  it.each(UNSAFE_URLS)('source url %j is a located error', (url) => {
    const { problems } = checkTaxonomy(withSourceUrl(url));
    expectLocatedError(problems, 'unsafe-url', { path: 'sections[0].sources[0].url' });
  });

  it.each(SAFE_URLS)('url %j is accepted', (url) => {
    expect(checkTaxonomy(withOrgUrl(url)).problems).toEqual([]);
    expect(checkTaxonomy(withSourceUrl(url)).problems).toEqual([]);
  });

  it('an unknown top-level key is an error with a did-you-mean', () => {
    const t = { ...smallTaxonomy(), organisations: [] };
    const error = expectLocatedError(checkTaxonomy(t).problems, 'unknown-field', { path: 'organisations' });
    expect(error.message).toContain('did you mean "organizations"');
  });

  it('an unknown key inside a section is an error at its path', () => {
    const t = smallTaxonomy();
    (t.sections as Array<Record<string, unknown>>)[1]!.multiselect = true;
    expectLocatedError(checkTaxonomy(t).problems, 'unknown-field', { path: 'sections[1].multiselect' });
  });

  it('a "__proto__" key from JSON text is an unknown field, not a prototype', () => {
    const text = JSON.stringify(smallTaxonomy()).replace(
      '{"id":"hostile-coalition"',
      '{"__proto__":{"polluted":1},"id":"hostile-coalition"',
    );
    const { taxonomy: t, problems } = checkTaxonomy(JSON.parse(text));
    expect(t).toBeUndefined();
    expectLocatedError(problems, 'unknown-field', { path: '__proto__' });
  });

  it('huge ids are cut in every message', () => {
    const t = smallTaxonomy();
    (t.sections as Array<Record<string, unknown>>)[1]!.area = `a${'b'.repeat(100_000)}`;
    (t.sections as Array<Record<string, unknown>>)[1]!.id = 'clients';
    const { problems } = checkTaxonomy(t);
    expect(problems.length).toBeGreaterThan(0);
    expectBounded(problems);
  });
});

describe('hostile resource guides', () => {
  it.each(UNSAFE_URLS)('provider website %j is a located error', (url) => {
    const { guide, problems } = checkResourceGuide(smallGuide(url), 'guide.json');
    expect(guide).toBeUndefined();
    expectLocatedError(problems, 'unsafe-url', { path: 'providers[0].contact.website' });
  });

  it.each(SAFE_URLS)('provider website %j is accepted', (url) => {
    expect(checkResourceGuide(smallGuide(url)).problems).toEqual([]);
  });

  it('a huge county name is cut in the message', () => {
    const g = smallGuide('https://example.org');
    (g.providers as Array<Record<string, unknown>>)[0]!.locatedIn = HUGE;
    expectLocatedError(checkResourceGuide(g).problems, 'unknown-county', { path: 'providers[0].locatedIn' });
  });
});

describe('hostile policies', () => {
  it('a misspelt field is refused, not replaced by the weaker default', () => {
    expect(() => checkedPolicy({ treshold: 11 })).toThrow(/treshold: not a policy field/);
  });

  it('a misspelt nested field is refused with its path', () => {
    expect(() => checkedPolicy({ contributors: { dominanse: false } })).toThrow(/contributors\.dominanse/);
  });

  it('a "__proto__" key from JSON text is refused', () => {
    expect(() => checkedPolicy(JSON.parse('{"__proto__":{"threshold":1}}'))).toThrow(/not a policy field/);
  });

  it('a huge unknown key is cut in the message', () => {
    let message = '';
    try {
      checkedPolicy({ [HUGE]: 1 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeGreaterThan(0);
    expect(message.length).toBeLessThan(300);
  });
});

describe('hostile organization filters', () => {
  const { submissions } = lenient(csv(LONG_HEADER, row(1), row(2, 'kairos'), row(3, 'river-city')));

  it('a typo in the organization filter is an error with a did-you-mean', () => {
    expect(() => aggregateReport(taxonomy, submissions, { organizations: ['alvie'] })).toThrow(
      /unknown organization "alvie".*did you mean "alive"/,
    );
  });

  it('a submitter the taxonomy does not list is a known organization', () => {
    expect(() => aggregateReport(taxonomy, submissions, { organizations: ['river-city'] })).not.toThrow();
  });

  it('a huge unknown organization is cut in the message', () => {
    expect(() => aggregateReport(taxonomy, submissions, { organizations: [HUGE] })).toThrow(/…/);
  });
});

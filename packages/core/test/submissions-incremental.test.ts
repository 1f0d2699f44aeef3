import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseSubmissions,
  parseSubmissionsIncrementally,
  validateSubmissions,
  validateSubmissionsIncrementally,
  ValidationError,
} from '../src/index.js';
import { runSteps } from '../src/submissions/incremental.js';
import { parseSubmissionsSteps } from '../src/submissions/parse-submissions.js';
import { testTaxonomy } from './fixtures/submissions/taxonomy.js';

const options = { taxonomy: testTaxonomy, file: 'q3', mode: 'lenient' as const };
const LONG = 'organization,quarter,section,category,count';

/** The reading in pieces of `chunkChars` characters, run to the end. */
function inPieces(text: string, format: 'csv' | 'json', chunkChars: number) {
  return runSteps(parseSubmissionsSteps(text, { ...options, format }, chunkChars));
}

/** The reading of the whole text as one piece. */
function whole(text: string, format: 'csv' | 'json') {
  return inPieces(text, format, Number.POSITIVE_INFINITY);
}

// Cells that exercise the CSV reader: ids and counts, blanks, quoted values with commas, quotes, line breaks of
// every kind, quotes that never close and text after a closing quote.
const cell = fc.constantFrom(
  'safe-harbor',
  'new-dawn',
  '2024-Q1',
  '2024-Q2',
  'sex',
  'female',
  'male',
  'new-and-existing-clients',
  'new',
  '3',
  '12',
  '',
  ' ',
  '"safe-harbor"',
  '"a, b"',
  '"say ""hi"""',
  '"two\nlines"',
  '"two\r\nlines"',
  '"lone\rreturn"',
  '"never closes',
  '"closed"after',
  'x"y',
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const csvText = fc
  .tuple(
    fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 6 }), lineEnd), { minLength: 0, maxLength: 25 }),
    fc.constantFrom('', '\n', '\r\n', '\n\n', '\r'),
  )
  .map(([rows, end]) => `${LONG}\n${rows.map(([cells, brk]) => cells.join(',') + brk).join('')}${end}`);

describe('parseSubmissionsSteps', () => {
  it('parseSubmissionsSteps(csv) gives the same submissions and problems in pieces of any size as in one', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 60 }), (text, chunkChars) => {
        expect(inPieces(text, 'csv', chunkChars)).toEqual(whole(text, 'csv'));
      }),
      { numRuns: 400 },
    );
  });

  it('parseSubmissionsSteps(csv) without quotes cuts at every kind of line end, blank lines included', () => {
    const rows = [
      'safe-harbor,2024-Q1,sex,female,3',
      '',
      'new-dawn,2024-Q1,sex,male,4',
      'open-door,2024-Q2,sex,male,x',
    ];
    for (const end of ['\n', '\r\n', '\r']) {
      const text = `${LONG}${end}${rows.join(end)}${end}${end}`;
      const expected = whole(text, 'csv');
      expect(expected.problems.some((p) => p.code === 'non-numeric-count')).toBe(true);
      for (let size = 1; size < text.length; size++) expect(inPieces(text, 'csv', size)).toEqual(expected);
    }
  });

  const item = fc.constantFrom(
    '{"organization":"safe-harbor","quarter":"2024-Q1","counts":{"sex":{"female":3,"male":4}}}',
    '{"organization":"new-dawn","quarter":"2024-Q1","section":"sex","category":"female","count":5}',
    '{"organization":"open-door","quarter":"2024-Q2","counts":{"sex":{"female":"3"}}}',
    '{"organization":"a, [b] {c}","quarter":"2024-Q1","counts":{}}',
    '{"organization":"say \\"hi\\", ]","quarter":"2024-Q1","counts":{}}',
    '{"organization":"new-dawn","organization":"safe-harbor","quarter":"2024-Q1","counts":{}}',
    '[1, [2, 3]]',
    '"text"',
    'null',
    '12',
    '',
    '{"broken":',
  );
  const jsonText = fc
    .tuple(
      fc.constantFrom('', ' ', '\n', '\u00a0'),
      fc.array(item, { minLength: 0, maxLength: 12 }),
      fc.constantFrom(',', ', ', ',\n'),
      fc.constantFrom('', ' \n', 'x', '\u00a0', ']'),
    )
    .map(([before, items, comma, after]) => `${before}[${items.join(comma)}]${after}`);

  it('parseSubmissionsSteps(json) gives the same result, and the same JSON errors, item by item as at once', () => {
    fc.assert(
      fc.property(jsonText, fc.integer({ min: 1, max: 200 }), (text, chunkChars) => {
        expect(inPieces(text, 'json', chunkChars)).toEqual(whole(text, 'json'));
      }),
      { numRuns: 400 },
    );
  });

  it('parseSubmissionsSteps(json) reads a large array item by item with the values JSON.parse gives', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      organization: i % 2 ? 'safe-harbor' : 'new-dawn',
      quarter: `20${10 + Math.floor(i / 8)}-Q${(i % 4) + 1}`,
      counts: { sex: { female: i, male: i % 7 } },
    }));
    const text = JSON.stringify(items, null, 1);
    const expected = whole(text, 'json');
    expect(expected.submissions.length).toBeGreaterThan(0);
    expect(inPieces(text, 'json', 50)).toEqual(expected);
  });
});

/** A file of several pieces that is quick to read: one count, then `blank` rows of blank cells (skipped). */
function paddedCsv(blank: number): string {
  return `${LONG}\nsafe-harbor,2024-Q1,sex,female,3\n${' , , , , \n'.repeat(blank)}`;
}

function sampleCsv(rows: number): string {
  const lines = [LONG];
  for (let i = 0; i < rows; i++)
    lines.push(`${i % 3 ? 'safe-harbor' : 'new-dawn'},20${10 + (i % 15)}-Q${(i % 4) + 1},sex,female,${i % 50}`);
  return lines.join('\r\n');
}

describe('parseSubmissionsIncrementally', () => {
  it('parseSubmissionsIncrementally(text) resolves to what parseSubmissions(text) returns, CSV and JSON', async () => {
    const csv = sampleCsv(3000) + '\r\nopen-door,2024-Q1,sex,female,"1\n2"';
    const json = JSON.stringify(parseSubmissions(sampleCsv(500), options).submissions);
    for (const [text, format] of [
      [csv, 'csv'],
      [json, 'json'],
    ] as const) {
      const expected = parseSubmissions(text, { ...options, format });
      expect(expected.submissions.length).toBeGreaterThan(0);
      expect(await parseSubmissionsIncrementally(text, { ...options, format, sliceMs: 0 })).toEqual(expected);
    }
  });

  it('parseSubmissionsIncrementally(text) in strict mode rejects with the ValidationError parseSubmissions throws', async () => {
    const text = `${LONG}\nsafe-harbor,2024-Q1,sex,female,-1`;
    expect(() => parseSubmissions(text, { ...options, mode: 'strict' })).toThrow(ValidationError);
    await expect(parseSubmissionsIncrementally(text, { ...options, mode: 'strict' })).rejects.toThrow(ValidationError);
  });

  it('parseSubmissionsIncrementally(text) lets other tasks run before it ends', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await parseSubmissionsIncrementally(paddedCsv(200_000), { ...options, sliceMs: 0 }).then(() =>
      order.push('parsed'),
    );
    expect(order).toEqual(['timer', 'parsed']);
  });

  it('parseSubmissionsIncrementally(text, { signal }) stops when the signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 0);
    await expect(
      parseSubmissionsIncrementally(paddedCsv(200_000), { ...options, sliceMs: 0, signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    await expect(
      parseSubmissionsIncrementally(LONG, { ...options, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('validateSubmissionsIncrementally', () => {
  it('validateSubmissionsIncrementally(data) resolves to what validateSubmissions(data) returns, holes included', async () => {
    const data: unknown[] = JSON.parse(JSON.stringify(parseSubmissions(sampleCsv(2000), options).submissions));
    data.push({ organization: 'safe-harbor', quarter: '1999-Q1', counts: { sex: { female: 1 } } });
    data[data.length + 1] = 'not a submission'; // leaves a hole, as forEach skipped
    const expected = validateSubmissions(data, options);
    expect(expected.problems.some((p) => p.code === 'quarter-out-of-range')).toBe(true);
    expect(await validateSubmissionsIncrementally(data, { ...options, sliceMs: 0 })).toEqual(expected);
  });
});

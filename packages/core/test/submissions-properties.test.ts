import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  MAX_COUNT,
  SubmissionSchema,
  parseSubmissions,
  rowsToSubmissions,
  submissionsToRows,
  type Quarter,
  type SubmissionRow,
} from '../src/index.js';
import { editDistance, nearestId } from '../src/submissions/nearest.js';
import { readCountText } from '../src/submissions/read-count.js';
import { testTaxonomy as taxonomy } from './fixtures/submissions/taxonomy.js';
import { longCsv, wideByCellCsv, wideBySectionCsv } from './fixtures/submissions/write-csv.js';

const members = taxonomy.organizations.map((o) => o.id);
const memberKeys = new Set(members.map((id) => id.toLowerCase()));

// Any text a CSV cell can hold on one line (commas, quotes, accents), as long as it reads back as itself:
// organization ids are trimmed, and a listed member's id is matched whatever its case. A line break inside a
// quoted cell is an error (issue 13: it is how an unbalanced quote swallows rows), so ids hold none.
const organization = fc.oneof(
  fc.constantFrom(...members),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
    .filter((s) => s.trim() === s && s !== '' && !/[\r\n]/.test(s) && !memberKeys.has(s.toLowerCase())),
);
const quarter = fc
  // The plausible years: 2000 to next year by default (issue 13); 2026 is within them whenever this runs.
  .tuple(fc.integer({ min: 2000, max: 2026 }), fc.integer({ min: 1, max: 4 }))
  .map(([year, q]) => `${year}-Q${q}` as Quarter);
const cell = fc.constantFrom(
  ...taxonomy.sections.flatMap((s) => s.categories.map((c) => ({ section: s, category: c.id }))),
);
const row: fc.Arbitrary<SubmissionRow> = fc
  .record({ organization, quarter, cell, count: fc.integer({ min: 0, max: MAX_COUNT }) })
  .map(({ organization, quarter, cell, count }) => ({
    organization,
    quarter,
    section: cell.section.id,
    category: cell.category,
    count: cell.section.unit === 'organizations' ? count % 2 : count,
  }));
const rows = fc.uniqueArray(row, {
  minLength: 1,
  maxLength: 60,
  selector: (r) => `${r.organization}\u0000${r.quarter}\u0000${r.section}\u0000${r.category}`,
});
const lineEnd = fc.record({ eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean() });

function errorsOf(problems: readonly { severity: string }[]) {
  return problems.filter((p) => p.severity === 'error');
}

describe('submissions round trips (property-based)', () => {
  it('parseSubmissions(longCsv(rows)) gives back the same rows, with any line ends and BOM', () => {
    fc.assert(
      fc.property(rows, lineEnd, (rows, options) => {
        const { submissions, problems } = parseSubmissions(longCsv(rows, options), { taxonomy, mode: 'lenient' });
        expect(errorsOf(problems)).toEqual([]);
        expect(submissionsToRows(submissions)).toEqual(submissionsToRows(rowsToSubmissions(rows)));
      }),
    );
  });

  it('parseSubmissions(wide CSV) gives back the same submissions in both wide layouts', () => {
    fc.assert(
      fc.property(rows, lineEnd, fc.constantFrom('.', ':'), (rows, options, separator) => {
        const expected = rowsToSubmissions(rows);
        for (const text of [
          wideBySectionCsv(expected, taxonomy, options),
          wideByCellCsv(expected, taxonomy, { ...options, separator }),
        ]) {
          const { submissions, problems } = parseSubmissions(text, { taxonomy, mode: 'lenient' });
          expect(errorsOf(problems)).toEqual([]);
          expect(submissions).toEqual(expected);
        }
      }),
    );
  });

  it('parseSubmissions(json) gives back the same submissions from submissions and from rows, and they satisfy SubmissionSchema', () => {
    fc.assert(
      fc.property(rows, (rows) => {
        const expected = rowsToSubmissions(rows);
        for (const text of [JSON.stringify({ submissions: expected }), JSON.stringify(rows)]) {
          const { submissions, problems } = parseSubmissions(text, { taxonomy, mode: 'lenient' });
          expect(errorsOf(problems)).toEqual([]);
          expect(submissions).toEqual(expected);
          for (const s of submissions) expect(z.safeParse(SubmissionSchema, s).success).toBe(true);
        }
      }),
    );
  });

  it('parseSubmissions(csv) in lenient mode keeps exactly the rows without an error, whatever is wrong with the rest', () => {
    const damaged = fc.record({
      row,
      damage: fc.constantFrom('none', 'none', 'negative', 'fraction', 'quarter', 'category'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(damaged, {
          minLength: 1,
          maxLength: 40,
          selector: ({ row: r }) => `${r.organization}\u0000${r.quarter}\u0000${r.section}\u0000${r.category}`,
        }),
        (items) => {
          const lines = items.map(({ row: r, damage }) => ({
            ...r,
            quarter: damage === 'quarter' ? 'next quarter' : r.quarter,
            category: damage === 'category' ? `${r.category}-x` : r.category,
            count: damage === 'negative' ? -1 - r.count : damage === 'fraction' ? r.count + 0.5 : r.count,
          }));
          const { submissions, problems } = parseSubmissions(longCsv(lines as SubmissionRow[]), {
            taxonomy,
            mode: 'lenient',
          });
          const kept = items.filter((i) => i.damage === 'none').map((i) => i.row);
          expect(submissions).toEqual(rowsToSubmissions(kept));
          const rejectedRows = items.flatMap((i, index) => (i.damage === 'none' ? [] : [index + 2]));
          expect(problems.filter((p) => p.severity === 'error').map((p) => p.where.row)).toEqual(rejectedRows);
        },
      ),
    );
  });
});

describe('counts and ids (property-based)', () => {
  it('readCountText(String(n)) is n for every count from 0 to MAX_COUNT', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COUNT }), (n) => readCountText(String(n)) === n));
  });

  it('readCountText(n with thousands separators) is n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COUNT }), (n) => readCountText(n.toLocaleString('en-US')) === n),
    );
  });

  /** The textbook full-matrix optimal string alignment distance, to check the early-stopping one against. */
  function referenceDistance(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    return d[a.length]![b.length]!;
  }

  it('editDistance(a, b, limit) is the optimal string alignment distance, or more than limit when that is', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        const exact = referenceDistance(a, b);
        expect(editDistance(a, b)).toBe(exact);
        const bounded = editDistance(a, b, limit);
        if (exact <= limit) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(limit);
      }),
    );
  });

  it('nearestId(typo) finds a category one edit away from it', () => {
    const ids = taxonomy.sections.find((s) => s.id === 'services-needed')!.categories.map((c) => c.id);
    expect(nearestId('housng', ids)).toBe('housing');
    expect(nearestId('LEAGL', ids)).toBe('legal');
    expect(nearestId('transport', ids)).toBeUndefined();
  });
});

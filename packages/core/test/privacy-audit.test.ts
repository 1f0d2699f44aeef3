import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditPublication, type PublishedRelation } from '../src/privacy/index.js';

/** The relations of a Q x C table with every quarter total, category total and the grand total published. */
function tableRelations(values: number[][]): PublishedRelation[] {
  const Q = values.length;
  const C = values[0]!.length;
  const relation = (pick: (q: number, c: number) => boolean): PublishedRelation => {
    const coefficients = values.flatMap((row, q) => row.map((_, c) => (pick(q, c) ? 1 : 0)));
    return { coefficients, value: values.flat().reduce((s, v, i) => s + (coefficients[i]! ? v : 0), 0) };
  };
  return [
    ...Array.from({ length: Q }, (_, q) => relation((qq) => qq === q)),
    ...Array.from({ length: C }, (_, c) => relation((_, cc) => cc === c)),
    relation(() => true),
  ];
}

/** Every non-negative integer assignment of the hidden cells that satisfies the relations (small cases only). */
function solutions(cells: (number | null)[], relations: PublishedRelation[], max: number): number[][] {
  const hidden = cells.flatMap((v, i) => (v === null ? [i] : []));
  const out: number[][] = [];
  const values = cells.map((v) => v ?? 0);
  const visit = (k: number) => {
    if (k === hidden.length) {
      if (relations.every((r) => r.coefficients.reduce((s, a, i) => s + a * values[i]!, 0) === r.value))
        out.push(hidden.map((i) => values[i]!));
      return;
    }
    for (let v = 0; v <= max; v++) {
      values[hidden[k]!] = v;
      visit(k + 1);
    }
  };
  visit(0);
  return out;
}

describe('auditPublication', () => {
  it('auditPublication recovers a cell that is the only hidden one in a published total', () => {
    const report = auditPublication({ cells: [5, null, 7], relations: [{ coefficients: [1, 1, 1], value: 14 }] });
    expect(report.hidden).toEqual([{ cell: 1, recoverable: true, lower: 2, upper: 2 }]);
    expect(report.disclosed).toEqual([1]);
  });

  it('auditPublication gives the interval of two hidden cells sharing one total', () => {
    const report = auditPublication({ cells: [5, null, null], relations: [{ coefficients: [1, 1, 1], value: 14 }] });
    expect(report.hidden.map(({ recoverable, lower, upper }) => ({ recoverable, lower, upper }))).toEqual([
      { recoverable: false, lower: 0, upper: 9 },
      { recoverable: false, lower: 0, upper: 9 },
    ]);
    expect(report.disclosed).toEqual([]);
  });

  it('auditPublication finds a cell recoverable only through a chain of relations', () => {
    // [a b] rows 10 and 7, columns 9 and 8: with b and c hidden too, a = 9 - c = 9 - (7 - d) and d is published.
    const values = [
      [6, 4],
      [3, 4],
    ];
    const report = auditPublication({ cells: [null, null, null, 4], relations: tableRelations(values) });
    expect(report.disclosed).toEqual([0, 1, 2]);
    expect(report.hidden.map((h) => h.lower)).toEqual([6, 4, 3]);
  });

  it('auditPublication pins cells by bounds that linear algebra alone would not', () => {
    // x + y = 0 with x, y >= 0: neither is in the row space, but both must be 0.
    const report = auditPublication({ cells: [null, null, 5], relations: [{ coefficients: [1, 1, 0], value: 0 }] });
    expect(report.hidden.map((h) => [h.recoverable, h.lower, h.upper])).toEqual([
      [false, 0, 0],
      [false, 0, 0],
    ]);
    expect(report.disclosed).toEqual([0, 1]);
  });

  it('auditPublication uses published upper bounds', () => {
    // x + y = 10 with y <= 4 (a client count): x is 6 to 10.
    const report = auditPublication({
      cells: [null, null],
      relations: [{ coefficients: [1, 1], value: 10 }],
      upper: [undefined, 4],
    });
    expect(report.hidden.map((h) => [h.lower, h.upper])).toEqual([
      [6, 10],
      [0, 4],
    ]);
  });

  it('auditPublication reports an unbounded cell and an inconsistent publication', () => {
    expect(auditPublication({ cells: [null, 3], relations: [] }).hidden).toEqual([
      { cell: 0, recoverable: false, lower: 0, upper: Infinity },
    ]);
    const broken = auditPublication({ cells: [null, 3], relations: [{ coefficients: [1, 1], value: 2 }] });
    expect(broken.consistent).toBe(false);
  });

  it('auditPublication rejects a relation of the wrong length', () => {
    expect(() => auditPublication({ cells: [null, 1], relations: [{ coefficients: [1], value: 1 }] })).toThrow(
      RangeError,
    );
  });

  it('auditPublication bounds equal the smallest and largest value over every solution (brute force)', () => {
    const small = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((Q) =>
          fc.integer({ min: 1, max: 3 }).chain((C) =>
            fc.record({
              values: fc.array(fc.array(small, { minLength: C, maxLength: C }), { minLength: Q, maxLength: Q }),
              hide: fc.array(fc.boolean(), { minLength: Q * C, maxLength: Q * C }),
            }),
          ),
        ),
        ({ values, hide }) => {
          const flat = values.flat();
          const cells = flat.map((v, i) => (hide[i] && hide.filter(Boolean).length <= 5 ? null : v));
          const relations = tableRelations(values);
          const all = solutions(
            cells,
            relations,
            flat.reduce((s, v) => s + v, 0),
          );
          const report = auditPublication({ cells, relations });
          report.hidden.forEach((h, k) => {
            const seen = all.map((s) => s[k]!);
            expect([h.lower, h.upper]).toEqual([Math.min(...seen), Math.max(...seen)]);
            // Exactly recoverable by linear algebra implies a single value; the converse needs bounds.
            if (h.recoverable) expect(h.lower).toBe(h.upper);
          });
        },
      ),
      { numRuns: 300, seed: 20250301 },
    );
  });
});

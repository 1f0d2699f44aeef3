// The attacker's own tests: it finds what a careless publication gives away (negative controls), and it does
// not claim more than the documents say.
import { describe, expect, it } from 'vitest';
import { PublicationDocument, type PublishedSection } from '../../packages/core/src/publication/format.js';
import {
  attackPublications,
  findViolations,
  prepareAttack,
  relationsOfView,
  type HiddenInterval,
} from './lp-attack.js';

/** A cell as written in these tests: a shown number, 'h' for hidden, '-' for not reported. */
type Written = number | 'h' | '-';

interface SectionSpec {
  quarters: string[];
  categories: Array<string | { id: string; group: string }>;
  cells: Written[][];
  multiSelect?: boolean;
  coversAllClients?: boolean;
  subsetOf?: string;
  quarterTotals?: Written[];
  rangeTotals?: Written[];
  groupTotals?: Array<{ group: string; cells: Written[] }>;
  shares?: Array<Array<number | 'h'>>;
}

const written = (w: Written) =>
  w === 'h'
    ? { status: 'suppressed' as const }
    : w === '-'
      ? { status: 'not-reported' as const }
      : { status: 'value' as const, value: w };

function section(id: string, spec: SectionSpec): PublishedSection {
  return {
    format: 'cate-series@1',
    taxonomy: 'test',
    section: id,
    unit: 'clients',
    multiSelect: spec.multiSelect ?? false,
    quarters: spec.quarters,
    categories: spec.categories.map((c) => (typeof c === 'string' ? { id: c, label: c } : { ...c, label: c.id })),
    cells: spec.cells.map((row) => row.map(written)),
    ...(spec.quarterTotals ? { quarterTotals: spec.quarterTotals.map(written) } : {}),
    ...(spec.rangeTotals ? { rangeTotals: spec.rangeTotals.map(written) } : {}),
    ...(spec.groupTotals
      ? { groupTotals: spec.groupTotals.map((g) => ({ group: g.group, cells: g.cells.map(written) })) }
      : {}),
    ...(spec.shares ? { shares: spec.shares.map((row) => row.map(written)) } : {}),
    coverage: spec.quarters.map((quarter) => ({ quarter, reported: 2, expected: 2 })),
    disclosure: { threshold: 3, protectZeros: false },
    ...(spec.coversAllClients ? { coversAllClients: true } : {}),
    ...(spec.subsetOf ? { subsetOf: spec.subsetOf } : {}),
  };
}

function publication(
  id: string,
  from: string,
  to: string,
  sections: Record<string, PublishedSection>,
  sameTotal: string[][] = [],
): PublicationDocument {
  return PublicationDocument.parse({
    format: 'cate-publication@1',
    release: { id, created: '2026-01-01', from, to },
    taxonomy: 'test',
    policy: { threshold: 3, protectZeros: false, minContributors: 1, dominance: true, units: ['clients'] },
    clientCountSection: 'clients',
    links: { sameTotal },
    sections,
  });
}

const Q = ['2025-Q1', '2025-Q2', '2025-Q3'];
const at = (intervals: HiddenInterval[], section: string, quarter: string, category: string) => {
  const found = intervals.find((i) => i.section === section && i.quarter === quarter && i.category === category);
  if (!found) throw new Error(`no hidden cell ${section} ${quarter} ${category}`);
  return [found.lower, found.upper];
};
/** Truth from a table of numbers per section: values[section][quarter index][category index]. */
const truthOf =
  (values: Record<string, { quarters: string[]; categories: string[]; cells: number[][] }>) =>
  (s: string, q: string, c: string) => {
    const t = values[s];
    const qi = t?.quarters.indexOf(q) ?? -1;
    const ci = t?.categories.indexOf(c) ?? -1;
    return qi < 0 || ci < 0 ? undefined : t!.cells[qi]![ci];
  };

describe('negative controls: the attacker finds what a careless publication gives away', () => {
  it('recovers a table’s one hidden cell beside published row and column totals', async () => {
    const doc = publication('r1', Q[0]!, Q[1]!, {
      age: section('age', {
        quarters: Q.slice(0, 2),
        categories: ['a', 'b', 'c'],
        cells: [
          ['h', 5, 7],
          [4, 6, 8],
        ],
        quarterTotals: [14, 18],
        rangeTotals: [6, 11, 15],
      }),
    });
    const intervals = await attackPublications([doc]);
    expect(at(intervals, 'age', Q[0]!, 'a')).toEqual([2, 2]);
    const truth = truthOf({ age: { quarters: Q, categories: ['a', 'b', 'c'], cells: [[2, 5, 7]] } });
    expect(findViolations(intervals, { k: 3, truth })).toEqual(['age 2025-Q1 a: [2, 2], true 2: recovered exactly']);
  });

  it('flags the issue’s example: k = 3, quarter totals and a range total of 3 force a hidden cell to be 1 or 2', async () => {
    // a1 + a2 = 3 (range total), a1 + b1 = 2 and a2 + b2 = 2 (quarter totals less c), b1 + b2 = 1 (range total).
    const doc = publication('r1', Q[0]!, Q[1]!, {
      age: section('age', {
        quarters: Q.slice(0, 2),
        categories: ['a', 'b', 'c'],
        cells: [
          ['h', 'h', 10],
          ['h', 'h', 0],
        ],
        quarterTotals: [12, 2],
        rangeTotals: [3, 1, 10],
      }),
    });
    const intervals = await attackPublications([doc]);
    expect(at(intervals, 'age', Q[0]!, 'a')).toEqual([1, 2]);
    expect(at(intervals, 'age', Q[1]!, 'a')).toEqual([1, 2]);
    const truth = truthOf({
      age: {
        quarters: Q,
        categories: ['a', 'b', 'c'],
        cells: [
          [1, 1, 10],
          [2, 0, 0],
        ],
      },
    });
    const found = findViolations(intervals, { k: 3, truth });
    expect(found).toContain('age 2025-Q1 a: [1, 2], true 1: a small count with upper bound below k=3');
    expect(found).toContain('age 2025-Q2 a: [1, 2], true 2: a small count with upper bound below k=3');
  });

  it('recovers a cell from two releases that differ by one quarter (each safe on its own)', async () => {
    // a = [4, 6, 2], b = [5, 3, 7]; every cell hidden, quarter and range totals shown.
    const first = publication('r1', Q[0]!, Q[1]!, {
      age: section('age', {
        quarters: Q.slice(0, 2),
        categories: ['a', 'b'],
        cells: [
          ['h', 'h'],
          ['h', 'h'],
        ],
        quarterTotals: [9, 9],
        rangeTotals: [10, 8],
      }),
    });
    const second = publication('r2', Q[0]!, Q[2]!, {
      age: section('age', {
        quarters: Q,
        categories: ['a', 'b'],
        cells: [
          ['h', 'h'],
          ['h', 'h'],
          ['h', 'h'],
        ],
        quarterTotals: [9, 9, 9],
        rangeTotals: [12, 15],
      }),
    });
    const alone = await attackPublications([second]);
    expect(alone.every((i) => i.lower < i.upper)).toBe(true);
    const together = await attackPublications([first, second]);
    expect(at(together, 'age', Q[2]!, 'a')).toEqual([2, 2]);
    expect(at(together, 'age', Q[2]!, 'b')).toEqual([7, 7]);
  });

  it('recovers a cell from two rolling windows: their range totals differ by the first and the last quarter', async () => {
    // a = [4, 6, 3]: r1 (Q1..Q2) shows a's range total 10, r2 (Q2..Q3) shows 9 and a3 = 3, so a1 = 10 - 9 + 3.
    const first = publication('r1', Q[0]!, Q[1]!, {
      age: section('age', {
        quarters: Q.slice(0, 2),
        categories: ['a', 'b'],
        cells: [
          ['h', 'h'],
          ['h', 'h'],
        ],
        rangeTotals: [10, 8],
      }),
    });
    const second = publication('r2', Q[1]!, Q[2]!, {
      age: section('age', {
        quarters: Q.slice(1, 3),
        categories: ['a', 'b'],
        cells: [
          ['h', 'h'],
          [3, 9],
        ],
        rangeTotals: [9, 'h'],
      }),
    });
    expect(at(await attackPublications([first, second]), 'age', Q[0]!, 'a')).toEqual([4, 4]);
  });

  it('recovers a cell from a view whose range total differs from the full one by that cell', async () => {
    const doc = publication('r1', Q[0]!, Q[2]!, {
      age: section('age', {
        quarters: Q,
        categories: ['a', 'b'],
        cells: [
          ['h', 'h'],
          ['h', 'h'],
          ['h', 'h'],
        ],
        quarterTotals: [9, 9, 9],
        rangeTotals: [12, 15],
      }),
    });
    const view = section('age', {
      quarters: Q.slice(0, 2),
      categories: ['a', 'b'],
      cells: [
        ['h', 'h'],
        ['h', 'h'],
      ],
      quarterTotals: [9, 9],
      rangeTotals: [10, 8],
    });
    const intervals = await attackPublications([doc], { extraRelations: relationsOfView(view) });
    expect(at(intervals, 'age', Q[2]!, 'a')).toEqual([2, 2]);
  });

  it('lets an insider who contributed all but 1 of a hidden cell pin the rest', async () => {
    // A 2 x 2 table, every cell hidden, margins shown. The insider has all of three cells and 4 of the 5 in a1.
    const cells = [
      [5, 4],
      [3, 6],
    ];
    const doc = publication('r1', Q[0]!, Q[1]!, {
      age: section('age', {
        quarters: Q.slice(0, 2),
        categories: ['a', 'b'],
        cells: [
          ['h', 'h'],
          ['h', 'h'],
        ],
        quarterTotals: [9, 9],
        rangeTotals: [8, 10],
      }),
    });
    const truth = truthOf({ age: { quarters: Q, categories: ['a', 'b'], cells } });
    const own = (s: string, q: string, c: string) => truth(s, q, c)! - (q === Q[0] && c === 'a' ? 1 : 0);
    const outsider = await attackPublications([doc]);
    expect(findViolations(outsider, { k: 3, truth })).toEqual([]);
    const insider = await attackPublications([doc], { insider: own });
    expect(at(insider, 'age', Q[0]!, 'a')).toEqual([5, 5]);
    expect(findViolations(insider, { k: 3, truth, own })).toEqual([
      'age 2025-Q1 a: [5, 5], true 5, own 4: recovered exactly',
    ]);
  });

  it('recovers a cell through the client count that linked sections share, though no total is shown', async () => {
    const doc = publication(
      'r1',
      Q[0]!,
      Q[0]!,
      {
        clients: section('clients', {
          quarters: Q.slice(0, 1),
          categories: ['new', 'existing'],
          cells: [[6, 9]],
          coversAllClients: true,
        }),
        age: section('age', {
          quarters: Q.slice(0, 1),
          categories: ['a', 'b', 'c'],
          cells: [['h', 4, 10]],
          coversAllClients: true,
        }),
      },
      [['clients', 'age']],
    );
    expect(at(await attackPublications([doc]), 'age', Q[0]!, 'a')).toEqual([1, 1]);
  });

  it('recovers a cell from its group’s total', async () => {
    const doc = publication('r1', Q[0]!, Q[0]!, {
      origin: section('origin', {
        quarters: Q.slice(0, 1),
        categories: [
          { id: 'mexico', group: 'Americas' },
          { id: 'peru', group: 'Americas' },
          { id: 'china', group: 'Asia' },
        ],
        cells: [['h', 8, 'h']],
        groupTotals: [{ group: 'Americas', cells: [9] }],
      }),
    });
    const intervals = await attackPublications([doc]);
    expect(at(intervals, 'origin', Q[0]!, 'mexico')).toEqual([1, 1]);
    expect(at(intervals, 'origin', Q[0]!, 'china')).toEqual([0, Infinity]);
  });

  it('recovers the denominator from a shown share beside a shown cell, and with it a hidden cell', async () => {
    const doc = publication('r1', Q[0]!, Q[0]!, {
      age: section('age', {
        quarters: Q.slice(0, 1),
        categories: ['a', 'b', 'c'],
        cells: [['h', 4, 10]],
        shares: [['h', 4 / 16, 10 / 16]],
      }),
    });
    expect(at(await attackPublications([doc]), 'age', Q[0]!, 'a')).toEqual([2, 2]);
  });

  it('reads the client count from a multi-select quarter total when every member reported (published coverage)', async () => {
    // Every member reported both sections: the needs total 7 is the client count, so age a = 7 - 6.
    const sections = {
      clients: section('clients', {
        quarters: Q.slice(0, 1),
        categories: ['new', 'existing'],
        cells: [['h', 'h']],
        quarterTotals: ['h'],
        coversAllClients: true,
      }),
      age: section('age', {
        quarters: Q.slice(0, 1),
        categories: ['a', 'b'],
        cells: [['h', 6]],
        quarterTotals: ['h'],
        coversAllClients: true,
      }),
      needs: section('needs', {
        quarters: Q.slice(0, 1),
        categories: ['food', 'legal'],
        cells: [[5, 'h']],
        quarterTotals: [7],
        multiSelect: true,
      }),
    };
    const doc = publication('r1', Q[0]!, Q[0]!, sections, [['clients', 'age']]);
    expect(at(await attackPublications([doc]), 'age', Q[0]!, 'a')).toEqual([1, 1]);
    // One member did not report needs: its total is then some members' clients only, a lower bound on the
    // client count (so a >= 7 - 6).
    const partial = publication(
      'r1',
      Q[0]!,
      Q[0]!,
      { ...sections, needs: { ...sections.needs, coverage: [{ quarter: Q[0]!, reported: 1, expected: 2 }] } },
      [['clients', 'age']],
    );
    expect(at(await attackPublications([partial]), 'age', Q[0]!, 'a')).toEqual([1, Infinity]);
  });

  it('sees a cell shown in a later release as known in the earlier one', async () => {
    const first = publication('r1', Q[0]!, Q[0]!, {
      age: section('age', { quarters: Q.slice(0, 1), categories: ['a', 'b'], cells: [['h', 'h']] }),
    });
    const second = publication('r2', Q[0]!, Q[1]!, {
      age: section('age', {
        quarters: Q.slice(0, 2),
        categories: ['a', 'b'],
        cells: [
          [2, 'h'],
          [5, 'h'],
        ],
      }),
    });
    expect(at(await attackPublications([first, second]), 'age', Q[0]!, 'a')).toEqual([2, 2]);
  });
});

describe('the attacker claims no more than the documents say', () => {
  const twoByTwo = publication('r1', Q[0]!, Q[1]!, {
    age: section('age', {
      quarters: Q.slice(0, 2),
      categories: ['a', 'b'],
      cells: [
        ['h', 'h'],
        ['h', 'h'],
      ],
      quarterTotals: [9, 9],
      rangeTotals: [8, 10],
    }),
  });

  it('gives a 2 x 2 table of hidden cells with its margins the intervals of the table', async () => {
    const intervals = await attackPublications([twoByTwo]);
    expect(intervals.map((i) => [i.quarter, i.category, i.lower, i.upper])).toEqual([
      [Q[0], 'a', 0, 8],
      [Q[0], 'b', 1, 9],
      [Q[1], 'a', 0, 8],
      [Q[1], 'b', 1, 9],
    ]);
  });

  it('leaves a hidden cell under no relation unbounded above', async () => {
    const doc = publication('r1', Q[0]!, Q[0]!, {
      age: section('age', { quarters: Q.slice(0, 1), categories: ['a', 'b'], cells: [['h', 3]] }),
    });
    expect(at(await attackPublications([doc]), 'age', Q[0]!, 'a')).toEqual([0, Infinity]);
  });

  it('bounds a multi-select cell by its quarter total and a subsetOf cell by its parent’s quarter sum', async () => {
    const doc = publication('r1', Q[0]!, Q[0]!, {
      needs: section('needs', {
        quarters: Q.slice(0, 1),
        categories: ['food', 'legal'],
        cells: [['h', 7]],
        multiSelect: true,
        quarterTotals: [12],
      }),
      history: section('history', {
        quarters: Q.slice(0, 1),
        categories: ['past', 'current'],
        cells: [[4, 'h']],
        rangeTotals: [4, 'h'],
        quarterTotals: ['h'],
      }),
      charges: section('charges', {
        quarters: Q.slice(0, 1),
        categories: ['x', 'y'],
        cells: [['h', 'h']],
        subsetOf: 'history',
        multiSelect: true,
      }),
    });
    const intervals = await attackPublications([doc]);
    expect(at(intervals, 'needs', Q[0]!, 'food')).toEqual([0, 12]);
    // charges.x <= 4 + history.current, which is itself unbounded.
    expect(at(intervals, 'charges', Q[0]!, 'x')).toEqual([0, Infinity]);
    const pinned = publication('r1', Q[0]!, Q[0]!, {
      ...doc.sections,
      history: section('history', { quarters: Q.slice(0, 1), categories: ['past', 'current'], cells: [[4, 2]] }),
    });
    expect(at(await attackPublications([pinned]), 'charges', Q[0]!, 'x')).toEqual([0, 6]);
  });

  it('bounds a single-select subset’s quarter sum by its parent’s only when asked to go beyond the format', async () => {
    const doc = publication('r1', Q[0]!, Q[0]!, {
      history: section('history', { quarters: Q.slice(0, 1), categories: ['past', 'current'], cells: [['h', 5]] }),
      charges: section('charges', {
        quarters: Q.slice(0, 1),
        categories: ['x', 'y'],
        cells: [['h', 'h']],
        quarterTotals: [7],
        subsetOf: 'history',
      }),
    });
    expect(at(await attackPublications([doc]), 'history', Q[0]!, 'past')).toEqual([0, Infinity]);
    expect(at(await attackPublications([doc], { beyondFormat: true }), 'history', Q[0]!, 'past')).toEqual([
      2,
      Infinity,
    ]);
  });

  it('tightens with whole numbers where the LP optimum is fractional (MIP)', async () => {
    // x + 2y = 4 and x <= 3: the LP reaches x = 3 (y = 1.5); whole numbers only x = 2 (y = 1).
    const doc = publication('r1', Q[0]!, Q[0]!, {
      age: section('age', { quarters: Q.slice(0, 1), categories: ['x', 'y'], cells: [['h', 'h']] }),
    });
    const ref = (category: string) => ({ section: 'age', quarter: Q[0]!, category });
    const intervals = await attackPublications([doc], {
      extraRelations: [
        {
          terms: [
            { cell: ref('x'), coefficient: 1 },
            { cell: ref('y'), coefficient: 2 },
          ],
          lower: 4,
          upper: 4,
        },
        { terms: [{ cell: ref('x'), coefficient: 1 }], lower: 0, upper: 3 },
      ],
    });
    expect(at(intervals, 'age', Q[0]!, 'x')).toEqual([0, 2]);
    expect(at(intervals, 'age', Q[0]!, 'y')).toEqual([1, 2]);
  });

  it('gives an insider with nothing in a table the outsider’s intervals, and raises lower bounds to own counts', async () => {
    const prepared = prepareAttack([twoByTwo]);
    const outsider = await prepared.attack();
    expect(await prepared.attack(() => 0)).toEqual(outsider);
    const insider = await prepared.attack((_s, q, c) => (q === Q[0] && c === 'a' ? 3 : 0));
    expect(at(insider, 'age', Q[0]!, 'a')).toEqual([3, 8]);
    expect(at(insider, 'age', Q[0]!, 'b')).toEqual([1, 6]);
  });

  it('refuses documents that contradict themselves or each other', async () => {
    const bad = publication('r1', Q[0]!, Q[0]!, {
      age: section('age', { quarters: Q.slice(0, 1), categories: ['a', 'b'], cells: [[2, 3]], quarterTotals: [6] }),
    });
    await expect(attackPublications([bad])).rejects.toThrow(/inconsistent/);
    const hiddenBad = publication('r1', Q[0]!, Q[0]!, {
      age: section('age', {
        quarters: Q.slice(0, 1),
        categories: ['a', 'b'],
        cells: [['h', 3]],
        quarterTotals: [2],
      }),
    });
    await expect(attackPublications([hiddenBad])).rejects.toThrow(/inconsistent/);
  });

  it('reports the true value outside an interval as a finding (a wrong model must not pass silently)', () => {
    const found = findViolations([{ section: 's', quarter: Q[0]!, category: 'a', lower: 3, upper: 9 }], {
      k: 3,
      truth: () => 1,
    });
    expect(found).toEqual(['s 2025-Q1 a: [3, 9], true 1: the true value is outside the interval']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNeedsAssessment, median, rankNeeds, type NeedsAssessment } from '../src/reports.js';

const example = JSON.parse(
  readFileSync(new URL('../data/examples/needs-assessment.json', import.meta.url), 'utf8'),
) as unknown;

function assessment(ratings: Array<Record<string, number | null>>, region = 'r'): NeedsAssessment {
  const { assessment, problems } = checkNeedsAssessment({
    format: 'cate-needs@1',
    title: 't',
    regions: [
      { id: 'r', label: 'R' },
      { id: 's', label: 'S' },
    ],
    needs: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
      { id: 'd', label: 'D' },
    ],
    responses: ratings.map((r) => ({ region, ratings: r })),
  });
  expect(problems).toEqual([]);
  return assessment!;
}

describe('median(values)', () => {
  it('median(values) is the middle value, or the mean of the two middle values (4 and 5 give 4.5)', () => {
    expect(median([5, 4, 3])).toBe(4);
    expect(median([5, 4, 4, 5])).toBe(4.5);
    expect(median([])).toBeUndefined();
  });
});

describe('rankNeeds(assessment)', () => {
  it('rankNeeds(assessment) ranks needs by median, highest first, ties sharing a rank in the assessment order', () => {
    const a = assessment([
      { a: 3, b: 5, c: 4, d: 5 },
      { a: 3, b: 4, c: 5, d: 4 },
      { a: 4, b: 5, c: 5, d: null },
      { a: 3, b: 4, c: 4, d: 5 },
    ]);
    expect(rankNeeds(a)).toEqual([
      { id: 'd', label: 'D', median: 5, responses: 3, rank: 1 },
      { id: 'b', label: 'B', median: 4.5, responses: 4, rank: 2 },
      { id: 'c', label: 'C', median: 4.5, responses: 4, rank: 2 },
      { id: 'a', label: 'A', median: 3, responses: 4, rank: 4 },
    ]);
  });

  it('rankNeeds(assessment, { region }) uses that region only, and withholds a median from fewer than 3 ratings', () => {
    const a = assessment([
      { a: 5, b: 5 },
      { a: 4, b: 1 },
    ]);
    const ranked = rankNeeds(a, { region: 'r' });
    expect(ranked.every((r) => r.median === undefined && r.rank === undefined)).toBe(true);
    expect(ranked[0]!.responses).toBe(2);
    expect(rankNeeds(a, { region: 's' }).every((r) => r.responses === 0)).toBe(true);
    expect(rankNeeds(a, { minResponses: 2 })[0]).toMatchObject({ id: 'a', median: 4.5, rank: 1 });
  });

  it('checkNeedsAssessment(input) locates a rating off the 1-5 scale, an unknown region and an unknown need', () => {
    const bad = structuredClone(example) as { responses: Array<{ region: string; ratings: Record<string, unknown> }> };
    bad.responses[0]!.ratings['food'] = 6;
    expect(checkNeedsAssessment(bad).problems).toEqual([
      expect.objectContaining({
        where: { path: 'responses[0].ratings.food' },
        message: 'expected a rating from 1 to 5',
      }),
    ]);
    bad.responses[0]!.ratings['food'] = 5;
    bad.responses[1]!.region = 'nowhere';
    bad.responses[2]!.ratings['housing'] = 3;
    expect(checkNeedsAssessment(bad, 'n.json').problems.map((p) => [p.code, p.where])).toEqual([
      ['unknown-region', { file: 'n.json', path: 'responses[1].region' }],
      ['unknown-need', { file: 'n.json', path: 'responses[2].ratings.housing' }],
    ]);
  });

  it('the synthetic example is valid, says it is synthetic, and ranks St. Louis needs with medians on the 1-5 scale', () => {
    const { assessment: a, problems } = checkNeedsAssessment(example);
    expect(problems).toEqual([]);
    expect(a!.synthetic).toBe(true);
    expect(a!.notice).toMatch(/SYNTHETIC/);
    const ranked = rankNeeds(a!, { region: 'st-louis' });
    expect(ranked.length).toBe(a!.needs.length);
    for (const r of ranked)
      expect(r.median! >= 1 && r.median! <= 5 && r.median! * 2 === Math.round(r.median! * 2)).toBe(true);
    // Southeast has two respondents: every median is withheld.
    expect(rankNeeds(a!, { region: 'southeast' }).every((r) => r.median === undefined)).toBe(true);
  });
});

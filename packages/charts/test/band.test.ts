// The layout's band scale against the one it replaces: d3-scale's scaleBand (align 0.5, no rounding).
import { scaleBand } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandScale } from '../src/layout/band.js';

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe('bandScale', () => {
  it('gives every key the start, step and bandwidth of d3 scaleBand, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 40 }), { maxLength: 30 }),
        fc.tuple(finite(-2000, 2000), finite(-2000, 2000)),
        finite(0, 1.2),
        finite(0, 2),
        (keys, range, inner, outer) => {
          const d3 = scaleBand<number>().domain(keys).range(range).paddingInner(inner).paddingOuter(outer);
          const ours = bandScale(keys, range, inner, outer);
          expect(ours.step()).toBe(d3.step());
          expect(ours.bandwidth()).toBe(d3.bandwidth());
          for (let key = -4; key <= 41; key++) expect(ours(key)).toBe(d3(key));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('as the layout uses it: quarters with outer padding half the inner, categories within a band', () => {
    for (const n of [1, 2, 4, 8, 40]) {
      const quarters = Array.from({ length: n }, (_, i) => i);
      const d3 = scaleBand<number>().domain(quarters).range([52, 411]).paddingInner(0.25).paddingOuter(0.125);
      const ours = bandScale(quarters, [52, 411], 0.25, 0.125);
      expect(quarters.map(ours)).toEqual(quarters.map(d3));
      expect([ours.step(), ours.bandwidth()]).toEqual([d3.step(), d3.bandwidth()]);
    }
    const members = [0, 2, 5];
    const inner = scaleBand<number>().domain(members).range([0, 33.6]).paddingInner(0.1);
    expect(members.map(bandScale(members, [0, 33.6], 0.1))).toEqual(members.map(inner));
    expect(bandScale(members, [0, 33.6], 0.1)(1), 'a key not in the domain').toBe(undefined);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  auditPublication,
  auditSeries,
  protectTable,
  readPublishedSeries,
  serializeSeries,
  type DisclosurePolicy,
} from '../src/privacy/index.js';
import type { AggregateTable } from '../src/series.js';
import { everyCell, policyArbitrary, tableArbitrary } from './fixtures/privacy/tables.js';

const RUNS = 1000;
const settings = (numRuns: number, seed: number) => ({ numRuns, seed });

/** The policy's rule for one count, written out again independently of the implementation. */
function breaksPolicy(v: number, contributors: number, largest: number, p: DisclosurePolicy): boolean {
  const k = p.threshold;
  if (v === 0) return p.protectZeros;
  if (v < k) return true;
  if (p.contributors.dominance && contributors >= 2 && v - largest > 0 && v - largest < k) return true;
  return Math.max(contributors, 1) < p.contributors.minContributors;
}

const protectedUnit = (t: AggregateTable, p: DisclosurePolicy) => p.units.includes(t.unit);

describe('protectTable (properties)', () => {
  it('protectTable leaves no hidden cell that an attacker can recover, by linear algebra or by bounds', () => {
    fc.assert(
      fc.property(tableArbitrary, policyArbitrary, (t, p) => {
        const { series, record } = protectTable(t, p);
        const audit = auditSeries(series, record);
        expect(audit.consistent).toBe(true);
        expect(audit.disclosed).toEqual([]);
        for (const h of audit.hidden) expect(h.lower).toBeLessThan(h.upper);
      }),
      settings(RUNS, 1),
    );
  });

  it('protectTable never publishes a count that breaks the policy, in a cell or a total', () => {
    fc.assert(
      fc.property(tableArbitrary, policyArbitrary, (t, p) => {
        const { series } = protectTable(t, p);
        if (!protectedUnit(t, p)) return;
        t.counts.forEach((row, q) =>
          row.forEach((v, c) => {
            if (v !== null && breaksPolicy(v, t.contributors[q]![c]!, t.largest[q]![c]!, p))
              expect(series.cells[q]![c]).toEqual({ status: 'suppressed' });
          }),
        );
        for (const total of [...(series.quarterTotals ?? []), ...(series.rangeTotals ?? [])])
          if (total.status === 'value')
            expect(total.value === 0 ? !p.protectZeros : total.value >= p.threshold).toBe(true);
      }),
      settings(RUNS, 2),
    );
  });

  it('protectTable is deterministic: the same table gives the same series and record, whatever else ran', () => {
    fc.assert(
      fc.property(tableArbitrary, tableArbitrary, policyArbitrary, (t, other, p) => {
        const first = protectTable(t, p);
        protectTable(other, p);
        protectTable(other, DEFAULT_POLICY);
        const again = protectTable(structuredClone(t), structuredClone(p));
        expect(JSON.stringify(again.series)).toBe(JSON.stringify(first.series));
        expect(again.record).toEqual(first.record);
      }),
      settings(RUNS, 3),
    );
  });

  it('protectTable gives every suppressed cell exactly the key status, in cells, totals and shares', () => {
    fc.assert(
      fc.property(tableArbitrary, policyArbitrary, (t, p) => {
        const { series, record } = protectTable(t, p);
        const json = JSON.parse(JSON.stringify(series)) as typeof series;
        for (const cell of everyCell(json)) {
          if (cell.status === 'value') expect(Object.keys(cell).sort()).toEqual(['status', 'value']);
          else expect(Object.keys(cell)).toEqual(['status']);
        }
        for (const hidden of record.cells) {
          const q = json.quarters.indexOf(hidden.quarter);
          const c = json.categories.findIndex((cat) => cat.id === hidden.category);
          expect(json.cells[q]![c]).toEqual({ status: 'suppressed' });
          if (json.shares) expect(json.shares[q]![c]).toEqual({ status: 'suppressed' });
        }
        expect(Object.keys(json.disclosure).sort()).toEqual(['protectZeros', 'threshold']);
      }),
      settings(RUNS, 4),
    );
  });

  it('protectTable shows only totals its attack model counts as known', () => {
    fc.assert(
      fc.property(tableArbitrary, policyArbitrary, (t, p) => {
        const { series, record } = protectTable(t, p);
        const known = new Set(record.knownTotals.map((k) => `${k.kind}|${k.quarter ?? k.category ?? ''}|${k.value}`));
        if (!t.multiSelect)
          series.quarterTotals?.forEach((cell, q) => {
            if (cell.status === 'value') expect(known.has(`quarter|${t.quarters[q]}|${cell.value}`)).toBe(true);
          });
        else
          series.quarterTotals?.forEach((cell, q) => {
            if (cell.status === 'value') expect(cell.value).toBe(t.clients[q]);
          });
        series.rangeTotals?.forEach((cell, c) => {
          if (cell.status === 'value') expect(known.has(`range|${t.categories[c]!.id}|${cell.value}`)).toBe(true);
        });
      }),
      settings(RUNS, 5),
    );
  });

  it('protectTable protects every primary cell from an organization that alone reported another hidden cell', () => {
    fc.assert(
      fc.property(tableArbitrary, policyArbitrary, (t, p) => {
        const { series, record } = protectTable(t, p);
        const at = (h: (typeof record.cells)[number]) =>
          [t.quarters.indexOf(h.quarter), t.categories.findIndex((c) => c.id === h.category)] as const;
        const singletons = record.cells.filter((h) => {
          const [q, c] = at(h);
          return h.value === 1 || t.contributors[q]![c] === 1 || (p.protectZeros && h.value === 0);
        });
        for (const s of singletons) {
          const [sq, sc] = at(s);
          const audit = auditSeries(series, record, { known: [[sq, sc]] });
          const revealed = audit.hidden.filter((h) => h.recoverable && h.reason?.startsWith('primary'));
          expect(revealed.map((h) => `${h.quarter}/${h.category}`)).toEqual([]);
        }
      }),
      settings(300, 6),
    );
  });

  it('auditPublication finds a hidden cell when complementary suppression is skipped (negative control)', () => {
    let checked = 0;
    fc.assert(
      fc.property(tableArbitrary, (t) => {
        const { series, record } = protectTable(t);
        const primary = new Set(
          record.cells.filter((h) => h.reason.startsWith('primary')).map((h) => `${h.quarter}|${h.category}`),
        );
        // Publish every cell but the primary ones, with the quarter sums the attack model takes as known.
        const keys: string[] = [];
        const values: number[] = [];
        t.counts.forEach((row, q) =>
          row.forEach((v, c) => {
            if (v === null) return;
            keys.push(`${t.quarters[q]}|${t.categories[c]!.id}`);
            values.push(v);
          }),
        );
        const cells = values.map((v, i) => (primary.has(keys[i]!) ? null : v));
        const relations = t.quarters.map((quarter) => {
          const coefficients = keys.map((k): number => (k.startsWith(`${quarter}|`) ? 1 : 0));
          return { coefficients, value: coefficients.reduce((s, a, i) => s + a * values[i]!, 0) };
        });
        // A quarter whose total may be shown and which holds exactly one primary cell gives that cell away.
        const exposed = t.quarters.some((quarter, q) => {
          const inQuarter = keys.filter((k) => k.startsWith(`${quarter}|`) && primary.has(k)).length;
          const total = relations[q]!.value;
          return inQuarter === 1 && total >= DEFAULT_POLICY.threshold;
        });
        if (!exposed) return;
        checked++;
        expect(auditPublication({ cells, relations }).disclosed.length).toBeGreaterThan(0);
        // ... and the protected series does not.
        expect(auditSeries(series, record).disclosed).toEqual([]);
      }),
      settings(RUNS, 7),
    );
    expect(checked).toBeGreaterThan(100);
  });
});

describe('readPublishedSeries (properties)', () => {
  it('readPublishedSeries reads back any protected series unchanged under the same policy', () => {
    fc.assert(
      fc.property(tableArbitrary, policyArbitrary, (t, p) => {
        const { series } = protectTable(t, p);
        const read = readPublishedSeries(JSON.parse(JSON.stringify(serializeSeries(series))), p);
        expect(read.problems).toEqual([]);
        expect(read.series).toEqual(series);
      }),
      settings(RUNS, 8),
    );
  });

  it('readPublishedSeries under a stricter policy shows no count below its threshold', () => {
    fc.assert(
      fc.property(tableArbitrary, (t) => {
        const { series } = protectTable(t);
        const strict = { ...DEFAULT_POLICY, threshold: 11 };
        const read = readPublishedSeries(serializeSeries(series), strict);
        for (const cell of [
          ...read.series!.cells.flat(),
          ...(read.series!.quarterTotals ?? []),
          ...(read.series!.rangeTotals ?? []),
        ])
          if (cell.status === 'value') expect(cell.value === 0 || cell.value >= 11).toBe(true);
        expect(read.series!.disclosure.threshold).toBe(11);
      }),
      settings(RUNS, 9),
    );
  });
});

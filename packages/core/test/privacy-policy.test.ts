import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as core from '../src/index.js';
import { DEFAULT_POLICY, DisclosurePolicy, POLICY_PRESETS } from '../src/privacy/index.js';

describe('DisclosurePolicy', () => {
  it('DEFAULT_POLICY is the Hotline rule: hide 1 and 2, show zeros, protect people against insiders and intervals, publish totals', () => {
    expect(DEFAULT_POLICY).toEqual({
      threshold: 3,
      protectZeros: false,
      contributors: { dominance: true, minContributors: 1 },
      units: ['clients', 'service-uses'],
      protection: { interval: true, insiders: true },
      publish: { quarterTotals: true, rangeTotals: true, shares: false },
    });
  });

  it('POLICY_PRESETS holds the thresholds in use: hotline 3, state-5, state-10, ctdc 11', () => {
    expect(Object.fromEntries(Object.entries(POLICY_PRESETS).map(([name, p]) => [name, p.threshold]))).toEqual({
      hotline: 3,
      'state-5': 5,
      'state-10': 10,
      ctdc: 11,
    });
  });

  it('DisclosurePolicy fills omitted fields with the defaults', () => {
    const policy = z.parse(DisclosurePolicy, { threshold: 5, publish: { shares: true } });
    expect(policy).toEqual({ ...DEFAULT_POLICY, threshold: 5, publish: { ...DEFAULT_POLICY.publish, shares: true } });
  });

  it('DisclosurePolicy rejects a threshold below 1, a fractional one and an unknown unit', () => {
    expect(z.safeParse(DisclosurePolicy, { threshold: 0 }).success).toBe(false);
    expect(z.safeParse(DisclosurePolicy, { threshold: 2.5 }).success).toBe(false);
    expect(z.safeParse(DisclosurePolicy, { units: ['people'] }).success).toBe(false);
  });

  it('DEFAULT_POLICY and the presets are frozen', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(POLICY_PRESETS.ctdc.publish)).toBe(true);
  });

  it('@cate/core re-exports the privacy API', () => {
    for (const name of [
      'protectTable',
      'protectTables',
      'auditPublication',
      'auditSeries',
      'readPublishedSeries',
      'serializeSeries',
      'DisclosurePolicy',
      'DEFAULT_POLICY',
      'POLICY_PRESETS',
    ])
      expect(core).toHaveProperty(name);
  });
});

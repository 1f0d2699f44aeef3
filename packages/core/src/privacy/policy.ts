import * as z from 'zod/mini';
import { Unit } from '../taxonomy/schema.js';
import { deepFreeze } from './safe-series.js';

/**
 * A disclosure policy as data: which counts are too small to show, and what is published beside the cells.
 * Parse a partial policy with `z.parse(DisclosurePolicy, { threshold: 5 })`: omitted fields take the defaults.
 */
export const DisclosurePolicy = z.strictObject({
  /** k: a count with 0 < count < k is hidden. 3 is the Hotline's rule ("referenced fewer than three times"). */
  threshold: z._default(z.int().check(z.minimum(1)), 3),
  /** Hide zeros as well (0 <= count < k), for data where even "none" is sensitive. */
  protectZeros: z._default(z.boolean(), false),
  /**
   * A member organization can subtract its own count from the coalition total, so the total alone is not enough.
   */
  contributors: z.prefault(
    z.strictObject({
      /**
       * Hide a cell with two or more contributing organizations when total - largest contribution is in (0, k):
       * the largest contributor would learn that the others served fewer than k.
       */
      dominance: z._default(z.boolean(), true),
      /** Hide a non-zero cell reported by fewer organizations than this (1 turns the rule off). */
      minContributors: z._default(z.int().check(z.minimum(1)), 1),
    }),
    {},
  ),
  /**
   * Units whose counts describe people and are protected. Organization counts (screening, waitlists) describe
   * organizations, not survivors, and are shown as they are unless listed here.
   */
  units: z._default(z.array(Unit), ['clients', 'service-uses']),
  /**
   * What the attack on a publication must not achieve, for every hidden cell (see `publish` and `auditRelease`).
   * No hidden cell is ever pinned to one value; on top of that, by default:
   */
  protection: z.prefault(
    z.strictObject({
      /** Interval protection: every small count's upper bound for the attacker reaches k ("it is small" is hidden too). */
      interval: z._default(z.boolean(), true),
      /** The insider model: each member, knowing its own counts, attacks as well (and learns nothing of the others' small counts). */
      insiders: z._default(z.boolean(), true),
    }),
    {},
  ),
  /** What is published beside the cells. */
  publish: z.prefault(
    z.strictObject({
      /** Per-quarter totals (the client count in a multi-select section). */
      quarterTotals: z._default(z.boolean(), true),
      /** Per-category totals over the quarter range. */
      rangeTotals: z._default(z.boolean(), true),
      /** Shares of the quarter's denominator. */
      shares: z._default(z.boolean(), false),
    }),
    {},
  ),
});
export type DisclosurePolicy = z.infer<typeof DisclosurePolicy>;

/** Policies already checked: parsed once, frozen, then trusted. */
const checked = new WeakSet<object>();

function remember(policy: DisclosurePolicy): DisclosurePolicy {
  checked.add(deepFreeze(policy));
  return policy;
}

const withThreshold = (threshold: number): DisclosurePolicy => remember(z.parse(DisclosurePolicy, { threshold }));

/** The Hotline's rule: counts of 1 and 2 are hidden. */
export const DEFAULT_POLICY: DisclosurePolicy = withThreshold(3);

/**
 * Thresholds in use: the Hotline (k=3), state health departments (5; 10 as CDC WONDER hides 1-9) and CTDC's
 * published extracts (k=11).
 */
export const POLICY_PRESETS: Readonly<Record<'hotline' | 'state-5' | 'state-10' | 'ctdc', DisclosurePolicy>> = {
  hotline: DEFAULT_POLICY,
  'state-5': withThreshold(5),
  'state-10': withThreshold(10),
  ctdc: withThreshold(11),
};

/** Validates a policy handed in at run time (from JavaScript or a config file). */
export function checkedPolicy(policy: unknown): DisclosurePolicy {
  if (typeof policy === 'object' && policy !== null && checked.has(policy)) return policy as DisclosurePolicy;
  const parsed = z.safeParse(DisclosurePolicy, policy);
  if (!parsed.success)
    throw new TypeError(
      `invalid disclosure policy: ${parsed.error.issues
        .map((i) =>
          i.code === 'unrecognized_keys'
            ? `${i.keys.map((k) => [...i.path, k.length > 80 ? `${k.slice(0, 79)}…` : k].join('.')).join(', ')}: not a policy field (an unknown field is refused, not ignored)`
            : `${i.path.join('.')}: ${i.message}`,
        )
        .join('; ')}`,
    );
  return remember(parsed.data);
}

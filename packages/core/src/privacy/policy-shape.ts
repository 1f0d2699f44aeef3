import type { DisclosurePolicy } from './policy.js';
import { deepFreeze } from './safe-series.js';
import { arrayOf, BAD, boolean, number, object, oneOf, orElse, ShapeProblems, type Check } from './shape-check.js';

// A disclosure policy checked by hand: the same accepted set, defaults and parsed value as the zod/mini schema
// `DisclosurePolicy` (policy.ts, the documented source of truth), so that reading published data in a browser
// builds no schema. Only the readers of published data use it (read.ts, read-published-series.ts).

const flag = (value: boolean) => orElse(boolean, () => value);
const atLeastOne = (value: number) => orElse(number({ integer: true, min: 1 }), () => value);

/** Checks a policy, filling in the defaults; an unknown field is refused, not ignored. */
export const checkPolicyShape: Check<DisclosurePolicy> = object<DisclosurePolicy>(
  {
    threshold: atLeastOne(3),
    protectZeros: flag(false),
    contributors: orElse(object({ dominance: flag(true), minContributors: atLeastOne(1) }, true), () => ({})),
    units: orElse(arrayOf(oneOf(['clients', 'organizations', 'percent-of-organizations', 'service-uses'])), () => [
      'clients',
      'service-uses',
    ]),
    protection: orElse(object({ interval: flag(true), insiders: flag(true) }, true), () => ({})),
    publish: orElse(
      object({ quarterTotals: flag(true), rangeTotals: flag(true), shares: flag(false) }, true),
      () => ({}),
    ),
  },
  true,
);

/** Policies this module has checked: parsed once, frozen, then trusted. */
const checked = new WeakSet<object>();

/**
 * Validates a policy handed to a reader of published data, as policy.ts's `checkedPolicy` does (and throws a
 * TypeError the same way), without zod.
 */
export function checkedReaderPolicy(policy: unknown): DisclosurePolicy {
  if (typeof policy === 'object' && policy !== null && checked.has(policy)) return policy as DisclosurePolicy;
  const problems = new ShapeProblems();
  const parsed = checkPolicyShape(policy, '', problems);
  if (parsed === BAD)
    throw new TypeError(
      `invalid disclosure policy: ${problems.list.map(({ path, message }) => `${path}: ${message}`).join('; ')}`,
    );
  checked.add(deepFreeze(parsed));
  return parsed;
}

/** The Hotline's rule (counts of 1 and 2 are hidden): policy.ts's DEFAULT_POLICY, built without zod. */
export const READER_DEFAULT_POLICY: DisclosurePolicy = checkedReaderPolicy({ threshold: 3 });

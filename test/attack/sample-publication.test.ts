// The repository's sample data, published with the default policy, attacked by the suite's independent attacker
// (lp-attack.ts) as an outsider and as each of its member organizations, with every quarter sub-range view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cateTaxonomy, DEFAULT_POLICY, publish, type PublicationDocument, type QuarterRange } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';
import { knowledgeOf, viewRelations } from './knowledge.js';
import { findViolations, prepareAttack, type PreparedAttack } from './lp-attack.js';

const submissions = sampleSubmissions();
const k = DEFAULT_POLICY.threshold;
const { truth, own } = knowledgeOf(submissions);
const ownOf = (organization: string) => (section: string, quarter: string, category: string) =>
  own(organization, section, quarter, category);

/** Attacks the sample published as these releases (each with the earlier ones as `previous`; none: every quarter). */
function attackReleases(title: string, ranges: ReadonlyArray<QuarterRange | undefined>) {
  describe(title, { timeout: 300_000 }, () => {
    let prepared: PreparedAttack;
    beforeAll(() => {
      const releases: PublicationDocument[] = [];
      for (const [i, quarters] of ranges.entries())
        releases.push(
          publish({
            taxonomy: cateTaxonomy,
            submissions,
            policy: DEFAULT_POLICY,
            ...(quarters ? { quarters } : {}),
            previous: releases,
            release: { id: `sample-${i + 1}`, created: '2026-01-01' },
          }).publication,
        );
      prepared = prepareAttack(releases, viewRelations(releases));
    });
    afterAll(() => prepared?.dispose());

    it('hides some cells (the attack has something to attack)', () => {
      console.log(`${title}: ${prepared.hidden.length} hidden cells`);
      expect(prepared.hidden.length).toBeGreaterThan(0);
    });

    it('gives an outsider no hidden cell exactly and no small cell an upper bound below k', async () => {
      expect(findViolations(await prepared.attack(), { k, truth })).toEqual([]);
    });

    it.each(cateTaxonomy.organizations.map((o) => o.id))(
      'gives member %s nothing about the others’ small counts',
      async (organization) => {
        const own = ownOf(organization);
        expect(findViolations(await prepared.attack(own), { k, truth, own })).toEqual([]);
      },
    );
  });
}

attackReleases('the sample data, published with the default policy (one release, every quarter view)', [undefined]);
attackReleases('the sample data, released quarter by quarter (2025-Q3, then 2025-Q4)', [
  { from: '2024-Q1', to: '2025-Q3' },
  { from: '2024-Q1', to: '2025-Q4' },
]);
attackReleases('the sample data, released as a rolling window of seven quarters', [
  { from: '2024-Q1', to: '2025-Q3' },
  { from: '2024-Q2', to: '2025-Q4' },
]);

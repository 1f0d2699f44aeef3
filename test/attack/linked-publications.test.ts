// Property test: the library's publications, attacked by the suite's independent attacker (lp-attack.ts).
// Random small linked datasets, each published as 2-3 consecutive releases (each release passes the earlier ones
// as `previous`), attacked together with every quarter sub-range view, as an outsider and as each member.
import { describe, expect, it } from 'vitest';
import * as core from '@cate/core';
import { DEFAULT_POLICY, publish, type PublicationDocument, type QuarterRange } from '@cate/core';
import type { PublishedSection } from '../../packages/core/src/publication/format.js';
import { findViolations, prepareAttack, relationsOfView, type LinearRelation } from './lp-attack.js';
import { randomDataset, seeded } from './random-publication.js';

const DATASETS = Number(process.env.ATTACK_DATASETS ?? 2000);
const FIRST_SEED = Number(process.env.ATTACK_FIRST_SEED ?? 1);
const THRESHOLDS = [3, 5, 11];

/** What a visitor can request: a quarter sub-range of a published section (`viewOfSection`, else `selectQuarters`). */
type ViewOf = (section: PublishedSection, range: QuarterRange) => PublishedSection;
const viewOf: ViewOf =
  (core as unknown as { viewOfSection?: ViewOf }).viewOfSection ??
  ((section, range) =>
    (core.selectQuarters as unknown as (s: PublishedSection, r: QuarterRange) => PublishedSection)(section, range));

/** The numbers of every view over a proper quarter sub-range of each section of each release. */
function viewRelations(releases: readonly PublicationDocument[]): LinearRelation[] {
  const out: LinearRelation[] = [];
  for (const doc of releases)
    for (const section of Object.values(doc.sections)) {
      const quarters = section.quarters;
      for (let a = 0; a < quarters.length; a++)
        for (let b = a; b < quarters.length; b++) {
          if (a === 0 && b === quarters.length - 1) continue; // the release itself
          const view = viewOf(section, { from: quarters[a]!, to: quarters[b]! } as QuarterRange);
          out.push(...relationsOfView(view, `view of ${doc.release.id}`));
        }
    }
  return out;
}

interface Finding {
  seed: number;
  k: number;
  attacker: string;
  releases: string;
  finding: string;
}

describe('linked releases of random datasets, attacked as an outsider and as each member', () => {
  it(`leak no hidden cell in ${DATASETS} datasets (k = ${THRESHOLDS.join(', ')})`, { timeout: 600_000 }, async () => {
    const findings: Finding[] = [];
    const refused: string[] = [];
    let hiddenCells = 0;
    let attacks = 0;
    let publishing = 0;
    let viewing = 0;
    const started = performance.now();
    for (let seed = FIRST_SEED; seed < FIRST_SEED + DATASETS; seed++) {
      const data = randomDataset(seed);
      const random = seeded(seed * 7919 + 1);
      const k = THRESHOLDS[seed % THRESHOLDS.length]!;
      const policy = {
        ...DEFAULT_POLICY,
        threshold: k,
        publish: { ...DEFAULT_POLICY.publish, shares: random() < 0.3 },
      };
      const Q = data.quarters.length;
      const count = Math.min(Q, random() < 0.5 ? 2 : 3);
      const releases: PublicationDocument[] = [];
      const publishStarted = performance.now();
      try {
        for (let r = 0; r < count; r++) {
          const { publication } = publish({
            taxonomy: data.taxonomy,
            submissions: data.submissions,
            policy,
            quarters: { from: data.quarters[0]!, to: data.quarters[Q - count + r]! },
            previous: releases,
            release: { id: `r${r + 1}`, created: '2026-01-01' },
          });
          releases.push(publication);
        }
      } catch (error) {
        if (!(error instanceof Error && 'problems' in error)) throw error;
        refused.push(`seed ${seed} (k=${k}): ${error.message.split('\n')[0]}`);
        continue;
      }
      publishing += performance.now() - publishStarted;
      const viewStarted = performance.now();
      const prepared = prepareAttack(releases, viewRelations(releases));
      viewing += performance.now() - viewStarted;
      hiddenCells += prepared.hidden.length;
      const releaseNames = releases.map((d) => `${d.release.id} ${d.release.from}..${d.release.to}`).join(', ');
      const note = (attacker: string, found: string[]) =>
        findings.push(...found.map((finding) => ({ seed, k, attacker, releases: releaseNames, finding })));
      attacks++;
      note('outsider', findViolations(await prepared.attack(), { k, truth: data.truth }));
      for (const org of data.organizations) {
        const own = (s: string, q: string, c: string) => data.own(org, s, q, c);
        attacks++;
        note(org, findViolations(await prepared.attack(own), { k, truth: data.truth, own }));
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${DATASETS} datasets, ${refused.length} refused, ${hiddenCells} hidden cells, ${attacks} attacks, ` +
        `${findings.length} findings, ${seconds} s (publish ${(publishing / 1000).toFixed(1)} s, ` +
        `relations ${(viewing / 1000).toFixed(1)} s)`,
    );
    if (refused.length) console.log(`refused:\n  ${refused.slice(0, 5).join('\n  ')}`);
    const describe = (f: Finding) => `seed ${f.seed} k=${f.k} ${f.attacker} [${f.releases}]: ${f.finding}`;
    expect(findings.slice(0, 8).map(describe), `${findings.length} findings`).toEqual([]);
  });
});

import { it } from 'vitest';
import { DEFAULT_POLICY, publish, auditRelease, type PublicationDocument } from '@cate/core';
import { findViolations, prepareAttack } from './lp-attack.js';
import { randomDataset, seeded } from './random-publication.js';
it('dbg', async () => {
  const seed = Number(process.env.SEED ?? 6);
  const data = randomDataset(seed);
  const random = seeded(seed * 7919 + 1);
  const k = [3, 5, 11][seed % 3]!;
  const policy = { ...DEFAULT_POLICY, threshold: k, publish: { ...DEFAULT_POLICY.publish, shares: random() < 0.3 } };
  const Q = data.quarters.length;
  const count = Math.min(Q, random() < 0.5 ? 2 : 3);
  const releases: PublicationDocument[] = [];
  for (let r = 0; r < count; r++)
    releases.push(
      publish({
        taxonomy: data.taxonomy,
        submissions: data.submissions,
        policy,
        quarters: { from: data.quarters[0]!, to: data.quarters[Q - count + r]! },
        previous: releases,
        release: { id: `r${r + 1}`, created: '2026-01-01' },
      }).publication,
    );
  for (let n = 1; n <= releases.length; n++) {
    const prepared = prepareAttack(releases.slice(0, n), []);
    console.log(n, 'no views', findViolations(await prepared.attack(), { k, truth: data.truth }));
    console.log(
      n,
      'mine',
      auditRelease({
        taxonomy: data.taxonomy,
        submissions: data.submissions,
        releases: releases.slice(0, n),
        policy,
      }).map((f) => JSON.stringify(f)),
    );
  }
  for (const d of releases)
    for (const [id, s] of Object.entries(d.sections))
      if (id === 'origin' || id === 'age')
        console.log(
          d.release.id,
          id,
          s.multiSelect,
          s.subsetOf,
          s.coversAllClients,
          JSON.stringify(s.cells.map((r) => r.map((c) => (c.status === 'value' ? c.value : c.status[0])))),
          JSON.stringify(s.quarterTotals?.map((c) => (c.status === 'value' ? c.value : 'S'))),
          JSON.stringify(s.rangeTotals?.map((c) => (c.status === 'value' ? c.value : 'S'))),
          s.shares ? 'shares' : '',
        );
  console.log(JSON.stringify(releases.at(-1)!.links));
});
import { attackModel, solveIntervals } from '@cate/core';
it('dbg2', async () => {
  const seed = 6;
  const data = randomDataset(seed);
  const random = seeded(seed * 7919 + 1);
  const k = [3, 5, 11][seed % 3]!;
  const policy = { ...DEFAULT_POLICY, threshold: k, publish: { ...DEFAULT_POLICY.publish, shares: random() < 0.3 } };
  const Q = data.quarters.length;
  const r1 = publish({
    taxonomy: data.taxonomy,
    submissions: data.submissions,
    policy,
    quarters: { from: data.quarters[0]!, to: data.quarters[Q - 2]! },
    release: { id: `r1`, created: '2026-01-01' },
  }).publication;
  const m = attackModel([r1]);
  console.log(m.keys.map((k) => k.replace(/\u0000/g, '/')));
  console.log(m.rows.map((r) => JSON.stringify([...r.terms]) + ' ' + r.constant + ' ' + r.op));
  console.log(JSON.stringify(r1.sections['clients']));
  console.log([...solveIntervals(m).intervals].map(([k, v]) => k.replace(/\u0000/g, '/') + JSON.stringify(v)));
});

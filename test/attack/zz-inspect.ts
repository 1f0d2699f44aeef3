import { DEFAULT_POLICY, publish, type PublicationDocument } from '@cate/core';
import { randomDataset } from './random-publication.ts';
const seed = Number(process.argv[2]);
const data = randomDataset(seed);
const k = [3, 5, 11][seed % 3]!;
const rel: PublicationDocument[] = [];
const Q = data.quarters.length;
// replicate release plan
import { seeded } from './random-publication.ts';
const random = seeded(seed * 7919 + 1);
const shares = random() < 0.3;
const count = Math.min(Q, random() < 0.5 ? 2 : 3);
for (let r = 0; r < count; r++)
  rel.push(
    publish({
      taxonomy: data.taxonomy,
      submissions: data.submissions,
      policy: { ...DEFAULT_POLICY, threshold: k, publish: { ...DEFAULT_POLICY.publish, shares } },
      quarters: { from: data.quarters[0]!, to: data.quarters[Q - count + r]! },
      previous: [...rel],
      release: { id: `r${r + 1}`, created: '2026-01-01' },
    }).publication,
  );
const c = (x: any) => (x.status === 'value' ? x.value : x.status === 'suppressed' ? 'h' : '-');
for (const doc of rel) {
  console.log('release', doc.release.id, doc.release.from, doc.release.to, JSON.stringify(doc.links));
  for (const [id, s] of Object.entries(doc.sections)) {
    if (process.argv[3] && !process.argv[3].split(',').includes(id)) continue;
    console.log(
      ' ',
      id,
      s.multiSelect ? 'multi' : 'single',
      'cats',
      s.categories.map((x) => x.id).join(','),
      '\n    cells',
      JSON.stringify(s.cells.map((r) => r.map(c))),
      'qt',
      JSON.stringify(s.quarterTotals?.map(c)),
      'rt',
      JSON.stringify(s.rangeTotals?.map(c)),
      s.shares ? 'sh ' + JSON.stringify(s.shares.map((r) => r.map(c))) : '',
      '\n    coverage',
      JSON.stringify(s.coverage.map((x) => `${x.reported}/${x.expected}`)),
    );
  }
}
console.log('truth');
for (const s of data.taxonomy.sections) {
  if (process.argv[3] && !process.argv[3].split(',').includes(s.id)) continue;
  console.log(
    ' ',
    s.id,
    JSON.stringify(data.quarters.map((q) => s.categories.map((cat) => data.truth(s.id, q, cat.id) ?? '-'))),
  );
}

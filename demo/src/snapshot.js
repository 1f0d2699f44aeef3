// The statewide snapshot: two headline figures computed from the protected publication of the synthetic sample
// (never from submissions), and the 2019 report's top three needs (published text).
import '@cate/charts/cate-snapshot-stat.js';
import '@cate/charts/cate-top-needs.js';
import { MINOR_AT_ACCESS, RACIAL_OR_ETHNIC_MINORITY, readPublication, shareFigure } from '@cate/core';
import { fetchJson, start } from './page.js';

const FIGURES = [
  ['minority-share', 'race-and-hispanic-ethnicity', RACIAL_OR_ETHNIC_MINORITY],
  ['minor-share', 'age', MINOR_AT_ACCESS],
];

start(async () => {
  const [publication, topNeeds] = await Promise.all([
    fetchJson('/data/publication.json'),
    fetchJson('/data/missouri-top-needs-2019.json'),
  ]);
  const { sections, problems } = readPublication(publication);
  if (problems.some((p) => p.severity === 'error')) throw new Error(problems.map((p) => p.message).join('; '));
  for (const [element, section, definition] of FIGURES)
    document.getElementById(element).figure = shareFigure(sections.get(section), definition, { period: 'range' });
  document.getElementById('sample-notice').textContent = publication.notice ?? '';
  document.querySelector('cate-top-needs').needs = topNeeds;
});

// The synthetic needs assessment, ranked by region; the page's select chooses the region.
import '@cate/charts/cate-needs-ranking.js';
import { checkNeedsAssessment } from '@cate/core';
import { fetchJson, start } from './page.js';

start(async () => {
  const { assessment, problems } = checkNeedsAssessment(await fetchJson('/data/examples/needs-assessment.json'));
  if (!assessment) throw new Error(problems.map((p) => p.message).join('; '));
  const ranking = document.querySelector('cate-needs-ranking');
  const select = document.getElementById('region');
  for (const region of assessment.regions) select.add(new Option(region.label, region.id));
  select.value = ranking.region;
  select.addEventListener('change', () => (ranking.region = select.value));
  document.getElementById('needs-notice').textContent = assessment.notice ?? '';
  ranking.assessment = assessment;
});

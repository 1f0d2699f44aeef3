// The National Human Trafficking Hotline's Missouri report for 2020, drawn by <cate-chart> from the report's
// published figures (core's HOTLINE_MISSOURI_2020, served as a file): each chart names its section in
// data-hotline-section; the series and the taxonomy's words come from @cate/core, as in the stories.
import '@cate/charts/cate-chart.js';
import { hotlineSeries, hotlineTaxonomy } from '@cate/core';
import { fetchJson, start } from './page.js';

start(async () => {
  const dataset = await fetchJson('/data/hotline-missouri-2020.json');
  for (const chart of document.querySelectorAll('cate-chart[data-hotline-section]')) {
    const id = chart.dataset.hotlineSection;
    const { series, problems } = hotlineSeries(dataset, id);
    if (!series) throw new Error(`${id}: ${problems.map((p) => p.message).join('; ')}`);
    const section = hotlineTaxonomy.sections.find((s) => s.id === id);
    chart.taxonomy = hotlineTaxonomy;
    chart.description = `${section.description} January 1 – December 31, 2020.`;
    chart.data = series;
  }
});

import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import { HOTLINE_MISSOURI_2020, hotlineSeries, hotlineTaxonomy } from '../../packages/core/src/reports.js';
import { drawnCells } from './drawing.js';
import { allOutput, mount, runAxe, shadow } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

function series(section: string) {
  const { series } = hotlineSeries(HOTLINE_MISSOURI_2020, section);
  if (!series) throw new Error(`no series for ${section}`);
  return series;
}

const tableText = (el: HTMLElement) =>
  [...shadow(el).querySelectorAll('table[part~="table"] td')].map((td) => td.textContent!.trim());

describe('<cate-chart> with the Hotline taxonomy (seed 003)', () => {
  it('draws signaler type from the published series, with every published count and the 750 total in its table', async () => {
    const el = await mount((el) => {
      el.taxonomy = hotlineTaxonomy;
      el.data = series('signaler-type');
      el.kind = 'grouped-bar';
    });
    expect(shadow(el).querySelector('[part=heading]')!.textContent).to.equal('Signaler Type');
    expect(drawnCells(shadow(el), '.mark.bar')).to.have.length(17);
    const cells = tableText(el);
    for (const n of ['185', '104', '91', '3', '7', '750']) expect(cells).to.include(n);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('draws victim demographics with Gender Minorities suppressed everywhere, and the report percents when asked', async () => {
    const el = await mount((el) => {
      el.taxonomy = hotlineTaxonomy;
      el.data = series('victim-demographics');
      el.kind = 'table';
    });
    const cells = tableText(el);
    expect(cells).to.include('SSuppressed'); // "S" shown, "Suppressed" for screen readers
    expect(cells).to.include('267');
    expect(allOutput(el)).to.match(/hidden to protect privacy \(counts from 1 to 2/);
    expect(shadow(el).querySelector('[part=footnotes]')!.textContent).to.contain('more than one category');
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('prints the venue/industry leaves, the type level as its own chart, and the Hotline rounding in a 100% stack', async () => {
    const leaves = await mount((el) => {
      el.taxonomy = hotlineTaxonomy;
      el.data = series('venue-industry');
    });
    // Fifteen leaves: more than a chart can show readably, so the default is the table.
    expect(tableText(leaves)).to.include('111');
    const types = await mount((el) => {
      el.taxonomy = hotlineTaxonomy;
      el.data = series('trafficking-type');
      el.kind = 'stacked-percent';
    });
    const percents = tableText(types);
    for (const p of ['86%', '4%', '3%', '7%']) expect(percents).to.include(p);
    expect((await runAxe(types)).violations).to.deep.equal([]);
  });
});

import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import type { SafeSeries } from '../../packages/core/src/index.js';
import { HOTLINE_MISSOURI_2020, hotlineSeries, hotlineTaxonomy } from '../../packages/core/src/reports.js';
import { drawnCells } from './drawing.js';
import { allOutput, mount, press, runAxe, settle, shadow } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

function series(section: string): SafeSeries {
  const { series } = hotlineSeries(HOTLINE_MISSOURI_2020, section);
  if (!series) throw new Error(`no series for ${section}`);
  return series;
}

/** The live region's sentence, without the position that follows it (chart-a11y.test.ts checks the position). */
const live = (el: HTMLElement) =>
  shadow(el)
    .querySelector('[aria-live]')!
    .textContent!.trim()
    .replace(/; quarter \d+ of \d+, category \d+ of \d+$/, '');
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('<cate-chart> with a category hierarchy (Hotline venue/industry, seed 003)', () => {
  async function venues(kind: 'grouped-bar' | 'table' = 'grouped-bar') {
    return mount(
      (el) => {
        el.taxonomy = hotlineTaxonomy;
        el.data = series('venue-industry');
        el.kind = kind;
      },
      { width: 760 },
    );
  }

  it("the legend lists venues under Sex and industries under Labor, each group's total first", async () => {
    const el = await venues();
    const legend = shadow(el).querySelector('[part=legend]')!;
    expect(texts(legend, '.legend-heading')).to.deep.equal(['Sex', 'Labor']);
    const sex = legend.querySelector('ul[aria-label="Sex"]')!;
    expect(texts(sex, ':scope > li').slice(0, 3)).to.deep.equal(['Total', 'Venue Not Specified', 'Pornography']);
    expect(texts(legend.querySelector('ul[aria-label="Labor"]')!, ':scope > li')).to.deep.equal([
      'Total',
      'Restaurant/Food Service',
      'Construction',
      'Industries Referenced in Fewer than Three Cases',
    ]);
    // The groups of one category are not headings: they stay plain entries.
    expect(texts(legend, ':scope > li:not(.legend-group)')).to.deep.equal([
      'Sex and Labor',
      'Trafficking Type Not Specified',
    ]);
  });

  it('the axis labels the Sex and Labor clusters, draws their published totals as bands, and names the period 2020', async () => {
    const el = await venues();
    const svg = shadow(el).querySelector('svg.chart')!;
    expect(texts(svg, '.group-label')).to.deep.equal(['Sex', 'Labor']);
    expect(drawnCells(svg, 'path.band')).to.have.length(2);
    expect(drawnCells(svg, '.mark.bar')).to.have.length(15);
    expect(texts(svg, '.x-axis .tick-label')).to.deep.equal(['2020']);
    expect(allOutput(el)).not.to.contain('Q4 2020');
  });

  it('the data table puts each group in a row group whose header carries the published subtotal: Sex 229, Labor 10', async () => {
    const el = await venues();
    const table = shadow(el).querySelector('table[part~="table"]')!;
    const headings = [...table.querySelectorAll('th[scope=rowgroup]')];
    expect(headings.map((th) => [th.textContent!.trim(), th.nextElementSibling?.textContent!.trim()])).to.deep.equal([
      ['Sex', '229'],
      ['Labor', '10'],
    ]);
    expect(texts(table, 'thead th')).to.deep.equal(['Category', '2020']);
    const sexRows = texts(headings[0]!.closest('tbody')!, 'th[scope=row]');
    expect(sexRows).to.have.length(10);
    expect(sexRows[1]).to.equal('Pornography');
    expect(texts(table, 'tbody.totals th')).to.deep.equal(['Total']);
    expect(texts(table, 'tbody.totals td')).to.deep.equal(['267']);
  });

  it('keyboard exploration names the group with the category, the year and the section\'s own unit: "Sex: Pornography, 2020: 37 situations"', async () => {
    const el = await venues();
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    plot.focus();
    press(plot, 'ArrowDown');
    await settle(el, 1);
    expect(live(el)).to.equal('Sex: Total, 2020: 229 situations');
    press(plot, 'ArrowDown');
    press(plot, 'ArrowDown');
    await settle(el, 1);
    expect(live(el)).to.equal('Sex: Pornography, 2020: 37 situations');
    press(plot, 'End', { ctrlKey: true });
    await settle(el, 1);
    expect(live(el)).to.equal('Trafficking Type Not Specified, 2020: 19 situations');
  });

  it('the summary names the groups with their totals, in situations, for 2020', async () => {
    const el = await venues();
    const summary = shadow(el).getElementById('summary')!.textContent!;
    expect(summary).to.contain('number of situations in 15 categories, from 2020 to 2020');
    expect(summary).to.contain('The categories are grouped under Sex (229 in 2020) and Labor (10 in 2020).');
  });

  it('has no axe violations, drawn or as a table, and in Spanish the group and period read the same', async () => {
    for (const kind of ['grouped-bar', 'table'] as const) {
      const el = await venues(kind);
      expect((await runAxe(el)).violations, kind).to.deep.equal([]);
    }
    const es = await mount((el) => {
      el.taxonomy = hotlineTaxonomy;
      el.data = series('venue-industry');
      el.kind = 'grouped-bar';
      el.locale = 'es';
    });
    expect(texts(shadow(es), 'thead th')[0]).to.equal('Categoría');
    expect(shadow(es).getElementById('summary')!.textContent).to.contain(
      'Las categorías se agrupan en Sex (229 en 2020) y Labor (10 en 2020).',
    );
  });

  it('victim demographics (multi-select) groups Age, Gender and Citizenship with no totals, the hidden cell still hidden', async () => {
    const el = await mount((el) => {
      el.taxonomy = hotlineTaxonomy;
      el.data = series('victim-demographics');
      el.kind = 'grouped-bar';
    });
    expect(texts(shadow(el), '.legend-heading')).to.deep.equal(['Age', 'Gender', 'Citizenship']);
    expect(drawnCells(shadow(el), '.band')).to.have.length(0);
    expect(texts(shadow(el), 'th[scope=rowgroup]')).to.deep.equal(['Age', 'Gender', 'Citizenship']);
    expect(texts(shadow(el), 'tbody.totals th')).to.deep.equal(['Situations']);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });
});

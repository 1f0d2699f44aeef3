import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/guide/service-inventory/cate-service-inventory.js';
import type { CateServiceInventory } from '../../packages/charts/src/guide/service-inventory/cate-service-inventory.component.js';
import {
  ST_LOUIS_INVENTORY_2022 as figure1,
  inventoryFromCounts,
  parseResourceGuide,
} from '../../packages/core/src/reports.js';
import { mountElement, overflows, tableRows } from './guide-helpers.js';
import { runAxe } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

const published = () => inventoryFromCounts(figure1.counties, figure1.serviceTypes, figure1.counts);
const mount = (setup: (el: CateServiceInventory) => void, width?: number) =>
  mountElement<CateServiceInventory>('cate-service-inventory', setup, width);

describe('<cate-service-inventory>', () => {
  it('shows seed 004 figure 1 as a table: every published cell, the row and column totals and 198', async () => {
    const el = await mount((el) => {
      el.inventory = published();
      el.heading = figure1.title;
    });
    const rows = tableRows(el.shadowRoot!.querySelector('table'));
    expect(rows[0]![0]).to.equal('County');
    expect(rows[0]!.slice(1)).to.deep.equal([...figure1.serviceTypes.map((t) => t.label), 'Total']);
    figure1.counties.forEach((county, c) => {
      expect(rows[c + 1]).to.deep.equal(
        [county, ...figure1.counts[c]!.map(String), String(figure1.countyTotals[c])].map((t, i) =>
          i > 0 && t === '0' ? '✕0' : t,
        ),
      );
    });
    expect(rows.at(-1)).to.deep.equal(['Total', ...figure1.serviceTotals.map(String), '198']);
    const headers = [...el.shadowRoot!.querySelectorAll('th')];
    expect(headers.filter((th) => th.getAttribute('scope') === 'col').length).to.equal(13);
    expect(headers.filter((th) => th.getAttribute('scope') === 'row').length).to.equal(8);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('marks every zero cell as a gap by hatch, symbol and text, not by colour alone', async () => {
    const el = await mount((el) => (el.inventory = published()));
    const zeros = figure1.counts.flat().filter((v) => v === 0).length;
    const gaps = [...el.shadowRoot!.querySelectorAll('td.gap')];
    expect(gaps.length).to.equal(zeros);
    for (const td of gaps) {
      expect(td.querySelector('.gap-mark')!.textContent).to.equal('✕');
      expect(getComputedStyle(td).backgroundImage).to.contain('repeating-linear-gradient');
      expect(getComputedStyle(td).fontWeight).to.equal('700');
    }
    const list = el.shadowRoot!.querySelector('[part=gaps]')!.textContent!.replace(/\s+/g, ' ');
    expect(list).to.contain(
      'Language access/translation services: none located in 5 of 7 counties (Lincoln, Warren, Franklin, Jefferson, Washington)',
    );
  });

  it('switches to a plain table with its button, and stays within a 320 px phone screen', async () => {
    const el = await mount((el) => (el.inventory = published()), 320);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=view-toggle]')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    expect(el.shadowRoot!.querySelector('.gap-mark')).to.equal(null);
    expect(el.shadowRoot!.querySelector('table.heat')).to.equal(null);
    expect(overflows(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.table-wrap')!.getAttribute('tabindex')).to.equal('0');
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('derives the inventory from a resource guide, counting a provider only where it is located', async () => {
    const guide = parseResourceGuide({
      format: 'cate-resource-guide@1',
      title: 'Two counties',
      counties: ['Lincoln', 'Warren'],
      providers: [
        {
          id: 'a',
          name: 'A',
          locatedIn: 'Lincoln',
          serves: ['Warren'],
          services: ['legal', 'counseling'],
          contact: { phone: '555-0100' },
        },
      ],
    });
    const el = await mount((el) => (el.guide = guide));
    const rows = tableRows(el.shadowRoot!.querySelector('table'));
    expect(rows[1]!.at(-1)).to.equal('2');
    expect(rows[2]!.at(-1)).to.equal('0');
    expect(rows.at(-1)!.at(-1)).to.equal('2');
  });

  it('is accessible in the dark theme', async () => {
    const el = await mount((el) => {
      el.inventory = published();
      el.theme = 'dark';
    });
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });
});

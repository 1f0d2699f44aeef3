import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import { continents, diagnoses, newExisting } from '../../packages/charts/test/fixtures.js';
import { layoutChart } from '../../packages/charts/src/layout/layout-chart.js';
import { clientPoint } from './drawing.js';
import { mount, press, runAxe, settle, shadow } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The live region's sentence, without the position that follows it (chart-a11y.test.ts checks the position). */
const live = (el: HTMLElement) =>
  shadow(el)
    .querySelector('[aria-live]')!
    .textContent!.trim()
    .replace(/; quarter \d+ of \d+, category \d+ of \d+$/, '');
const tooltip = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part=tooltip]')!;

describe('<cate-chart> keyboard', () => {
  it('is one tab stop with an accessible name and description', async () => {
    const el = await mount((el) => (el.data = continents));
    const focusable = shadow(el).querySelectorAll('[tabindex="0"]');
    expect(focusable.length).to.equal(1);
    const plot = focusable[0]!;
    expect(plot.getAttribute('aria-label')).to.equal('interactive chart');
    expect(shadow(el).getElementById('summary')!.textContent)
      .to.contain('number of clients')
      .and.contain('Q1 2024')
      .and.contain('largest');
    expect(shadow(el).getElementById('instructions-text')!.textContent).to.contain('arrow');
  });

  it('arrows move across quarters and categories; the value is shown in a tooltip and announced', async () => {
    const el = await mount((el) => (el.data = continents));
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    plot.focus();
    press(plot, 'ArrowRight');
    await settle(el, 1);
    expect(live(el)).to.equal('Africa, Q1 2024: 12 clients');
    expect(tooltip(el).hidden).to.equal(false);
    expect(tooltip(el).textContent).to.contain('Africa, Q1 2024: 12 clients');
    press(plot, 'ArrowRight');
    press(plot, 'ArrowDown');
    await settle(el, 1);
    expect(live(el)).to.equal('Asia, Q2 2024: 6 clients');
    press(plot, 'ArrowDown');
    press(plot, 'ArrowLeft');
    await settle(el, 1);
    expect(live(el)).to.equal('Europe, Q1 2024: suppressed to protect privacy');
    press(plot, 'End');
    await settle(el, 1);
    expect(live(el)).to.equal('Europe, Q4 2025: 7 clients');
    press(plot, 'Home');
    await settle(el, 1);
    expect(live(el)).to.contain('Q1 2024');
    expect(shadow(el).querySelector('.focus-ring')).not.to.equal(null);
  });

  it('stops at the edges instead of wrapping, and says which edge it met', async () => {
    const el = await mount((el) => (el.data = continents));
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    press(plot, 'ArrowRight');
    await settle(el, 1);
    expect(live(el)).to.equal('Africa, Q1 2024: 12 clients');
    press(plot, 'ArrowLeft');
    await settle(el, 1);
    expect(live(el)).to.equal('First quarter shown. Africa, Q1 2024: 12 clients');
    press(plot, 'ArrowUp');
    await settle(el, 1);
    expect(live(el)).to.equal('First category. Africa, Q1 2024: 12 clients');
    press(plot, 'End', { ctrlKey: true });
    press(plot, 'ArrowRight');
    await settle(el, 1);
    expect(live(el)).to.equal('Last quarter shown. Unknown Origin, Q4 2025: 12 clients');
    press(plot, 'ArrowDown');
    await settle(el, 1);
    expect(live(el)).to.equal('Last category. Unknown Origin, Q4 2025: 12 clients');
    expect(tooltip(el).textContent).to.contain('Unknown Origin, Q4 2025: 12 clients');
  });

  it('says the same thing again by clearing the live region and setting it on the next frame', async () => {
    const el = await mount((el) => (el.data = continents));
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    const region = shadow(el).querySelector('[aria-live]')!;
    press(plot, 'ArrowRight');
    press(plot, 'ArrowLeft');
    await settle(el, 1);
    const edge = 'First quarter shown. Africa, Q1 2024: 12 clients';
    expect(live(el)).to.equal(edge);
    /** The texts the live region goes through while `keys` are pressed, as a screen reader sees the changes. */
    const heard = async (...keys: string[]) => {
      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(live(el)));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      for (const key of keys) press(plot, key);
      await settle(el, 2);
      observer.disconnect();
      return texts;
    };
    expect(await heard('ArrowLeft')).to.deep.equal(['', edge]);
    expect(live(el)).to.equal(edge);
    press(plot, 'Home');
    await settle(el, 1);
    expect(live(el)).to.equal('Africa, Q1 2024: 12 clients');
    expect(await heard('Home')).to.deep.equal(['', 'Africa, Q1 2024: 12 clients']);
    // A new position before the frame wins: the cleared text is not set back over it.
    expect((await heard('Home', 'ArrowRight')).at(-1)).to.equal('Africa, Q2 2024: 14 clients');
    expect(live(el)).to.equal('Africa, Q2 2024: 14 clients');
  });

  it('the instructions name the pointer, touch and every key the chart takes', async () => {
    const el = await mount((el) => (el.data = continents));
    const text = shadow(el).getElementById('instructions-text')!.textContent!;
    expect(text).to.contain('Hover over or touch a bar or point to see its value');
    for (const key of [
      'Tab',
      'Left and right arrows',
      'up and down arrows',
      'Home and End',
      'Ctrl+Home and Ctrl+End',
      'Escape',
    ])
      expect(text).to.contain(key);
  });

  it('a skip link takes a screen-reader user past the data table; it shows when focused and is no tab stop', async () => {
    const el = await mount((el) => (el.data = continents));
    const root = shadow(el);
    const link = root.querySelector<HTMLAnchorElement>('a.skip-link')!;
    const table = root.querySelector('table')!;
    const after = root.getElementById('after-table')!;
    expect(link.textContent!.trim()).to.equal('Skip the data table');
    expect(link.getAttribute('href')).to.equal('#after-table');
    expect(link.tabIndex).to.equal(-1);
    // In document order: link, table, landing place; nothing of the chart's own after the table but the notes.
    expect(link.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(table.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(link.getBoundingClientRect().width).to.be.at.most(1);
    link.focus();
    expect(link.getBoundingClientRect().width).to.be.greaterThan(40);
    const before = location.href;
    link.click();
    expect(root.activeElement).to.equal(after);
    expect(after.textContent).to.equal('End of the data table.');
    expect(location.href, 'the page URL is left alone').to.equal(before);
    expect((await runAxe(el)).violations.map((v) => v.id)).to.deep.equal([]);
    el.showTable = true;
    await settle(el, 1);
    expect(
      root.querySelector('a.skip-link')!.compareDocumentPosition(root.querySelector('#data-table')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    expect((await runAxe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('Escape stops exploring, hides the tooltip and leaves other keys to the page', async () => {
    const el = await mount((el) => (el.data = continents));
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    press(plot, 'ArrowRight');
    await settle(el, 1);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    plot.dispatchEvent(escape);
    await settle(el, 1);
    expect(escape.defaultPrevented).to.equal(true);
    expect(tooltip(el).hidden).to.equal(true);
    expect(live(el)).to.contain('Stopped');
    const second = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    plot.dispatchEvent(second);
    expect(second.defaultPrevented, 'a second Escape is the page’s').to.equal(false);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true });
    plot.dispatchEvent(tab);
    expect(tab.defaultPrevented, 'Tab is never trapped').to.equal(false);
  });

  it('shows a tooltip for the mark under a pointer or a touch, found from the layout by coordinates', async () => {
    const el = await mount((el) => (el.data = diagnoses));
    const chart = shadow(el).querySelector<SVGSVGElement>('svg.chart')!;
    const plot = shadow(el).querySelector('[part=plot]')!;
    const layout = layoutChart(diagnoses, {
      kind: 'line',
      width: Number(chart.getAttribute('width')),
      height: Number(chart.getAttribute('height')),
    });
    const at = (q: number, c: number, dx = 0) => {
      const { x, y } = layout.cells[q]![c]!.anchor;
      return clientPoint(chart, x + dx, y);
    };
    // The points are one path per category: the pointer's position, not its target, says which cell it is on.
    const pointer = (type: string, pointerType: string, point: { clientX: number; clientY: number }) =>
      chart.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType, ...point }));
    pointer('pointermove', 'mouse', at(2, 0));
    await settle(el, 1);
    expect(tooltip(el).textContent).to.contain('PTSD, Q3 2024: 35 clients');
    plot.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await settle(el, 1);
    expect(tooltip(el).hidden).to.equal(true);
    // A finger 10 px beside the point still finds it; a mouse that far away finds nothing.
    pointer('pointermove', 'mouse', at(0, 3, 10));
    await settle(el, 1);
    expect(tooltip(el).hidden).to.equal(true);
    pointer('pointerdown', 'touch', at(0, 3, 10));
    await settle(el, 1);
    expect(tooltip(el).textContent).to.contain('Anxiety, Q1 2024: 28 clients');
    // A touch on empty space (above the plot) puts the tooltip away.
    pointer('pointerdown', 'touch', clientPoint(chart, 2, 2));
    await settle(el, 1);
    expect(tooltip(el).hidden).to.equal(true);
  });

  it('a pointer on a bar or on its marker shows that bar’s cell; on a status mark, its cell', async () => {
    const el = await mount((el) => ((el.kind = 'grouped-bar'), (el.data = continents)));
    const chart = shadow(el).querySelector<SVGSVGElement>('svg.chart')!;
    const layout = layoutChart(continents, {
      kind: 'grouped-bar',
      width: Number(chart.getAttribute('width')),
      height: Number(chart.getAttribute('height')),
    });
    const bar = layout.marks.find((m) => m.type === 'bar' && m.q === 1 && m.c === 3)!;
    if (bar.type !== 'bar' || !bar.marker) throw new Error('a bar with a marker');
    const move = (x: number, y: number) =>
      chart.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          composed: true,
          pointerType: 'mouse',
          ...clientPoint(chart, x, y),
        }),
      );
    move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await settle(el, 1);
    expect(tooltip(el).textContent).to.contain('North America, Q2 2024: 44 clients');
    move(bar.marker.x, bar.marker.y);
    await settle(el, 1);
    expect(tooltip(el).textContent).to.contain('North America, Q2 2024');
    const status = layout.marks.find((m) => m.type === 'placeholder' && m.cells[0]!.q === 2)!;
    if (status.type !== 'placeholder') throw new Error('a status mark');
    move(status.x + status.width / 2, status.y + status.height / 2);
    await settle(el, 1);
    const { q, c } = status.cells[0]!;
    expect(tooltip(el).textContent).to.contain(`${continents.categories[c]!.label}, Q${q + 1} 2024: suppressed`);
  });

  it('the table toggle shows the data table; the table is in the accessibility tree either way', async () => {
    const el = await mount((el) => (el.data = continents));
    const button = shadow(el).querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    const table = () => shadow(el).querySelector('table')!;
    expect(table()).not.to.equal(null);
    expect(table().closest('.sr-only')).not.to.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(table().querySelectorAll('tbody tr').length).to.equal(8);
    // "S" shown, the word for screen readers; "n/r" likewise.
    const suppressed = table().querySelector('tbody tr td.suppressed')!;
    expect(suppressed.querySelector('[aria-hidden=true]')!.textContent).to.equal('S');
    expect(suppressed.querySelector('.sr-only')!.textContent).to.equal('Suppressed');
    expect(table().textContent).to.contain('Not reported').and.contain('7 of 8 members reported');
    button.click();
    await settle(el, 1);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(table().closest('.sr-only')).to.equal(null);
    expect(table().getBoundingClientRect().height).to.be.greaterThan(100);
    expect((await runAxe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });
});

describe('<cate-chart> sizing', () => {
  it('fills its container and redraws when resized', async () => {
    const el = await mount((el) => (el.data = continents), { width: 700 });
    const svg = () => shadow(el).querySelector('svg.chart')!;
    expect(Number(svg().getAttribute('width'))).to.equal(700 - 24);
    el.parentElement!.style.width = '360px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(Number(svg().getAttribute('width'))).to.equal(360 - 24);
    expect(svg().getBoundingClientRect().width).to.be.closeTo(336, 1);
  });

  it('draws once shown when it starts hidden (display: none)', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.display = 'none';
    document.body.append(wrapper);
    const el = await mount((el) => (el.data = continents), { width: 500, parent: wrapper });
    expect(shadow(el).querySelector('svg.chart')).to.equal(null);
    wrapper.style.display = '';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(Number(shadow(el).querySelector('svg.chart')!.getAttribute('width'))).to.equal(500 - 24);
  });

  it('shares a flex row and a grid track without overflowing', async () => {
    const flex = document.createElement('div');
    flex.style.cssText = 'display:flex;width:800px;gap:0';
    document.body.append(flex);
    const a = document.createElement('cate-chart');
    const b = document.createElement('cate-chart');
    a.style.flex = b.style.flex = '1';
    a.data = continents;
    b.data = newExisting;
    flex.append(a, b);
    const grid = document.createElement('div');
    grid.style.cssText = 'display:grid;grid-template-columns:1fr 1fr 1fr;width:900px';
    document.body.append(grid);
    const c = document.createElement('cate-chart');
    c.data = diagnoses;
    grid.append(c);
    await new Promise((r) => setTimeout(r, 50));
    for (const el of [a, b, c]) await settle(el);
    expect(a.getBoundingClientRect().width).to.be.closeTo(400, 1);
    expect(Number(shadow(a).querySelector('svg.chart')!.getAttribute('width'))).to.equal(400 - 24);
    expect(Number(shadow(c).querySelector('svg.chart')!.getAttribute('width'))).to.equal(300 - 24);
    expect(flex.scrollWidth).to.equal(800);
  });

  it('renders inside another component’s shadow root', async () => {
    class HostCard extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML =
          '<section style="width: 520px"><cate-chart></cate-chart></section>';
      }
    }
    if (!customElements.get('host-card')) customElements.define('host-card', HostCard);
    const card = document.createElement('host-card');
    document.body.append(card);
    const el = card.shadowRoot!.querySelector('cate-chart')!;
    let ready = false;
    card.addEventListener('cate-ready', () => (ready = true));
    el.data = diagnoses;
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(ready, 'cate-ready is composed and crosses the shadow root').to.equal(true);
    expect(Number(shadow(el).querySelector('svg.chart')!.getAttribute('width'))).to.equal(520 - 24);
    expect(getComputedStyle(shadow(el).querySelector('.line')!).strokeWidth).to.equal('2.5px');
    expect((await runAxe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });
});

import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import { idle, nextEvent, runAxe, settle, shadow } from './helpers.js';

/** The synthetic sample as published: what a public page draws. */
const PUBLICATION = '/test/browser/fixtures/publication.json';
let publication: unknown;
before(async () => {
  publication = await (await fetch(PUBLICATION)).json();
});

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

/** Elements of one chart, light and shadow DOM, the host included. */
const nodes = (el: HTMLElement) => 1 + el.querySelectorAll('*').length + shadow(el).querySelectorAll('*').length;

/** Sends a real key press through the test runner (Chromium's input pipeline, not a synthetic event). */
async function sendKey(press: string): Promise<void> {
  const session = new URL(location.href).searchParams.get('wtr-session-id');
  const { sendMessageWaitForResponse } = (await import(
    /* @vite-ignore */ '/__web-dev-server__web-socket.js' as string
  )) as { sendMessageWaitForResponse: (message: unknown) => Promise<{ executed: boolean }> };
  const response = await sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId: session,
    command: 'send-keys',
    payload: { press },
  });
  expect(response.executed, 'send-keys ran').to.equal(true);
}

/** The sample's continent-of-origin section as a grouped-bar chart, 640 px wide, below `above` px of page. */
function sampleChart(above = 0): { el: CateChart; ready: Promise<CustomEvent> } {
  if (above) {
    const spacer = document.createElement('div');
    spacer.style.height = `${above}px`;
    document.body.append(spacer);
  }
  const host = document.createElement('div');
  host.style.width = '640px';
  document.body.append(host);
  const el = document.createElement('cate-chart');
  el.section = 'continent-of-origin';
  el.kind = 'grouped-bar';
  el.data = publication;
  const ready = nextEvent(el, 'cate-ready', 30000);
  host.append(el);
  return { el, ready };
}

describe('<cate-chart> lean DOM', () => {
  it('the first draw builds the chart and its text, not the hidden data table or the closed menu; the table follows when idle and is in the accessibility tree', async () => {
    const { el, ready } = sampleChart();
    let atReady: { nodes: number; table: boolean; items: number } | undefined;
    el.addEventListener(
      'cate-ready',
      () =>
        (atReady = {
          nodes: nodes(el),
          table: shadow(el).querySelector('table') !== null,
          items: shadow(el).querySelectorAll('#export-list li').length,
        }),
      { once: true },
    );
    await ready;
    const root = shadow(el);
    expect(root.querySelector('svg.chart'), 'drawn').not.to.equal(null);
    expect(root.getElementById('summary')!.textContent).to.contain('number of clients');
    expect(atReady!.table, 'no data table in the first draw').to.equal(false);
    expect(atReady!.items, 'no items in the closed export menu').to.equal(0);
    await idle();
    await settle(el, 1);
    await idle();
    await el.updateComplete;
    const table = root.querySelector('table')!;
    expect(table, 'the table is built when the browser is idle').not.to.equal(null);
    // Visually hidden, not hidden from assistive technology.
    expect(table.closest('[hidden], [aria-hidden="true"]')).to.equal(null);
    expect(table.checkVisibility({ visibilityProperty: true })).to.equal(true);
    expect(table.closest('.sr-only')).not.to.equal(null);
    expect(table.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    console.log(`DOM nodes, sample grouped-bar chart: ${atReady!.nodes} at cate-ready, ${nodes(el)} with the table`);
    expect((await runAxe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('"Show data table" is in the first draw and shows the table from the keyboard', async () => {
    const { el, ready } = sampleChart();
    await ready;
    const button = shadow(el).querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    expect(button.textContent!.trim()).to.equal('Show data table');
    button.focus();
    await sendKey('Enter');
    await settle(el, 1);
    const region = shadow(el).querySelector<HTMLElement>('#data-table.table-wrap')!;
    expect(region, 'the table is shown').not.to.equal(null);
    expect(region.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('the export menu builds its items when opened', async () => {
    const { el, ready } = sampleChart();
    await ready;
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part=export-toggle]')!;
    toggle.click();
    await el.updateComplete;
    const items = [...shadow(el).querySelectorAll('#export-list button')].map((b) => b.textContent!.trim());
    expect(items).to.deep.equal(['Data (CSV)', 'Image (SVG)', 'Image (PNG)', 'Copy data table']);
  });

  it('printing builds what a far chart had not built yet: the drawing and the data table, at once', async () => {
    const { el } = sampleChart(20000);
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    const root = shadow(el);
    expect(root.querySelector('svg.chart'), 'drawn for print').not.to.equal(null);
    expect(root.querySelector('table'), 'the table is printed below the chart').not.to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el, 2);
    expect(root.querySelector('svg.chart')).not.to.equal(null);
  });

  it('a chart far below the fold keeps its heading and summary, draws when it comes near (or when idle), and fires cate-ready', async () => {
    const { el, ready } = sampleChart(20000);
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('[role=heading]')!.textContent).to.contain('Continent');
    await ready;
    expect(root.querySelector('svg.chart'), 'drawn by the time cate-ready fires').not.to.equal(null);
    el.scrollIntoView();
    await settle(el, 2);
    expect(root.querySelector('svg.chart')).not.to.equal(null);
    expect(root.getElementById('summary')!.textContent).to.contain('number of clients');
  });
});

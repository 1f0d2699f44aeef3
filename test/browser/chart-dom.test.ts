import 'axe-core';
import { expect } from 'chai';
import { protectTable, type Quarter, type SafeSeries, type Taxonomy } from '@cate/core';
import '../../packages/charts/src/cate-chart.js';
import { englishMessages, layoutChart, renderLegend, renderTable, tableView } from '../../packages/charts/src/index.js';
import type { ChartLayout } from '../../packages/charts/src/layout/types.js';
import { hasLegend, legendElement, type LegendOptions } from '../../packages/charts/src/renderers/legend.js';
import { staticElement } from '../../packages/charts/src/chart/static-dom.js';
import { tableElement } from '../../packages/charts/src/renderers/table.js';
import { HOTLINE_MISSOURI_2020, hotlineSeries } from '../../packages/core/src/reports.js';
import { plantedSeries } from './export-fixtures.js';
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

interface Count {
  total: number;
  comments: number;
  blank: number;
}

/** Every node of one chart as the browser holds it: elements, text and comments (Lit's markers), through shadow roots. */
function allNodes(root: Node): Count {
  const count = { total: 0, comments: 0, blank: 0 };
  const visit = (node: Node) => {
    count.total++;
    if (node.nodeType === Node.COMMENT_NODE) count.comments++;
    if (node.nodeType === Node.TEXT_NODE && !node.textContent!.trim()) count.blank++;
    const shadowRoot = (node as Element).shadowRoot;
    if (shadowRoot) for (let c = shadowRoot.firstChild; c; c = c.nextSibling) visit(c);
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return count;
}

const QUARTERS: Quarter[] = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
const CATEGORIES = ['Housing', 'Health', 'Education', 'Employment', 'Legal aid', 'Food security'];

/** The peer benchmark's one-section taxonomy: six categories of client counts (no notes, one description). */
const workloadTaxonomy = {
  id: 'bench-workload',
  name: 'Chart benchmark workload',
  version: '1',
  introduction: [],
  organizations: [
    { id: 'member-a', name: 'Member A' },
    { id: 'member-b', name: 'Member B' },
  ],
  areas: [{ id: 'bench', title: 'Benchmark' }],
  sections: [
    {
      id: 'workload',
      title: 'Quarterly counts',
      description: 'Clients by category and quarter.',
      area: 'bench',
      unit: 'clients',
      multiSelect: false,
      notes: [],
      sources: [],
      categories: CATEGORIES.map((label) => ({ id: label.toLowerCase().replace(/ /g, '-'), label })),
      categoriesFrom: { from: 'coalition' },
    },
  ],
} as unknown as Taxonomy;

/** A benchmark chart's series: 8 quarters × 6 categories of counts from two members, none hidden. */
function workloadSeries(change?: { q: number; c: number; value: number }): SafeSeries {
  const counts = QUARTERS.map((_, q) =>
    CATEGORIES.map((_, c) => (change?.q === q && change.c === c ? change.value : 20 + ((q * 37 + c * 53) % 180))),
  );
  const { series } = protectTable({
    taxonomy: 'bench-workload',
    section: 'workload',
    unit: 'clients',
    multiSelect: false,
    quarters: QUARTERS,
    categories: workloadTaxonomy.sections[0]!.categories.map(({ id, label }) => ({ id, label })),
    counts,
    contributors: counts.map((row) => row.map(() => 2)),
    largest: counts.map((row) => row.map((v) => Math.ceil(v / 2))),
    clients: QUARTERS.map(() => null),
    reporters: QUARTERS.map(() => ['member-a', 'member-b']),
    coverage: QUARTERS.map((quarter) => ({ quarter, reported: 2, expected: 2 })),
  });
  return series;
}

/** A chart in a box `width` px wide below `above` px of page, set up by `setup`, and its first cate-ready. */
function chartIn(
  width: number,
  setup: (el: CateChart) => void,
  above = 0,
): { el: CateChart; ready: Promise<CustomEvent> } {
  if (above) {
    const spacer = document.createElement('div');
    spacer.style.height = `${above}px`;
    document.body.append(spacer);
  }
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  const el = document.createElement('cate-chart');
  setup(el);
  const ready = nextEvent(el, 'cate-ready', 30000);
  host.append(el);
  return { el, ready };
}

/** A chart as the peer benchmark draws it: 420 px wide, drawing 164 px high, the workload's series. */
const benchmarkChart = () =>
  chartIn(420, (el) => {
    el.kind = 'grouped-bar';
    el.section = 'workload';
    el.heading = 'Cases opened, North';
    el.height = 164;
    el.taxonomy = workloadTaxonomy;
    el.data = workloadSeries();
  });

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
const sampleChart = (above = 0) =>
  chartIn(
    640,
    (el) => {
      el.section = 'continent-of-origin';
      el.kind = 'grouped-bar';
      el.data = publication;
    },
    above,
  );

describe('<cate-chart> lean DOM', () => {
  it('a chart added from another chart’s cate-ready is drawn, with no ResizeObserver loop error on the page', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.message);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      const first = benchmarkChart();
      // The page adds the next chart in the same microtasks as the first chart's cate-ready (the observer's callback).
      const second = await first.ready.then(() => benchmarkChart());
      await second.ready;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      expect(shadow(second.el).querySelectorAll('svg.chart .panel').length).to.equal(6);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
  it('a benchmark chart (8 quarters × 6 categories) stays within its node budget around the drawing, at cate-ready and with the data table', async () => {
    const { el, ready } = benchmarkChart();
    let atReady: { all: Count; drawing: Count } | undefined;
    el.addEventListener(
      'cate-ready',
      () => (atReady = { all: allNodes(el), drawing: allNodes(shadow(el).querySelector('svg.chart')!) }),
      { once: true },
    );
    await ready;
    await idle();
    await settle(el, 1);
    await idle();
    await el.updateComplete;
    expect(shadow(el).querySelector('table'), 'the table is built when idle').not.to.equal(null);
    const withTable = { all: allNodes(el), drawing: allNodes(shadow(el).querySelector('svg.chart')!) };
    const around = (c: { all: Count; drawing: Count }) => ({
      total: c.all.total - c.drawing.total,
      comments: c.all.comments - c.drawing.comments,
      blank: c.all.blank - c.drawing.blank,
    });
    console.log(
      `DOM nodes, benchmark chart: ${atReady!.all.total} at cate-ready (${atReady!.drawing.total} in the drawing), ` +
        `${withTable.all.total} with the table; around the drawing ${JSON.stringify(around(atReady!))} and ${JSON.stringify(around(withTable))}`,
    );
    // Before (Lit templates with whitespace, a marker per text, two per list item): 196 around the drawing at
    // cate-ready (64 comments, 55 blank text nodes) and 649 with the table (293 comments).
    expect(around(atReady!).total, 'nodes around the drawing at cate-ready').to.be.at.most(100);
    expect(around(withTable).total, 'nodes around the drawing with the data table').to.be.at.most(280);
    expect(around(withTable).comments, "Lit's markers around the drawing").to.be.at.most(25);
    expect(around(withTable).blank, 'whitespace text nodes around the drawing').to.equal(0);
    // The table keeps every semantic: caption, scoped headers, a row per quarter, a cell per category and total.
    const table = shadow(el).querySelector('table')!;
    expect(table.caption!.textContent).to.contain('data table');
    expect(table.querySelectorAll('thead th[scope=col]').length).to.equal(8);
    expect(table.querySelectorAll('tbody th[scope=row]').length).to.equal(8);
    expect(table.querySelectorAll('tbody td').length).to.equal(8 * 7);
  });

  it('new data patches a shown data table in place: the same table and cells, only the changed number rewritten', async () => {
    const { el, ready } = benchmarkChart();
    el.showTable = true;
    await ready;
    await el.updateComplete;
    const table = shadow(el).querySelector('table')!;
    expect(table, 'a shown table is built at once').not.to.equal(null);
    const cells = [...table.querySelectorAll('td')];
    const before = cells.map((td) => td.textContent);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(table, { subtree: true, childList: true, attributes: true, characterData: true });
    // Quarter 3, category 2: a count no other cell has (the workload's counts are 20-199).
    const drawn = nextEvent(el, 'cate-ready', 30000);
    el.data = workloadSeries({ q: 2, c: 1, value: 987 });
    await drawn;
    await el.updateComplete;
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(shadow(el).querySelector('table'), 'the same table element').to.equal(table);
    expect([...table.querySelectorAll('td')], 'the same cells').to.deep.equal(cells);
    const after = cells.map((td) => td.textContent);
    const changed = after.map((text, i) => (text !== before[i] ? i : -1)).filter((i) => i >= 0);
    // Row 3 holds 6 categories and a total: the changed cell and the quarter's total (at most) differ.
    expect(changed.map((i) => after[i])).to.include('987');
    expect(changed.length, 'cells whose text changed').to.be.within(1, 2);
    expect(
      changes.every((r) => r.type === 'characterData'),
      'only texts were written',
    ).to.equal(true);
    expect(changes.length, 'one text write per changed cell').to.equal(changed.length);
  });

  it('new data never leaves a hidden data table with the old numbers: it is made again when idle', async () => {
    const { el, ready } = benchmarkChart();
    await ready;
    await idle();
    await settle(el, 1);
    await idle();
    await el.updateComplete;
    const cellText = () => shadow(el).querySelectorAll('tbody tr')[2]?.querySelectorAll('td')[1]?.textContent;
    const old = cellText();
    expect(old, 'the hidden table is built when idle').to.be.a('string');
    let atReady: string | undefined | null = null;
    el.addEventListener('cate-ready', () => (atReady = cellText()), { once: true });
    const drawn = nextEvent(el, 'cate-ready', 30000);
    el.data = workloadSeries({ q: 2, c: 1, value: 987 });
    await drawn;
    expect(atReady, 'at cate-ready the table is absent or new, never old').not.to.equal(old);
    await idle();
    await settle(el, 1);
    await idle();
    await el.updateComplete;
    expect(cellText(), 'made again when idle, with the new count').to.equal('987');
  });

  it('tableElement(view, labels) is the same table as renderTable, as plain DOM: plain and grouped', () => {
    const labels = { caption: 'Chart: data table', quarter: 'Quarter' };
    const views = [
      tableView(workloadSeries(), { measure: 'count', locale: 'en', messages: englishMessages }),
      tableView(plantedSeries(), { measure: 'count', locale: 'en', messages: englishMessages }),
      tableView(hotlineSeries(HOTLINE_MISSOURI_2020, 'venue-industry').series!, {
        measure: 'count',
        locale: 'en',
        messages: englishMessages,
      }),
    ];
    expect(views.map((view) => view.groups !== undefined)).to.deep.equal([false, false, true]);
    for (const view of views) {
      const made = tableElement(view, labels);
      expect(made.outerHTML).to.equal(staticElement(renderTable(view, labels)).outerHTML);
      expect(made.querySelectorAll('td.suppressed, td.not-reported').length).to.equal(
        view.rows.flatMap((r) => [...r.cells, ...(r.total ? [r.total] : [])]).filter((c) => c.status !== 'value')
          .length + (view.groups?.flatMap((g) => g.total ?? []).filter((c) => c.status !== 'value').length ?? 0),
      );
    }
  });

  it('legendElement(categories, options) is the same legend as renderLegend, as plain DOM: bars, lines, groups, title and status keys', () => {
    const keys = { suppressed: englishMessages.legendSuppressed, notReported: englishMessages.legendNotReported };
    const planted = layoutChart(plantedSeries(), { kind: 'grouped-bar', width: 640 });
    const hotline = layoutChart(hotlineSeries(HOTLINE_MISSOURI_2020, 'venue-industry').series!, {
      kind: 'grouped-bar',
      width: 720,
    });
    const line = layoutChart(workloadSeries(), { kind: 'line', width: 640 });
    const cases: Array<[ChartLayout, LegendOptions]> = [
      [planted, { label: 'Legend', line: false, title: 'Continent of Origin', layout: planted, statusKeys: keys }],
      [
        hotline,
        {
          label: 'Legend',
          line: false,
          layout: hotline,
          statusKeys: keys,
          ...(hotline.groups ? { groups: hotline.groups } : {}),
        },
      ],
      [line, { label: 'Legend', line: true }],
    ];
    expect(hotline.groups, 'a grouped case').not.to.equal(undefined);
    expect(planted.has.suppressed, 'a case with status keys').to.equal(true);
    for (const [layout, options] of cases)
      expect(legendElement(layout.categories, options).outerHTML).to.equal(
        staticElement(renderLegend(layout.categories, options)).outerHTML,
      );
  });

  it('a drawing far from the viewport is skipped by rendering (content-visibility: auto) at its drawn size: nothing moves when it is scrolled to', async () => {
    const { el, ready } = chartIn(
      420,
      (el) => {
        el.loading = 'eager';
        el.kind = 'grouped-bar';
        el.section = 'workload';
        el.taxonomy = workloadTaxonomy;
        el.data = workloadSeries();
      },
      4 * window.innerHeight,
    );
    const states: boolean[] = [];
    el.addEventListener(
      'cate-ready',
      () =>
        shadow(el)
          .querySelector('.drawing')!
          .addEventListener('contentvisibilityautostatechange', (event) =>
            states.push((event as Event & { skipped: boolean }).skipped),
          ),
      { once: true },
    );
    await ready;
    const drawing = shadow(el).querySelector<HTMLElement>('.drawing')!;
    const svg = drawing.querySelector('svg')!;
    const drawn = { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
    expect(getComputedStyle(drawing).contentVisibility).to.equal('auto');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(states, 'skipped while far').to.deep.equal([true]);
    const far = { chart: el.getBoundingClientRect().height, drawing: drawing.getBoundingClientRect() };
    expect(far.drawing.width).to.equal(drawn.width);
    expect(far.drawing.height).to.equal(drawn.height);
    el.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(states, 'rendered when near').to.deep.equal([true, false]);
    expect(el.getBoundingClientRect().height, 'the chart keeps its height').to.equal(far.chart);
    expect(drawing.getBoundingClientRect().height).to.equal(drawn.height);
  });

  it('small multiples name each panel, so their legend does not list the categories again; one plot keeps its list', async () => {
    const panels = benchmarkChart();
    await panels.ready;
    const panelRoot = shadow(panels.el);
    const titles = [...panelRoot.querySelectorAll('svg.chart .panel-title')].map((t) => t.textContent);
    expect(titles, 'drawn in panels at 420 px').to.deep.equal(
      workloadTaxonomy.sections[0]!.categories.map((c) => c.label),
    );
    expect(panelRoot.querySelector('ul.legend'), 'no list of categories').to.equal(null);
    expect(panelRoot.querySelector('.legend-block'), 'nothing else to key: no legend at all').to.equal(null);
    const wide = chartIn(700, (el) => {
      el.kind = 'grouped-bar';
      el.section = 'workload';
      el.taxonomy = workloadTaxonomy;
      el.data = workloadSeries();
    });
    await wide.ready;
    const wideRoot = shadow(wide.el);
    expect(wideRoot.querySelector('svg.chart .panel'), 'one plot at 700 px').to.equal(null);
    expect([...wideRoot.querySelectorAll('ul.legend li bdi')].map((b) => b.textContent)).to.deep.equal(titles);
  });

  it('a panel legend keeps the legend title and the status keys, the same as plain DOM and as a template', () => {
    const keys = { suppressed: englishMessages.legendSuppressed, notReported: englishMessages.legendNotReported };
    const drawn = layoutChart(workloadSeries(), { kind: 'grouped-bar', width: 420 });
    expect(drawn.panels?.length, 'panels at 420 px').to.equal(6);
    // The legend reads only which status marks the layout draws.
    const planted = { ...drawn, has: { ...drawn.has, suppressed: true, notReported: true } };
    const options: LegendOptions = {
      label: 'Legend',
      line: false,
      title: 'Continent of Origin',
      layout: planted,
      statusKeys: keys,
    };
    const made = legendElement(planted.categories, options);
    expect(made.outerHTML).to.equal(staticElement(renderLegend(planted.categories, options)).outerHTML);
    expect(made.querySelector('ul'), 'no list').to.equal(null);
    expect(made.querySelector('.legend-title')!.textContent).to.equal('Continent of Origin');
    expect(made.querySelector('.status-keys')!.textContent)
      .to.contain(keys.suppressed)
      .and.to.contain(keys.notReported);
    expect(
      hasLegend({ label: 'Legend', line: false, layout: drawn, statusKeys: keys }),
      'no title, no status mark',
    ).to.equal(false);
    expect(hasLegend({ label: 'Legend', line: false, layout: drawn, title: 'Workload' })).to.equal(true);
  });

  it('renders once, at its width, before cate-ready: before the width only its sized wrapper, no node made and removed', async () => {
    const { el, ready } = benchmarkChart();
    /** The chart's nodes after each update: the wrapper and its sizer are 4 with the shadow root and Lit's marker. */
    const rendered: number[] = [];
    const update = (el as unknown as { update: (changed: unknown) => void }).update;
    (el as unknown as { update: (changed: unknown) => void }).update = function (changed) {
      update.call(this, changed);
      rendered.push(allNodes(shadow(el)).total);
    };
    const mutations = new MutationObserver(() => undefined);
    mutations.observe(shadow(el), { childList: true, subtree: true });
    let before: { renders: number; removed: number } | undefined;
    el.addEventListener(
      'cate-ready',
      () => {
        const records = mutations.takeRecords();
        // A render is an update that put the chart's content in (more than the wrapper, its sizer and Lit's marker).
        before = {
          renders: rendered.filter((n) => n > 4).length,
          removed: records.reduce((n, r) => n + r.removedNodes.length, 0),
        };
      },
      { once: true },
    );
    await ready;
    mutations.disconnect();
    expect(before, 'one render draws the chart').to.deep.equal({ renders: 1, removed: 0 });
    const svg = shadow(el).querySelector('svg.chart')!;
    expect(Number(svg.getAttribute('width')), 'laid out at the width of its box (420 less the padding)').to.equal(396);
  });

  it('an eager chart with a given width needs no measuring: drawn in the first update, before the next frame', async () => {
    const { el, ready } = chartIn(420, (el) => {
      el.loading = 'eager';
      el.kind = 'grouped-bar';
      el.taxonomy = workloadTaxonomy;
      el.data = workloadSeries();
      el.width = 300;
    });
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await el.updateComplete;
    expect(framed, 'updated before any frame (no wait for the ResizeObserver)').to.equal(false);
    expect(shadow(el).querySelector('svg.chart')!.getAttribute('width')).to.equal('300');
    await ready;
  });

  it('without ResizeObserver, a chart is drawn at 640 px (its drawing scales to its box)', async () => {
    const real = window.ResizeObserver;
    (window as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver = undefined;
    try {
      const { el, ready } = benchmarkChart();
      await ready;
      expect(shadow(el).querySelector('svg.chart')!.getAttribute('width')).to.equal('640');
    } finally {
      window.ResizeObserver = real;
    }
  });

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

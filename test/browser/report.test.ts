import 'axe-core';
import { expect } from 'chai';
import { cateTaxonomy, readPublication, selectQuarters, type SafeSeries } from '@cate/core';
import { SAMPLE_NOTICE, sampleSubmissions } from '@cate/core/sample';
import '../../packages/charts/src/cate-report.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import type { CateReport } from '../../packages/charts/src/report/cate-report.component.js';
import { chartStructure, type ChartStructure, type StructureNode } from '../static/chart-structure.js';
import { idle, nextEvent, runAxe } from './helpers.js';

const SAMPLE_JSON = '/packages/core/data/sample-submissions.json';
/** The synthetic sample as published (cate-publication@1, with its notice): what the public report draws. */
const PUBLICATION = '/test/browser/fixtures/publication.json';
let publication: Record<string, unknown>;
before(async () => {
  publication = await (await fetch(PUBLICATION)).json();
});
const PUBLISHED = '/test/browser/fixtures/report-published.json';
const STRUCTURE = '/test/browser/fixtures/report-static-structure.json';

let pageErrors: string[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  pageErrors.push(String('message' in event ? event.message : (event as PromiseRejectionEvent).reason));

beforeEach(() => {
  pageErrors = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onError);
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname + location.search);
  window.scrollTo(0, 0);
});

/** Mounts a report and waits until it has drawn every chart (or failed). */
async function mountReport(setup: (el: CateReport) => void, fallback = ''): Promise<CateReport> {
  const host = document.createElement('div');
  host.style.width = '900px';
  document.body.append(host);
  const el = document.createElement('cate-report');
  el.innerHTML = fallback;
  setup(el);
  const done = Promise.race([nextEvent(el, 'cate-report-ready', 20000), nextEvent(el, 'cate-error', 20000)]);
  host.append(el);
  await done;
  await el.updateComplete;
  return el;
}

function root(el: CateReport): ShadowRoot {
  return el.shadowRoot!;
}

function charts(el: CateReport): CateChart[] {
  return [...root(el).querySelectorAll('cate-chart')];
}

/** Waits for the report's next draw after a change. */
async function redrawn(el: CateReport, change: () => void): Promise<void> {
  const ready = nextEvent(el, 'cate-report-ready', 20000);
  change();
  await ready;
}

function domNode(node: Element | ShadowRoot): StructureNode {
  const elements = [...node.children];
  return {
    tag: node instanceof ShadowRoot ? '#shadow-root' : node.localName,
    classes: node instanceof Element ? [...node.classList] : [],
    quarters: (node instanceof Element && node.getAttribute('data-q')) || undefined,
    children: elements.map(domNode),
    ownText: [...node.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join(''),
  };
}

describe('<cate-report>', () => {
  it('renders the whole report in order from a publication: title, introduction, members, contents, every area and section with its chart', async () => {
    const el = await mountReport((el) => (el.data = publication));
    const r = root(el);
    expect(r.querySelectorAll('h1')).to.have.length(1);
    expect(r.querySelector('h1')!.textContent).to.equal(cateTaxonomy.name);
    for (const passage of cateTaxonomy.introduction)
      expect(r.querySelector(`[id="${passage.id}"]`)!.textContent).to.contain(passage.text);
    expect([...r.querySelectorAll('#member-organizations li')].map((li) => li.textContent!.trim())).to.deep.equal(
      cateTaxonomy.organizations.map((o) => o.name),
    );
    const sections = [...r.querySelectorAll<HTMLElement>('section.report-section')];
    expect(sections.map((s) => s.id)).to.deep.equal(cateTaxonomy.sections.map((s) => s.id));
    for (const [i, section] of sections.entries()) {
      const expected = cateTaxonomy.sections[i]!;
      expect(section.querySelector('h3')!.textContent).to.equal(expected.title);
      expect(section.querySelector('.description')!.textContent).to.equal(expected.description);
      for (const note of expected.notes)
        expect(section.querySelector('.section-notes')!.textContent).to.contain(note.text);
      for (const source of expected.sources)
        expect(section.querySelector('.sources')!.textContent).to.contain(source.citation);
      const chart = section.querySelector('cate-chart')!;
      expect(chart.section).to.equal(expected.id);
      expect((chart.data as SafeSeries).section).to.equal(expected.id);
      expect(chart.headingLevel).to.equal(4);
      // Each chart has drawn: an SVG, a single figure, or (very many categories) its table; never an error.
      const shadow = chart.shadowRoot!;
      expect(shadow.querySelector('[part=message]'), expected.id).to.equal(null);
      expect(shadow.querySelector('svg.chart, .stat, .table-wrap table'), expected.id).not.to.equal(null);
    }
    // Areas are h2 in labelled regions; sections are h3 inside them.
    const areas = [...r.querySelectorAll('section.area')];
    expect(areas.map((a) => a.querySelector('h2')!.textContent)).to.deep.equal(cateTaxonomy.areas.map((a) => a.title));
    for (const area of areas) expect(r.getElementById(area.getAttribute('aria-labelledby')!)!.localName).to.equal('h2');
    expect(r.querySelector('nav.toc')!.getAttribute('aria-labelledby')).to.equal('contents-title');
    expect(r.querySelectorAll('nav.toc a')).to.have.length(cateTaxonomy.areas.length + cateTaxonomy.sections.length);
    expect(pageErrors).to.deep.equal([]);
  });

  it('fetches and checks src once for every chart, and shows the synthetic-data notice the publication carries', async () => {
    const original = window.fetch;
    const fetched: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input));
      return original(input, init);
    };
    try {
      const el = await mountReport((el) => (el.src = PUBLICATION));
      expect(fetched).to.deep.equal([PUBLICATION]);
      expect(root(el).querySelector('.notice')!.textContent).to.contain(SAMPLE_NOTICE);
      expect(root(el).querySelector('.notice')!.getAttribute('role')).to.equal('note');
      expect(charts(el)).to.have.length(cateTaxonomy.sections.length);
    } finally {
      window.fetch = original;
    }
  });

  it('shows the notice for data without one only when the sample attribute says so', async () => {
    const plain = await mountReport((el) => ((el.preview = true), (el.data = sampleSubmissions())));
    expect(root(plain).querySelector('.notice')).to.equal(null);
    document.body.replaceChildren();
    const sample = await mountReport((el) => {
      el.preview = true;
      el.data = sampleSubmissions();
      el.sample = true;
    });
    expect(root(sample).querySelector('.notice')!.textContent).to.contain(SAMPLE_NOTICE);
  });

  it('the quarter range selector changes every chart to the chosen quarters and reflects the filter', async () => {
    const el = await mountReport((el) => (el.data = publication));
    expect((charts(el)[0]!.data as SafeSeries).quarters).to.have.length(8);
    const from = root(el).querySelector<HTMLSelectElement>('select[name=from]')!;
    expect(root(el).querySelector(`label:has(> select[name=from])`)!.textContent).to.contain('From');
    const filterChange = nextEvent<{ quarters: string }>(el, 'cate-filter-change');
    await redrawn(el, () => {
      from.value = '2025-Q1';
      from.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((await filterChange).detail.quarters).to.equal('2025-Q1..2025-Q4');
    expect(el.getAttribute('quarters')).to.equal('2025-Q1..2025-Q4');
    for (const chart of charts(el)) {
      expect((chart.data as SafeSeries).quarters, chart.section).to.deep.equal([
        '2025-Q1',
        '2025-Q2',
        '2025-Q3',
        '2025-Q4',
      ]);
      // Only the chosen quarters on the axis (small multiples repeat it per panel; a narrow one thins its labels).
      const labels = [...chart.shadowRoot!.querySelectorAll('.x-axis .tick-label')].map((t) => t.textContent!);
      for (const label of labels) expect(label, chart.section).to.match(/^Q[1-4] ?2025$/);
    }
    expect(root(el).querySelector('.showing')!.textContent).to.contain('Q1 2025 to Q4 2025');
  });

  it("preview: the organization filter (marked preview only) changes the charts' data to the chosen members, and keeps at least one", async () => {
    const el = await mountReport((el) => ((el.preview = true), (el.data = sampleSubmissions())));
    expect(root(el).querySelector('fieldset.preview-only legend')!.textContent).to.contain('preview only');
    const before = charts(el)[0]!.data as SafeSeries;
    expect(before.coverage[0]!.expected).to.equal(8);
    const boxes = () => [...root(el).querySelectorAll<HTMLInputElement>('input[name=organization]')];
    expect(boxes().map((b) => b.value)).to.deep.equal(cateTaxonomy.organizations.map((o) => o.id));
    await redrawn(el, () => boxes()[0]!.click());
    expect(el.organizations.split(',')).to.deep.equal(cateTaxonomy.organizations.slice(1).map((o) => o.id));
    const after = charts(el)[0]!.data as SafeSeries;
    expect(after.coverage.every((c) => c.expected === 7)).to.equal(true);
    expect(JSON.stringify(after.cells)).not.to.equal(JSON.stringify(before.cells));
    expect(root(el).querySelector('.showing')!.textContent).to.contain('7 of 8 member organizations');
    // Down to one: its box cannot be unchecked, and says why.
    el.organizations = 'kairos-hope';
    await nextEvent(el, 'cate-report-ready', 20000);
    const on = boxes().filter((b) => b.checked);
    expect(on.map((b) => b.value)).to.deep.equal(['kairos-hope']);
    expect(on[0]!.disabled).to.equal(true);
    expect(root(el).getElementById(on[0]!.getAttribute('aria-describedby')!)!.textContent).to.contain('At least one');
    // "All members" brings every member back.
    await redrawn(el, () => root(el).querySelector<HTMLButtonElement>('.filters .preview-only button')!.click());
    expect(el.organizations).to.equal('');
    expect((charts(el)[0]!.data as SafeSeries).coverage[0]!.expected).to.equal(8);
  });

  it('a deep link (#continent-of-origin) scrolls to the section and focuses its heading', async () => {
    history.replaceState(null, '', '#continent-of-origin');
    const el = await mountReport((el) => (el.data = publication));
    const heading = root(el).getElementById('continent-of-origin-title')!;
    expect(root(el).activeElement).to.equal(heading);
    const top = heading.getBoundingClientRect().top;
    expect(top).to.be.at.least(-1);
    expect(top).to.be.below(window.innerHeight / 2);
  });

  it('a contents link updates the address and focuses the section; a changed address moves there too', async () => {
    const el = await mountReport((el) => (el.data = publication));
    root(el).querySelector<HTMLAnchorElement>('nav.toc a[href="#sex"]')!.click();
    expect(location.hash).to.equal('#sex');
    expect(root(el).activeElement).to.equal(root(el).getElementById('sex-title'));
    const change = nextEvent(window, 'hashchange');
    location.hash = '#age';
    await change;
    expect(root(el).activeElement).to.equal(root(el).getElementById('age-title'));
    expect(root(el).getElementById('age-title')!.getBoundingClientRect().top).to.be.below(window.innerHeight / 2);
  });

  it('a bad src shows an error with the fallback content, fires cate-error and throws nothing', async () => {
    const errors: Array<{ code: string }> = [];
    const el = await mountReport((el) => {
      el.addEventListener('cate-error', (e) => errors.push(e.detail));
      el.src = '/no/such/report.json';
    }, '<p id="fallback">Static copy</p>');
    expect(errors.map((e) => e.code)).to.deep.equal(['http-error']);
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('could not be shown').and.contain('404');
    const slot = root(el).querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['fallback']);
    expect(root(el).querySelector('cate-chart')).to.equal(null);
    expect(pageErrors).to.deep.equal([]);
  });

  it('invalid data (a broken CSV, or a data property of the wrong type) is an error state listing the problems', async () => {
    const csv = await mountReport((el) => ((el.preview = true), (el.src = '/test/browser/fixtures/invalid.csv')));
    await csv.updateComplete;
    expect(root(csv).querySelector('[role=alert]')!.textContent).to.match(/CSV/i);
    expect(root(csv).querySelectorAll('[role=alert] li').length).to.be.greaterThan(0);
    document.body.replaceChildren();
    const event = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('cate-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const wrong = await mountReport((el) => (el.data = 42));
    expect((await event).detail.code).to.equal('invalid-data');
    expect(root(wrong).querySelector('[role=alert]')).not.to.equal(null);
    expect(pageErrors).to.deep.equal([]);
  });

  it('draws the same charts as the static build: marks, placeholders, axis labels, legend and table per section', async () => {
    const expected = (await (await fetch(STRUCTURE)).json()) as Record<string, ChartStructure>;
    const el = await mountReport((el) => (el.src = PUBLISHED));
    // Each chart builds its hidden data table when the browser is idle.
    await idle();
    await Promise.all(charts(el).map((chart) => chart.updateComplete));
    // A published report cannot be filtered by member: no organization filter, only the quarters.
    expect(root(el).querySelector('input[name=organization]')).to.equal(null);
    expect(root(el).querySelectorAll('select')).to.have.length(2);
    const live: Record<string, ChartStructure> = {};
    for (const chart of charts(el)) {
      // The live chart keeps its table hidden from view but present, as the static page shows it.
      live[chart.section] = chartStructure(domNode(chart.shadowRoot!));
    }
    expect(Object.keys(live)).to.deep.equal(Object.keys(expected));
    for (const id of Object.keys(expected)) expect(live[id], id).to.deep.equal(expected[id]);
  });

  it('has a print stylesheet: sections do not break inside, areas start a page, controls are hidden, charts fit the width', async () => {
    const el = await mountReport((el) => (el.data = publication));
    const sheets = [...root(el).adoptedStyleSheets];
    const print = sheets
      .flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    const rules = print.flatMap((m) => [...m.cssRules]) as CSSStyleRule[];
    const style = (selector: string) =>
      rules.find((r) =>
        r.selectorText
          .split(',')
          .map((s) => s.trim())
          .includes(selector),
      )?.style;
    expect(style('.report .report-section')?.breakInside).to.equal('avoid');
    expect(style('.report .area')?.breakBefore).to.equal('page');
    expect(style('.report .filters form')?.display).to.equal('none');
    expect(style('cate-chart::part(svg)')?.maxWidth).to.equal('100%');
  });

  it('is accessible (axe) when drawn', async () => {
    const el = await mountReport((el) => (el.data = publication));
    const { violations } = await runAxe(el);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });

  it('public: no organization filter, and the quarter filter draws only numbers of the publication (selected, never re-protected)', async () => {
    const el = await mountReport((el) => (el.data = publication));
    expect(root(el).querySelector('input[name=organization], fieldset.preview-only')).to.equal(null);
    expect(root(el).querySelector('.preview-banner')).to.equal(null);
    const { sections } = readPublication(publication);
    const from = root(el).querySelector<HTMLSelectElement>('select[name=from]')!;
    await redrawn(el, () => {
      from.value = '2024-Q3';
      from.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const to = root(el).querySelector<HTMLSelectElement>('select[name=to]')!;
    await redrawn(el, () => {
      to.value = '2025-Q2';
      to.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(el.quarters).to.equal('2024-Q3..2025-Q2');
    const range = { from: '2024-Q3', to: '2025-Q2' } as const;
    for (const chart of charts(el)) {
      const published = sections.get(chart.section)!;
      const shown = chart.data as SafeSeries;
      // Exactly the publication's view: every cell, total and share a cell of the publication (or a sum of them).
      expect(JSON.parse(JSON.stringify(shown)), chart.section).to.deep.equal(
        JSON.parse(JSON.stringify(selectQuarters(published, range))),
      );
      const offset = published.quarters.indexOf('2024-Q3');
      shown.cells.forEach((row, q) =>
        row.forEach((cell, c) =>
          expect(cell, `${chart.section} ${q}:${c}`).to.deep.equal(published.cells[q + offset]![c]),
        ),
      );
      expect(chart.shadowRoot!.querySelector('[role=alert]'), chart.section).to.equal(null);
    }
  });

  it('public: raw submissions are refused without preview (raw-data-refused), by src or data', async () => {
    for (const setup of [
      (el: CateReport) => (el.src = SAMPLE_JSON),
      (el: CateReport) => (el.data = sampleSubmissions()),
    ]) {
      const errors: Array<{ code: string; message: string }> = [];
      const el = await mountReport((el) => {
        el.addEventListener('cate-error', (e) => errors.push(e.detail));
        setup(el);
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['raw-data-refused']);
      expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('cate publish');
      expect(root(el).querySelector('cate-chart')).to.equal(null);
      document.body.replaceChildren();
    }
  });

  it('public: an organizations attribute with a publication is an error, not a silent coalition-wide view', async () => {
    const errors: Array<{ code: string }> = [];
    await mountReport((el) => {
      el.addEventListener('cate-error', (e) => errors.push(e.detail));
      el.organizations = 'alive';
      el.data = publication;
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['organizations-not-published']);
  });

  it('preview: a visible banner in a status region, Spanish too', async () => {
    const el = await mountReport((el) => ((el.preview = true), (el.src = SAMPLE_JSON)));
    const banner = root(el).querySelector<HTMLElement>('.preview-banner')!;
    expect(banner.getAttribute('role')).to.equal('status');
    expect(banner.textContent).to.contain('Unpublished preview — do not put this page online');
    expect(banner.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(charts(el)).to.have.length(cateTaxonomy.sections.length);
    el.locale = 'es';
    await el.updateComplete;
    expect(root(el).querySelector('.preview-banner')!.textContent).to.contain('Vista previa sin publicar');
  });
});

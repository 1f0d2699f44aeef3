import { expect } from 'chai';
import { html, render } from 'lit';
import { cateTaxonomy, type SafeSeries, type Taxonomy } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';
import '../../packages/charts/src/cate-chart.js';
import '../../packages/charts/src/cate-report.js';
import '../../packages/charts/src/guide/resource-guide/cate-resource-guide.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import type { CateReport } from '../../packages/charts/src/report/cate-report.component.js';
import type { CateResourceGuide } from '../../packages/charts/src/guide/resource-guide/cate-resource-guide.component.js';
import type { ChartErrorDetail } from '../../packages/charts/src/load.js';
import { renderReport } from '../../packages/charts/src/report/report-view.js';
import { reportMessagesFor } from '../../packages/charts/src/report/messages.js';
import { continents } from '../../packages/charts/test/fixtures.js';
import { mount, nextEvent, press, settle, shadow } from './helpers.js';

// Hostile input, as an attacker and as a careless user would give it: every case checks that the element says
// what is wrong (located: the attribute, row or path; bounded: no value printed whole), that no script from data
// runs (every link in the element is clicked, and a `javascript:` payload would set a global), that nothing
// reaches window.onerror or unhandledrejection, and that the host page's own button still works.

const PUBLICATION = '/test/browser/fixtures/publication.json';
const PAYLOAD = 'window.__cateHostile = 1';
const LONG = 'x'.repeat(10_000);

declare global {
  interface Window {
    __cateHostile?: number;
  }
}

let publication: Record<string, unknown>;
let pageErrors: string[] = [];
let hostClicks = 0;
let hostButton: HTMLButtonElement;
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  pageErrors.push(String('message' in event ? event.message : (event as PromiseRejectionEvent).reason));

before(async () => {
  publication = await (await fetch(PUBLICATION)).json();
});

beforeEach(() => {
  pageErrors = [];
  hostClicks = 0;
  delete window.__cateHostile;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  hostButton = document.createElement('button');
  hostButton.textContent = 'Host page button';
  hostButton.addEventListener('click', () => hostClicks++);
  document.body.append(hostButton);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onError);
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname + location.search);
});

/** Every element under a root, through open shadow roots. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

/** Clicks every link in an element. A safe link's navigation is cancelled; a `javascript:` one is let run. */
async function clickEveryLink(el: Element): Promise<number> {
  const links = deepAll(el.shadowRoot ?? el, 'a[href]') as HTMLAnchorElement[];
  if (el.shadowRoot) links.push(...(deepAll(el, 'a[href]') as HTMLAnchorElement[]));
  const guard = (event: Event) => {
    const link = (event.composedPath()[0] as Element).closest?.('a[href]') as HTMLAnchorElement | null;
    if (link && link.protocol !== 'javascript:') event.preventDefault();
  };
  window.addEventListener('click', guard, true);
  try {
    for (const link of links) link.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('click', guard, true);
  }
  return links.length;
}

/** What every case ends with: no script ran, nothing reached the page's error handlers, the host page still works. */
async function expectPageUnharmed(el: Element): Promise<void> {
  await clickEveryLink(el);
  expect(window.__cateHostile, 'a script from data ran').to.equal(undefined);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(pageErrors, 'errors reached the page').to.deep.equal([]);
  const before = hostClicks;
  hostButton.click();
  expect(hostClicks).to.equal(before + 1);
}

/** A message is bounded: never longer than a few lines, and no 10,000-character value printed whole. */
function expectBounded(text: string, limit = 600): void {
  expect(text.length, `message too long: ${text.slice(0, 120)}…`).to.be.at.most(limit);
  expect(text).not.to.contain('x'.repeat(200));
}

function alertText(el: Element): string {
  return [...(el.shadowRoot?.querySelectorAll('[role=alert]') ?? [])].map((a) => a.textContent ?? '').join('\n');
}

/** Mounts a chart and collects its cate-error events. */
async function chart(setup: (el: CateChart) => void): Promise<{ el: CateChart; errors: ChartErrorDetail[] }> {
  const errors: ChartErrorDetail[] = [];
  const el = await mount((el) => {
    el.addEventListener('cate-error', (e) => errors.push(e.detail));
    setup(el);
  });
  return { el, errors };
}

/** The invalid-attribute event and message for one attribute: named, its value cut short, what was expected. */
function expectAttributeError(el: CateChart | CateReport, errors: ChartErrorDetail[], attribute: string): void {
  const error = errors.find((e) => e.code === 'invalid-attribute' && e.attribute === attribute);
  expect(error, `no invalid-attribute for ${attribute}: ${JSON.stringify(errors).slice(0, 300)}`).not.to.equal(
    undefined,
  );
  expect(error!.value!.length).to.be.at.most(81);
  expect(error!.expected).to.be.a('string').and.not.equal('');
  expect(error!.message).to.contain(attribute);
  expectBounded(error!.message);
  const visible = alertText(el);
  expect(visible).to.contain(attribute);
  expectBounded(visible, 2000);
}

function series(patch: Partial<SafeSeries>): SafeSeries {
  return { ...continents, ...patch } as SafeSeries;
}

/** The fixture series with its first category relabelled. */
function labelled(label: string): SafeSeries {
  return series({ categories: continents.categories.map((c, i) => (i === 0 ? { ...c, label } : c)) });
}

describe('hostile input: <cate-chart> attributes', () => {
  const cases: Array<[string, string, string]> = [
    ['height="abc"', 'height', 'abc'],
    ['height="-5"', 'height', '-5'],
    ['height="1e9"', 'height', '1e9'],
    ['width="abc"', 'width', 'abc'],
    ['heading-level="99"', 'heading-level', '99'],
    ['theme="neon"', 'theme', 'neon'],
    ['kind="pie"', 'kind', 'pie'],
    ['max-bytes="lots"', 'max-bytes', 'lots'],
    ['format="xml"', 'format', 'xml'],
  ];
  for (const [name, attribute, value] of cases) {
    it(`${name}: invalid-attribute naming it, the chart still drawn with the default`, async () => {
      const { el, errors } = await chart((el) => {
        el.setAttribute(attribute, value);
        el.data = continents;
      });
      expectAttributeError(el, errors, attribute);
      expect(errors.find((e) => e.attribute === attribute)!.value).to.equal(value);
      expect(shadow(el).querySelector('svg.chart, table')).not.to.equal(null);
      expect(shadow(el).querySelector('svg.chart')?.outerHTML ?? '').not.to.contain('NaN');
      await expectPageUnharmed(el);
    });
  }

  it('timeout="abc" with src: invalid-attribute, and the data still loads with the default timeout', async () => {
    const { el, errors } = await chart((el) => {
      el.setAttribute('timeout', 'abc');
      el.section = 'continent-of-origin';
      el.src = PUBLICATION;
    });
    await nextEvent(el, 'cate-ready').catch(() => undefined);
    await settle(el);
    expectAttributeError(el, errors, 'timeout');
    expect(errors.map((e) => e.code)).not.to.include('timeout');
    expect(shadow(el).querySelector('svg.chart, table')).not.to.equal(null);
    await expectPageUnharmed(el);
  });

  for (const locale of ['constructor', '__proto__', 'hasOwnProperty', 'x'.repeat(500)]) {
    it(`locale="${locale.slice(0, 20)}": invalid-attribute, English, no "undefined" on the axis`, async () => {
      const { el, errors } = await chart((el) => {
        el.setAttribute('locale', locale);
        el.data = continents;
      });
      expectAttributeError(el, errors, 'locale');
      const svg = shadow(el).querySelector('svg.chart')?.outerHTML ?? '';
      expect(svg).not.to.contain('undefined');
      expect(svg).to.contain('2025');
      await expectPageUnharmed(el);
    });
  }

  it('locale="toString" (a well-formed tag with no catalogue): English words, nothing from Object.prototype', async () => {
    const { el } = await chart((el) => {
      el.setAttribute('locale', 'toString');
      el.data = continents;
    });
    expect(shadow(el).textContent).not.to.contain('undefined');
    expect(shadow(el).textContent).not.to.contain('function');
    await expectPageUnharmed(el);
  });

  it('kind="<img src=x onerror=…>": shown as text in the message, never as markup', async () => {
    const { el, errors } = await chart((el) => {
      el.setAttribute('kind', `<img src=x onerror="${PAYLOAD}">`);
      el.data = continents;
    });
    expectAttributeError(el, errors, 'kind');
    expect(shadow(el).querySelector('img')).to.equal(null);
    await expectPageUnharmed(el);
  });

  it('a 10,000-character section id: unknown-section, the id cut short', async () => {
    const { el, errors } = await chart((el) => {
      el.section = LONG;
      el.data = publication;
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-section']);
    expectBounded(errors[0]!.message);
    expectBounded(alertText(el));
    await expectPageUnharmed(el);
  });

  it('a 10,000-character quarter range: invalid-quarters, the text cut short', async () => {
    const { el, errors } = await chart((el) => {
      el.quarters = LONG;
      el.data = continents;
    });
    expect(errors.map((e) => e.code)).to.include('invalid-quarters');
    for (const e of errors) expectBounded(e.message);
    expectBounded(alertText(el));
    await expectPageUnharmed(el);
  });
});

describe('hostile input: <cate-chart> properties', () => {
  const wrongTaxonomies: Array<[string, unknown, string]> = [
    ['a number', 42, '42'],
    ['sections not an array', { ...cateTaxonomy, sections: 'nope' }, 'sections'],
    ['a null section', { ...cateTaxonomy, sections: [null] }, 'sections[0]'],
    ['a section without categories', { ...cateTaxonomy, sections: [{ id: 'a', title: 'A' }] }, 'categories'],
  ];
  for (const [name, taxonomy, where] of wrongTaxonomies) {
    it(`a taxonomy property of the wrong shape (${name}): invalid-attribute naming where, nothing drawn, no rejection`, async () => {
      const { el, errors } = await chart((el) => {
        el.taxonomy = taxonomy as Taxonomy;
        el.section = 'continent-of-origin';
        el.data = publication;
      });
      expectAttributeError(el, errors, 'taxonomy');
      expect(errors.find((e) => e.attribute === 'taxonomy')!.value).to.contain(where);
      expect(shadow(el).querySelector('svg.chart')).to.equal(null);
      await expectPageUnharmed(el);
    });
  }

  for (const [name, policy] of [
    ['a number', 3],
    ['a string', 'strict'],
    ['an array', [1, 2]],
  ] as const) {
    it(`a policy property of the wrong type (${name}): invalid-attribute naming policy, nothing drawn`, async () => {
      const { el, errors } = await chart((el) => {
        el.policy = policy as unknown as CateChart['policy'];
        el.data = continents;
      });
      expectAttributeError(el, errors, 'policy');
      expect(shadow(el).querySelector('svg.chart')).to.equal(null);
      await expectPageUnharmed(el);
    });
  }

  const wrongData: Array<[string, unknown, string]> = [
    ['a number', 42, '42'],
    ['a string', 'continent-of-origin', 'continent-of-origin'],
    ['a function', () => 1, 'a function'],
    ['a symbol', Symbol('x'), 'a symbol'],
  ];
  for (const [name, data, shown] of wrongData) {
    it(`data of a wrong type (${name}): invalid-data naming the data property and what it expects`, async () => {
      const { el, errors } = await chart((el) => (el.data = data));
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
      expect(errors[0]!.attribute).to.equal('data');
      expect(errors[0]!.value).to.equal(shown);
      expect(errors[0]!.expected).to.contain('publication');
      expect(alertText(el)).not.to.equal('');
      await expectPageUnharmed(el);
    });
  }

  it('a document claiming a 10,000-character format: refused, the message bounded', async () => {
    const { el, errors } = await chart((el) => (el.data = { format: LONG }));
    expect(errors.length).to.equal(1);
    expectBounded(errors[0]!.message);
    expectBounded(alertText(el), 2000);
    await expectPageUnharmed(el);
  });

  it('invalid published data: the visible error lists the first problems with where they are', async () => {
    const { el, errors } = await chart((el) => {
      el.section = 'continent-of-origin';
      el.data = { ...publication, sections: 'nope' };
    });
    expect(errors.length).to.equal(1);
    const items = [...shadow(el).querySelectorAll('[role=alert] .problems li')].map((li) => li.textContent ?? '');
    expect(items.length).to.be.within(1, 4);
    expect(items[0]).to.match(/^at \S+: /);
    for (const item of items) expectBounded(item, 400);
    await expectPageUnharmed(el);
  });
});

describe('hostile input: oversize responses', () => {
  it('a response whose Content-Length passes max-bytes is refused before it is read (too-large)', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(publication)], { type: 'application/json' }));
    try {
      const { el, errors } = await chart((el) => {
        el.setAttribute('max-bytes', '1000');
        el.section = 'continent-of-origin';
        el.src = url;
      });
      await nextEvent(el, 'cate-error').catch(() => undefined);
      await settle(el);
      expect(errors.map((e) => e.code)).to.deep.equal(['too-large']);
      expect(errors[0]!.message).to.contain('max-bytes');
      expectBounded(alertText(el));
      await expectPageUnharmed(el);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('a streamed response without Content-Length is cut off once it passes max-bytes', async () => {
    const original = window.fetch;
    let pulled = 0;
    window.fetch = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled++;
            if (pulled > 1000) controller.close();
            else controller.enqueue(new TextEncoder().encode('['.repeat(1024)));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    try {
      const { el, errors } = await chart((el) => {
        el.setAttribute('max-bytes', '4096');
        el.src = '/streamed.json';
      });
      for (let i = 0; i < 20 && errors.length === 0; i++) await settle(el);
      expect(errors.map((e) => e.code)).to.deep.equal(['too-large']);
      expect(pulled).to.be.below(50);
      await expectPageUnharmed(el);
    } finally {
      window.fetch = original;
    }
  });

  it('the default limit (5 MiB) refuses a 6 MB response', async () => {
    const url = URL.createObjectURL(new Blob([' '.repeat(6 * 1024 * 1024)], { type: 'application/json' }));
    try {
      const { el, errors } = await chart((el) => (el.src = url));
      for (let i = 0; i < 20 && errors.length === 0; i++) await settle(el);
      expect(errors.map((e) => e.code)).to.deep.equal(['too-large']);
      expect(errors[0]!.message).to.contain('5 MB');
      await expectPageUnharmed(el);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});

describe('hostile input: bidirectional labels', () => {
  const RLO = '\u202E';
  it('a right-to-left override in a category label is isolated in the legend (<bdi>) and the table', async () => {
    const { el } = await chart((el) => {
      el.kind = 'grouped-bar';
      el.data = labelled(`${RLO}Africa 21`);
    });
    const legend = [...shadow(el).querySelectorAll('[part=legend] bdi')].map((b) => b.textContent);
    expect(legend).to.include(`${RLO}Africa 21`);
    const th = [...shadow(el).querySelectorAll('th bdi')].map((b) => b.textContent);
    expect(th).to.include(`${RLO}Africa 21`);
    await expectPageUnharmed(el);
  });

  it('the tooltip and the live announcement isolate the label (U+2068 … U+2069), so the count keeps its order', async () => {
    const { el } = await chart((el) => {
      el.kind = 'grouped-bar';
      el.data = labelled(`${RLO}Africa`);
    });
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    plot.focus();
    press(plot, 'Home', { ctrlKey: true });
    await settle(el);
    const tooltip = shadow(el).querySelector('[part=tooltip]')!.textContent ?? '';
    expect(tooltip).to.contain(`\u2068${RLO}Africa\u2069`);
    const live = shadow(el).querySelector('[aria-live]')!.textContent ?? '';
    expect(live).to.contain(`\u2068${RLO}Africa\u2069`);
    await expectPageUnharmed(el);
  });

  it('a label cannot close the isolate early: its own U+2069 and U+202C are dropped inside it', async () => {
    const { el } = await chart((el) => {
      el.kind = 'grouped-bar';
      el.data = labelled(`x\u2069\u202C${RLO}evil`);
    });
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    plot.focus();
    press(plot, 'Home', { ctrlKey: true });
    await settle(el);
    const tooltip = shadow(el).querySelector('[part=tooltip]')!.textContent ?? '';
    expect(tooltip).to.contain(`\u2068x${RLO}evil\u2069`);
    await expectPageUnharmed(el);
  });

  it('a period label from data with an override is isolated in the SVG axis text', async () => {
    const { el } = await chart((el) => {
      el.kind = 'grouped-bar';
      el.data = series({ periodLabels: continents.quarters.map((_, i) => (i === 0 ? `${RLO}2020` : `Y${i}`)) });
    });
    const tspans = [...shadow(el).querySelectorAll('svg.chart .x-axis .tick-label')].map((t) => t.textContent);
    expect(tspans).to.include(`\u2068${RLO}2020\u2069`);
    expect(tspans).to.include('Y1');
    await expectPageUnharmed(el);
  });

  it("the plain-language summary (the chart's accessible description) isolates a label with an override", async () => {
    const { el } = await chart((el) => {
      el.kind = 'grouped-bar';
      el.data = labelled(`${RLO}Africa`);
    });
    const summary = shadow(el).querySelector('#summary')!.textContent ?? '';
    if (summary.includes('Africa')) expect(summary).to.contain(`\u2068${RLO}Africa\u2069`);
    expect(summary).not.to.match(new RegExp(`${RLO}Africa(?!\u2069)`));
    await expectPageUnharmed(el);
  });

  it('the SVG export isolates a legend label with an override', async () => {
    const { el } = await chart((el) => {
      el.kind = 'grouped-bar';
      el.data = labelled(`${RLO}Africa`);
    });
    expect(el.toSVG()).to.contain(`\u2068${RLO}Africa\u2069`);
    await expectPageUnharmed(el);
  });
});

describe('hostile input: spreadsheet formulas in exports', () => {
  const formulas = ['=HYPERLINK("http://evil.example","click")', '+1+cmd', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

  it('toCSV() neutralises every formula-like label', async () => {
    for (const label of formulas) {
      const { el } = await chart((el) => (el.data = labelled(label)));
      const csv = el.toCSV();
      expect(csv).to.contain(`'${label.replace(/"/g, '""').replace(/\r/g, '\r')}`);
      el.remove();
    }
    await expectPageUnharmed(document.body);
  });

  it('"Copy data table" neutralises formulas in the copied text and HTML', async () => {
    const written: Array<Record<string, string>> = [];
    const fake = {
      write: async (items: ClipboardItem[]) => {
        for (const item of items)
          written.push(
            Object.fromEntries(
              await Promise.all(item.types.map(async (t) => [t, await (await item.getType(t)).text()] as const)),
            ),
          );
      },
      writeText: async (text: string) => void written.push({ 'text/plain': text }),
    };
    Object.defineProperty(navigator, 'clipboard', { value: fake, configurable: true });
    try {
      const { el } = await chart((el) => (el.data = labelled('=HYPERLINK("http://evil.example","click")')));
      await el.copyTable();
      const copied = written.at(-1)!;
      const header = copied['text/plain']!.split('\n')[0]!.split('\t');
      expect(header).to.include(`'=HYPERLINK("http://evil.example","click")`);
      expect(header.some((cell) => cell.startsWith('='))).to.equal(false);
      if (copied['text/html']) expect(copied['text/html']).to.contain(`&apos;=HYPERLINK`);
      await expectPageUnharmed(el);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('"Copy data table" neutralises @, +, - and tab-led labels too', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void written.push(text) },
      configurable: true,
    });
    try {
      for (const label of ['@SUM(A1)', '+1+cmd', '-2+3']) {
        const { el } = await chart((el) => (el.data = labelled(label)));
        await el.copyTable();
        const header = written.at(-1)!.split('\n')[0]!.split('\t');
        expect(header).to.include(`'${label}`);
        el.remove();
      }
      await expectPageUnharmed(document.body);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });
});

/** A taxonomy whose organizations and first source carry hostile links. */
function hostileTaxonomy(urls: string[]): Taxonomy {
  const organizations = cateTaxonomy.organizations.map((o, i) => (i < urls.length ? { ...o, url: urls[i] } : o));
  const sections = cateTaxonomy.sections.map((s, i) =>
    i === 0 ? { ...s, sources: [{ citation: 'Hostile source', url: urls[0] }] } : s,
  );
  return { ...cateTaxonomy, organizations, sections } as Taxonomy;
}

const HOSTILE_URLS = [
  `javascript:${PAYLOAD}`,
  `  JaVaScRiPt:${PAYLOAD}`,
  `java\tscript:${PAYLOAD}`,
  `data:text/html,<script>${PAYLOAD}</script>`,
  `vbscript:${PAYLOAD}`,
];

async function mountReport(
  setup: (el: CateReport) => void,
): Promise<{ el: CateReport; errors: ChartErrorDetail[]; ready: boolean }> {
  const errors: ChartErrorDetail[] = [];
  const el = document.createElement('cate-report');
  el.addEventListener('cate-error', (e) => errors.push(e.detail));
  const ready = nextEvent(el, 'cate-report-ready', 15000).then(
    () => true,
    () => false,
  );
  // An invalid attribute is said, and the report still draws with the default: only other errors end the wait.
  const failed = new Promise<boolean>((resolve) => {
    el.addEventListener('cate-error', (e) => e.detail.code !== 'invalid-attribute' && resolve(false));
    setTimeout(() => resolve(false), 15000);
  });
  setup(el);
  document.body.append(el);
  const result = await Promise.race([ready, failed]);
  await el.updateComplete;
  return {
    el,
    errors,
    ready: result || (await Promise.race([ready, new Promise<boolean>((r) => setTimeout(() => r(false), 50))])),
  };
}

describe('hostile input: <cate-report>', function () {
  this.timeout(30000);

  it('a malformed #fragment (#%E0%A4%A) is ignored: no URIError, cate-report-ready still fires', async () => {
    history.replaceState(null, '', '#%E0%A4%A');
    const { el, ready } = await mountReport((el) => (el.data = publication));
    expect(ready).to.equal(true);
    await expectPageUnharmed(el);
  });

  it('a malformed fragment after the report is drawn (hashchange) is ignored', async () => {
    const { el, ready } = await mountReport((el) => (el.data = publication));
    expect(ready).to.equal(true);
    location.hash = '#%E0%A4%A';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expectPageUnharmed(el);
  });

  it('organization and source links with javascript:, data: and vbscript: (any case, with tabs) are plain text', async () => {
    const { el, ready } = await mountReport((el) => {
      el.taxonomy = hostileTaxonomy(HOSTILE_URLS);
      el.data = publication;
    });
    expect(ready).to.equal(true);
    const links = deepAll(el.shadowRoot!, 'a[href]') as HTMLAnchorElement[];
    for (const link of links)
      expect(['https:', 'http:', 'mailto:', 'tel:', location.protocol]).to.include(link.protocol);
    const members = el.shadowRoot!.querySelector('#member-organizations')!;
    for (const org of cateTaxonomy.organizations.slice(0, HOSTILE_URLS.length))
      expect(members.textContent).to.contain(org.name);
    expect(el.shadowRoot!.textContent).to.contain('Hostile source');
    await expectPageUnharmed(el);
  });

  it('a safe organization link stays a link (https), written as the URL parser reads it', async () => {
    const { el } = await mountReport((el) => {
      el.taxonomy = hostileTaxonomy(['HTTPS://Example.org/a b']);
      el.data = publication;
    });
    const hrefs = (deepAll(el.shadowRoot!, '#member-organizations a[href]') as HTMLAnchorElement[]).map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).to.include('https://example.org/a%20b');
    await expectPageUnharmed(el);
  });

  it('the report markup the static page renders (renderReport) writes no unsafe link either', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      renderReport({
        taxonomy: hostileTaxonomy(HOSTILE_URLS),
        messages: reportMessagesFor('en'),
        title: 'Static',
        controls: html``,
        chart: () => html``,
      }),
      host,
    );
    const links = [...host.querySelectorAll('a[href]')] as HTMLAnchorElement[];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links)
      expect(['https:', 'http:', 'mailto:', 'tel:', location.protocol]).to.include(link.protocol);
    expect(host.querySelectorAll('#member-organizations bdi').length).to.equal(cateTaxonomy.organizations.length);
    await expectPageUnharmed(host);
  });

  it('a taxonomy property of the wrong shape: invalid-attribute, no unhandled rejection', async () => {
    const { el, errors } = await mountReport((el) => {
      el.taxonomy = { sections: 42 } as unknown as Taxonomy;
      el.data = publication;
    });
    expectAttributeError(el, errors, 'taxonomy');
    await expectPageUnharmed(el);
  });

  it('locale="constructor": invalid-attribute, the report drawn in English', async () => {
    const { el, errors, ready } = await mountReport((el) => {
      el.setAttribute('locale', 'constructor');
      el.data = publication;
    });
    expect(ready).to.equal(true);
    expectAttributeError(el, errors, 'locale');
    expect(el.shadowRoot!.querySelector('.showing')!.textContent).not.to.contain('undefined');
    await expectPageUnharmed(el);
  });

  it('timeout="abc": invalid-attribute, the data still loads', async () => {
    const { el, errors } = await mountReport((el) => {
      el.setAttribute('timeout', 'abc');
      el.src = PUBLICATION;
    });
    expectAttributeError(el, errors, 'timeout');
    expect(errors.map((e) => e.code)).not.to.include('timeout');
    await expectPageUnharmed(el);
  });

  it('an inline #id dataset larger than max-bytes is refused before it is parsed (too-large)', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'hostile-data';
    script.textContent = JSON.stringify(publication);
    document.body.append(script);
    const { el, errors } = await mountReport((el) => {
      el.setAttribute('max-bytes', '1000');
      el.src = '#hostile-data';
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['too-large']);
    expectBounded(errors[0]!.message);
    await expectPageUnharmed(el);
  });

  it('data of a wrong type: invalid-data, a visible message', async () => {
    const { el, errors } = await mountReport((el) => (el.data = 42));
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
    expect(el.shadowRoot!.querySelector('[role=alert]')).not.to.equal(null);
    await expectPageUnharmed(el);
  });
});

describe('hostile input: <cate-resource-guide>', () => {
  let example: Record<string, unknown>;
  before(async () => {
    example = await (await fetch('/packages/core/data/examples/missouri-resource-guide.json')).json();
  });

  async function guide(setup: (el: CateResourceGuide) => void): Promise<CateResourceGuide> {
    const el = document.createElement('cate-resource-guide');
    setup(el);
    document.body.append(el);
    for (let i = 0; i < 5; i++) {
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return el;
  }

  for (const url of HOSTILE_URLS.slice(0, 3)) {
    it(`a provider website ${JSON.stringify(url.slice(0, 14))}…: never a link`, async () => {
      const providers = (example.providers as Array<Record<string, unknown>>).map((p, i) =>
        i === 0 ? { ...p, contact: { ...(p.contact as object), website: url } } : p,
      );
      const el = await guide((el) => (el.guide = { ...example, providers }));
      const links = deepAll(el.shadowRoot!, 'a[href]') as HTMLAnchorElement[];
      for (const link of links) expect(['https:', 'http:', 'mailto:', 'tel:']).to.include(link.protocol);
      await expectPageUnharmed(el);
    });
  }

  for (const [attribute, value] of [
    ['heading-level', 'abc'],
    ['theme', 'neon'],
    ['max-bytes', '-1'],
  ] as const) {
    it(`${attribute}="${value}": invalid-attribute naming it, the guide still shown`, async () => {
      const errors: ChartErrorDetail[] = [];
      const el = await guide((el) => {
        el.addEventListener('cate-error', (e) => errors.push(e.detail));
        el.setAttribute(attribute, value);
        el.guide = example;
      });
      const error = errors.find((e) => e.code === 'invalid-attribute' && e.attribute === attribute);
      expect(error?.value).to.equal(value);
      expect(alertText(el)).to.contain(attribute);
      expect(el.shadowRoot!.querySelector('[part=results]')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[aria-level="NaN"]')).to.equal(null);
      await expectPageUnharmed(el);
    });
  }

  it('a guide property of the wrong type: a visible message, nothing thrown', async () => {
    const el = await guide((el) => (el.guide = 42));
    expect(el.shadowRoot!.querySelector('[role=alert]')).not.to.equal(null);
    await expectPageUnharmed(el);
  });

  it('a guide larger than max-bytes is refused before it is parsed', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(example)], { type: 'application/json' }));
    try {
      const el = await guide((el) => {
        el.setAttribute('max-bytes', '100');
        el.src = url;
      });
      const alert = el.shadowRoot!.querySelector('[role=alert]')!.textContent ?? '';
      expect(alert).to.match(/larger than its limit of 100 bytes/);
      expectBounded(alert);
      await expectPageUnharmed(el);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});

describe('hostile input: a preview organization filter', () => {
  it('organizations="alvie" (a typo) in preview: invalid-attribute naming the nearest member, no "No data"', async () => {
    const submissions = sampleSubmissions();
    const { el, errors } = await chart((el) => {
      el.toggleAttribute('preview', true);
      el.setAttribute('section', 'sex');
      el.setAttribute('organizations', 'alvie');
      el.data = submissions;
    });
    await settle(el);
    expectAttributeError(el, errors, 'organizations');
    expect(errors.find((e) => e.attribute === 'organizations')!.expected).to.contain('"alive"');
    await expectPageUnharmed(el);
  });
});

import 'axe-core';
import { expect } from 'chai';
import { cateTaxonomy } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import { catalogues, type Messages } from '../../packages/charts/src/messages.js';
import {
  continents,
  diagnoses,
  leaky,
  newExisting,
  screening,
  SECRET,
  unmet,
  v,
} from '../../packages/charts/test/fixtures.js';
import { drawnCells } from './drawing.js';
import { allOutput, mount, nextEvent, press, runAxe, settle, shadow } from './helpers.js';

/** The synthetic sample as published (cate-publication@1), the public data the element draws. */
const PUBLICATION = '/test/browser/fixtures/publication.json';
let publication: unknown;
before(async () => {
  publication = await (await fetch(PUBLICATION)).json();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<cate-chart> states', () => {
  it('draws a SafeSeries given as the data property, with heading and description from the taxonomy', async () => {
    const el = await mount((el) => ((el.kind = 'grouped-bar'), (el.data = continents)));
    const root = shadow(el);
    expect(root.querySelector('[part=heading]')!.textContent).to.match(/Continent of Origin/);
    expect(root.querySelector('[part=description]')!.textContent).to.match(/continent of origin/i);
    expect(drawnCells(root, '.mark.bar').length).to.equal(43);
    expect(root.querySelectorAll('.placeholder.suppressed').length).to.equal(4);
    expect(root.querySelectorAll('.placeholder.not-reported').length).to.equal(1);
    expect(root.querySelector('[part=footnotes]')!.textContent)
      .to.contain('suppressed')
      .and.contain('Not every member reported every quarter.');
  });

  it('partial coverage: a short footnote for several quarters, with the counts in a "Members reporting" column', async () => {
    const el = await mount((el) => (el.data = continents));
    const root = shadow(el);
    const notes = [...root.querySelectorAll('[part=footnotes] li')].map((li) => li.textContent!.trim());
    expect(notes).to.include(
      'Not every member reported every quarter. The data table shows how many reported in each quarter.',
    );
    expect(notes.join(' ')).not.to.contain('Q1 2024');
    const table = root.querySelector('table')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers.at(-1)).to.equal('Members reporting');
    const coverage = [...table.querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild!.textContent!.trim());
    expect(coverage).to.deep.equal([
      '7 of 8 members reported',
      ...Array(3).fill('8 of 8 members reported'),
      '6 of 8 members reported',
      ...Array(3).fill('8 of 8 members reported'),
    ]);
  });

  it('partial coverage in one quarter: the footnote names it and its count', async () => {
    const one = {
      ...continents,
      coverage: continents.coverage.map((c, i) => (i === 6 ? { ...c, reported: 7 } : { ...c, reported: c.expected })),
    };
    const el = await mount((el) => (el.data = one));
    expect(shadow(el).querySelector('[part=footnotes]')!.textContent).to.contain(
      'Not every member reported: Q3 2025, 7 of 8 members reported.',
    );
  });

  it('shows a loading message while src loads, then the chart', async () => {
    const el = await mount((el) => {
      el.section = 'continent-of-origin';
      el.src = PUBLICATION;
    });
    if (el.shadowRoot!.querySelector('[part=message]')?.textContent?.includes('Loading'))
      await nextEvent(el, 'cate-ready').catch(() => undefined);
    await settle(el);
    const message = shadow(el).querySelector('[part=message]');
    expect(message?.textContent ?? '', 'no error').not.to.contain('could not');
    expect(shadow(el).querySelectorAll('svg.chart').length).to.equal(1);
  });

  it('says "loading" first when data comes from src', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('cate-chart');
    el.section = 'continent-of-origin';
    el.src = PUBLICATION;
    host.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=message]')!.textContent).to.contain('Loading');
  });

  it('shows an empty state when no cell was reported', async () => {
    const empty = {
      ...continents,
      cells: continents.cells.map((row) => row.map(() => ({ status: 'not-reported' as const }))),
    };
    const el = await mount((el) => (el.data = empty));
    expect(shadow(el).querySelector('[part=message]')!.textContent).to.contain('No data');
    expect(shadow(el).querySelector('svg.chart')).to.equal(null);
  });

  for (const [name, src, code] of [
    ['a 404', '/test/browser/fixtures/missing.json', 'http-error'],
    ['invalid JSON', '/test/browser/fixtures/invalid.json', 'invalid-json'],
    ['invalid CSV', '/test/browser/fixtures/invalid.csv', 'invalid-csv'],
    ['a bad URL', 'http://[::1', 'fetch-failed'],
  ] as const) {
    it(`shows an error, fires cate-error and throws nothing for ${name}`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      const host = document.createElement('div');
      document.body.append(host);
      const el = document.createElement('cate-chart');
      el.section = 'continent-of-origin';
      el.preview = true; // the CSV is raw data: read only in a preview
      const event = nextEvent<{ code: string; message: string }>(host, 'cate-error');
      el.src = src;
      host.append(el);
      const { detail } = await event;
      await settle(el);
      window.removeEventListener('error', onError);
      expect(detail.code).to.equal(code);
      expect(detail.message).to.be.a('string').and.not.equal('');
      expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain(detail.message);
      expect(errors).to.deep.equal([]);
    });
  }

  it('times out with code "timeout" (AbortController)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('cate-chart');
    el.section = 'continent-of-origin';
    el.timeout = 1;
    const event = nextEvent<{ code: string }>(host, 'cate-error');
    el.src = '/packages/core/data/sample-submissions.csv';
    host.append(el);
    expect((await event).detail.code).to.equal('timeout');
  });

  it('reports an unknown section', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('cate-chart');
    const event = nextEvent<{ code: string }>(host, 'cate-error');
    el.section = 'no-such-section';
    el.data = publication;
    host.append(el);
    expect((await event).detail.code).to.equal('unknown-section');
    await settle(el);
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('no-such-section');
  });

  it('never outputs a suppressed value: a series whose suppressed cells carry one is refused, and the value is nowhere', async () => {
    const logged: string[] = [];
    const original = { log: console.log, warn: console.warn, error: console.error, info: console.info };
    for (const k of Object.keys(original) as Array<keyof typeof original>)
      console[k] = (...a: unknown[]) => logged.push(a.map(String).join(' '));
    try {
      const errors: Array<{ code: string }> = [];
      const el = await mount((el) => {
        el.addEventListener('cate-error', (e) => errors.push(e.detail));
        el.data = leaky;
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
      expect(shadow(el).querySelector('[role=alert]')).not.to.equal(null);
      expect(shadow(el).querySelector('svg.chart, table')).to.equal(null);
      el.showTable = true;
      el.kind = 'table';
      await settle(el);
      expect(allOutput(el)).not.to.contain(String(SECRET));
      expect(allOutput(el)).not.to.contain('987,654');
      expect(JSON.stringify(errors)).not.to.contain(String(SECRET));
    } finally {
      Object.assign(console, original);
    }
    expect(logged.join('\n')).not.to.contain(String(SECRET));
  });

  for (const [name, series] of Object.entries({ continents, diagnoses, newExisting, screening, unmet })) {
    for (const kind of ['', 'grouped-bar', 'stacked-bar', 'stacked-percent', 'line', 'table', 'stat'] as const) {
      it(`${name} as ${kind || 'default'}: axe finds no violations`, async () => {
        const el = await mount((el) => {
          el.data = series;
          el.kind = kind;
        });
        const { violations } = await runAxe(el);
        expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
      });
    }
  }

  it('dark theme (attribute and .cate-dark ancestor) passes axe with the table shown', async () => {
    const dark = document.createElement('div');
    dark.className = 'cate-dark';
    document.body.append(dark);
    const el = await mount(
      (el) => {
        el.data = continents;
        el.showTable = true;
      },
      { parent: dark },
    );
    expect(shadow(el).querySelector('.base')!.classList.contains('dark')).to.equal(true);
    expect(getComputedStyle(shadow(el).querySelector('.base')!).backgroundColor).to.equal('rgb(27, 27, 31)');
    expect((await runAxe(el)).violations.map((v) => v.id)).to.deep.equal([]);
    const el2 = await mount((el) => {
      el.data = diagnoses;
      el.theme = 'dark';
    });
    expect((await runAxe(el2)).violations.map((v) => v.id)).to.deep.equal([]);
  });
});

/**
 * Spanish output has no English left: every kind and state is drawn with locale="es", explored with the keyboard
 * and a pointer, and its text and ARIA attributes are searched for the wording of the English catalogue (each
 * phrase between arguments that differs from every Spanish phrase). The taxonomy's own words (titles,
 * descriptions, notes, category labels) stay as given, so they are taken out of the text first.
 */
describe('<cate-chart locale="es">', () => {
  const GAP = '\u0001';
  const UNITS = ['clients', 'organizations', 'percent-of-organizations', 'service-uses'] as const;

  /** Every text a catalogue can produce, its arguments left as gaps. */
  function catalogueTexts(m: Messages): string[] {
    const texts: string[] = [];
    const call = (fn: (...args: unknown[]) => string, key: string): string[] => {
      switch (key) {
        case 'unitNoun':
          return UNITS.flatMap((u) => [fn(u, 1), fn(u, 2)]);
        case 'shareOf':
          return UNITS.map((u) => fn(GAP, u));
        case 'percentWhat':
        case 'countWhat':
          return UNITS.map((u) => fn(u));
        case 'list':
          return [fn([GAP, GAP, GAP])];
        case 'footnoteSuppressed':
          return [fn(3, true), fn(11, false)];
        case 'coverageNote':
          return [fn([GAP]), fn([GAP, GAP])];
        default:
          return [fn(GAP, GAP, GAP, GAP, GAP)];
      }
    };
    const walk = (value: unknown, key: string): void => {
      if (key === 'language') return; // a lang attribute's value, not text
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(...call(value as (...args: unknown[]) => string, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(m, '');
    return texts;
  }

  /** The wording of texts: the pieces between arguments and numbers, without outer punctuation, with a word in them. */
  function phrases(texts: string[]): Set<string> {
    return new Set(
      texts
        .flatMap((t) => t.split(/[\u0001\d]+/))
        .map((p) => p.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ''))
        .filter((p) => /\p{L}{2}/u.test(p)),
    );
  }

  const spanish = phrases(catalogueTexts(catalogues.es!));
  const englishOnly = [...phrases(catalogueTexts(catalogues.en!))].filter((p) => !spanish.has(p));
  const englishPatterns = englishOnly.map((p) => ({
    phrase: p,
    re: new RegExp(`(?<![\\p{L}-])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u'),
  }));

  /** The taxonomy's and the fixtures' own words, longest first. */
  const given = [
    ...cateTaxonomy.sections.flatMap((s) => [
      s.title,
      s.chartTitle,
      s.description,
      ...(s.notes ?? []).flatMap((n) => [n.title, n.text]),
      // Where a category list came from is the taxonomy's own text too (a standard's name, the coalition's note).
      s.categoriesFrom?.standard,
      s.categoriesFrom?.note,
      ...s.categories.map((c) => c.label),
    ]),
    ...[continents, diagnoses, newExisting, screening, unmet].flatMap((s) => s.categories.map((c) => c.label)),
  ]
    .filter((t): t is string => typeof t === 'string' && t.length > 0)
    .sort((a, b) => b.length - a.length);

  /** Text and ARIA attributes of the shadow DOM, the taxonomy's words taken out. */
  function uiText(el: HTMLElement): string {
    const root = shadow(el);
    const attributes = [...root.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes]
        .filter((a) => a.name.startsWith('aria-') || a.name === 'title' || a.name === 'alt')
        .map((a) => a.value),
    );
    // Each text node on its own (the templates put no whitespace between elements, so textContent would run words together).
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
    let text = [...texts, ...attributes].join('\n').replace(/\s+/g, ' ');
    for (const words of given) text = text.split(words).join(' | ');
    return text;
  }

  /** The English phrases found in an element's output, as words (a section id like "continent-of-origin" is no English). */
  const englishIn = (el: HTMLElement) => {
    const text = uiText(el);
    return englishPatterns.filter(({ re }) => re.test(text)).map(({ phrase }) => phrase);
  };

  /** Records the English found at each step of a scenario, by step. */
  const found = new Map<string, string[]>();
  const check = (el: HTMLElement, step: string) => {
    const english = englishIn(el);
    if (english.length) found.set(step, english);
  };

  /** States that fire no event: loading, empty, no source. */
  const QUIET = new Set(['loading', 'empty', 'no source', 'no source, no section (untitled)']);

  /** Mounts a Spanish chart and waits until it is drawn or has failed (`quiet`: a few frames). */
  async function mountEs(setup: (el: CateChart) => void, quiet = false): Promise<CateChart> {
    const host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
    const el = document.createElement('cate-chart');
    el.locale = 'es';
    setup(el);
    const done = new Promise((resolve) => {
      if (quiet) return resolve(undefined);
      for (const type of ['cate-ready', 'cate-error']) el.addEventListener(type, resolve, { once: true });
      setTimeout(resolve, 5000);
    });
    host.append(el);
    await done;
    await settle(el);
    return el;
  }

  it('the check finds English in English output (negative control)', async () => {
    const el = await mount((el) => (el.data = continents));
    expect(englishIn(el).length).to.be.greaterThan(10);
    const es = await mountEs((el) => (el.locale = 'en-US'), true);
    expect(englishIn(es)).to.include('No data yet: set the src attribute or the data property');
  });

  it('every kind of every fixture, explored with keys and a pointer, with the table shown', async function () {
    this.timeout(120000);
    found.clear();
    for (const [name, series] of Object.entries({ continents, diagnoses, newExisting, screening, unmet })) {
      for (const kind of ['', 'grouped-bar', 'stacked-bar', 'stacked-percent', 'line', 'table', 'stat'] as const) {
        const step = `${name} as ${kind || 'default'}`;
        const el = await mountEs((el) => {
          el.data = series;
          el.kind = kind;
        });
        check(el, step);
        const plot = shadow(el).querySelector<HTMLElement>('[part=plot]');
        if (plot) {
          plot.focus();
          // Every cell, then every edge, then Escape: each announcement and tooltip.
          for (let c = 0; c < series.categories.length; c++) {
            for (let q = 0; q < series.quarters.length; q++) {
              press(plot, 'Home', { ctrlKey: true });
              for (let k = 0; k < q; k++) press(plot, 'ArrowRight');
              for (let k = 0; k < c; k++) press(plot, 'ArrowDown');
              await el.updateComplete;
              check(el, `${step}, cell ${q}:${c}`);
            }
          }
          for (const key of ['ArrowLeft', 'ArrowUp', 'End', 'ArrowRight', 'ArrowDown', 'ArrowDown']) {
            press(plot, key, { ctrlKey: key === 'End' });
            await settle(el, 1);
            check(el, `${step}, ${key} at an edge`);
          }
          for (const mark of shadow(el).querySelectorAll('[data-cells]')) {
            const box = mark.getBoundingClientRect();
            const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
            mark.dispatchEvent(
              new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse', ...at }),
            );
            await el.updateComplete;
            check(el, `${step}, pointer on ${mark.getAttribute('data-cells')}`);
          }
          press(plot, 'Escape');
          await el.updateComplete;
          check(el, `${step}, Escape`);
        }
        const toggle = shadow(el).querySelector<HTMLButtonElement>('[part=table-toggle]');
        toggle?.click();
        await el.updateComplete;
        check(el, `${step}, table shown`);
        el.remove();
      }
    }
    expect(Object.fromEntries(found)).to.deep.equal({});
  });

  it('loading, empty, no source, every error, partial coverage in one quarter, raw submissions', async function () {
    this.timeout(60000);
    found.clear();
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith('/pending.json') ? new Promise<Response>(() => undefined) : original(input, init);
    try {
      const scenarios: Record<string, (el: CateChart) => void> = {
        loading: (el) => ((el.section = 'continent-of-origin'), (el.src = '/pending.json')),
        empty: (el) => ((el.section = 'continent-of-origin'), (el.data = [])),
        'no source': (el) => (el.section = 'continent-of-origin'),
        'no source, no section (untitled)': () => undefined,
        'http-error': (el) => ((el.section = 'continent-of-origin'), (el.src = '/test/browser/fixtures/missing.json')),
        'invalid-json': (el) => (
          (el.section = 'continent-of-origin'),
          (el.src = '/test/browser/fixtures/invalid.json')
        ),
        'invalid-csv': (el) => (
          (el.section = 'continent-of-origin'),
          (el.preview = true),
          (el.src = '/test/browser/fixtures/invalid.csv')
        ),
        'fetch-failed': (el) => ((el.section = 'continent-of-origin'), (el.src = 'http://[::1')),
        timeout: (el) => ((el.section = 'continent-of-origin'), (el.timeout = 1), (el.src = '/pending.json')),
        'unknown-section': (el) => ((el.section = 'no-such-section'), (el.data = publication)),
        'missing-section': (el) => (el.data = publication),
        'invalid-quarters': (el) => (
          (el.section = 'continent-of-origin'),
          (el.quarters = 'nonsense'),
          (el.data = publication)
        ),
        'raw-data-refused': (el) => ((el.section = 'continent-of-origin'), (el.data = sampleSubmissions())),
        'unsafe-data': (el) =>
          (el.data = {
            ...continents,
            cells: [[v(1), ...continents.cells[0]!.slice(1)], ...continents.cells.slice(1)],
          }),
        'organizations-not-published': (el) => (
          (el.section = 'continent-of-origin'),
          (el.organizations = 'alive'),
          (el.data = publication)
        ),
        'a publication, one quarter': (el) => (
          (el.section = 'continent-of-origin'),
          (el.quarters = '2025-Q1..2025-Q1'),
          (el.data = publication)
        ),
        'section-mismatch': (el) => ((el.section = 'age'), (el.data = continents)),
        'invalid-data (not an array)': (el) => (
          (el.section = 'continent-of-origin'),
          (el.data = { not: 'submissions' })
        ),
        'invalid-data (bad submission)': (el) => (
          (el.section = 'continent-of-origin'),
          (el.preview = true),
          (el.data = [{ organization: 'x', quarter: '2024-Q5', counts: {} }])
        ),
        'partial coverage in one quarter': (el) =>
          (el.data = {
            ...continents,
            coverage: continents.coverage.map((c, i) => ({ ...c, reported: i === 6 ? 7 : c.expected })),
          }),
        'raw submissions, a percent of organizations': (el) => (
          (el.section = 'organizations-screening'),
          (el.preview = true),
          (el.data = sampleSubmissions())
        ),
        'raw submissions, many categories': (el) => (
          (el.section = 'criminal-charges-encountered'),
          (el.preview = true),
          (el.data = sampleSubmissions())
        ),
        'raw submissions, es-MX': (el) => (
          (el.locale = 'es-MX'),
          (el.section = 'citizenship'),
          (el.preview = true),
          (el.data = sampleSubmissions())
        ),
      };
      for (const [step, setup] of Object.entries(scenarios)) {
        const el = await mountEs(setup, QUIET.has(step));
        expect(shadow(el).querySelector('.base')!.getAttribute('lang'), step).to.equal('es');
        check(el, step);
        el.remove();
      }
    } finally {
      window.fetch = original;
    }
    expect(Object.fromEntries(found)).to.deep.equal({});
  });

  it('numbers, percents and quarters follow the locale; other languages fall back to English', async () => {
    const el = await mountEs((el) => ((el.data = screening), (el.kind = 'table')));
    const table = shadow(el).querySelector('table')!;
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'T1 2024',
      'T2 2024',
      'T3 2024',
      'T4 2024',
    ]);
    expect(table.querySelector('tbody td')!.textContent!.trim()).to.equal('75\u00a0%');
    expect(shadow(el).querySelector('caption')!.textContent).to.contain('tabla de datos');
    const fr = await mountEs((el) => ((el.locale = 'fr'), (el.data = continents)));
    expect(shadow(fr).querySelector('[part=table-toggle]')!.textContent!.trim()).to.equal('Show data table');
    expect(shadow(fr).querySelector('.base')!.getAttribute('lang')).to.equal('en');
  });
});

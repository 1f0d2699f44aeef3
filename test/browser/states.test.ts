import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import { continents, diagnoses, leaky, newExisting, screening, SECRET, unmet } from '../../packages/charts/test/fixtures.js';
import { allOutput, mount, nextEvent, press, runAxe, settle, shadow } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<cate-chart> states', () => {
  it('draws a SafeSeries given as the data property, with heading and description from the taxonomy', async () => {
    const el = await mount((el) => (el.data = continents));
    const root = shadow(el);
    expect(root.querySelector('[part=heading]')!.textContent).to.match(/Continent of Origin/);
    expect(root.querySelector('[part=description]')!.textContent).to.match(/continent of origin/i);
    expect(root.querySelectorAll('rect.bar').length).to.equal(43);
    expect(root.querySelectorAll('.placeholder.suppressed').length).to.equal(4);
    expect(root.querySelectorAll('.placeholder.not-reported').length).to.equal(1);
    expect(root.querySelector('[part=footnotes]')!.textContent).to.contain('suppressed').and.contain('6 of 8 members reported');
  });

  it('shows a loading message while src loads, then the chart', async () => {
    const el = await mount((el) => {
      el.section = 'continent-of-origin';
      el.src = '/packages/core/data/sample-submissions.json';
    });
    if (el.shadowRoot!.querySelector('[part=message]')?.textContent?.includes('Loading')) await nextEvent(el, 'cate-ready').catch(() => undefined);
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
    el.src = '/packages/core/data/sample-submissions.json';
    host.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=message]')!.textContent).to.contain('Loading');
  });

  it('shows an empty state when no cell was reported', async () => {
    const empty = { ...continents, cells: continents.cells.map((row) => row.map(() => ({ status: 'not-reported' as const }))) };
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
    el.data = [];
    host.append(el);
    expect((await event).detail.code).to.equal('unknown-section');
    await settle(el);
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('no-such-section');
  });

  it('never outputs a suppressed value: drawing, axis, aria, table, tooltip, summary, console', async () => {
    const logged: string[] = [];
    const original = { log: console.log, warn: console.warn, error: console.error, info: console.info };
    for (const k of Object.keys(original) as Array<keyof typeof original>) console[k] = (...a: unknown[]) => logged.push(a.map(String).join(' '));
    try {
      const el = await mount((el) => (el.data = leaky));
      const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
      plot.focus();
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'End', 'Home']) {
        press(plot, key);
        await settle(el, 1);
        expect(allOutput(el)).not.to.contain(String(SECRET));
      }
      el.showTable = true;
      el.kind = 'table';
      await settle(el);
      expect(allOutput(el)).not.to.contain(String(SECRET));
      expect(allOutput(el)).not.to.contain('987,654');
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
    const el = await mount((el) => {
      el.data = continents;
      el.showTable = true;
    }, { parent: dark });
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

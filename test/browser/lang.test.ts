import { expect } from 'chai';
import { continents } from '../../packages/charts/test/fixtures.js';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import { mount, shadow } from './helpers.js';

// A chart without a `locale` follows the nearest `lang` attribute, as HTML text does (and as other component
// libraries do); an explicit `locale` wins; an unusable inherited `lang` is English without an error.

afterEach(() => document.body.replaceChildren());

/** Mounts a chart of the fixture series inside an element with the given `lang` (none when undefined). */
async function inLang(lang: string | undefined, setup: (el: CateChart) => void = () => {}): Promise<CateChart> {
  const parent = document.createElement('section');
  if (lang !== undefined) parent.setAttribute('lang', lang);
  document.body.append(parent);
  return mount(
    (el) => {
      el.data = continents;
      setup(el);
    },
    { parent },
  );
}

const toggle = (el: CateChart) => shadow(el).querySelector('[part=table-toggle]')!.textContent!.trim();
const lang = (el: CateChart) => shadow(el).querySelector('.base')!.getAttribute('lang');

describe('<cate-chart> language', () => {
  it('follows the nearest lang attribute when locale is not set (lang="es": Spanish words and quarters)', async () => {
    const el = await inLang('es');
    expect(lang(el)).to.equal('es');
    expect(toggle(el)).not.to.equal('Show data table');
    expect(shadow(el).textContent).to.contain('T1 2024');
  });

  it('follows lang through a shadow root to its host', async () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'es-MX');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const el = await mount((el) => (el.data = continents), { parent: inner });
    expect(lang(el)).to.equal('es');
  });

  it('an explicit locale wins over lang', async () => {
    const el = await inLang('es', (el) => (el.locale = 'en'));
    expect(lang(el)).to.equal('en');
    expect(toggle(el)).to.equal('Show data table');
  });

  it('an unusable inherited lang is English, and no cate-error (the page lang is not the chart’s to report)', async () => {
    const errors: string[] = [];
    const el = await inLang('not a tag!', (el) => el.addEventListener('cate-error', (e) => errors.push(e.detail.code)));
    expect(lang(el)).to.equal('en');
    expect(errors).to.deep.equal([]);
  });
});

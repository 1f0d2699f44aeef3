import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/guide/resource-guide/cate-resource-guide.js';
import type { CateResourceGuide } from '../../packages/charts/src/guide/resource-guide/cate-resource-guide.component.js';
import { deepActiveElement, mountElement, overflows, sendKeys } from './guide-helpers.js';
import { nextEvent, runAxe } from './helpers.js';

const SRC = '/packages/core/data/examples/missouri-resource-guide.json';
let example: unknown;

before(async () => {
  example = await (await fetch(SRC)).json();
});

afterEach(() => {
  document.body.replaceChildren();
});

const mount = (setup: (el: CateResourceGuide) => void, width?: number) =>
  mountElement<CateResourceGuide>('cate-resource-guide', setup, width);
const root = (el: CateResourceGuide) => el.shadowRoot!;
const names = (el: CateResourceGuide) =>
  [...root(el).querySelectorAll('[part=provider] [role=heading]')].map((h) => h.textContent!.trim());
const settle = async (el: CateResourceGuide) => {
  await el.updateComplete;
  await el.updateComplete;
};
const status = (el: CateResourceGuide) => root(el).querySelector('[role=status]')!;
const waitForAnnouncement = async (el: CateResourceGuide) => {
  await new Promise((resolve) => setTimeout(resolve, 450));
  await el.updateComplete;
  return status(el).textContent!.trim();
};

describe('<cate-resource-guide>', () => {
  it('lists every provider of the synthetic example under headings, with its notice, and has no axe violation', async () => {
    const el = await mount((el) => (el.guide = example));
    expect(root(el).querySelector('[part=notice]')!.textContent).to.contain('SYNTHETIC EXAMPLE');
    expect(names(el).length).to.equal(18);
    const heading = root(el).querySelector('[part=provider] [role=heading]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    for (const control of root(el).querySelectorAll('input, select')) {
      const label = root(el).querySelector(`label[for="${control.id}"]`);
      expect(label, `label for ${control.id}`).to.not.equal(null);
    }
    expect(root(el).querySelector('form')!.getAttribute('role')).to.equal('search');
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('filters by county, service type and words, and announces the count in a live region', async () => {
    const el = await mount((el) => (el.guide = example));
    expect(await waitForAnnouncement(el)).to.equal('18 of 18 providers.');
    expect(status(el).getAttribute('aria-live')).to.equal('polite');
    el.county = 'Franklin';
    await settle(el);
    expect(names(el)[0]).to.equal('Washington Avenue Workforce Center (example)');
    el.service = 'legal';
    await settle(el);
    expect(names(el)).to.deep.equal(['Riverfront Legal Aid Project (example)']);
    expect(await waitForAnnouncement(el)).to.equal('1 of 18 providers serving Franklin, offering legal services.');
    el.county = '';
    el.service = '';
    el.query = 'espanol';
    await settle(el);
    expect(names(el)).to.deep.equal(['Mid-Missouri Anti-Trafficking Alliance (example)']);
  });

  it('is searched by county and service type with a keyboard alone', async () => {
    const el = await mount((el) => (el.guide = example));
    const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    input.focus();
    await sendKeys({ type: 'shelter' });
    await settle(el);
    expect(el.query).to.equal('shelter');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.match(/-county$/);
    // A closed select changes with the arrow keys: ArrowDown twice picks the second county.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.county).to.equal('St. Louis County');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.match(/-service$/);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.service).to.equal('shelter-youth');
    expect(names(el)).to.deep.equal(['Northside Youth Haven (example)']);
    expect(await waitForAnnouncement(el)).to.contain('1 of 18 providers serving St. Louis County');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // Clear
    await settle(el);
    expect([el.query, el.county, el.service]).to.deep.equal(['', '', '']);
    expect(names(el).length).to.equal(18);
  });

  it('shows an empty message when nothing matches, and fires cate-search with the count', async () => {
    const el = await mount((el) => (el.guide = example));
    const event = nextEvent<{ count: number; query: string }>(el, 'cate-search');
    el.query = 'no such words';
    const { detail } = await event;
    expect(detail).to.include({ count: 0, query: 'no such words' });
    await settle(el);
    expect(root(el).querySelector('[part=message]')!.textContent).to.contain('No provider matches');
  });

  it('loads a guide from src, and fits a 320 px phone screen without sideways scrolling', async () => {
    // The event may fire before mounting returns (the file is cached): listen first.
    let loaded: Promise<unknown> = Promise.resolve();
    const el = await mount((el) => {
      loaded = nextEvent(el, 'cate-search');
      el.src = SRC;
    }, 320);
    await loaded;
    await settle(el);
    expect(names(el).length).to.equal(18);
    expect(overflows(el)).to.deep.equal([]);
    for (const control of root(el).querySelectorAll<HTMLElement>('input, select, button'))
      expect(control.getBoundingClientRect().height).to.be.at.least(44);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('shows located problems, not a partial list, for an invalid guide', async () => {
    const broken = structuredClone(example) as { providers: Array<Record<string, unknown>> };
    broken.providers[0]!.services = ['lega'];
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('cate-resource-guide');
    const error = nextEvent<{ problems: Array<{ message: string }> }>(host, 'cate-error');
    el.guide = broken;
    host.append(el);
    const { detail } = await error;
    expect(detail.problems[0]!.message).to.contain('did you mean "legal"');
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('providers[0].services[0]');
    expect(root(el).querySelector('[part=results]')).to.equal(null);
  });

  it('is accessible in the dark theme', async () => {
    const el = await mount((el) => {
      el.guide = example;
      el.theme = 'dark';
      el.county = 'Greene';
    });
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });
});

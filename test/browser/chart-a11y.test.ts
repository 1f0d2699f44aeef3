import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import { continents } from '../../packages/charts/test/fixtures.js';
import { mount, press, runAxe, settle, shadow } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

const TITLE = 'Continent of Origin by Quarter';
const live = (el: HTMLElement) => shadow(el).querySelector('[aria-live]')!.textContent!.trim();

/** The text of the elements an id list names (aria-labelledby, aria-describedby): hidden ones count, as in accname. */
function referenced(root: ShadowRoot, ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

/** Out of the accessibility tree: `hidden`, display none, aria-hidden, or the closed part of a <details>. */
function unheard(el: Element): boolean {
  if (el.closest('[aria-hidden="true"]')) return true;
  return !el.checkVisibility({ visibilityProperty: true });
}

/**
 * What a screen reader in browse mode reads from the chart, in order: each piece of text in the accessibility
 * tree, plus the names and descriptions it says when it meets an element that has them (aria-label,
 * aria-labelledby, aria-describedby). Visually hidden (sr-only) text is heard; `hidden` text only when referenced.
 */
function browseMode(el: HTMLElement): string[] {
  const root = shadow(el);
  const heard: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      const text = node.data.trim();
      if (text && node.parentElement && !unheard(node.parentElement) && !node.parentElement.closest('style'))
        heard.push(text);
      continue;
    }
    const element = node as Element;
    if (unheard(element)) continue;
    const label = element.getAttribute('aria-label');
    if (label) heard.push(label);
    const labelled = referenced(root, element.getAttribute('aria-labelledby'));
    if (labelled) heard.push(labelled);
    const described = referenced(root, element.getAttribute('aria-describedby'));
    if (described) heard.push(described);
  }
  return heard;
}

const occurrences = (texts: string[], needle: string) => texts.join('\n').split(needle).length - 1;

describe('<cate-chart> for screen readers and keyboards', () => {
  it('the focusable plot is an application (arrow keys reach it in focus mode), described by the keyboard instructions outside any disclosure', async () => {
    const el = await mount((el) => (el.data = continents));
    const root = shadow(el);
    const plot = root.querySelector<HTMLElement>('[part=plot]')!;
    expect(plot.tabIndex).to.equal(0);
    expect(plot.getAttribute('role')).to.equal('application');
    const ids = plot.getAttribute('aria-describedby')!.split(/\s+/);
    const description = referenced(root, plot.getAttribute('aria-describedby'));
    for (const key of ['Left and right arrows', 'up and down arrows', 'Home and End', 'Escape'])
      expect(description).to.contain(key);
    for (const id of ids)
      expect(root.getElementById(id)!.closest('details'), `#${id} is not inside a <details>`).to.equal(null);
    // Sighted keyboard users still find the same words in the visible disclosure.
    expect(root.querySelector('details.instructions')!.textContent).to.contain('Left and right arrows');
    expect((await runAxe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('in browse mode the title is heard once (the heading) and the summary once', async () => {
    const el = await mount((el) => (el.data = continents));
    const root = shadow(el);
    const heard = browseMode(el);
    expect(occurrences(heard, TITLE), heard.join(' | ')).to.equal(1);
    expect(root.querySelector('[role=heading]')!.textContent!.trim()).to.equal(TITLE);
    const summary = root.getElementById('summary')!.textContent!.trim();
    expect(summary).to.contain('Q1 2024').and.contain('largest');
    expect(occurrences(heard, summary)).to.equal(1);
    // The plot's name does not repeat the title; the heading before it gives the context.
    const plot = root.querySelector('[part=plot]')!;
    expect(plot.getAttribute('aria-label')).to.equal('interactive chart');
    expect(plot.hasAttribute('aria-labelledby')).to.equal(false);
  });

  it('announcements give the position: "quarter 2 of 8, category 3 of 6"', async () => {
    const el = await mount((el) => (el.data = continents));
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    const nq = continents.quarters.length;
    const nc = continents.categories.length;
    plot.focus();
    press(plot, 'ArrowRight');
    await settle(el, 1);
    expect(live(el)).to.equal(`Africa, Q1 2024: 12 clients; quarter 1 of ${nq}, category 1 of ${nc}`);
    press(plot, 'ArrowRight');
    press(plot, 'ArrowDown');
    press(plot, 'ArrowDown');
    await settle(el, 1);
    expect(live(el)).to.equal(`Europe, Q2 2024: 3 clients; quarter 2 of ${nq}, category 3 of ${nc}`);
    press(plot, 'End', { ctrlKey: true });
    press(plot, 'ArrowRight');
    await settle(el, 1);
    expect(live(el)).to.equal(
      `Last quarter shown. Unknown Origin, Q4 2025: 12 clients; quarter ${nq} of ${nq}, category ${nc} of ${nc}`,
    );
    // The tooltip shows the value only: the position is for the ear.
    expect(shadow(el).querySelector('[part=tooltip]')!.textContent!.trim()).to.equal(
      'Unknown Origin, Q4 2025: 12 clients',
    );
  });

  it('in Spanish the position is "trimestre 2 de 8, categoría 3 de 6"', async () => {
    const el = await mount((el) => ((el.locale = 'es'), (el.data = continents)));
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    expect(plot.getAttribute('aria-label')).to.equal('gráfico interactivo');
    expect(referenced(shadow(el), plot.getAttribute('aria-describedby'))).to.contain('flechas');
    press(plot, 'Home');
    press(plot, 'ArrowRight');
    press(plot, 'ArrowDown');
    press(plot, 'ArrowDown');
    await settle(el, 1);
    expect(live(el)).to.match(
      new RegExp(`; trimestre 2 de ${continents.quarters.length}, categoría 3 de ${continents.categories.length}$`),
    );
  });
});

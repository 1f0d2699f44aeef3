/**
 * `<cate-report>` for a keyboard user and on the first screen: real key presses (Tab through the page and the
 * shadow roots, arrows and Enter in the quarter select), the focus ring's contrast from computed styles in light
 * and dark, and the charts drawn first screen first (near the viewport, when idle, before printing).
 */
import { expect } from 'chai';
import { cateTaxonomy, type SafeSeries } from '@cate/core';
import '../../packages/charts/src/cate-report.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import type { CateReport } from '../../packages/charts/src/report/cate-report.component.js';
import { deepActiveElement, sendKeys, testRunnerCommand } from './guide-helpers.js';
import { contrast, luminance, rgba } from './contrast.js';
import { holdIdle, nextEvent } from './helpers.js';

const PUBLICATION = '/test/browser/fixtures/publication.json';
let publication: Record<string, unknown>;
before(async () => {
  publication = await (await fetch(PUBLICATION)).json();
});

/** The page's colour scheme, as the reader's system sets it. */
function emulateColorScheme(colorScheme: 'light' | 'dark'): Promise<void> {
  return testRunnerCommand('emulate-media', { colorScheme });
}

let idle: ReturnType<typeof holdIdle> | undefined;

afterEach(async () => {
  idle?.release();
  idle = undefined;
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  history.replaceState(null, '', location.pathname + location.search);
  window.scrollTo(0, 0);
  await emulateColorScheme('light');
});

function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (n: number) => (n === 0 ? resolve() : requestAnimationFrame(() => step(n - 1)));
    step(count);
  });
}

/** Waits (a frame at a time, up to a generous bound) until a condition holds; returns whether it did. */
async function until(condition: () => boolean, maxFrames = 600): Promise<boolean> {
  for (let i = 0; i < maxFrames && !condition(); i++) await frames(1);
  return condition();
}

/** A report alone on the page, as the demo shows it (900 px column, the page's background per scheme). */
function createReport(): CateReport {
  const host = document.createElement('div');
  host.style.width = '900px';
  document.body.append(host);
  const el = document.createElement('cate-report');
  el.data = publication;
  host.append(el);
  return el;
}

/** A report alone on the page, once every chart has drawn. */
async function mountReport(): Promise<CateReport> {
  const el = createReport();
  // Ready comes frames later: listening after the append misses nothing.
  await nextEvent(el, 'cate-report-ready', 60000);
  return el;
}

const root = (el: CateReport) => el.shadowRoot!;
const charts = (el: CateReport) => [...root(el).querySelectorAll<CateChart>('cate-chart')];

/** The `<cate-chart>` an element is in (through shadow roots), if any. */
function chartOf(node: Element | null): CateChart | undefined {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
    if (n instanceof HTMLElement && n.localName === 'cate-chart') return n as CateChart;
  return undefined;
}

/** A short name for a tab stop: its tag and class or name, and its text. */
function describeStop(node: Element | null): string {
  if (!node) return '(none)';
  const name = node.getAttribute('name') ?? node.getAttribute('class') ?? '';
  return `${node.localName}${name ? `.${name.split(' ')[0]}` : ''} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
}

describe('<cate-report>: keyboard path', () => {
  it('Tab from the top of the page reaches the first chart within 10 stops: skip link, contents, filters, skip-chart link', async () => {
    const el = await mountReport();
    (document.activeElement as HTMLElement | null)?.blur();
    const stops: string[] = [];
    let chart: CateChart | undefined;
    for (let i = 0; i < 60 && !chart; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      chart = chartOf(active);
      if (!chart) stops.push(describeStop(active));
    }
    expect(chart, `no chart after ${stops.length} stops: ${stops.join(', ')}`).not.to.equal(undefined);
    expect(chart).to.equal(charts(el)[0]);
    expect(stops.length, stops.join(', ')).to.be.at.most(10);
    expect(stops[0]).to.contain('Skip to the charts');
    expect(
      stops.some((s) => s.startsWith('select.from')),
      stops.join(', '),
    ).to.equal(true);
    expect(stops.at(-1)).to.contain('Skip to the next chart');
  });

  it('the skip link goes to the charts; each chart has a link that skips to the next chart and one past the last', async () => {
    const el = await mountReport();
    const r = root(el);
    const order = cateTaxonomy.areas.flatMap((a) => cateTaxonomy.sections.filter((s) => s.area === a.id));
    // Enter on the first skip link: focus on the first area's heading, and the next Tab is the first skip-chart link.
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(describeStop(deepActiveElement())).to.contain('Skip to the charts');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(r.getElementById(`area-${cateTaxonomy.areas[0]!.id}-title`));
    await sendKeys({ press: 'Tab' });
    const firstSkip = deepActiveElement() as HTMLAnchorElement;
    expect(firstSkip.closest('section')!.id).to.equal(order[0]!.id);
    expect(firstSkip.getBoundingClientRect().width, 'visible when focused').to.be.greaterThan(20);
    // Enter on it: the next section's heading; the chart in between was skipped.
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(r.getElementById(`${order[1]!.id}-title`));
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as Element).closest('section')!.id).to.equal(order[1]!.id);
    expect(deepActiveElement()!.textContent).to.equal(`Skip to the next chart: ${order[2]!.title}`);
    // One link per chart, each naming the next chart; the last one goes past the last chart.
    const links = [...r.querySelectorAll<HTMLAnchorElement>('a.skip-chart')];
    expect(links).to.have.length(order.length);
    links.slice(0, -1).forEach((link, i) => expect(link.getAttribute('href')).to.equal(`#${order[i + 1]!.id}`));
    links.at(-1)!.click();
    expect(deepActiveElement()).to.equal(r.getElementById('report-end'));
  });

  it('ArrowDown three times in the quarter select re-filters nothing until Enter commits; Apply commits too', async () => {
    const el = await mountReport();
    const r = root(el);
    const from = r.querySelector<HTMLSelectElement>('select[name=from]')!;
    const before = charts(el).map((c) => c.data);
    const changes: string[] = [];
    el.addEventListener('cate-filter-change', (e) => changes.push(e.detail.quarters));
    from.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // The keys moved the choice, and nothing was filtered: same quarters, same data objects, no event.
    expect(from.value).to.equal('2024-Q4');
    expect(el.quarters).to.equal('');
    expect(changes).to.deep.equal([]);
    expect(charts(el).every((c, i) => c.data === before[i])).to.equal(true);
    expect(r.querySelector('.pending')!.textContent).to.contain('press Enter');
    expect(r.querySelector('.showing')!.textContent).to.contain('Q1 2024 to Q4 2025');
    // Enter commits: one change, every chart filtered once.
    const ready = nextEvent(el, 'cate-report-ready', 60000);
    await sendKeys({ press: 'Enter' });
    await ready;
    expect(changes).to.deep.equal(['2024-Q4..2025-Q4']);
    expect(el.quarters).to.equal('2024-Q4..2025-Q4');
    for (const chart of charts(el)) expect((chart.data as SafeSeries).quarters, chart.section).to.have.length(5);
    expect(r.querySelector('.pending')!.textContent!.trim()).to.equal('');
    // Arrow in the other select, then Tab to Apply and press it.
    const to = r.querySelector<HTMLSelectElement>('select[name=to]')!;
    to.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(changes).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(r.querySelector('button.apply'));
    const applied = nextEvent(el, 'cate-report-ready', 60000);
    await sendKeys({ press: 'Enter' });
    await applied;
    expect(changes).to.deep.equal(['2024-Q4..2025-Q4', '2024-Q4..2025-Q3']);
  });
});

/** The colour behind an element: the nearest opaque background up the composed tree, else the page's canvas. */
function backgroundBehind(node: Element): [number, number, number, number] {
  for (let n: Node | null = node.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (!(n instanceof Element)) continue;
    const color = rgba(getComputedStyle(n).backgroundColor);
    if (color[3] === 1) return color;
  }
  throw new Error('no opaque background behind the element');
}

describe('<cate-report>: focus ring and native controls in light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: every focusable control of the report has a focus ring of at least 3:1 on its background`, async () => {
      await emulateColorScheme(scheme);
      // The page's own background, as the demo and the static page set it per scheme.
      document.body.style.background = scheme === 'dark' ? '#1b1b1f' : '#ffffff';
      document.body.style.color = scheme === 'dark' ? '#ececf1' : '#1f2328';
      const el = await mountReport();
      const r = root(el);
      for (const details of r.querySelectorAll('details')) details.open = true;
      const controls = [
        ...r.querySelectorAll<HTMLElement>('a[href], summary, select, button, input, [tabindex]:not([tabindex="-1"])'),
      ];
      expect(controls.length).to.be.greaterThan(cateTaxonomy.sections.length * 2);
      // A key press first: programmatic focus then shows the ring as keyboard focus does.
      await sendKeys({ press: 'Shift' });
      const failures: string[] = [];
      for (const control of controls) {
        control.focus();
        if (!control.matches(':focus-visible')) {
          failures.push(`${describeStop(control)}: no visible focus`);
          continue;
        }
        const style = getComputedStyle(control);
        const ratio = contrast(rgba(style.outlineColor), backgroundBehind(control));
        if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || ratio < 3)
          failures.push(`${describeStop(control)}: ${style.outlineStyle} ${style.outlineWidth} ${ratio.toFixed(2)}:1`);
      }
      expect(failures).to.deep.equal([]);
      // Native controls take the scheme: a dark select on a dark page, a light one on a light page.
      const select = r.querySelector('select')!;
      expect(getComputedStyle(select).colorScheme).to.contain(scheme);
      const selectLuminance = luminance(rgba(getComputedStyle(select).backgroundColor));
      if (scheme === 'dark') expect(selectLuminance).to.be.below(0.2);
      else expect(selectLuminance).to.be.above(0.8);
    });
  }

  it("a page's .cate-light class keeps the report light on a dark system (and .cate-dark dark on a light one)", async () => {
    await emulateColorScheme('dark');
    document.body.className = 'cate-light';
    try {
      const el = await mountReport();
      const select = root(el).querySelector('select')!;
      expect(getComputedStyle(select).colorScheme).to.equal('light');
      expect(luminance(rgba(getComputedStyle(select).backgroundColor))).to.be.above(0.8);
    } finally {
      document.body.className = '';
    }
  });
});

describe('<cate-report>: first screen first', () => {
  it('draws its text, filters and the charts near the viewport first; a far chart when it comes near; the rest when idle', async () => {
    idle = holdIdle();
    const el = createReport();
    await el.updateComplete;
    const r = root(el);
    // Text and filters are there from the first draw; charts wait as placeholders.
    expect(r.querySelector('h1')!.textContent).to.equal(cateTaxonomy.name);
    expect(r.querySelector('select[name=from]')).not.to.equal(null);
    expect(r.querySelectorAll('section.report-section')).to.have.length(cateTaxonomy.sections.length);
    for (const section of cateTaxonomy.sections)
      expect(r.getElementById(section.id)!.querySelector('.description')!.textContent).to.equal(section.description);
    // At once the first two charts; within a few frames those within a screen and a half of the viewport.
    const sections = () => [...r.querySelectorAll<HTMLElement>('section.report-section')];
    expect(sections().map((s) => s.querySelector('cate-chart') !== null)).to.deep.equal(
      sections().map((_, i) => i < 2),
    );
    const near = (s: HTMLElement) => s.querySelector('.chart')!.getBoundingClientRect().top < window.innerHeight * 2.5;
    expect(
      await until(() =>
        sections()
          .filter(near)
          .every((s) => s.querySelector('cate-chart')),
      ),
    ).to.equal(true);
    const last = sections().at(-1)!;
    expect(last.querySelector('cate-chart')).to.equal(null);
    expect(last.querySelector('.chart-pending')).not.to.equal(null);
    const drawn = charts(el).length;
    expect(drawn)
      .to.be.greaterThan(0)
      .and.below(cateTaxonomy.sections.length / 2);
    // Scrolled to the end, the last chart is drawn (it came near), still with idle held.
    last.scrollIntoView();
    expect(await until(() => last.querySelector('cate-chart') !== null)).to.equal(true);
    expect(charts(el).length).to.be.below(cateTaxonomy.sections.length);
    // Idle: the rest, then cate-report-ready with every chart drawn.
    const ready = nextEvent(el, 'cate-report-ready', 60000);
    idle.release();
    idle = undefined;
    await ready;
    expect(charts(el)).to.have.length(cateTaxonomy.sections.length);
    expect(r.querySelector('.chart-pending')).to.equal(null);
    for (const chart of charts(el))
      expect(chart.shadowRoot!.querySelector('svg.chart, .stat, .table-wrap table'), chart.section).not.to.equal(null);
  });

  it('printing draws every chart at once (laid out at the print width) and opens the contents; afterwards as before', async () => {
    idle = holdIdle();
    const el = createReport();
    await el.updateComplete;
    const r = root(el);
    await frames(2);
    expect(charts(el).length).to.be.below(cateTaxonomy.sections.length);
    const contents = r.querySelector<HTMLDetailsElement>('nav.toc details')!;
    expect(contents.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    // Synchronously: the page prints what is there when beforeprint returns.
    expect(charts(el)).to.have.length(cateTaxonomy.sections.length);
    expect(contents.open).to.equal(true);
    const printOnly = charts(el).filter((c) => c.hasAttribute('width'));
    expect(printOnly.length).to.be.greaterThan(0);
    for (const chart of printOnly) expect(chart.getAttribute('width')).to.equal('640');
    await Promise.all(charts(el).map((c) => c.updateComplete));
    for (const chart of charts(el))
      expect(chart.shadowRoot!.querySelector('svg.chart, .stat, .table-wrap table'), chart.section).not.to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(contents.open).to.equal(false);
    expect(charts(el).filter((c) => c.hasAttribute('width'))).to.deep.equal([]);
  });

  it('a #section link to a far section draws its chart at once and focuses its heading', async () => {
    idle = holdIdle();
    const target = cateTaxonomy.areas.flatMap((a) => cateTaxonomy.sections.filter((s) => s.area === a.id)).at(-2)!;
    history.replaceState(null, '', `#${target.id}`);
    const el = createReport();
    const r = root(el);
    expect(await until(() => r.getElementById(target.id)?.querySelector('cate-chart') != null)).to.equal(true);
    expect(r.activeElement).to.equal(r.getElementById(`${target.id}-title`));
    const top = r.getElementById(`${target.id}-title`)!.getBoundingClientRect().top;
    expect(top)
      .to.be.at.least(-1)
      .and.below(window.innerHeight / 2);
    expect(charts(el).length).to.be.below(cateTaxonomy.sections.length);
  });
});

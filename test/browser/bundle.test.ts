// Loads the built bundles (run `pnpm --filter @cate/charts build` first): a classic script tag, and the ES module
// under a strict Content-Security-Policy. This file imports no source, so the tag comes from the bundle only.
import { expect } from 'chai';

async function frame(src: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 1200px';
  iframe.src = src;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

async function drawn(doc: Document, selector: string, timeout = 8000): Promise<HTMLElement> {
  const start = performance.now();
  for (;;) {
    const el = doc.querySelector<HTMLElement>(selector);
    if (el?.shadowRoot?.querySelector('svg.chart .mark')) return el;
    const error = el?.shadowRoot?.querySelector('[role=alert]');
    if (error) throw new Error(`${selector}: ${error.textContent}`);
    if (performance.now() - start > timeout) throw new Error(`${selector} not drawn within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterEach(() => document.body.replaceChildren());

describe('browser bundle', () => {
  it('a page with one classic script tag and the element shows a chart', async () => {
    const iframe = await frame('/test/browser/fixtures/script-tag.html');
    const doc = iframe.contentDocument!;
    const el = await drawn(doc, 'cate-chart');
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.contain('Continent of Origin');
    // Every published cell of the sample's 8 quarters × 6 continents is a data mark (bar, point or line point).
    const cells = [...el.shadowRoot!.querySelectorAll('svg.chart .mark')].flatMap((m) =>
      m.getAttribute('data-q')!.split(' '),
    );
    expect(cells.length).to.be.greaterThan(10);
    expect((iframe.contentWindow as unknown as { CateCharts?: unknown }).CateCharts).to.be.an('object');
  });

  it('the ES module bundle works under a strict CSP: no violation, no error, styles applied', async () => {
    const iframe = await frame('/test/browser/fixtures/csp.html');
    const doc = iframe.contentDocument!;
    const win = iframe.contentWindow as unknown as Window & { __violations: string[]; __errors: string[] };
    const json = await drawn(doc, '#json');
    const csv = await drawn(doc, '#csv');
    expect(csv.shadowRoot!.querySelectorAll('svg.chart').length).to.equal(1);
    const mark = json.shadowRoot!.querySelector('svg.chart .mark')!;
    expect(win.getComputedStyle(mark).fill, 'adopted stylesheets apply under CSP').to.match(/^rgb/);
    expect(win.getComputedStyle(mark).fill).not.to.equal('rgb(0, 0, 0)');
    const plot = json.shadowRoot!.querySelector<HTMLElement>('[part=plot]')!;
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    const tooltip = json.shadowRoot!.querySelector<HTMLElement>('[part=tooltip]')!;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.style.left, 'tooltip positioned through CSSOM, which CSP allows').to.match(/px$/);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});

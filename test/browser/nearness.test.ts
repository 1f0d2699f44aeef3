/**
 * Charts far from the viewport (`loading="lazy"`, the default) are drawn when they come near or when the browser is
 * idle. The idle drawing is one queue for the page: an idle period draws as many waiting charts as it has time for
 * (at least one), in the order they joined the page, instead of one chart per idle callback.
 */
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.js';
import { continents } from '../../packages/charts/test/fixtures.js';
import { holdIdle } from './helpers.js';

function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (n: number) => (n === 0 ? resolve() : requestAnimationFrame(() => step(n - 1)));
    step(count);
  });
}

const drawn = (charts: CateChart[]) => charts.filter((el) => el.shadowRoot?.querySelector('svg.chart .marks'));

let idle: ReturnType<typeof holdIdle> | undefined;
afterEach(() => {
  document.body.replaceChildren();
  idle?.release();
  idle = undefined;
});

describe('<cate-chart> far from the viewport', () => {
  it('is drawn from one idle queue: at least one chart per idle period, as many as its time allows', async () => {
    idle = holdIdle();
    // Five charts far below the first screen (more than a screen and a half away): only idle time draws them.
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight * 4}px`;
    document.body.append(spacer);
    const charts = Array.from({ length: 5 }, () => {
      const el = document.createElement('cate-chart');
      el.kind = 'grouped-bar';
      el.data = continents;
      el.style.display = 'block';
      el.style.width = '480px';
      document.body.append(el);
      return el;
    });
    await frames(4);
    expect(drawn(charts), 'nothing drawn before the browser is idle').to.have.length(0);

    // An idle period with no time left still draws one chart (the first to join), and only one.
    idle.run(0);
    await frames(4);
    expect(drawn(charts)).to.deep.equal([charts[0]]);

    // The next idle period has time: every chart still waiting is drawn in it.
    idle.run(50);
    await frames(4);
    expect(drawn(charts)).to.have.length(5);
  });

  it('leaves no idle task behind when the waiting charts leave the page', async () => {
    idle = holdIdle();
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight * 4}px`;
    document.body.append(spacer);
    const el = document.createElement('cate-chart');
    el.data = continents;
    document.body.append(el);
    await frames(2);
    expect(idle.pending(), 'the queue waits for idle time').to.be.greaterThan(0);
    el.remove();
    // The queue's idle callback (and the chart's own, for its data table) were cancelled with it.
    expect(idle.pending()).to.equal(0);
  });
});

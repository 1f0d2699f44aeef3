/**
 * The drawing inside <cate-chart>: few nodes (a path per category, not an element per bar), and updates that touch
 * only what changed (elements kept by key, attributes written only when their value differs).
 */
import { expect } from 'chai';
import { render, svg } from 'lit';
import '../../packages/charts/src/cate-chart.js';
import { drawing, type SvgNode } from '../../packages/charts/src/renderers/drawing.js';
import { fixtureSeries, v } from '../../packages/charts/test/fixtures.js';
import type { SafeCell } from '@cate/core';
import { mount, settle, shadow } from './helpers.js';
import { drawnCells, nodeCount, subpaths } from './drawing.js';

afterEach(() => {
  document.body.replaceChildren();
});

const LABELS = ['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Unknown Origin'];

/** The peer benchmark's chart: 8 quarters × 6 categories of published counts, grouped bars. */
function benchmarkSeries(change?: { c: number; by: number }) {
  const cells: SafeCell[][] = Array.from({ length: 8 }, (_, q) =>
    LABELS.map((_, c) => v(10 + ((q * 7 + c * 13) % 60) + (change?.c === c ? change.by : 0))),
  );
  return fixtureSeries({ section: 'continent-of-origin', categories: LABELS, cells });
}

describe('<cate-chart> drawing', () => {
  it('draws 8 quarters × 6 categories of grouped bars in nodes that scale with categories and labels, not bars', async () => {
    const el = await mount((el) => ((el.kind = 'grouped-bar'), (el.data = benchmarkSeries())), { width: 640 });
    const chart = shadow(el).querySelector<SVGSVGElement>('svg.chart')!;
    expect(chart.querySelector('.panel'), 'one plot').to.equal(null);
    const bars = [...chart.querySelectorAll('path.mark.bar')];
    expect(bars, 'one path of bars per category').to.have.length(6);
    for (const bar of bars) expect(subpaths(bar), 'a subpath per quarter').to.equal(8);
    expect(drawnCells(chart, '.mark.bar')).to.have.length(48);
    expect(drawnCells(chart, 'path.marker')).to.have.length(48);
    const ticks = chart.querySelectorAll('.y-axis .tick-label').length;
    const lines = [...chart.querySelectorAll('.x-axis .tick-label')].reduce(
      (n, t) => n + 1 + t.querySelectorAll('tspan').length,
      0,
    );
    const count = nodeCount(chart);
    // Per line of a label an element and its text; per category a path of bars and one of markers; the axes'
    // two groups, the grid, the baseline and the marks' group; lit's markers. An element per bar would add 48.
    expect(count.all, JSON.stringify(count)).to.be.at.most(2 * ticks + 2 * lines + 2 * LABELS.length + 5 + 3);
    expect(count.all, JSON.stringify(count)).to.be.at.most(60);
    expect(count.comments, 'lit markers').to.equal(3);
  });

  it('draws the same data at 420 px (one panel per category) with no element per bar either', async () => {
    // The peer benchmark's size: bars would be under a marker's width on one plot, so each category has a panel.
    const el = await mount((el) => ((el.kind = 'grouped-bar'), (el.data = benchmarkSeries())), { width: 444 });
    const chart = shadow(el).querySelector<SVGSVGElement>('svg.chart')!;
    expect(Number(chart.getAttribute('width'))).to.equal(420);
    const panels = chart.querySelectorAll('g.panel').length;
    expect(panels).to.equal(6);
    expect(chart.querySelectorAll('path.mark.bar')).to.have.length(6);
    expect(drawnCells(chart, '.mark.bar')).to.have.length(48);
    const texts = chart.querySelectorAll('text, tspan').length;
    const count = nodeCount(chart);
    // Each text or tspan and its words; per panel its group, two axis groups, grid, baseline, title marker, bars
    // and markers; the notes; the marks' group and lit's markers.
    expect(count.all, JSON.stringify(count)).to.be.at.most(2 * texts + 8 * panels + 4);
  });

  it('an update that changes one category touches only its paths: no node added or removed, the same elements', async () => {
    const el = await mount((el) => ((el.kind = 'grouped-bar'), (el.data = benchmarkSeries())), { width: 444 });
    const chart = shadow(el).querySelector<SVGSVGElement>('svg.chart')!;
    const before = [...chart.querySelectorAll('*')];
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(chart, { subtree: true, attributes: true, childList: true, characterData: true });
    // Europe (index 2) a little lower everywhere: the value axis and every other category stay as they were.
    el.data = benchmarkSeries({ c: 2, by: -3 });
    await settle(el);
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records.length, 'the update changed the drawing').to.be.greaterThan(0);
    expect(records.filter((r) => r.type !== 'attributes').map((r) => r.type)).to.deep.equal([]);
    const touched = new Set(records.map((r) => r.target as Element));
    for (const target of touched) expect(target.getAttribute('data-c'), target.outerHTML.slice(0, 60)).to.equal('2');
    expect([...touched].map((t) => t.getAttribute('class')).sort()).to.deep.equal(['marker c3', 'mark bar c3'].sort());
    expect(records.every((r) => r.attributeName === 'd')).to.equal(true);
    const after = [...chart.querySelectorAll('*')];
    expect(after.length).to.equal(before.length);
    expect(after.every((node, i) => node === before[i])).to.equal(true);
  });
});

describe('drawing()', () => {
  const host = () => {
    const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(root);
    return root;
  };
  const draw = (root: SVGSVGElement, nodes: SvgNode[]) => render(svg`${drawing(nodes)}`, root);
  const path = (key: string, d: string): SvgNode => ({ tag: 'path', key, attrs: { class: key, d } });

  it('keeps elements by key: reorders, adds and removes them, and writes only changed attributes and text', () => {
    const root = host();
    draw(root, [
      path('a', 'M0,0h1'),
      path('b', 'M0,0h2'),
      path('c', 'M0,0h3'),
      {
        tag: 'text',
        attrs: { x: 1, 'text-anchor': 'end' },
        text: 'Q1',
        children: [{ tag: 'tspan', attrs: { dy: 15 }, text: '2024' }],
      },
    ]);
    const [a, b, c, text] = [...root.children];
    expect(text!.outerHTML).to.equal('<text x="1" text-anchor="end">Q1<tspan dy="15">2024</tspan></text>');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
    draw(root, [
      path('c', 'M0,0h3'),
      path('a', 'M0,0h9'),
      path('d', 'M0,0h4'),
      { tag: 'text', attrs: { x: 1 }, text: 'Q2' },
    ]);
    records.push(...observer.takeRecords());
    observer.disconnect();
    const kept = [...root.children];
    expect(kept.map((e) => e.getAttribute('class') ?? e.localName)).to.deep.equal(['c', 'a', 'd', 'text']);
    expect(kept[0]).to.equal(c);
    expect(kept[1]).to.equal(a);
    expect(kept[3]).to.equal(text);
    expect(b!.isConnected, 'a key no longer wanted is removed').to.equal(false);
    expect(kept[3]!.outerHTML).to.equal('<text x="1">Q2</text>');
    const attributes = records.filter((r) => r.type === 'attributes').map((r) => `${r.attributeName}`);
    expect(attributes.sort(), 'a’s d changed; the text lost its anchor').to.deep.equal(['d', 'text-anchor']);
    expect(records.some((r) => r.type === 'attributes' && r.target === c)).to.equal(false);
  });

  it('leaves nothing of lit’s between the elements it draws', () => {
    const root = host();
    draw(root, [path('a', 'M0,0h1'), path('b', 'M0,0h2')]);
    draw(root, [path('a', 'M0,0h1'), path('b', 'M0,0h3')]);
    expect(nodeCount(root).all - nodeCount(root).comments).to.equal(2);
    expect(nodeCount(root).comments, 'the template’s marker and end, and render()’s own').to.be.at.most(3);
  });
});

import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/guide/snapshot-stat/cate-snapshot-stat.js';
import '../../packages/charts/src/guide/top-needs/cate-top-needs.js';
import type { CateSnapshotStat } from '../../packages/charts/src/guide/snapshot-stat/cate-snapshot-stat.component.js';
import type { CateTopNeeds } from '../../packages/charts/src/guide/top-needs/cate-top-needs.component.js';
import { aggregateSection, cateTaxonomy, protectTable, readPublishedSeries } from '../../packages/core/src/index.js';
import {
  MISSOURI_TOP_NEEDS_2019,
  RACIAL_OR_ETHNIC_MINORITY,
  MINOR_AT_ACCESS,
  shareFigure,
} from '../../packages/core/src/reports.js';
import { sampleSubmissions } from '../../packages/core/src/sample/index.js';
import { mountElement } from './guide-helpers.js';
import { allOutput, runAxe } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

const race = cateTaxonomy.sections.find((s) => s.id === 'race-and-hispanic-ethnicity')!;

function raceSeries(cells: Array<{ status: 'value'; value: number } | { status: 'suppressed' }>, total: number) {
  return readPublishedSeries({
    format: 'cate-series@1',
    taxonomy: 'cate',
    section: race.id,
    unit: 'clients',
    multiSelect: false,
    quarters: ['2025-Q4'],
    categories: race.categories.map(({ id, label }) => ({ id, label })),
    cells: [cells],
    quarterTotals: [{ status: 'value', value: total }],
    coverage: [{ quarter: '2025-Q4', reported: 7, expected: 8 }],
    disclosure: { threshold: 3, protectZeros: false },
  }).series!;
}

const v = (value: number) => ({ status: 'value' as const, value });
const counts = [30, 4, 3, 5, 6, 10, 8, 4, 0, 34, 6];

describe('<cate-snapshot-stat>', () => {
  it('states the share of clients identifying as racial or ethnic minorities, with period, denominator and coverage', async () => {
    const figure = shareFigure(raceSeries(counts.map(v), 110), RACIAL_OR_ETHNIC_MINORITY);
    const el = await mountElement<CateSnapshotStat>('cate-snapshot-stat', (el) => (el.figure = figure));
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=figure]')!.textContent).to.equal('60%');
    expect(root.querySelector('[part=statement]')!.textContent).to.equal(
      'of clients identified as racial or ethnic minorities',
    );
    const context = root.querySelector('[part=context]')!.textContent!;
    expect(context)
      .to.contain('Q4 2025')
      .and.contain('62 of 104 clients whose race or ethnicity was reported')
      .and.contain('7 of 8');
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('shows a range, and no hidden count, when parts are suppressed', async () => {
    const cells: Array<ReturnType<typeof v> | { status: 'suppressed' }> = counts.map(v);
    cells[1] = { status: 'suppressed' };
    cells[6] = { status: 'suppressed' };
    const el = await mountElement<CateSnapshotStat>(
      'cate-snapshot-stat',
      (el) => (el.figure = shareFigure(raceSeries(cells, 110), RACIAL_OR_ETHNIC_MINORITY)),
    );
    expect(el.shadowRoot!.querySelector('[part=figure]')!.textContent).to.equal('55%–68%');
    const output = allOutput(el);
    // The hidden cells (4 and 8) sum to 12 of the 110: neither the sum nor a cell appears.
    expect(output).not.to.match(/\b(12|18)\b/);
    expect(output).not.to.match(/\b[48] (clients|of 104)/);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('states age at access to services from the protected synthetic sample', async () => {
    const { series } = protectTable(aggregateSection(cateTaxonomy, sampleSubmissions(), 'age'));
    const el = await mountElement<CateSnapshotStat>(
      'cate-snapshot-stat',
      (el) => (el.figure = shareFigure(series, MINOR_AT_ACCESS, { period: 'range' })),
      320,
    );
    expect(el.shadowRoot!.querySelector('[part=figure]')!.textContent).to.match(/%/);
    expect(el.shadowRoot!.querySelector('[part=context]')!.textContent).to.contain('Q1 2024 to Q4 2025');
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });
});

describe('<cate-top-needs>', () => {
  it('lists the three top needs as headings with their resources and recommendations', async () => {
    const el = await mountElement<CateTopNeeds>('cate-top-needs', (el) => (el.needs = MISSOURI_TOP_NEEDS_2019), 320);
    const root = el.shadowRoot!;
    const headings = [...root.querySelectorAll('[part=need] [role=heading]')];
    expect(headings.map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1.Shelter',
      '2.Mental Health',
      '3.Transitional Housing',
    ]);
    expect(headings.every((h) => h.getAttribute('aria-level') === '3')).to.equal(true);
    expect(root.querySelectorAll('[part=need]')[1]!.textContent)
      .to.contain('DeafLead')
      .and.contain('Formalize network of mental health providers');
    expect(root.querySelector('[part=implications]')!.children.length).to.equal(4);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('is accessible in the dark theme', async () => {
    const el = await mountElement<CateTopNeeds>('cate-top-needs', (el) => {
      el.needs = MISSOURI_TOP_NEEDS_2019;
      el.theme = 'dark';
    });
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });
});

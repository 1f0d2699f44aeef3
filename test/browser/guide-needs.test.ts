import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/guide/needs-ranking/cate-needs-ranking.js';
import type { CateNeedsRanking } from '../../packages/charts/src/guide/needs-ranking/cate-needs-ranking.component.js';
import { checkNeedsAssessment, type NeedsAssessment } from '../../packages/core/src/reports.js';
import { mountElement, overflows, tableRows } from './guide-helpers.js';
import { runAxe } from './helpers.js';

let assessment: NeedsAssessment;

before(async () => {
  const json = await (await fetch('/packages/core/data/examples/needs-assessment.json')).json();
  assessment = checkNeedsAssessment(json).assessment!;
});

afterEach(() => {
  document.body.replaceChildren();
});

const mount = (setup: (el: CateNeedsRanking) => void, width?: number) =>
  mountElement<CateNeedsRanking>('cate-needs-ranking', setup, width);

describe('<cate-needs-ranking>', () => {
  it("ranks a region's needs by median as a table with a dot per need, highest first, and no axe violation", async () => {
    const el = await mount((el) => {
      el.assessment = assessment;
      el.region = 'st-louis';
    });
    const rows = tableRows(el.shadowRoot!.querySelector('table')).slice(1);
    expect(rows.length).to.equal(assessment.needs.length);
    const medians = rows.map((r) => Number(r[2]));
    expect([...medians].sort((a, b) => b - a)).to.deep.equal(medians);
    expect(rows[0]![0]).to.equal('1');
    expect(el.shadowRoot!.querySelectorAll('circle.dot').length).to.equal(rows.length);
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('SYNTHETIC');
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.contain('St. Louis');
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('withholds medians from fewer than three responses, in words, and fits 320 px', async () => {
    const el = await mount((el) => {
      el.assessment = assessment;
      el.region = 'southeast';
    }, 320);
    expect(el.shadowRoot!.querySelectorAll('td.withheld').length).to.equal(assessment.needs.length);
    expect(el.shadowRoot!.querySelector('circle.dot')).to.equal(null);
    expect(overflows(el)).to.deep.equal([]);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });
});

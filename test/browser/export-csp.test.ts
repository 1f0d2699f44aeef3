/**
 * PNG export under a Content-Security-Policy whose img-src does not allow blob: (a page of its own: the policy
 * cannot be taken back once set). The PNG fails gracefully; the other exports, which need no image, still work.
 */
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import { continents } from '../../packages/charts/test/fixtures.js';
import { mount, nextEvent, settle, shadow } from './helpers.js';

describe('<cate-chart> exports under a CSP without img-src blob:', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "img-src 'self'";
    document.head.append(meta);
  });

  it('toPNG() rejects with export-failed, fires cate-error, says so, and the chart stays', async () => {
    const el = await mount((el) => (el.data = continents));
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const event = nextEvent<{ code: string; message: string }>(el, 'cate-error');
    let rejected: unknown;
    try {
      await el.toPNG();
    } catch (error) {
      rejected = error;
    }
    expect(violations, 'the policy did block the image').to.include('img-src');
    expect(rejected).to.have.property('code', 'export-failed');
    const { detail } = await event;
    expect(detail.code).to.equal('export-failed');
    await settle(el);
    expect(shadow(el).querySelector('[part=export-status]')!.textContent).to.equal(detail.message);
    expect(shadow(el).querySelector('svg.chart')).not.to.equal(null);
    expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
    expect(el.toSVG()).to.contain('<svg');
    expect(el.toCSV()).to.contain('Quarter');
  });
});

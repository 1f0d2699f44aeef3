/**
 * What reaches a visitor's browser is published: in public <cate-chart> draws only published data (a
 * cate-publication@1 document or one published series), re-checked by core's one strict check. Raw submissions
 * are refused unless `preview` (the coordinator's local check), which shows a banner.
 */
import 'axe-core';
import { expect } from 'chai';
import { readPublication, selectQuarters, type SafeSeries } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import { isLocalOrigin } from '../../packages/charts/src/public-data.js';
import { continents, v } from '../../packages/charts/test/fixtures.js';
import { drawnCells } from './drawing.js';
import { allOutput, mount, nextEvent, runAxe, settle, shadow } from './helpers.js';

const PUBLICATION = '/test/browser/fixtures/publication.json';
type Detail = {
  code: string;
  message: string;
  problems?: Array<{ code: string; message: string; where: { path?: string } }>;
};

let publication: Record<string, unknown> & { sections: Record<string, { cells: unknown[][] }> };
let sections: Map<string, SafeSeries>;
before(async () => {
  publication = await (await fetch(PUBLICATION)).json();
  sections = readPublication(publication).sections;
});

afterEach(() => document.body.replaceChildren());

/** Mounts a chart and waits for its first cate-ready or cate-error. */
async function drawn(setup: (el: CateChart) => void): Promise<{ el: CateChart; errors: Detail[] }> {
  const errors: Detail[] = [];
  const host = document.createElement('div');
  host.style.width = '640px';
  document.body.append(host);
  const el = document.createElement('cate-chart');
  el.addEventListener('cate-error', (e) => errors.push(e.detail as Detail));
  setup(el);
  const done = Promise.race([nextEvent(el, 'cate-ready'), nextEvent(el, 'cate-error')]).catch(() => undefined);
  host.append(el);
  await done;
  await settle(el);
  return { el, errors };
}

/** A number standing on its own in text (not part of "Q1", "2024" or "1.5"). */
const standalone = (n: number) => new RegExp(`(?<![\\w.,-])${n}(?![\\w.,%-])`);

describe('<cate-chart> public data', () => {
  it('draws a section of a cate-publication@1 document by src, the section attribute choosing', async () => {
    const { el, errors } = await drawn((el) => ((el.section = 'continent-of-origin'), (el.src = PUBLICATION)));
    expect(errors).to.deep.equal([]);
    expect(drawnCells(shadow(el), 'svg.chart .mark.bar, svg.chart .mark.point').length).to.be.greaterThan(10);
    expect(shadow(el).querySelector('[part=preview-banner]')).to.equal(null);
  });

  it("quarters selects from the publication: every number in the table is the publication's", async () => {
    const { el, errors } = await drawn((el) => {
      el.section = 'continent-of-origin';
      el.quarters = '2025-Q1..2025-Q4';
      el.kind = 'table';
      el.data = publication;
    });
    expect(errors).to.deep.equal([]);
    const view = selectQuarters(sections.get('continent-of-origin')!, { from: '2025-Q1', to: '2025-Q4' });
    const rows = [...shadow(el).querySelectorAll('table tbody tr')];
    expect(rows.length).to.equal(4);
    const shown = rows.map((tr) =>
      [...tr.querySelectorAll('td')].slice(0, view.categories.length).map((td) => td.textContent!.trim()),
    );
    const expected = view.cells.map((row) =>
      row.map((c) => (c.status === 'value' ? c.value.toLocaleString('en') : '')),
    );
    shown.forEach((row, q) =>
      row.forEach((text, c) => {
        if (expected[q]![c]) expect(text, `${q}:${c}`).to.equal(expected[q]![c]);
        else expect(text, `${q}:${c}`).not.to.match(/\d/);
      }),
    );
  });

  it('a series given as data with a 1 shows the error state (unsafe-data, located), and the 1 appears nowhere', async () => {
    const cells = continents.cells.map((row) => row.map((c) => ({ ...c })));
    cells[3]![2] = v(1); // Europe, 2024-Q4: was a published 0
    const { el, errors } = await drawn((el) => (el.data = { ...continents, cells }));
    expect(errors.map((e) => e.code)).to.deep.equal(['unsafe-data']);
    expect(errors[0]!.problems!.some((p) => p.where.path === 'cells[3][2]' && p.code === 'below-threshold')).to.equal(
      true,
    );
    const root = shadow(el);
    expect(root.querySelector('[role=alert]')!.textContent).to.contain(errors[0]!.message);
    expect(root.querySelector('svg.chart, table, [part=plot]')).to.equal(null);
    const output = [allOutput(el), root.innerHTML].join('\n');
    expect(output).not.to.match(standalone(1));
    expect(JSON.stringify(errors)).not.to.match(/"value":\s*1\b/);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('a published series (cate-series@1 object) with a 2 is refused too', async () => {
    const cells = continents.cells.map((row) => row.map((c) => ({ ...c })));
    cells[1]![0] = v(2);
    const json = JSON.parse(JSON.stringify({ format: 'cate-series@1', ...continents, cells })) as unknown;
    const { el, errors } = await drawn((el) => ((el.headingLevel = 3), (el.data = json)));
    expect(errors.map((e) => e.code)).to.deep.equal(['unsafe-data']);
    expect([allOutput(el), shadow(el).innerHTML].join('\n')).not.to.match(standalone(2));
  });

  it('a publication with a small count in one section is refused whole (unsafe-data)', async () => {
    const doc = structuredClone(publication);
    const cells = doc.sections['continent-of-origin']!.cells;
    (cells[0] as unknown[])[0] = { status: 'value', value: 1 };
    const { el, errors } = await drawn((el) => ((el.section = 'sex'), (el.data = doc)));
    expect(errors.map((e) => e.code)).to.deep.equal(['unsafe-data']);
    expect(errors[0]!.problems!.some((p) => p.where.path?.startsWith('sections.continent-of-origin'))).to.equal(true);
    expect(shadow(el).querySelector('svg.chart')).to.equal(null);
  });

  it('organizations with published data is an error: the publication has no per-organization numbers', async () => {
    const { errors } = await drawn((el) => {
      el.section = 'sex';
      el.organizations = 'alive';
      el.data = publication;
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['organizations-not-published']);
  });
});

describe('<cate-chart> raw submissions', () => {
  for (const [name, setup] of [
    ['CSV by src', (el: CateChart) => (el.src = '/packages/core/data/sample-submissions.csv')],
    ['JSON by src', (el: CateChart) => (el.src = '/packages/core/data/sample-submissions.json')],
    ['an array as data', (el: CateChart) => (el.data = sampleSubmissions())],
  ] as const) {
    it(`are refused without preview (${name}): the error state, cate-error raw-data-refused, no number`, async () => {
      const { el, errors } = await drawn((el) => ((el.section = 'continent-of-origin'), setup(el)));
      expect(errors.map((e) => e.code)).to.deep.equal(['raw-data-refused']);
      const alert = shadow(el).querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain('cate publish').and.contain('preview');
      expect(shadow(el).querySelector('svg.chart, table')).to.equal(null);
      expect(shadow(el).querySelector('[part=preview-banner]')).to.equal(null);
    });
  }

  it('with preview: drawn on this computer, with a visible banner in a status region (announced)', async () => {
    const { el, errors } = await drawn((el) => {
      el.section = 'continent-of-origin';
      el.preview = true;
      el.src = '/packages/core/data/sample-submissions.csv';
    });
    expect(errors).to.deep.equal([]);
    expect(el.hasAttribute('preview'), 'reflected').to.equal(true);
    const banner = shadow(el).querySelector<HTMLElement>('[part=preview-banner]')!;
    expect(banner.textContent).to.contain('Unpublished preview — do not put this page online');
    expect(banner.closest('[role=status]'), 'in a live region').not.to.equal(null);
    expect(banner.getBoundingClientRect().height).to.be.greaterThan(10);
    const style = getComputedStyle(banner);
    expect(style.display).not.to.equal('none');
    expect(style.visibility).to.equal('visible');
    expect(drawnCells(shadow(el), 'svg.chart .mark.bar, svg.chart .mark.point').length).to.be.greaterThan(10);
    expect((await runAxe(el)).violations).to.deep.equal([]);
  });

  it('with preview, in Spanish: the banner says so in Spanish; the organization filter applies', async () => {
    const el = await mount((el) => {
      el.section = 'sex';
      el.locale = 'es';
      el.preview = true;
      el.organizations = 'alive';
      el.data = sampleSubmissions();
    });
    for (let i = 0; i < 50 && !shadow(el).querySelector('svg.chart'); i++) await settle(el, 1);
    expect(shadow(el).querySelector('[part=preview-banner]')!.textContent).to.contain(
      'Vista previa sin publicar: no ponga esta página en línea',
    );
    expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
  });

  it('preview draws raw data only on this computer (isLocalOrigin)', () => {
    for (const local of [
      { protocol: 'http:', hostname: 'localhost' },
      { protocol: 'http:', hostname: '127.0.0.1' },
      { protocol: 'http:', hostname: '[::1]' },
      { protocol: 'http:', hostname: 'app.localhost' },
      { protocol: 'file:', hostname: '' },
    ])
      expect(isLocalOrigin(local), JSON.stringify(local)).to.equal(true);
    for (const remote of [
      { protocol: 'https:', hostname: 'coalition.example.org' },
      { protocol: 'http:', hostname: '192.168.1.20' },
      { protocol: 'http:', hostname: 'localhost.example.com' },
      { protocol: 'about:', hostname: '' },
      { protocol: 'blob:', hostname: '' },
    ])
      expect(isLocalOrigin(remote), JSON.stringify(remote)).to.equal(false);
    expect(isLocalOrigin(window.location), 'the test page').to.equal(true);
  });
});

describe('<cate-chart> draws the words its publication carries', () => {
  /** The publication with one section's text changed: what the chart shows must come from the data. */
  function withText(id: string, text: Record<string, unknown> | undefined): unknown {
    const copy = JSON.parse(JSON.stringify(publication)) as { sections: Record<string, { text?: unknown }> };
    if (text === undefined) for (const s of Object.values(copy.sections)) delete s.text;
    else copy.sections[id]!.text = text;
    return copy;
  }
  const heading = (el: CateChart) => shadow(el).querySelector('[part=heading]')?.textContent?.trim();
  const description = (el: CateChart) => shadow(el).querySelector('[part=description]')?.textContent?.trim();

  it('with no taxonomy, the title, description, legend title and notes are the publication text', async () => {
    const text = {
      title: 'Where clients came from',
      chartTitle: 'Origin by quarter (published words)',
      description: 'Words written into the publication.',
      legendTitle: 'Published legend',
      notes: [{ title: 'A published note', text: 'Its text.' }],
    };
    const { el, errors } = await drawn((el) => {
      el.section = 'continent-of-origin';
      el.data = withText('continent-of-origin', text);
    });
    expect(errors).to.deep.equal([]);
    expect(el.taxonomy).to.equal(undefined);
    expect(heading(el)).to.equal(text.chartTitle);
    expect(description(el)).to.equal(text.description);
    expect(allOutput(el)).to.contain(text.legendTitle);
    expect(shadow(el).querySelector('[part=notes] summary')?.textContent).to.equal('A published note');
  });

  it('text in the publication is shown as text, never as markup', async () => {
    const { el } = await drawn((el) => {
      el.section = 'sex';
      el.data = withText('sex', { title: 'x', chartTitle: '<img src=x onerror=alert(1)><b>bold</b>' });
    });
    expect(heading(el)).to.equal('<img src=x onerror=alert(1)><b>bold</b>');
    expect(shadow(el).querySelector('img, b')).to.equal(null);
  });

  it('a given taxonomy wins over the text the publication carries', async () => {
    const { cateTaxonomy } = await import('@cate/core');
    const { el } = await drawn((el) => {
      el.section = 'continent-of-origin';
      el.taxonomy = cateTaxonomy;
      el.data = withText('continent-of-origin', { title: 'x', chartTitle: 'Not this one' });
    });
    const section = cateTaxonomy.sections.find((s) => s.id === 'continent-of-origin')!;
    expect(heading(el)).to.equal(section.chartTitle ?? section.title);
  });

  it('an older publication (no text) draws the CATE taxonomy words, already there at the first draw', async () => {
    const { cateTaxonomy } = await import('@cate/core');
    const section = cateTaxonomy.sections.find((s) => s.id === 'continent-of-origin')!;
    let atFirstDraw: string | undefined;
    const { el, errors } = await drawn((el) => {
      el.section = 'continent-of-origin';
      el.data = withText('continent-of-origin', undefined);
      el.addEventListener('cate-ready', () => (atFirstDraw = heading(el)), { once: true });
    });
    expect(errors).to.deep.equal([]);
    expect(atFirstDraw).to.equal(section.chartTitle ?? section.title);
    expect(description(el)).to.equal(section.description);
  });
});

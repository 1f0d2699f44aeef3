// Labels, titles and notes come from data files (a coalition's own taxonomy): none of it may become markup.
import { describe, expect, it } from 'vitest';
import { aggregateSection, protectTable, type Taxonomy } from '@cate/core';
import { staticChartHtml, staticReportPage } from '@cate/charts/static';
import { toHtml } from '../src/build.js';

const hostile = '<img src=x onerror="alert(1)">';
const taxonomy: Taxonomy = {
  id: 'hostile',
  name: `Coalition ${hostile}`,
  version: '1',
  introduction: [],
  organizations: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  areas: [{ id: 'people', title: 'People' }],
  sections: [
    {
      id: 'sex',
      title: `Sex ${hostile}`,
      description: `Described ${hostile}`,
      area: 'people',
      unit: 'clients',
      multiSelect: false,
      notes: [{ title: `Note ${hostile}`, text: `Text ${hostile}` }],
      sources: [],
      // Drawn on the static page since the legend title and the provenance footnote came to it.
      legendTitle: `Legend ${hostile}`,
      categoriesFrom: { from: 'standard', standard: `Standard ${hostile}`, note: `Provenance ${hostile}` },
      categories: [
        { id: 'f', label: `Female ${hostile}` },
        { id: 'm', label: `Male <script>alert(2)</script>` },
      ],
    },
  ],
};

describe('static chart markup', () => {
  it('staticChartHtml escapes labels and titles from a taxonomy', () => {
    const table = aggregateSection(
      taxonomy,
      [
        { organization: 'a', quarter: '2025-Q1', counts: { sex: { f: 10, m: 12 } } },
        { organization: 'b', quarter: '2025-Q1', counts: { sex: { f: 11, m: 9 } } },
      ],
      'sex',
    );
    const html = staticChartHtml(protectTable(table).series, {
      section: taxonomy.sections[0],
      chartCss: 'c.css',
      toHtml,
    });
    expect(html).toContain('Female &lt;img');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).not.toContain(`onerror="`); // only as escaped text: onerror=&quot;
  });

  it('staticReportPage keeps labels, titles, notes and the notice as text, also in the charts it inserts as markup', () => {
    const table = aggregateSection(
      taxonomy,
      [
        { organization: 'a', quarter: '2025-Q1', counts: { sex: { f: 10, m: 12 } } },
        { organization: 'b', quarter: '2025-Q1', counts: { sex: { f: 11, m: 9 } } },
      ],
      'sex',
    );
    // The page inserts each chart's server-rendered markup with unsafeHTML: that markup must already be escaped.
    const page = staticReportPage({
      taxonomy,
      series: new Map([['sex', protectTable(table).series]]),
      assets: { reportCss: 'r.css', chartCss: 'c.css' },
      toHtml,
      notice: `Notice ${hostile}`,
      title: `Title ${hostile}`,
    });
    expect(page).toContain('chart-static');
    expect(page).toContain('Female &lt;img');
    expect(page).toContain('Notice &lt;img');
    // The legend title and the provenance footnote are drawn inside the inserted chart markup, as text.
    expect(page).toContain('Legend &lt;img');
    expect(page).toContain('Provenance &lt;img');
    expect(page).not.toMatch(/<img|<script(?! type="application\/json")/i);
    expect(page).not.toContain('onerror="');
  });
});

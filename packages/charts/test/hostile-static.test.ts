import { describe, expect, it } from 'vitest';
import { cateTaxonomy, safeUrl, type Taxonomy } from '@cate/core';
import { staticReportPage } from '../src/report/static-page.js';
import { serialize } from '../../../test/snapshots/serialize.js';

// The static report page (`cate build`) refuses unsafe links from data again, as the live elements do.

const PAYLOAD = 'alert(document.domain)';
const HOSTILE = [
  `javascript:${PAYLOAD}`,
  `  JaVaScRiPt:${PAYLOAD}`,
  `java\tscript:${PAYLOAD}`,
  `data:text/html,<script>${PAYLOAD}</script>`,
  `vbscript:${PAYLOAD}`,
  '//evil.example/relative',
];

function hostileTaxonomy(urls: readonly string[]): Taxonomy {
  const organizations = cateTaxonomy.organizations.map((o, i) => (i < urls.length ? { ...o, url: urls[i] } : o));
  const sections = cateTaxonomy.sections.map((s, i) =>
    i < urls.length ? { ...s, sources: [{ citation: `Source ${i}`, url: urls[i] }] } : s,
  );
  return { ...cateTaxonomy, organizations, sections } as Taxonomy;
}

function page(taxonomy: Taxonomy, locale?: string): string {
  return staticReportPage({
    taxonomy,
    series: new Map(),
    assets: { reportCss: 'assets/cate-report.css', chartCss: 'assets/cate-chart.css' },
    toHtml: serialize,
    locale,
    quarters: { from: '2024-Q1', to: '2025-Q4' },
  });
}

const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('staticReportPage with hostile links', () => {
  it('staticReportPage(taxonomy) writes no organization or source link that safeUrl refuses', () => {
    const markup = page(hostileTaxonomy(HOSTILE));
    for (const href of hrefs(markup)) {
      const ownAsset = href.startsWith('#') || href.startsWith('assets/');
      expect(ownAsset || safeUrl(href) !== undefined, href).toBe(true);
    }
    expect(markup).not.toMatch(/href="\s*(java|vb)/i);
    expect(markup).not.toContain('href="data:');
  });

  it('staticReportPage(taxonomy) keeps an unsafe link as plain text, and each organization name in <bdi>', () => {
    const markup = page(hostileTaxonomy(HOSTILE));
    for (const organization of cateTaxonomy.organizations.slice(0, HOSTILE.length))
      expect(markup).toContain(`<bdi>${organization.name}</bdi>`);
    expect(markup).toContain('<cite><bdi>Source 0</bdi></cite>');
  });

  it('staticReportPage(taxonomy) writes a safe link as the URL parser reads it', () => {
    const markup = page(hostileTaxonomy(['HTTPS://Example.org/a b', 'mailto:info@example.org', 'tel:+15555550100']));
    expect(hrefs(markup)).toEqual(
      expect.arrayContaining(['https://example.org/a%20b', 'mailto:info@example.org', 'tel:+15555550100']),
    );
  });

  it('staticReportPage({ locale: "constructor" }) draws English words, nothing from Object.prototype', () => {
    const markup = page(cateTaxonomy, 'constructor');
    expect(markup).not.toContain('undefined');
    expect(markup).not.toContain('function');
  });
});

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { cateTaxonomy, formatQuarter, readPublication, type PublicationDocument, type SafeSeries } from '@cate/core';
import { SAMPLE_NOTICE } from '@cate/core/sample';
import { MAX_CHART_CATEGORIES } from '@cate/charts';
import { protectReport, readReportText, staticReportPage } from '@cate/charts/static';
import { toHtml } from '../src/build.js';
import { chartStructure, type ChartStructure, type StructureNode } from '../../../test/static/chart-structure.js';
import { cate, fixtures, repoRoot, sampleData, tempDir } from './helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const sampleCsv = join(sampleData, 'sample-submissions.csv');
/**
 * A published report (what `cate build` wrote for the sample data once) and the structure of every static chart
 * drawn from it: the browser test draws the live report from the same file and checks its charts against the
 * same structure. Both depend only on the drawing code, not on the sample generator or the suppression method.
 */
const publishedFixture = join(repoRoot, 'test', 'browser', 'fixtures', 'report-published.json');
const structureFixture = join(repoRoot, 'test', 'browser', 'fixtures', 'report-static-structure.json');

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template')
    return (node as DefaultTreeAdapterMap['template']).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

function attr(node: Element, name: string): string | undefined {
  return node.attrs.find((a) => a.name === name)?.value;
}

function findAll(node: Node, match: (e: Element) => boolean, found: Element[] = []): Element[] {
  if (isElement(node) && match(node)) found.push(node);
  for (const child of childrenOf(node)) findAll(child, match, found);
  return found;
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return childrenOf(node).map(text).join('');
}

/** parse5's tree as the structure reader's nodes (a template's content stands for its shadow root). */
function structureNode(node: Element): StructureNode {
  const kids = childrenOf(node);
  return {
    tag: node.tagName,
    classes: (attr(node, 'class') ?? '').split(/\s+/).filter(Boolean),
    quarters: attr(node, 'data-q') || undefined,
    children: kids.filter(isElement).map(structureNode),
    ownText: kids
      .filter((k) => k.nodeName === '#text')
      .map(text)
      .join(''),
  };
}

function parseStrictly(html: string): { document: DefaultTreeAdapterMap['document']; errors: string[] } {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (e) => errors.push(`${e.code} at line ${e.startLine}`) });
  return { document, errors };
}

/** Each static chart's shadow content (the declarative template), by section id. */
function staticCharts(document: Node): Map<string, Element> {
  const charts = new Map<string, Element>();
  for (const box of findAll(document, (e) => (attr(e, 'class') ?? '').split(' ').includes('chart-static'))) {
    const template = childrenOf(box)
      .filter(isElement)
      .find((e) => e.tagName === 'template');
    if (template && attr(template, 'shadowrootmode') === 'open') charts.set(attr(box, 'data-section')!, template);
  }
  return charts;
}

/** Every file under a folder, relative paths. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

describe('cate build (the static report site, drawn from a publication)', () => {
  let out: string;
  let html: string;
  let document: DefaultTreeAdapterMap['document'];
  let parseErrors: string[];
  let stderr: string;
  let publicationFile: string;
  let recordFile: string;

  beforeAll(async () => {
    const dir = tempDir();
    out = join(dir, 'site');
    publicationFile = join(dir, 'publication.json');
    recordFile = join(dir, 'private', 'record.json');
    mkdirSync(join(dir, 'private'));
    const published = await cate(['publish', sampleCsv, '--out', publicationFile, '--record', recordFile]);
    expect(published.code, published.stderr).toBe(0);
    const result = await cate(['build', publicationFile, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    stderr = result.stderr;
    html = readFileSync(join(out, 'index.html'), 'utf8');
    ({ document, errors: parseErrors } = parseStrictly(html));
  });

  it('cate build PUBLICATION -o DIR writes the page, its assets, one page per chart and the publication as its data', () => {
    for (const file of [
      'index.html',
      'assets/cate-report.css',
      'assets/cate-chart.css',
      'assets/cate-report.global.js',
      'data/publication.json',
    ])
      expect(existsSync(join(out, file)), file).toBe(true);
    expect(readdirSync(join(out, 'sections')).sort()).toEqual(cateTaxonomy.sections.map((s) => `${s.id}.html`).sort());
    expect(readFileSync(join(out, 'data', 'publication.json'), 'utf8')).toBe(readFileSync(publicationFile, 'utf8'));
    expect(stderr).toMatch(
      /^cate: build: 41 sections, 2024-Q1\.\.2025-Q4 of release cate-quarterly-2025-Q4; [\d,]+ cells of [\d,]+ suppressed .*labelled as synthetic sample data; written to /m,
    );
  });

  it('the site holds no raw data: no submissions file, no per-organization field, no private record', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => /submission|record/i.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.json'))).toEqual(['data/publication.json']);
    const recordText = readFileSync(recordFile, 'utf8');
    expect(recordText).toContain('PRIVATE');
    for (const file of files.filter((f) => !f.endsWith('.js'))) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text, file).not.toMatch(/"organization"\s*:/);
      expect(text, file).not.toContain('PRIVATE');
    }
  });

  it('writes a valid HTML page: no parse error, relative links only (it opens from file://), no inline style or script code', () => {
    expect(parseErrors).toEqual([]);
    const links = findAll(document, (e) => e.tagName === 'link' || e.tagName === 'script' || e.tagName === 'a').flatMap(
      (e) => [attr(e, 'href'), attr(e, 'src')].filter((v): v is string => v !== undefined),
    );
    for (const link of links) expect(link, link).toMatch(/^(#|assets\/|data\/)/);
    expect(findAll(document, (e) => e.tagName === 'style' || attr(e, 'style') !== undefined)).toEqual([]);
    const scripts = findAll(document, (e) => e.tagName === 'script');
    expect(scripts.map((s) => attr(s, 'src') ?? attr(s, 'type'))).toEqual([
      'assets/cate-report.global.js',
      'application/json',
    ]);
  });

  it('shows the report in its order: title, synthetic-data notice, introduction, members, contents, every area and section', () => {
    const h1 = findAll(document, (e) => e.tagName === 'h1');
    expect(h1.map(text)).toEqual([cateTaxonomy.name]);
    expect(text(findAll(document, (e) => attr(e, 'class') === 'notice')[0]!)).toContain(SAMPLE_NOTICE);
    for (const passage of cateTaxonomy.introduction) expect(html).toContain(passage.title);
    const members = findAll(document, (e) => attr(e, 'id') === 'member-organizations')[0]!;
    expect(findAll(members, (e) => e.tagName === 'li').map((li) => text(li).trim())).toEqual(
      cateTaxonomy.organizations.map((o) => o.name),
    );
    const sections = findAll(document, (e) => attr(e, 'class') === 'report-section');
    expect(sections.map((s) => attr(s, 'id'))).toEqual(cateTaxonomy.sections.map((s) => s.id));
    sections.forEach((section, i) => {
      const expected = cateTaxonomy.sections[i]!;
      expect(text(findAll(section, (e) => e.tagName === 'h3')[0]!)).toBe(expected.title);
      expect(
        findAll(section, (e) => (attr(e, 'class') ?? '').includes('chart-static')),
        expected.id,
      ).toHaveLength(1);
    });
    const toc = findAll(document, (e) => e.tagName === 'nav')[0]!;
    const hrefs = findAll(toc, (e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    for (const section of cateTaxonomy.sections) expect(hrefs).toContain(`#${section.id}`);
  });

  it('draws every section without JavaScript: a chart (SVG, or a single figure, or for very many categories the table) and its data table, one row per quarter', () => {
    const charts = staticCharts(document);
    expect([...charts.keys()]).toEqual(cateTaxonomy.sections.map((s) => s.id));
    for (const [id, chart] of charts) {
      const structure = chartStructure(structureNode(chart));
      const many = cateTaxonomy.sections.find((s) => s.id === id)!.categories.length > MAX_CHART_CATEGORIES;
      if (many) expect(structure.marks, id).toBe(0);
      else expect(structure.marks + structure.placeholders.length + (structure.stat ? 1 : 0), id).toBeGreaterThan(0);
      expect(tableQuarters(structure.table), id).toEqual(
        ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map((q) =>
          formatQuarter(q as '2024-Q1'),
        ),
      );
    }
  });

  it("shows no number for a suppressed cell or total: the private record's hidden counts appear nowhere they could be read", () => {
    // The private record, as "cate publish --record" wrote it for the publication the site was built from.
    const { sections: records } = JSON.parse(readFileSync(recordFile, 'utf8')) as {
      sections: Array<{
        section: string;
        cells: Array<{ quarter: '2024-Q1'; category: string }>;
        totals: Array<{ shown: boolean; kind: string; quarter?: '2024-Q1' }>;
      }>;
    };
    const series = readPublication(JSON.parse(readFileSync(publicationFile, 'utf8'))).sections;
    const charts = staticCharts(document);
    const published = JSON.parse(readFileSync(join(out, 'data', 'publication.json'), 'utf8')) as {
      sections: Record<string, SafeSeries>;
    };
    const embedded = findAll(document, (e) => attr(e, 'id') === 'cate-report-data')[0]!;
    expect(JSON.parse(text(embedded))).toEqual(published);
    let checked = 0;
    for (const record of records) {
      const s = series.get(record.section)!;
      const chart = charts.get(record.section)!;
      const table = chartStructure(structureNode(chart)).table;
      for (const cell of record.cells) {
        const q = s.quarters.indexOf(cell.quarter);
        const c = s.categories.findIndex((k) => k.id === cell.category);
        // The table shows "S" (and says "Suppressed") where the hidden count would be.
        expect(
          tableCell(table, formatQuarter(cell.quarter), s.categories[c]!.label),
          `${record.section} ${cell.quarter} ${cell.category}`,
        ).toBe('S Suppressed');
        // No mark is drawn for it (a placeholder is, which carries no number).
        const marks = findAll(
          chart,
          (e) =>
            (attr(e, 'class') ?? '').split(' ').includes('mark') &&
            (attr(e, 'data-q') ?? '').split(' ').includes(String(q)) &&
            attr(e, 'data-c') === String(c),
        );
        expect(marks, `${record.section} ${cell.quarter} ${cell.category}`).toEqual([]);
        // The published data holds the status, not the number.
        expect(published.sections[record.section]!.cells[q]![c]).toEqual({ status: 'suppressed' });
        checked++;
      }
      for (const total of record.totals.filter((t) => t.shown && t.kind === 'quarter' && t.quarter)) {
        const q = s.quarters.indexOf(total.quarter!);
        const shown = tableCell(table, formatQuarter(total.quarter!), 'Total');
        if (shown !== undefined) expect(shown).toBe('S Suppressed');
        expect(published.sections[record.section]!.quarterTotals?.[q]).toEqual({ status: 'suppressed' });
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('embeds the publication, which reads back (strict re-check) into the same series as the static charts', () => {
    const json = JSON.parse(readFileSync(join(out, 'data', 'publication.json'), 'utf8')) as PublicationDocument;
    expect(json.format).toBe('cate-publication@1');
    expect(json.notice).toBe(SAMPLE_NOTICE);
    const { publication, sections, problems } = readPublication(json);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(publication?.release.id).toBe('cate-quarterly-2025-Q4');
    const fromSubmissions = readPublication(JSON.parse(readFileSync(publicationFile, 'utf8'))).sections;
    expect(JSON.parse(JSON.stringify([...sections.values()]))).toEqual(
      JSON.parse(JSON.stringify([...fromSubmissions.values()])),
    );
  });

  it('each sections/SECTION.html is a valid page with that chart alone', () => {
    const page = readFileSync(join(out, 'sections', 'continent-of-origin.html'), 'utf8');
    const parsed = parseStrictly(page);
    expect(parsed.errors).toEqual([]);
    expect([...staticCharts(parsed.document).keys()]).toEqual(['continent-of-origin']);
    expect(page).toContain('href="../assets/cate-chart.css"');
    expect(page).toContain(SAMPLE_NOTICE);
  });
});

describe('the static render of a published report (the bridge to the browser test)', () => {
  it('static charts have the structure committed for the browser test (marks, placeholders, axis labels, legend, table)', () => {
    const source = readReportText(readFileSync(publishedFixture, 'utf8'), {
      taxonomy: cateTaxonomy,
      file: 'report-published.json',
    });
    const { series } = protectReport(source, cateTaxonomy);
    const html = staticReportPage({
      taxonomy: cateTaxonomy,
      series,
      toHtml,
      assets: { reportCss: 'r.css', chartCss: 'c.css' },
    });
    const structures: Record<string, ChartStructure> = {};
    for (const [id, chart] of staticCharts(parseStrictly(html).document))
      structures[id] = chartStructure(structureNode(chart));
    expect(Object.keys(structures)).toEqual(cateTaxonomy.sections.map((s) => s.id));
    if (process.env.CATE_UPDATE_FIXTURES) writeFileSync(structureFixture, `${JSON.stringify(structures, null, 1)}\n`);
    const committed = JSON.parse(readFileSync(structureFixture, 'utf8')) as Record<string, ChartStructure>;
    expect(
      structures,
      'after a deliberate change to the drawing, run with CATE_UPDATE_FIXTURES=1 to rewrite the fixture',
    ).toEqual(committed);
  });
});

describe('cate build options and errors', () => {
  it('cate build FILE... (submissions) publishes them first and writes only that publication into the site', async () => {
    const out = join(tempDir(), 'site');
    const result = await cate(['build', sampleCsv, '-o', out, '--no-script', '--created', '2026-01-15']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^cate: build: \d+ submissions -> 41 sections, 2024-Q1\.\.2025-Q4 of release/m);
    const publication = JSON.parse(readFileSync(join(out, 'data', 'publication.json'), 'utf8')) as PublicationDocument;
    expect(publication.format).toBe('cate-publication@1');
    expect(publication.release.created).toBe('2026-01-15');
    expect(filesUnder(out).filter((f) => /submission/i.test(f))).toEqual([]);
  });

  it('cate build refuses --organizations (a site of some members subtracts against the publication) and publish options for a publication', async () => {
    const dir = tempDir();
    expect(await cate(['build', sampleCsv, '-o', join(dir, 's'), '--organizations', 'alive'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--organizations is no longer available/),
    });
    const file = join(dir, 'p.json');
    expect((await cate(['publish', sampleCsv, '--out', file])).code).toBe(0);
    expect(await cate(['build', file, '-o', join(dir, 's'), '--policy', 'ctdc'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--policy applies when publishing submissions/),
    });
  });

  it('cate build PUBLICATION --quarters A..B --no-script shows only those quarters (a view), with no script or embedded data', async () => {
    const dir = tempDir();
    const out = join(dir, 'site');
    const file = join(dir, 'p.json');
    expect((await cate(['publish', sampleCsv, '--out', file])).code).toBe(0);
    const result = await cate([
      'build',
      file,
      '-o',
      out,
      '--quarters',
      '2025-Q1..2025-Q4',
      '--no-script',
      '--title',
      'Our report',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const { document, errors } = parseStrictly(html);
    expect(errors).toEqual([]);
    expect(findAll(document, (e) => e.tagName === 'script')).toEqual([]);
    expect(existsSync(join(out, 'assets', 'cate-report.global.js'))).toBe(false);
    expect(findAll(document, (e) => e.tagName === 'h1').map(text)).toEqual(['Our report']);
    for (const [id, chart] of staticCharts(document))
      expect(tableQuarters(chartStructure(structureNode(chart)).table), id).toEqual([
        'Q1 2025',
        'Q2 2025',
        'Q3 2025',
        'Q4 2025',
      ]);
  });

  it('cate build on a file with errors builds nothing and exits 1, listing the problems', async () => {
    const out = join(tempDir(), 'site');
    const result = await cate(['build', 'broken-long.csv', '-o', out], { cwd: fixtures });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: broken-long\.csv, row \d+/m);
    expect(result.stderr).toMatch(/nothing was published/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('cate build without -o, or without a file, or with a bad --width, is a usage error (exit 2)', async () => {
    expect(await cate(['build', sampleCsv])).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs -o DIR/) });
    expect(await cate(['build', '-o', 'site'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/needs a publication/),
    });
    expect(await cate(['build', sampleCsv, '-o', tempDir(), '--width', 'wide'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--width "wide"/),
    });
  });

  it('cate build --help describes the site it writes', async () => {
    const { code, stdout } = await cate(['build', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: cate build PUBLICATION\.json -o DIR/);
    expect(stdout).toContain('data/publication.json');
  });
});

/**
 * A chart's data table has a row per quarter, or, for a grouped series (categories under their groups), a row per
 * category and a column per quarter. These read either: the quarter labels, and the text of one cell.
 */
const QUARTER_LABEL = /^Q[1-4] \d{4}$/;
function isTransposed(table: string[][]): boolean {
  return (table[0] ?? []).slice(1).some((label) => QUARTER_LABEL.test(label));
}
function tableQuarters(table: string[][]): string[] {
  return isTransposed(table)
    ? table[0]!.slice(1).filter((label) => QUARTER_LABEL.test(label))
    : table.slice(1).map((row) => row[0]!);
}
function tableCell(table: string[][], quarter: string, category: string): string | undefined {
  const header = table[0]!;
  const [rowKey, columnKey] = isTransposed(table) ? [category, quarter] : [quarter, category];
  const column = header.indexOf(columnKey);
  return column < 0 ? undefined : table.find((row) => row[0] === rowKey)?.[column];
}

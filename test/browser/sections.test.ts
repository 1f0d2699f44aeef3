/**
 * Every section of the CATE taxonomy, drawn from the synthetic sample in every kind that suits it (the element's
 * own rule, layout/kinds.ts), as the public draws it: the sample published with core's `publish()` (one
 * cate-publication@1 document in `data`, the `section` attribute choosing), re-checked by the element.
 *
 * Each chart must draw (cate-ready with that kind, no cate-error, marks or a table), and no hidden value may leak.
 * A hidden value is a small number that may well appear elsewhere in the chart as some other, published number,
 * so the check is structural: the publication and its private record are computed here with core, and for every hidden cell of the record the chart must show the suppressed mark, tooltip, announcement
 * and table word, while the number of value-bearing marks equals the number of published cells. Where a hidden
 * value is a number that nothing published in the chart explains (no published value, total, share, coverage
 * count, axis tick, year or number in the taxonomy's words), it must not appear as a number anywhere in the
 * chart's text or ARIA attributes either.
 */
import { expect } from 'chai';
import { cateTaxonomy, formatQuarter, publish, readPublication, type SafeCell, type SafeSeries } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import { suitableKinds, type ChartKind } from '../../packages/charts/src/layout/kinds.js';
import { cellsFor, measureFor } from '../../packages/charts/src/layout/measure.js';
import { cellsOf, subpaths, subpathsPerShape } from './drawing.js';
import { idle, press, settle, shadow } from './helpers.js';

const submissions = sampleSubmissions();
// Published once for the file (about a second): the public artifact and the coordinator's private record.
const { publication, record: release } = publish({
  taxonomy: cateTaxonomy,
  submissions,
  release: { created: '2026-01-15' },
});
const published = readPublication(publication).sections;

after(() => {
  document.body.replaceChildren();
});

/** Draws a section of the sample's publication; resolves with the element and the events it fired. */
async function draw(
  section: string,
  kind: ChartKind,
): Promise<{ el: CateChart; ready: Array<{ kind: string }>; errors: unknown[] }> {
  document.body.replaceChildren();
  const host = document.createElement('div');
  host.style.width = '640px';
  document.body.append(host);
  const el = document.createElement('cate-chart');
  const ready: Array<{ kind: string }> = [];
  const errors: unknown[] = [];
  el.addEventListener('cate-ready', (e) => ready.push(e.detail));
  el.addEventListener('cate-error', (e) => errors.push(e.detail));
  el.section = section;
  el.kind = kind;
  el.data = publication;
  host.append(el);
  for (let i = 0; i < 100 && ready.length === 0 && errors.length === 0; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await settle(el);
  // The hidden data table is built when the browser is idle.
  await idle();
  await el.updateComplete;
  return { el, ready, errors };
}

const isValue = (cell: SafeCell | undefined) => cell?.status === 'value';

for (const section of cateTaxonomy.sections) {
  const series = published.get(section.id)!;
  const record = release.sections.find((r) => r.section === section.id)!;
  const quarterIndex = new Map(series.quarters.map((q, i) => [q, i]));
  const categoryIndex = new Map(series.categories.map((c, i) => [c.id, i]));
  const hidden = record.cells.map((cell) => ({
    q: quarterIndex.get(cell.quarter)!,
    c: categoryIndex.get(cell.category)!,
    value: cell.value,
  }));
  const hiddenValues = [
    ...new Set([...hidden.map((h) => h.value), ...record.totals.filter((t) => t.shown).map((t) => t.value)]),
  ];

  describe(`section ${section.id}`, () => {
    it('core: the private record and the published series agree on what is hidden', () => {
      for (const { q, c } of hidden) expect(series.cells[q]![c]!.status, `${q}:${c}`).to.equal('suppressed');
      const suppressed = series.cells.flat().filter((cell) => cell.status === 'suppressed').length;
      expect(suppressed).to.equal(hidden.length);
    });

    for (const kind of suitableKinds(series)) {
      it(`draws as ${kind}, and every hidden cell shows as hidden`, async () => {
        const { el, ready, errors } = await draw(section.id, kind);
        const root = shadow(el);
        expect(errors, 'no cate-error').to.deep.equal([]);
        expect(
          ready.map((r) => r.kind),
          'cate-ready, in the kind asked for',
        ).to.include(kind);
        expect(root.querySelector('[part=message]'), 'no message instead of a chart').to.equal(null);
        checkTable(root, series, kind);
        if (kind === 'stat') checkStat(root, series);
        else if (kind !== 'table') await checkDrawing(el, series, kind, hidden);
        if (hidden.length) expect(root.querySelector('[part=footnotes]')!.textContent).to.contain('S = suppressed');
        const { checked, leaked } = unexplainedNumbers(root, series, section, hiddenValues);
        expect(leaked, `hidden values shown as numbers (of ${checked} checked)`).to.deep.equal([]);
      });
    }
  });
}

/** The data table: quarters × categories as published; every hidden cell and total in words, never a number. */
function checkTable(root: ShadowRoot, series: SafeSeries, kind: ChartKind): void {
  const table = root.querySelector('table[part=table]');
  expect(table, 'a data table').not.to.equal(null);
  const matrix = cellsFor(series, measureFor(kind, series));
  if (table!.classList.contains('grouped'))
    return checkGroupedTable(
      table!,
      series,
      matrix,
      measureFor(kind, series) === 'count' ? series.quarterTotals : undefined,
    );
  const rows = [...table!.querySelectorAll('tbody tr')];
  expect(rows.length).to.equal(series.quarters.length);
  const totals = measureFor(kind, series) === 'count' ? series.quarterTotals : undefined;
  rows.forEach((row, q) => {
    expect(row.querySelector('th')!.textContent!.trim()).to.equal(formatQuarter(series.quarters[q]!));
    const tds = [...row.querySelectorAll('td')];
    const expected = [...series.categories.map((_, c) => matrix[q]![c]), ...(totals ? [totals[q]] : [])];
    expected.forEach((cell, i) => {
      const td = tds[i]!;
      const text = td.textContent!.trim();
      // A hidden cell shows its mark ("S", "n/r") and says its word to a screen reader.
      if (cell?.status === 'suppressed') {
        expect(text, `${q}:${i}`).to.equal('SSuppressed');
        expect(td.className).to.equal('suppressed');
      } else if (!isValue(cell)) expect(text, `${q}:${i}`).to.equal('n/rNot reported');
      else expect(text, `${q}:${i}`).to.match(/^[\d,.]+%?$/);
    });
  });
}

/** A grouped series' table: categories as rows under their groups, quarters as columns, the totals last. */
function checkGroupedTable(
  table: Element,
  series: SafeSeries,
  matrix: ReturnType<typeof cellsFor>,
  totals: SafeSeries['quarterTotals'],
): void {
  expect([...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim())).to.deep.equal(
    series.quarters.map((q) => formatQuarter(q)),
  );
  const rows = new Map(
    [...table.querySelectorAll('tbody:not(.totals) tr')].flatMap((tr) => {
      const th = tr.querySelector('th[scope=row]');
      return th ? [[th.textContent!.trim(), [...tr.querySelectorAll('td')]] as const] : [];
    }),
  );
  expect(rows.size).to.equal(series.categories.length);
  const check = (cell: SafeCell | undefined, td: Element | undefined, where: string) => {
    const text = td!.textContent!.trim();
    if (cell?.status === 'suppressed') expect(text, where).to.equal('SSuppressed');
    else if (!isValue(cell)) expect(text, where).to.equal('n/rNot reported');
    else expect(text, where).to.match(/^[\d,.]+%?$/);
  };
  series.categories.forEach((category, c) =>
    series.quarters.forEach((_, q) => check(matrix[q]![c], rows.get(category.label)![q], `${q}:${c}`)),
  );
  const totalCells = [...table.querySelectorAll('tbody.totals tr:first-child td')];
  if (totals) totals.forEach((cell, q) => check(cell, totalCells[q], `total ${q}`));
}

/** The single figure: the latest quarter and the one before, hidden ones in words. */
function checkStat(root: ShadowRoot, series: SafeSeries): void {
  const stat = root.querySelector('[part=stat]');
  expect(stat, 'the stat').not.to.equal(null);
  const matrix = cellsFor(series, measureFor('stat', series));
  const latest = matrix[matrix.length - 1]![0];
  const value = stat!.querySelector('.stat-value')!.textContent!.trim();
  if (latest?.status === 'suppressed') expect(value).to.equal('Suppressed');
  else if (!isValue(latest)) expect(value).to.equal('Not reported');
  else expect(value).to.match(/^[\d,.]+%?$/);
  const previous = matrix[matrix.length - 2]?.[0];
  if (previous?.status === 'suppressed')
    expect(stat!.querySelector('.stat-previous')!.textContent).to.match(/: Suppressed$/);
}

/**
 * The drawing: one value-bearing mark (bar or point) per published cell and none for a hidden one; each hidden
 * cell has a suppressed placeholder, and the keyboard's tooltip and announcement say "suppressed" in words.
 */
async function checkDrawing(
  el: CateChart,
  series: SafeSeries,
  kind: ChartKind,
  hidden: Array<{ q: number; c: number }>,
): Promise<void> {
  const root = shadow(el);
  const plot = root.querySelector<HTMLElement>('[part=plot]');
  expect(plot, 'a drawing').not.to.equal(null);
  const matrix = cellsFor(series, measureFor(kind, series));
  const published = matrix.flat().filter(isValue).length;
  // A category's bars (or points) are one path: its cells are read from data-c and data-q, one per subpath.
  const valueMarks = [...root.querySelectorAll('svg.chart .mark.bar, svg.chart .mark.point')];
  for (const mark of valueMarks)
    expect(subpaths(mark), `${mark.getAttribute('class')}: a shape per quarter in data-q`).to.equal(
      cellsOf(mark).length * subpathsPerShape(mark.getAttribute('data-shape')!, mark.classList.contains('point')),
    );
  const drawn = valueMarks.flatMap(cellsOf);
  expect(drawn.length, 'value-bearing marks = published cells').to.equal(published);
  for (const cell of drawn) {
    const [q, c] = cell.split(':').map(Number);
    expect(matrix[q!]![c!]?.status, `the mark at ${cell} is published`).to.equal('value');
  }
  const placeholders = [...root.querySelectorAll<SVGGElement>('svg.chart g.placeholder.suppressed')];
  for (const { q, c } of hidden) {
    const mark = placeholders.find((g) => g.getAttribute('data-cells')!.split(' ').includes(`${q}:${c}`));
    expect(mark, `a suppressed placeholder for ${q}:${c}`).not.to.equal(undefined);
    // One cell's mark is "S"; where a quarter's marks would not fit side by side, one mark counts them ("3 S").
    const count = mark!.getAttribute('data-cells')!.split(' ').length;
    expect(mark!.textContent!.trim()).to.equal(count === 1 ? 'S' : `${count} S`);
    press(plot!, 'Home', { ctrlKey: true });
    for (let k = 0; k < q; k++) press(plot!, 'ArrowRight');
    for (let k = 0; k < c; k++) press(plot!, 'ArrowDown');
    await el.updateComplete;
    // A grouped category is named with its group ("North America: Guatemala").
    const { label, group } = series.categories[c]!;
    const sentence = `${group === undefined ? label : `${group}: ${label}`}, ${formatQuarter(series.quarters[q]!)}: suppressed to protect privacy`;
    expect(root.querySelector('[part=tooltip]')!.textContent!.trim()).to.equal(sentence);
    const position = `quarter ${q + 1} of ${series.quarters.length}, category ${c + 1} of ${series.categories.length}`;
    expect(root.querySelector('[aria-live]')!.textContent!.trim()).to.equal(`${sentence}; ${position}`);
  }
  press(plot!, 'Escape');
}

/** The numbers in a text, as written: "1,204", "38", "2025" ("38%" gives "38"; a full stop is not part of one). */
function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[.,]+$/, ''));
}

/**
 * Checks the hidden values that nothing published explains: returns how many were checked and those found as a
 * number in the chart's text or ARIA attributes.
 */
function unexplainedNumbers(
  root: ShadowRoot,
  series: SafeSeries,
  section: (typeof cateTaxonomy.sections)[number],
  hiddenValues: number[],
): { checked: number; leaked: number[] } {
  const published = [
    ...series.cells.flat(),
    ...(series.shares?.flat() ?? []),
    ...(series.quarterTotals ?? []),
    ...(series.rangeTotals ?? []),
  ];
  const explained = new Set<string>([
    ...published.flatMap((cell) =>
      cell.status === 'value'
        ? [
            cell.value.toLocaleString('en', { maximumFractionDigits: 1 }),
            ...numbersIn(`${Math.round(cell.value * 1000) / 10}`),
          ]
        : [],
    ),
    ...published.flatMap((cell) =>
      cell.status === 'value' && cell.value <= 1 ? numbersIn(`${Math.round(cell.value * 100)}`) : [],
    ),
    ...series.coverage.flatMap((c) => [String(c.reported), String(c.expected)]),
    ...series.quarters.flatMap((q) => numbersIn(q)),
    ...['0', '1', String(series.disclosure.threshold - 1), String(series.categories.length)],
    ...numbersIn([...root.querySelectorAll('.y-axis .tick-label')].map((t) => t.textContent).join(' ')),
    // A status mark that stands for several hidden cells counts them ("3 S"): a count of marks, not a value.
    ...[...root.querySelectorAll('g.placeholder[data-cells]')].map((g) =>
      String(g.getAttribute('data-cells')!.split(' ').length),
    ),
    ...numbersIn(
      [
        section.title,
        section.chartTitle,
        section.description,
        ...(section.notes ?? []).flatMap((n) => [n.title, n.text]),
        ...series.categories.map((c) => c.label),
      ].join(' '),
    ),
  ]);
  const attributes = [...root.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes].filter((a) => a.name.startsWith('aria-')).map((a) => a.value),
  );
  const shown = new Set(numbersIn([root.textContent ?? '', ...attributes].join(' ')));
  const checkable = hiddenValues.filter((v) => !explained.has(v.toLocaleString('en')));
  return { checked: checkable.length, leaked: checkable.filter((v) => shown.has(v.toLocaleString('en'))) };
}

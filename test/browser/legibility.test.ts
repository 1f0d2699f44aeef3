/**
 * Legibility of every section of the sample publication, in every kind that suits it, at 1280, 640 and 320 px, in
 * the light and dark themes and in forced-colours mode (emulated through the DevTools protocol, see the
 * `emulate-forced-colors` command in web-test-runner.config.mjs):
 * - no two pieces of text in the drawing overlap (tick labels, status marks, group labels, panel titles, notes);
 * - no suppressed or not-reported mark extends along the value axis: each sits below a baseline, one row high;
 * - every data mark carries a non-colour cue: a marker (bars, points) or a shape pattern (bars too small for a
 *   marker), and no two categories of a chart share the same shape and fill;
 * - every focusable control in the chart shows a focus outline of at least 3:1 against the chart's background;
 * - the focusable plot is described (aria-describedby) by the keyboard instructions, not from a closed disclosure.
 * One test per section (all kinds, widths and modes), so a failure names the section; the checks read the drawn
 * DOM and computed styles, not the layout object.
 */
import { expect } from 'chai';
import { cateTaxonomy, publish } from '@cate/core';
import { sampleSubmissions } from '@cate/core/sample';
import { readPublication } from '@cate/core';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import { suitableKinds, type ChartKind } from '../../packages/charts/src/layout/kinds.js';
import { cellsOf, drawnCells, subpaths, subpathsPerShape } from './drawing.js';
import { settle, shadow } from './helpers.js';

const WIDTHS = [1280, 640, 320] as const;
const MODES = ['light', 'dark', 'forced-colors'] as const;
type Mode = (typeof MODES)[number];

const { publication } = publish({
  taxonomy: cateTaxonomy,
  submissions: sampleSubmissions(),
  release: { created: '2026-01-15' },
});
const published = readPublication(publication).sections;

/** The test runner's server command (what @web/test-runner-commands' executeServerCommand does). */
async function serverCommand(command: string, payload: unknown): Promise<void> {
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const socket = (await import(/* @vite-ignore */ '/__web-dev-server__web-socket.js' as string)) as {
    sendMessageWaitForResponse: (message: unknown) => Promise<{ executed?: boolean }>;
  };
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command, payload });
  if (!response.executed) throw new Error(`the server did not run ${command}`);
}

async function forcedColors(active: boolean): Promise<void> {
  await serverCommand('emulate-forced-colors', { active });
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(active);
}

after(async () => {
  await forcedColors(false);
  document.body.replaceChildren();
});

// --- geometry -------------------------------------------------------------------------------------------------

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
};

const overlap = (a: Box, b: Box, slack = 0.5) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;

/** Pairs of text elements of the drawing whose boxes overlap, named by their text. */
function overlappingTexts(svg: SVGSVGElement): string[] {
  const texts = [...svg.querySelectorAll('text')]
    .filter((t) => t.textContent!.trim() !== '')
    .map((t) => ({ text: t.textContent!.trim(), box: boxOf(t) }));
  const found: string[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (overlap(texts[i]!.box, texts[j]!.box)) found.push(`"${texts[i]!.text}" × "${texts[j]!.text}"`);
  return found;
}

/**
 * Status marks that reach into a plot: each must lie wholly below a baseline it sits under (within the baseline's
 * horizontal extent) and be no taller than one row of text.
 */
function statusMarksOnTheValueAxis(svg: SVGSVGElement): string[] {
  const baselines = [...svg.querySelectorAll('line.baseline')].map(boxOf);
  const wrong: string[] = [];
  for (const mark of svg.querySelectorAll('g.placeholder')) {
    const box = boxOf(mark);
    const centre = (box.left + box.right) / 2;
    const under = baselines.filter((b) => b.left - 12 <= centre && centre <= b.right + 12 && b.top <= box.top + 0.5);
    const tall = box.bottom - box.top > 16;
    if (!under.length || tall)
      wrong.push(`${mark.getAttribute('data-cells')} (${mark.textContent}) at ${Math.round(box.top)}`);
  }
  return wrong;
}

/**
 * Data marks without a non-colour cue: each category's bars are a path (a subpath per bar, its quarters in
 * data-q) and every bar needs its marker (a quarter of the category's marker path) or a pattern fill; a point is
 * itself a marker. Also categories that share a shape and fill (the cue would not tell them apart), and a path
 * whose subpaths do not match the cells it claims.
 */
function colourOnlyMarks(svg: SVGSVGElement): string[] {
  const wrong: string[] = [];
  const cueOf = new Map<string, string>();
  const markers = new Set(drawnCells(svg, 'path.marker[data-q][data-c]'));
  for (const marker of svg.querySelectorAll('path.marker[data-q][data-c]')) {
    const bars = svg.querySelector(`.mark.bar[data-c="${marker.getAttribute('data-c')}"]`);
    const per = subpathsPerShape(bars?.getAttribute('data-shape') ?? '', true);
    if (subpaths(marker) !== cellsOf(marker).length * per)
      wrong.push(
        `markers of category ${marker.getAttribute('data-c')}: ${subpaths(marker)} outlines for ${cellsOf(marker).length} cells`,
      );
  }
  for (const mark of svg.querySelectorAll('.mark.bar, .mark.point')) {
    const shape = mark.getAttribute('data-shape');
    const c = mark.getAttribute('data-c')!;
    const cells = cellsOf(mark);
    if (!shape) wrong.push(`category ${c} has no shape`);
    const point = mark.classList.contains('point');
    if (subpaths(mark) !== cells.length * subpathsPerShape(shape ?? '', point))
      wrong.push(`category ${c}: ${subpaths(mark)} subpaths for ${cells.length} cells`);
    const patterned = /^url\(/.test(mark.getAttribute('fill') ?? '');
    for (const cell of cells)
      if (!point && !markers.has(cell) && !patterned) wrong.push(`bar ${cell} has neither a marker nor a pattern`);
    const before = cueOf.get(c);
    if (before !== undefined && before !== shape) wrong.push(`category ${c} drawn as ${before} and ${shape}`);
    cueOf.set(c, shape ?? '');
  }
  const byCue = new Map<string, string>();
  for (const [c, cue] of cueOf) {
    if (byCue.has(cue)) wrong.push(`categories ${byCue.get(cue)} and ${c} share "${cue}"`);
    byCue.set(cue, c);
  }
  return wrong;
}

// --- contrast -------------------------------------------------------------------------------------------------

/** sRGB components of a computed colour ("rgb(…)", "rgba(…)", "color(srgb …)"), alpha last. */
function rgba(colour: string): [number, number, number, number] {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(colour);
  if (srgb) return [+srgb[1]! * 255, +srgb[2]! * 255, +srgb[3]! * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const parts = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(colour);
  if (!parts) throw new Error(`unreadable colour ${colour}`);
  return [+parts[1]!, +parts[2]!, +parts[3]!, parts[4] === undefined ? 1 : +parts[4]];
}

function luminance([r, g, b]: readonly number[]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** WCAG contrast of a colour (composited over the background when translucent) against an opaque background. */
function contrast(a: string, b: string): number {
  const [fr, fg, fb, alpha] = rgba(a);
  const back = rgba(b);
  const over = [fr, fg, fb].map((v, i) => v * alpha + back[i]! * (1 - alpha));
  const [la, lb] = [luminance(over), luminance(back)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour behind an element: the first opaque background up its ancestors (through the shadow root). */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node;) {
    const bg = getComputedStyle(node).backgroundColor;
    if (rgba(bg)[3] === 1) return bg;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return getComputedStyle(document.documentElement).backgroundColor.startsWith('rgba(0, 0, 0, 0)')
    ? 'rgb(255, 255, 255)'
    : getComputedStyle(document.documentElement).backgroundColor;
}

/** Controls in the tab order, and the skip link a screen reader's browse mode focuses. */
const FOCUSABLE = 'button, a[href], summary, select, input, textarea, [tabindex="0"]';

/** Focusable controls whose focus outline is missing or under 3:1 against the background behind them. */
function weakFocusRings(root: ShadowRoot): string[] {
  const wrong: string[] = [];
  for (const control of root.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (
      control.closest('[hidden]') ||
      (control.getClientRects().length === 0 && !control.classList.contains('skip-link'))
    )
      continue;
    control.focus();
    if (root.activeElement !== control) continue;
    const style = getComputedStyle(control);
    const name = `${control.tagName.toLowerCase()}${control.className ? `.${String(control.className).split(' ')[0]}` : ''}`;
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
      wrong.push(`${name}: no outline (${style.outlineStyle} ${style.outlineWidth})`);
      continue;
    }
    const ratio = contrast(style.outlineColor, backgroundOf(control));
    if (ratio < 3) wrong.push(`${name}: ${ratio.toFixed(2)}:1`);
    control.blur();
  }
  return wrong;
}

// --- description ----------------------------------------------------------------------------------------------

/**
 * Why the chart's focusable plot is not described by the keyboard instructions, or undefined when it is: the
 * description is resolved from `aria-describedby` as a screen reader does (ids in the same shadow root), must name
 * the arrow keys and Escape, and must not come from inside a closed `<details>` (which hides it from nobody but
 * confuses the source). A chart drawn as a table (no plot) needs none.
 */
function missingInstructions(root: ShadowRoot): string | undefined {
  const plot = root.querySelector<HTMLElement>('[part=plot]');
  if (!plot) return undefined;
  const ids = (plot.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length === 0) return 'the plot has no accessible description';
  const sources = ids.map((id) => root.getElementById(id));
  if (sources.some((source) => !source)) return `aria-describedby names a missing element (${ids.join(' ')})`;
  if (sources.some((source) => source!.closest('details:not([open])')))
    return 'the description comes from a closed <details>';
  const text = sources.map((source) => source!.textContent ?? '').join(' ');
  if (!/arrow/i.test(text) || !/escape/i.test(text))
    return `the description lacks the keyboard instructions: "${text}"`;
  return undefined;
}

// --- drawing --------------------------------------------------------------------------------------------------

async function drawn(el: CateChart, host: HTMLElement, kind: ChartKind, width: number): Promise<void> {
  host.style.width = `${width}px`;
  el.kind = kind;
  await settle(el, 4);
}

for (const section of cateTaxonomy.sections) {
  const series = published.get(section.id)!;
  const kinds = suitableKinds(series);
  describe(`section ${section.id}`, () => {
    it(`is legible as ${kinds.join(', ')} at ${WIDTHS.join(', ')} px, light, dark and forced colours`, async function () {
      this.timeout(600000);
      document.body.replaceChildren();
      const host = document.createElement('div');
      document.body.append(host);
      const el = document.createElement('cate-chart');
      el.section = section.id;
      el.data = publication;
      host.append(el);
      const problems: string[] = [];
      for (const mode of MODES as readonly Mode[]) {
        await forcedColors(mode === 'forced-colors');
        el.theme = mode === 'dark' ? 'dark' : 'light';
        for (const kind of kinds)
          for (const width of WIDTHS) {
            await drawn(el, host, kind, width);
            const where = `${mode} ${kind} ${width}px`;
            const root = shadow(el);
            expect(root.querySelector('[part=message]'), `${where}: drawn, not a message`).to.equal(null);
            const svg = root.querySelector<SVGSVGElement>('svg.chart');
            if (kind !== 'table' && kind !== 'stat') {
              expect(svg, `${where}: a drawing`).not.to.equal(null);
              // Forced colours keep categories apart by shape only: every mark is then the same colour.
              if (mode === 'forced-colors') {
                const fills = new Set([...svg!.querySelectorAll('.mark.point')].map((p) => getComputedStyle(p).fill));
                expect(fills.size, `${where}: points in one system colour`).to.be.at.most(1);
              }
              for (const p of overlappingTexts(svg!)) problems.push(`${where}: overlapping text ${p}`);
              for (const p of statusMarksOnTheValueAxis(svg!)) problems.push(`${where}: status mark on the axis ${p}`);
              for (const p of colourOnlyMarks(svg!)) problems.push(`${where}: ${p}`);
            }
            for (const p of weakFocusRings(root)) problems.push(`${where}: focus ring ${p}`);
            const missing = missingInstructions(root);
            if (missing) problems.push(`${where}: ${missing}`);
          }
      }
      expect(problems).to.deep.equal([]);
    });
  });
}

describe("the seed report's words, once", () => {
  async function chartOf(section: string): Promise<ShadowRoot> {
    document.body.replaceChildren();
    const host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
    const el = document.createElement('cate-chart');
    el.section = section;
    el.data = publication;
    host.append(el);
    await settle(el, 4);
    return shadow(el);
  }

  it('draws the legend title stored in the taxonomy, and keys the status marks the drawing uses', async () => {
    const section = cateTaxonomy.sections.find((s) => s.id === 'unmet-request-reasons-institutional')!;
    expect(section.legendTitle).to.equal('Reason');
    const root = await chartOf(section.id);
    expect(root.querySelector('.legend-title')!.textContent!.trim()).to.equal(section.legendTitle);
    const hidden = published
      .get(section.id)!
      .cells.flat()
      .some((cell) => cell.status === 'suppressed');
    expect(hidden, 'the sample hides cells in this section').to.equal(true);
    expect(root.querySelector('.status-keys')!.textContent).to.contain('S = suppressed to protect privacy');
  });

  it('says "may add up to more" once: not as a footnote when the description already says it', async () => {
    const section = cateTaxonomy.sections.find((s) => s.id === 'mental-health-diagnoses')!;
    expect(section.description).to.contain('Results may exceed');
    const root = await chartOf(section.id);
    expect(root.querySelector('[part=footnotes]')!.textContent).not.to.contain('more than one category');
  });

  it("names where a category list came from when it is not the report's own", async () => {
    const section = cateTaxonomy.sections.find((s) => s.id === 'citizenship')!;
    expect(section.categoriesFrom.from).to.equal('standard');
    const root = await chartOf(section.id);
    expect(root.querySelector('[part=footnotes]')!.textContent).to.contain(
      `Categories from ${section.categoriesFrom.standard}, not from the report.`,
    );
  });
});

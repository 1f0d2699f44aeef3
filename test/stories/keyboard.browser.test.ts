/**
 * What the story play functions cannot do: real key presses (Tab through the page and the shadow DOM, arrows,
 * Escape) from the browser, and the media a reader's system sets (forced colours, reduced motion), plus the
 * contrast of marks, which axe does not check. Each chart is drawn exactly as its story draws it.
 */
import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { renderChart, type ChartArgs } from '../../stories/lib/chart-story.js';

type CateChart = HTMLElementTagNameMap['cate-chart'];

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: {
      forcedColors?: 'active' | 'none';
      reducedMotion?: 'reduce' | 'no-preference';
      colorScheme?: 'light' | 'dark';
    }) => Promise<void>;
  }
}

let host: HTMLElement | undefined;

afterEach(async () => {
  host?.remove();
  host = undefined;
  await commands.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference', colorScheme: 'light' });
});

/** The chart of a story between two buttons of the embedding page; resolves once drawn. */
async function mount(args: ChartArgs): Promise<CateChart> {
  host = document.createElement('div');
  document.body.append(host);
  render(html`<button id="before">Before</button>${renderChart(args)}<button id="after">After</button>`, host);
  const el = host.querySelector('cate-chart')!;
  for (
    let i = 0;
    i < 100 && !el.shadowRoot?.querySelector('[part~="plot"] svg, [part~="stat"], table[part~="table"]');
    i++
  )
    await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const live = (el: CateChart) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
const plotOf = (el: CateChart) => el.shadowRoot!.querySelector('[part~="plot"]')!;

describe('keyboard, with real key presses', () => {
  it('Tab reaches the drawing once, then the chart controls, then leaves the chart: no trap, no tab stop per mark', async () => {
    const el = await mount({ section: 'continent-of-origin' });
    (host!.querySelector('#before') as HTMLButtonElement).focus();
    const visited: string[] = [];
    for (let i = 0; i < 10; i++) {
      await userEvent.tab();
      const active = deepActive();
      if (active?.id === 'after') break;
      visited.push(active?.getAttribute('part') ?? active?.tagName.toLowerCase() ?? 'none');
    }
    expect(deepActive()?.id).toBe('after');
    // The drawing, the table toggle, the Download menu's button (its list is closed), the instructions and the
    // section's notes; nothing else, and nothing inside the SVG.
    expect(visited).toEqual(['plot', 'table-toggle', 'export-toggle', 'summary', 'summary']);
    expect(el.shadowRoot!.querySelectorAll('svg [tabindex]')).toHaveLength(0);
  });

  it('arrows, Home, End and Escape move through the cells and are announced', async () => {
    const el = await mount({ section: 'new-and-existing-clients' });
    (host!.querySelector('#before') as HTMLButtonElement).focus();
    await userEvent.tab();
    expect(deepActive()).toBe(plotOf(el));
    /** Real key presses, then what the live region says. */
    const hear = async (keys: string) => {
      await userEvent.keyboard(keys);
      await el.updateComplete;
      return live(el);
    };
    expect(await hear('{ArrowRight}')).toMatch(/^New, Q1 2024: [\d,]+ clients; quarter 1 of 8, category 1 of 2$/);
    expect(await hear('{ArrowRight}{ArrowDown}')).toMatch(
      /^Existing, Q2 2024: [\d,]+ clients; quarter 2 of 8, category 2 of 2$/,
    );
    expect(await hear('{End}')).toMatch(/^Existing, Q4 2025: [\d,]+ clients; quarter 8 of 8, category 2 of 2$/);
    expect(await hear('{Home}')).toMatch(/^Existing, Q1 2024: [\d,]+ clients; quarter 1 of 8, category 2 of 2$/);
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(await hear('{Escape}')).toBe('Stopped exploring the chart.');
    expect(deepActive()).toBe(plotOf(el));
    await userEvent.tab({ shift: true });
    expect(deepActive()?.id).toBe('before');
  });

  it('the focus indicator is visible when the chart is reached by keyboard', async () => {
    const el = await mount({ section: 'continent-of-origin' });
    (host!.querySelector('#before') as HTMLButtonElement).focus();
    await userEvent.tab();
    const style = getComputedStyle(plotOf(el));
    expect(plotOf(el).matches(':focus-visible')).toBe(true);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

/** WCAG relative luminance contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, b2] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('perception', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`every category colour has at least 3:1 contrast with the background (${theme} theme)`, async () => {
      const el = await mount({ section: 'mental-health-diagnoses', kind: 'grouped-bar', theme });
      const background = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
      const marks = [...el.shadowRoot!.querySelectorAll<SVGElement>('svg.chart .mark.bar')];
      expect(marks.length).toBeGreaterThan(0);
      const fills = new Set(marks.map((mark) => getComputedStyle(mark).fill));
      expect(fills.size).toBe(8);
      for (const fill of fills)
        expect(contrast(fill, background), `${fill} on ${background}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('no text is smaller than 12 px', async () => {
    const el = await mount({ section: 'continent-of-origin', frameWidth: 320 });
    const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement | SVGElement>('*')].filter((node) =>
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const node of texts) {
      if (node.closest('.sr-only')) continue;
      expect(parseFloat(getComputedStyle(node).fontSize), node.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(12);
    }
  });

  it('forced colours (Windows high contrast) keep marks, markers and text visible', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const el = await mount({ section: 'continent-of-origin' });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const background = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
    const heading = getComputedStyle(el.shadowRoot!.querySelector('[part~="heading"]')!).color;
    expect(contrast(heading, background)).toBeGreaterThanOrEqual(4.5);
    for (const mark of el.shadowRoot!.querySelectorAll<SVGElement>('svg.chart .mark.bar')) {
      const fill = getComputedStyle(mark).fill;
      expect(fill).not.toBe('none');
      expect(contrast(fill, background)).toBeGreaterThanOrEqual(3);
    }
    // Colour is no longer a cue here, so each category keeps its marker shape: in the legend, or beside its name
    // above its panel when the chart is drawn as small multiples (they have no list of categories in the legend).
    const panelMarkers = [...el.shadowRoot!.querySelectorAll<SVGElement>('svg.chart .panel > path.marker')];
    const legendKeys = el.shadowRoot!.querySelectorAll('[part~="legend"] li svg');
    expect(panelMarkers.length + legendKeys.length).toBe(8);
    for (const marker of panelMarkers) {
      const { fill, stroke } = getComputedStyle(marker);
      const paint = fill !== 'none' ? fill : stroke;
      expect(paint).not.toBe('none');
      expect(contrast(paint, background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('nothing flashes or moves on its own: no animation runs after drawing or while exploring', async () => {
    const el = await mount({ section: 'continent-of-origin' });
    expect(el.shadowRoot!.getAnimations()).toHaveLength(0);
    (host!.querySelector('#before') as HTMLButtonElement).focus();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    await el.updateComplete;
    // Only the tooltip's short fade may run: nothing loops, nothing lasts longer than 200 ms.
    for (const animation of el.shadowRoot!.getAnimations()) {
      const timing = animation.effect!.getComputedTiming();
      expect(timing.iterations).toBe(1);
      expect(Number(timing.activeDuration)).toBeLessThanOrEqual(200);
    }
  });

  it('reduced motion turns off the tooltip transition', async () => {
    const el = await mount({ section: 'new-and-existing-clients' });
    const tooltip = () => el.shadowRoot!.querySelector('[part~="tooltip"]')!;
    (host!.querySelector('#before') as HTMLButtonElement).focus();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(tooltip()).transitionDuration)).toBeGreaterThan(0);
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(tooltip()).transitionDuration)).toBe(0);
  });
});

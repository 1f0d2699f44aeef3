/**
 * What play functions check, read the way a user or assistive technology gets it: the rendered shadow DOM.
 */
import { expect, waitFor } from 'storybook/test';

type CateChart = HTMLElementTagNameMap['cate-chart'];

export function chartIn(canvasElement: HTMLElement): CateChart {
  const el = canvasElement.querySelector('cate-chart');
  if (!el) throw new Error('no <cate-chart> in the story');
  return el;
}

export function part(el: CateChart, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Waits until the chart has settled in a final state: drawn (plot, table or stat), a message, or an error. */
export async function settled(el: CateChart, what: 'drawn' | 'message' = 'drawn'): Promise<void> {
  await waitFor(
    () => {
      const root = el.shadowRoot;
      expect(root).toBeTruthy();
      if (what === 'drawn') {
        expect(root!.querySelector('[part~="plot"] svg, [part~="table"], [part~="stat"]')).toBeTruthy();
        expect(el.dataset.readyKind).toBeTruthy();
      } else expect(root!.querySelector('[part~="message"]')).toBeTruthy();
    },
    { timeout: 5000 },
  );
  await el.updateComplete;
  // The drawing follows the container's width one animation frame after a resize.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  // A drawn chart builds its hidden data table when the browser is next idle.
  if (what === 'drawn') {
    await idle();
    await el.updateComplete;
  }
}

/** Resolves in the browser's next idle period (or soon, where there is none), as test/browser/helpers.ts does. */
export function idle(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 50),
  );
}

/** The data table (visible or for assistive technology only). */
export function dataTable(el: CateChart): HTMLTableElement {
  const table = el.shadowRoot!.querySelector<HTMLTableElement>('table[part~="table"]');
  if (!table) throw new Error('no data table');
  return table;
}

export function columnHeaders(table: HTMLTableElement): string[] {
  return [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
}

export function rowHeaders(table: HTMLTableElement): string[] {
  return [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim());
}

export function summaryText(el: CateChart): string {
  return part(el, 'summary')?.textContent?.trim() ?? '';
}

/** The polite live region's text: what a screen reader announces. */
export function announcement(el: CateChart): string {
  return el.shadowRoot!.querySelector('[aria-live]')?.textContent?.trim() ?? '';
}

/** A keydown as the browser sends it to the focused element. */
export function press(target: Element, key: string, init: KeyboardEventInit = {}): boolean {
  return target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }),
  );
}

export function tooltipText(el: CateChart): string {
  const tip = part(el, 'tooltip');
  return tip && !tip.hidden ? (tip.textContent?.trim() ?? '') : '';
}

import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';

/**
 * Mounts an element in a sized container and waits until it has drawn (or settled in another state), and until
 * the browser has been idle once: a chart builds its hidden data table when idle.
 */
export async function mount(
  setup: (el: CateChart) => void,
  options: { width?: number; parent?: HTMLElement } = {},
): Promise<CateChart> {
  const host = document.createElement('div');
  host.style.width = `${options.width ?? 640}px`;
  (options.parent ?? document.body).append(host);
  const el = document.createElement('cate-chart');
  setup(el);
  // A chart given data says when it has drawn (or could not): on a busy machine a chunk loaded on demand (the CATE
  // taxonomy for data without words) can take longer than a few frames, so wait for that word, not for frames.
  let said = false;
  const saidIt = new Promise<void>((resolve) => {
    const done = () => ((said = true), resolve());
    el.addEventListener('cate-ready', done, { once: true });
    el.addEventListener('cate-error', done, { once: true });
  });
  host.append(el);
  await settle(el);
  await idle();
  if (!said && (el.data !== undefined || el.src))
    await Promise.race([saidIt, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await el.updateComplete;
  return el;
}

/** Resolves in the browser's next idle period (or soon, where there is none). */
export function idle(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 50),
  );
}

/** Waits for Lit updates and ResizeObserver rounds to finish. */
export async function settle(el: CateChart, frames = 3): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
  await el.updateComplete;
}

/** Resolves when the element fires an event (or rejects after a timeout). */
export function nextEvent<T = unknown>(el: EventTarget, type: string, timeout = 5000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    el.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

export function shadow(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}

/** Every piece of text a user or assistive technology could get from the element. */
export function allOutput(el: HTMLElement): string {
  const root = shadow(el);
  const attributes = [...root.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes]
      .filter((a) => a.name.startsWith('aria-') || a.name === 'title' || a.name === 'alt')
      .map((a) => a.value),
  );
  const svg = root.querySelector('svg.chart')?.outerHTML ?? '';
  return [root.textContent ?? '', svg, ...attributes].join('\n');
}

export function press(el: Element, key: string, init: KeyboardEventInit = {}): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
}

export async function runAxe(
  el: Element,
): Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }> {
  const axe = (
    window as unknown as {
      axe: {
        run: (
          ctx: unknown,
          opts?: unknown,
        ) => Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }>;
      };
    }
  ).axe;
  return axe.run(el, { resultTypes: ['violations'] });
}

/**
 * Idle callbacks held back (what is drawn meanwhile was drawn by nearness, printing or a link): `run` hands those
 * held now a deadline with the given time left; `release` restores the browser's own and runs the held ones.
 */
export function holdIdle(): { run: (timeLeft: number) => void; pending: () => number; release: () => void } {
  const original = window.requestIdleCallback;
  const originalCancel = window.cancelIdleCallback;
  const held = new Map<number, IdleRequestCallback>();
  let handle = 0;
  window.requestIdleCallback = (callback) => (held.set(++handle, callback), handle);
  window.cancelIdleCallback = (h) => void held.delete(h);
  const run = (timeLeft: number) => {
    const now = [...held.values()];
    held.clear();
    for (const callback of now) callback({ didTimeout: false, timeRemaining: () => timeLeft });
  };
  return {
    run,
    pending: () => held.size,
    release() {
      window.requestIdleCallback = original;
      window.cancelIdleCallback = originalCancel;
      run(50);
    },
  };
}

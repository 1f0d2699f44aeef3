import type { LitElement } from 'lit';

/** Mounts an element in a container of a given width (a phone is 320 px) and waits for it to render. */
export async function mountElement<T extends LitElement>(tag: string, setup: (el: T) => void, width = 720): Promise<T> {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  const el = document.createElement(tag) as T;
  setup(el);
  host.append(el);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  return el;
}

/** The rendered text of every cell of a table's rows, row by row (header cells included). */
export function tableRows(table: HTMLTableElement | null | undefined): string[][] {
  if (!table) throw new Error('no table');
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

/** True when nothing in the element's shadow DOM is wider than its host (no sideways page scroll on a phone). */
export function overflows(el: HTMLElement): string[] {
  const limit = el.getBoundingClientRect().right + 1;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.closest('.table-wrap') && node.getBoundingClientRect().right > limit)
    .map((node) => node.tagName.toLowerCase() + (node.className ? `.${String(node.className).split(' ')[0]}` : ''));
}

/**
 * Real key presses through the test runner's send-keys command (puppeteer types into the page), as
 * `@web/test-runner-commands` does; that package is not a direct dependency, so its one call is made here.
 */
export async function sendKeys(payload: { press: string } | { type: string }): Promise<void> {
  await testRunnerCommand('send-keys', payload);
}

/** One command of the test runner (`send-keys`, `emulate-media`, …), as `@web/test-runner-commands` sends it. */
export async function testRunnerCommand(command: string, payload: unknown): Promise<void> {
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const socket = (await import(/* @vite-ignore */ '/__web-dev-server__web-socket.js' as string)) as {
    sendMessageWaitForResponse: (message: unknown) => Promise<{ executed: boolean }>;
  };
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command, payload });
  if (!response.executed) throw new Error(`${command} is not available in this test runner`);
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

import { expect } from 'chai';
import { cateTaxonomy } from '@cate/core';
import { generateSample } from '@cate/core/sample';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import { nextEvent, shadow } from './helpers.js';

// A large file in a preview (`max-bytes` raised to allow it) is read in slices that give the page a turn: the host
// page's own button answers a real click while the chart is still loading, and a new `src` or removing the element
// stops the reading, with nothing thrown into the page. Order is checked, never time.

const LARGE = '/large-input/large.csv';
const SMALL = '/large-input/small.csv';
/** A file that never arrives. */
const PENDING = '/large-input/pending.csv';
const HEADER = 'organization,quarter,section,category,count';

/** ~15 MB of long-layout rows from the synthetic sample (60 organizations × 40 quarters). */
function largeCsv(): string {
  const organizations = Array.from({ length: 60 }, (_, i) => `member-${i + 1}`);
  const lines = [HEADER];
  for (const s of generateSample(cateTaxonomy, { seed: 3, from: '2016-Q1', to: '2025-Q4', organizations }))
    for (const [section, counts] of Object.entries(s.counts))
      for (const [category, count] of Object.entries(counts))
        lines.push(`${s.organization},${s.quarter},${section},${category},${count}`);
  return `${lines.join('\n')}\n`;
}

const SMALL_CSV = `${HEADER}\nmember-1,2012-Q3,sex,female,40\nmember-1,2012-Q3,sex,male,30\n`;

let large: string;
/** Set when the fake server has handed over the last byte of the large body. */
let bodyRead = false;
const realFetch = window.fetch;

/** Serves the two files from memory, the large one in 1 MB pieces. */
function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input instanceof Request ? input.url : input), location.href).pathname;
  if (url === PENDING) return new Promise(() => undefined);
  if (url === SMALL) return Promise.resolve(new Response(SMALL_CSV, { headers: { 'content-type': 'text/csv' } }));
  if (url !== LARGE) return realFetch(input, init);
  const bytes = new TextEncoder().encode(large);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(bytes.subarray(offset, (offset += 1 << 20)));
      if (offset >= bytes.length) {
        bodyRead = true;
        controller.close();
      }
    },
  });
  return Promise.resolve(
    new Response(body, { headers: { 'content-type': 'text/csv', 'content-length': String(bytes.length) } }),
  );
}

interface Scheduler {
  yield: () => Promise<void>;
}
const scheduler = (globalThis as unknown as { scheduler: Scheduler }).scheduler;
const realYield = scheduler.yield;
/**
 * Called at every pause of the chart's reading (core yields with scheduler.yield in Chromium), saying whether it
 * is a pause of the parsing (core's runIncrementally) rather than of the download.
 */
let onPause: (parsing: boolean) => void = () => undefined;
let pauses = 0;
let parsePauses = 0;

let pageErrors: string[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  pageErrors.push(String('message' in event ? event.message : (event as PromiseRejectionEvent).reason));

/** Sends a test-runner command (as @web/test-runner-commands does) without waiting: a real click, queued as input. */
type Send = (command: string, payload: unknown) => Promise<unknown>;
let send: Send;

before(async function () {
  this.timeout(120_000);
  large = largeCsv();
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const socket = (await import(/* @vite-ignore */ '/__web-dev-server__web-socket.js' as string)) as {
    sendMessageWaitForResponse: (message: unknown) => Promise<unknown>;
  };
  send = (command, payload) => socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command, payload });
});

beforeEach(async () => {
  window.fetch = fakeFetch;
  scheduler.yield = () => {
    const inParse = /runIncrementally/.test(new Error().stack ?? '');
    pauses++;
    if (inParse) parsePauses++;
    onPause(inParse);
    return realYield.call(scheduler);
  };
  bodyRead = false;
  pauses = 0;
  parsePauses = 0;
  onPause = () => undefined;
  pageErrors = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  // The preview's pipeline loads once per page: load it first, so the large file is read as soon as it arrives.
  const warm = chart(SMALL);
  await nextEvent(warm, 'cate-ready', 30_000);
  warm.remove();
});

afterEach(() => {
  window.fetch = realFetch;
  scheduler.yield = realYield;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onError);
  document.body.replaceChildren();
});

function chart(src: string): CateChart {
  const el = document.createElement('cate-chart');
  el.section = 'sex';
  el.preview = true;
  el.setAttribute('max-bytes', String(40 * 1024 * 1024));
  el.style.display = 'block';
  el.style.width = '640px';
  el.src = src;
  document.body.append(el);
  return el;
}

const loading = (el: CateChart) =>
  shadow(el).querySelector('[part=message]')?.textContent?.includes('Loading') ?? false;

/** Resolves at the first pause of the parsing (the whole large body has arrived). */
function parsing(): Promise<void> {
  return new Promise((resolve) => {
    onPause = (inParse) => {
      if (!inParse) return;
      onPause = () => undefined;
      resolve();
    };
  });
}

/** Waits a number of animation frames (the reading, if it went on, would pause again meanwhile). */
async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('<cate-chart> reading a large file', function () {
  this.timeout(180_000);

  it('the host page button answers a real click while the chart is still parsing the file', async () => {
    const button = document.createElement('button');
    button.textContent = 'Host page button';
    document.body.prepend(button);
    const order: string[] = [];
    // (The chart is created below; a click can only come once it is parsing.)
    button.addEventListener('click', () => order.push(loading(el) ? 'click while loading' : 'click after'));
    const box = button.getBoundingClientRect();
    // The click is sent at the first pause of the parsing: it reaches the page as real input, which only a page
    // that gives the event loop a turn can handle before the chart is drawn.
    onPause = (inParse) => {
      if (!inParse) return;
      onPause = () => undefined;
      const position = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      send('send-mouse', { type: 'click', position }).catch((error: unknown) => order.push(String(error)));
    };
    const el = chart(LARGE);
    el.addEventListener('cate-error', (event) => order.push(`error ${(event as CustomEvent).detail.code}`));
    await nextEvent(el, 'cate-ready', 170_000);
    order.push('ready');
    await frames(2);
    expect(bodyRead).to.equal(true);
    expect(order).to.deep.equal(['click while loading', 'ready']);
    expect(shadow(el).querySelectorAll('svg.chart').length).to.equal(1);
    expect(pageErrors).to.deep.equal([]);
  });

  it('a new src while the file is parsed stops the reading; the new file is drawn, with no error', async () => {
    const el = chart(LARGE);
    const events: string[] = [];
    el.addEventListener('cate-error', (event) => events.push(`error ${(event as CustomEvent).detail.code}`));
    el.addEventListener('cate-ready', () => events.push('ready'));
    await parsing();
    expect(bodyRead).to.equal(true);
    expect(loading(el)).to.equal(true);
    // A new src that never arrives: any parsing from now on would be the old file's.
    el.src = PENDING;
    await el.updateComplete;
    const after = parsePauses;
    await frames(10);
    expect(parsePauses, 'the large file is still being parsed').to.equal(after);
    expect(events).to.deep.equal([]);
    el.src = SMALL;
    await nextEvent(el, 'cate-ready', 60_000);
    expect(events).to.deep.equal(['ready']);
    const text = shadow(el).textContent ?? '';
    expect(text).to.contain('2012');
    expect(text).not.to.contain('2025');
    expect(pageErrors).to.deep.equal([]);
  });

  it('removing the element while the file is parsed stops the reading, with no event and no error', async () => {
    const el = chart(LARGE);
    const events: string[] = [];
    el.addEventListener('cate-error', () => events.push('error'));
    el.addEventListener('cate-ready', () => events.push('ready'));
    await parsing();
    expect(bodyRead).to.equal(true);
    el.remove();
    const after = pauses;
    await frames(10);
    expect(pauses, 'the large file is still being read').to.equal(after);
    expect(events).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });
});

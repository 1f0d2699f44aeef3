import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport a waiting chart starts to draw: a screen and a half above and below. */
export const DRAW_MARGIN = '150% 0px';
/** Charts drawn per idle period once the first screen is up. */
const IDLE_BATCH = 3;
/** An idle callback runs within this many ms even on a page that is never idle. */
const IDLE_TIMEOUT = 1000;

/** Charts drawn with the first screen whatever their place: the first a reader (or the Tab key) reaches. */
const FIRST_CHARTS = 2;

/** The attribute a placeholder carries (the host writes it): the id of the section whose chart it stands for. */
const PENDING_ATTRIBUTE = 'data-pending-section';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * First screen first: which of the report's charts exist yet. The first two are drawn with the report's text;
 * another chart element is created (and given its data) when its placeholder comes near the viewport (IntersectionObserver with a generous margin), when the browser is idle
 * (a few at a time, in report order), when the page is about to print, or when `draw` asks for it (a `#section`
 * link); until then the report shows a placeholder of about a chart's height. Once created, a chart stays.
 * Where IntersectionObserver is missing, every chart is drawn at once.
 */
export class DeferredCharts implements ReactiveController {
  private readonly _drawn = new Set<string>();
  private _order: readonly string[] = [];
  private _observer: IntersectionObserver | undefined;
  private readonly _observed = new Set<Element>();
  private _cancelIdle: (() => void) | undefined;
  private _waiters: Array<() => void> = [];

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  /** The sections with a chart to draw, in report order (the order idle drawing follows). */
  set order(ids: readonly string[]) {
    this._order = ids;
    const now = typeof IntersectionObserver === 'undefined' ? ids : ids.slice(0, FIRST_CHARTS);
    for (const id of now) this._drawn.add(id);
  }

  has(id: string): boolean {
    return this._drawn.has(id);
  }

  /** Creates these sections' charts at the host's next update. */
  draw(ids: Iterable<string>): void {
    let added = false;
    for (const id of ids)
      if (!this._drawn.has(id)) {
        this._drawn.add(id);
        added = true;
      }
    if (added) this._host.requestUpdate();
  }

  drawAll(): void {
    this.draw(this._order);
  }

  /** The sections still waiting, in report order. */
  get waiting(): string[] {
    return this._order.filter((id) => !this._drawn.has(id));
  }

  /** Resolves once every section of the current order has its chart element (after the host's update). */
  allDrawn(): Promise<void> {
    if (this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this._waiters.push(resolve));
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this._observer = new IntersectionObserver((entries) => this._onIntersect(entries), { rootMargin: DRAW_MARGIN });
    // Connected again after a move: observe what is already rendered.
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed.clear();
    this._cancelIdle?.();
    this._cancelIdle = undefined;
  }

  hostUpdated(): void {
    const placeholders = [...this._host.renderRoot.querySelectorAll(`[${PENDING_ATTRIBUTE}]`)];
    for (const element of this._observed)
      if (!element.isConnected) {
        this._observer?.unobserve(element);
        this._observed.delete(element);
      }
    for (const element of placeholders)
      if (!this._observed.has(element)) {
        this._observer?.observe(element);
        this._observed.add(element);
      }
    if (this.waiting.length === 0) {
      const waiters = this._waiters;
      this._waiters = [];
      for (const resolve of waiters) resolve();
    } else this._scheduleIdle();
  }

  private _onIntersect(entries: IntersectionObserverEntry[]): void {
    const near = entries.filter((e) => e.isIntersecting).map((e) => e.target.getAttribute(PENDING_ATTRIBUTE) ?? '');
    this.draw(near.filter(Boolean));
  }

  /** One batch in the next idle period; the host's update after it schedules the next. */
  private _scheduleIdle(): void {
    if (this._cancelIdle || !this._observer) return;
    const run = () => {
      this._cancelIdle = undefined;
      this.draw(this.waiting.slice(0, IDLE_BATCH));
    };
    // Looked up at each call: a page (or a test) may replace it.
    const requestIdle = globalThis.requestIdleCallback;
    if (typeof requestIdle === 'function') {
      const handle = requestIdle(run, { timeout: IDLE_TIMEOUT });
      this._cancelIdle = () => globalThis.cancelIdleCallback?.(handle);
    } else {
      const timer = setTimeout(run, 50);
      this._cancelIdle = () => clearTimeout(timer);
    }
  }
}

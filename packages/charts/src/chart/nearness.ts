import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from './idle.js';

/** How far outside the viewport a chart starts to draw: a screen and a half above and below. */
export const DRAW_MARGIN = '150% 0px';
const MARGIN_SCREENS = 1.5;

/** A box within DRAW_MARGIN of the viewport (as the IntersectionObserver counts it). */
export function nearViewport(rect: DOMRectReadOnly): boolean {
  const screen = window.innerHeight;
  return rect.bottom >= -MARGIN_SCREENS * screen && rect.top <= (1 + MARGIN_SCREENS) * screen;
}

/** One IntersectionObserver for every chart on the page (not one each). */
let shared: IntersectionObserver | undefined;
const observed = new WeakMap<Element, Nearness>();

function sharedObserver(): IntersectionObserver {
  shared ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) observed.get(entry.target)?.bringNear();
    },
    { rootMargin: DRAW_MARGIN },
  );
  return shared;
}

/**
 * Whether the chart should be drawn yet (`loading="lazy"`, the default; `eager` draws at once): once it comes within
 * DRAW_MARGIN of the viewport (IntersectionObserver), or when the browser is idle, whichever is first, so a page of
 * many charts draws its first screen first and every chart is drawn (and fires `cate-ready`) without being scrolled
 * to. Where IntersectionObserver is missing, at once. Once near, a chart stays drawn.
 */
export class Nearness implements ReactiveController {
  private _near = typeof IntersectionObserver === 'undefined';
  private _cancelIdle: (() => void) | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _eager: () => boolean,
  ) {
    _host.addController(this);
  }

  get near(): boolean {
    return this._near;
  }

  /** Draw now (printing, an export of the drawing). */
  bringNear(): void {
    if (this._near) return;
    this._near = true;
    this._stop();
    this._host.requestUpdate();
  }

  hostConnected(): void {
    if (this._eager()) this._near = true;
    if (this._near) return;
    observed.set(this._host, this);
    sharedObserver().observe(this._host);
    // Idle time draws waiting charts before it builds data tables, in the order the charts joined the page.
    this._cancelIdle = whenIdle(
      () => {
        this.bringNear();
        return this._host.updateComplete;
      },
      { first: true },
    );
  }

  hostDisconnected(): void {
    this._stop();
  }

  private _stop(): void {
    shared?.unobserve(this._host);
    this._cancelIdle?.();
    this._cancelIdle = undefined;
  }
}

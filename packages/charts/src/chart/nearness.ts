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

/**
 * Whether the chart should be drawn yet (`loading="lazy"`, the default; `eager` draws at once): once it comes within DRAW_MARGIN of the viewport (IntersectionObserver),
 * or when the browser is idle, whichever is first, so a page of many charts draws its first screen first and
 * every chart is drawn (and fires `cate-ready`) without being scrolled to. Where IntersectionObserver is missing,
 * at once. Once near, a chart stays drawn.
 */
export class Nearness implements ReactiveController {
  private _near = typeof IntersectionObserver === 'undefined';
  private _observer: IntersectionObserver | undefined;
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
    this._observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.bringNear();
      },
      { rootMargin: DRAW_MARGIN },
    );
    this._observer.observe(this._host);
    this._cancelIdle = whenIdle(() => this.bringNear());
  }

  hostDisconnected(): void {
    this._stop();
  }

  private _stop(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._cancelIdle?.();
    this._cancelIdle = undefined;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearViewport } from './nearness.js';

type OnSize = (width: number, near: boolean) => void;

/** The width a chart is laid out at where there is no ResizeObserver: its drawing scales to its box. */
export const FALLBACK_WIDTH = 640;

const listeners = new WeakMap<Element, OnSize>();
let shared: ResizeObserver | undefined;
/**
 * Sizers that joined while the observer's callback was being delivered. A chart's update, and so `cate-ready`,
 * runs in that callback's microtasks; a page that adds the next chart from there would have its sizer observed in
 * the middle of the delivery, and the browser reports that as "ResizeObserver loop completed with undelivered
 * notifications" on the host page's window. They are observed once the delivery is over, in the next task.
 */
let delivering: Element[] | undefined;

/**
 * One ResizeObserver for every chart on the page: its callback reads every observed width and place first, then
 * lets the charts update, so a page of charts is laid out once, not once per chart (a chart's update in between
 * would make the next chart's read force a layout).
 */
function sharedObserver(): ResizeObserver | undefined {
  if (typeof ResizeObserver === 'undefined') return undefined;
  shared ??= new ResizeObserver((entries) => {
    if (!delivering) {
      delivering = [];
      setTimeout(() => {
        const joined = delivering ?? [];
        delivering = undefined;
        for (const target of joined) if (listeners.has(target)) shared!.observe(target);
      });
    }
    const sizes = entries.map((entry) => ({
      target: entry.target,
      width: Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width),
      near: nearViewport(entry.target.getBoundingClientRect()),
    }));
    for (const { target, width, near } of sizes) listeners.get(target)?.(width, near);
  });
  return shared;
}

/**
 * Watches the width of an element of the shadow root that exists before the first render (a sizer of zero height,
 * so redrawing cannot resize it again within the same frame: no ResizeObserver loop) and reports each width above
 * zero, with whether the chart is near the viewport then. The first width is known after the first layout and
 * before the first paint: until then (`measured`) the element renders only a placeholder, so it renders once, at
 * its width. Hidden (display: none) reports 0: the first render then goes ahead without a drawing, and a later one
 * keeps the last drawing until it is shown again. With no ResizeObserver, FALLBACK_WIDTH.
 */
export class WidthObserver implements ReactiveController {
  private _known = false;
  private _resolve: (() => void) | undefined;
  private _measured: Promise<void> | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _target: Element,
    private readonly _onSize: OnSize,
  ) {
    _host.addController(this);
  }

  /** Until the first width is reported (or the browser has laid the page out without reporting one). */
  get measured(): Promise<void> | undefined {
    if (this._known) return undefined;
    this._measured ??= new Promise((resolve) => (this._resolve = resolve));
    return this._measured;
  }

  hostConnected(): void {
    const observer = sharedObserver();
    if (!observer) {
      if (!this._known) this._onSize(FALLBACK_WIDTH, false);
      this._settle();
      return;
    }
    listeners.set(this._target, (width, near) => {
      if (width > 0) this._onSize(width, near);
      this._settle();
    });
    if (delivering) delivering.push(this._target);
    else observer.observe(this._target);
    // A box of no size may never be reported: after the next frame's layout (and its observations), go ahead.
    if (!this._known && typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(() => this._settle()));
  }

  hostDisconnected(): void {
    listeners.delete(this._target);
    sharedObserver()?.unobserve(this._target);
  }

  private _settle(): void {
    if (this._known) return;
    this._known = true;
    // The host renders what it held back for the report (even when the width did not change: hidden, 0).
    this._host.requestUpdate();
    this._resolve?.();
    this._resolve = undefined;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearViewport } from './nearness.js';

type OnSize = (width: number, near: boolean) => void;

const listeners = new WeakMap<Element, OnSize>();
let shared: ResizeObserver | undefined;

/**
 * One ResizeObserver for every chart on the page: its callback reads every observed width and place first, then
 * lets the charts update, so a page of charts is laid out once, not once per chart (a chart's update in between
 * would make the next chart's read force a layout).
 */
function sharedObserver(): ResizeObserver | undefined {
  if (typeof ResizeObserver === 'undefined') return undefined;
  shared ??= new ResizeObserver((entries) => {
    const sizes = entries.map((entry) => ({
      target: entry.target,
      width: Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width),
      near: nearViewport(entry.target.getBoundingClientRect()),
    }));
    for (const { target, width, near } of sizes) if (width > 0) listeners.get(target)?.(width, near);
  });
  return shared;
}

/**
 * Watches the width of an element of the shadow root (a sizer of zero height, so redrawing cannot resize it again
 * within the same frame: no ResizeObserver loop) and reports each width above zero, with whether the chart is
 * near the viewport then. It is known after the first layout and before the first paint, so the drawing is
 * built once, at its width. Hidden (display: none) reports 0: the last drawing stays until it is shown again.
 */
export class WidthObserver implements ReactiveController {
  private _observed: Element | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly _target: () => Element | undefined,
    private readonly _onSize: OnSize,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this._observed) this._observe(this._observed);
  }

  hostDisconnected(): void {
    if (this._observed) sharedObserver()?.unobserve(this._observed);
  }

  hostUpdated(): void {
    const target = this._target();
    if (!target || target === this._observed) return;
    if (this._observed) {
      sharedObserver()?.unobserve(this._observed);
      listeners.delete(this._observed);
    }
    this._observed = target;
    this._observe(target);
  }

  private _observe(target: Element): void {
    listeners.set(target, this._onSize);
    sharedObserver()?.observe(target);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the width of an element of the shadow root (a sizer of zero height, so redrawing cannot resize it again
 * within the same frame: no ResizeObserver loop) and reports each whole-pixel width above zero. Hidden
 * (display: none) reports 0: the last drawing stays until it is shown again.
 */
export class WidthObserver implements ReactiveController {
  private readonly _observer: ResizeObserver | undefined;
  private _observed: Element | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly _target: () => Element | undefined,
    onWidth: (width: number) => void,
  ) {
    this._observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            const entry = entries[entries.length - 1];
            if (!entry) return;
            const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
            if (width > 0) onWidth(width);
          });
    host.addController(this);
  }

  hostConnected(): void {
    if (this._observed) this._observer?.observe(this._observed);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  hostUpdated(): void {
    const target = this._target();
    if (!target || target === this._observed) return;
    if (this._observed) this._observer?.unobserve(this._observed);
    this._observed = target;
    this._observer?.observe(target);
  }
}

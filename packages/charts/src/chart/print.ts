import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width in CSS px a chart is laid out at for print, unless `--cate-print-width` says otherwise: a Letter or A4 page's text width. */
export const PRINT_WIDTH = 640;

/** What printing changes in the element. */
export interface PrintTarget {
  /** The width the chart is laid out at now. */
  width(): number;
  setWidth(width: number): void;
  /** Before printing: nothing interactive stays open (tooltip, menu). */
  quiet(): void;
  /** Draws now, synchronously: the print snapshot is taken right after `beforeprint`. */
  flush(): void;
}

/**
 * Before printing, the chart is laid out at the print width (at most its width on screen), synchronously, so the
 * printed drawing keeps its text size; after, at its screen width again. Listens to `beforeprint`/`afterprint`
 * and to the `print` media query (which some browsers fire instead).
 */
export class PrintLayout implements ReactiveController {
  /** The width on screen while laid out for print. */
  private _screenWidth: number | undefined;
  private readonly _query = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private readonly _onBefore = () => this._layOut(true);
  private readonly _onAfter = () => this._layOut(false);
  private readonly _onMedia = (event: MediaQueryListEvent) => this._layOut(event.matches);

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _target: PrintTarget,
  ) {
    _host.addController(this);
  }

  /** Laid out for print now. */
  get printing(): boolean {
    return this._screenWidth !== undefined;
  }

  /** A new width on screen: true when printing took it (the print width stays, the screen width is kept for after). */
  tookScreenWidth(width: number): boolean {
    if (!this.printing) return false;
    this._screenWidth = width;
    return true;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this._onBefore);
    window.addEventListener('afterprint', this._onAfter);
    this._query?.addEventListener('change', this._onMedia);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._onBefore);
    window.removeEventListener('afterprint', this._onAfter);
    this._query?.removeEventListener('change', this._onMedia);
  }

  private _layOut(printing: boolean): void {
    if (printing === this.printing) return;
    const target = this._target;
    if (printing) {
      const width = target.width();
      this._screenWidth = width;
      const custom = parseFloat(getComputedStyle(this._host).getPropertyValue('--cate-print-width'));
      const print = Number.isFinite(custom) && custom > 0 ? custom : PRINT_WIDTH;
      target.quiet();
      target.setWidth(width > 0 ? Math.min(width, print) : print);
    } else {
      const width = this._screenWidth!;
      this._screenWidth = undefined;
      target.setWidth(width);
    }
    if (this._host.isConnected) target.flush();
  }
}

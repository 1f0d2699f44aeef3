import type { ReactiveControllerHost } from 'lit';
import { cellAtPoint } from '../layout/hit.js';
import type { CellView, ChartLayout } from '../layout/types.js';
import type { Messages } from '../messages.js';

/** A cell of the chart: quarter and category index. */
export type Position = { q: number; c: number };

/** What the navigator reads from the element. */
export interface NavigationSource {
  layout(): ChartLayout | undefined;
  messages(): Messages;
  /** The cell in words, as the tooltip and the live region say it. */
  sentence(cell: CellView): string;
}

/**
 * Keyboard and pointer exploration of the plot: the active cell, whether a pointer chose it, and the text of the
 * live region. One tab stop; Left/Right move between quarters, Up/Down between categories, Home/End to the
 * first/last quarter, Ctrl+Home/Ctrl+End to the first/last cell, Escape stops. An arrow against an edge says so.
 */
export class ChartNavigator {
  /** The cell explored, if any. */
  active: Position | undefined = undefined;
  /** The active cell was chosen by a pointer (a strip badge then names all its cells). */
  pointer = false;
  /** The live region's text. */
  announcement = '';
  private _announceToken = 0;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _source: NavigationSource,
  ) {}

  /** Forgets a position the series no longer has. */
  keepWithin(quarters: number, categories: number): void {
    if (this.active && (this.active.q >= quarters || this.active.c >= categories)) this.active = undefined;
  }

  /** Stops exploring without a word (printing, a blur). */
  clear(): void {
    if (this.active === undefined) return;
    this.active = undefined;
    this._host.requestUpdate();
  }

  /** `edge`: said first when an arrow key could not move (the position is the same). */
  private _setActive(position: Position | undefined, announce: boolean, edge?: string): void {
    this.active = position;
    this._host.requestUpdate();
    const layout = this._source.layout();
    const cell = position ? layout?.cells[position.q]?.[position.c] : undefined;
    if (!announce) return;
    const m = this._source.messages();
    // The cell, then where it is ("quarter 3 of 8, category 2 of 7"): the live region is all a screen reader hears.
    const sentence =
      cell && layout
        ? `${this._source.sentence(cell)}; ${m.position(cell.q + 1, layout.quarters.length, cell.c + 1, layout.categories.length)}`
        : position
          ? ''
          : m.leftChart;
    this._announce(edge && sentence ? `${edge} ${sentence}` : sentence);
  }

  /**
   * Sets the live region's text. A screen reader may not announce a text that did not change (a second arrow
   * against an edge, Home on the first quarter): the text is cleared, and set again on the next frame.
   */
  private _announce(text: string): void {
    const token = ++this._announceToken;
    if (!text || text !== this.announcement) {
      this.announcement = text;
      this._host.requestUpdate();
      return;
    }
    this.announcement = '';
    this._host.requestUpdate();
    requestAnimationFrame(() => {
      if (token !== this._announceToken) return;
      this.announcement = text;
      this._host.requestUpdate();
    });
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const layout = this._source.layout();
    if (!layout || layout.cells.length === 0) return;
    const nq = layout.quarters.length;
    const nc = layout.categories.length;
    const current = this.active;
    let { q, c } = current ?? { q: 0, c: 0 };
    switch (event.key) {
      case 'ArrowRight':
        if (current) q = Math.min(nq - 1, q + 1);
        break;
      case 'ArrowLeft':
        if (current) q = Math.max(0, q - 1);
        break;
      case 'ArrowDown':
        if (current) c = Math.min(nc - 1, c + 1);
        break;
      case 'ArrowUp':
        if (current) c = Math.max(0, c - 1);
        break;
      case 'Home':
        q = 0;
        if (event.ctrlKey) c = 0;
        break;
      case 'End':
        q = nq - 1;
        if (event.ctrlKey) c = nc - 1;
        break;
      case 'Escape':
        if (!current) return; // let the page use Escape (e.g. to close a dialog)
        event.preventDefault();
        this.pointer = false;
        this._setActive(undefined, true);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.pointer = false;
    const stuck = current !== undefined && current.q === q && current.c === c && event.key.startsWith('Arrow');
    const edges = this._source.messages().edges;
    this._setActive({ q, c }, true, stuck ? edges[event.key as keyof Messages['edges']] : undefined);
  };

  readonly onBlur = (): void => {
    if (!this.pointer) this.clear();
  };

  /**
   * Pointer and touch: the cell under the pointer shows its tooltip. It is found from the layout by coordinates
   * (the drawing has a path per category, not an element per mark), with a finger's width of slack for touch.
   */
  readonly onPointer = (event: PointerEvent): void => {
    const layout = this._source.layout();
    const drawing = (event.currentTarget as Element | null)?.querySelector?.('svg');
    const box = drawing?.getBoundingClientRect();
    const found =
      layout && box && box.width > 0
        ? cellAtPoint(
            layout,
            ((event.clientX - box.left) * layout.width) / box.width,
            ((event.clientY - box.top) * layout.height) / box.height,
            event.pointerType === 'touch' ? 12 : 4,
          )
        : undefined;
    if (!found) {
      if (event.type === 'pointerdown' && this.pointer) this._setActive(undefined, false);
      return;
    }
    if (this.active?.q === found.q && this.active.c === found.c) return;
    this.pointer = true;
    this._setActive(found, false);
  };

  readonly onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && this.pointer) {
      this.pointer = false;
      this.clear();
    }
  };
}

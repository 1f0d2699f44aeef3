import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../messages.js';
import type { ChartExports, ExportKind } from './exports.js';

/**
 * The "Download" disclosure: a button and a list of buttons, closed by Escape (focus back on the button), by
 * tabbing out (it is a disclosure, not a focus trap) or by a press anywhere else.
 */
export class ExportMenu implements ReactiveController {
  open = false;
  private readonly _onDocumentPointerDown = (event: PointerEvent) => this._closeOutside(event);

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly _exports: ChartExports,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this._onDocumentPointerDown, true);
  }

  /** The list's items are built when it opens: a closed menu is one button. */
  render(m: Messages, drawing: boolean): TemplateResult {
    const x = m.exports;
    const item = (label: string, kind: ExportKind | 'copy') =>
      html`<li><button type="button" @click=${() => this._choose(kind)}>${label}</button></li>`;
    // Compact on purpose: no whitespace between elements.
    return html`<div class="export" part="export-menu" @keydown=${this._onKeyDown} @focusout=${this._onFocusOut}><button part="export-toggle" type="button" class="export-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="export-list" @click=${this._toggle}>${x.menu}</button><ul id="export-list" class="export-list" ?hidden=${!this.open}>${
      this.open
        ? html`${item(x.csv, 'csv')}${drawing ? html`${item(x.svg, 'svg')}${item(x.png, 'png')}` : nothing}${item(x.copy, 'copy')}`
        : nothing
    }</ul></div>`;
  }

  close(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this._host.requestUpdate();
    document.removeEventListener('pointerdown', this._onDocumentPointerDown, true);
    if (refocus) this._host.renderRoot.querySelector<HTMLElement>('.export-toggle')?.focus();
  }

  private readonly _toggle = (): void => {
    if (this.open) return this.close(false);
    this.open = true;
    this._host.requestUpdate();
    this._exports.clearStatus();
    document.addEventListener('pointerdown', this._onDocumentPointerDown, true);
  };

  /** A press anywhere else closes the menu (a focus change alone would not: Safari does not focus a clicked button). */
  private _closeOutside(event: PointerEvent): void {
    const menu = this._host.renderRoot.querySelector('.export');
    if (menu && !event.composedPath().includes(menu)) this.close(false);
  }

  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };

  private readonly _onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as HTMLElement).contains(next)) this.close(false);
  };

  private async _choose(kind: ExportKind | 'copy'): Promise<void> {
    this.close(true);
    try {
      await (kind === 'copy' ? this._exports.copyTable() : this._exports.download(kind));
    } catch {
      // Reported already: a cate-error event and the status beside the menu.
    }
  }
}

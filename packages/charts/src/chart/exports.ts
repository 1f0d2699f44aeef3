import type { ReactiveControllerHost } from 'lit';
import type { SafeSeries } from '@cate/core';
import { seriesToCSV } from '../export/series-to-csv.js';
import { standaloneSvg, type StandaloneSvg, type TextStyle } from '../export/standalone-svg.js';
import { tableToClipboard, writeClipboard } from '../export/table-to-clipboard.js';
import type { TableView } from '../layout/table-view.js';
import type { ChartLayout } from '../layout/types.js';
import { ChartError } from '../load.js';
import type { Messages } from '../messages.js';
import { isolate } from '../safety/bidi.js';
import { lazyChunk } from './chunks.js';
import { dispatchChartError } from './errors.js';

/** What `download()` saves. */
export type ExportKind = 'csv' | 'svg' | 'png';

/**
 * The PNG encoder, a chunk of the ES module bundle loaded on the first PNG (toPNG and download are asynchronous
 * anyway). The CSV, the SVG and the copied table stay in the first load: toCSV() and toSVG() answer at once, and a
 * copy must reach the clipboard while the click that asked for it still counts as the user's.
 */
const png = lazyChunk('the PNG export', () => import('../export/svg-to-png.js'));

const MIME: Record<ExportKind, string> = { csv: 'text/csv;charset=utf-8', svg: 'image/svg+xml', png: 'image/png' };

/** What an export is made from: only what the chart publishes. */
export interface ExportSource {
  series(): SafeSeries | undefined;
  layout(): ChartLayout | undefined;
  tableView(): TableView | undefined;
  title(): string;
  summary(): string;
  /** Every footnote under the chart. */
  footnotes(): string[];
  /** The footnotes that describe the data (not the chart's style). */
  dataFootnotes(): string[];
  messages(): Messages;
  locale(): string;
  /** The file name's stem. */
  fileName(): string;
  /** Makes sure the drawing is in the page (a chart far from the viewport is drawn later). */
  prepare(): void;
  /** The copy was refused: show the table so it can be selected by hand. */
  showTable(): void;
}

/**
 * The chart's exports (CSV, standalone SVG, PNG, the copied table, a download) and the status line beside the
 * menu. Each is built from what the chart publishes (the SafeSeries, its table, its drawing), never from raw data;
 * a failure is said beside the menu and in a `cate-error` (`export-failed`), and the chart stays as it is.
 */
export class ChartExports {
  /** What the last export said ("The data table was copied.", a failure). */
  status = '';

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly _source: ExportSource,
  ) {}

  clearStatus(): void {
    if (!this.status) return;
    this.status = '';
    this._host.requestUpdate();
  }

  toCSV(): string {
    return this._exporting(() => this._csv());
  }

  toSVG(): string {
    return this._exporting(() => this._standaloneSvg().svg);
  }

  toPNG(scale = 2): Promise<Blob> {
    return this._exportingAsync(async () => {
      const drawing = this._standaloneSvg();
      return (await png.load()).svgToPng(drawing.svg, drawing, scale);
    });
  }

  async copyTable(): Promise<void> {
    const source = this._source;
    const m = source.messages();
    this.clearStatus();
    try {
      const view = source.tableView();
      if (!source.series() || !view) throw new ChartError('export-failed', 'There is no data table yet.');
      await writeClipboard(
        tableToClipboard(
          view,
          { caption: m.tableCaption(source.title()), quarter: m.quarterHeader },
          source.footnotes(),
        ),
      );
      this._setStatus(m.exports.copied);
    } catch (error) {
      if (source.series() && source.tableView()) source.showTable();
      throw this._failed(error, m.exports.copyRefused);
    }
  }

  async download(kind: ExportKind): Promise<void> {
    await this._exportingAsync(async () => {
      if (!(kind in MIME)) throw new ChartError('export-failed', `Unknown export "${String(kind)}".`);
      let blob: Blob;
      if (kind === 'png') {
        const drawing = this._standaloneSvg();
        blob = await (await png.load()).svgToPng(drawing.svg, drawing);
      } else {
        const text = kind === 'csv' ? `\uFEFF${this._csv()}` : this._standaloneSvg().svg;
        blob = new Blob([text], { type: MIME[kind] });
      }
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${this._source.fileName().replace(/[^\w-]+/g, '-')}.${kind}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    });
  }

  private _csv(): string {
    const source = this._source;
    const series = source.series();
    if (!series) throw new ChartError('export-failed', 'There is no data to export yet.');
    return seriesToCSV(series, { locale: source.locale(), title: source.title(), footnotes: source.dataFootnotes() });
  }

  private _standaloneSvg(): StandaloneSvg {
    const source = this._source;
    source.prepare();
    const root = this._host.renderRoot;
    const chart = root.querySelector<SVGSVGElement>('svg.chart');
    const layout = source.layout();
    if (!chart || !layout || !source.series())
      throw new ChartError('export-failed', 'This chart has no drawing to export.');
    // The wrapper is the render root itself (made with the shadow root): found from the shadow root.
    const base = this._host.shadowRoot!.querySelector<HTMLElement>('.base')!;
    const style = (el: Element | null): TextStyle => {
      const cs = getComputedStyle(el ?? base);
      return {
        fontFamily: cs.fontFamily,
        fontSize: parseFloat(cs.fontSize) || 14,
        fontWeight: cs.fontWeight,
        color: cs.color,
      };
    };
    const text = style(base);
    const muted = {
      ...text,
      fontSize: Math.max(12, text.fontSize * 0.9),
      color: getComputedStyle(base).getPropertyValue('--_muted').trim() || text.color,
    };
    const context = document.createElement('canvas').getContext('2d');
    return standaloneSvg({
      chart,
      width: layout.width,
      height: layout.height,
      legend: [...root.querySelectorAll('[part=legend] li')].flatMap((li) => {
        const key = li.querySelector<SVGSVGElement>('svg');
        return key ? [{ key, label: isolate(li.textContent?.trim() ?? '') }] : [];
      }),
      title: source.title(),
      description: root.querySelector('[part=description]')?.textContent?.trim(),
      summary: source.summary(),
      footnotes: source.dataFootnotes(),
      lang: source.messages().language,
      background: getComputedStyle(base).backgroundColor,
      styles: { heading: style(root.querySelector('[part=heading]')), text, muted },
      measure: context
        ? (value, font) => {
            context.font = font;
            return context.measureText(value).width;
          }
        : undefined,
    });
  }

  private _setStatus(status: string): void {
    this.status = status;
    this._host.requestUpdate();
  }

  /** Runs an export; a failure is reported (event and status) and thrown as a ChartError `export-failed`. */
  private _exporting<T>(make: () => T): T {
    this.clearStatus();
    try {
      return make();
    } catch (error) {
      throw this._failed(error);
    }
  }

  private async _exportingAsync<T>(make: () => Promise<T>): Promise<T> {
    this.clearStatus();
    try {
      return await make();
    } catch (error) {
      throw this._failed(error);
    }
  }

  /** Says why an export failed beside the menu and in a `cate-error` event; the chart stays as it is. */
  private _failed(error: unknown, message = this._source.messages().errors['export-failed']): ChartError {
    const failure =
      error instanceof ChartError && error.code === 'export-failed'
        ? error
        : new ChartError('export-failed', error instanceof Error ? error.message : String(error));
    this._setStatus(message);
    dispatchChartError(this._host, { code: 'export-failed', message });
    return failure;
  }
}

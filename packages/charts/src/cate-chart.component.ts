import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { DisclosurePolicy, SafeSeries, SectionText, Taxonomy } from '@cate/core';
import { sectionWords } from './chart/cate-taxonomy.js';
import type { ChartKind } from './layout/kinds.js';
import type { CellView, ChartLayout } from './layout/types.js';
import { catalogueReady, messagesFor, type Messages } from './messages.js';
import type { ChartErrorDetail, ChartInput } from './load.js';
import { hasLegend, legendElement, listsCategories } from './renderers/legend.js';
import { renderStat } from './renderers/stat.js';
import { renderSvgChart } from './renderers/svg-chart.js';
import { tableElement } from './renderers/table.js';
import { chartStyles, contextStyles, exportStyles, printStyles } from './styles.js';
import { cut, effectiveLocale, locatedProblems } from './safety/options.js';
import { arrangeChart, describeChart, hasContent, seriesFromInput, type ChartDescription } from './chart/derive.js';
import { dispatchChartError, errorDetail } from './chart/errors.js';
import { ChartEvents } from './chart/events.js';
import { ExportMenu } from './chart/export-menu.js';
import { ChartExports, type ExportKind } from './chart/exports.js';
import { DataLoader } from './chart/loader.js';
import { ChartNavigator } from './chart/navigation.js';
import { DEFAULT_OPTIONS, readOptions, usableTaxonomy, type Options } from './chart/options.js';
import { PrintLayout } from './chart/print.js';
import { WidthObserver } from './chart/resize.js';
import { StaticPart } from './chart/static-dom.js';
import { Nearness } from './chart/nearness.js';
import { drawingCommitted, whenIdle } from './chart/idle.js';
import { cellSentence } from './chart/sentences.js';
import { placeTooltip, renderTooltip } from './chart/tooltip.js';

export type { ExportKind } from './chart/exports.js';

type State = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

let instances = 0;

/**
 * `<cate-chart>`: one section of a coalition's quarterly service data as an accessible, privacy-safe chart.
 *
 * Data flows one way: load (`src` or `data`) -> check (all in `@cate/core`) -> layout (pure) -> render (pure).
 * The element draws only a `SafeSeries`: a suppressed cell has no number to leak.
 *
 * Public data: whatever a visitor's browser receives is published, so in public the element draws only published
 * data: a `cate-publication@1` document (`cate publish`; the `section` attribute chooses its section), or one
 * published series (`cate-series@1`, or a SafeSeries object as `data`). Either passes core's one strict check
 * (readPublication / checkPublishedSeries) before anything is drawn: a visible count below the policy's threshold,
 * or one that lets a hidden count be worked out, shows the error state (`unsafe-data`) and never the number.
 * `quarters` selects quarters from it (selectQuarters): nothing is aggregated or protected again.
 *
 * Preview: raw submissions (CSV or JSON by `src`, an array by `data`) are refused (`raw-data-refused`) unless the
 * element has the `preview` attribute: the data coordinator's check on their own computer. A preview aggregates and
 * protects in the browser (core's pipeline; `organizations` filters members) and shows the banner "Unpublished
 * preview — do not put this page online". It draws raw data only on this computer: `localhost`, `127.0.0.1`,
 * `[::1]`, `*.localhost` or a file opened from disk; anywhere else it draws nothing (`preview-not-local`), since a
 * page that received raw data has already published it.
 *
 * Keyboard: one tab stop, the plot (`role="application"`, so a screen reader in browse mode hands it the arrow
 * keys; described by the keyboard instructions). Left/Right move between quarters, Up/Down between categories,
 * Home/End jump to the first/last quarter, Ctrl+Home/Ctrl+End to the first/last cell, Escape stops exploring. The
 * focused value is shown in a tooltip and announced with its position ("quarter 3 of 8, category 2 of 7"); an
 * arrow against an edge says so. A pointer or touch on a mark shows its value.
 *
 * Reading order: heading (the title, said once), description, legend, drawing, summary, footnotes, controls, then
 * the data table, which a skip link (for screen readers in browse mode) jumps past.
 *
 * Lean DOM: the first draw builds the drawing and its text. The hidden data table is built when the browser is
 * idle (at once by "Show data table", for print, or when a copy is refused); the export menu's items when it
 * opens. With `loading="lazy"` (the default) a chart far from the viewport draws when it comes near, when the
 * browser is idle, before printing or for an export, whichever is first, and then fires `cate-ready`. The first
 * render waits for the page's first layout to report the chart's width and place (all charts' in one read), so a
 * chart is rendered once, at its width, before the first paint. The legend, footnotes and data table are plain DOM
 * (no template markers); the templates have no whitespace between elements.
 *
 * @fires cate-error - Bubbling, composed. `detail: { code, message, problems? }` when the chart cannot be drawn
 *   (codes: missing-section, unknown-section, fetch-failed, http-error, timeout, invalid-json, invalid-csv,
 *   invalid-data, invalid-quarters, section-mismatch, unsafe-data, raw-data-refused, preview-not-local,
 *   outdated-format, organizations-not-published, render-failed, too-large, invalid-attribute), and `export-failed` when a download, image or
 *   copy could not be made (the chart stays drawn). `unsafe-data` carries the located problems (never a value).
 *   `invalid-attribute` (an attribute or property it cannot use: `height="abc"`, `locale="constructor"`, a
 *   `taxonomy` of the wrong shape) adds `attribute`, `value` (cut to 80 characters) and `expected`; the chart then
 *   uses the default and says so above the drawing (a wrong `taxonomy` or `data` draws nothing).
 *   `too-large`: the data at `src` is bigger than `max-bytes` (refused before it is parsed).
 *   `load-failed`: a part of the ES module bundle loaded later (the CATE taxonomy, the preview pipeline) could
 *   not be loaded; the message names its file in chunks/, and the console says so too.
 * @fires cate-ready - Bubbling, composed. `detail: { section, kind }` each time a chart has been drawn with data.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The chart's title.
 * @csspart description - The section's description.
 * @csspart legend - The key of colours and marker shapes.
 * @csspart plot - The focusable drawing area.
 * @csspart svg - The SVG drawing.
 * @csspart tooltip - The value tooltip.
 * @csspart summary - The plain-language summary (visually hidden unless `show-summary`).
 * @csspart footnotes - Footnotes (suppressed, not reported, coverage, counting caveats).
 * @csspart notes - The section's notes, in a disclosure.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart stat - The single figure of the `stat` kind.
 * @csspart message - Loading, empty and error messages.
 * @csspart preview-banner - The "Unpublished preview" banner (only with `preview`).
 * @csspart export-menu - The "Download" disclosure and its list (hidden by `no-export`).
 * @csspart export-toggle - The "Download" button that opens and closes the menu.
 * @csspart export-status - What the last export said ("The data table was copied.", a failure).
 *
 * @cssproperty --cate-color-1 - First category colour (default Okabe-Ito blue, adjusted for ≥ 3:1 contrast). Also --cate-color-2 … --cate-color-8.
 * @cssproperty --cate-font-family - Font family (default system-ui).
 * @cssproperty --cate-font-size - Base font size (default 14px; axis text never goes below 12px).
 * @cssproperty --cate-heading-size - Heading size (default 1.15em).
 * @cssproperty --cate-text-color - Text colour (light #1f2328, dark #ececf1).
 * @cssproperty --cate-muted-color - Secondary text: axes, notes (≥ 4.5:1 on the background).
 * @cssproperty --cate-background - Background (light #ffffff, dark #1b1b1f).
 * @cssproperty --cate-grid-color - Grid lines.
 * @cssproperty --cate-axis-color - Zero line.
 * @cssproperty --cate-focus-color - Focus outline and ring.
 * @cssproperty --cate-placeholder-color - Outline and hatch of suppressed and not-reported marks.
 * @cssproperty --cate-tooltip-background - Tooltip background.
 * @cssproperty --cate-tooltip-color - Tooltip text.
 * @cssproperty --cate-padding - Inner padding (default 12px).
 * @cssproperty --cate-border-radius - Corner radius (default 4px).
 * @cssproperty --cate-print-width - Width the chart is laid out at for print (default 640px; at most its width on screen).
 *
 * Exports: `toCSV()`, `toSVG()`, `toPNG()`, `copyTable()` and `download()`, and a "Download" menu beside the table
 * toggle. Each is built from what the chart publishes (the SafeSeries, its table, its drawing), never from raw data.
 * PNG reads the SVG through a Blob URL: a page with a Content-Security-Policy needs `img-src blob:` for it (else
 * `export-failed`). Print: controls hidden, light palette, the data table printed below the chart, and the chart
 * laid out again at the print width on `beforeprint` (and when `print` media starts to match).
 */
export class CateChart extends LitElement {
  static override styles = [
    chartStyles,
    contextStyles,
    exportStyles,
    printStyles,
    // The room a chart not drawn yet keeps, so the page does not jump when it is drawn.
    css`
      .plot-pending {
        min-height: 240px;
      }
      .base.pending {
        min-height: 360px;
      }
    `,
  ];

  static override properties = {
    section: { reflect: true },
    src: {},
    data: { attribute: false },
    quarters: {},
    organizations: {},
    kind: {},
    locale: {},
    heading: {},
    description: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    taxonomy: { attribute: false },
    policy: { attribute: false },
    theme: { reflect: true },
    format: {},
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    height: { type: Number },
    width: { type: Number },
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
    showSummary: { type: Boolean, attribute: 'show-summary' },
    noExport: { type: Boolean, attribute: 'no-export' },
    preview: { type: Boolean, reflect: true },
    loading: {},
    _input: { state: true, attribute: false },
    _series: { state: true, attribute: false },
    _state: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _width: { state: true, attribute: false },
    _contextTheme: { state: true, attribute: false },
  };

  /** Id of the taxonomy section to draw, e.g. "continent-of-origin". */
  declare section: string;
  /**
   * URL of the data: a `cate-publication@1` document (with `section`) or a `cate-series@1` document; raw
   * submissions as JSON or CSV only with `preview`.
   */
  declare src: string;
  /**
   * Data as a property: a `cate-publication@1` object, a published series (a SafeSeries from `@cate/core`, or a
   * `cate-series@1` object), each strictly checked; an array of submissions only with `preview`. Takes precedence
   * over `src`.
   */
  declare data: unknown;
  /** Quarter range shown, e.g. "2024-Q1..2025-Q4", selected from the data. Default: every quarter in it. */
  declare quarters: string;
  /** Comma-separated organization ids to include: a `preview` of raw submissions only (an error with published data). Default: all members. */
  declare organizations: string;
  /** grouped-bar, stacked-bar, stacked-percent, line, table or stat. Default: chosen from the section. */
  declare kind: ChartKind | '';
  /**
   * BCP 47 locale for numbers, quarters and messages ("es", "es-MX": Spanish; languages without a catalogue:
   * English). Default: the nearest `lang` attribute (through shadow roots), else "en".
   */
  declare locale: string;
  /** Title; default the section's chart title from the taxonomy. */
  declare heading: string;
  /** Description; default the section's description from the taxonomy. */
  declare description: string;
  /** aria-level of the title. Default 2. */
  declare headingLevel: number;
  /**
   * The taxonomy whose sections can be drawn; given, its words win. Default: none: the words the publication
   * carries, else (an older publication, a hand-made series, a preview) the CATE taxonomy's, loaded on demand.
   */
  declare taxonomy: Taxonomy | undefined;
  /** The disclosure policy published data is checked against (the stricter of it and the data's own), and a preview applies. Default: core's DEFAULT_POLICY. */
  declare policy: DisclosurePolicy | undefined;
  /** "light", "dark" or "auto" (the page's `.cate-dark` class or the system setting). Default "auto". */
  declare theme: 'light' | 'dark' | 'auto';
  /** Format of `src` when its name and content type do not tell: "json" or "csv". */
  declare format: 'json' | 'csv' | undefined;
  /** Milliseconds before loading `src` gives up. Default 15000. */
  declare timeout: number;
  /**
   * The most bytes read from `src` (5 MiB by default): a bigger response is refused (`too-large`) before it is
   * parsed, by its Content-Length when the server sends one, else as it streams in.
   */
  declare maxBytes: number | undefined;
  /** Height of the drawing in px (80-4000). Default: from the width (240-400 px). */
  declare height: number | undefined;
  /** Width of the drawing in px (120-4000). Default: the element's width. */
  declare width: number | undefined;
  /** Show the data table visually (it is always available to assistive technology). */
  declare showTable: boolean;
  /** Show the plain-language summary visually (it is always the chart's accessible description). */
  declare showSummary: boolean;
  /** Hide the "Download" menu (the export methods still work). */
  declare noExport: boolean;
  /**
   * The data coordinator's local preview: raw submissions are accepted (aggregated and protected in the browser)
   * and a banner says "Unpublished preview — do not put this page online". Raw data is drawn only on this
   * computer (localhost or a file); anywhere else the chart shows `preview-not-local`. Default false.
   */
  declare preview: boolean;
  /**
   * "lazy" (default): a chart far from the viewport keeps its heading, summary and footnotes, and draws when it
   * comes within a screen and a half of it, when the browser is idle, before printing or for an export, whichever
   * is first (then `cate-ready`). "eager": drawn at once, as a page that defers charts itself wants.
   */
  declare loading: 'lazy' | 'eager';

  declare private _input: ChartInput | undefined;
  declare private _series: SafeSeries | undefined;
  declare private _state: State;
  declare private _error: ChartErrorDetail | undefined;
  declare private _width: number;
  declare private _contextTheme: 'light' | 'dark' | undefined;

  private _options: Options = DEFAULT_OPTIONS;
  private _description: ChartDescription | undefined;
  private _kind: ChartKind = 'grouped-bar';
  private _layout: ChartLayout | undefined;
  private readonly _id = `cate-${++instances}`;

  private readonly _loader = new DataLoader(this, {
    input: (input) => (this._input = input),
    loading: () => {
      this._input = undefined;
      this._state = 'loading';
      this._error = undefined;
    },
    fail: (error) => {
      this._input = undefined;
      this._fail(error);
    },
  });
  private readonly _navigator = new ChartNavigator(this, {
    layout: () => this._layout,
    messages: () => this._messages,
    sentence: (cell) => this._cellSentence(cell),
  });
  private readonly _exports = new ChartExports(this, {
    series: () => this._series,
    layout: () => this._layout,
    tableView: () => this._description?.tableView,
    title: () => this._title(),
    summary: () => this._description?.summary ?? '',
    footnotes: () => this._description?.footnotes ?? [],
    dataFootnotes: () => this._dataFootnotes(),
    messages: () => this._messages,
    locale: () => this._options.locale,
    fileName: () => this._series?.section || this.section || 'chart',
    prepare: () => {
      // An export of the drawing draws a far chart now.
      this._nearness.bringNear();
      if (this.isUpdatePending && this.isConnected) this.performUpdate();
    },
    showTable: () => {
      if (this._kind !== 'table') this.showTable = true;
    },
  });
  private readonly _exportMenu = new ExportMenu(this, this._exports);
  private readonly _print = new PrintLayout(this, {
    width: () => this._width,
    setWidth: (width) => (this._width = width),
    quiet: () => {
      // Printed: the drawing and the data table, whether or not they were built yet.
      this._nearness.bringNear();
      this._tableWanted = true;
      this._navigator.clear();
      this._exportMenu.close(false);
    },
    flush: () => {
      if (this.isUpdatePending) this.performUpdate();
    },
  });
  private readonly _events = new ChartEvents(this);
  private readonly _nearness = new Nearness(
    this,
    () => this.getAttribute('loading') === 'eager' || this.loading === 'eager',
  );
  /** The data table is built: asked for, printed, or the browser was idle after the first draw. */
  private _tableWanted = false;
  private _cancelTableIdle: (() => void) | undefined;
  /** The layout of the drawing last put in the page. */
  private _committedLayout: ChartLayout | undefined;
  /** Whether the last layout was made near the viewport (a far chart has none yet). */
  private _arrangedNear = false;
  /** Counts descriptions made: what is built from one (the data table) is made again for the next. */
  private _describedAt = 0;
  /**
   * The wrapper of everything and the sizer whose width the drawing takes: made with the shadow root, before the
   * first render, so the width is known when the chart first renders (one layout, not render, measure, render).
   */
  private readonly _base = document.createElement('div');
  private readonly _sizer = document.createElement('div');
  private readonly _widths: WidthObserver;
  /** The legend, footnotes and data table as plain DOM (no Lit markers), made again only when their content changes. */
  private readonly _legendPart = new StaticPart(legendElement);
  private readonly _footnotesPart = new StaticPart(
    (notes: readonly string[]) =>
      html`<ul part="footnotes" class="footnotes">${notes.map((n) => html`<li>${n}</li>`)}</ul>`,
  );
  private readonly _tablePart = new StaticPart(tableElement);

  constructor() {
    super();
    this.section = '';
    this.src = '';
    this.data = undefined;
    this.quarters = '';
    this.organizations = '';
    this.kind = '';
    this.locale = '';
    this.heading = '';
    this.description = '';
    this.headingLevel = 2;
    this.taxonomy = undefined;
    this.policy = undefined;
    this.theme = 'auto';
    this.format = undefined;
    this.timeout = 15000;
    this.maxBytes = undefined;
    this.height = undefined;
    this.width = undefined;
    this.showTable = false;
    this.showSummary = false;
    this.noExport = false;
    this.preview = false;
    this.loading = 'lazy';
    this._input = undefined;
    this._series = undefined;
    this._state = 'idle';
    this._error = undefined;
    this._width = 0;
    this._contextTheme = undefined;
    this._sizer.className = 'sizer';
    this._widths = new WidthObserver(this, this._sizer, (width, near) => {
      if (near) this._nearness.bringNear();
      if (!this._print.tookScreenWidth(width) && Math.abs(width - this._width) >= 1) this._width = width;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Shadow DOM cannot see the page's classes: read the nearest theme class once (`:host-context` covers Chromium live).
    const themed = this.closest('.cate-dark, .cate-light');
    this._contextTheme = themed ? (themed.classList.contains('cate-dark') ? 'dark' : 'light') : undefined;
  }

  private get _messages(): Messages {
    return messagesFor(this._options.locale);
  }

  /** The taxonomy when it has the shape the element reads; the CATE taxonomy otherwise (and then nothing is drawn). */
  /** The taxonomy given, when it has the shape the element reads (a wrong one draws nothing). */
  private get _taxonomy(): Taxonomy | undefined {
    return usableTaxonomy(this.taxonomy);
  }

  /** The section's words: the given taxonomy's, else the data's own, else the CATE taxonomy's (loaded on demand). */
  private get _section(): SectionText | undefined {
    return sectionWords(this._taxonomy, this._series, this._series?.section ?? this.section);
  }

  /** A locale whose catalogue is not loaded yet (the browser bundle's Spanish) waits for it: no English flash. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = catalogueReady(effectiveLocale(this, this.locale, []));
    return ready
      ? ready.then((failed) => {
          // A catalogue that could not be loaded: the chart is drawn in English and says why.
          if (failed) dispatchChartError(this, errorDetail(failed, this._messages));
          return super.scheduleUpdate();
        })
      : super.scheduleUpdate();
  }

  /**
   * A chart with data, until the page's first layout has reported its width and place, renders nothing but its
   * sized wrapper; then everything renders once, at its width. (Loading, empty and error states need no width.) A
   * `width` given to a chart drawn at once (`loading="eager"`) needs no report.
   */
  private get _unmeasured(): boolean {
    if (this._state !== 'ready') return false;
    const eager = this.getAttribute('loading') === 'eager' || this.loading === 'eager';
    return !(this.width !== undefined && this.width > 0 && eager) && this._widths.measured !== undefined;
  }

  /** Complete once the chart has rendered at its width, not at its placeholder. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    if (!this._unmeasured) return first;
    await this._widths.measured;
    return super.getUpdateComplete();
  }

  /** The shadow root holds the wrapper and its sizer; templates render into the wrapper, after the sizer. */
  protected override createRenderRoot(): HTMLElement {
    const root = super.createRenderRoot();
    this._base.setAttribute('part', 'base');
    // Its padding is there before the first render (the sizer's width is the drawing's), with room kept for the
    // chart (`pending`) so the page's scrollbar does not come or go when it is rendered.
    this._base.className = 'base auto pending';
    this._base.append(this._sizer);
    root.append(this._base);
    this.renderOptions.renderBefore = null;
    return this._base;
  }

  protected override update(changed: PropertyValues<this>): void {
    const optionTheme = this._options.theme;
    const theme = optionTheme === 'light' || optionTheme === 'dark' ? optionTheme : (this._contextTheme ?? 'auto');
    // Written only when they change: setting `lang`, even to the same value, restyles the whole shadow tree.
    const className = `base ${theme}${this._unmeasured ? ' pending' : ''}`;
    if (this._base.className !== className) this._base.className = className;
    const lang = this._messages.language;
    if (this._base.lang !== lang) this._base.lang = lang;
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this._willUpdate(changed);
    } catch (error) {
      // Nothing an attribute, a property or the data holds may throw into the page.
      this._series = undefined;
      this._fail(error, 'render-failed');
    }
  }

  private _willUpdate(changed: PropertyValues<this>): void {
    this._options = readOptions(this);
    if (this._options.loading === 'eager') this._nearness.bringNear();
    if (
      changed.has('data') ||
      changed.has('src') ||
      changed.has('taxonomy') ||
      changed.has('format') ||
      changed.has('preview') ||
      changed.has('policy')
    ) {
      const { format, timeout, maxBytes } = this._options;
      this._loader.load({
        data: this.data,
        src: this.src,
        preview: this.preview,
        policy: this.policy,
        taxonomy: this.taxonomy,
        format,
        timeout,
        maxBytes,
      });
    }
    if (
      changed.has('_input' as keyof CateChart) ||
      changed.has('section') ||
      changed.has('quarters') ||
      changed.has('organizations') ||
      changed.has('taxonomy') ||
      changed.has('policy')
    ) {
      this._derive();
    }
    const described =
      changed.has('_series' as keyof CateChart) ||
      changed.has('_state' as keyof CateChart) ||
      changed.has('kind') ||
      changed.has('locale') ||
      changed.has('heading') ||
      changed.has('taxonomy');
    if (described) this._describe();
    if (
      described ||
      changed.has('_width' as keyof CateChart) ||
      changed.has('height') ||
      this._nearness.near !== this._arrangedNear
    )
      this._arrange();
  }

  /** The series to show, from the loaded input (all in core); the empty state when there is none. */
  private _derive(): void {
    if (!this._input) {
      this._series = undefined;
      if (this._state !== 'loading' && this._state !== 'error') this._state = this.src ? 'idle' : 'empty';
      return;
    }
    try {
      this._series = seriesFromInput(this._input, {
        taxonomy: this._taxonomy,
        section: this.section,
        quarters: this.quarters || undefined,
        organizations: this.organizations || undefined,
        policy: this.policy,
      });
      this._error = undefined;
      this._state = this._series && hasContent(this._series) ? 'ready' : 'empty';
    } catch (error) {
      this._series = undefined;
      this._fail(error);
    }
  }

  /** What does not depend on the size: the kind, the measure, the summary, the table's content, the footnotes. */
  private _describe(): void {
    const series = this._series;
    this._description = undefined;
    if (!series || this._state !== 'ready') return;
    try {
      // New data: a hidden data table is made again when the browser is next idle (as after the first draw), never
      // left showing the old numbers; until then it is absent. A shown table is patched at once.
      if (this._describedAt > 0 && this._tableWanted && !this.showTable && !this._print.printing) {
        this._tableWanted = false;
        this._cancelTableIdle?.();
        this._cancelTableIdle = undefined;
      }
      this._describedAt++;
      this._description = describeChart(series, {
        kind: this._options.kind,
        requestedKind: this.kind,
        // The heading says the title, once: the summary and the table's caption begin "Chart: …" instead.
        title: this._messages.untitled,
        locale: this._options.locale,
        section: this._section,
        messages: this._messages,
      });
      this._kind = this._description.kind;
      this._navigator.keepWithin(series.quarters.length, series.categories.length);
    } catch (error) {
      this._fail(error, 'render-failed');
    }
  }

  /** Layout: pure scales and positions for the current size and kind. */
  private _arrange(): void {
    const series = this._series;
    this._layout = undefined;
    this._arrangedNear = this._nearness.near;
    if (!series || this._state !== 'ready') return;
    // A chart far from the viewport is drawn when it comes near (or when the browser is idle).
    if (!this._arrangedNear && this._kind !== 'table' && this._kind !== 'stat') return;
    try {
      const width = this._print.printing ? this._width : (this._options.width ?? this._width);
      this._layout = arrangeChart(series, {
        kind: this._kind,
        width,
        height: this._options.height,
        locale: this._options.locale,
      });
    } catch (error) {
      this._fail(error, 'render-failed');
    }
  }

  /** Every failure ends here: a readable message in the element and one `cate-error` event; nothing is thrown. */
  private _fail(error: unknown, fallback: ChartErrorDetail['code'] = 'invalid-data'): void {
    this._error = errorDetail(error, this._messages, fallback);
    this._state = 'error';
    this._layout = undefined;
  }

  protected override updated(): void {
    this._events.report({
      problems: this._options.problems,
      error: this._error,
      drawn: this._state === 'ready' ? this._layout : undefined,
      section: this._series?.section ?? this.section,
      kind: this._kind,
      messages: this._messages,
    });
    placeTooltip(this.renderRoot, this._layout, this._navigator.active);
    // A new drawing is painted before idle time builds data tables (this one's or another chart's).
    if (this._layout && this._layout !== this._committedLayout) drawingCommitted();
    this._committedLayout = this._layout;
    if (this._state === 'ready' && !this._tableWanted && !this._cancelTableIdle)
      this._cancelTableIdle = whenIdle(() => {
        this._tableWanted = true;
        this.requestUpdate();
        return this.updateComplete;
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._cancelTableIdle?.();
    this._cancelTableIdle = undefined;
  }

  private _title(): string {
    const section = this._section;
    return (
      this.heading ||
      section?.chartTitle ||
      section?.title ||
      this._series?.section ||
      this.section ||
      this._messages.untitled
    );
  }

  /** The footnotes that describe the data (not the chart's style). */
  private _dataFootnotes(): string[] {
    const description = this._description;
    if (!description) return [];
    const fallback = description.fellBack ? this._messages.kindFallback(this.kind) : undefined;
    return description.footnotes.filter((note) => note !== fallback);
  }

  private _cellSentence(cell: CellView): string {
    return cellSentence(cell, this._layout!, {
      messages: this._messages,
      measure: this._description?.measure ?? 'count',
      unit: this._series?.unit ?? 'clients',
      unitLabel: this._section?.unitLabel,
    });
  }

  private _toggleTable(): void {
    this.showTable = !this.showTable;
  }

  /** Moves focus past the data table (the skip link's target is in this shadow root, out of reach of a fragment). */
  private _skipTable(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#after-table')?.focus();
  }

  /**
   * The published series as CSV: a header row, then quarter, category, count and its status (published,
   * suppressed, not reported), shares when published, members reporting; the published totals; the title and
   * footnotes last. Words follow `locale`. Built from the SafeSeries only, so no hidden value can be in it.
   * Throws a ChartError (code `export-failed`) when there is no data yet.
   */
  toCSV(): string {
    return this._exports.toCSV();
  }

  /**
   * The chart as a standalone SVG document: heading, description, legend, drawing and footnotes as SVG text,
   * computed styles inlined (no stylesheet, no custom properties), `role="img"`, `<title>` and the summary as
   * `<desc>`. Only for drawn kinds (not `table` or `stat`): otherwise throws a ChartError `export-failed`.
   */
  toSVG(): string {
    return this._exports.toSVG();
  }

  /**
   * The SVG of `toSVG()` drawn on a canvas as a PNG, `scale` pixels per CSS pixel (default 2). Needs `img-src blob:`
   * under a Content-Security-Policy; when the image cannot be made it rejects with a ChartError `export-failed`
   * (and fires `cate-error`).
   */
  toPNG(scale = 2): Promise<Blob> {
    return this._exports.toPNG(scale);
  }

  /**
   * Copies the data table as shown (formatted values, hidden cells in words, footnotes) to the clipboard as
   * tab-separated text and as an HTML table. If the browser refuses, the table is shown so it can be selected, a
   * message says so, and the promise rejects (ChartError `export-failed`).
   */
  copyTable(): Promise<void> {
    return this._exports.copyTable();
  }

  /** Saves the CSV (UTF-8 with a byte-order mark, for spreadsheets), SVG or PNG as a file named after the section. */
  download(kind: ExportKind): Promise<void> {
    return this._exports.download(kind);
  }

  /**
   * A shown table scrolls sideways when wide, so its region takes focus for keyboard scrolling. The region is a
   * landmark: its name carries the title, so the regions of a page of charts are told apart.
   */
  private _renderVisibleTable(table: Element): TemplateResult {
    const name = this._messages.tableCaption(this._title());
    return html`<div id="data-table" class="table-wrap" tabindex="0" role="region" aria-label=${name}>${table}</div>`;
  }

  /**
   * The data table, always in the accessibility tree, between a skip link and the place it jumps to: a
   * screen-reader user reading line by line can pass it. The skip link is for browse mode, not a tab stop (the
   * table itself has at most one), and shows itself when focused.
   */
  private _renderTableBlock(table: Element, visible: boolean): TemplateResult {
    const m = this._messages;
    return html`<a class="skip-link" href="#after-table" tabindex="-1" @click=${this._skipTable}>${m.skipTable}</a>${
      visible ? this._renderVisibleTable(table) : html`<div id="data-table" class="sr-only">${table}</div>`
    }<span id="after-table" class="sr-only" tabindex="-1" .textContent=${m.tableEnd}></span>`;
  }

  private _renderChart(series: SafeSeries, description: ChartDescription): TemplateResult {
    const m = this._messages;
    const layout = this._layout;
    const kind = this._kind;
    const footnotes = description.footnotes;
    const caption = m.tableCaption(m.untitled);
    // The data table is built when asked for, or when the browser is idle after the first draw (before that, the
    // "Show data table" button builds it at once).
    const wanted = kind === 'table' || this.showTable || this._tableWanted;
    // Keyed by the description (made again for new data, a new kind or locale) and the words around it.
    const table = wanted
      ? this._tablePart.get(`${this._describedAt}\n${caption}\n${m.quarterHeader}`, description.tableView, {
          caption,
          quarter: m.quarterHeader,
        })
      : undefined;
    const many = series.categories.length > 1;
    const drawing = kind !== 'table' && kind !== 'stat';
    const navigator = this._navigator;
    let figure: TemplateResult | typeof nothing = nothing;
    if (kind === 'stat' && layout) {
      figure = renderStat(
        layout.cells.map((row) => row[0]!),
        layout.quarters,
        this._section?.unitLabel?.other ?? m.unitNoun(series.unit),
        m,
      );
    } else if (drawing && layout) {
      figure = html`<div
        part="plot"
        class="plot"
        tabindex="0"
        role="application"
        aria-label=${m.chartRole}
        aria-describedby="instructions-text"
        @keydown=${navigator.onKeyDown}
        @blur=${navigator.onBlur}
        @pointermove=${navigator.onPointer}
        @pointerdown=${navigator.onPointer}
        @pointerleave=${navigator.onPointerLeave}
      ><div class="drawing" .style=${`contain-intrinsic-size:auto ${layout.width}px auto ${layout.height}px`}><svg part="svg" class="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">${renderSvgChart(layout, { idPrefix: this._id, active: navigator.active })}</svg></div>${renderTooltip(layout, navigator.active, navigator.pointer, (cell) => this._cellSentence(cell))}</div><span id="instructions-text" hidden .textContent=${m.instructions}></span>`;
    } else if (drawing) {
      figure = html`<div class="plot-pending"></div>`;
    }
    const legend = many && drawing && layout ? this._legend(layout) : nothing;
    // Footnotes change with the data, rarely: the same words keep the same list.
    const notes = footnotes.length ? this._footnotesPart.get(footnotes.join('\n'), footnotes) : nothing;
    // Compact on purpose: no whitespace between elements (spacing comes from CSS), few child bindings.
    return html`${legend}${figure}<p id="summary" part="summary" class=${this.showSummary ? 'summary' : 'sr-only'} .textContent=${description.summary}></p>${
      kind === 'table' && table ? this._renderTableBlock(table, true) : nothing
    }${notes}<div class="toolbar">${
      kind !== 'table'
        ? html`<button part="table-toggle" type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="data-table" @click=${this._toggleTable}>${this.showTable ? m.hideTable : m.showTable}</button>`
        : nothing
    }${this.noExport ? nothing : this._exportMenu.render(m, drawing)}${
      drawing
        ? html`<details class="instructions"><summary .textContent=${m.instructionsLabel}></summary><p .textContent=${m.instructions}></p></details>`
        : nothing
    }<span part="export-status" class="export-status" role="status" .textContent=${this._exports.status}></span></div>${
      kind !== 'table' && table ? this._renderTableBlock(table, this.showTable) : nothing
    }`;
  }

  /** The legend of a drawn chart, made again only when its categories, keys or words change (not on resize). */
  private _legend(layout: ChartLayout): Element | typeof nothing {
    const m = this._messages;
    const title = this._section?.legendTitle;
    const options = {
      label: m.legendLabel,
      line: this._kind === 'line',
      title,
      layout,
      statusKeys: { suppressed: m.legendSuppressed, notReported: m.legendNotReported },
      ...(layout.groups ? { groups: layout.groups } : {}),
    };
    if (!hasLegend(options)) return nothing;
    const key = JSON.stringify([
      options.label,
      options.line,
      title,
      layout.has.suppressed,
      layout.has.notReported,
      options.statusKeys,
      layout.categories.map((c) => [c.label, c.color, c.shape, c.fill, c.subtotal, c.group]),
      layout.groups,
      listsCategories(options),
    ]);
    return this._legendPart.get(key, layout.categories, options);
  }

  private _renderBody(): TemplateResult | typeof nothing {
    const m = this._messages;
    switch (this._state) {
      case 'loading':
      case 'idle':
        return html`<p part="message" class="message" role="status" .textContent=${this.src || this.data ? m.loading : m.noSource}></p>`;
      case 'error': {
        // The first problems with where they are (row, column or path), for the coordinator (core's messages are
        // in English and never quote a hidden value).
        // A policy breach is named in words by core ("Europe, Q4 2024"): its index paths are not shown, so no
        // number near a hidden count appears in the page.
        const located =
          m.language !== 'en'
            ? []
            : this._error?.code === 'unsafe-data'
              ? (this._error.problems ?? []).slice(0, 3).map((p) => cut(p.message, 200))
              : locatedProblems(this._error?.problems, 3);
        const more = (this._error?.problems?.filter((p) => p.severity === 'error').length ?? 0) - located.length;
        return html`<div part="message" class="message error" role="alert"><strong>${m.errorTitle}.</strong> ${this._error?.message ?? ''}${
          located.length
            ? html`<ul class="problems">${located.map((p) => html`<li>${p}</li>`)}${more > 0 && located.length ? html`<li>…</li>` : nothing}</ul>`
            : nothing
        }</div>`;
      }
      case 'empty':
        return html`<p part="message" class="message" role="status" .textContent=${this._input || this.src ? m.empty : m.noSource}></p>`;
      case 'ready':
        try {
          return this._series && this._description ? this._renderChart(this._series, this._description) : nothing;
        } catch {
          return html`<div part="message" class="message error" role="alert">${m.errors['render-failed']}</div>`;
        }
    }
  }

  /** What could not be used among the attributes and properties, said above the chart (which uses defaults). */
  private _renderOptionProblems(): TemplateResult | typeof nothing {
    const problems = this._options.problems;
    if (!problems.length) return nothing;
    const m = this._messages;
    return html`<div part="message" class="message error attribute-problems" role="alert"><ul class="problems">${problems.map(
      (p) => html`<li>${m.errors['invalid-attribute'](p.attribute, p.value, p.expected)}</li>`,
    )}</ul></div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this._unmeasured) return nothing;
    try {
      return this._render();
    } catch {
      // A template that cannot be made from this data is an error state, never an exception in the page.
      return html`<div part="message" class="message error" role="alert">${messagesFor('en').errors['render-failed']}</div>`;
    }
  }

  private _render(): TemplateResult {
    const section = this._section;
    const description = this.description || section?.description;
    const notes = section?.notes ?? [];
    // Compact on purpose: no whitespace between elements (spacing comes from CSS), text set as a property (no
    // marker). The wrapper (`part="base"`, its theme and language) and the sizer are the shadow root's own.
    return html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${this._options.headingLevel} .textContent=${this._title()}></div><div class="preview-status" role="status">${
      this.preview ? html`<p part="preview-banner" class="preview-banner">${this._messages.previewBanner}</p>` : nothing
    }</div>${description ? html`<p part="description" class="description" .textContent=${description}></p>` : nothing}${this._renderOptionProblems()}${this._renderBody()}${
      notes.length && this._state === 'ready'
        ? html`<details part="notes" class="notes"><summary>${notes.map((n) => n.title).join('; ')}</summary>${notes.map((n) => html`<p>${n.text}</p>`)}</details>`
        : nothing
    }<div class="sr-only" aria-live="polite" aria-atomic="true" .textContent=${this._navigator.announcement}></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cate-chart': CateChart;
  }
  interface HTMLElementEventMap {
    'cate-error': CustomEvent<ChartErrorDetail>;
    'cate-ready': CustomEvent<{ section: string; kind: ChartKind }>;
  }
}

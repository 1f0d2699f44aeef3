import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cateTaxonomy, type DisclosurePolicy, type SafeSeries, type Section, type Taxonomy } from '@cate/core';
import { chartHeight } from './layout/axes.js';
import { CHART_KINDS, resolveKind, type ChartKind } from './layout/kinds.js';
import { layoutChart } from './layout/layout-chart.js';
import { measureFor } from './layout/measure.js';
import { tableView, type TableView } from './layout/table-view.js';
import type { CellView, ChartLayout, Measure } from './layout/types.js';
import { catalogueReady, messagesFor, type Messages } from './messages.js';
import {
  attributeError,
  policyError,
  ChartError,
  fetchText,
  loadedPipeline,
  loadPipeline,
  type ChartErrorDetail,
  type ChartInput,
} from './load.js';
import { isLocalOrigin, publicFormatOf, publishedView, readPublicData } from './public-data.js';
import { renderLegend } from './renderers/legend.js';
import { renderStat } from './renderers/stat.js';
import { renderSvgChart } from './renderers/svg-chart.js';
import { renderTable } from './renderers/table.js';
import { periodLabel } from './layout/periods.js';
import { chartStyles, contextStyles, exportStyles, printStyles } from './styles.js';
import {
  seriesToCSV,
  standaloneSvg,
  svgToPng,
  tableToClipboard,
  writeClipboard,
  type StandaloneSvg,
  type TextStyle,
} from './export/index.js';
import { summarize } from './summary.js';
import { isolate } from './safety/bidi.js';
import { CHART_MAX_BYTES } from './safety/limits.js';
import {
  cut,
  locatedProblems,
  readChoice,
  effectiveLocale,
  readNumber,
  shownValue,
  taxonomyShapeProblem,
  TAXONOMY_EXPECTED,
  type AttributeProblem,
} from './safety/options.js';

type State = 'idle' | 'loading' | 'ready' | 'empty' | 'error';
type Pipeline = typeof import('./pipeline.js');
type Position = { q: number; c: number };
/** What `download()` saves. */
export type ExportKind = 'csv' | 'svg' | 'png';

/** Width in CSS px a chart is laid out at for print, unless `--cate-print-width` says otherwise: a Letter or A4 page's text width. */
const PRINT_WIDTH = 640;
const MIME: Record<ExportKind, string> = { csv: 'text/csv;charset=utf-8', svg: 'image/svg+xml', png: 'image/png' };
const THEMES = ['light', 'dark', 'auto'] as const;
const FORMATS = ['json', 'csv'] as const;
const DATA_EXPECTED = 'a cate-publication@1 document, a published series, or (with preview) an array of submissions';

/** The attributes and properties as the element uses them: each checked, a default where one was not usable. */
interface Options {
  locale: string;
  height: number | undefined;
  width: number | undefined;
  timeout: number;
  maxBytes: number;
  headingLevel: number;
  theme: 'light' | 'dark' | 'auto';
  kind: ChartKind | undefined;
  format: 'json' | 'csv' | undefined;
  problems: AttributeProblem[];
}

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
 * Keyboard: one tab stop. Left/Right move between quarters, Up/Down between categories, Home/End jump to the
 * first/last quarter, Ctrl+Home/Ctrl+End to the first/last cell, Escape stops exploring. The focused value is
 * shown in a tooltip and announced; an arrow against an edge says so. A pointer or touch on a mark shows its value.
 *
 * Reading order: heading, description, legend, drawing, summary, footnotes, controls, then the data table, which
 * a skip link (for screen readers in browse mode) jumps past.
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
  static override styles = [chartStyles, contextStyles, exportStyles, printStyles];

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
    _exportOpen: { state: true, attribute: false },
    _exportStatus: { state: true, attribute: false },
    _input: { state: true, attribute: false },
    _series: { state: true, attribute: false },
    _state: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _width: { state: true, attribute: false },
    _active: { state: true, attribute: false },
    _pointer: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
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
  /** The taxonomy whose sections can be drawn. Default: the CATE taxonomy. */
  declare taxonomy: Taxonomy;
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

  declare private _input: ChartInput | undefined;
  declare private _series: SafeSeries | undefined;
  declare private _state: State;
  declare private _error: ChartErrorDetail | undefined;
  declare private _width: number;
  declare private _active: Position | undefined;
  declare private _pointer: boolean;
  declare private _announcement: string;
  declare private _contextTheme: 'light' | 'dark' | undefined;
  declare private _exportOpen: boolean;
  declare private _exportStatus: string;

  private _options: Options = {
    locale: 'en',
    height: undefined,
    width: undefined,
    timeout: 15000,
    maxBytes: CHART_MAX_BYTES,
    headingLevel: 2,
    theme: 'auto',
    kind: undefined,
    format: undefined,
    problems: [],
  };
  private _reportedProblems = '';
  private _kind: ChartKind = 'grouped-bar';
  private _kindFellBack = false;
  private _layout: ChartLayout | undefined;
  private _measure: Measure = 'count';
  private _summary = '';
  private _tableView: TableView | undefined;
  private _footnoteList: string[] = [];
  private _announceToken = 0;
  private _load: AbortController | undefined;
  private readonly _id = `cate-${++instances}`;
  private readonly _resizeObserver: ResizeObserver | undefined;
  private _observed: Element | undefined;
  private _reportedError: ChartErrorDetail | undefined;
  private _reportedLayout: ChartLayout | undefined;
  /** The width on screen while laid out for print. */
  private _screenWidth: number | undefined;
  private readonly _printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private readonly _onBeforePrint = () => this._layOutForPrint(true);
  private readonly _onAfterPrint = () => this._layOutForPrint(false);
  private readonly _onPrintMedia = (event: MediaQueryListEvent) => this._layOutForPrint(event.matches);
  private readonly _onDocumentPointerDown = (event: PointerEvent) => this._closeExportOutside(event);

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
    this.taxonomy = cateTaxonomy;
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
    this._exportOpen = false;
    this._exportStatus = '';
    this._input = undefined;
    this._series = undefined;
    this._state = 'idle';
    this._error = undefined;
    this._width = 0;
    this._active = undefined;
    this._pointer = false;
    this._announcement = '';
    this._contextTheme = undefined;
    this._resizeObserver =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver((entries) => this._onResize(entries));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Shadow DOM cannot see the page's classes: read the nearest theme class once (`:host-context` covers Chromium live).
    const themed = this.closest('.cate-dark, .cate-light');
    this._contextTheme = themed ? (themed.classList.contains('cate-dark') ? 'dark' : 'light') : undefined;
    if (this._observed) this._resizeObserver?.observe(this._observed);
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
    this._printQuery?.addEventListener('change', this._onPrintMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._load?.abort();
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._printQuery?.removeEventListener('change', this._onPrintMedia);
    document.removeEventListener('pointerdown', this._onDocumentPointerDown, true);
  }

  private get _messages(): Messages {
    return messagesFor(this._options.locale);
  }

  /** The taxonomy when it has the shape the element reads; the CATE taxonomy otherwise (and then nothing is drawn). */
  private get _taxonomy(): Taxonomy {
    const taxonomy = this.taxonomy;
    return taxonomy && taxonomy !== cateTaxonomy && taxonomyShapeProblem(taxonomy) !== undefined
      ? cateTaxonomy
      : (taxonomy ?? cateTaxonomy);
  }

  private get _section(): Section | undefined {
    const id = this._series?.section ?? this.section;
    return this._taxonomy.sections.find((s) => s.id === id);
  }

  /** Every attribute and property checked: what is used, and what could not be (said above the chart). */
  private _readOptions(): Options {
    const problems: AttributeProblem[] = [];
    const locale = effectiveLocale(this, this.locale, problems);
    const height = readNumber(this, 'height', this.height, { min: 80, max: 4000 }, problems);
    const width = readNumber(this, 'width', this.width, { min: 120, max: 4000 }, problems);
    const timeout = readNumber(this, 'timeout', this.timeout, { min: 1, max: 600_000 }, problems);
    const maxBytes = readNumber(this, 'max-bytes', this.maxBytes, { min: 1, max: 2 ** 31, integer: true }, problems);
    const headingLevel = readNumber(
      this,
      'heading-level',
      this.headingLevel,
      { min: 1, max: 6, integer: true },
      problems,
    );
    const theme = readChoice(this, 'theme', this.theme, THEMES, problems);
    const kind = readChoice(this, 'kind', this.kind, CHART_KINDS, problems);
    const format = readChoice(this, 'format', this.format, FORMATS, problems);
    return {
      locale,
      height,
      width,
      timeout: timeout ?? 15000,
      maxBytes: maxBytes ?? CHART_MAX_BYTES,
      headingLevel: headingLevel ?? 2,
      theme: theme ?? 'auto',
      kind,
      format,
      problems,
    };
  }

  /** A wrong `taxonomy` property: nothing can be looked up in it, so nothing is drawn. */
  private _taxonomyError(): ChartError | undefined {
    const taxonomy = this.taxonomy;
    if (taxonomy === cateTaxonomy || taxonomy === undefined || taxonomy === null) return undefined;
    const where = taxonomyShapeProblem(taxonomy);
    if (where === undefined) return undefined;
    return attributeError('invalid-attribute', {
      attribute: 'taxonomy',
      value: where === '(the taxonomy itself)' ? shownValue(taxonomy) : `a taxonomy whose ${where} is not usable`,
      expected: TAXONOMY_EXPECTED,
    });
  }

  /** A locale whose catalogue is not loaded yet (the browser bundle's Spanish) waits for it: no English flash. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = catalogueReady(effectiveLocale(this, this.locale, []));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
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
    this._options = this._readOptions();
    if (
      changed.has('data') ||
      changed.has('src') ||
      changed.has('taxonomy') ||
      changed.has('format') ||
      changed.has('preview') ||
      changed.has('policy')
    ) {
      this._acquire();
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
    if (described || changed.has('_width' as keyof CateChart) || changed.has('height')) this._arrange();
  }

  /**
   * Load: published data in `data` is checked synchronously, by `src` once fetched; raw submissions go to the
   * preview pipeline (loaded on first use), or are refused without `preview`. A newer load aborts the previous one.
   */
  private _acquire(): void {
    this._load?.abort();
    const load = new AbortController();
    this._load = load;
    const data = this.data;
    const taxonomy = this._taxonomy;
    const wrongTaxonomy = this._taxonomyError() ?? policyError(this.policy);
    if (wrongTaxonomy) {
      this._input = undefined;
      this._fail(wrongTaxonomy);
      return;
    }
    if (data !== undefined && data !== null) {
      if (Array.isArray(data)) {
        // Nothing yet is the empty state, not raw data.
        if (data.length === 0) this._accept(load, () => ({ type: 'submissions', submissions: [] }));
        else this._acceptRaw(load, (pipeline) => pipeline.inputFromData(data, taxonomy));
        return;
      }
      if (publicFormatOf(data)) {
        this._accept(load, () => readPublicData(data, this.policy));
        return;
      }
      this._input = undefined;
      this._fail(
        attributeError('invalid-data', { attribute: 'data', value: shownValue(data), expected: DATA_EXPECTED }),
      );
      return;
    }
    this._input = undefined;
    if (!this.src) return;
    this._startLoading();
    const src = this.src;
    const format = this._options.format;
    fetchText(src, { timeout: this._options.timeout, signal: load.signal, maxBytes: this._options.maxBytes }).then(
      ({ text, contentType }) => {
        if (load.signal.aborted) return;
        let json: unknown;
        const trimmed = text.trimStart();
        if (format !== 'csv' && (trimmed.startsWith('{') || format === 'json' || /json/i.test(contentType ?? ''))) {
          try {
            json = JSON.parse(text);
          } catch (error) {
            this._fail(new ChartError('invalid-json', `Invalid JSON: ${cut((error as Error).message)}`));
            return;
          }
        }
        if (publicFormatOf(json)) this._accept(load, () => readPublicData(json, this.policy));
        else
          this._acceptRaw(load, (pipeline) =>
            pipeline.inputFromText(text, {
              taxonomy,
              file: src,
              format,
              contentType,
              policy: this.policy,
            }),
          );
      },
      (error: unknown) => !load.signal.aborted && this._fail(error),
    );
  }

  /**
   * Raw submissions: refused unless this is a preview on this computer; then read by the pipeline (loaded on
   * first use). Whatever a visitor's browser receives is published, so raw data is never drawn elsewhere.
   */
  private _acceptRaw(load: AbortController, read: (pipeline: Pipeline) => ChartInput | undefined): void {
    if (!this.preview || !isLocalOrigin(window.location)) {
      this._input = undefined;
      this._fail(
        this.preview
          ? new ChartError('preview-not-local', 'A preview of raw data is drawn only on this computer.')
          : new ChartError(
              'raw-data-refused',
              'Raw submissions are not drawn in public: publish them, or add preview.',
            ),
      );
      return;
    }
    const ready = loadedPipeline();
    if (ready) {
      this._accept(load, () => read(ready));
      return;
    }
    this._startLoading();
    loadPipeline().then(
      (pipeline) => this._accept(load, () => read(pipeline)),
      (error: unknown) => !load.signal.aborted && this._fail(error),
    );
  }

  private _startLoading(): void {
    this._input = undefined;
    this._state = 'loading';
    this._error = undefined;
  }

  /** Takes a loaded input unless a newer load has started; a failure becomes the error state. */
  private _accept(load: AbortController, read: () => ChartInput | undefined): void {
    if (load.signal.aborted) return;
    try {
      const input = read();
      if (!input)
        throw new ChartError(
          'invalid-data',
          'The data property must be a publication, a published series or submissions.',
        );
      this._input = input;
    } catch (error) {
      this._input = undefined;
      this._fail(error);
    }
  }

  /** Published data: select the section and quarters; a preview's submissions: aggregate and protect. All in core. */
  private _derive(): void {
    if (!this._input) {
      this._series = undefined;
      if (this._state !== 'loading' && this._state !== 'error') this._state = this.src ? 'idle' : 'empty';
      return;
    }
    try {
      const request = {
        taxonomy: this._taxonomy,
        section: this.section,
        quarters: this.quarters || undefined,
        organizations: this.organizations || undefined,
        policy: this.policy,
      };
      // Submissions only arrive through the pipeline (or empty), so it is loaded whenever they hold anything.
      const input = this._input;
      this._series =
        input.type !== 'submissions'
          ? publishedView(input, request)
          : input.submissions.length === 0
            ? undefined
            : loadedPipeline()!.seriesFromSubmissions(input.submissions, request);
      if (!this._series) {
        this._error = undefined;
        this._state = 'empty';
        return;
      }
      this._error = undefined;
      this._state = this._hasContent(this._series) ? 'ready' : 'empty';
    } catch (error) {
      this._series = undefined;
      this._fail(error);
    }
  }

  private _hasContent(series: SafeSeries): boolean {
    return (
      series.quarters.length > 0 &&
      series.categories.length > 0 &&
      series.cells.some((row) => row.some((cell) => cell.status !== 'not-reported'))
    );
  }

  /** What does not depend on the size: the kind, the measure, the summary, the table's content, the footnotes. */
  private _describe(): void {
    const series = this._series;
    this._tableView = undefined;
    this._footnoteList = [];
    if (!series || this._state !== 'ready') return;
    try {
      const m = this._messages;
      const { kind, fellBack } = resolveKind(this._options.kind, series);
      this._kind = kind;
      this._kindFellBack = fellBack;
      this._measure = measureFor(kind, series);
      const unitLabel = this._section?.unitLabel;
      this._summary = summarize(series, {
        title: this._title(),
        locale: this._options.locale,
        measure: this._measure,
        unitLabel,
      });
      this._tableView = tableView(series, {
        measure: this._measure,
        locale: this._options.locale,
        messages: m,
        ...(unitLabel ? { unitNoun: unitLabel.other } : {}),
      });
      this._footnoteList = this._footnotes(series);
      if (this._active && (this._active.q >= series.quarters.length || this._active.c >= series.categories.length))
        this._active = undefined;
    } catch (error) {
      this._fail(error, 'render-failed');
    }
  }

  /** Layout: pure scales and positions for the current size and kind. */
  private _arrange(): void {
    const series = this._series;
    const kind = this._kind;
    this._layout = undefined;
    if (!series || this._state !== 'ready') return;
    try {
      const width = this._screenWidth === undefined ? (this._options.width ?? this._width) : this._width;
      if (width > 0 || kind === 'table' || kind === 'stat') {
        this._layout = layoutChart(series, {
          kind,
          width: width || 320,
          height: this._options.height ?? chartHeight(width || 320),
          locale: this._options.locale,
        });
      }
    } catch (error) {
      this._fail(error, 'render-failed');
    }
  }

  /** Every failure ends here: a readable message in the element and one `cate-error` event; nothing is thrown. */
  private _fail(error: unknown, fallback: ChartErrorDetail['code'] = 'invalid-data'): void {
    const m = this._messages;
    let detail: ChartErrorDetail;
    if (error instanceof ChartError) {
      const format = m.errors[error.code] as string | ((...args: Array<string | number>) => string);
      // Values from the page or the data (a URL, a section id, a quarter range) are cut short in a message.
      const args = error.args.map((a) => (typeof a === 'string' ? cut(a) : a));
      const message = typeof format === 'function' ? format(...args) : format;
      detail = {
        code: error.code,
        message,
        ...(error.problems ? { problems: error.problems } : {}),
        ...(error.attribute ?? {}),
      };
    } else {
      const problems = (error as { problems?: ChartErrorDetail['problems'] } | undefined)?.problems;
      const message = m.errors[fallback];
      detail = {
        code: fallback,
        message: typeof message === 'string' ? message : m.errors['render-failed'],
        ...(problems ? { problems } : {}),
      };
    }
    this._error = detail;
    this._state = 'error';
    this._layout = undefined;
  }

  protected override updated(): void {
    const problems = this._options.problems;
    const key = problems.map((p) => `${p.attribute}=${p.value}`).join('\n');
    if (key !== this._reportedProblems) {
      this._reportedProblems = key;
      const m = this._messages;
      for (const p of problems) {
        const detail: ChartErrorDetail = {
          code: 'invalid-attribute',
          message: m.errors['invalid-attribute'](p.attribute, p.value, p.expected),
          ...p,
        };
        this.dispatchEvent(new CustomEvent<ChartErrorDetail>('cate-error', { detail, bubbles: true, composed: true }));
      }
    }
    if (this._error && this._error !== this._reportedError) {
      this._reportedError = this._error;
      this.dispatchEvent(
        new CustomEvent<ChartErrorDetail>('cate-error', { detail: this._error, bubbles: true, composed: true }),
      );
    }
    if (!this._error) this._reportedError = undefined;
    if (this._state === 'ready' && this._layout && this._layout !== this._reportedLayout) {
      this._reportedLayout = this._layout;
      const detail = { section: this._series?.section ?? this.section, kind: this._kind };
      this.dispatchEvent(new CustomEvent('cate-ready', { detail, bubbles: true, composed: true }));
    }
    this._placeTooltip();
    const body = this.renderRoot.querySelector('.sizer') ?? undefined;
    if (body && body !== this._observed) {
      if (this._observed) this._resizeObserver?.unobserve(this._observed);
      this._observed = body;
      this._resizeObserver?.observe(body);
    }
  }

  /**
   * Positions the tooltip through the CSSOM: a strict Content-Security-Policy (no 'unsafe-inline') blocks style
   * attributes, which is what a first styleMap render writes, but not `element.style` properties.
   */
  private _placeTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const cell = this._active ? this._layout?.cells[this._active.q]?.[this._active.c] : undefined;
    if (!tooltip || !cell) return;
    tooltip.style.left = `${cell.anchor.x}px`;
    tooltip.style.top = `${cell.anchor.y}px`;
  }

  private _onResize(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    // Hidden (display: none) reports 0: keep the last drawing and wait to be shown. The observed box is a sizer of
    // zero height, so redrawing cannot resize it again within the same frame (no ResizeObserver loop).
    if (width > 0 && this._screenWidth !== undefined)
      this._screenWidth = width; // printing: the print width stays
    else if (width > 0 && Math.abs(width - this._width) >= 1) this._width = width;
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

  private _cellSentence(cell: CellView): string {
    const m = this._messages;
    const layout = this._layout!;
    const view = layout.categories[cell.c];
    // Labels from data are isolated: a right-to-left override in one cannot reverse the count beside it.
    const category =
      view?.group !== undefined
        ? m.groupedCategory(isolate(view.group), isolate(view.label))
        : isolate(view?.label ?? '');
    const quarter = isolate(layout.quarters[cell.q]?.label ?? '');
    if (cell.status === 'suppressed') return m.cellSuppressed(category, quarter);
    if (cell.status === 'not-reported') return m.cellNotReported(category, quarter);
    const unit = this._series?.unit ?? 'clients';
    const words = this._section?.unitLabel;
    const value =
      this._measure === 'share'
        ? words
          ? m.shareOfNoun(cell.text, words.other)
          : m.shareOf(cell.text, unit)
        : `${cell.text} ${words ? words[cell.value === 1 ? 'one' : 'other'] : m.unitNoun(unit, cell.value)}`;
    return m.cellText(category, quarter, value);
  }

  /** `edge`: said first when an arrow key could not move (the position is the same). */
  private _setActive(position: Position | undefined, announce: boolean, edge?: string): void {
    this._active = position;
    const cell = position ? this._layout?.cells[position.q]?.[position.c] : undefined;
    if (!announce) return;
    const sentence = cell ? this._cellSentence(cell) : position ? '' : this._messages.leftChart;
    this._announce(edge && sentence ? `${edge} ${sentence}` : sentence);
  }

  /**
   * Sets the live region's text. A screen reader may not announce a text that did not change (a second arrow
   * against an edge, Home on the first quarter): the text is cleared, and set again on the next frame.
   */
  private _announce(text: string): void {
    const token = ++this._announceToken;
    if (!text || text !== this._announcement) {
      this._announcement = text;
      return;
    }
    this._announcement = '';
    requestAnimationFrame(() => {
      if (token === this._announceToken) this._announcement = text;
    });
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const layout = this._layout;
    if (!layout || layout.cells.length === 0) return;
    const nq = layout.quarters.length;
    const nc = layout.categories.length;
    const current = this._active;
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
        this._pointer = false;
        this._setActive(undefined, true);
        return;
      default:
        return;
    }
    event.preventDefault();
    this._pointer = false;
    const stuck = current !== undefined && current.q === q && current.c === c && event.key.startsWith('Arrow');
    this._setActive({ q, c }, true, stuck ? this._messages.edges[event.key as keyof Messages['edges']] : undefined);
  }

  private _onBlur(): void {
    if (!this._pointer) this._active = undefined;
  }

  /** Pointer and touch: the mark under the pointer (marks carry data-q/data-c) shows its tooltip. */
  private _onPointer(event: PointerEvent): void {
    const target = (event.target as Element | null)?.closest?.('[data-q]');
    if (!target) {
      if (event.type === 'pointerdown' && this._pointer) this._setActive(undefined, false);
      return;
    }
    const q = Number(target.getAttribute('data-q'));
    const c = Number(target.getAttribute('data-c'));
    if (this._active?.q === q && this._active.c === c) return;
    this._pointer = true;
    this._setActive({ q, c }, false);
  }

  private _onPointerLeave(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && this._pointer) {
      this._pointer = false;
      this._active = undefined;
    }
  }

  private _toggleTable(): void {
    this.showTable = !this.showTable;
  }

  /** Moves focus past the data table (the skip link's target is in this shadow root, out of reach of a fragment). */
  private _skipTable(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#after-table')?.focus();
  }

  /** The "Download" disclosure: a button and a list of buttons, closed by Escape (focus back on the button) or by leaving it. */
  private _renderExportMenu(drawing: boolean): TemplateResult | typeof nothing {
    if (this.noExport) return nothing;
    const x = this._messages.exports;
    const item = (label: string, kind: ExportKind | 'copy') =>
      html`<li><button type="button" @click=${() => this._exportFromMenu(kind)}>${label}</button></li>`;
    return html`<div class="export" part="export-menu" @keydown=${this._onExportKeyDown} @focusout=${this._onExportFocusOut}>
      <button part="export-toggle" type="button" class="export-toggle" aria-expanded=${this._exportOpen ? 'true' : 'false'} aria-controls="export-list" @click=${this._toggleExport}>
        ${x.menu}
      </button>
      <ul id="export-list" class="export-list" ?hidden=${!this._exportOpen}>
        ${item(x.csv, 'csv')}${drawing ? html`${item(x.svg, 'svg')}${item(x.png, 'png')}` : nothing}${item(x.copy, 'copy')}
      </ul>
    </div>`;
  }

  private _toggleExport(): void {
    if (this._exportOpen) return this._closeExport(false);
    this._exportOpen = true;
    this._exportStatus = '';
    document.addEventListener('pointerdown', this._onDocumentPointerDown, true);
  }

  private _closeExport(refocus: boolean): void {
    if (!this._exportOpen) return;
    this._exportOpen = false;
    document.removeEventListener('pointerdown', this._onDocumentPointerDown, true);
    if (refocus) this.renderRoot.querySelector<HTMLElement>('.export-toggle')?.focus();
  }

  /** A press anywhere else closes the menu (a focus change alone would not: Safari does not focus a clicked button). */
  private _closeExportOutside(event: PointerEvent): void {
    const menu = this.renderRoot.querySelector('.export');
    if (menu && !event.composedPath().includes(menu)) this._closeExport(false);
  }

  private _onExportKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this._exportOpen) return;
    event.preventDefault();
    event.stopPropagation();
    this._closeExport(true);
  }

  /** Tabbing out of the menu closes it: it is a disclosure, not a focus trap. */
  private _onExportFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as HTMLElement).contains(next)) this._closeExport(false);
  }

  private async _exportFromMenu(kind: ExportKind | 'copy'): Promise<void> {
    this._closeExport(true);
    try {
      await (kind === 'copy' ? this.copyTable() : this.download(kind));
    } catch {
      // Reported already: a cate-error event and the status beside the menu.
    }
  }

  /**
   * The published series as CSV: a header row, then quarter, category, count and its status (published,
   * suppressed, not reported), shares when published, members reporting; the published totals; the title and
   * footnotes last. Words follow `locale`. Built from the SafeSeries only, so no hidden value can be in it.
   * Throws a ChartError (code `export-failed`) when there is no data yet.
   */
  toCSV(): string {
    return this._exporting(() =>
      seriesToCSV(this._exportSeries(), {
        locale: this._options.locale,
        title: this._title(),
        footnotes: this._exportFootnotes(),
      }),
    );
  }

  /**
   * The chart as a standalone SVG document: heading, description, legend, drawing and footnotes as SVG text,
   * computed styles inlined (no stylesheet, no custom properties), `role="img"`, `<title>` and the summary as
   * `<desc>`. Only for drawn kinds (not `table` or `stat`): otherwise throws a ChartError `export-failed`.
   */
  toSVG(): string {
    return this._exporting(() => this._standaloneSvg().svg);
  }

  /**
   * The SVG of `toSVG()` drawn on a canvas as a PNG, `scale` pixels per CSS pixel (default 2). Needs `img-src blob:`
   * under a Content-Security-Policy; when the image cannot be made it rejects with a ChartError `export-failed`
   * (and fires `cate-error`).
   */
  async toPNG(scale = 2): Promise<Blob> {
    return this._exportingAsync(() => {
      const drawing = this._standaloneSvg();
      return svgToPng(drawing.svg, drawing, scale);
    });
  }

  /**
   * Copies the data table as shown (formatted values, hidden cells in words, footnotes) to the clipboard as
   * tab-separated text and as an HTML table. If the browser refuses, the table is shown so it can be selected, a
   * message says so, and the promise rejects (ChartError `export-failed`).
   */
  async copyTable(): Promise<void> {
    const m = this._messages;
    this._exportStatus = '';
    try {
      const view = this._tableView;
      if (!this._series || !view) throw new ChartError('export-failed', 'There is no data table yet.');
      await writeClipboard(
        tableToClipboard(
          view,
          { caption: m.tableCaption(this._title()), quarter: m.quarterHeader },
          this._footnoteList,
        ),
      );
      this._exportStatus = m.exports.copied;
    } catch (error) {
      if (this._series && this._tableView && this._kind !== 'table') this.showTable = true;
      throw this._exportFailed(error, m.exports.copyRefused);
    }
  }

  /** Saves the CSV (UTF-8 with a byte-order mark, for spreadsheets), SVG or PNG as a file named after the section. */
  async download(kind: ExportKind): Promise<void> {
    await this._exportingAsync(async () => {
      if (!(kind in MIME)) throw new ChartError('export-failed', `Unknown export "${String(kind)}".`);
      let blob: Blob;
      if (kind === 'png') {
        const drawing = this._standaloneSvg();
        blob = await svgToPng(drawing.svg, drawing);
      } else {
        const text =
          kind === 'csv'
            ? `\uFEFF${seriesToCSV(this._exportSeries(), { locale: this._options.locale, title: this._title(), footnotes: this._exportFootnotes() })}`
            : this._standaloneSvg().svg;
        blob = new Blob([text], { type: MIME[kind] });
      }
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${(this._series?.section || this.section || 'chart').replace(/[^\w-]+/g, '-')}.${kind}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    });
  }

  private _exportSeries(): SafeSeries {
    if (!this._series) throw new ChartError('export-failed', 'There is no data to export yet.');
    return this._series;
  }

  /** The footnotes that describe the data (not the chart's style). */
  private _exportFootnotes(): string[] {
    const fallback = this._kindFellBack ? this._messages.kindFallback(this.kind) : undefined;
    return this._footnoteList.filter((note) => note !== fallback);
  }

  private _standaloneSvg(): StandaloneSvg {
    const root = this.renderRoot;
    const chart = root.querySelector<SVGSVGElement>('svg.chart');
    const layout = this._layout;
    if (!chart || !layout || !this._series)
      throw new ChartError('export-failed', 'This chart has no drawing to export.');
    const base = root.querySelector<HTMLElement>('.base')!;
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
      title: this._title(),
      description: root.querySelector('[part=description]')?.textContent?.trim(),
      summary: this._summary,
      footnotes: this._exportFootnotes(),
      lang: this._messages.language,
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

  /** Runs an export; a failure is reported (event and status) and thrown as a ChartError `export-failed`. */
  private _exporting<T>(make: () => T): T {
    this._exportStatus = '';
    try {
      return make();
    } catch (error) {
      throw this._exportFailed(error);
    }
  }

  private async _exportingAsync<T>(make: () => Promise<T>): Promise<T> {
    this._exportStatus = '';
    try {
      return await make();
    } catch (error) {
      throw this._exportFailed(error);
    }
  }

  /** Says why an export failed beside the menu and in a `cate-error` event; the chart stays as it is. */
  private _exportFailed(error: unknown, message = this._messages.errors['export-failed']): ChartError {
    const failure =
      error instanceof ChartError && error.code === 'export-failed'
        ? error
        : new ChartError('export-failed', error instanceof Error ? error.message : String(error));
    this._exportStatus = message;
    const detail: ChartErrorDetail = { code: 'export-failed', message };
    this.dispatchEvent(new CustomEvent<ChartErrorDetail>('cate-error', { detail, bubbles: true, composed: true }));
    return failure;
  }

  /**
   * Before printing, the chart is laid out at the print width (at most its width on screen), synchronously, so the
   * printed drawing keeps its text size; after, at its screen width again.
   */
  private _layOutForPrint(printing: boolean): void {
    if (printing === (this._screenWidth !== undefined)) return;
    if (printing) {
      this._screenWidth = this._width;
      const custom = parseFloat(getComputedStyle(this).getPropertyValue('--cate-print-width'));
      const print = Number.isFinite(custom) && custom > 0 ? custom : PRINT_WIDTH;
      this._active = undefined;
      this._closeExport(false);
      this._width = this._width > 0 ? Math.min(this._width, print) : print;
    } else {
      this._width = this._screenWidth!;
      this._screenWidth = undefined;
    }
    if (this.isUpdatePending && this.isConnected) this.performUpdate();
  }

  private _footnotes(series: SafeSeries): string[] {
    const m = this._messages;
    const notes: string[] = [];
    // Every matrix the chart or table may read: counts, shares, totals.
    const cells = [...series.cells.flat(), ...(series.shares?.flat() ?? []), ...(series.quarterTotals ?? [])];
    if (cells.some((c) => c.status === 'suppressed'))
      notes.push(m.footnoteSuppressed(series.disclosure.threshold, series.disclosure.protectZeros));
    if (cells.some((c) => c.status === 'not-reported')) notes.push(m.footnoteNotReported);
    const partial = series.coverage.filter((c) => c.reported < c.expected);
    if (partial.length)
      notes.push(
        m.coverageNote(
          partial.map(
            (c) =>
              `${periodLabel(series, series.quarters.indexOf(c.quarter), this._options.locale)}, ${m.coverage(c.reported, c.expected)}`,
          ),
        ),
      );
    if (series.unit === 'clients') notes.push(m.clientsNotPeople);
    if (series.multiSelect) notes.push(m.multiSelectNote);
    if (this._kindFellBack) notes.push(m.kindFallback(this.kind));
    return notes;
  }

  private _renderTooltip(layout: ChartLayout): TemplateResult | typeof nothing {
    const cell = this._active ? layout.cells[this._active.q]?.[this._active.c] : undefined;
    if (!cell) return html`<div class="tooltip" part="tooltip" hidden></div>`;
    let text = this._cellSentence(cell);
    // A strip badge stands for several cells: name them all.
    const mark = layout.marks.find(
      (m) => m.type === 'placeholder' && m.cells.length > 1 && m.cells.some((k) => k.q === cell.q && k.c === cell.c),
    );
    if (mark?.type === 'placeholder' && this._pointer)
      text = mark.cells.map((k) => this._cellSentence(layout.cells[k.q]![k.c]!)).join('; ');
    return html`<div class="tooltip" part="tooltip" role="presentation">${text}</div>`;
  }

  /** A shown table scrolls sideways when wide, so its region takes focus for keyboard scrolling. */
  private _renderVisibleTable(table: TemplateResult, caption: string): TemplateResult {
    return html`<div id="data-table" class="table-wrap" tabindex="0" role="region" aria-label=${caption}>${table}</div>`;
  }

  /**
   * The data table, always in the accessibility tree, between a skip link and the place it jumps to: a
   * screen-reader user reading line by line can pass it. The skip link is for browse mode, not a tab stop (the
   * table itself has at most one), and shows itself when focused.
   */
  private _renderTableBlock(table: TemplateResult, caption: string, visible: boolean): TemplateResult {
    const m = this._messages;
    return html`<a class="skip-link" href="#after-table" tabindex="-1" @click=${this._skipTable}>${m.skipTable}</a>
      ${visible ? this._renderVisibleTable(table, caption) : html`<div id="data-table" class="sr-only">${table}</div>`}
      <span id="after-table" class="sr-only" tabindex="-1">${m.tableEnd}</span>`;
  }

  private _renderChart(series: SafeSeries): TemplateResult {
    const m = this._messages;
    const layout = this._layout;
    const kind = this._kind;
    const footnotes = this._footnoteList;
    const caption = m.tableCaption(this._title());
    const table = this._tableView
      ? renderTable(this._tableView, { caption, quarter: m.quarterHeader }, footnotes)
      : html``;
    const many = series.categories.length > 1;
    const drawing = kind !== 'table' && kind !== 'stat';
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
        role="group"
        aria-roledescription=${m.chartRole}
        aria-labelledby="heading"
        aria-describedby="summary instructions-text"
        @keydown=${this._onKeyDown}
        @blur=${this._onBlur}
        @pointermove=${this._onPointer}
        @pointerdown=${this._onPointer}
        @pointerleave=${this._onPointerLeave}
      >
        <svg part="svg" class="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
          ${renderSvgChart(layout, { idPrefix: this._id, active: this._active })}
        </svg>
        ${this._renderTooltip(layout)}
      </div>`;
    }
    return html`
      ${many && drawing ? renderLegend(layout?.categories ?? [], { label: m.legendLabel, line: kind === 'line', ...(layout?.groups ? { groups: layout.groups } : {}) }) : nothing}
      ${figure}
      <p id="summary" part="summary" class=${this.showSummary ? 'summary' : 'sr-only'}>${this._summary}</p>
      ${kind === 'table' ? this._renderTableBlock(table, caption, true) : nothing}
      ${footnotes.length ? html`<ul part="footnotes" class="footnotes">${footnotes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <div class="toolbar">
        ${
          kind !== 'table'
            ? html`<button part="table-toggle" type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="data-table" @click=${this._toggleTable}>
              ${this.showTable ? m.hideTable : m.showTable}
            </button>`
            : nothing
        }
        ${this._renderExportMenu(drawing)}
        ${
          drawing
            ? html`<details class="instructions"><summary>${m.instructionsLabel}</summary><p id="instructions-text">${m.instructions}</p></details>`
            : nothing
        }
        <span part="export-status" class="export-status" role="status">${this._exportStatus}</span>
      </div>
      ${kind !== 'table' ? this._renderTableBlock(table, caption, this.showTable) : nothing}
    `;
  }

  private _renderBody(): TemplateResult | typeof nothing {
    const m = this._messages;
    switch (this._state) {
      case 'loading':
      case 'idle':
        return html`<p part="message" class="message" role="status">${this.src || this.data ? m.loading : m.noSource}</p>`;
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
        return html`<p part="message" class="message" role="status">${this._input || this.src ? m.empty : m.noSource}</p>`;
      case 'ready':
        try {
          return this._series ? this._renderChart(this._series) : nothing;
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

  protected override render(): TemplateResult {
    try {
      return this._render();
    } catch {
      // A template that cannot be made from this data is an error state, never an exception in the page.
      return html`<div part="base" class="base"><div part="message" class="message error" role="alert">${messagesFor('en').errors['render-failed']}</div></div>`;
    }
  }

  private _render(): TemplateResult {
    const optionTheme = this._options.theme;
    const theme = optionTheme === 'light' || optionTheme === 'dark' ? optionTheme : (this._contextTheme ?? 'auto');
    const section = this._section;
    const description = this.description || section?.description;
    const notes = section?.notes ?? [];
    return html`<div part="base" class="base ${theme}" lang=${this._messages.language}>
      <div part="heading" class="heading" id="heading" role="heading" aria-level=${this._options.headingLevel}>${this._title()}</div>
      <div class="preview-status" role="status">${
        this.preview
          ? html`<p part="preview-banner" class="preview-banner">${this._messages.previewBanner}</p>`
          : nothing
      }</div>
      ${description ? html`<p part="description" class="description">${description}</p>` : nothing}
      ${this._renderOptionProblems()}
      <div class="sizer"></div>
      <div class="body">${this._renderBody()}</div>
      ${
        notes.length && this._state === 'ready'
          ? html`<details part="notes" class="notes"><summary>${notes.map((n) => n.title).join('; ')}</summary>${notes.map((n) => html`<p>${n.text}</p>`)}</details>`
          : nothing
      }
      <div class="sr-only" aria-live="polite" aria-atomic="true">${this._announcement}</div>
    </div>`;
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

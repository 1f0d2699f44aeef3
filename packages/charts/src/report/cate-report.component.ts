import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  formatQuarter,
  parseQuarterRange,
  type DisclosurePolicy,
  type Quarter,
  type SafeSeries,
  type Section,
  type Taxonomy,
} from '@cate/core';
import { SAMPLE_NOTICE } from '@cate/core/sample';
import { ChartError, fetchText, policyError, type ChartErrorDetail } from '../load.js';
import { taxonomyError, usableTaxonomy } from '../chart/options.js';
import { loadCateTaxonomy, loadedCateTaxonomy } from '../chart/cate-taxonomy.js';
import { REPORT_MAX_BYTES } from '../safety/limits.js';
import {
  cut,
  locatedProblems,
  readChoice,
  effectiveLocale,
  readNumber,
  type AttributeProblem,
} from '../safety/options.js';
import { catalogueReady, messagesFor } from '../messages.js';
import { dispatchChartError, errorDetail } from '../chart/errors.js';
import { reportMessagesFor, type ReportMessages } from './messages.js';
import {
  protectReportWith,
  readReportDataWith,
  readReportTextWith,
  sourceOrganizations,
  sourceQuartersWith,
  type ReportSource,
} from './report-source.js';
import { loadReportPreview, loadedReportPreview, ReportPreviewNotLoaded } from './report-preview-chunk.js';
import { renderReport, reportAreas } from './report-view.js';
import { DeferredCharts } from './deferred-charts.js';
import { isLocalOrigin } from '../public-data.js';
import { reportStyles } from './styles.js';

type State = 'idle' | 'loading' | 'ready' | 'error';

/** The address's fragment as an id, or '' when it is not valid percent-encoding (`#%E0%A4%A`): it is then ignored. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

/** The detail of `cate-filter-change`: the new filter values, as the `quarters` and `organizations` attributes take them. */
export interface ReportFilterDetail {
  quarters: string;
  organizations: string;
}

/** Width a chart first created for printing is laid out at, unless `--cate-print-width` says otherwise (as `<cate-chart>`'s). */
const PRINT_WIDTH = 640;

/**
 * Keys in a quarter select that neither move its choice nor open its list: they leave the pending state alone.
 * Space and F4 open the list, where Enter or a click is itself the commit; other keys (arrows, Home, End, type-ahead)
 * move the choice and leave it to Enter or Apply.
 */
const NEUTRAL_KEYS = new Set(['Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);
const OPEN_KEYS = new Set([' ', 'F4']);

const nextFrame = () =>
  new Promise<void>((resolve) => {
    // A hidden page gets no animation frames: never wait longer than a moment.
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * `<cate-report>`: a coalition's whole quarterly report from a taxonomy and a dataset, in the report's order:
 * title, introduction, member organizations, contents, filters, then every area and section with its
 * description, notes, sources and a `<cate-chart>`.
 *
 * Data flows one way: the dataset is loaded and checked once; each chart gets its section's SafeSeries through its
 * `data` property and draws (and checks it again).
 *
 * Public: the report draws a `cate-publication@1` document (`cate publish`), strictly re-checked by core
 * (readPublication); an older `cate-aggregate@1` document only when every section passes the same strict check and
 * it was made for all members, else it is refused (`outdated-format`: publish again). The quarter filter selects
 * quarters from the publication (selectQuarters): nothing is aggregated or protected again, so views cannot be
 * subtracted from one another to reveal a hidden count. There is no organization filter: per-member counts are not
 * published.
 *
 * Preview (`preview`): the data coordinator's local check of raw submissions (CSV or JSON). Core aggregates and
 * protects every section in the browser (again when a filter changes), the organization filter is shown, marked
 * preview only, and a banner says "Unpublished preview — do not put this page online". Raw data is drawn only on
 * this computer (localhost, 127.0.0.1, [::1], *.localhost, or a file); elsewhere the report shows
 * `preview-not-local`. Without `preview`, raw submissions are refused (`raw-data-refused`).
 *
 * Until the data is ready (and when it fails) the element shows its children: put a static copy of the report
 * there (what `cate build` writes) or a short message.
 *
 * Deep links: `#SECTION-ID` (or `#area-AREA-ID`) in the page's address scrolls to that section and focuses its
 * heading; following a contents link updates the address.
 *
 * First screen first: the report draws its text, filters and the charts near the viewport, then the others as
 * they come within a screen and a half of it (IntersectionObserver) or when the browser is idle, a few at a
 * time; until then each waits as a placeholder of about a chart's height. Every section's text (title,
 * description, notes, sources) is in the page from the start, so "find in page" finds it; a chart's own text (axis
 * labels, its data table) once it is drawn, which is soon after the first screen. Printing draws every chart first
 * and opens the contents list; a `#section` link draws its section's chart at once.
 *
 * Keyboard: a "Skip to the charts" link first; the contents list is collapsed (one tab stop); then the filters;
 * before each chart a "Skip to the next chart" link (visible when focused). A quarter chosen with the keyboard
 * (arrows, type-ahead) applies on Enter or the Apply button, so moving through the list does not redraw 41
 * charts per key; a choice made with the pointer (or by a script's `change` event) applies at once, as does a
 * checkbox of the preview's organization filter.
 *
 * Theme: follows the page's `.cate-dark` / `.cate-light` class, else the system setting, as `<cate-chart>` does:
 * native controls take that colour scheme and the focus ring a colour with at least 3:1 contrast on it.
 *
 * @fires cate-error - Bubbling, composed. `detail: { code, message, problems? }` when the dataset cannot be
 *   loaded or read (codes as `<cate-chart>`'s: fetch-failed, http-error, timeout, invalid-json, invalid-csv,
 *   invalid-data, invalid-quarters, unsafe-data, raw-data-refused, preview-not-local, outdated-format,
 *   organizations-not-published, too-large, invalid-attribute). `invalid-attribute` (`locale="constructor"`,
 *   `timeout="abc"`, a `taxonomy` of the wrong shape) adds `attribute`, `value` (cut to 80 characters) and
 *   `expected`. A malformed `#fragment` is ignored (the report is still ready).
 * @fires cate-report-ready - Bubbling, composed. `detail: { sections, quarters }` each time the report has been
 *   drawn with data: once every chart has drawn, including those drawn after the first screen (near the viewport
 *   or when idle), so a listener may read any chart.
 * @fires cate-filter-change - Bubbling, composed. `detail: { quarters, organizations }` when the reader applies a
 *   filter (a quarter picked with the pointer, Enter or Apply after the keyboard, an organization checkbox).
 *
 * @slot - Fallback content, shown until the data is ready and when it fails (e.g. the static report).
 *
 * @cssproperty --cate-report-max-width - Width of the report's column (default 56rem).
 * @cssproperty --cate-report-accent - Colour of the notice and error bars (default #c25400).
 * @cssproperty --cate-report-title-size - Size of the title (default 2em).
 * @cssproperty --cate-font-family - Font family, shared with the charts.
 * @cssproperty --cate-focus-color - Focus outline, shared with the charts.
 */
export class CateReport extends LitElement {
  static override styles = reportStyles;

  static override properties = {
    src: {},
    data: { attribute: false },
    taxonomy: { attribute: false },
    policy: { attribute: false },
    quarters: { reflect: true },
    organizations: { reflect: true },
    sample: { type: Boolean, reflect: true },
    preview: { type: Boolean, reflect: true },
    heading: {},
    locale: {},
    format: {},
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    _source: { state: true, attribute: false },
    _series: { state: true, attribute: false },
    _state: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _pending: { state: true, attribute: false },
    _printOnly: { state: true, attribute: false },
  };

  /**
   * URL of the dataset: a `cate-publication@1` document (or a checked `cate-aggregate@1` one); with `preview`,
   * members' submissions as JSON or CSV. Or `#ID` of a `<script type="application/json">` element in the page
   * holding one (works from file://).
   */
  declare src: string;
  /**
   * The dataset as a property: a `cate-publication@1` object (or a checked `cate-aggregate@1` one); with
   * `preview`, submissions (an array or `{ notice?, submissions }`). Takes precedence over `src`.
   */
  declare data: unknown;
  /** The report's taxonomy. Default: none: the CATE quarterly report's, loaded on demand (a chunk of its own). */
  declare taxonomy: Taxonomy | undefined;
  /** The disclosure policy published data is re-checked against (and a preview applies). Default: core's DEFAULT_POLICY. */
  declare policy: DisclosurePolicy | undefined;
  /** Quarter range shown, e.g. "2024-Q1..2025-Q4" (the quarter filter). Default: every quarter in the data. */
  declare quarters: string;
  /** Comma-separated organization ids shown (the organization filter of a preview; an error with published data). Default: all. */
  declare organizations: string;
  /**
   * The data coordinator's local preview of raw submissions, with a banner and the organization filter. Drawn only
   * on this computer (localhost or a file). Default false: raw submissions are refused.
   */
  declare preview: boolean;
  /** Show the synthetic-data notice. It is also shown whenever the data carries a `notice`. */
  declare sample: boolean;
  /** The report's title. Default: the taxonomy's name. */
  declare heading: string;
  /** BCP 47 locale for the charts' numbers, quarters and messages. Default: the nearest `lang` attribute, else "en". */
  declare locale: string;
  /** Format of `src` when its name and content type do not tell: "json" or "csv". */
  declare format: 'json' | 'csv' | undefined;
  /** Milliseconds before loading `src` gives up. Default 15000. */
  declare timeout: number;
  /**
   * The most bytes read from `src` (20 MiB by default): a bigger dataset is refused (`too-large`) before it is
   * parsed, by its Content-Length when the server sends one, else as it streams in.
   */
  declare maxBytes: number | undefined;

  declare private _source: ReportSource | undefined;
  declare private _series: ReadonlyMap<string, SafeSeries> | undefined;
  declare private _state: State;
  declare private _error: ChartErrorDetail | undefined;
  /** A quarter chosen with the keyboard and not applied yet. */
  declare private _pending: boolean;
  /** Sections whose chart was first created for printing: laid out at the print width until printing ends. */
  declare private _printOnly: ReadonlySet<string>;

  private readonly _charts = new DeferredCharts(this);
  /** The last key pressed in a quarter select moved its choice: its `change` waits for Enter or Apply. */
  private _keyedChoice = false;
  private _contextTheme: 'dark' | 'light' | undefined;
  private _openedForPrint: HTMLDetailsElement[] = [];

  private _load: AbortController | undefined;
  private _reportedError: ChartErrorDetail | undefined;
  private _reportedSeries: ReadonlyMap<string, SafeSeries> | undefined;
  private _hashApplied = false;
  private _quarterList: Quarter[] = [];
  private _organizationList: Array<{ id: string; name: string }> = [];
  private _locale = 'en';
  private _optionProblems: AttributeProblem[] = [];
  private _reportedProblems = '';

  constructor() {
    super();
    this.src = '';
    this.data = undefined;
    this.taxonomy = undefined;
    this.policy = undefined;
    this.quarters = '';
    this.organizations = '';
    this.sample = false;
    this.preview = false;
    this.heading = '';
    this.locale = '';
    this.format = undefined;
    this.timeout = 15000;
    this.maxBytes = undefined;
    this._source = undefined;
    this._series = undefined;
    this._state = 'idle';
    this._error = undefined;
    this._pending = false;
    this._printOnly = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Shadow DOM cannot see the page's classes: read the nearest theme class (`:host-context` is Chromium's only).
    const themed = this.closest('.cate-dark, .cate-light');
    this._contextTheme = themed ? (themed.classList.contains('cate-dark') ? 'dark' : 'light') : undefined;
    window.addEventListener('hashchange', this._onHashChange);
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._load?.abort();
  }

  /**
   * Before printing: every chart is created now (synchronously, so it is on paper), those new ones laid out at the
   * print width; the contents list is opened. After printing: as it was.
   */
  private readonly _onBeforePrint = (): void => {
    const waiting = this._charts.waiting;
    for (const details of this.renderRoot.querySelectorAll('details'))
      if (!details.open) {
        details.open = true;
        this._openedForPrint.push(details);
      }
    if (waiting.length === 0) return;
    this._printOnly = new Set(waiting);
    this._charts.drawAll();
    if (this.isConnected) this.performUpdate();
  };

  private readonly _onAfterPrint = (): void => {
    for (const details of this._openedForPrint) details.open = false;
    this._openedForPrint = [];
    if (this._printOnly.size) this._printOnly = new Set();
  };

  private get _messages(): ReportMessages {
    return reportMessagesFor(this._locale);
  }

  /**
   * The taxonomy given, else the CATE taxonomy once its chunk has loaded (`_acquire` waits for it before reading
   * any data, so everything after a load has one).
   */
  private get _taxonomy(): Taxonomy {
    return usableTaxonomy(this.taxonomy) ?? loadedCateTaxonomy()!;
  }

  /** A wrong `taxonomy` property: the report cannot be laid out from it, so it says so and draws nothing. */
  private _taxonomyError(): ChartError | undefined {
    return taxonomyError(this.taxonomy);
  }

  private get _timeout(): number {
    return readNumber(this, 'timeout', this.timeout, { min: 1, max: 600_000 }, []) ?? 15000;
  }

  private get _maxBytes(): number {
    return (
      readNumber(this, 'max-bytes', this.maxBytes, { min: 1, max: 2 ** 31, integer: true }, []) ?? REPORT_MAX_BYTES
    );
  }

  private get _format(): 'json' | 'csv' | undefined {
    return readChoice(this, 'format', this.format, ['json', 'csv'] as const, []);
  }

  /** Every attribute checked: what could not be used is said above the report, which uses the default. */
  private _readOptions(): void {
    const problems: AttributeProblem[] = [];
    this._locale = effectiveLocale(this, this.locale, problems);
    readNumber(this, 'timeout', this.timeout, { min: 1, max: 600_000 }, problems);
    readNumber(this, 'max-bytes', this.maxBytes, { min: 1, max: 2 ** 31, integer: true }, problems);
    readChoice(this, 'format', this.format, ['json', 'csv'] as const, problems);
    this._optionProblems = problems;
  }

  /**
   * A locale whose chart catalogue is not loaded yet (the browser bundle's Spanish, a chunk) waits for it, as
   * `<cate-chart>` does: no English flash. One that cannot be loaded is drawn in English and said (`load-failed`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = catalogueReady(effectiveLocale(this, this.locale, []));
    return ready
      ? ready.then((failed) => {
          if (failed) dispatchChartError(this, errorDetail(failed, messagesFor(this.locale)));
          return super.scheduleUpdate();
        })
      : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this._readOptions();
      this._willUpdate(changed);
    } catch (error) {
      // Nothing an attribute, a property or the data holds may throw into the page.
      this._source = undefined;
      this._series = undefined;
      this._fail(error);
    }
  }

  private _willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('data') ||
      changed.has('src') ||
      changed.has('taxonomy') ||
      changed.has('format') ||
      changed.has('preview') ||
      changed.has('policy')
    )
      this._acquire();
    if (
      changed.has('_source' as keyof CateReport) ||
      changed.has('quarters') ||
      changed.has('organizations') ||
      changed.has('taxonomy') ||
      changed.has('policy')
    )
      this._derive();
  }

  /** Load once: `data` synchronously, `src` by fetching it (or reading the page's JSON element). A newer load aborts the last. */
  private _acquire(): void {
    this._load?.abort();
    const load = new AbortController();
    this._load = load;
    const wrongTaxonomy = this._taxonomyError() ?? policyError(this.policy);
    if (wrongTaxonomy) {
      this._source = undefined;
      this._fail(wrongTaxonomy);
      return;
    }
    if (!usableTaxonomy(this.taxonomy) && !loadedCateTaxonomy() && (this.src || this.data)) {
      // No taxonomy given: the report is laid out from the CATE taxonomy, a chunk of its own; then the data is read.
      // A `src` is fetched meanwhile, so the two downloads overlap; what it gives is read once the taxonomy is there.
      this._source = undefined;
      this._state = 'loading';
      this._error = undefined;
      const fetched = this.data === undefined || this.data === null ? this._fetch(load) : undefined;
      fetched?.catch(() => undefined); // a failure is said after the taxonomy's, if the taxonomy loads
      loadCateTaxonomy().then(
        () => !load.signal.aborted && this._read(load, fetched),
        (error: unknown) => !load.signal.aborted && this._fail(error),
      );
      return;
    }
    this._read(load);
  }

  /** Fetches `src` when it is an address (not the page's `#element`). */
  private _fetch(load: AbortController): Promise<{ text: string; contentType: string | null }> | undefined {
    const src = this.src;
    if (!src || src.startsWith('#')) return undefined;
    return fetchText(src, { timeout: this._timeout, signal: load.signal, maxBytes: this._maxBytes });
  }

  /** Reads `data`, or `src` (`fetched`, when its fetch has already started), with the taxonomy at hand. */
  private _read(load: AbortController, fetched?: ReturnType<CateReport['_fetch']>): void {
    const taxonomy = this._taxonomy;
    if (this.data !== undefined && this.data !== null) {
      const data = this.data;
      this._accept(load, () =>
        readReportDataWith(loadedReportPreview, data, taxonomy, this.policy, { preview: this.preview }),
      );
      return;
    }
    this._source = undefined;
    if (!this.src) {
      this._state = 'idle';
      return;
    }
    this._state = 'loading';
    this._error = undefined;
    const src = this.src;
    const read = (text: string, contentType: string | null) => () =>
      readReportTextWith(loadedReportPreview, text, {
        taxonomy,
        file: src,
        format: this._format,
        contentType,
        policy: this.policy,
        preview: this.preview,
      });
    if (src.startsWith('#')) {
      const element =
        (this.getRootNode() as Document | ShadowRoot).getElementById?.(src.slice(1)) ??
        document.getElementById(src.slice(1));
      const text = element?.textContent ?? '';
      if (!element) this._fail(new ChartError('fetch-failed', `No element ${src}`, [src]));
      else if (text.length > this._maxBytes)
        this._fail(new ChartError('too-large', `${src} is too large`, [this._maxBytes, text.length]));
      else this._accept(load, read(text, 'application/json'));
      return;
    }
    (fetched ?? this._fetch(load))!.then(
      ({ text, contentType }) => this._accept(load, read(text, contentType)),
      (error: unknown) => !load.signal.aborted && this._fail(error),
    );
  }

  /**
   * Takes a loaded source unless a newer load has started; a failure becomes the error state. Raw submissions in a
   * preview wait for the preview's chunk (report-preview-chunk.ts), then are read again.
   */
  private _accept(load: AbortController, read: () => ReportSource): void {
    if (load.signal.aborted) return;
    try {
      let source: ReportSource;
      try {
        source = read();
      } catch (error) {
        if (!(error instanceof ReportPreviewNotLoaded)) throw error;
        this._source = undefined;
        this._state = 'loading';
        this._error = undefined;
        loadReportPreview().then(
          () => this._accept(load, read),
          (failure: unknown) => !load.signal.aborted && this._fail(failure),
        );
        return;
      }
      // Raw data reaches only a preview, and a preview draws it only on this computer.
      if (source.type === 'submissions' && !isLocalOrigin(window.location))
        throw new ChartError('preview-not-local', 'A preview of raw data is drawn only on this computer.');
      this._source = source;
      this._error = undefined;
    } catch (error) {
      this._source = undefined;
      this._fail(error);
    }
  }

  /** Each section's SafeSeries for the current filters: core aggregates and protects; nothing is computed here. */
  private _derive(): void {
    const source = this._source;
    if (!source) {
      this._series = undefined;
      return;
    }
    try {
      const taxonomy = this._taxonomy;
      this._quarterList = sourceQuartersWith(loadedReportPreview, source);
      this._organizationList = sourceOrganizations(source, taxonomy);
      const range = this.quarters ? parseQuarterRange(this.quarters) : undefined;
      if (this.quarters && !range)
        throw new ChartError('invalid-quarters', `Invalid quarter range "${this.quarters}"`, [this.quarters]);
      const organizations = this._selectedOrganizations();
      this._series = protectReportWith(
        loadedReportPreview,
        source,
        taxonomy,
        { quarters: range, organizations },
        this.policy,
      ).series;
      const series = this._series;
      this._charts.order = reportAreas(taxonomy)
        .flatMap((a) => a.sections)
        .map((s) => s.id)
        .filter((id) => series.has(id));
      this._state = 'ready';
      this._error = undefined;
    } catch (error) {
      this._series = undefined;
      this._fail(error);
    }
  }

  /** The organization filter as ids, or undefined for all. */
  private _selectedOrganizations(): string[] | undefined {
    const ids = this.organizations
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    return ids.length ? ids : undefined;
  }

  /** Every failure ends here: a readable message in the element and one `cate-error` event; nothing is thrown. */
  private _fail(error: unknown): void {
    const m = messagesFor(this._locale);
    let detail: ChartErrorDetail;
    if (error instanceof ChartError) {
      const format = m.errors[error.code] as string | ((...args: Array<string | number>) => string);
      // Values from the page or the data (a URL, a quarter range) are cut short in a message.
      const args = error.args.map((a) => (typeof a === 'string' ? cut(a) : a));
      detail = {
        code: error.code,
        message: typeof format === 'function' ? format(...args) : format,
        ...(error.problems ? { problems: error.problems } : {}),
        ...(error.attribute ?? {}),
      };
    } else {
      const problems = (error as { problems?: ChartErrorDetail['problems'] } | undefined)?.problems;
      detail = { code: 'invalid-data', message: m.errors['invalid-data'], ...(problems ? { problems } : {}) };
    }
    this._error = detail;
    this._state = 'error';
  }

  protected override updated(): void {
    const key = this._optionProblems.map((p) => `${p.attribute}=${p.value}`).join('\n');
    if (key !== this._reportedProblems) {
      this._reportedProblems = key;
      const m = messagesFor(this._locale);
      for (const p of this._optionProblems) {
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
    if (this._state === 'ready' && this._series && this._series !== this._reportedSeries) {
      this._reportedSeries = this._series;
      void this._afterDraw(this._series);
    }
  }

  /**
   * The first time, once the first screen is up: go to the address's section. Once every chart has drawn (the
   * later ones near the viewport or when idle): tell the page.
   */
  private async _afterDraw(series: ReadonlyMap<string, SafeSeries>): Promise<void> {
    try {
      if (!this._hashApplied) {
        await nextFrame();
        if (series !== this._series) return;
        this._hashApplied = true;
        // A malformed fragment (`#%E0%A4%A`) is ignored: the report is still ready.
        const id = fragmentId(window.location.hash);
        if (id) this.goTo(id);
      }
      await this._charts.allDrawn();
      await this._chartsSettled();
      if (series !== this._series) return;
      const detail = { sections: series.size, quarters: this._range() };
      this.dispatchEvent(new CustomEvent('cate-report-ready', { detail, bubbles: true, composed: true }));
    } catch {
      // A chart that failed shows its own error; the report stays usable.
    }
  }

  /** Waits until every chart has finished its updates, including the one its first size measurement causes. */
  private async _chartsSettled(): Promise<void> {
    for (let round = 0; round < 2; round++) {
      const charts = [...this.renderRoot.querySelectorAll('cate-chart')] as Array<
        HTMLElement & { updateComplete?: Promise<unknown> }
      >;
      await Promise.all(charts.map((chart) => chart.updateComplete));
      await nextFrame();
    }
  }

  /**
   * Scrolls to a section (or area, or introduction passage) by id and focuses its heading. Returns whether the
   * id was found in the report.
   */
  goTo(id: string): boolean {
    if (!id || typeof id !== 'string') return false;
    const target = this.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`);
    if (!target) return false;
    // A section's chart is drawn now rather than when it comes near.
    this._charts.draw([id].filter((s) => this._charts.waiting.includes(s)));
    const heading = (target.matches('h1, h2, h3') ? target : target.querySelector('h1, h2, h3')) as HTMLElement | null;
    const focusable = heading ?? (target.hasAttribute('tabindex') ? (target as HTMLElement) : null);
    target.scrollIntoView({ block: 'start' });
    focusable?.focus({ preventScroll: true });
    return true;
  }

  private _onHashChange = (): void => {
    this.goTo(fragmentId(window.location.hash));
  };

  /**
   * Contents links: the address shows the section (it can be shared), and the section gets focus. Skip links move
   * focus (a fragment cannot reach into the shadow root) and leave the address as it is.
   */
  private _onLinkClick(event: MouseEvent, link: Element, share: boolean): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const id = fragmentId(link.getAttribute('href') ?? '');
    if (!id) return;
    event.preventDefault();
    if (share)
      try {
        history.pushState(null, '', `#${encodeURIComponent(id)}`);
      } catch {
        // Some sandboxed documents refuse history changes: still go there.
      }
    this.goTo(id);
  }

  /** The quarter range shown: the filter, or every quarter in the data. */
  private _range(): { from: Quarter; to: Quarter } | undefined {
    const range = this.quarters ? parseQuarterRange(this.quarters) : undefined;
    if (range) return range;
    const list = this._quarterList;
    return list.length ? { from: list[0]!, to: list.at(-1)! } : undefined;
  }

  /**
   * A change in the form: a checkbox, or a quarter picked with the pointer, applies at once; a quarter moved to
   * with the keyboard waits for Enter or Apply (one redraw, not one per arrow press).
   */
  private _onFilterChange(event: Event): void {
    const form = event.currentTarget as HTMLFormElement;
    if ((event.target as Element | null)?.localName === 'select' && this._keyedChoice) {
      this._pending = true;
      return;
    }
    this._applyFilters(form);
  }

  private _onFilterKeyDown(event: KeyboardEvent): void {
    const select = event.target as Element | null;
    if (select?.localName !== 'select') return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this._applyFilters(event.currentTarget as HTMLFormElement);
    } else if (OPEN_KEYS.has(event.key) || (event.altKey && event.key.startsWith('Arrow'))) this._keyedChoice = false;
    else if (!NEUTRAL_KEYS.has(event.key)) this._keyedChoice = true;
  }

  private _onFilterSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this._applyFilters(event.currentTarget as HTMLFormElement);
  }

  private _applyFilters(form: HTMLFormElement): void {
    this._keyedChoice = false;
    this._pending = false;
    const data = new FormData(form);
    let from = String(data.get('from') ?? '');
    let to = String(data.get('to') ?? '');
    if (from && to && from > to) [from, to] = [to, from];
    const all = this._quarterList;
    const quarters = from && to && !(from === all[0] && to === all.at(-1)) ? `${from}..${to}` : '';
    const chosen = data.getAll('organization').map(String);
    // A disabled box (the last one checked) is not in the form data: keep it.
    const kept = [...form.querySelectorAll<HTMLInputElement>('input[name="organization"]:disabled:checked')].map(
      (i) => i.value,
    );
    const ids = [...new Set([...chosen, ...kept])];
    const organizations =
      this._source?.type !== 'submissions' || ids.length === 0 || ids.length === this._organizationList.length
        ? ''
        : this._organizationList
            .map((o) => o.id)
            .filter((id) => ids.includes(id))
            .join(',');
    this._setFilters(quarters, organizations);
  }

  /** A pointer in the form: the next quarter change is a pick from the list, applied at once. */
  private _onFilterPointer(): void {
    this._keyedChoice = false;
  }

  private _selectAll(): void {
    this._setFilters(this.quarters, '');
  }

  private _setFilters(quarters: string, organizations: string): void {
    if (quarters === this.quarters && organizations === this.organizations) return;
    this.quarters = quarters;
    this.organizations = organizations;
    this.dispatchEvent(
      new CustomEvent<ReportFilterDetail>('cate-filter-change', {
        detail: { quarters, organizations },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _showing(m: ReportMessages): string {
    const range = this._range();
    const label = (q: Quarter) => formatQuarter(q, { locale: this._locale });
    const selected = this._selectedOrganizations()?.filter((id) => this._organizationList.some((o) => o.id === id));
    const total = this._organizationList.length;
    const who =
      this._source?.type === 'published' || !selected || selected.length === total
        ? m.allMembers(total || this._taxonomy.organizations.length)
        : m.someMembers(selected.length, total);
    return range ? m.showing(label(range.from), label(range.to), who) : '';
  }

  private _renderFilters(m: ReportMessages): TemplateResult {
    const showing = html`<p class="showing" role="status">${this._showing(m)}</p>`;
    const preview = this._source?.type === 'submissions';
    const range = this._range();
    const quarters = [...this._quarterList];
    for (const q of [range?.from, range?.to]) if (q && !quarters.includes(q)) quarters.push(q);
    quarters.sort();
    const option = (q: Quarter, selected: boolean) =>
      html`<option value=${q} ?selected=${selected}>${formatQuarter(q, { locale: this._locale })}</option>`;
    return html`<div class="filters" id="filters">
      <h2 id="filters-title">${m.filters}</h2>
      <p class="help" id="filters-help">${m.filtersHelp}${preview ? nothing : html` ${m.publishedFilters}`}</p>
      <form
        aria-labelledby="filters-title"
        aria-describedby="filters-help"
        @change=${this._onFilterChange}
        @keydown=${this._onFilterKeyDown}
        @pointerdown=${this._onFilterPointer}
        @submit=${this._onFilterSubmit}
      >
        <fieldset>
          <legend>${m.quarterRange}</legend>
          <label>${m.from} <select name="from">${quarters.map((q) => option(q, q === range?.from))}</select></label>
          <label>${m.to} <select name="to">${quarters.map((q) => option(q, q === range?.to))}</select></label>
          <button type="submit" class="apply">${m.apply}</button>
        </fieldset>
        ${preview ? this._renderOrganizationFilter(m) : nothing}
      </form>
      <p class="pending" role="status">${this._pending ? m.filtersPending : nothing}</p>
      ${showing}
    </div>`;
  }

  /** The organization filter: a preview's only (a publication holds no per-member counts), and marked so. */
  private _renderOrganizationFilter(m: ReportMessages): TemplateResult {
    const selectedIds = new Set(this._selectedOrganizations() ?? this._organizationList.map((o) => o.id));
    const checked = this._organizationList.filter((o) => selectedIds.has(o.id));
    const all = checked.length === this._organizationList.length;
    return html`<fieldset class="preview-only">
      <legend>${m.previewOrganizations}</legend>
      <ul>
        ${this._organizationList.map((o) => {
          const on = selectedIds.has(o.id);
          const last = on && checked.length === 1;
          return html`<li>
            <label
              ><input type="checkbox" name="organization" value=${o.id} .checked=${on} ?disabled=${last} aria-describedby=${last ? 'last-organization' : nothing} />
              ${o.name}</label
            >
          </li>`;
        })}
      </ul>
      ${all ? nothing : html`<button type="button" @click=${this._selectAll}>${m.allOrganizations}</button>`}
      ${checked.length === 1 ? html`<p class="help" id="last-organization">${m.lastOrganization}</p>` : nothing}
    </fieldset>`;
  }

  /**
   * A section's chart after a link that skips it (to the next section's heading, or past the last chart); a
   * placeholder of about a chart's height until the chart is drawn (first screen first).
   */
  private _renderChart(
    section: Section,
    series: ReadonlyMap<string, SafeSeries>,
    next: Section | undefined,
  ): TemplateResult {
    const m = this._messages;
    const data = series.get(section.id);
    if (!data) return html`<p class="status">${messagesFor(this._locale).empty}</p>`;
    const skip = next
      ? html`<a class="skip skip-chart" href="#${next.id}">${m.skipToNextChart(next.title)}</a>`
      : html`<a class="skip skip-chart" href="#report-end">${m.skipPastLastChart}</a>`;
    if (!this._charts.has(section.id))
      return html`${skip}<div class="chart-pending" data-pending-section=${section.id}></div>`;
    // The report draws a chart when it comes near (its own placeholders): the chart itself need not wait.
    return html`${skip}<cate-chart
      loading="eager"
      section=${section.id}
      .taxonomy=${this._taxonomy}
      .data=${data}
      heading=${section.chartTitle ?? section.title}
      heading-level="4"
      locale=${this._locale}
      width=${this._printOnly.has(section.id) ? this._printWidth() : nothing}
    ></cate-chart>`;
  }

  private _printWidth(): number {
    const custom = parseFloat(getComputedStyle(this).getPropertyValue('--cate-print-width'));
    return Number.isFinite(custom) && custom >= 120 ? custom : PRINT_WIDTH;
  }

  private _notice(): string | undefined {
    return this._source?.notice ?? (this.sample ? SAMPLE_NOTICE : undefined);
  }

  /** What could not be used among the attributes, said above the report (which uses the defaults). */
  private _renderOptionProblems(): TemplateResult | typeof nothing {
    if (!this._optionProblems.length) return nothing;
    const m = messagesFor(this._locale);
    return html`<div class="error attribute-problems" role="alert"><ul>${this._optionProblems.map(
      (p) => html`<li>${m.errors['invalid-attribute'](p.attribute, p.value, p.expected)}</li>`,
    )}</ul></div>`;
  }

  protected override render(): TemplateResult {
    try {
      return this._render();
    } catch {
      // A report that cannot be laid out from this taxonomy or data is an error, never an exception in the page.
      return html`<div class="error" role="alert"><strong>${reportMessagesFor('en').errorTitle}.</strong></div><slot></slot>`;
    }
  }

  private _render(): TemplateResult {
    const m = this._messages;
    const taxonomy = this._taxonomy;
    const series = this._series;
    const optionProblems = this._renderOptionProblems();
    const banner = this.preview
      ? html`<p class="preview-banner" role="status">${messagesFor(this._locale).previewBanner}</p>`
      : nothing;
    if (this._state === 'ready' && series) {
      const areas = reportAreas(taxonomy);
      const order = areas.flatMap((a) => a.sections);
      const next = new Map(order.map((s, i) => [s.id, order[i + 1]]));
      const skip = areas[0] ? html`<a class="skip" href="#area-${areas[0].area.id}">${m.skipToCharts}</a>` : nothing;
      return html`${banner}${optionProblems}${renderReport({
        taxonomy,
        messages: m,
        title: this.heading || taxonomy.name,
        notice: this._notice(),
        controls: this._renderFilters(m),
        chart: (section) => this._renderChart(section, series, next.get(section.id)),
        before: skip,
        collapseContents: true,
        className: this._contextTheme ? `theme-${this._contextTheme}` : '',
      })}<p class="report-end" id="report-end" tabindex="-1">${m.reportEnd}</p>`;
    }
    if (this._state === 'error') {
      // The first problems with where they are (row, column or path), each cut short.
      const problems = locatedProblems(this._error?.problems, 5);
      return html`${banner}${optionProblems}<div class="error" role="alert">
          <strong>${m.errorTitle}.</strong> ${this._error?.message ?? ''}
          ${
            problems.length
              ? html`<ul>
                ${problems.map((p) => html`<li>${p}</li>`)}
              </ul>`
              : nothing
          }
        </div>
        <slot></slot>`;
    }
    return html`${banner}${optionProblems}<p class="status ${this.src || this.data ? 'sr-only' : ''}" role="status">${this.src || this.data ? m.loading : m.noData}</p>
      <slot></slot>`;
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
      if (link?.closest('nav.toc')) this._onLinkClick(event as MouseEvent, link, true);
      else if (link?.matches('.skip')) this._onLinkClick(event as MouseEvent, link, false);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cate-report': CateReport;
  }
  interface HTMLElementEventMap {
    'cate-report-ready': CustomEvent<{ sections: number; quarters: { from: string; to: string } | undefined }>;
    'cate-filter-change': CustomEvent<ReportFilterDetail>;
  }
}

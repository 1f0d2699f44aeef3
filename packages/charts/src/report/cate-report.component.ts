import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  cateTaxonomy,
  formatQuarter,
  parseQuarterRange,
  type DisclosurePolicy,
  type Quarter,
  type SafeSeries,
  type Section,
  type Taxonomy,
} from '@cate/core';
import { SAMPLE_NOTICE } from '@cate/core/sample';
import { attributeError, ChartError, fetchText, policyError, type ChartErrorDetail } from '../load.js';
import { REPORT_MAX_BYTES } from '../safety/limits.js';
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
} from '../safety/options.js';
import { messagesFor } from '../messages.js';
import { reportMessagesFor, type ReportMessages } from './messages.js';
import {
  protectReport,
  readReportData,
  readReportText,
  sourceOrganizations,
  sourceQuarters,
  type ReportSource,
} from './report-data.js';
import { renderReport } from './report-view.js';
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
 * @fires cate-error - Bubbling, composed. `detail: { code, message, problems? }` when the dataset cannot be
 *   loaded or read (codes as `<cate-chart>`'s: fetch-failed, http-error, timeout, invalid-json, invalid-csv,
 *   invalid-data, invalid-quarters, unsafe-data, raw-data-refused, preview-not-local, outdated-format,
 *   organizations-not-published, too-large, invalid-attribute). `invalid-attribute` (`locale="constructor"`,
 *   `timeout="abc"`, a `taxonomy` of the wrong shape) adds `attribute`, `value` (cut to 80 characters) and
 *   `expected`. A malformed `#fragment` is ignored (the report is still ready).
 * @fires cate-report-ready - Bubbling, composed. `detail: { sections, quarters }` each time the report has been
 *   drawn with data (after its charts have drawn).
 * @fires cate-filter-change - Bubbling, composed. `detail: { quarters, organizations }` when the reader changes a filter.
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
  /** The report's taxonomy. Default: the CATE quarterly report. */
  declare taxonomy: Taxonomy;
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
    this.taxonomy = cateTaxonomy;
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
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    this._load?.abort();
  }

  private get _messages(): ReportMessages {
    return reportMessagesFor(this._locale);
  }

  private get _taxonomy(): Taxonomy {
    const taxonomy = this.taxonomy ?? cateTaxonomy;
    return taxonomy !== cateTaxonomy && taxonomyShapeProblem(taxonomy) !== undefined ? cateTaxonomy : taxonomy;
  }

  /** A wrong `taxonomy` property: the report cannot be laid out from it, so it says so and draws nothing. */
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
    const taxonomy = this._taxonomy;
    const wrongTaxonomy = this._taxonomyError() ?? policyError(this.policy);
    if (wrongTaxonomy) {
      this._source = undefined;
      this._fail(wrongTaxonomy);
      return;
    }
    if (this.data !== undefined && this.data !== null) {
      this._accept(load, () => readReportData(this.data, taxonomy, this.policy, { preview: this.preview }));
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
      readReportText(text, {
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
    fetchText(src, { timeout: this._timeout, signal: load.signal, maxBytes: this._maxBytes }).then(
      ({ text, contentType }) => this._accept(load, read(text, contentType)),
      (error: unknown) => !load.signal.aborted && this._fail(error),
    );
  }

  /** Takes a loaded source unless a newer load has started; a failure becomes the error state. */
  private _accept(load: AbortController, read: () => ReportSource): void {
    if (load.signal.aborted) return;
    try {
      const source = read();
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
      this._quarterList = sourceQuarters(source);
      this._organizationList = sourceOrganizations(source, taxonomy);
      const range = this.quarters ? parseQuarterRange(this.quarters) : undefined;
      if (this.quarters && !range)
        throw new ChartError('invalid-quarters', `Invalid quarter range "${this.quarters}"`, [this.quarters]);
      const organizations = this._selectedOrganizations();
      this._series = protectReport(source, taxonomy, { quarters: range, organizations }, this.policy).series;
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

  /** Once the charts have drawn: the first time, go to the address's section; then tell the page. */
  private async _afterDraw(series: ReadonlyMap<string, SafeSeries>): Promise<void> {
    try {
      await this._chartsSettled();
      if (series !== this._series) return;
      if (!this._hashApplied) {
        this._hashApplied = true;
        // A malformed fragment (`#%E0%A4%A`) is ignored: the report is still ready.
        const id = fragmentId(window.location.hash);
        if (id) this.goTo(id);
      }
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
    const heading = (target.matches('h1, h2, h3') ? target : target.querySelector('h1, h2, h3')) as HTMLElement | null;
    target.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
    return true;
  }

  private _onHashChange = (): void => {
    this.goTo(fragmentId(window.location.hash));
  };

  /** Contents links: the address shows the section (it can be shared), and the section gets focus. */
  private _onContentsClick(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const id = fragmentId(link.getAttribute('href') ?? '');
    if (!id) return;
    event.preventDefault();
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

  private _onFilterChange(event: Event): void {
    const form = event.currentTarget as HTMLFormElement;
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
      <form aria-labelledby="filters-title" aria-describedby="filters-help" @change=${this._onFilterChange} @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>${m.quarterRange}</legend>
          <label>${m.from} <select name="from">${quarters.map((q) => option(q, q === range?.from))}</select></label>
          <label>${m.to} <select name="to">${quarters.map((q) => option(q, q === range?.to))}</select></label>
        </fieldset>
        ${preview ? this._renderOrganizationFilter(m) : nothing}
      </form>
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

  private _renderChart(section: Section, series: ReadonlyMap<string, SafeSeries>): TemplateResult {
    const data = series.get(section.id);
    if (!data) return html`<p class="status">${messagesFor(this._locale).empty}</p>`;
    return html`<cate-chart
      section=${section.id}
      .taxonomy=${this._taxonomy}
      .data=${data}
      heading=${section.chartTitle ?? section.title}
      heading-level="4"
      locale=${this._locale}
    ></cate-chart>`;
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
      return html`${banner}${optionProblems}${renderReport({
        taxonomy,
        messages: m,
        title: this.heading || taxonomy.name,
        notice: this._notice(),
        controls: this._renderFilters(m),
        chart: (section) => this._renderChart(section, series),
      })}`;
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
      if ((event.target as Element | null)?.closest?.('nav.toc')) this._onContentsClick(event as MouseEvent);
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

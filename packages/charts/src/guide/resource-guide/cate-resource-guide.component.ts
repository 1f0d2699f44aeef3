import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Problem } from '@cate/core';
import { chartStyles, contextStyles } from '../../styles.js';
import {
  SERVICE_TYPES,
  checkResourceGuide,
  searchResources,
  serviceTypeLabel,
  type Provider,
  type ResourceGuide,
} from '@cate/core';
import { safeUrl } from '@cate/core';
import { ChartError, fetchText } from '../../load.js';
import { formatBytes, REPORT_MAX_BYTES } from '../../safety/limits.js';
import { cut, readChoice, readNumber, type AttributeProblem } from '../../safety/options.js';
import { guideStyles } from '../shared-styles.js';
import { resourceGuideStyles } from './styles.js';

/** The detail of `cate-search`: the filters and how many providers match. */
export interface ResourceSearchDetail {
  query: string;
  county: string;
  service: string;
  count: number;
}

let instances = 0;

/** An attribute the guide cannot use, as its message says it (the guide then uses the default). */
function optionMessage(p: AttributeProblem): string {
  return `The ${p.attribute} attribute is “${p.value}”: expected ${p.expected}.`;
}

/**
 * `<cate-resource-guide>`: a searchable resource guide. A person types words, picks a county and a service type,
 * and gets the matching providers as a list with headings; the number found is announced. Every control is a
 * labelled native form control, so it works with a keyboard alone and with a phone's own pickers.
 *
 * Give it a `guide` object or a `src` URL of a `cate-resource-guide@1` JSON document; core validates it, and an
 * invalid guide shows its problems instead of a partial list. `query`, `county` and `service` are attributes, so
 * a page can link to a filtered guide.
 *
 * @fires cate-search - Bubbling, composed. `detail: { query, county, service, count }` after the filters change.
 * @fires cate-error - Bubbling, composed. `detail: { code, message, problems? }` when the guide cannot be shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The guide's title.
 * @csspart notice - The guide's notice (e.g. that it is a synthetic example).
 * @csspart form - The search form.
 * @csspart count - The number of providers found.
 * @csspart results - The list of providers.
 * @csspart provider - One provider.
 * @csspart message - Loading, empty and error messages.
 *
 * @cssproperty --cate-font-family - Font family. Also every other `--cate-*` property of `<cate-chart>`.
 * @cssproperty --cate-focus-color - Focus outlines and links.
 */
export class CateResourceGuide extends LitElement {
  static override styles = [chartStyles, contextStyles, guideStyles, resourceGuideStyles];

  static override properties = {
    guide: { attribute: false },
    src: {},
    query: { reflect: true },
    county: { reflect: true },
    service: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    _guide: { state: true },
    _problems: { state: true },
    _loading: { state: true },
    _announcement: { state: true },
  };

  /** The guide as an object (validated by core). Takes precedence over `src`. */
  declare guide: unknown;
  /** URL of a `cate-resource-guide@1` JSON document. */
  declare src: string;
  /** Words to search for. */
  declare query: string;
  /** County to filter by ("" for all). */
  declare county: string;
  /** Service type id to filter by ("" for all), e.g. "legal". */
  declare service: string;
  /** Title; default the guide's title. */
  declare heading: string;
  /** aria-level of the title; each provider's name is one level below. Default 2. */
  declare headingLevel: number;
  /** "light", "dark" or "auto". Default "auto". */
  declare theme: 'light' | 'dark' | 'auto';
  /** The most bytes read from `src` (20 MiB by default): a bigger guide is refused before it is parsed. */
  declare maxBytes: number | undefined;

  declare private _guide: ResourceGuide | undefined;
  declare private _problems: Problem[];
  declare private _loading: boolean;
  declare private _announcement: string;

  private _results: Provider[] = [];
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private _load: AbortController | undefined;
  private _reported: string | undefined;
  private _optionProblems: AttributeProblem[] = [];
  private _reportedOptions = '';
  private _headingLevel = 2;
  private _theme: 'light' | 'dark' | 'auto' = 'auto';
  private readonly _id = `cate-guide-${++instances}`;

  constructor() {
    super();
    this.guide = undefined;
    this.src = '';
    this.query = '';
    this.county = '';
    this.service = '';
    this.heading = '';
    this.headingLevel = 2;
    this.theme = 'auto';
    this.maxBytes = undefined;
    this._guide = undefined;
    this._problems = [];
    this._loading = false;
    this._announcement = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._load?.abort();
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this._willUpdate(changed);
    } catch (error) {
      // Nothing a property or the data holds may throw into the page.
      this._guide = undefined;
      this._results = [];
      this._problems = [
        {
          severity: 'error',
          code: 'invalid-data',
          message: `the guide could not be read: ${cut(String((error as Error | undefined)?.message ?? error))}`,
          where: {},
        },
      ];
    }
  }

  private _willUpdate(changed: PropertyValues<this>): void {
    const problems: AttributeProblem[] = [];
    this._headingLevel =
      readNumber(this, 'heading-level', this.headingLevel, { min: 1, max: 6, integer: true }, problems) ?? 2;
    this._theme = readChoice(this, 'theme', this.theme, ['light', 'dark', 'auto'] as const, problems) ?? 'auto';
    readNumber(this, 'max-bytes', this.maxBytes, { min: 1, max: 2 ** 31, integer: true }, problems);
    for (const key of ['query', 'county', 'service'] as const)
      if (typeof this[key] !== 'string') {
        problems.push({ attribute: key, value: String(typeof this[key]), expected: 'text' });
        this[key] = '';
      }
    this._optionProblems = problems;
    if (changed.has('guide') || changed.has('src')) this._acquire();
    if (
      changed.has('_guide' as keyof CateResourceGuide) ||
      changed.has('query') ||
      changed.has('county') ||
      changed.has('service')
    ) {
      this._results = this._guide
        ? searchResources(this._guide, { text: this.query, county: this.county, service: this.service })
        : [];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      this._guide &&
      (changed.has('_guide' as keyof CateResourceGuide) ||
        changed.has('query') ||
        changed.has('county') ||
        changed.has('service'))
    ) {
      this._scheduleAnnouncement();
      this.dispatchEvent(
        new CustomEvent<ResourceSearchDetail>('cate-search', {
          detail: { query: this.query, county: this.county, service: this.service, count: this._results.length },
          bubbles: true,
          composed: true,
        }),
      );
    }
    const optionKey = this._optionProblems.map((p) => `${p.attribute}=${p.value}`).join('\n');
    if (optionKey !== this._reportedOptions) {
      this._reportedOptions = optionKey;
      for (const p of this._optionProblems) {
        const detail = { code: 'invalid-attribute', message: optionMessage(p), ...p };
        this.dispatchEvent(new CustomEvent('cate-error', { detail, bubbles: true, composed: true }));
      }
    }
    const errors = this._problems.filter((p) => p.severity === 'error');
    const key = errors.map((p) => p.message).join('\n');
    if (errors.length && key !== this._reported) {
      this._reported = key;
      const detail = {
        code: 'invalid-data',
        message: 'The resource guide has problems, so nothing is shown.',
        problems: errors,
      };
      this.dispatchEvent(new CustomEvent('cate-error', { detail, bubbles: true, composed: true }));
    }
  }

  private _accept(input: unknown, file?: string): void {
    const { guide, problems } = checkResourceGuide(input, file);
    this._guide = guide;
    this._problems = problems;
  }

  private _acquire(): void {
    this._load?.abort();
    this._reported = undefined;
    if (this.guide !== undefined && this.guide !== null) {
      this._accept(this.guide);
      return;
    }
    this._guide = undefined;
    this._problems = [];
    if (!this.src) return;
    const load = (this._load = new AbortController());
    const src = this.src;
    this._loading = true;
    const maxBytes =
      readNumber(this, 'max-bytes', this.maxBytes, { min: 1, max: 2 ** 31, integer: true }, []) ?? REPORT_MAX_BYTES;
    fetchText(src, { timeout: 15000, signal: load.signal, maxBytes })
      .then(({ text }) => JSON.parse(text) as unknown)
      .then(
        (json) => {
          if (load.signal.aborted) return;
          this._loading = false;
          this._accept(json, src);
        },
        (error: Error | undefined) => {
          if (load.signal.aborted) return;
          this._loading = false;
          this._problems = [
            {
              severity: 'error',
              code: error instanceof ChartError ? error.code : 'fetch-failed',
              message:
                error instanceof ChartError && error.code === 'too-large'
                  ? `the guide is larger than its limit of ${formatBytes(maxBytes)} (the max-bytes attribute)`
                  : `could not load the guide: ${cut(String(error?.message ?? error))}`,
              where: { file: src },
            },
          ];
        },
      );
  }

  /** The count is announced once typing pauses, so a screen reader is not read every keystroke's count. */
  private _scheduleAnnouncement(): void {
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => (this._announcement = this._countText()), 400);
  }

  private _countText(): string {
    const total = this._guide?.providers.length ?? 0;
    const n = this._results.length;
    const filters = [
      this.county ? `serving ${this.county}` : '',
      this.service ? `offering ${serviceTypeLabel(this.service).toLowerCase()}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const words = this.query.trim() ? ` matching “${this.query.trim()}”` : '';
    return `${n} of ${total} provider${total === 1 ? '' : 's'}${filters ? ` ${filters}` : ''}${words}.`;
  }

  private _onQuery(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private _onCounty(event: Event): void {
    this.county = (event.target as HTMLSelectElement).value;
  }

  private _onService(event: Event): void {
    this.service = (event.target as HTMLSelectElement).value;
  }

  private _onClear(): void {
    this.query = '';
    this.county = '';
    this.service = '';
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }

  private _renderContact(provider: Provider): TemplateResult[] {
    const { phone, email, website, address } = provider.contact;
    const items: TemplateResult[] = [];
    // Every href from data goes through core's safeUrl (https, http, mailto, tel): anything else is plain text.
    const link = (url: string, text: string, rel?: string) => {
      const href = safeUrl(url);
      return href
        ? html`<li><a href=${href} rel=${rel ?? nothing}><bdi>${text}</bdi></a></li>`
        : html`<li><bdi>${text}</bdi></li>`;
    };
    if (phone) items.push(link(`tel:${phone.replace(/[^\d+]/g, '')}`, phone));
    if (email) items.push(link(`mailto:${email}`, email));
    if (website) items.push(link(website, website.replace(/^https?:\/\//, ''), 'noopener'));
    if (address) items.push(html`<li>${address}</li>`);
    return items;
  }

  private _renderProvider(provider: Provider, level: number): TemplateResult {
    const nameId = `${this._id}-${provider.id}`;
    const contact = this._renderContact(provider);
    const serves = provider.statewide
      ? 'Statewide'
      : provider.serves.filter((c) => c !== provider.locatedIn).join(', ');
    return html`<li>
      <article part="provider" class="provider" aria-labelledby=${nameId}>
        <div class="name" id=${nameId} role="heading" aria-level=${level}>${provider.name}</div>
        <dl>
          <dt>Located in</dt>
          <dd>${provider.locatedIn} County</dd>
          ${serves ? html`<dt>Also serves</dt><dd>${serves}</dd>` : nothing}
          <dt>Services</dt>
          <dd>${provider.services.map(serviceTypeLabel).join(', ')}</dd>
          ${provider.languages.length ? html`<dt>Languages</dt><dd>${provider.languages.join(', ')}</dd>` : nothing}
          ${contact.length ? html`<dt>Contact</dt><dd><ul class="plain">${contact}</ul></dd>` : nothing}
          ${provider.notes ? html`<dt>Notes</dt><dd>${provider.notes}</dd>` : nothing}
        </dl>
      </article>
    </li>`;
  }

  private _renderGuide(guide: ResourceGuide): TemplateResult {
    const id = this._id;
    const level = Math.min(6, this._headingLevel + 1);
    return html`
      ${guide.notice ? html`<p part="notice" class="notice">${guide.notice}</p>` : nothing}
      <form part="form" role="search" aria-label="Search the resource guide" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="${id}-query">Search</label>
          <input id="${id}-query" type="search" autocomplete="off" .value=${this.query} @input=${this._onQuery} />
        </div>
        <div class="field">
          <label for="${id}-county">County</label>
          <select id="${id}-county" @change=${this._onCounty}>
            <option value="" ?selected=${!this.county}>All counties</option>
            ${guide.counties.map((c) => html`<option value=${c} ?selected=${c === this.county}>${c}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="${id}-service">Service type</label>
          <select id="${id}-service" @change=${this._onService}>
            <option value="" ?selected=${!this.service}>All service types</option>
            ${SERVICE_TYPES.map((t) => html`<option value=${t.id} ?selected=${t.id === this.service}>${t.label}</option>`)}
          </select>
        </div>
        <button type="button" @click=${this._onClear}>Clear</button>
      </form>
      <p part="count" class="count" aria-hidden="true">${this._countText()}</p>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      ${
        this._results.length
          ? html`<ul part="results" class="results plain" aria-label="Providers">${this._results.map((p) => this._renderProvider(p, level))}</ul>`
          : html`<p part="message" class="message">No provider matches. Try another county or service type, or clear the search.</p>`
      }
      ${guide.updated ? html`<p class="note">Listings last checked ${guide.updated}.</p>` : nothing}
    `;
  }

  private _renderBody(): TemplateResult {
    if (this._guide) return this._renderGuide(this._guide);
    const errors = this._problems.filter((p) => p.severity === 'error');
    if (errors.length)
      return html`<div part="message" class="message error" role="alert">
        <strong>This resource guide could not be shown.</strong>
        <ul>${errors.slice(0, 5).map((p) => html`<li>${p.where.path ? `${p.where.path}: ` : ''}${p.message}</li>`)}</ul>
        ${errors.length > 5 ? html`<p>And ${errors.length - 5} more.</p>` : nothing}
      </div>`;
    return html`<p part="message" class="message" role="status">${this._loading ? 'Loading the resource guide…' : 'No guide yet: set the src attribute or the guide property.'}</p>`;
  }

  protected override render(): TemplateResult {
    const theme = this._theme;
    return html`<div part="base" class="base ${theme}">
      <div part="heading" class="heading" role="heading" aria-level=${this._headingLevel}>${this.heading || this._guide?.title || 'Resource guide'}</div>
      ${
        this._optionProblems.length
          ? html`<div part="message" class="message error" role="alert"><ul>${this._optionProblems.map((p) => html`<li>${optionMessage(p)}</li>`)}</ul></div>`
          : nothing
      }
      ${this._renderBody()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cate-resource-guide': CateResourceGuide;
  }
  interface HTMLElementEventMap {
    'cate-search': CustomEvent<ResourceSearchDetail>;
  }
}

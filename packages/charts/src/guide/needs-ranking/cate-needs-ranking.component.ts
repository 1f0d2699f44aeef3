import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { chartStyles, contextStyles } from '../../styles.js';
import { rankNeeds, type NeedRank, type NeedsAssessment } from '@cate/core';
import { guideStyles } from '../shared-styles.js';
import { needsStyles } from './styles.js';

/**
 * `<cate-needs-ranking>`: needs ranked by their median 1-5 rating, as a ranked dot chart that is also a real
 * table (rank, need, median, responses). A median from too few responses is withheld and said so in words.
 *
 * Give it `ranking` (from core's `rankNeeds`), or an `assessment` and a `region` for core to rank.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The title.
 * @csspart notice - The assessment's notice (e.g. that it is synthetic).
 * @csspart table - The ranked table with its dots.
 *
 * @cssproperty --cate-color-1 - Dot colour. Also every other `--cate-*` property of `<cate-chart>`.
 */
export class CateNeedsRanking extends LitElement {
  static override styles = [chartStyles, contextStyles, guideStyles, needsStyles];

  static override properties = {
    ranking: { attribute: false },
    assessment: { attribute: false },
    region: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    minResponses: { type: Number, attribute: 'min-responses' },
    theme: { reflect: true },
  };

  /** The ranked needs. Takes precedence over `assessment`. */
  declare ranking: readonly NeedRank[] | undefined;
  /** A validated needs assessment to rank (with `region`). */
  declare assessment: NeedsAssessment | undefined;
  /** Region id to rank; "" for every response. */
  declare region: string;
  /** Title. Default "Needs ranked by median rating". */
  declare heading: string;
  /** aria-level of the title. Default 2. */
  declare headingLevel: number;
  /** Fewest ratings a median is shown for. Default 3. */
  declare minResponses: number;
  /** "light", "dark" or "auto". Default "auto". */
  declare theme: 'light' | 'dark' | 'auto';

  private _rows: readonly NeedRank[] = [];

  constructor() {
    super();
    this.ranking = undefined;
    this.assessment = undefined;
    this.region = '';
    this.heading = 'Needs ranked by median rating';
    this.headingLevel = 2;
    this.minResponses = 3;
    this.theme = 'auto';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ranking') || changed.has('assessment') || changed.has('region') || changed.has('minResponses'))
      this._rows =
        this.ranking ??
        (this.assessment
          ? rankNeeds(this.assessment, { region: this.region || undefined, minResponses: this.minResponses })
          : []);
  }

  /** A 1-5 track with the median's dot: a picture of the number beside it, hidden from assistive technology. */
  private _dot(value: number): TemplateResult {
    const x = (v: number) => `${((v - 1) / 4) * 100}%`;
    return html`<svg aria-hidden="true" focusable="false">
      ${svg`<line class="track" x1="0" x2="100%" y1="8" y2="8"></line>
        ${[1, 2, 3, 4, 5].map((t) => svg`<line class="tick" x1=${x(t)} x2=${x(t)} y1="4" y2="12"></line>`)}
        <circle class="dot" cx=${x(value)} cy="8" r="6"></circle>`}
    </svg>`;
  }

  protected override render(): TemplateResult {
    const theme = this.theme === 'light' || this.theme === 'dark' ? this.theme : 'auto';
    const withheld = this._rows.some((r) => r.median === undefined);
    const region = this.assessment?.regions.find((r) => r.id === this.region)?.label;
    const caption = `${this.heading}${region ? `: ${region}` : ''}`;
    return html`<div part="base" class="base ${theme}">
      <div part="heading" class="heading" role="heading" aria-level=${this.headingLevel || 2}>${caption}</div>
      ${this.assessment?.notice ? html`<p part="notice" class="notice">${this.assessment.notice}</p>` : nothing}
      <p class="description">Median of providers' ratings, from 1 (low need) to 5 (highest need). Highest need first.</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
        <table part="table" class="needs">
          <caption class="sr-only">${caption}</caption>
          <thead>
            <tr><th scope="col">Rank</th><th scope="col">Need</th><th scope="col">Median rating (1–5)</th><th scope="col">Responses</th></tr>
          </thead>
          <tbody>
            ${this._rows.map(
              (r) => html`<tr>
                <td>${r.rank ?? '–'}</td>
                <th scope="row">${r.label}</th>
                ${
                  r.median === undefined
                    ? html`<td class="rating withheld">Withheld: fewer than ${this.minResponses} responses</td>`
                    : html`<td class="rating"><span class="dot-row">${this._dot(r.median)}<span class="value">${r.median.toLocaleString('en', { maximumFractionDigits: 1 })}</span></span></td>`
                }
                <td>${r.responses}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${withheld ? html`<p class="note">A median from fewer than ${this.minResponses} responses would be one provider's own answer, so it is not shown.</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cate-needs-ranking': CateNeedsRanking;
  }
}

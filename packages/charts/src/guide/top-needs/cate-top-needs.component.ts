import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { chartStyles, contextStyles } from '../../styles.js';
import type { TopNeeds } from '@cate/core';
import { guideStyles } from '../shared-styles.js';
import { topNeedsStyles } from './styles.js';

/**
 * `<cate-top-needs>`: the top survivor needs as the statewide snapshot shows them, each with its community
 * resources and recommendations, then the key implications and the sources. An ordered list with headings.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The title.
 * @csspart need - One need.
 * @csspart implications - The key implications.
 * @csspart sources - The sources.
 *
 * @cssproperty --cate-color-1 - The rule above each need. Also every other `--cate-*` property of `<cate-chart>`.
 */
export class CateTopNeeds extends LitElement {
  static override styles = [chartStyles, contextStyles, guideStyles, topNeedsStyles];

  static override properties = {
    needs: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
  };

  /** The needs, resources, recommendations and implications (e.g. core's MISSOURI_TOP_NEEDS_2019). */
  declare needs: TopNeeds | undefined;
  /** Title; default the data's title. */
  declare heading: string;
  /** aria-level of the title; each need is one level below. Default 2. */
  declare headingLevel: number;
  /** "light", "dark" or "auto". Default "auto". */
  declare theme: 'light' | 'dark' | 'auto';

  constructor() {
    super();
    this.needs = undefined;
    this.heading = '';
    this.headingLevel = 2;
    this.theme = 'auto';
  }

  protected override render(): TemplateResult {
    const theme = this.theme === 'light' || this.theme === 'dark' ? this.theme : 'auto';
    const data = this.needs;
    const level = this.headingLevel || 2;
    const sub = Math.min(6, level + 1);
    if (!data)
      return html`<div part="base" class="base ${theme}"><p class="message" role="status">No needs yet: set the needs property.</p></div>`;
    return html`<div part="base" class="base ${theme}">
      <div part="heading" class="heading" role="heading" aria-level=${level}>${this.heading || data.title}</div>
      <ol class="needs">
        ${data.needs.map(
          (need) => html`<li part="need" class="need">
            <div class="need-title" role="heading" aria-level=${sub}><span class="rank">${need.rank}.</span>${need.need}</div>
            <p class="label">Community resources</p>
            <ul>${need.resources.map((r) => html`<li>${r}</li>`)}</ul>
            <p class="label">Recommendations</p>
            <ul>${need.recommendations.map((r) => html`<li>${r}</li>`)}</ul>
          </li>`,
        )}
      </ol>
      ${
        data.implications.length
          ? html`<div class="subheading" role="heading" aria-level=${sub}>Key implications</div>
            <ul part="implications">${data.implications.map((i) => html`<li>${i}</li>`)}</ul>`
          : nothing
      }
      <ul part="sources" class="sources" aria-label="Sources">${data.sources.map((s) => html`<li>${s}</li>`)}</ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cate-top-needs': CateTopNeeds;
  }
}

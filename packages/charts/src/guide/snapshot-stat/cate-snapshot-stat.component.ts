import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { formatQuarter } from '@cate/core';
import { chartStyles, contextStyles } from '../../styles.js';
import { formatFigure, type SnapshotFigure } from '@cate/core';
import { guideStyles } from '../shared-styles.js';
import { snapshotStyles } from './styles.js';

/**
 * `<cate-snapshot-stat>`: one headline figure with its context, as the statewide snapshot shows them ("46% of
 * trafficking survivors identified as racial or ethnic minorities"). The figure is computed by core's
 * `shareFigure` from a protected series; a hidden part makes it a range, or "Suppressed", never a leaked number.
 *
 * @csspart base - The wrapper of everything.
 * @csspart figure - The number (or range, or the reason there is none).
 * @csspart statement - What the number says.
 * @csspart context - Period, denominator and coverage.
 * @csspart definition - How the figure is counted, in a disclosure.
 *
 * @cssproperty --cate-stat-size - Size of the number (default 3em). Also every other `--cate-*` property of `<cate-chart>`.
 */
export class CateSnapshotStat extends LitElement {
  static override styles = [chartStyles, contextStyles, guideStyles, snapshotStyles];

  static override properties = {
    figure: { attribute: false },
    statement: {},
    locale: {},
    theme: { reflect: true },
  };

  /** The computed figure. */
  declare figure: SnapshotFigure | undefined;
  /** What the figure says; default the figure definition's statement. */
  declare statement: string;
  /** BCP 47 locale for the number and quarters. Default "en". */
  declare locale: string;
  /** "light", "dark" or "auto". Default "auto". */
  declare theme: 'light' | 'dark' | 'auto';

  constructor() {
    super();
    this.figure = undefined;
    this.statement = '';
    this.locale = 'en';
    this.theme = 'auto';
  }

  private _context(figure: SnapshotFigure): string {
    const q = (quarter: SnapshotFigure['period']['from']) => formatQuarter(quarter, { locale: this.locale });
    const period =
      figure.period.from === figure.period.to
        ? q(figure.period.from)
        : `${q(figure.period.from)} to ${q(figure.period.to)}`;
    const parts = [period];
    if (figure.status === 'value')
      parts.push(
        `${figure.numerator.toLocaleString(this.locale)} of ${figure.denominator.toLocaleString(this.locale)} ${figure.definition.denominator}`,
      );
    if (figure.status === 'bounds')
      parts.push(`a range: some counts are hidden to protect privacy, so the exact share is not published`);
    if (figure.status === 'suppressed') parts.push('hidden to protect privacy: too few clients in a part of it');
    if (figure.status === 'not-reported') parts.push('no member reported this');
    const partial = figure.coverage.filter((c) => c.reported < c.expected);
    parts.push(
      partial.length
        ? `not every member reported (${partial.map((c) => `${q(c.quarter)}: ${c.reported} of ${c.expected}`).join('; ')})`
        : 'all members reporting',
    );
    parts.push('clients reported by members, not unique people');
    return parts.join(' · ');
  }

  protected override render(): TemplateResult {
    const theme = this.theme === 'light' || this.theme === 'dark' ? this.theme : 'auto';
    const figure = this.figure;
    if (!figure)
      return html`<div part="base" class="base ${theme}"><p class="message" role="status">No figure yet: set the figure property.</p></div>`;
    const text = formatFigure(figure, this.locale);
    return html`<div part="base" class="base ${theme}">
      <p class="callout">
        <span part="figure" class="figure ${figure.status}">${text}</span>
        <span part="statement" class="statement">${this.statement || figure.definition.statement}</span>
      </p>
      <p part="context" class="context">${this._context(figure)}</p>
      ${
        figure.definition.note
          ? html`<details part="definition"><summary>How this is counted</summary><p>${figure.definition.note}</p></details>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cate-snapshot-stat': CateSnapshotStat;
  }
}

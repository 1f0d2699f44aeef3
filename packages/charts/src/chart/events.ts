import type { ChartKind } from '../layout/kinds.js';
import type { ChartLayout } from '../layout/types.js';
import type { ChartErrorDetail } from '../load.js';
import type { Messages } from '../messages.js';
import type { AttributeProblem } from '../safety/options.js';
import { dispatchChartError } from './errors.js';

/** What the element's state is after an update, as its events tell it. */
export interface ChartOutcome {
  problems: readonly AttributeProblem[];
  error: ChartErrorDetail | undefined;
  /** The layout drawn with data (undefined when nothing is drawn). */
  drawn: ChartLayout | undefined;
  section: string;
  kind: ChartKind;
  messages: Messages;
}

/**
 * The element's events, each once per change: one `cate-error` per attribute it cannot use (again only when the
 * attributes change), one per new error, and `cate-ready` each time a new layout is drawn with data.
 */
export class ChartEvents {
  private _problems = '';
  private _error: ChartErrorDetail | undefined;
  private _drawn: ChartLayout | undefined;

  constructor(private readonly _el: HTMLElement) {}

  report(outcome: ChartOutcome): void {
    const { problems, error, drawn, messages: m } = outcome;
    const key = problems.map((p) => `${p.attribute}=${p.value}`).join('\n');
    if (key !== this._problems) {
      this._problems = key;
      for (const p of problems)
        dispatchChartError(this._el, {
          code: 'invalid-attribute',
          message: m.errors['invalid-attribute'](p.attribute, p.value, p.expected),
          ...p,
        });
    }
    if (error && error !== this._error) {
      this._error = error;
      dispatchChartError(this._el, error);
    }
    if (!error) this._error = undefined;
    if (drawn && drawn !== this._drawn) {
      this._drawn = drawn;
      const detail = { section: outcome.section, kind: outcome.kind };
      this._el.dispatchEvent(new CustomEvent('cate-ready', { detail, bubbles: true, composed: true }));
    }
  }
}

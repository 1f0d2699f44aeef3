import type { Unit, UnitLabel } from '@cate/core';
import type { CellView, ChartLayout, Measure } from '../layout/types.js';
import type { Messages } from '../messages.js';
import { isolate } from '../safety/bidi.js';

/** What a cell's sentence needs besides the layout. */
export interface SentenceContext {
  messages: Messages;
  measure: Measure;
  unit: Unit;
  /** The section's own words for what it counts, preferred over the unit's. */
  unitLabel: UnitLabel | undefined;
}

/** "Africa, Q1 2024: 12 clients", "Europe, Q1 2024: suppressed to protect privacy": a cell as a tooltip says it. */
export function cellSentence(cell: CellView, layout: ChartLayout, context: SentenceContext): string {
  const { messages: m, unitLabel: words } = context;
  const view = layout.categories[cell.c];
  // Labels from data are isolated: a right-to-left override in one cannot reverse the count beside it.
  const category =
    view?.group !== undefined
      ? m.groupedCategory(isolate(view.group), isolate(view.label))
      : isolate(view?.label ?? '');
  const quarter = isolate(layout.quarters[cell.q]?.label ?? '');
  if (cell.status === 'suppressed') return m.cellSuppressed(category, quarter);
  if (cell.status === 'not-reported') return m.cellNotReported(category, quarter);
  const value =
    context.measure === 'share'
      ? words
        ? m.shareOfNoun(cell.text, words.other)
        : m.shareOf(cell.text, context.unit)
      : `${cell.text} ${words ? words[cell.value === 1 ? 'one' : 'other'] : m.unitNoun(context.unit, cell.value)}`;
  return m.cellText(category, quarter, value);
}

import { compareQuarters, type Quarter, type QuarterRange } from '../periods.js';
import type { SafeCell, SafeSeries } from '../series.js';
import { brandSafeSeries } from '../privacy/safe-series.js';

const SUPPRESSED: SafeCell = Object.freeze({ status: 'suppressed' });
const NOT_REPORTED: SafeCell = Object.freeze({ status: 'not-reported' });

/**
 * A view of a published series over some of its quarters. It only selects: nothing is aggregated or protected
 * again, so every number in a view is a number of the publication or a sum of its published cells. A range
 * total is the publication's own when the view spans the whole release; over a shorter range it is the sum of
 * the category's cells when every one of them is published, and suppressed otherwise (a sum over a hidden cell
 * would be a new number, and two such sums subtract to the hidden cell).
 */
export function selectQuarters(series: SafeSeries, range: QuarterRange | undefined): SafeSeries {
  if (!range) return series;
  const keep = series.quarters.flatMap((q, i) =>
    compareQuarters(q, range.from) >= 0 && compareQuarters(q, range.to) <= 0 ? [i] : [],
  );
  if (keep.length === series.quarters.length) return series;
  const pick = <T>(row: readonly T[]): T[] => keep.map((i) => row[i]!);
  const cells = pick(series.cells);
  const rangeTotals = series.rangeTotals
    ? series.categories.map((_, c): SafeCell => {
        let sum = 0;
        let reported = false;
        for (const row of cells) {
          const cell = row[c]!;
          if (cell.status === 'suppressed') return SUPPRESSED;
          if (cell.status === 'value') {
            sum += cell.value;
            reported = true;
          }
        }
        return reported ? { status: 'value', value: sum } : NOT_REPORTED;
      })
    : undefined;
  const quarters = pick(series.quarters) as Quarter[];
  return brandSafeSeries({
    taxonomy: series.taxonomy,
    section: series.section,
    unit: series.unit,
    multiSelect: series.multiSelect,
    quarters,
    categories: series.categories.map((c) => ({ ...c })),
    cells: cells.map((row) => row.map((c) => ({ ...c }))),
    ...(series.quarterTotals ? { quarterTotals: pick(series.quarterTotals).map((c) => ({ ...c })) } : {}),
    ...(rangeTotals ? { rangeTotals } : {}),
    ...(series.shares ? { shares: pick(series.shares).map((row) => row.map((c) => ({ ...c }))) } : {}),
    ...(series.groupTotals
      ? {
          groupTotals: series.groupTotals.map((g) => ({ group: g.group, cells: pick(g.cells).map((c) => ({ ...c })) })),
        }
      : {}),
    coverage: series.coverage.filter((c) => quarters.includes(c.quarter)).map((c) => ({ ...c })),
    disclosure: { ...series.disclosure },
    ...(series.periodLabels ? { periodLabels: pick(series.periodLabels) } : {}),
    ...(series.text ? { text: series.text } : {}),
  });
}

import type { Quarter } from '../periods.js';
import type { Coverage, SafeCell, SafeSeries } from '../series.js';
import type { ShareDefinition } from './definitions.js';

/**
 * One computed figure with its context. When a part is hidden, the figure is a range that every value consistent
 * with the published numbers falls in (`bounds`), or hidden itself when even that cannot be known.
 */
export type SnapshotFigure = {
  definition: Pick<ShareDefinition, 'id' | 'statement' | 'denominator' | 'note'>;
  /** The quarters the figure covers (one quarter, or the series' range). */
  period: { from: Quarter; to: Quarter };
  coverage: readonly Coverage[];
} & (
  | { status: 'value'; share: number; numerator: number; denominator: number }
  | { status: 'bounds'; low: number; high: number }
  | { status: 'suppressed' }
  | { status: 'not-reported' }
);

const valueOf = (cell: SafeCell | undefined) => (cell?.status === 'value' ? cell.value : undefined);

function sumCells(cells: readonly (SafeCell | undefined)[]): SafeCell {
  if (cells.some((c) => c?.status === 'suppressed')) return { status: 'suppressed' };
  const values = cells.map(valueOf).filter((v): v is number => v !== undefined);
  return values.length ? { status: 'value', value: values.reduce((s, v) => s + v, 0) } : { status: 'not-reported' };
}

/** The category cells and total of one quarter, or of the whole range (range totals, summed quarter totals). */
function periodCells(
  series: SafeSeries,
  period: 'latest' | 'range' | Quarter,
): { cells: SafeCell[]; total: SafeCell | undefined; from: Quarter; to: Quarter } {
  const Q = series.quarters.length;
  if (period === 'range') {
    const cells = series.categories.map(
      (_, c) => series.rangeTotals?.[c] ?? sumCells(series.cells.map((row) => row[c])),
    );
    const total = series.quarterTotals ? sumCells(series.quarterTotals) : undefined;
    return { cells: [...cells], total, from: series.quarters[0]!, to: series.quarters[Q - 1]! };
  }
  const q = period === 'latest' ? Q - 1 : series.quarters.indexOf(period);
  if (q < 0) throw new RangeError(`quarter ${period} is not in the series (${series.quarters.join(', ')})`);
  return {
    cells: [...series.cells[q]!],
    total: series.quarterTotals?.[q],
    from: series.quarters[q]!,
    to: series.quarters[q]!,
  };
}

/**
 * A share of clients from a protected series, as seed 001 states its headline figures: the clients in the
 * definition's numerator categories over those in every category but the excluded ones.
 *
 * Nothing is read but published cells and totals. A hidden cell turns the figure into bounds: the hidden cells'
 * sum is the published total minus the visible cells, and the extremes put all of it in the numerator, in the
 * rest of the denominator, or in the excluded categories. Without a published total, a hidden part hides the figure.
 */
export function shareFigure(
  series: SafeSeries,
  definition: ShareDefinition,
  options: { period?: 'latest' | 'range' | Quarter } = {},
): SnapshotFigure {
  if (series.section !== definition.section)
    throw new TypeError(
      `figure "${definition.id}" is computed from section "${definition.section}", not "${series.section}"`,
    );
  if (series.multiSelect && definition.numerator.length > 1)
    throw new TypeError(
      `section "${series.section}" is multi-select: clients in several categories would be counted twice in "${definition.id}"`,
    );
  const { note, statement, denominator, id } = definition;
  const base = { definition: { id, statement, denominator, note }, coverage: series.coverage };
  if (series.quarters.length === 0) throw new RangeError('the series has no quarter');
  const { cells, total, from, to } = periodCells(series, options.period ?? 'latest');
  const figure = { ...base, period: { from, to } };

  const kind = (c: number) => {
    const cid = series.categories[c]!.id;
    return definition.numerator.includes(cid) ? 'n' : definition.excluded.includes(cid) ? 'x' : 'o';
  };
  const visible = { n: 0, x: 0, o: 0 };
  const hidden = { n: 0, x: 0, o: 0 };
  let reported = false;
  cells.forEach((cell, c) => {
    if (cell.status === 'value') visible[kind(c)] += cell.value;
    else if (cell.status === 'suppressed') hidden[kind(c)] += 1;
    if (cell.status !== 'not-reported') reported = true;
  });
  if (!reported) return { ...figure, status: 'not-reported' };

  if (hidden.n + hidden.x + hidden.o === 0) {
    const d = visible.n + visible.o;
    if (d === 0) return { ...figure, status: 'not-reported' };
    return { ...figure, status: 'value', share: visible.n / d, numerator: visible.n, denominator: d };
  }
  const t = valueOf(total);
  if (t === undefined || series.multiSelect) return { ...figure, status: 'suppressed' };
  const rest = t - visible.n - visible.x - visible.o;
  // The share is linear-fractional in the hidden amounts, so its extremes are where all of `rest` sits in one kind.
  const shares = (['n', 'x', 'o'] as const)
    .filter((k) => hidden[k] > 0)
    .map((k) => {
      const n = visible.n + (k === 'n' ? rest : 0);
      const d = visible.n + visible.o + (k === 'n' || k === 'o' ? rest : 0);
      return d > 0 ? n / d : undefined;
    })
    .filter((s): s is number => s !== undefined);
  if (shares.length === 0) return { ...figure, status: 'suppressed' };
  const low = Math.min(...shares);
  const high = Math.max(...shares);
  if (low === high) {
    // The hidden cells are all of one kind, so the published numbers already give the figure exactly.
    const n = visible.n + (hidden.n ? rest : 0);
    const d = visible.n + visible.o + (hidden.n || hidden.o ? rest : 0);
    return { ...figure, status: 'value', share: low, numerator: n, denominator: d };
  }
  return { ...figure, status: 'bounds', low, high };
}

/**
 * The figure in words, whole percents: "46%", a range rounded outwards so it still holds ("between 40% and 48%"),
 * or the reason there is no number.
 */
export function formatFigure(figure: SnapshotFigure, locale = 'en'): string {
  const percent = (whole: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(whole / 100);
  switch (figure.status) {
    case 'value':
      return percent(Math.round(figure.share * 100));
    case 'bounds':
      // The tolerance keeps an exact whole percent (0.4 * 100 = 40.00000000000001) from widening the range.
      return `${percent(Math.floor(figure.low * 100 + 1e-9))}–${percent(Math.ceil(figure.high * 100 - 1e-9))}`;
    case 'suppressed':
      return 'Suppressed';
    case 'not-reported':
      return 'Not reported';
  }
}

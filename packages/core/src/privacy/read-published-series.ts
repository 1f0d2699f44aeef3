import type { Problem } from '../problems.js';
import { seriesCategory, type SafeCell, type SafeSeries } from '../series.js';
import { suppressComplementary, type Candidate, type Verdict } from './gauss-suppression.js';
import type { DisclosurePolicy } from './policy.js';
import { checkedReaderPolicy, READER_DEFAULT_POLICY } from './policy-shape.js';
import type { SerializedSeries } from './published-series.js';
import { brandSafeSeries } from './safe-series.js';
import { checkSeriesShape, SERIES_FORMAT } from './series-shape.js';
import { BAD, ShapeProblems } from './shape-check.js';

// Reading a published series: its shape checked by hand (series-shape.ts), then the policy enforced again. This
// module builds no zod schema, so it is what a browser drawing published data loads.

const SUPPRESSED: SafeCell = { status: 'suppressed' };

/** A fresh copy of checked JSON text (the series is frozen; the caller's object must stay the caller's). */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function shapeProblems(s: SerializedSeries): Problem[] {
  const Q = s.quarters.length;
  const C = s.categories.length;
  const problems: Problem[] = [];
  const expect = (ok: boolean, path: string, message: string) => {
    if (!ok) problems.push({ severity: 'error', code: 'shape-mismatch', message, where: { path } });
  };
  const grid = (rows: readonly (readonly unknown[])[], name: string) =>
    expect(
      rows.length === Q && rows.every((r) => r.length === C),
      name,
      `${name} must be ${Q} quarters x ${C} categories`,
    );
  grid(s.cells, 'cells');
  if (s.shares) grid(s.shares, 'shares');
  if (s.quarterTotals)
    expect(s.quarterTotals.length === Q, 'quarterTotals', `quarterTotals must have one entry per quarter (${Q})`);
  if (s.rangeTotals)
    expect(s.rangeTotals.length === C, 'rangeTotals', `rangeTotals must have one entry per category (${C})`);
  if (s.periodLabels)
    expect(s.periodLabels.length === Q, 'periodLabels', `periodLabels must have one label per quarter (${Q})`);
  const groups = new Set(s.categories.flatMap((c) => (c.group === undefined ? [] : [c.group])));
  const totalled = new Set<string>();
  s.groupTotals?.forEach((g, i) => {
    const path = `groupTotals[${i}]`;
    expect(
      !s.multiSelect,
      path,
      'a multi-select section has no group totals: its categories overlap, so they do not add up',
    );
    expect(groups.has(g.group), `${path}.group`, `no category is in group "${g.group}"`);
    expect(!totalled.has(g.group), `${path}.group`, `group "${g.group}" has two totals`);
    expect(g.cells.length === Q, `${path}.cells`, `a group total must have one entry per quarter (${Q})`);
    totalled.add(g.group);
    if (!groups.has(g.group)) return;
    // A total that is not the sum of its published cells would make the attack model (and the chart) wrong.
    g.cells.forEach((total, q) => {
      const members = s.categories.flatMap((c, i) => (c.group === g.group ? [s.cells[q]?.[i]] : []));
      if (total?.status !== 'value' || members.some((m) => m === undefined || m.status === 'suppressed')) return;
      const sum = members.reduce((n, m) => n + (m!.status === 'value' ? m!.value : 0), 0);
      expect(
        Math.abs(sum - total.value) < 1e-9,
        `${path}.cells[${q}]`,
        `the total of "${g.group}" for ${s.quarters[q]} is not the sum of its categories`,
      );
    });
  });
  return problems;
}

/**
 * Reads a JSON-serialised SafeSeries (for a chart that loads pre-aggregated data) and enforces the policy on
 * it: a visible count that breaks the policy is hidden, then complementary suppression is re-run over what is
 * visible, every already-suppressed cell and total counting as one to protect. Problems never quote a hidden
 * count.
 */
export function readPublishedSeries(
  input: unknown,
  policy: DisclosurePolicy = READER_DEFAULT_POLICY,
): { series?: SafeSeries; problems: Problem[] } {
  const p = checkedReaderPolicy(policy);
  const format = (input as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format !== SERIES_FORMAT)
    return {
      problems: [
        {
          severity: 'error',
          code: 'unsupported-format',
          message: `format "${format}" is not supported; expected "${SERIES_FORMAT}"`,
          where: { path: 'format' },
        },
      ],
    };
  const shape = new ShapeProblems();
  const s = checkSeriesShape(input, '', shape);
  if (s === BAD)
    return {
      problems: shape.list.map(({ path, message }) => ({
        severity: 'error' as const,
        code: 'invalid-series',
        message,
        where: { path },
      })),
    };
  const problems = shapeProblems(s);
  if (problems.length) return { problems };

  const isProtected = p.units.includes(s.unit);
  const threshold = Math.max(s.disclosure.threshold, isProtected ? p.threshold : 0);
  const protectZeros = s.disclosure.protectZeros || (isProtected && p.protectZeros);
  const isSmall = (cell: SafeCell) =>
    cell.status === 'value' && (cell.value > 0 ? cell.value < threshold : protectZeros);
  const Q = s.quarters.length;
  const C = s.categories.length;

  // Inner cells: every reported cell; hidden ones (already suppressed or now too small) are protected.
  const cellAt: Array<[number, number]> = [];
  const index = s.cells.map((row, q) =>
    row.map((cell, c) => (cell.status === 'not-reported' ? -1 : cellAt.push([q, c]) - 1)),
  );
  const cellOf = (i: number) => s.cells[cellAt[i]![0]]![cellAt[i]![1]]!;
  const visible = (cell: SafeCell | undefined) => (cell?.status === 'value' && !isSmall(cell) ? cell.value : undefined);

  // The same attack model as protectTable: quarter sums and the grand total are taken as known, range totals
  // when shown. A total already suppressed, or now too small, is protected.
  const totals: Array<{
    kind: 'quarter' | 'range' | 'group' | 'grand';
    at: number;
    cells: number[];
    shown?: SafeCell;
  }> = [];
  // A group total is one more published sum: of its group's cells in its quarter (at = g * Q + q).
  s.groupTotals?.forEach((g, k) => {
    for (let q = 0; q < Q; q++)
      totals.push({
        kind: 'group',
        at: k * Q + q,
        cells: s.categories.flatMap((c, i) => (c.group === g.group && index[q]![i]! >= 0 ? [index[q]![i]!] : [])),
        shown: g.cells[q],
      });
  });
  for (let q = 0; q < Q; q++)
    totals.push({
      kind: 'quarter',
      at: q,
      cells: index[q]!.filter((i) => i >= 0),
      ...(s.multiSelect ? {} : { shown: s.quarterTotals?.[q] }),
    });
  if (s.rangeTotals)
    for (let c = 0; c < C; c++)
      totals.push({
        kind: 'range',
        at: c,
        cells: index.map((row) => row[c]!).filter((i) => i >= 0),
        shown: s.rangeTotals[c],
      });
  totals.push({ kind: 'grand', at: 0, cells: [...cellAt.keys()] });
  const linear = totals.filter((t) => t.cells.length > 0);
  const protectedTotal = (t: (typeof linear)[number]) =>
    t.shown !== undefined && (t.shown.status === 'suppressed' || isSmall(t.shown));

  const primary = cellAt.map((_, i) => cellOf(i).status === 'suppressed' || isSmall(cellOf(i)));
  // Shown totals and visible cells are tried first and in their published order; totals only assumed known
  // (quarter sums this chart does not show, the grand total) last, so that re-reading a series protected under
  // the same policy hides nothing more: every subset of a safe publication is safe, so each visible value passes.
  const shownTotals = linear
    .map((t, index) => ({ t, index, value: visible(t.shown) }))
    .filter(({ t, value }) => value !== undefined && !protectedTotal(t))
    .sort((a, b) => b.value! - a.value! || a.index - b.index);
  const order: Candidate[] = [
    ...shownTotals.map(({ index }): Candidate => ({ kind: 'total', index })),
    ...cellAt
      .map((_, index) => ({ index, value: visible(cellOf(index)) ?? 0 }))
      .filter(({ index }) => !primary[index])
      .sort((a, b) => Number(a.value !== 0) - Number(b.value !== 0) || b.value - a.value || a.index - b.index)
      .map(({ index }): Candidate => ({ kind: 'cell', index })),
    ...linear.flatMap((t, index): Candidate[] => (t.shown === undefined ? [{ kind: 'total', index }] : [])),
  ];
  const { cells: cellVerdicts, totals: totalVerdicts } = suppressComplementary({
    n: cellAt.length,
    primary,
    singleton: cellAt.map((_, i) => {
      const cell = cellOf(i);
      return cell.status === 'value' && (cell.value === 1 || (protectZeros && cell.value === 0));
    }),
    totals: linear.map((t) => ({ cells: t.cells, primary: protectedTotal(t) })),
    order,
  });

  const warn = (path: string, code: string, message: string) =>
    problems.push({ severity: 'warning', code, message, where: { path } });
  const label = (q: number, c?: number) => `${s.quarters[q]}${c === undefined ? '' : `, "${s.categories[c]!.label}"`}`;
  const cells = s.cells.map((row, q) =>
    row.map((cell, c): SafeCell => {
      const i = index[q]![c]!;
      if (i < 0 || cellVerdicts[i] === 'published' || cell.status === 'suppressed') return { ...cell };
      if (isSmall(cell))
        warn(
          `cells[${q}][${c}]`,
          'below-threshold',
          `the count for ${label(q, c)} is below the disclosure threshold of ${threshold}; it is now hidden`,
        );
      else
        warn(
          `cells[${q}][${c}]`,
          'complementary',
          `the count for ${label(q, c)} would let a hidden count be worked out; it is now hidden`,
        );
      return { ...SUPPRESSED };
    }),
  );
  const linearVerdict = (kind: 'quarter' | 'range' | 'group', at: number): Verdict | undefined => {
    const i = linear.findIndex((t) => t.kind === kind && t.at === at);
    return i < 0 ? undefined : totalVerdicts[i];
  };
  const totalCell = (cell: SafeCell, hidden: boolean, path: string, what: string): SafeCell => {
    if (cell.status !== 'value' || !hidden) return { ...cell };
    warn(path, isSmall(cell) ? 'below-threshold' : 'complementary', `${what} is now hidden to protect small counts`);
    return { ...SUPPRESSED };
  };
  const quarterTotals = s.quarterTotals?.map((cell, q) =>
    totalCell(
      cell,
      s.multiSelect ? isSmall(cell) : (linearVerdict('quarter', q) ?? 'published') !== 'published',
      `quarterTotals[${q}]`,
      `the total for ${label(q)}`,
    ),
  );
  const rangeTotals = s.rangeTotals?.map((cell, c) =>
    totalCell(
      cell,
      (linearVerdict('range', c) ?? 'published') !== 'published',
      `rangeTotals[${c}]`,
      `the range total for "${s.categories[c]!.label}"`,
    ),
  );
  const groupTotals = s.groupTotals?.map((g, k) => ({
    group: g.group,
    cells: g.cells.map((cell, q) =>
      totalCell(
        cell,
        (linearVerdict('group', k * Q + q) ?? 'published') !== 'published',
        `groupTotals[${k}].cells[${q}]`,
        `the total of "${g.group}" for ${label(q)}`,
      ),
    ),
  }));
  // A share is kept only beside a visible cell and a visible denominator (a share and its cell reveal the denominator).
  const denominatorShown = (q: number) =>
    s.multiSelect
      ? quarterTotals === undefined || quarterTotals[q]!.status === 'value'
      : linearVerdict('quarter', q) === 'published' &&
        (quarterTotals === undefined || quarterTotals[q]!.status === 'value');
  const shares = s.shares?.map((row, q) =>
    row.map((share, c): SafeCell =>
      share.status !== 'value' || (cells[q]![c]!.status === 'value' && denominatorShown(q))
        ? { ...share }
        : { ...SUPPRESSED },
    ),
  );

  const series = brandSafeSeries({
    taxonomy: s.taxonomy,
    section: s.section,
    unit: s.unit,
    multiSelect: s.multiSelect,
    quarters: [...s.quarters] as SafeSeries['quarters'],
    categories: s.categories.map(seriesCategory),
    cells,
    ...(quarterTotals ? { quarterTotals } : {}),
    ...(rangeTotals ? { rangeTotals } : {}),
    ...(shares ? { shares } : {}),
    ...(groupTotals ? { groupTotals } : {}),
    coverage: s.coverage.map(({ quarter, reported, expected }) => ({
      quarter: quarter as SafeSeries['quarters'][number],
      reported,
      expected,
    })),
    disclosure: { threshold, protectZeros },
    ...(s.periodLabels ? { periodLabels: [...s.periodLabels] } : {}),
    ...(s.text ? { text: structuredCopy(s.text) } : {}),
  });
  return { series, problems };
}

import type { Quarter } from '../periods.js';
import { POLICY_PRESETS, type DisclosurePolicy } from '../privacy/policy.js';
import { SERIES_FORMAT, readPublishedSeries, type SerializedSeries } from '../privacy/published-series.js';
import type { Problem } from '../problems.js';
import { seriesCategory, type SafeSeries } from '../series.js';
import { sectionText } from '../section-text.js';
import type { Taxonomy } from '../taxonomy/schema.js';
import type { HotlineDataset, HotlinePublishedRow, HotlinePublishedTable } from './missouri-2020.js';
import { categoryGroups } from './groups.js';
import { hotlineTaxonomy } from './taxonomy.js';

/**
 * The period a Hotline year is filed under. A SafeSeries knows quarters only, so a calendar year's report is
 * one period stamped with the year's last quarter, and named by `hotlinePeriodLabel` ("2020") in `periodLabels`.
 */
export function hotlinePeriod(dataset: HotlineDataset): Quarter {
  return `${dataset.period.to.slice(0, 4)}-Q4` as Quarter;
}

/** How the report's period is named: the year for a calendar year, else its first and last day. */
export function hotlinePeriodLabel(dataset: HotlineDataset): string {
  const { from, to } = dataset.period;
  const year = to.slice(0, 4);
  return from === `${year}-01-01` && to === `${year}-12-31` ? year : `${from} – ${to}`;
}

type Cell = SerializedSeries['cells'][number][number];

function rowFor(
  dataset: HotlineDataset,
  section: string,
  category: string,
): { table: HotlinePublishedTable; row: HotlinePublishedRow } | undefined {
  for (const table of dataset.tables)
    for (const row of table.rows)
      if (row.cells.some(([s, c]) => s === section && c === category)) return { table, row };
  return undefined;
}

/**
 * One section of the published report as a `cate-series@1` document: printed counts as values, "Fewer than
 * Three Times" as suppressed cells, the table's total as the period total, and the printed percents as shares
 * (the report's rounding kept, so the chart prints what the report prints).
 */
export function hotlineSeriesDocument(
  dataset: HotlineDataset,
  sectionId: string,
  taxonomy: Taxonomy = hotlineTaxonomy,
): { document?: SerializedSeries; problems: Problem[] } {
  const section = taxonomy.sections.find((s) => s.id === sectionId);
  if (!section)
    return {
      problems: [
        {
          severity: 'error',
          code: 'unknown-section',
          message: `section "${sectionId}" is not in taxonomy "${taxonomy.id}"`,
          where: { path: 'section' },
        },
      ],
    };
  const problems: Problem[] = [];
  const found = section.categories.map((category, c) => {
    const hit = rowFor(dataset, section.id, category.id);
    if (!hit)
      problems.push({
        severity: 'error',
        code: 'missing-row',
        message: `no published row fills "${category.label}" of section "${section.id}"`,
        where: { path: `categories[${c}]` },
      });
    return hit;
  });
  if (problems.length) return { problems };
  const tables = new Set(found.map((hit) => hit!.table));
  if (tables.size !== 1)
    return {
      problems: [
        {
          severity: 'error',
          code: 'mixed-tables',
          message: `section "${section.id}" takes rows from ${tables.size} tables; expected one`,
          where: { path: 'tables' },
        },
      ],
    };
  const table = found[0]!.table;
  const cells: Cell[] = found.map((hit) =>
    hit!.row.count === 'fewer-than-three' ? { status: 'suppressed' } : { status: 'value', value: hit!.row.count },
  );
  const printed = found.some((hit) => hit!.row.percent !== undefined);
  const shares: Cell[] = found
    .map((hit) => hit!.row)
    .map((row) =>
      row.count === 'fewer-than-three'
        ? { status: 'suppressed' }
        : row.percent === undefined
          ? { status: 'not-reported' }
          : { status: 'value', value: row.percent / 100 },
    );
  const quarter = hotlinePeriod(dataset);
  // A group's own row ("Sex 229" above its venues), printed in the same table: the group's published total.
  const groupTotals = categoryGroups(section).flatMap(({ group }) => {
    const printed = table.rows.find((row) => row.label === group && !row.cells.some(([s]) => s === section.id));
    if (!printed) return [];
    const cell: Cell =
      printed.count === 'fewer-than-three' ? { status: 'suppressed' } : { status: 'value', value: printed.count };
    return [{ group, cells: [cell] }];
  });
  const document: SerializedSeries = {
    format: SERIES_FORMAT,
    taxonomy: taxonomy.id,
    section: section.id,
    unit: section.unit,
    multiSelect: section.multiSelect,
    quarters: [quarter],
    categories: section.categories.map(seriesCategory),
    cells: [cells],
    quarterTotals: [{ status: 'value', value: table.total }],
    ...(printed ? { shares: [shares] } : {}),
    ...(groupTotals.length ? { groupTotals } : {}),
    coverage: [{ quarter, reported: 1, expected: 1 }],
    disclosure: { threshold: 3, protectZeros: false },
    periodLabels: [hotlinePeriodLabel(dataset)],
    text: sectionText(section),
  };
  return { document, problems };
}

/**
 * One section of the published report as a SafeSeries, read through `readPublishedSeries` with the Hotline's
 * own rule (k = 3): any printed count from 1 to 2 would be hidden, and hidden rows stay hidden.
 */
export function hotlineSeries(
  dataset: HotlineDataset,
  sectionId: string,
  options: { taxonomy?: Taxonomy; policy?: DisclosurePolicy } = {},
): { series?: SafeSeries; problems: Problem[] } {
  const { document, problems } = hotlineSeriesDocument(dataset, sectionId, options.taxonomy);
  if (!document) return { problems };
  return readPublishedSeries(document, options.policy ?? POLICY_PRESETS.hotline);
}

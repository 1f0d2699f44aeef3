import type { ResourceGuide } from './schema.js';
import { SERVICE_TYPES } from './service-types.js';

/** Seed 004's note under figure 1: how offerings are counted. */
export const INVENTORY_COUNTING_NOTE =
  'Services were only counted in the counties they were located in to avoid duplication of counts, although service providers often serve neighboring counties and some serve statewide.';

/** Service offerings by county and service type, with row and column totals. Counts of offerings, not people. */
export interface ServiceInventory {
  counties: string[];
  serviceTypes: Array<{ id: string; label: string }>;
  /** counts[county][type]: offerings of that type by providers located in that county. */
  counts: number[][];
  /** Per county (row totals). */
  countyTotals: number[];
  /** Per service type (column totals). */
  serviceTotals: number[];
  total: number;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Totals for a counts grid: the inventory as a table with its row and column totals. */
export function inventoryFromCounts(
  counties: readonly string[],
  serviceTypes: ReadonlyArray<{ id: string; label: string }>,
  counts: readonly (readonly number[])[],
): ServiceInventory {
  if (counts.length !== counties.length || counts.some((row) => row.length !== serviceTypes.length))
    throw new RangeError(
      `inventoryFromCounts: expected ${counties.length} counties x ${serviceTypes.length} service types`,
    );
  const grid = counts.map((row) => [...row]);
  const countyTotals = grid.map(sum);
  return {
    counties: [...counties],
    serviceTypes: serviceTypes.map(({ id, label }) => ({ id, label })),
    counts: grid,
    countyTotals,
    serviceTotals: serviceTypes.map((_, t) => sum(grid.map((row) => row[t]!))),
    total: sum(countyTotals),
  };
}

/**
 * The service inventory of a resource guide. Each provider's services count once each, only in the county where
 * it is located, "to avoid duplication of counts, although service providers often serve neighboring counties
 * and some serve statewide" (seed 004). Counties in the guide's order (or `options.counties`); every service
 * type of the inventory's list, in its order.
 */
export function serviceInventory(
  guide: ResourceGuide,
  options: { counties?: readonly string[] } = {},
): ServiceInventory {
  const counties = options.counties ?? guide.counties;
  const row = new Map(counties.map((c, i) => [c, i]));
  const column = new Map<string, number>(SERVICE_TYPES.map((t, i) => [t.id, i]));
  const counts = counties.map(() => SERVICE_TYPES.map(() => 0));
  for (const provider of guide.providers) {
    const r = row.get(provider.locatedIn);
    if (r === undefined) continue;
    for (const service of new Set(provider.services)) counts[r]![column.get(service)!]! += 1;
  }
  return inventoryFromCounts(counties, SERVICE_TYPES, counts);
}

/** A service type some counties have none of. */
export interface ServiceGap {
  serviceType: { id: string; label: string };
  /** Counties with no offering of the type located in them. */
  counties: string[];
  of: number;
}

/**
 * The gaps the regional total hides: for each service type, the counties with none located in them ("five of the
 * seven counties in the region did not have language access/translation resources"), most gaps first.
 */
export function inventoryGaps(inventory: ServiceInventory): ServiceGap[] {
  return inventory.serviceTypes
    .map((serviceType, t) => ({
      serviceType,
      counties: inventory.counties.filter((_, c) => inventory.counts[c]![t] === 0),
      of: inventory.counties.length,
    }))
    .filter((g) => g.counties.length > 0)
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.counties.length - a.g.counties.length || a.i - b.i)
    .map(({ g }) => g);
}

import { quarterIndex } from '../periods.js';
import type { Quarter } from '../periods.js';
import type { AggregateTable } from '../series.js';
import type { Submission } from '../submissions/types.js';
import type { Taxonomy } from '../taxonomy/schema.js';
import { expectedOrganizations, quartersOf } from './aggregate-report.js';
import type { AggregateOptions } from './aggregate-report.js';

/** Which organization reported which section in which quarter: `reported[section][organization][quarter]`. */
export interface ReportingCoverage {
  quarters: Quarter[];
  organizations: string[];
  reported: Record<string, boolean[][]>;
}

/** Reporting coverage for every section, for the coordinator ("7 of 8 members reported"; who is missing). */
export function reportingCoverage(
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  options: AggregateOptions = {},
): ReportingCoverage {
  const quarters = quartersOf(submissions, options.quarters);
  const organizations = expectedOrganizations(taxonomy, submissions, options.organizations);
  const orgPosition = new Map(organizations.map((id, i) => [id, i]));
  const first = quarters.length ? quarterIndex(quarters[0]!) : 0;
  const reported: Record<string, boolean[][]> = {};
  for (const section of taxonomy.sections) reported[section.id] = organizations.map(() => quarters.map(() => false));
  for (const s of submissions) {
    const o = orgPosition.get(s.organization);
    const q = quarterIndex(s.quarter) - first;
    if (o === undefined || q < 0 || q >= quarters.length) continue;
    for (const sectionId in s.counts) {
      const row = reported[sectionId]?.[o];
      if (row) row[q] = true;
    }
  }
  return { quarters, organizations, reported };
}

/** An organization-level measure for one quarter: how many organizations said yes, of how many reporting. */
export interface OrganizationMeasure {
  quarter: Quarter;
  /** Organizations answering yes (the section's single category summed), or null when none reported. */
  count: number | null;
  reporting: number;
  /** count / reporting as a fraction, or null when none reported. */
  percent: number | null;
}

/**
 * Organization-level measures for sections whose unit is organizations or percent of organizations
 * (screening, waitlist, direct services): each organization answers 1 (yes) or 0 (no) in the first category.
 */
export function organizationMeasures(table: AggregateTable): OrganizationMeasure[] {
  if (table.unit !== 'organizations' && table.unit !== 'percent-of-organizations')
    throw new TypeError(`Section "${table.section}" counts ${table.unit}, not organizations`);
  return table.quarters.map((quarter, q) => {
    const count = table.counts[q]?.[0] ?? null;
    const reporting = table.coverage[q]?.reported ?? 0;
    return { quarter, count, reporting, percent: count === null || reporting === 0 ? null : count / reporting };
  });
}

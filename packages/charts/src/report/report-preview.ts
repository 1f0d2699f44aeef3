import { aggregateReport, protectTables, quartersOf } from '@cate/core';
import type { DisclosurePolicy, Submission, Taxonomy } from '@cate/core';
import type { ProtectedReport, ReportFilters } from './report-source.js';

// A report's raw submissions (the coordinator's local preview): reading them is the chart's pipeline (validation is
// core's), aggregating and protecting them is core's. A chunk of its own in the ES module bundle
// (report-preview-chunk.ts), loaded only when a preview is given raw submissions.

export { inputFromData, inputFromText } from '../pipeline.js';
export { quartersOf };

/** Submissions to each section's SafeSeries: aggregated in one pass and protected per section by core. */
export function protectSubmissions(
  submissions: readonly Submission[],
  taxonomy: Taxonomy,
  filters: ReportFilters,
  policy: DisclosurePolicy | undefined,
): ProtectedReport {
  const tables = aggregateReport(taxonomy, submissions, {
    ...(filters.quarters ? { quarters: filters.quarters } : {}),
    ...(filters.organizations ? { organizations: filters.organizations } : {}),
  });
  const { series, records } = protectTables([...tables.values()], policy);
  return { series: new Map(series.map((s) => [s.section, s])), records };
}

// Public API of privacy/: a hand-picked list of re-exports.
export { DisclosurePolicy, DEFAULT_POLICY, POLICY_PRESETS } from './policy.js';
export { protectTable, protectTables } from './protect-table.js';
export type {
  ProtectedTable,
  SuppressionRecord,
  SuppressionReason,
  SuppressedCell,
  SuppressedTotal,
  TotalEntry,
} from './protect-table.js';
export { auditPublication } from './audit-publication.js';
export type { Publication, PublishedRelation, AuditReport, HiddenCellAudit } from './audit-publication.js';
export { auditSeries } from './audit-series.js';
export type { SeriesAudit, SeriesCellAudit, AuditSeriesOptions } from './audit-series.js';
export { readPublishedSeries, serializeSeries, SerializedSeries, SERIES_FORMAT } from './published-series.js';

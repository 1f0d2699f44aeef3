/** The most data `<cate-chart>` reads from `src` unless `max-bytes` says otherwise: 5 MiB (a publication is ~0.2 MB). */
export const CHART_MAX_BYTES = 5 * 1024 * 1024;
/** The most data `<cate-report>` and `<cate-resource-guide>` read unless `max-bytes` says otherwise: 20 MiB. */
export const REPORT_MAX_BYTES = 20 * 1024 * 1024;

/** Bytes as a message shows them: "5 MB", "1.5 MB", "900 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

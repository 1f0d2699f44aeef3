import type { Submission, SubmissionRow } from './types.js';

/** Flattens submissions to the long layout: one row per count, in submission, section and category order. */
export function submissionsToRows(submissions: readonly Submission[]): SubmissionRow[] {
  const rows: SubmissionRow[] = [];
  for (const { organization, quarter, counts } of submissions)
    for (const section in counts)
      for (const category in counts[section])
        rows.push({ organization, quarter, section, category, count: counts[section]![category]! });
  return rows;
}

/**
 * Groups long-layout rows into submissions, one per organization and quarter, in the order first seen. For rows
 * already checked (use `validateSubmissions` for input): the same count twice throws a RangeError rather than
 * keep one silently.
 */
export function rowsToSubmissions(rows: readonly SubmissionRow[]): Submission[] {
  const byKey = new Map<string, Submission>();
  for (const { organization, quarter, section, category, count } of rows) {
    const key = `${organization}\u0000${quarter}`;
    let submission = byKey.get(key);
    if (submission === undefined) byKey.set(key, (submission = { organization, quarter, counts: {} }));
    const categories = (submission.counts[section] ??= {});
    if (category in categories)
      throw new RangeError(
        `organization "${organization}", ${quarter}, section "${section}", category "${category}" is given twice`,
      );
    categories[category] = count;
  }
  return [...byKey.values()];
}

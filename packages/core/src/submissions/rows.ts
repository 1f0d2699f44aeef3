import { clip, idRecord } from './collector.js';
import type { Submission, SubmissionRow } from './types.js';

/** Flattens submissions to the long layout: one row per count, in submission, section and category order. */
export function submissionsToRows(submissions: readonly Submission[]): SubmissionRow[] {
  const rows: SubmissionRow[] = [];
  for (const { organization, quarter, counts } of submissions)
    for (const section of Object.keys(counts)) {
      const categories = counts[section]!;
      for (const category of Object.keys(categories))
        rows.push({ organization, quarter, section, category, count: categories[category]! });
    }
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
    if (submission === undefined) byKey.set(key, (submission = { organization, quarter, counts: idRecord() }));
    // Null-prototype records: a section or category id such as "constructor" is a key like any other.
    const categories = (submission.counts[section] ??= idRecord());
    if (Object.hasOwn(categories, category))
      throw new RangeError(
        `organization "${clip(organization)}", ${quarter}, section "${clip(section)}", category "${clip(category)}" is given twice`,
      );
    categories[category] = count;
  }
  return [...byKey.values()];
}

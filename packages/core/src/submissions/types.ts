import type { Quarter } from '../periods.js';

/**
 * One organization's answers for one quarter: `counts[sectionId][categoryId]` is the number of that
 * organization's clients (or organizations, or service uses) in the category.
 * A section or category that is absent was not reported, which is different from a reported 0.
 */
export interface Submission {
  organization: string;
  quarter: Quarter;
  counts: Record<string, Record<string, number>>;
}

/** One count in the long layout: the unit of work that throughput is measured in. */
export interface SubmissionRow {
  organization: string;
  quarter: Quarter;
  section: string;
  category: string;
  count: number;
}

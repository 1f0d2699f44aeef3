import * as z from 'zod/mini';
import { isQuarter, type Quarter } from '../periods.js';

/**
 * The largest count one organization may report in one category for one quarter. A larger number is far more
 * likely a typo, a pasted phone number or a shifted column than real clients, so it is rejected.
 */
export const MAX_COUNT = 1_000_000;

/** A quarter in its canonical form, `2025-Q3`. */
export const QuarterSchema = z.custom<Quarter>(isQuarter, 'expected a quarter written like 2025-Q3');

/** One count: a whole number from 0 to MAX_COUNT. */
export const CountSchema = z
  .number()
  .check(
    z.int('expected a whole number'),
    z.minimum(0, 'expected a count of 0 or more'),
    z.maximum(MAX_COUNT, `expected a count of at most ${MAX_COUNT}`),
  );

const OrganizationId = z.string().check(z.minLength(1, 'expected an organization id'));

/**
 * One organization's answers for one quarter, in canonical form (the shape of `Submission`):
 * `{ organization: "org-a", quarter: "2025-Q3", counts: { sex: { female: 12, male: 3 } } }`.
 * A section or category that is absent was not reported, which is different from a reported 0.
 *
 * The schema checks shape only. `validateSubmissions` and `parseSubmissions` also check the ids against a
 * taxonomy, find duplicates, forgive quarters like `2025 Q3`, and explain every problem with its location;
 * what they return always satisfies this schema.
 */
export const SubmissionSchema = z.object({
  organization: OrganizationId,
  quarter: QuarterSchema,
  counts: z.record(z.string(), z.record(z.string(), CountSchema)),
});

/** One count in the long layout: `{ organization, quarter, section, category, count }`. */
export const SubmissionRowSchema = z.object({
  organization: OrganizationId,
  quarter: QuarterSchema,
  section: z.string(),
  category: z.string(),
  count: CountSchema,
});

const SubmissionList = z.union([z.array(SubmissionSchema), z.array(SubmissionRowSchema)]);

/**
 * A JSON document of submissions: an array of submissions, an array of long-layout rows, or either array
 * wrapped as `{ "taxonomy": "cate", "submissions": [...] }` (the taxonomy id is optional).
 */
export const SubmissionsDocumentSchema = z.union([
  SubmissionList,
  z.object({ taxonomy: z.optional(z.string()), submissions: SubmissionList }),
]);

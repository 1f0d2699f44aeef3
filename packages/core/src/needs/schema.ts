import * as z from 'zod/mini';
import { Id } from '../taxonomy/schema.js';

export const NEEDS_FORMAT = 'cate-needs@1';

const Text = z.string().check(z.minLength(1, 'expected non-empty text'));
const Named = z.object({ id: Id, label: Text });

/** A rating on the assessment's 1-5 scale (5: the highest level of need); null where a respondent gave none. */
const Rating = z.nullable(
  z.int().check(z.minimum(1, 'expected a rating from 1 to 5'), z.maximum(5, 'expected a rating from 1 to 5')),
);

/** One respondent's (a service provider's) ratings of every need for their region. */
export const NeedsResponse = z.object({ region: Id, ratings: z.record(z.string(), Rating) });
export type NeedsResponse = z.infer<typeof NeedsResponse>;

/** A provider-based needs assessment: needs rated 1-5 per region, as seeds 002 and 004 describe. */
export const NeedsAssessment = z.object({
  format: z.literal(NEEDS_FORMAT),
  title: Text,
  synthetic: z._default(z.boolean(), false),
  notice: z.optional(Text),
  regions: z.array(Named).check(z.minLength(1, 'expected at least one region')),
  needs: z.array(Named).check(z.minLength(1, 'expected at least one need')),
  responses: z.array(NeedsResponse),
});
export type NeedsAssessment = z.infer<typeof NeedsAssessment>;

import * as z from 'zod/mini';
import { isQuarter } from '../periods.js';
import { SerializedSeries } from '../privacy/published-series.js';
import { PUBLICATION_FORMAT } from './publication-shape.js';

/**
 * `cate-publication@1`: the one public artifact. Every section of a taxonomy over every quarter of a release,
 * protected together by one suppression run, with the public part of its policy, its coverage, notices and a
 * release id. It holds no per-organization number: whatever a visitor's browser receives is published, so this
 * document (and views selected from it) is all the elements draw in public.
 *
 * What an attacker may assume besides the numbers in it (the relations `auditPublication` and the test suite's
 * independent attack use; see docs/privacy.md):
 * - every cell is a whole number >= 0;
 * - a single-select section's cells in a quarter add up to its quarter total; its cells over the release add up
 *   to its range total; a group's cells add up to the group total;
 * - the sections listed in `links.sameTotal[q]` all add up, in quarter q, to the same client count (they cover
 *   every client, and the same organizations reported them), whether or not that count is shown;
 * - a multi-select cell never exceeds its quarter total (the client count of the organizations reporting it); that
 *   total never exceeds the client count, and equals it when every expected organization reported both sections;
 *   a cell of a section that is `subsetOf` another never exceeds the parent's quarter sum;
 * - every earlier release named in `release.previous` is public too, with all of its relations.
 */
export { PUBLICATION_FORMAT };

const QuarterText = z.string().check(z.refine(isQuarter, 'expected a quarter written like 2025-Q3'));
const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** A section as published: a serialized SafeSeries, with the links an attacker may assume. */
export const PublishedSection = z.extend(SerializedSeries, {
  /** The section's categories cover every client once (single-select): its quarter sum is the client count. */
  coversAllClients: z.optional(z.boolean()),
  /** Every cell of this section is at most the parent section's quarter sum. */
  subsetOf: z.optional(Id),
});
export type PublishedSection = z.infer<typeof PublishedSection>;

export const PublicationDocument = z.object({
  format: z.literal(PUBLICATION_FORMAT),
  release: z.object({
    /** Stable id of this release, e.g. "cate-2025-Q4". */
    id: Id,
    /** The date the release was made (ISO yyyy-mm-dd). */
    created: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written like 2026-03-13')),
    from: QuarterText,
    to: QuarterText,
    /** Ids of the earlier releases this one was protected together with (oldest first). */
    previous: z.optional(z.array(Id)),
    /** Past cells whose value changed since an earlier release (a member revised its data), by the coordinator's choice. */
    revised: z.optional(z.array(z.object({ section: Id, quarter: QuarterText, category: Id, release: Id }))),
  }),
  taxonomy: Id,
  /** The public part of the policy: enough for the footnote and for a reader to re-check the document. */
  policy: z.object({
    threshold: z.int().check(z.minimum(1)),
    protectZeros: z.boolean(),
    minContributors: z.int().check(z.minimum(1)),
    dominance: z.boolean(),
    units: z.array(z.string()),
    /** The protection requirements the release was attacked with (interval protection, the insider model). */
    protection: z.optional(z.object({ interval: z.boolean(), insiders: z.boolean() })),
  }),
  notice: z.optional(z.string().check(z.maxLength(2000))),
  /** The client-count section (the denominator of multi-select sections), when the taxonomy has one. */
  clientCountSection: z.optional(Id),
  /** Sections an attacker may assume add up to the same client count, per quarter (index into the release's quarters). */
  links: z.object({
    sameTotal: z.array(z.array(Id)),
  }),
  /** Every section of the taxonomy, in taxonomy order, keyed by id. */
  sections: z.record(z.string(), PublishedSection),
});
export type PublicationDocument = z.infer<typeof PublicationDocument>;

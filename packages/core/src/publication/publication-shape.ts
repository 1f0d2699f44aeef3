import {
  arrayOf,
  boolean,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  type Check,
} from '../privacy/shape-check.js';
import { quarterText, seriesFields } from '../privacy/series-shape.js';
import type { PublicationDocument } from './format.js';

// The shape of a `cate-publication@1` document, checked by hand: the same accepted set and parsed value as the
// zod/mini schema `PublicationDocument` (format.ts, the documented source of truth), without building a schema.

/** The format name (format.ts exports the same; this module must not load that one's schemas). */
export const PUBLICATION_FORMAT = 'cate-publication@1';

const id = string(1, 200);
const atLeastOne = number({ integer: true, min: 1 });

const publishedSection = object({
  ...seriesFields,
  coversAllClients: optional(boolean),
  subsetOf: optional(id),
});

/** Checks a publication's shape (fields not in the format are dropped, as the zod schema does). */
export const checkPublicationShape: Check<PublicationDocument> = object<PublicationDocument>({
  format: oneOf([PUBLICATION_FORMAT]),
  release: object({
    id,
    created: string(0, Infinity, {
      ok: (text) => /^\d{4}-\d{2}-\d{2}$/.test(text),
      message: 'expected a date written like 2026-03-13',
    }),
    from: quarterText,
    to: quarterText,
    previous: optional(arrayOf(id)),
    revised: optional(arrayOf(object({ section: id, quarter: quarterText, category: id, release: id }))),
  }),
  taxonomy: id,
  policy: object({
    threshold: atLeastOne,
    protectZeros: boolean,
    minContributors: atLeastOne,
    dominance: boolean,
    units: arrayOf(string()),
    protection: optional(object({ interval: boolean, insiders: boolean })),
  }),
  notice: optional(string(0, 2000)),
  clientCountSection: optional(id),
  links: object({ sameTotal: arrayOf(arrayOf(id)) }),
  sections: record(publishedSection),
});

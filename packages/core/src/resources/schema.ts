import * as z from 'zod/mini';
import { Id, SafeUrlText } from '../taxonomy/schema.js';
import { SERVICE_TYPE_IDS } from './service-types.js';

export const RESOURCE_GUIDE_FORMAT = 'cate-resource-guide@1';

const Text = z.string().check(z.minLength(1, 'expected non-empty text'));

/** How to reach a provider; at least one way is expected (checked as a warning). */
export const ProviderContact = z.object({
  phone: z.optional(Text),
  email: z.optional(Text),
  /** An absolute https:, http:, mailto: or tel: URL: anything else (a `javascript:` link) is refused. */
  website: z.optional(SafeUrlText),
  address: z.optional(Text),
});
export type ProviderContact = z.infer<typeof ProviderContact>;

/** One service provider of a resource guide. */
export const Provider = z.object({
  id: Id,
  name: Text,
  /** The county where the provider is located: the only county its services are counted in by the inventory. */
  locatedIn: Text,
  /** Counties served besides the one it is located in. */
  serves: z._default(z.array(Text), []),
  /** Serves the whole state (every county of the guide). */
  statewide: z._default(z.boolean(), false),
  /** Service types from the inventory's list (seed 004, figure 1). */
  services: z.array(z.enum(SERVICE_TYPE_IDS)).check(z.minLength(1, 'expected at least one service type')),
  contact: ProviderContact,
  /** Languages services are offered in, e.g. "English", "Spanish", "ASL". */
  languages: z._default(z.array(Text), []),
  notes: z.optional(Text),
});
export type Provider = z.infer<typeof Provider>;

/** A resource guide: the counties it covers, in display order, and its providers. */
export const ResourceGuide = z.object({
  format: z.literal(RESOURCE_GUIDE_FORMAT),
  title: Text,
  /** True for invented example data; `notice` then says so wherever the guide is shown. */
  synthetic: z._default(z.boolean(), false),
  notice: z.optional(Text),
  /** E.g. "Missouri" or "St. Louis region". */
  region: z.optional(Text),
  /** Date the listings were last checked (YYYY-MM-DD). */
  updated: z.optional(Text),
  counties: z.array(Text).check(z.minLength(1, 'expected at least one county')),
  providers: z.array(Provider),
});
export type ResourceGuide = z.infer<typeof ResourceGuide>;

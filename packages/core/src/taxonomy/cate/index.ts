/**
 * The CATE Quarterly Service Member Report as data: its 41 sections in report order, one file per chapter.
 * Plain typed objects; zod checks them only when asked (`parseTaxonomy(cateTaxonomy)`, as the tests do).
 */
import type { Taxonomy } from '../schema.js';
import { clientsArea, clientsSections } from './clients.js';
import { demographicsArea, demographicsSections } from './demographics.js';
import { CATE_INTRODUCTION, CATE_MEMBER_ORGANIZATIONS } from './introduction.js';
import { legalArea, legalSections } from './legal.js';
import { organizationsArea, organizationsSections } from './organizations.js';
import { servicesArea, servicesSections } from './services.js';
import { traffickingArea, traffickingSections } from './trafficking.js';
import { unmetArea, unmetSections } from './unmet.js';

/** Every section id, in report order. */
export const CATE_SECTION_IDS = [
  'new-and-existing-clients',
  'citizenship',
  'continent-of-origin',
  'country-of-origin',
  'region-of-origin',
  'age',
  'sex',
  'gender',
  'sexual-orientation',
  'race-and-hispanic-ethnicity',
  'disability-status',
  'multiple-disabilities',
  'mental-health-diagnoses',
  'mental-health-experiences',
  'multiple-mental-health-diagnoses',
  'childrens-division-involvement',
  'parenthood-status',
  'region-of-current-residence',
  'housing-status',
  'current-or-historical-trafficking',
  'form-of-sex-trafficking',
  'current-or-historical-commercial-sexual-exploitation',
  'type-of-commercial-sexual-exploitation',
  'current-or-historical-labor-trafficking',
  'form-of-labor-trafficking',
  'current-or-historical-labor-exploitation',
  'method-of-referral',
  'history-of-criminal-justice-involvement',
  'criminal-charges-encountered',
  'history-of-human-trafficking-case-as-victim',
  'therapeutic-services',
  'residential-services',
  'essential-life-needs-and-advocacy-services',
  'long-term-stability-and-empowerment-services',
  'peer-support-and-specialized-services',
  'clients-with-unmet-requests',
  'unmet-request-reasons-institutional',
  'unmet-request-reasons-individual-eligibility',
  'organizations-screening',
  'organizations-with-waitlist',
  'organizations-providing-direct-services',
] as const;

export type CateSectionId = (typeof CATE_SECTION_IDS)[number];

export const cateTaxonomy: Taxonomy = {
  id: 'cate-quarterly',
  name: 'CATE Quarterly Service Member Report',
  // The report's "Prepared 3/13/2026".
  version: '2026-03-13',
  clientCountSection: 'new-and-existing-clients' satisfies CateSectionId,
  introduction: CATE_INTRODUCTION,
  organizations: CATE_MEMBER_ORGANIZATIONS,
  areas: [clientsArea, demographicsArea, traffickingArea, legalArea, servicesArea, unmetArea, organizationsArea],
  sections: [
    ...clientsSections,
    ...demographicsSections,
    ...traffickingSections,
    ...legalSections,
    ...servicesSections,
    ...unmetSections,
    ...organizationsSections,
  ],
};

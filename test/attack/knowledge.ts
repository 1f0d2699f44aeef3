// What the test knows besides the publications: the true coalition counts and each member's own counts (from the
// submissions), and the numbers every view a visitor can request shows. Shared by the attack tests.
import {
  selectQuarters,
  type PublicationDocument,
  type QuarterRange,
  type SafeSeries,
  type Submission,
} from '@cate/core';
import type { PublishedSection } from '../../packages/core/src/publication/format.js';
import { relationsOfView, type LinearRelation } from './lp-attack.js';

export interface Knowledge {
  /** The true coalition count of a cell (undefined: nobody reported it). */
  truth(section: string, quarter: string, category: string): number | undefined;
  /** A member's own count in a cell. */
  own(organization: string, section: string, quarter: string, category: string): number;
}

export function knowledgeOf(submissions: readonly Submission[]): Knowledge {
  const key = (section: string, quarter: string, category: string) => `${section}|${quarter}|${category}`;
  const totals = new Map<string, number>();
  const owned = new Map<string, number>();
  for (const s of submissions)
    for (const [section, answers] of Object.entries(s.counts))
      for (const [category, count] of Object.entries(answers)) {
        const at = key(section, s.quarter, category);
        totals.set(at, (totals.get(at) ?? 0) + count);
        owned.set(`${s.organization}|${at}`, count);
      }
  return {
    truth: (section, quarter, category) => totals.get(key(section, quarter, category)),
    own: (organization, section, quarter, category) =>
      owned.get(`${organization}|${key(section, quarter, category)}`) ?? 0,
  };
}

/** What a visitor can request: a quarter sub-range of a published section, as the elements select it. */
const viewOf = (section: PublishedSection, range: QuarterRange): PublishedSection =>
  selectQuarters(section as unknown as SafeSeries, range) as unknown as PublishedSection;

/** The numbers of every view over a proper quarter sub-range of each section of each release. */
export function viewRelations(releases: readonly PublicationDocument[]): LinearRelation[] {
  const out: LinearRelation[] = [];
  for (const doc of releases)
    for (const section of Object.values(doc.sections))
      for (let a = 0; a < section.quarters.length; a++)
        for (let b = a; b < section.quarters.length; b++) {
          if (a === 0 && b === section.quarters.length - 1) continue; // the release itself
          const range = { from: section.quarters[a]!, to: section.quarters[b]! } as QuarterRange;
          out.push(...relationsOfView(viewOf(section, range), `view of ${doc.release.id}`));
        }
  return out;
}

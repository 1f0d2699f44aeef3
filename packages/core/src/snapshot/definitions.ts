/**
 * Which categories a snapshot figure counts, as data: the statewide snapshot's (seed 001) headline figures
 * stated over the CATE taxonomy's sections.
 */
export interface ShareDefinition {
  id: string;
  /** The taxonomy section the figure is computed from. */
  section: string;
  /** Categories whose clients the figure counts. */
  numerator: readonly string[];
  /** Categories left out of the denominator too (Unknown: a share of clients whose answer is known). */
  excluded: readonly string[];
  /** What the share says, after the number: "of clients identified as racial or ethnic minorities". */
  statement: string;
  /** Who the denominator is: "clients whose race or ethnicity was reported". */
  denominator: string;
  /** Why these categories, shown beside the figure. */
  note: string;
}

/**
 * Seed 001's "46% of trafficking survivors identified as racial or ethnic minorities", over the CATE section
 * "Race and Hispanic Ethnicity". Minorities: every category but the two White, non-Hispanic ones. "Other Race and
 * Ethnicity" counts as a minority (a client who chose it did not choose White; HMIS's own list has no single
 * White-or-other answer). Unknown is left out of both parts.
 */
export const RACIAL_OR_ETHNIC_MINORITY: ShareDefinition = {
  id: 'racial-or-ethnic-minority',
  section: 'race-and-hispanic-ethnicity',
  numerator: [
    'african-american-black',
    'afro-latinx',
    'american-indian-alaska-native',
    'asian',
    'bi-racial-or-multi-racial',
    'hispanic-latinx',
    'other',
    'pacific-islander',
  ],
  excluded: ['unknown'],
  statement: 'of clients identified as racial or ethnic minorities',
  denominator: 'clients whose race or ethnicity was reported',
  note: 'Racial or ethnic minorities: every category of the Race and Hispanic Ethnicity section except White/Caucasian and Non-Hispanic White/Non-Hispanic Latinx; Other Race and Ethnicity counts as a minority. Clients whose race or ethnicity is unknown are left out.',
};

/** Seed 001's "Survivor's Age When Accessing Services", as one figure: the share who were minors (0-17). */
export const MINOR_AT_ACCESS: ShareDefinition = {
  id: 'minor-at-access',
  section: 'age',
  numerator: ['0-12', '13-17'],
  excluded: ['unknown'],
  statement: 'of clients were minors (under 18) when they accessed services',
  denominator: 'clients whose age was reported',
  note: 'Minors: the 0-12 and 13-17 bands of the Age section (age at intake). Clients whose age is unknown are left out.',
};

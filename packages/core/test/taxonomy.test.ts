import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import * as core from '../src/index.js';
import { ValidationError } from '../src/problems.js';
import { CATE_SECTION_IDS, cateTaxonomy } from '../src/taxonomy/cate/index.js';
import { checkTaxonomy, parseTaxonomy } from '../src/taxonomy/schema.js';
import type { Section, Taxonomy } from '../src/taxonomy/schema.js';

function section(id: string): Section {
  const found = cateTaxonomy.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section "${id}" in the CATE taxonomy`);
  return found;
}

const labels = (id: string) => section(id).categories.map((c) => c.label);
const sectionText = (s: Section) => [s.description, ...s.notes.map((n) => n.text)].join(' ');

const CATE_SOURCE = 'CATE Quarterly Service Member Report';
const ORIGIN_CITATIONS = [
  'U.S. Citizenship and Immigration Services. (2022, January). Characteristics of T nonimmigrant status (T visa) applicants [Fact sheet]. U.S. Department of Homeland Security.',
  'U.S. Citizenship and Immigration Services. (2022, November). Characteristics of T nonimmigrant status (T visa) applicants factsheet: FY 2008 – FY 2022 [Fact sheet]. U.S. Department of Homeland Security.',
  'United Nations Office on Drugs and Crime. (2024). Global report on trafficking in persons 2024. United Nations.',
];

/** Section titles as the report's headings give them, in report order. */
const REPORT_TITLES = [
  'New and Existing Clients',
  'Citizenship',
  'Continent of Origin',
  'Country of Origin',
  'Region of Origin',
  'Age',
  'Sex',
  'Gender',
  'Sexual Orientation',
  'Race and Hispanic Ethnicity',
  'Disability Status',
  'Multiple Disabilities',
  'Mental Health Diagnoses',
  'Mental Health Experiences',
  'Multiple Mental Health Diagnoses',
  "Children's Division Involvement",
  'Parenthood Status',
  'Region of Current Residence',
  'Housing Status',
  'Current or Historical Trafficking',
  'Form of Sex Trafficking',
  'Current or Historical Commercial Sexual Exploitation',
  'Type of Commercial Sexual Exploitation',
  'Current or Historical Labor Trafficking',
  'Form of Labor Trafficking',
  'Current or Historical Labor Exploitation',
  'Method of Referral',
  'History of Criminal Justice Involvement',
  'Criminal Charges Encountered',
  'History of Involvement in Human Trafficking Case as a Victim',
  'Therapeutic Services Accessed',
  'Residential Services Accessed',
  'Essential Life Needs and Advocacy Services Accessed',
  'Long-Term Stability and Empowerment Services Accessed',
  'Peer Support and Specialized Services Accessed',
  'Clients with Unmet Requests for Services',
  'Reasons that Requests for Services Were Unmet – Institutional Barriers',
  'Reasons that Requests for Services Were Unmet – Individual Eligibility',
  'Organizations Screening for Human Trafficking and Commercial Sexual Exploitation Survivors',
  'Organizations with a Waitlist for Services',
  'Organizations that Provided Direct Services',
];

/** Every category list the report gives, labels verbatim (Other and Unknown last where its legend runs by columns). */
const REPORT_LISTS: Record<string, string[]> = {
  'new-and-existing-clients': ['New', 'Existing'],
  'continent-of-origin': [
    'Africa',
    'Asia',
    'Australia/Oceania',
    'Europe',
    'North America',
    'South America',
    'Other Origin',
    'Unknown Origin',
  ],
  sex: ['Female', 'Male', 'Intersex', 'Unknown'],
  gender: ['Cisgender Female', 'Cisgender Male', 'Transgender Female', 'Transgender Male', 'Non-binary', 'Unknown'],
  'race-and-hispanic-ethnicity': [
    'African American/Black',
    'Afro-Latinx',
    'American Indian/Alaska Native',
    'Asian',
    'Bi-racial or Multi-racial',
    'Hispanic/Latinx',
    'Non-Hispanic White/Non-Hispanic Latinx',
    'Other Race and Ethnicity',
    'Pacific Islander',
    'White/Caucasian',
    'Unknown',
  ],
  'disability-status': [
    'Intellectual Disability or Low IQ',
    'Developmental Disability',
    'Physical Disability',
    'Mental Health Disability',
    'Unknown',
  ],
  'mental-health-diagnoses': [
    'Post-Traumatic Stress Disorder (PTSD)',
    'Bipolar Disorder',
    'Depression',
    'Other Diagnosis',
    'Dissociative Disorder',
    'Personality Disorder',
    'Anxiety',
    'Unknown Diagnosis',
  ],
  'region-of-current-residence': [
    'Central',
    'St. Louis',
    'Kansas City',
    'Northeast',
    'Northwest',
    'Southeast',
    'Southwest',
    'Unknown',
  ],
  'current-or-historical-trafficking': ['Currently Experiencing', 'History of Trafficking', 'Unknown'],
  'form-of-sex-trafficking': [
    'Romantic or Intimate Partner',
    'Survival Sex for Youth',
    'Managerial Controlled',
    'Gang Controlled',
    'Familial Controlled',
    'Other Form of Trafficking',
    'Unknown Form of Trafficking',
  ],
  'current-or-historical-commercial-sexual-exploitation': [
    'Currently Experiencing Exploitation',
    'History of Exploitation',
    'Unknown',
  ],
  'type-of-commercial-sexual-exploitation': [
    'Stripping',
    'Internet- or Phone-Based Sex Work',
    'In-Person Sex Work',
    'Other Type of Commercial Sexual Exploitation',
    'Unknown Type of Commercial Sexual Exploitation',
  ],
  'current-or-historical-labor-trafficking': [
    'Currently Experiencing Labor Trafficking',
    'History of Labor Trafficking',
    'Unknown',
  ],
  'form-of-labor-trafficking': [
    'Romantic or Intimate Partner',
    'Debt or Bonded Labor',
    'Familial Controlled',
    'Forced Labor',
    'Gang or Organized Crime Controlled',
    'Child Labor',
    'Other Form of Labor Trafficking',
    'Unknown Form of Labor Trafficking',
  ],
  'current-or-historical-labor-exploitation': [
    'Currently Experiencing Labor Exploitation',
    'History of Labor Exploitation',
    'Unknown',
  ],
  'criminal-charges-encountered': [
    'Prostitution',
    'Loitering',
    'Truancy',
    'Theft',
    'Curfew',
    'Homicide',
    'Substance Use',
    'Runaway',
    'Unknown Criminal Charges',
  ],
  'therapeutic-services': [
    'Individual and/or Group Therapy by Professional Therapist',
    'Religious Counseling by Professional Therapist',
    'Outpatient Substance Use Services',
    'Inpatient Substance Use Services',
    'Family Therapy',
    'Religious Support by Lay Counselor',
    'Unknown',
  ],
  'residential-services': [
    'Emergency Hotel',
    'Emergency Shelter',
    'Transitional Housing',
    'Permanent Supportive Housing',
    'Therapeutic Foster Care',
    'Youth Residential Facility Level 3',
    'Youth Residential Facility Level 4',
    'Youth Residential Facility Level 4+',
    'Unknown',
  ],
  'long-term-stability-and-empowerment-services': [
    'Rental Assistance, Arrears, or Relocation',
    'Education Assistance',
    'Case Management',
    'Employment Skills or Assistance',
    'Language Services',
  ],
  'peer-support-and-specialized-services': [
    'Missouri Certified Peer Specialist Services',
    'Drop-in Services',
    'Services provided by Department of Youth Services',
    'Non-professional Peer Support Services',
    'Pet Assistance',
  ],
  'unmet-request-reasons-institutional': [
    'No Capacity at Shelter',
    'Inadequate Staffing at Organization',
    'Inadequate Financial Resources at Organization',
    'Other Reasons',
  ],
  'unmet-request-reasons-individual-eligibility': [
    'Client Declined Services',
    "Client's Sex",
    "Client's Intellectual Disability",
    "Client's Criminal Record",
    "Client's Gender and/or Sexual Orientation",
    "Client's Psychiatric Condition",
    'Other Reasons',
  ],
};

const SINGLE_CLIENT_COUNTS = [
  'multiple-disabilities',
  'multiple-mental-health-diagnoses',
  'childrens-division-involvement',
  'history-of-criminal-justice-involvement',
  'history-of-human-trafficking-case-as-victim',
  'clients-with-unmet-requests',
];
const ORGANIZATION_SECTIONS = [
  'organizations-screening',
  'organizations-with-waitlist',
  'organizations-providing-direct-services',
];
const CURRENT_OR_HISTORICAL = [
  'current-or-historical-trafficking',
  'current-or-historical-commercial-sexual-exploitation',
  'current-or-historical-labor-trafficking',
  'current-or-historical-labor-exploitation',
];

describe('cateTaxonomy', () => {
  it('parseTaxonomy(cateTaxonomy) accepts it unchanged', () => {
    expect(checkTaxonomy(cateTaxonomy).problems).toEqual([]);
    expect(parseTaxonomy(cateTaxonomy)).toEqual(cateTaxonomy);
  });

  it('parseTaxonomy(JSON.parse(JSON.stringify(cateTaxonomy))) accepts it as JSON too', () => {
    expect(parseTaxonomy(JSON.parse(JSON.stringify(cateTaxonomy)))).toEqual(cateTaxonomy);
  });

  it('is re-exported from the package index', () => {
    expect(core.cateTaxonomy).toBe(cateTaxonomy);
    expect(core.CATE_SECTION_IDS).toBe(CATE_SECTION_IDS);
  });

  it('is named "CATE Quarterly Service Member Report" with id cate-quarterly and counts clients by new-and-existing-clients', () => {
    expect(cateTaxonomy.id).toBe('cate-quarterly');
    expect(cateTaxonomy.name).toBe('CATE Quarterly Service Member Report');
    expect(cateTaxonomy.clientCountSection).toBe('new-and-existing-clients');
  });

  it('has exactly 41 sections, with unique ids and titles', () => {
    expect(cateTaxonomy.sections).toHaveLength(41);
    expect(new Set(cateTaxonomy.sections.map((s) => s.id)).size).toBe(41);
    expect(new Set(cateTaxonomy.sections.map((s) => s.title)).size).toBe(41);
  });

  it('lists its sections in report order, as CATE_SECTION_IDS does', () => {
    expect(cateTaxonomy.sections.map((s) => s.id)).toEqual([...CATE_SECTION_IDS]);
    expect(cateTaxonomy.sections.map((s) => s.title)).toEqual(REPORT_TITLES);
  });

  it("has the report's seven chapters as areas, and each area's sections together in chapter order", () => {
    expect(cateTaxonomy.areas.map((a) => [a.id, a.title])).toEqual([
      ['clients', 'Clients'],
      ['demographics', 'Demographics'],
      ['trafficking-experiences', 'Trafficking Experiences'],
      ['legal-involvement', 'Legal Involvement'],
      ['services-accessed', 'Services Accessed'],
      ['unmet-requests-for-services', 'Unmet Requests for Services'],
      ['reporting-organizations', 'Reporting Organizations'],
    ]);
    const areaOrder = cateTaxonomy.areas.map((a) => a.id);
    const runs = cateTaxonomy.sections.map((s) => s.area).filter((area, i, all) => area !== all[i - 1]);
    expect(runs).toEqual(areaOrder);
    const perArea = Object.fromEntries(
      areaOrder.map((a) => [a, cateTaxonomy.sections.filter((s) => s.area === a).length]),
    );
    expect(perArea).toEqual({
      clients: 1,
      demographics: 18,
      'trafficking-experiences': 8,
      'legal-involvement': 3,
      'services-accessed': 5,
      'unmet-requests-for-services': 3,
      'reporting-organizations': 3,
    });
  });

  it.each(Object.entries(REPORT_LISTS))(
    "section %s lists the report's categories verbatim and in order",
    (id, expected) => {
      expect(labels(id)).toEqual(expected);
    },
  );

  it('takes every report-given list from the report, and says so in categoriesFrom', () => {
    for (const id of Object.keys(REPORT_LISTS)) expect(section(id).categoriesFrom.from, id).toBe('report');
  });

  it('names the standard of every section whose categories come from a standard, and explains every non-report list', () => {
    const notFromReport = cateTaxonomy.sections.filter((s) => s.categoriesFrom.from !== 'report');
    expect(notFromReport.map((s) => s.id)).toEqual([
      'citizenship',
      'country-of-origin',
      'region-of-origin',
      'age',
      'sexual-orientation',
      'mental-health-experiences',
      'parenthood-status',
      'housing-status',
      'method-of-referral',
      'essential-life-needs-and-advocacy-services',
    ]);
    for (const s of notFromReport) {
      expect(s.categoriesFrom.note, s.id).toMatch(/\S{3,}/);
      if (s.categoriesFrom.from === 'standard') expect(s.categoriesFrom.standard, s.id).toMatch(/\S{3,}/);
    }
    expect(section('sexual-orientation').categoriesFrom.standard).toBe('HUD HMIS Data Standards FY2024');
    expect(section('housing-status').categoriesFrom.standard).toBe('HUD HMIS Data Standards FY2024');
    expect(section('age').categoriesFrom.standard).toMatch(/VOCA/);
    expect(section('region-of-origin').categoriesFrom.standard).toMatch(/UNODC/);
    expect(section('method-of-referral').categoriesFrom.standard).toMatch(/OTIP/);
  });

  it("says where a standard's split Unknown was kept as one Unknown", () => {
    for (const id of ['sexual-orientation', 'housing-status'])
      expect(section(id).categoriesFrom.note, id).toMatch(/single Unknown/);
  });

  it('marks a section multi-select exactly when the report says results may exceed the client count', () => {
    const wording =
      /Results may exceed the total client count|a single client may be represented across multiple service categories/;
    for (const s of cateTaxonomy.sections) expect(s.multiSelect, s.id).toBe(wording.test(sectionText(s)));
    expect(cateTaxonomy.sections.filter((s) => s.multiSelect).map((s) => s.id)).toEqual([
      'disability-status',
      'mental-health-diagnoses',
      'mental-health-experiences',
      'form-of-sex-trafficking',
      'type-of-commercial-sexual-exploitation',
      'form-of-labor-trafficking',
      'therapeutic-services',
      'residential-services',
      'essential-life-needs-and-advocacy-services',
      'long-term-stability-and-empowerment-services',
      'peer-support-and-specialized-services',
    ]);
  });

  it('marks coversAllClients only on single-select client sections that have an Unknown answer', () => {
    const covering = cateTaxonomy.sections.filter((s) => s.coversAllClients);
    expect(covering.map((s) => s.id)).toEqual([
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
      'parenthood-status',
      'region-of-current-residence',
      'housing-status',
      'method-of-referral',
    ]);
    for (const s of covering) {
      expect(s.multiSelect, s.id).toBe(false);
      expect(s.unit, s.id).toBe('clients');
      // new-and-existing-clients is the one list without Unknown: every client is one or the other.
      if (s.id !== 'new-and-existing-clients')
        expect(
          s.categories.some((c) => c.role === 'unknown'),
          s.id,
        ).toBe(true);
    }
  });

  it('counts organizations in the reporting-organizations sections and uses of residential services', () => {
    const units = Object.fromEntries(
      cateTaxonomy.sections.filter((s) => s.unit !== 'clients').map((s) => [s.id, s.unit]),
    );
    expect(units).toEqual({
      'residential-services': 'service-uses',
      'organizations-screening': 'percent-of-organizations',
      'organizations-with-waitlist': 'organizations',
      'organizations-providing-direct-services': 'percent-of-organizations',
    });
    expect(section('residential-services').notes.map((n) => n.text)).toContain(
      'If a client utilizes multiple, inconsecutive nights of safety, each time utilized will count.',
    );
  });

  it('gives each single-count section one category, `clients`, and does not claim it covers all clients', () => {
    for (const id of SINGLE_CLIENT_COUNTS) {
      const s = section(id);
      expect(
        s.categories.map((c) => c.id),
        id,
      ).toEqual(['clients']);
      expect(s.categories[0]?.label, id).toMatch(/^Clients /);
      expect(s.coversAllClients, id).toBeFalsy();
      expect(s.unit, id).toBe('clients');
    }
    expect(labels('multiple-disabilities')).toEqual(['Clients with Multiple Disabilities']);
  });

  it('gives each organization section one category, `organizations`, answered yes or no', () => {
    for (const id of ORGANIZATION_SECTIONS) {
      const s = section(id);
      expect(
        s.categories.map((c) => c.id),
        id,
      ).toEqual(['organizations']);
      expect(s.multiSelect || s.coversAllClients, id).toBeFalsy();
      expect(sectionText(s), id).toMatch(/1 \(yes\) or 0 \(no\)/);
    }
    expect(section('organizations-providing-direct-services').notes.map((n) => n.title)).toContain('Direct Services');
  });

  it('records which sections count only a subset of another', () => {
    const subsets = Object.fromEntries(cateTaxonomy.sections.filter((s) => s.subsetOf).map((s) => [s.id, s.subsetOf]));
    expect(subsets).toEqual({
      'form-of-sex-trafficking': 'current-or-historical-trafficking',
      'type-of-commercial-sexual-exploitation': 'current-or-historical-commercial-sexual-exploitation',
      'form-of-labor-trafficking': 'current-or-historical-labor-trafficking',
      'criminal-charges-encountered': 'history-of-criminal-justice-involvement',
      'unmet-request-reasons-institutional': 'clients-with-unmet-requests',
      'unmet-request-reasons-individual-eligibility': 'clients-with-unmet-requests',
    });
    const order = cateTaxonomy.sections.map((s) => s.id);
    for (const [id, parent] of Object.entries(subsets))
      expect(order.indexOf(parent!), id).toBeLessThan(order.indexOf(id));
  });

  it('carries the "Understanding \\"Unknown\\" Status" note on exactly the four current-or-historical sections', () => {
    const withNote = cateTaxonomy.sections.filter((s) =>
      s.notes.some((n) => n.title === 'Understanding "Unknown" Status'),
    );
    expect(withNote.map((s) => s.id)).toEqual(CURRENT_OR_HISTORICAL);
    for (const id of CURRENT_OR_HISTORICAL)
      expect(
        section(id).categories.map((c) => c.id),
        id,
      ).toEqual(['current', 'history', 'unknown']);
  });

  it('carries the multi-category note on every multi-select section', () => {
    for (const s of cateTaxonomy.sections.filter((x) => x.multiSelect))
      expect(
        s.notes.map((n) => n.title),
        s.id,
      ).toContainEqual(expect.stringMatching(/^Multiple (Service )?Categories$/));
  });

  it('carries the double-counting note on every section that counts clients', () => {
    for (const s of cateTaxonomy.sections.filter((x) => x.unit === 'clients'))
      expect(
        s.notes.map((n) => n.title),
        s.id,
      ).toContain('Data Accuracy (double-counting)');
  });

  it('cites the three DHS/USCIS and UNODC sources verbatim on country and region of origin, and the CATE report everywhere', () => {
    for (const s of cateTaxonomy.sections) {
      const citations = s.sources.map((x) => x.citation);
      expect(citations[0], s.id).toBe(CATE_SOURCE);
      const expected =
        s.id === 'country-of-origin' || s.id === 'region-of-origin'
          ? [CATE_SOURCE, ...ORIGIN_CITATIONS]
          : [CATE_SOURCE];
      expect(citations, s.id).toEqual(expected);
    }
  });

  it('keeps descriptions verbatim, without markup or the stray trailing quote', () => {
    expect(section('continent-of-origin').description).toBe(
      'This shows the number of clients reported in each reporting period, categorized by continent of origin.',
    );
    expect(section('criminal-charges-encountered').description).toContain(
      'These figures represent only the subset of clients who have a reported history of involvement with the criminal justice system.',
    );
    expect(section('essential-life-needs-and-advocacy-services').notes.map((n) => n.text)).toContain(
      'The services listed here represent the diverse range of support survivors accessed during this period. Because survivors often require comprehensive, multi-layered support, a single client may be represented across multiple service categories. These totals reflect services reported by CATE member organizations and highlight the holistic approach to regional survivor care.',
    );
    const texts = cateTaxonomy.sections.flatMap((s) => [s.description, ...s.notes.map((n) => n.text)]);
    for (const text of texts) {
      expect(text).not.toMatch(/\*|"$/);
      expect(text).toMatch(/^(This shows|[A-Z"])/);
    }
  });

  it('gives chart and legend titles where the report does', () => {
    expect(section('continent-of-origin').chartTitle).toBe('Continent of Origin by Quarter');
    expect(section('continent-of-origin').legendTitle).toBe('Continent of Origin');
    expect(section('criminal-charges-encountered').chartTitle).toBe('Criminal Charges by Quarter');
    expect(section('region-of-current-residence').legendTitle).toBe('Region');
    expect(section('race-and-hispanic-ethnicity').legendTitle).toBe('Race and Ethnicity');
    expect(section('unmet-request-reasons-institutional').chartTitle).toBe(
      'Reasons that Requests for Services Were Unmet by Quarter – Institutional Barriers',
    );
    expect(section('citizenship').chartTitle).toBeUndefined();
    for (const s of cateTaxonomy.sections) if (s.chartTitle) expect(s.chartTitle, s.id).toContain('by Quarter');
    expect(cateTaxonomy.sections.filter((s) => s.chartTitle)).toHaveLength(25);
  });

  it('marks every Other and Unknown answer with its role, and no other answer', () => {
    for (const s of cateTaxonomy.sections) {
      for (const c of s.categories) {
        const expected = /^Other /.test(c.label) ? 'other' : /^Unknown\b/.test(c.label) ? 'unknown' : undefined;
        expect(c.role, `${s.id}.${c.id}`).toBe(expected);
      }
      expect(s.categories.filter((c) => c.role === 'unknown').length, s.id).toBeLessThanOrEqual(1);
      expect(s.categories.filter((c) => c.role === 'other').length, s.id).toBeLessThanOrEqual(1);
    }
  });

  it('codes countries of origin by lower-case ISO 3166-1 alpha-2 and groups them by a continent of origin', () => {
    const continents = new Set(labels('continent-of-origin'));
    for (const c of section('country-of-origin').categories) {
      if (c.role) {
        expect(c.group, c.id).toBeUndefined();
        continue;
      }
      expect(c.id).toMatch(/^[a-z]{2}$/);
      expect(continents.has(c.group ?? ''), c.id).toBe(true);
    }
    const byId = Object.fromEntries(section('country-of-origin').categories.map((c) => [c.id, c.label]));
    expect(byId).toMatchObject({
      us: 'United States',
      mx: 'Mexico',
      hn: 'Honduras',
      gt: 'Guatemala',
      ph: 'Philippines',
    });
  });

  it("lists the report's eight member organizations in order", () => {
    expect(cateTaxonomy.organizations.map((o) => o.name)).toEqual([
      'ALIVE',
      'The Covering House',
      'Healing Action Network',
      'Kairos Hope',
      'The Pathways Project of the Ozarks',
      'Crime Victim Center',
      'Jefferson City Citizens Against Trafficking & Exploitation',
      'Safe Connections',
    ]);
    expect(cateTaxonomy.organizations[6]?.id).toBe('jefferson-city-citizens-against-trafficking-and-exploitation');
  });

  it("keeps the report's introduction passages verbatim", () => {
    expect(cateTaxonomy.introduction.map((p) => p.title)).toEqual([
      'Introduction',
      'Data Source',
      'Collection Process',
      'Purpose',
      'Data Accuracy (double-counting)',
    ]);
    expect(cateTaxonomy.introduction[0]?.text).toContain(
      'The information presented represents only the clients served by these specific member organizations and does not encompass all victims and survivors of human trafficking within the state.',
    );
    expect(cateTaxonomy.introduction[4]?.text).toBe(
      'Efforts are made to ensure data integrity; however, there is a possibility of double-counting if a single client accessed services across multiple reporting periods.',
    );
  });
});

const FIXTURE = 'river-valley-coalition.json';
const fixtureJson: unknown = JSON.parse(
  readFileSync(new URL(`./fixtures/taxonomy/${FIXTURE}`, import.meta.url), 'utf8'),
);

describe('a custom coalition taxonomy', () => {
  it(`parseTaxonomy(${FIXTURE}) accepts a small coalition's own taxonomy`, () => {
    const taxonomy = parseTaxonomy(fixtureJson, FIXTURE);
    expect(taxonomy.id).toBe('river-valley-quarterly');
    expect(taxonomy.sections.map((s) => s.id)).toEqual(['clients-served', 'type-of-trafficking', 'support-received']);
    expect(checkTaxonomy(fixtureJson, FIXTURE).problems).toEqual([]);
  });
});

/** A valid copy of the fixture to break one way. */
function fixture(): Taxonomy {
  return structuredClone(parseTaxonomy(fixtureJson));
}

/** Sets a field to a value of any type, as a hand-edited JSON file could. */
function set(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

function first<T>(items: T[], index = 0): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

interface BrokenCase {
  name: string;
  break: (t: Taxonomy) => void;
  code: string;
  path: string;
  message: RegExp;
}

const BROKEN: BrokenCase[] = [
  {
    name: 'a duplicate section id',
    break: (t) => set(first(t.sections, 1), 'id', 'clients-served'),
    code: 'duplicate-id',
    path: 'sections[1].id',
    message: /section id "clients-served" is used twice; expected unique section ids/,
  },
  {
    name: 'a duplicate category id',
    break: (t) => set(first(first(t.sections).categories, 1), 'id', 'adult'),
    code: 'duplicate-id',
    path: 'sections[0].categories[1].id',
    message: /category id "adult" is used twice in section "clients-served"/,
  },
  {
    name: 'a duplicate area id',
    break: (t) => t.areas.push({ id: 'people', title: 'People Again' }),
    code: 'duplicate-id',
    path: 'areas[2].id',
    message: /area id "people" is used twice/,
  },
  {
    name: 'a duplicate organization id',
    break: (t) => set(first(t.organizations, 2), 'id', 'harbor-house'),
    code: 'duplicate-id',
    path: 'organizations[2].id',
    message: /organization id "harbor-house" is used twice/,
  },
  {
    name: 'an unknown area',
    break: (t) => set(first(t.sections), 'area', 'nowhere'),
    code: 'unknown-area',
    path: 'sections[0].area',
    message: /names area "nowhere", which is not in areas; expected one of: people, support/,
  },
  {
    name: 'a non-kebab section id',
    break: (t) => set(first(t.sections), 'id', 'Clients Served'),
    code: 'invalid-taxonomy',
    path: 'sections[0].id',
    message: /expected a kebab-case id/,
  },
  {
    name: 'a non-kebab category id',
    break: (t) => set(first(first(t.sections, 2).categories, 1), 'id', 'legal_help'),
    code: 'invalid-taxonomy',
    path: 'sections[2].categories[1].id',
    message: /expected a kebab-case id/,
  },
  {
    name: 'empty categories',
    break: (t) => set(first(t.sections), 'categories', []),
    code: 'invalid-taxonomy',
    path: 'sections[0].categories',
    message: /expected at least one category/,
  },
  {
    name: 'an empty label',
    break: (t) => set(first(first(t.sections).categories), 'label', ''),
    code: 'invalid-taxonomy',
    path: 'sections[0].categories[0].label',
    message: /expected non-empty text/,
  },
  {
    name: 'a standard provenance without the standard',
    break: (t) => set(first(t.sections, 1), 'categoriesFrom', { from: 'standard' }),
    code: 'missing-standard',
    path: 'sections[1].categoriesFrom.standard',
    message: /section "type-of-trafficking" takes its categories from a standard but does not name it/,
  },
  {
    name: 'multiSelect with coversAllClients',
    break: (t) => set(first(t.sections, 2), 'coversAllClients', true),
    code: 'contradiction',
    path: 'sections[2].coversAllClients',
    message: /section "support-received" is multi-select, so its categories cannot add up to the client count/,
  },
  {
    name: 'an unknown clientCountSection',
    break: (t) => set(t, 'clientCountSection', 'everyone'),
    code: 'unknown-section',
    path: 'clientCountSection',
    message: /clientCountSection "everyone" is not a section/,
  },
  {
    name: 'an unknown subsetOf',
    break: (t) => set(first(t.sections, 1), 'subsetOf', 'nobody'),
    code: 'unknown-section',
    path: 'sections[1].subsetOf',
    message: /is a subset of "nobody", which is not a section/,
  },
  {
    name: 'a string for a boolean',
    break: (t) => set(first(t.sections), 'multiSelect', 'yes'),
    code: 'invalid-taxonomy',
    path: 'sections[0].multiSelect',
    message: /^expected boolean, received "yes"$/,
  },
  {
    name: 'an unknown unit',
    break: (t) => set(first(t.sections), 'unit', 'people'),
    code: 'invalid-taxonomy',
    path: 'sections[0].unit',
    message:
      /^expected one of "clients", "organizations", "percent-of-organizations", "service-uses", received "people"$/,
  },
  {
    name: 'an unknown provenance',
    break: (t) => set(first(t.sections, 2), 'categoriesFrom', { from: 'guesswork' }),
    code: 'invalid-taxonomy',
    path: 'sections[2].categoriesFrom.from',
    message: /expected one of "report", "standard", "coalition", received "guesswork"/,
  },
  {
    name: 'an unknown category role',
    break: (t) => set(first(first(t.sections).categories), 'role', 'maybe'),
    code: 'invalid-taxonomy',
    path: 'sections[0].categories[0].role',
    message: /expected one of "unknown", "other", received "maybe"/,
  },
  {
    name: 'an object for an array',
    break: (t) => set(first(t.sections), 'notes', { title: 'x', text: 'y' }),
    code: 'invalid-taxonomy',
    path: 'sections[0].notes',
    message: /^expected array, received an object$/,
  },
  {
    name: 'a number for a title',
    break: (t) => set(first(t.areas), 'title', 7),
    code: 'invalid-taxonomy',
    path: 'areas[0].title',
    message: /^expected string, received number 7$/,
  },
  {
    name: 'a missing description',
    break: (t) => delete (first(t.sections) as Partial<Section>).description,
    code: 'invalid-taxonomy',
    path: 'sections[0].description',
    message: /^missing; expected string$/,
  },
];

describe('checkTaxonomy on a broken taxonomy', () => {
  it.each(BROKEN)('checkTaxonomy reports $name as one error at $path', (c) => {
    const t = fixture();
    c.break(t);
    const { taxonomy, problems } = checkTaxonomy(t, 'broken.json');
    expect(taxonomy).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: 'error',
        code: c.code,
        message: expect.stringMatching(c.message),
        where: { file: 'broken.json', path: c.path },
      },
    ]);
  });

  it.each(BROKEN)('parseTaxonomy throws a ValidationError naming the file and $path for $name', (c) => {
    const t = fixture();
    c.break(t);
    let thrown: unknown;
    try {
      parseTaxonomy(t, 'broken.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const error = thrown as ValidationError;
    expect(error.message).toContain('Invalid taxonomy in broken.json: 1 problem found');
    expect(error.message).toContain(`broken.json, at ${c.path}: `);
    expect(error.problems).toHaveLength(1);
  });

  it('checkTaxonomy reports every problem, not only the first', () => {
    const t = fixture();
    set(first(t.sections), 'area', 'nowhere');
    set(first(t.sections, 2), 'coversAllClients', true);
    set(t, 'clientCountSection', 'everyone');
    expect(checkTaxonomy(t).problems.map((p) => [p.code, p.where.path])).toEqual([
      ['unknown-area', 'sections[0].area'],
      ['contradiction', 'sections[2].coversAllClients'],
      ['unknown-section', 'clientCountSection'],
    ]);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'taxonomy'],
    ['an array', []],
  ])('checkTaxonomy(%s) reports the whole input as not an object, without throwing', (_name, input) => {
    const { taxonomy, problems } = checkTaxonomy(input);
    expect(taxonomy).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid-taxonomy', where: { path: '' } });
    expect(problems[0]?.message).toMatch(/^expected object, received /);
  });

  it('checkTaxonomy({}) reports each missing field at its own path', () => {
    const paths = checkTaxonomy({}).problems.map((p) => p.where.path);
    expect(paths).toEqual(['id', 'name', 'version', 'introduction', 'organizations', 'areas', 'sections']);
  });
});

/**
 * Plausible shapes for the CATE sample, so the synthetic report looks like survivor-service data: most clients
 * are cisgender women, U.S. citizens from North America, and so on. Rough proportions in the spirit of the
 * Hotline's Missouri report (seed 003) and national service data; they are invented, not measured.
 *
 * Single-select sections: relative weights. Multi-select and single-count sections: the probability that a
 * client is in the category. A section or category not listed gets a seeded weight.
 */
export type SampleProfile = Record<string, Record<string, number>>;

export const CATE_SAMPLE_PROFILE: SampleProfile = {
  citizenship: { 'us-citizen-or-lpr': 86, 'foreign-national': 10, unknown: 4 },
  'continent-of-origin': {
    'north-america': 88, asia: 3, africa: 2, 'south-america': 2, europe: 1, 'australia-oceania': 0.3, other: 0.5, unknown: 3,
  },
  'country-of-origin': {
    us: 84, mx: 5, gt: 1, hn: 1, sv: 0.8, ht: 0.4, ph: 0.6, in: 0.5, cn: 0.6, th: 0.3, vn: 0.3, ng: 0.5, other: 2, unknown: 3,
  },
  'region-of-origin': {
    'north-america': 84, 'central-america-and-the-caribbean': 6, 'south-america': 1.5, 'western-and-southern-europe': 0.5,
    'central-and-south-eastern-europe': 0.3, 'eastern-europe-and-central-asia': 0.4, 'north-africa-and-the-middle-east': 0.4,
    'sub-saharan-africa': 1.5, 'south-asia': 0.8, 'east-asia-and-the-pacific': 1.6, unknown: 3,
  },
  age: { '0-12': 4, '13-17': 27, '18-24': 26, '25-59': 39, '60-and-older': 1, unknown: 3 },
  sex: { female: 86, male: 11, intersex: 0.3, unknown: 2.7 },
  gender: {
    'cisgender-female': 81, 'cisgender-male': 10, 'transgender-female': 2.5, 'transgender-male': 1.2, 'non-binary': 2.3, unknown: 3,
  },
  'sexual-orientation': {
    heterosexual: 62, gay: 2, lesbian: 4, bisexual: 12, 'questioning-or-unsure': 3, other: 1, unknown: 16,
  },
  'race-and-hispanic-ethnicity': {
    'african-american-black': 39, 'afro-latinx': 1, 'american-indian-alaska-native': 1.2, asian: 2, 'bi-racial-or-multi-racial': 8,
    'hispanic-latinx': 6, 'non-hispanic-white-non-hispanic-latinx': 3, other: 1.5, 'pacific-islander': 0.4, 'white-caucasian': 34, unknown: 4,
  },
  'disability-status': {
    'intellectual-disability-or-low-iq': 0.07, 'developmental-disability': 0.08, 'physical-disability': 0.06,
    'mental-health-disability': 0.38, unknown: 0.05,
  },
  'multiple-disabilities': { clients: 0.08 },
  'mental-health-diagnoses': {
    ptsd: 0.55, 'bipolar-disorder': 0.12, depression: 0.45, other: 0.08, 'dissociative-disorder': 0.05,
    'personality-disorder': 0.05, anxiety: 0.5, unknown: 0.07,
  },
  'multiple-mental-health-diagnoses': { clients: 0.3 },
  'childrens-division-involvement': { clients: 0.35 },
  'parenthood-status': { parent: 38, 'pregnant-or-expecting': 4, 'not-a-parent': 50, unknown: 8 },
  'region-of-current-residence': {
    central: 10, 'st-louis': 38, 'kansas-city': 25, northeast: 3, northwest: 3, southeast: 6, southwest: 12, unknown: 3,
  },
  'housing-status': { homeless: 30, institutional: 8, temporary: 27, permanent: 28, unknown: 7 },
  'current-or-historical-trafficking': { current: 40, history: 50, unknown: 10 },
  'current-or-historical-commercial-sexual-exploitation': { current: 35, history: 55, unknown: 10 },
  'current-or-historical-labor-trafficking': { current: 35, history: 50, unknown: 15 },
  'current-or-historical-labor-exploitation': { current: 35, history: 50, unknown: 15 },
  'history-of-criminal-justice-involvement': { clients: 0.35 },
  'history-of-human-trafficking-case-as-victim': { clients: 0.12 },
  'clients-with-unmet-requests': { clients: 0.1 },
};

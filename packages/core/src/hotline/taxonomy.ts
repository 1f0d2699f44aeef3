/**
 * The National Human Trafficking Hotline's state report (Missouri, 2020) as a taxonomy: the same schema as the
 * CATE quarterly report, so the same core and `<cate-chart>` draw it. Labels are the report's, verbatim.
 *
 * The venue/industry table is a hierarchy (Sex with its venues, Labor with its industries, Sex and Labor,
 * Trafficking Type Not Specified): its leaves are one section whose categories carry their parent as `group`,
 * and the top level is its own section (`trafficking-type`), whose counts are the groups' sums.
 */
import type { Category, Note, Provenance, Section, Source, Taxonomy, UnitLabel } from '../taxonomy/schema.js';

export const HOTLINE_SOURCE: Source = {
  citation:
    'National Human Trafficking Hotline. Missouri State Report: 1/1/2020 – 12/31/2020. Statistics accurate as of 07/01/2021.',
  url: 'https://humantraffickinghotline.org/en/statistics',
};

const FROM_HOTLINE: Provenance = {
  from: 'report',
  note: "The Hotline's Missouri state report for 2020, labels verbatim.",
};

/** Footnotes 1, 4 and 10 of the report: the rule behind every "fewer than three" row. */
export const FEWER_THAN_THREE_NOTE: Note = {
  title: 'Referenced fewer than three times',
  text: 'To protect the identity of the people we serve, the National Human Trafficking Hotline does not disclose exact statistics related to venues, industries, victim information or caller information referenced fewer than three times.',
};

const SUBSTANTIVE_NOTE: Note = {
  title: 'Substantive signals',
  text: "Substantive signals excludes hang-ups, wrong numbers, missed signals and signals in which the National Hotline could not determine the signaler's reason for contacting the Hotline.",
};

const SITUATIONS_NOTE: Note = {
  title: 'Situations',
  text: 'Each request submitted to the hotline is evaluated for evidence of potential human trafficking. A situation (incident) may be referenced by several signals; counts are unique situations.',
};

const NOT_VERIFIED_NOTE: Note = {
  title: 'Important note',
  text: 'The National Human Trafficking Hotline cannot verify the accuracy of the information reported. This is not a comprehensive report on the scale or scope of human trafficking within the state.',
};

const NON_CUMULATIVE_NOTE: Note = {
  title: 'Non-cumulative',
  text: 'These statistics are non-cumulative. Cases may involve multiple victims and include female, male, transgender and gender non-conforming individuals, foreign nationals and U.S. citizens, adults and minors. In some cases, demographic information is not reported. This table shows the number of cases referencing each demographic and not the number of individual victims.',
};

const NOT_SPECIFIED_NOTE: Note = {
  title: 'Trafficking type not specified',
  text: 'Cases where trafficking type is not specified typically occur when a law enforcement agent or service provider contacts the National Hotline for resources and referrals but does not disclose details about the trafficking situation due to confidentiality, or when the person reporting references human trafficking without further detail regarding labor or commercial sex (often anonymous online tip reports).',
};

const area = 'missouri-2020';
const sources = [HOTLINE_SOURCE];

/**
 * The Hotline counts signals and situations. "service-uses" is the closest unit of core's that is protected by
 * default and does not claim to count clients of member organizations (each signal counts, as each use of a
 * service does); each section's `unitLabel` names what it counts, and charts say that instead.
 */
const unit = 'service-uses' as const;
const signals: UnitLabel = { one: 'signal', other: 'signals' };
const situations: UnitLabel = { one: 'situation', other: 'situations' };

/** One category per venue under Sex, one per industry under Labor; the group is the row the report indents them under. */
const SEX = 'Sex';
const LABOR = 'Labor';
const SEX_AND_LABOR = 'Sex and Labor';
const NOT_SPECIFIED = 'Trafficking Type Not Specified';

const venueCategories: Category[] = [
  { id: 'venue-not-specified', label: 'Venue Not Specified', role: 'unknown', group: SEX },
  { id: 'pornography', label: 'Pornography', group: SEX },
  { id: 'illicit-massage-spa-business', label: 'Illicit Massage/Spa Business', group: SEX },
  { id: 'residence-based-commercial-sex', label: 'Residence-Based Commercial Sex', group: SEX },
  { id: 'hotel-motel-based', label: 'Hotel/Motel-Based', group: SEX },
  { id: 'online-ad-venue-unknown', label: 'Online Ad, Venue Unknown', group: SEX },
  { id: 'other-venue', label: 'Other Venue', role: 'other', group: SEX },
  { id: 'escort-delivery-service', label: 'Escort/Delivery Service', group: SEX },
  { id: 'truck-stop-based', label: 'Truck Stop-Based', group: SEX },
  { id: 'venues-fewer-than-three', label: 'Venues Referenced in Fewer than Three Cases', group: SEX },
  { id: 'restaurant-food-service', label: 'Restaurant/Food Service', group: LABOR },
  { id: 'construction', label: 'Construction', group: LABOR },
  { id: 'industries-fewer-than-three', label: 'Industries Referenced in Fewer than Three Cases', group: LABOR },
  { id: 'sex-and-labor', label: SEX_AND_LABOR, group: SEX_AND_LABOR },
  { id: 'trafficking-type-not-specified', label: NOT_SPECIFIED, role: 'unknown', group: NOT_SPECIFIED },
];

export const hotlineSections: Section[] = [
  {
    id: 'substantive-signals',
    title: 'Substantive Signals',
    description:
      'Substantive phone calls, SMS, webchats, emails and online tip reports about human trafficking received by the National Human Trafficking Hotline from signalers in Missouri.',
    area,
    unit,
    unitLabel: signals,
    multiSelect: false,
    chartTitle: 'Number of Substantive Signals Received from Missouri',
    notes: [SUBSTANTIVE_NOTE],
    sources,
    categories: [{ id: 'substantive-signals', label: 'Substantive Signals' }],
    categoriesFrom: FROM_HOTLINE,
  },
  {
    id: 'signaler-type',
    title: 'Signaler Type',
    description: 'Substantive signals from Missouri by who made them. Each signal counts once.',
    area,
    unit,
    unitLabel: signals,
    multiSelect: false,
    coversAllClients: true,
    chartTitle: 'Signaler Type',
    notes: [SUBSTANTIVE_NOTE, FEWER_THAN_THREE_NOTE],
    sources,
    categories: [
      { id: 'victim-of-trafficking', label: 'Victim of Trafficking' },
      { id: 'community-member', label: 'Community Member' },
      { id: 'medical-professional', label: 'Medical Professional' },
      { id: 'ngo-representative', label: 'NGO Representative' },
      { id: 'victim-of-other-crime', label: 'Victim of Other Crime' },
      { id: 'other', label: 'Other', role: 'other' },
      { id: 'family-of-trafficking-victim', label: 'Family of Trafficking Victim' },
      { id: 'friend-of-trafficking-victim', label: 'Friend of Trafficking Victim' },
      { id: 'law-enforcement', label: 'Law Enforcement' },
      { id: 'acquaintance-of-trafficker', label: 'Acquaintance of Trafficker' },
      { id: 'government-official', label: 'Government Official' },
      { id: 'victim-of-labor-exploitation', label: 'Victim of Labor Exploitation' },
      { id: 'not-specified', label: 'Not Specified', role: 'unknown' },
      { id: 'mental-health-professional', label: 'Mental Health Professional' },
      { id: 'business', label: 'Business' },
      { id: 'educator-school-personnel', label: 'Educator/School Personnel' },
      { id: 'caller-types-fewer-than-three', label: 'Caller Types Referenced Fewer than Three Times' },
    ],
    categoriesFrom: FROM_HOTLINE,
  },
  {
    id: 'potential-trafficking-situations',
    title: 'Situations of Potential Human Trafficking',
    description: 'Unique situations (incidents) of potential human trafficking in Missouri reported to the Hotline.',
    area,
    unit,
    unitLabel: situations,
    multiSelect: false,
    chartTitle: 'Unique Situations of Potential Human Trafficking',
    notes: [SITUATIONS_NOTE],
    sources,
    categories: [{ id: 'situations', label: 'Situations of Potential Human Trafficking' }],
    categoriesFrom: FROM_HOTLINE,
  },
  {
    id: 'primary-reason',
    title: 'Primary Reason for Contacting the National Hotline',
    description:
      'Situations of potential human trafficking by the primary reason the Hotline was contacted about them.',
    area,
    unit,
    unitLabel: situations,
    multiSelect: false,
    coversAllClients: true,
    chartTitle: 'Primary Reason for Contacting the National Hotline',
    notes: [
      SITUATIONS_NOTE,
      {
        title: 'Requests for general information',
        text: 'Requests for general information are situations in which an individual who is aware of a specific situation of potential trafficking may contact the National Human Trafficking Hotline for general information about human trafficking or to learn more about services available to trafficking victims.',
      },
    ],
    sources,
    categories: [
      { id: 'access-service-referrals', label: 'Access Service Referrals' },
      { id: 'report-a-trafficking-tip', label: 'Report a Trafficking Tip' },
      { id: 'request-crisis-assistance', label: 'Request Crisis Assistance' },
      { id: 'request-general-information', label: 'Request General Information' },
    ],
    categoriesFrom: FROM_HOTLINE,
  },
  {
    id: 'trafficking-type',
    title: 'Type of Potential Trafficking',
    description: 'Situations of potential human trafficking by type: the top level of the venue/industry table.',
    area,
    unit,
    unitLabel: situations,
    multiSelect: false,
    coversAllClients: true,
    chartTitle: 'Type of Potential Trafficking',
    notes: [SITUATIONS_NOTE, NOT_SPECIFIED_NOTE],
    sources,
    categories: [
      { id: 'sex', label: SEX },
      { id: 'labor', label: LABOR },
      { id: 'sex-and-labor', label: SEX_AND_LABOR },
      { id: 'trafficking-type-not-specified', label: NOT_SPECIFIED, role: 'unknown' },
    ],
    categoriesFrom: FROM_HOTLINE,
  },
  {
    id: 'venue-industry',
    title: 'Venue/Industry of Potential Trafficking',
    description:
      'Situations of potential human trafficking by venue (sex trafficking) or industry (labor trafficking). Each category is grouped under its type; the groups add up to the type counts, which the series publishes as group totals.',
    area,
    unit,
    unitLabel: situations,
    multiSelect: false,
    coversAllClients: true,
    chartTitle: 'Venue/Industry of Potential Trafficking',
    legendTitle: 'Venue/Industry',
    notes: [SITUATIONS_NOTE, FEWER_THAN_THREE_NOTE, NOT_SPECIFIED_NOTE],
    sources,
    categories: venueCategories,
    categoriesFrom: FROM_HOTLINE,
  },
  {
    id: 'victim-demographics',
    title: 'Victim Demographics',
    description:
      'Situations of potential human trafficking referencing each victim demographic. A situation may reference several.',
    area,
    unit,
    unitLabel: situations,
    multiSelect: true,
    chartTitle: 'Victim Demographics',
    notes: [
      NON_CUMULATIVE_NOTE,
      FEWER_THAN_THREE_NOTE,
      {
        title: 'Gender minorities',
        text: 'Gender minorities includes any individuals whose gender identified was not cisgender male or female. This would include individuals who identify as transgender male, transgender female, two-spirit, agender, genderfluid, or other specified genders.',
      },
      {
        title: 'Foreign nationals',
        text: 'A Foreign National in this data set is defined as any individual who is not currently a US Citizen or Legal Permanent Resident.',
      },
    ],
    sources,
    categories: [
      { id: 'adults', label: 'Adults', group: 'Age' },
      { id: 'minors', label: 'Minors', group: 'Age' },
      { id: 'females', label: 'Females', group: 'Gender' },
      { id: 'males', label: 'Males', group: 'Gender' },
      { id: 'gender-minorities', label: 'Gender Minorities', group: 'Gender' },
      { id: 'us-citizens-lpr', label: 'US Citizens/Legal Permanent Residents', group: 'Citizenship' },
      { id: 'foreign-nationals', label: 'Foreign Nationals', group: 'Citizenship' },
    ],
    categoriesFrom: FROM_HOTLINE,
  },
];

/** The Hotline's Missouri report for 2020 as a taxonomy (checked by `checkTaxonomy` in the tests). */
export const hotlineTaxonomy: Taxonomy = {
  id: 'nhth-missouri',
  name: 'National Human Trafficking Hotline: Missouri State Report',
  version: '2020',
  introduction: [
    {
      id: 'overview',
      title: 'Overview of incoming signals',
      text: 'Incoming communication with the National Human Trafficking Hotline from January 1, 2020 to December 31, 2020 about human trafficking cases and issues related to human trafficking in Missouri: phone calls, SMS, webchats, online tip reports or emails. Communication about topics unrelated to human trafficking is not included. Missouri had the 13th highest signal volume of all 50 states and Washington, D.C. in 2020.',
    },
    {
      id: 'important-note',
      title: NOT_VERIFIED_NOTE.title,
      text: `${NOT_VERIFIED_NOTE.text} These statistics are accurate as of 07/01/2021 and may change as new information emerges.`,
    },
  ],
  organizations: [
    { id: 'nhth', name: 'National Human Trafficking Hotline', url: 'https://humantraffickinghotline.org' },
  ],
  areas: [{ id: area, title: 'Missouri, 2020' }],
  sections: hotlineSections,
};

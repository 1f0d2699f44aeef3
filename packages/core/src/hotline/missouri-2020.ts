/**
 * The published numbers of the National Human Trafficking Hotline's Missouri State Report, 1/1/2020 –
 * 12/31/2020, as printed: every row of every table, in the report's order, with its count and its printed
 * percent. Real published figures (not synthetic). A row the report prints as "Fewer than Three Times" has no
 * count. Each row names the taxonomy cell(s) it fills; a venue table's type row (Sex, Labor) fills the
 * `trafficking-type` section, its venue and industry rows the `venue-industry` section.
 */

/** One printed row: its label verbatim, its count (or "fewer than three"), its printed whole percent. */
export interface HotlinePublishedRow {
  label: string;
  count: number | 'fewer-than-three';
  /** The whole percent printed beside the count; absent where the report prints none. */
  percent?: number;
  /** The taxonomy cells the row fills, as [section, category]. */
  cells: ReadonlyArray<readonly [section: string, category: string]>;
}

export interface HotlinePublishedTable {
  id: string;
  /** The table's heading, verbatim. */
  title: string;
  /** What the percentages are over: the table's TOTAL row, or the situations total for non-cumulative tables. */
  total: number;
  /** The TOTAL row's label, when the table prints one. */
  totalLabel?: string;
  rows: readonly HotlinePublishedRow[];
}

export interface HotlineDataset {
  source: string;
  period: { from: string; to: string };
  asOf: string;
  tables: readonly HotlinePublishedTable[];
}

const row = (
  label: string,
  count: number | 'fewer-than-three',
  percent: number | undefined,
  section: string,
  category: string,
): HotlinePublishedRow =>
  percent === undefined
    ? { label, count, cells: [[section, category]] }
    : { label, count, percent, cells: [[section, category]] };

const signaler = (label: string, count: number, percent: number, category: string) =>
  row(label, count, percent, 'signaler-type', category);
const reason = (label: string, count: number, percent: number, category: string) =>
  row(label, count, percent, 'primary-reason', category);
const venue = (label: string, count: number, percent: number, category: string) =>
  row(label, count, percent, 'venue-industry', category);
const victims = (label: string, count: number | 'fewer-than-three', percent: number | undefined, category: string) =>
  row(label, count, percent, 'victim-demographics', category);

export const HOTLINE_MISSOURI_2020: HotlineDataset = {
  source: 'National Human Trafficking Hotline Data Report, Missouri State Report: 1/1/2020 – 12/31/2020',
  period: { from: '2020-01-01', to: '2020-12-31' },
  asOf: '2021-07-01',
  tables: [
    {
      id: 'substantive-signals',
      title: 'Number of Substantive Signals Received from Missouri',
      total: 750,
      rows: [
        row(
          'Number of Substantive Signals Received from Missouri',
          750,
          undefined,
          'substantive-signals',
          'substantive-signals',
        ),
      ],
    },
    {
      id: 'signaler-type',
      title: 'SIGNALER TYPE',
      total: 750,
      totalLabel: 'TOTAL # OF SUBSTANTIVE SIGNALS',
      rows: [
        signaler('Victim of Trafficking', 185, 25, 'victim-of-trafficking'),
        signaler('Community Member', 104, 14, 'community-member'),
        signaler('Medical Professional', 91, 12, 'medical-professional'),
        signaler('NGO Representative', 85, 11, 'ngo-representative'),
        signaler('Victim of Other Crime', 84, 11, 'victim-of-other-crime'),
        signaler('Other', 63, 8, 'other'),
        signaler('Family of Trafficking Victim', 34, 5, 'family-of-trafficking-victim'),
        signaler('Friend of Trafficking Victim', 23, 3, 'friend-of-trafficking-victim'),
        signaler('Law Enforcement', 14, 2, 'law-enforcement'),
        signaler('Acquaintance of Trafficker', 14, 2, 'acquaintance-of-trafficker'),
        signaler('Government Official', 11, 1, 'government-official'),
        signaler('Victim of Labor Exploitation', 10, 1, 'victim-of-labor-exploitation'),
        signaler('Not Specified', 10, 1, 'not-specified'),
        signaler('Mental Health Professional', 9, 1, 'mental-health-professional'),
        signaler('Business', 3, 0, 'business'),
        signaler('Educator/School Personnel', 3, 0, 'educator-school-personnel'),
        signaler('Caller Types Referenced Fewer than Three Times', 7, 1, 'caller-types-fewer-than-three'),
      ],
    },
    {
      id: 'potential-trafficking-situations',
      title: 'DATA ABOUT HUMAN TRAFFICKING SITUATIONS',
      total: 267,
      rows: [
        row(
          'Unique situations (incidents) of potential human trafficking',
          267,
          undefined,
          'potential-trafficking-situations',
          'situations',
        ),
      ],
    },
    {
      id: 'primary-reason',
      title: 'PRIMARY REASON FOR CONTACTING THE NATIONAL HOTLINE',
      total: 267,
      totalLabel: 'TOTAL # OF SITUATIONS',
      rows: [
        reason('Access Service Referrals', 58, 22, 'access-service-referrals'),
        reason('Report a Trafficking Tip', 199, 75, 'report-a-trafficking-tip'),
        reason('Request Crisis Assistance', 10, 4, 'request-crisis-assistance'),
        reason('Request General Information', 0, 0, 'request-general-information'),
      ],
    },
    {
      id: 'venue-industry',
      title: 'VENUE/INDUSTRY OF POTENTIAL TRAFFICKING',
      total: 267,
      totalLabel: 'TOTAL # OF POTENTIAL TRAFFICKING SITUATIONS',
      rows: [
        row('Sex', 229, 86, 'trafficking-type', 'sex'),
        venue('Venue Not Specified', 111, 42, 'venue-not-specified'),
        venue('Pornography', 37, 14, 'pornography'),
        venue('Illicit Massage/Spa Business', 17, 6, 'illicit-massage-spa-business'),
        venue('Residence-Based Commercial Sex', 14, 5, 'residence-based-commercial-sex'),
        venue('Hotel/Motel-Based', 14, 5, 'hotel-motel-based'),
        venue('Online Ad, Venue Unknown', 13, 5, 'online-ad-venue-unknown'),
        venue('Other Venue', 9, 3, 'other-venue'),
        venue('Escort/Delivery Service', 7, 3, 'escort-delivery-service'),
        venue('Truck Stop-Based', 3, 1, 'truck-stop-based'),
        venue('Venues Referenced in Fewer than Three Cases', 4, 1, 'venues-fewer-than-three'),
        row('Labor', 10, 4, 'trafficking-type', 'labor'),
        venue('Restaurant/Food Service', 3, 1, 'restaurant-food-service'),
        venue('Construction', 3, 1, 'construction'),
        venue('Industries Referenced in Fewer than Three Cases', 4, 1, 'industries-fewer-than-three'),
        {
          label: 'Sex and Labor',
          count: 9,
          percent: 3,
          cells: [
            ['trafficking-type', 'sex-and-labor'],
            ['venue-industry', 'sex-and-labor'],
          ],
        },
        {
          label: 'Trafficking Type Not Specified',
          count: 19,
          percent: 7,
          cells: [
            ['trafficking-type', 'trafficking-type-not-specified'],
            ['venue-industry', 'trafficking-type-not-specified'],
          ],
        },
      ],
    },
    {
      id: 'victim-demographics',
      title: 'VICTIM DEMOGRAPHICS',
      // Non-cumulative: no TOTAL row; percentages are of the 267 situations.
      total: 267,
      rows: [
        victims('Adults', 149, 56, 'adults'),
        victims('Minors', 101, 38, 'minors'),
        victims('Females', 234, 88, 'females'),
        victims('Males', 26, 10, 'males'),
        victims('Gender Minorities', 'fewer-than-three', undefined, 'gender-minorities'),
        victims('US Citizens/Legal Permanent Residents', 26, 10, 'us-citizens-lpr'),
        victims('Foreign Nationals', 12, 4, 'foreign-nationals'),
      ],
    },
  ],
};

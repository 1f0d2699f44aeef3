/** The report's "Services Accessed" chapter. */
import type { Area, Section } from '../schema.js';
import {
  CATE_DATA_SOURCE,
  DOUBLE_COUNTING_NOTE,
  FROM_REPORT,
  FROM_REPORT_LEGEND,
  MULTIPLE_SERVICES_NOTE,
} from './shared.js';

export const servicesArea: Area = { id: 'services-accessed', title: 'Services Accessed' };

const area = 'services-accessed';
// Every services section carries the report's paragraph saying one client may be represented across several
// service categories (in Essential Life Needs it ends in a stray quote, dropped here): all are multi-select.
const clientNotes = [MULTIPLE_SERVICES_NOTE, DOUBLE_COUNTING_NOTE];
const sources = [CATE_DATA_SOURCE];

export const servicesSections: Section[] = [
  {
    id: 'therapeutic-services',
    title: 'Therapeutic Services Accessed',
    description: 'This shows the number of clients accessing each therapeutic service during each reporting period.',
    area,
    unit: 'clients',
    multiSelect: true,
    chartTitle: 'Therapeutic Services Accessed by Quarter',
    legendTitle: 'Therapeutic Service',
    notes: clientNotes,
    sources,
    categories: [
      {
        id: 'individual-or-group-therapy',
        label: 'Individual and/or Group Therapy by Professional Therapist',
      },
      { id: 'religious-counseling', label: 'Religious Counseling by Professional Therapist' },
      { id: 'outpatient-substance-use', label: 'Outpatient Substance Use Services' },
      { id: 'inpatient-substance-use', label: 'Inpatient Substance Use Services' },
      { id: 'family-therapy', label: 'Family Therapy' },
      { id: 'religious-support-by-lay-counselor', label: 'Religious Support by Lay Counselor' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT_LEGEND,
  },
  {
    id: 'residential-services',
    title: 'Residential Services Accessed',
    description:
      'This shows the number of clients who accessed each residential service during each reporting period. If a client utilizes multiple, inconsecutive nights of safety, each time utilized will count.',
    area,
    // Counts stays, not people: "each time utilized will count".
    unit: 'service-uses',
    multiSelect: true,
    chartTitle: 'Residential Services Accessed by Quarter',
    legendTitle: 'Service',
    notes: [
      {
        title: 'Each Use Counts',
        text: 'If a client utilizes multiple, inconsecutive nights of safety, each time utilized will count.',
      },
      MULTIPLE_SERVICES_NOTE,
    ],
    sources,
    categories: [
      { id: 'emergency-hotel', label: 'Emergency Hotel' },
      { id: 'emergency-shelter', label: 'Emergency Shelter' },
      { id: 'transitional-housing', label: 'Transitional Housing' },
      { id: 'permanent-supportive-housing', label: 'Permanent Supportive Housing' },
      { id: 'therapeutic-foster-care', label: 'Therapeutic Foster Care' },
      { id: 'youth-residential-facility-level-3', label: 'Youth Residential Facility Level 3' },
      { id: 'youth-residential-facility-level-4', label: 'Youth Residential Facility Level 4' },
      { id: 'youth-residential-facility-level-4-plus', label: 'Youth Residential Facility Level 4+' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: FROM_REPORT_LEGEND,
  },
  {
    id: 'essential-life-needs-and-advocacy-services',
    title: 'Essential Life Needs and Advocacy Services Accessed',
    description:
      'This shows the reported number of clients who accessed services related to essential life needs and advocacy during each reporting period.',
    area,
    unit: 'clients',
    multiSelect: true,
    chartTitle: 'Essential Life Needs and Advocacy Services Accessed by Quarter',
    notes: clientNotes,
    sources,
    categories: [
      { id: 'food', label: 'Food Assistance' },
      { id: 'clothing-and-personal-items', label: 'Clothing and Personal Items' },
      { id: 'transportation', label: 'Transportation' },
      { id: 'medical-care', label: 'Medical Care' },
      { id: 'dental-care', label: 'Dental Care' },
      { id: 'crisis-intervention', label: 'Crisis Intervention' },
      { id: 'safety-planning', label: 'Safety Planning' },
      { id: 'criminal-justice-advocacy', label: 'Criminal Justice Advocacy' },
      { id: 'immigration-legal-services', label: 'Immigration Legal Services' },
      { id: 'civil-legal-services', label: 'Civil Legal Services' },
      { id: 'identification-documents', label: 'Identification Documents' },
      { id: 'emergency-financial-assistance', label: 'Emergency Financial Assistance' },
      { id: 'other', label: 'Other Essential Life Needs or Advocacy Service', role: 'other' },
      { id: 'unknown', label: 'Unknown', role: 'unknown' },
    ],
    categoriesFrom: {
      from: 'standard',
      standard: 'OVC Trafficking Information Management System (TIMS) service categories',
      note: "The report lists no categories. These are the direct-service types OVC's human trafficking grantees report in TIMS (HHS OTIP's grantee forms ask for the same kinds of service), less those the report counts in its other services sections: therapy and substance use (Therapeutic), housing and shelter (Residential), case management, education, employment and language services (Long-Term Stability), peer support (Peer Support).",
    },
  },
  {
    id: 'long-term-stability-and-empowerment-services',
    title: 'Long-Term Stability and Empowerment Services Accessed',
    description:
      'This shows the reported number of clients who accessed services related to long-term stability and empowerment during each reporting period.',
    area,
    unit: 'clients',
    multiSelect: true,
    chartTitle: 'Long-Term Stability and Empowerment Services Accessed by Quarter',
    legendTitle: 'Service',
    notes: clientNotes,
    sources,
    categories: [
      { id: 'rental-assistance-arrears-or-relocation', label: 'Rental Assistance, Arrears, or Relocation' },
      { id: 'education-assistance', label: 'Education Assistance' },
      { id: 'case-management', label: 'Case Management' },
      { id: 'employment-skills-or-assistance', label: 'Employment Skills or Assistance' },
      { id: 'language-services', label: 'Language Services' },
    ],
    categoriesFrom: FROM_REPORT,
  },
  {
    id: 'peer-support-and-specialized-services',
    title: 'Peer Support and Specialized Services Accessed',
    description:
      'This shows the number of clients who accessed each peer support and specialized service during each reporting period.',
    area,
    unit: 'clients',
    multiSelect: true,
    chartTitle: 'Peer Support and Specialized Services Accessed by Quarter',
    legendTitle: 'Service',
    notes: clientNotes,
    sources,
    categories: [
      { id: 'missouri-certified-peer-specialist', label: 'Missouri Certified Peer Specialist Services' },
      { id: 'drop-in', label: 'Drop-in Services' },
      { id: 'department-of-youth-services', label: 'Services provided by Department of Youth Services' },
      { id: 'non-professional-peer-support', label: 'Non-professional Peer Support Services' },
      { id: 'pet-assistance', label: 'Pet Assistance' },
    ],
    categoriesFrom: FROM_REPORT,
  },
];

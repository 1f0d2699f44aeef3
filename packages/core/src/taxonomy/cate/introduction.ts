/** The report's front matter: its introduction passages and its member organizations, verbatim. */
import type { Organization, Passage } from '../schema.js';
import { DOUBLE_COUNTING_NOTE } from './shared.js';

export const CATE_INTRODUCTION: Passage[] = [
  {
    id: 'introduction',
    title: 'Introduction',
    text: 'This report contains data exclusively reported by members of the Coalition Against Trafficking and Exploitation (CATE). The information presented represents only the clients served by these specific member organizations and does not encompass all victims and survivors of human trafficking within the state. The data presented in this report is aggregated from various direct service providers, each utilizing internal tracking systems specific to their programming. Because individual agencies may track different specialized metrics, the totals in certain thematic sections may not align exactly with the overall client counts found elsewhere in the report.',
  },
  {
    id: 'data-source',
    title: 'Data Source',
    text: 'The figures in this report are synthesized from a standardized Quarterly Data Report survey administered through the Apricot software platform.',
  },
  {
    id: 'collection-process',
    title: 'Collection Process',
    text: 'Data is self-reported on a quarterly basis by participating direct service providers who assist survivors of human trafficking and commercial sexual exploitation (CSE).',
  },
  {
    id: 'purpose',
    title: 'Purpose',
    text: 'This centralized collection process is designed to ensure data integrity and ease of access. The resulting database supports regional advocacy, legislative efforts, grant writing, and academic research to better serve the survivor community.',
  },
  { id: 'data-accuracy', title: DOUBLE_COUNTING_NOTE.title, text: DOUBLE_COUNTING_NOTE.text },
];

/** The report's eight member organizations, in the report's order (its links carry no address). */
export const CATE_MEMBER_ORGANIZATIONS: Organization[] = [
  { id: 'alive', name: 'ALIVE' },
  { id: 'the-covering-house', name: 'The Covering House' },
  { id: 'healing-action-network', name: 'Healing Action Network' },
  { id: 'kairos-hope', name: 'Kairos Hope' },
  { id: 'the-pathways-project-of-the-ozarks', name: 'The Pathways Project of the Ozarks' },
  { id: 'crime-victim-center', name: 'Crime Victim Center' },
  {
    id: 'jefferson-city-citizens-against-trafficking-and-exploitation',
    name: 'Jefferson City Citizens Against Trafficking & Exploitation',
  },
  { id: 'safe-connections', name: 'Safe Connections' },
];

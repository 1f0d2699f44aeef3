/**
 * The statewide snapshot's (seed 001) top three survivor needs, each with its community resources and
 * recommendations, and its key implications: published text, as data, in the snapshot's order.
 */
export interface TopNeed {
  rank: number;
  need: string;
  resources: readonly string[];
  recommendations: readonly string[];
}

export interface TopNeeds {
  title: string;
  sources: readonly string[];
  needs: readonly TopNeed[];
  implications: readonly string[];
}

export const MISSOURI_TOP_NEEDS_2019: TopNeeds = {
  title: 'Top 3 Survivor Needs',
  sources: [
    '2019. Nichols, Preble & Cox. "Human Trafficking in Missouri and Metro East St. Louis: Provider Based Needs Assessment and Demographic Snapshot".',
    '2019. Preble & Nichols. "State of Missouri and Metro East Anti-Trafficking Strategic Plan".',
  ],
  needs: [
    {
      rank: 1,
      need: 'Shelter',
      resources: [
        'MO Housing Development Commission',
        'MO Coalition Against Domestic and Sexual Violence (MOCADSV)',
        'MO Department of Social Services',
        'CATE',
      ],
      recommendations: [
        'Create a work group of service providers to determine and address barriers in access to shelter services',
        'Lending circles should be looked at to fill the gaps in shelter services',
      ],
    },
    {
      rank: 2,
      need: 'Mental Health',
      resources: ['MO Behavioral Health Council', 'DeafLead', 'MO Department of Mental Health', 'CATE'],
      recommendations: [
        'Develop statewide coordinated system that includes centralized data collection and reporting coordinated services and cross-disciplinary training',
        'Formalize network of mental health providers to ease the burden of care across the state',
      ],
    },
    {
      rank: 3,
      need: 'Transitional Housing',
      resources: ['MO Housing Development Commission', 'MOCADSV', 'MO Department of Social Services', 'CATE'],
      recommendations: [
        'Develop legislative advocacy that promotes survivor-centric laws and policies',
        'Building stronger infrastructure to support independent living post-trafficking',
      ],
    },
  ],
  implications: [
    'A need for statewide coordination of services that includes multidisciplinary, cross-training, and teambuilding',
    'A need for increased culturally sensitive support services for trafficking survivors across the state',
    'A need for more training in schools, healthcare, and law enforcement',
    'A need for centralized data collection and reporting',
  ],
};

/**
 * The service types of the St. Louis region service inventory (seed 004, figure 1), in the figure's column
 * order, labels verbatim. A resource guide's providers name their services with these ids.
 */
export const SERVICE_TYPES = [
  { id: 'shelter-adult', label: 'Shelters (adult)' },
  { id: 'shelter-youth', label: 'Shelters/residential homes (youth)' },
  { id: 'legal', label: 'Legal services' },
  { id: 'language-access', label: 'Language access/translation services' },
  { id: 'drop-in', label: 'Drop-in centers' },
  { id: 'counseling', label: 'Counseling and therapy' },
  { id: 'substance-use', label: 'Substance use/addiction services' },
  { id: 'employment', label: 'Employment services' },
  { id: 'food-pantry', label: 'Food pantries' },
  { id: 'ht-education', label: 'HT education/training options' },
  { id: 'ht-prevention', label: 'HT prevention information' },
] as const;

export type ServiceTypeId = (typeof SERVICE_TYPES)[number]['id'];

export const SERVICE_TYPE_IDS = SERVICE_TYPES.map((t) => t.id) as [ServiceTypeId, ...ServiceTypeId[]];

const LABELS = new Map<string, string>(SERVICE_TYPES.map((t) => [t.id, t.label]));

/** The inventory's label for a service type id ("legal" -> "Legal services"). */
export function serviceTypeLabel(id: string): string {
  return LABELS.get(id) ?? id;
}

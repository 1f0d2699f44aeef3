import type { Provider, ResourceGuide } from './schema.js';
import { serviceTypeLabel } from './service-types.js';

export interface ResourceQuery {
  /** Words to find in a provider's name, services, counties, languages, address or notes (all must match). */
  text?: string;
  /** Only providers serving this county (located there, listing it, or statewide). */
  county?: string;
  /** Only providers offering this service type id. */
  service?: string;
}

/** Lower case without accents, so "espanol" finds "Español". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function servesCounty(provider: Provider, county: string): boolean {
  return provider.statewide || provider.locatedIn === county || provider.serves.includes(county);
}

function haystack(provider: Provider): string {
  return fold(
    [
      provider.name,
      provider.locatedIn,
      ...provider.serves,
      provider.statewide ? 'statewide' : '',
      ...provider.services.map(serviceTypeLabel),
      ...provider.languages,
      provider.contact.address ?? '',
      provider.notes ?? '',
    ].join('\n'),
  );
}

/**
 * The providers matching a query. With a county, those located in it come first, then those serving it from
 * elsewhere; otherwise the guide's order is kept. Empty fields do not filter.
 */
export function searchResources(guide: ResourceGuide, query: ResourceQuery = {}): Provider[] {
  const words = fold(query.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const found = guide.providers.filter((p) => {
    if (query.county && !servesCounty(p, query.county)) return false;
    if (query.service && !p.services.includes(query.service as Provider['services'][number])) return false;
    if (words.length === 0) return true;
    const text = haystack(p);
    return words.every((w) => text.includes(w));
  });
  if (!query.county) return found;
  const local = (p: Provider) => (p.locatedIn === query.county ? 0 : 1);
  return found
    .map((p, i) => ({ p, i }))
    .sort((a, b) => local(a.p) - local(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

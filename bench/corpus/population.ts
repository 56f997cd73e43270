import { chance, int, pick, rngFor, shuffle, Zipf, type Rng } from './random.js';
import {
  COUNTRIES,
  COUNTRY_ROLES,
  GIVEN_NAMES,
  ORG_CORES,
  ORG_HEADS,
  ORG_PREFIXES,
  ORG_ROLES,
  OUTLET_FORMS,
  OUTLET_STEMS,
  SURNAME_ENDINGS,
  SURNAME_MIDDLES,
  SURNAME_ONSETS,
  VARIANT_RULES,
  type CountryFacts,
} from './words.js';

export interface Country extends CountryFacts {
  kind: 'COUNTRY';
  members: Person[];
}

export interface Organization {
  kind: 'ORGANIZATION';
  name: string;
  /** Acronym, only when no other organization has the same one. */
  acronym: string | null;
  /** The country it operates in, e.g. for "Sudanese" rebels; also where its talks are held. */
  base: Country;
  members: Person[];
}

export interface Person {
  kind: 'PERSON';
  given: string;
  surname: string;
  /** Another transliteration of the surname, used by some outlets. */
  variant: string | null;
  affiliation: Country | Organization;
  role: string;
}

export interface Outlet {
  kind: 'MEDIA';
  name: string;
  /** Short credit form, e.g. "(Meridian)". */
  credit: string;
}

export type Party = Country | Organization;

/**
 * The actors of a corpus. Each list is ordered by prominence: rank 0 is sampled most often,
 * following a Zipf law, so mentions follow a power law across the population.
 */
export interface Population {
  countries: Country[];
  organizations: Organization[];
  persons: Person[];
  outlets: Outlet[];
  zipf: { countries: Zipf; organizations: Zipf; persons: Zipf; outlets: Zipf };
}

/** Population size grows with the corpus: a few hundred actors at 200 articles, thousands at 100k. */
export function populationSizes(articles: number): { persons: number; organizations: number; outlets: number } {
  const root = Math.sqrt(Math.max(articles, 1));
  return {
    persons: Math.max(60, Math.round(16 * root)),
    organizations: Math.max(24, Math.round(5 * root)),
    outlets: Math.min(OUTLET_STEMS.length * OUTLET_FORMS.length, Math.round(12 + root / 10)),
  };
}

export function personName(p: Person, variant = false): string {
  return `${p.given} ${variant && p.variant ? p.variant : p.surname}`;
}

export function partyName(p: Party): string {
  return p.name;
}

export function buildPopulation(seed: number, articles: number): Population {
  const rng = rngFor(seed, 'population');
  const sizes = populationSizes(articles);
  const countries: Country[] = shuffle(
    rng,
    COUNTRIES.map((c) => ({ ...c, kind: 'COUNTRY' as const, members: [] as Person[] })),
  );
  const organizations = buildOrganizations(rng, sizes.organizations, countries);
  const persons = buildPersons(rng, sizes.persons, countries, organizations);
  const outlets = buildOutlets(rng, sizes.outlets);
  return {
    countries,
    organizations,
    persons,
    outlets,
    zipf: {
      countries: new Zipf(countries.length, 1.0),
      organizations: new Zipf(organizations.length, 1.05),
      persons: new Zipf(persons.length, 1.05),
      outlets: new Zipf(outlets.length, 1.1),
    },
  };
}

function buildOrganizations(rng: Rng, count: number, countries: Country[]): Organization[] {
  const names = new Set<string>();
  const max = ORG_PREFIXES.length * ORG_CORES.length * ORG_HEADS.length;
  const target = Math.min(count, Math.floor(max * 0.8));
  const out: Organization[] = [];
  while (out.length < target) {
    const name = `${pick(rng, ORG_PREFIXES)} ${pick(rng, ORG_CORES)} ${pick(rng, ORG_HEADS)}`;
    if (names.has(name)) continue;
    names.add(name);
    out.push({ kind: 'ORGANIZATION', name, acronym: null, base: pick(rng, countries), members: [] });
  }
  const byAcronym = new Map<string, Organization[]>();
  for (const org of out) {
    const acronym = org.name
      .split(' ')
      .map((w) => w[0])
      .join('');
    byAcronym.set(acronym, [...(byAcronym.get(acronym) ?? []), org]);
  }
  for (const [acronym, orgs] of byAcronym) if (orgs.length === 1) orgs[0]!.acronym = acronym;
  return out;
}

function buildPersons(rng: Rng, count: number, countries: Country[], organizations: Organization[]): Person[] {
  const names = new Set<string>();
  const out: Person[] = [];
  const orgZipf = new Zipf(organizations.length, 0.8);
  const countryZipf = new Zipf(countries.length, 0.8);
  let attempts = 0;
  while (out.length < count && attempts++ < count * 50) {
    const given = pick(rng, GIVEN_NAMES);
    const surname = `${pick(rng, SURNAME_ONSETS)}${pick(rng, SURNAME_MIDDLES)}${pick(rng, SURNAME_ENDINGS)}`;
    const full = `${given} ${surname}`;
    if (names.has(full)) continue;
    names.add(full);
    const affiliation: Party = chance(rng, 0.55)
      ? organizations[orgZipf.sample(rng)]!
      : countries[countryZipf.sample(rng)]!;
    const person: Person = {
      kind: 'PERSON',
      given,
      surname,
      variant: chance(rng, 0.3) ? variantOf(surname) : null,
      affiliation,
      role: affiliation.kind === 'COUNTRY' ? pick(rng, COUNTRY_ROLES) : pick(rng, ORG_ROLES),
    };
    affiliation.members.push(person);
    out.push(person);
  }
  return out;
}

export function variantOf(surname: string): string | null {
  for (const [pattern, replacement] of VARIANT_RULES) {
    if (pattern.test(surname)) {
      const variant = surname.replace(pattern, replacement);
      if (variant !== surname) return variant;
    }
  }
  return null;
}

function buildOutlets(rng: Rng, count: number): Outlet[] {
  const stems = shuffle(rng, [...OUTLET_STEMS]);
  const out: Outlet[] = [];
  for (let i = 0; i < count; i++) {
    const stem = stems[i % stems.length]!;
    const form =
      OUTLET_FORMS[(Math.floor(i / stems.length) + int(rng, 0, OUTLET_FORMS.length - 1)) % OUTLET_FORMS.length]!;
    const name = form(stem);
    if (out.some((o) => o.name === name)) continue;
    out.push({ kind: 'MEDIA', name, credit: i % 3 === 0 ? stem : name });
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { geocodeArticlePlaces, sharedGazetteer } from '../../src/geo/index.js';

/**
 * Every meeting place named in the gold of ../shared/eval/dev and dev2 that is a real city or
 * country, with its true coordinates written down by hand (city centres; for a country, the
 * geographic coordinates the CIA World Factbook gives it), and the country the article is about when the article's countries matter.
 */
const GOLD_PLACES: [name: string, latitude: number, longitude: number, articleCountries: string[]][] = [
  ['Accra', 5.56, -0.2, ['TG', 'NE']],
  ['Addis Ababa', 9.03, 38.74, ['SD', 'SS']],
  ['Algiers', 36.75, 3.06, ['DZ', 'ML', 'FR']],
  ['Ankara', 39.93, 32.86, ['SO', 'ET', 'TR']],
  ['Beijing', 39.9, 116.4, ['CN', 'SA', 'IR']],
  ['Caracas', 10.49, -66.88, ['VE', 'CO']],
  ['Chisinau', 47.01, 28.86, ['MD', 'RU', 'UA']],
  ['Doha', 25.29, 51.53, ['QA', 'TD']],
  ['Ethiopia', 8.0, 38.0, ['SA', 'SD']],
  ['Geneva', 46.2, 6.15, ['CY', 'GR', 'TR']],
  ['Jeddah', 21.49, 39.19, ['SA', 'SD']],
  ['Kinshasa', -4.33, 15.31, ['ET', 'EG', 'SD', 'CD']],
  ['Kunming', 25.04, 102.71, ['CN', 'MM']],
  ['Laayoune', 27.15, -13.2, ['MA', 'DZ', 'ES']],
  ['London', 51.51, -0.13, ['IL', 'QA', 'US']],
  ['Moscow', 55.76, 37.62, ['RU', 'IL']],
  ['Munich', 48.14, 11.58, ['MD', 'DE']],
  ['Muscat', 23.59, 58.41, ['OM', 'YE', 'IR']],
  ['Nairobi', -1.29, 36.82, ['KE', 'ET']],
  ['Niamey', 13.51, 2.11, ['NE', 'TG']],
  ['Oslo', 59.91, 10.75, ['NO', 'PH']],
  ['Paris', 48.86, 2.35, ['US', 'SY', 'IL']],
  ['Pretoria', -25.75, 28.19, ['ZA', 'ET']],
  ['Qatar', 25.5, 51.25, ['QA', 'IL']],
  ['Riyadh', 24.71, 46.68, ['SA', 'YE']],
  ['Rome', 41.9, 12.5, ['IR', 'US']],
  ['Sanaa', 15.37, 44.19, ['YE', 'OM']],
  ['Suarez', 2.95, -76.7, ['CO']],
  ['Switzerland', 47.0, 8.0, ['OM', 'YE']],
  ['Tiraspol', 46.84, 29.63, ['MD']],
  ['Tunisia', 34.0, 9.0, ['LY']],
  ['Vienna', 48.21, 16.37, ['MD', 'AT']],
];

/** Great-circle distance in km (haversine). */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('gazetteer', () => {
  const gazetteer = sharedGazetteer();

  it.each(GOLD_PLACES)('places %s within 25 km of where it is', (name, latitude, longitude, countries) => {
    const point = gazetteer.locate(name, new Set(countries));
    expect(point, name).not.toBeNull();
    expect(distanceKm(point!.latitude, point!.longitude, latitude, longitude)).toBeLessThan(25);
  });

  it('tells cities from countries and gives ISO codes', () => {
    expect(gazetteer.locate('Doha')).toMatchObject({ kind: 'CITY', countryCode: 'QA' });
    expect(gazetteer.locate('Qatar')).toMatchObject({ kind: 'COUNTRY', countryCode: 'QA' });
    expect(gazetteer.locate('Darfur')).toMatchObject({ kind: 'REGION', countryCode: 'SD' });
    expect(gazetteer.countryCode('Türkiye')).toBe('TR');
    expect(gazetteer.countryCode('Turkey')).toBe('TR');
    expect(gazetteer.locate('Qwertzville')).toBeNull();
  });

  it('matches spellings without accents, apostrophes or spaces', () => {
    expect(gazetteer.locate("Sana'a")?.countryCode).toBe('YE');
    expect(gazetteer.locate('Chişinău')?.countryCode).toBe('MD');
    expect(gazetteer.locate('Addis-Ababa')?.countryCode).toBe('ET');
  });

  it('resolves an ambiguous city by the countries the article is about', () => {
    expect(gazetteer.locate('Tripoli', new Set(['LY']))?.countryCode).toBe('LY');
    expect(gazetteer.locate('Tripoli', new Set(['LB']))?.countryCode).toBe('LB');
    // Without context, the most populous: Tripoli, Libya.
    expect(gazetteer.locate('Tripoli')?.countryCode).toBe('LY');
  });

  it('geocodes an article’s meeting places and dateline in the context of its country actors', () => {
    const article = {
      article: { title: 't', keywords: [], dateline: 'Beirut', publishedAt: null, source: null, url: null },
      actors: [{ name: 'Lebanon', kind: 'COUNTRY', aliases: [], affiliations: [] }],
      meetings: [{ kind: 'TALKS', participants: [], location: 'Tripoli', date: null, status: 'HELD', evidence: [] }],
    } as unknown as ExtractedArticle;
    const rows = geocodeArticlePlaces([article], gazetteer);
    expect(rows.map((r) => [r.key, r.countryCode])).toEqual([
      ['tripoli', 'LB'],
      ['beirut', 'LB'],
    ]);
  });
});

import type { ExtractedArticle } from '../domain/article.js';
import { nameKey } from '../domain/keys.js';
import type { Gazetteer, GeoPoint } from './gazetteer.js';

/** Coordinates for the Place node whose key is `key`. */
export interface PlaceGeoRow extends GeoPoint {
  key: string;
}

/**
 * Geocodes the places each article names (meeting places and the dateline), each in the context of
 * the countries that article is about, so "Tripoli" is in Libya or in Lebanon as the article says.
 */
export function geocodeArticlePlaces(batch: readonly ExtractedArticle[], gazetteer: Gazetteer): PlaceGeoRow[] {
  const rows = new Map<string, PlaceGeoRow>();
  for (const extracted of batch) {
    const countries = articleCountries(extracted, gazetteer);
    for (const name of placeNames(extracted)) {
      const key = nameKey(name);
      if (!key || rows.has(key)) continue;
      const point = gazetteer.locate(name, countries);
      if (point) rows.set(key, { key, ...point });
    }
  }
  return [...rows.values()];
}

/** ISO codes of the countries among the article's actors. */
export function articleCountries(extracted: ExtractedArticle, gazetteer: Gazetteer): Set<string> {
  const codes = extracted.actors
    .filter((actor) => actor.kind === 'COUNTRY')
    .flatMap((actor) => [actor.name, ...actor.aliases])
    .map((name) => gazetteer.countryCode(name));
  return new Set(codes.filter((code): code is string => code !== null));
}

function placeNames(extracted: ExtractedArticle): string[] {
  const names = extracted.meetings.map((meeting) => meeting.location);
  return [...names, extracted.article.dateline].filter((name): name is string => Boolean(name));
}

import { Gazetteer } from './gazetteer.js';

export { articleCountries, geocodeArticlePlaces, type PlaceGeoRow } from './article-places.js';
export { Gazetteer, type GeoPoint, type PlaceKind, matchKey } from './gazetteer.js';

let shared: Gazetteer | undefined;

/**
 * The process's gazetteer, loaded on first use; it indexes its 135k cities on the first city
 * lookup (about half a second). It is read-only data, so one copy serves every ingestion and request.
 */
export function sharedGazetteer(): Gazetteer {
  shared ??= Gazetteer.load();
  return shared;
}

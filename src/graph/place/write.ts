import type { PlaceGeoRow } from '../../geo/index.js';
import { cypher, type CypherQuery } from '../cypher.js';

/** Sets coordinates on Place nodes not located yet: the first article that names a place locates it. */
export function locatePlaces(rows: PlaceGeoRow[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
    MATCH (p:Place {key: row.key}) WHERE p.kind IS NULL
    SET p.latitude = row.latitude, p.longitude = row.longitude, p.countryCode = row.countryCode, p.kind = row.kind`,
    { rows },
  );
}

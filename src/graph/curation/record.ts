import { cypher, type CypherQuery } from '../cypher.js';

/** Who made a curation: a fingerprint of the API key (never the key), or null on an open server. */
export type CuratorKey = string | null;

/**
 * A Curation node: what was done (action), to what (target, a node id or key), with which
 * details, when, and with which key. Curations are never deleted by ingestion or deletion of
 * articles, so an analyst can always see what was changed by hand.
 */
export function recordCuration(
  action: string,
  target: string,
  details: Record<string, unknown>,
  key: CuratorKey,
): CypherQuery {
  return cypher(
    `CREATE (:Curation {id: randomUUID(), action: $action, target: $target, details: $details, at: datetime(), keyId: $key})`,
    { action, target, details: JSON.stringify(details), key },
  );
}

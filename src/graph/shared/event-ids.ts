import { cypher, type CypherQuery } from '../cypher.js';

/** The event node labels whose ids coreference chooses. */
export type EventLabel = 'Statement' | 'Mediation' | 'Meeting';

/**
 * Gives event nodes the ids coreference chose for them (`from` → `to`): an event's id is the
 * smallest of its reports' own ids, so the set of reports decides it, not which came first. A
 * `to` is the id of a report of an article being written, which no node has yet.
 */
export function rekeyEvents(label: EventLabel, rekeys: { from: string; to: string }[]): CypherQuery {
  return cypher(`UNWIND $rekeys AS rekey MATCH (e:${label} {id: rekey.from}) SET e.id = rekey.to`, { rekeys });
}

import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor } from '../executor.js';
import { untilNoneLeft } from '../shared/chunked.js';
import { int } from '../shared/list-query.js';

/**
 * Latest-N reads of an actor's statements, meetings and mediations, at a cost bounded by the page
 * and not by the actor's history (README, "Newest first without sorting a hub's history").
 *
 * Each edge from an actor to an event (MADE, ATTENDS, MEDIATES, BETWEEN) carries `actorKey` (its
 * actor's key) and `recency`, a string that sorts as the list does: the event's date then its
 * last report, each as an ISO day, or `~` when missing (Cypher puts nulls first in a descending
 * order, and `~` sorts after digits). A composite range index on (actorKey, recency) per edge
 * type then gives an actor's edges newest first; the event id breaks ties (a partial top-N).
 * The keys are refreshed wherever an event's date or last report, or an edge's actor, changes.
 */

/** One list of an actor's event edges: the edge type and its direction seen from the actor. */
interface EventEdge {
  type: 'MADE' | 'ATTENDS' | 'MEDIATES' | 'BETWEEN';
  out: boolean;
}

const EVENTS = {
  Statement: { edges: [{ type: 'MADE', out: true }], dated: true },
  Meeting: { edges: [{ type: 'ATTENDS', out: true }], dated: true },
  Mediation: {
    edges: [
      { type: 'MEDIATES', out: true },
      { type: 'BETWEEN', out: false },
    ],
    dated: false,
  },
} as const satisfies Record<string, { edges: readonly EventEdge[]; dated: boolean }>;

type EventLabel = keyof typeof EVENTS;
const EVENT_LABELS = Object.keys(EVENTS) as EventLabel[];
const ALL_EDGES: readonly EventEdge[] = EVENT_LABELS.flatMap((label): readonly EventEdge[] => EVENTS[label].edges);

export const RECENCY_SCHEMA: readonly string[] = ALL_EDGES.map(
  ({ type }) =>
    `CREATE INDEX ${type.toLowerCase()}_recency IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.actorKey, r.recency)`,
);

const day = (expr: string) => `coalesce(toString(${expr}), '~')`;

/** The recency key of event `e` of a label: how its actors' lists order it, as one string. */
function recencyOf(label: EventLabel, e: string): string {
  return EVENTS[label].dated ? `${day(`${e}.date`)} + '|' + ${day(`${e}.lastReportedAt`)}` : day(`${e}.lastReportedAt`);
}

const arrow = ({ type, out }: EventEdge, x: string, r: string, e: string) =>
  out ? `(${x})-[${r}:${type}]->(${e})` : `(${x})<-[${r}:${type}]-(${e})`;

/** SET clause body for edge `r` from actor `x` to event `e`, written only when a key changed. */
function setKeys(label: EventLabel, x: string, r: string, e: string): string {
  return `WITH ${x}, ${r}, ${recencyOf(label, e)} AS key
    WHERE NOT coalesce(${r}.recency = key AND ${r}.actorKey = ${x}.key, false)
    SET ${r}.recency = key, ${r}.actorKey = ${x}.key`;
}

/** Ids of events whose edges' keys are refreshed, by label. */
export interface EventIds {
  statements: readonly string[];
  meetings: readonly string[];
  mediations: readonly string[];
}

const PARAM: Record<EventLabel, keyof EventIds> = {
  Statement: 'statements',
  Meeting: 'meetings',
  Mediation: 'mediations',
};

/** Refreshes the keys of every actor edge of the given events (after they were written or changed). */
export function refreshRecency(ids: EventIds): CypherQuery {
  const calls = EVENT_LABELS.flatMap((label) =>
    EVENTS[label].edges.map(
      (edge) => `CALL () {
        UNWIND $${PARAM[label]} AS id MATCH ${arrow(edge, 'x:Actor', 'r', `e:${label} {id: id}`)}
        ${setKeys(label, 'x', 'r', 'e')}
      }`,
    ),
  );
  return cypher(calls.join('\n'), {
    statements: ids.statements,
    meetings: ids.meetings,
    mediations: ids.mediations,
  });
}

/** The same for every event article `$id` reports (run while deleting it, once report dates are recomputed). */
export function refreshRecencyOfArticle(id: string): CypherQuery {
  const calls = EVENT_LABELS.flatMap((label) =>
    EVENTS[label].edges.map(
      (edge) => `CALL () {
        MATCH (:Article {id: $id})<-[:REPORTED_IN]-(e:${label}) MATCH ${arrow(edge, 'x:Actor', 'r', 'e')}
        ${setKeys(label, 'x', 'r', 'e')}
      }`,
    ),
  );
  return cypher(calls.join('\n'), { id });
}

/** The same for every event edge of actor `$key` (after edges moved to it from another actor). */
export function refreshRecencyOfActor(key: string): CypherQuery {
  const calls = EVENT_LABELS.flatMap((label) =>
    EVENTS[label].edges.map(
      (edge) => `CALL () {
        MATCH ${arrow(edge, 'x:Actor {key: $key}', 'r', `e:${label}`)}
        ${setKeys(label, 'x', 'r', 'e')}
      }`,
    ),
  );
  return cypher(calls.join('\n'), { key });
}

/** Edges a graph written before the keys existed lacks them: set in chunks at start-up. */
const BACKFILL_CHUNK = 10_000;

export async function backfillRecency(executor: Executor): Promise<void> {
  for (const label of EVENT_LABELS) {
    for (const edge of EVENTS[label].edges) {
      const query = cypher(
        `MATCH ${arrow(edge, 'x:Actor', 'r', `e:${label}`)} WHERE r.recency IS NULL
        WITH x, r, e LIMIT $chunk
        SET r.recency = ${recencyOf(label, 'e')}, r.actorKey = x.key
        RETURN count(*) AS n`,
        { chunk: int(BACKFILL_CHUNK) },
      );
      await untilNoneLeft(executor, query);
    }
  }
}

/**
 * Cypher over an actor `x` that leaves `variable` bound to one page of its events of `label`
 * reached through `edges`, newest first, and nothing else. The planner, which estimates an
 * actor's degree from the average, would expand and sort; the hint makes it seek the index, whose
 * order PartialTop uses (the page and the ties at its end are read). The hint says SEEK because a
 * plain index hint is also met by scanning the whole index, which the stale statistics of a young
 * graph can make look cheaper. With two edge types (a mediation's either side) each side reads
 * its first `skip + limit` and the union is sorted again.
 */
export function newestFirstPage(
  label: EventLabel,
  edges: readonly EventEdge[],
  variable: string,
  skip: string,
  limit: string,
): string {
  const r = 'recent_edge';
  const seek = (edge: EventEdge, pageClause: string) =>
    `MATCH ${arrow(edge, 'x', r, `${variable}:${label}`)}
      USING INDEX SEEK ${r}:${edge.type}(actorKey, recency)
      WHERE ${r}.actorKey = x.key AND ${r}.recency IS NOT NULL
      WITH ${variable}, ${r} ORDER BY ${r}.actorKey DESC, ${r}.recency DESC, ${variable}.id ${pageClause}`;
  if (edges.length === 1) return `${seek(edges[0]!, `SKIP ${skip} LIMIT ${limit}`)}\n    WITH ${variable}`;
  const sides = edges.map(
    (edge) => `${seek(edge, `LIMIT ${skip} + ${limit}`)}
      RETURN ${variable}, ${r}.recency AS recency`,
  );
  return `CALL (x) {
      ${sides.join('\n      UNION\n      ')}
    }
    WITH ${variable}, recency ORDER BY recency DESC, ${variable}.id SKIP ${skip} LIMIT ${limit}
    WITH ${variable}`;
}

export const RECENCY_EDGES = {
  statements: EVENTS.Statement.edges,
  meetings: EVENTS.Meeting.edges,
  mediations: {
    ANY: EVENTS.Mediation.edges,
    MEDIATOR: [EVENTS.Mediation.edges[0]],
    PARTY: [EVENTS.Mediation.edges[1]],
  },
} as const;

/** The ids of the events a batch wrote, for refreshRecency. */
export function eventIdsOf(rows: {
  statements: readonly { id: string }[];
  meetings: readonly { id: string }[];
  mediations: readonly { id: string }[];
}): EventIds {
  const ids = (list: readonly { id: string }[]) => [...new Set(list.map((row) => row.id))];
  return { statements: ids(rows.statements), meetings: ids(rows.meetings), mediations: ids(rows.mediations) };
}

/** The ids of one kind of event, the other kinds empty. */
export function eventIdsOfKind(kind: 'STATEMENT' | 'MEETING' | 'MEDIATION', ids: readonly string[]): EventIds {
  return {
    statements: kind === 'STATEMENT' ? ids : [],
    meetings: kind === 'MEETING' ? ids : [],
    mediations: kind === 'MEDIATION' ? ids : [],
  };
}

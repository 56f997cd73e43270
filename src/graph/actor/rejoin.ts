import { cypher, type CypherQuery } from '../cypher.js';
import type { Row } from '../executor.js';
import { maintainingActors } from '../maintained/maintain.js';
import { foldDuplicateQueries } from './curate.js';
import { refreshRecencyOfActor } from './recency.js';
import { matchPerson, type PersonProfile, personProfile } from './resolution.js';

type Run = (query: CypherQuery) => Promise<Row[]>;

interface StoredPerson extends PersonProfile {
  mentionCount: number;
  /** Actors a curator split off this one: never merged back. */
  detachedFrom: ReadonlySet<string>;
}

/**
 * People whose names may be one person's but whose contexts did not agree when the second name
 * arrived are compared again whenever a batch gives either of them articles, with everything the
 * graph now knows of both. Without it a spelling variant that arrived early stays a second node
 * while the same articles in another order give one: the outcome must not depend on the order.
 * A pair that still does not match is kept as a MAYBE_SAME edge for the next time.
 */
export async function rejoinPeople(
  run: Run,
  touched: readonly string[],
  undecided: readonly (readonly [string, string])[],
): Promise<void> {
  const pairs = new Map<string, [string, string]>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    pairs.set(pair.join('\u0000'), pair);
  };
  for (const [a, b] of undecided) add(a, b);
  if (touched.length) for (const row of await run(storedUndecided(touched))) add(String(row.a), String(row.b));
  if (pairs.size === 0) return;
  const people = new Map<string, StoredPerson>();
  for (const row of await run(storedPeople([...new Set([...pairs.values()].flat())].sort())))
    people.set(String(row.key), storedPerson(row));
  const folded = new Map<string, string>();
  const kept: [string, string][] = [];
  const current = (key: string) => {
    let k = key;
    while (folded.has(k)) k = folded.get(k)!;
    return k;
  };
  for (const [x, y] of [...pairs.values()].sort(byPair)) {
    const a = people.get(current(x));
    const b = people.get(current(y));
    if (!a || !b || a.key === b.key) continue;
    const match = samePerson(a, b);
    if (!match) {
      kept.push([a.key, b.key]);
      continue;
    }
    const [survivor, duplicate] = survivorFirst(a, b);
    await maintainingActors(run, [duplicate.key], async () => {
      for (const query of foldDuplicateQueries({ surv: survivor.key, dup: duplicate.key })) await run(query);
    });
    await run(recordReason(survivor.key, duplicate.names, match));
    await run(refreshRecencyOfActor(survivor.key));
    folded.set(duplicate.key, survivor.key);
    people.set(survivor.key, union(survivor, duplicate));
  }
  const undecidedNow = kept.map(([a, b]) => [current(a), current(b)].sort()).filter(([a, b]) => a !== b);
  if (undecidedNow.length) await run(keepUndecided(undecidedNow));
}

function samePerson(a: StoredPerson, b: StoredPerson): string | null {
  if (a.detachedFrom.has(b.key) || b.detachedFrom.has(a.key)) return null;
  return (matchPerson(a.names, a, [b]) ?? matchPerson(b.names, b, [a]))?.reason ?? null;
}

/** The node with more articles keeps its key (the export names actors by their names, not keys). */
function survivorFirst(a: StoredPerson, b: StoredPerson): [StoredPerson, StoredPerson] {
  if (a.mentionCount !== b.mentionCount) return a.mentionCount > b.mentionCount ? [a, b] : [b, a];
  return a.key < b.key ? [a, b] : [b, a];
}

function union(a: StoredPerson, b: StoredPerson): StoredPerson {
  const both = <T>(x: Iterable<T>, y: Iterable<T>) => new Set([...x, ...y]);
  const cooccurring = both(a.cooccurring, b.cooccurring);
  cooccurring.delete(a.key);
  cooccurring.delete(b.key);
  return {
    key: a.key,
    names: [...both(a.names, b.names)],
    countries: both(a.countries, b.countries),
    affiliations: both(a.affiliations, b.affiliations),
    cooccurring,
    mentionCount: a.mentionCount + b.mentionCount,
    detachedFrom: both(a.detachedFrom, b.detachedFrom),
  };
}

const byPair = (p: [string, string], q: [string, string]) =>
  p[0] === q[0] ? (p[1] < q[1] ? -1 : 1) : p[0] < q[0] ? -1 : 1;

function storedPerson(row: Row): StoredPerson {
  return {
    ...personProfile(row),
    mentionCount: Number(row.mentionCount ?? 0),
    detachedFrom: new Set((row.detachedFrom as string[]) ?? []),
  };
}

/** The undecided pairs stored around the batch's people. */
function storedUndecided(keys: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
    MATCH (p:Actor {key: key})-[:MAYBE_SAME]-(q:Actor)
    RETURN DISTINCT p.key AS a, q.key AS b`,
    { keys: [...keys].sort() },
  );
}

/** Each person's names, affiliations and surrounding actors over all its articles. */
function storedPeople(keys: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
    MATCH (x:Actor {key: key, kind: 'PERSON'})
    RETURN key, x.mentionCount AS mentionCount,
      [(n:ActorName)-[:NAMES]->(x) | n.texts] AS names,
      COLLECT { MATCH (n:ActorName)-[:NAMES]->(x) UNWIND coalesce(n.detachedFrom, []) AS d RETURN DISTINCT d } AS detachedFrom,
      [(x)-[:AFFILIATED_WITH]->(o:Actor) | [o.key, o.kind]] AS affiliations,
      COLLECT { MATCH (x)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(y:Actor) WHERE y <> x
        RETURN DISTINCT y.key ORDER BY y.key LIMIT toInteger($cooccurring) } AS cooccurring`,
    { keys: [...keys], cooccurring: 400 },
  );
}

function keepUndecided(pairs: string[][]): CypherQuery {
  return cypher(
    `UNWIND $pairs AS pair
    MATCH (a:Actor {key: pair[0]}), (b:Actor {key: pair[1]})
    WHERE NOT EXISTS { (a)-[:MAYBE_SAME]-(b) }
    CREATE (a)-[:MAYBE_SAME]->(b)`,
    { pairs },
  );
}

/** Why the duplicate's names now name the survivor, recorded like a merge at arrival. */
function recordReason(survivor: string, names: readonly string[], reason: string): CypherQuery {
  return cypher(
    `MATCH (n:ActorName)-[:NAMES]->(:Actor {key: $survivor})
    WHERE any(t IN n.texts WHERE t IN $names) AND n.mergedBecause IS NULL
    SET n.mergedBecause = $reason`,
    { survivor, names: [...names], reason },
  );
}

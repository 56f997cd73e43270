import { createCounterparts, EXPECTED_COUNTERPARTS, STORED_COUNTERPARTS } from '../actor/counterparts.js';
import { createDays, type DayDelta, EXPECTED_DAYS, STORED_DAYS } from '../analytics/daily.js';
import { cypher } from '../cypher.js';
import type { Executor, Row } from '../executor.js';

/** Actors per transaction when everything is recomputed. */
const REBUILD_CHUNK = 500;

/**
 * Compares the maintained counterpart edges and daily counts with a recomputation from the
 * articles and events; returns one line per difference (none when they agree).
 */
export async function verifyMaintained(executor: Executor): Promise<string[]> {
  const edge = (row: Row) => {
    const [a, b] = [String(row.a), String(row.b)].sort();
    return {
      pair: `${a} ~ ${b}`,
      value: JSON.stringify([row.meetings, row.mediations, row.statements, row.firstDate, row.lastDate]),
    };
  };
  const day = (row: Row) => ({ pair: `${String(row.actor)} @ ${String(row.day)}`, value: dayCounts(row) });
  return [
    ...compare(
      'COUNTERPART',
      (await executor.read(cypher(EXPECTED_COUNTERPARTS, { keys: null }))).map(edge),
      (await executor.read(cypher(STORED_COUNTERPARTS))).map(edge),
    ),
    ...compare(
      'ActorDay',
      (await executor.read(cypher(EXPECTED_DAYS, { keys: null }))).map(day),
      (await executor.read(cypher(STORED_DAYS))).map(day),
    ),
  ];
}

function dayCounts(row: Row): string {
  const counts: Record<string, number> = { articles: 0, statements: 0, meetings: 0, mediations: 0 };
  for (const [field, n] of row.counts as [string, number][]) counts[field] = Number(n);
  return JSON.stringify(counts);
}

function compare(what: string, expected: { pair: string; value: string }[], stored: typeof expected): string[] {
  const out: string[] = [];
  const want = new Map(expected.map((e) => [e.pair, e.value]));
  const have = new Map<string, string>();
  for (const s of stored) {
    if (have.has(s.pair)) out.push(`${what} ${s.pair}: stored twice`);
    have.set(s.pair, s.value);
  }
  for (const [pair, value] of want)
    if (have.get(pair) !== value) out.push(`${what} ${pair}: expected ${value}, stored ${have.get(pair) ?? 'nothing'}`);
  for (const [pair, value] of have) if (!want.has(pair)) out.push(`${what} ${pair}: stored ${value}, expected nothing`);
  return out;
}

/**
 * Recomputes every counterpart edge and day node from scratch, a chunk of actors per
 * transaction: for a graph written before they were maintained, or to repair one.
 */
export async function rebuildMaintained(executor: Executor): Promise<void> {
  for (const text of [
    'MATCH ()-[c:COUNTERPART]->() WITH c LIMIT 20000 DELETE c RETURN count(*) AS n',
    'MATCH (c:ActorDay) WITH c LIMIT 20000 DELETE c RETURN count(*) AS n',
  ])
    while (Number((await executor.write(cypher(text)))[0]?.n ?? 0) > 0);
  const keys = (await executor.read(cypher('MATCH (x:Actor) RETURN x.key AS key ORDER BY key'))).map((r) =>
    String(r.key),
  );
  for (let i = 0; i < keys.length; i += REBUILD_CHUNK) {
    const chunk = keys.slice(i, i + REBUILD_CHUNK);
    await executor.writeTransaction(async (run) => {
      const edges = await run(cypher(EXPECTED_COUNTERPARTS, { keys: chunk }));
      if (edges.length) await run(createCounterparts(edges as never));
      const days = await run(cypher(EXPECTED_DAYS, { keys: chunk }));
      if (days.length) await run(createDays(days.map(dayRow)));
    });
  }
}

function dayRow(row: Row): DayDelta {
  return { actor: String(row.actor), day: String(row.day), ...JSON.parse(dayCounts(row)) };
}

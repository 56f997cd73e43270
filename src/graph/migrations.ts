import { backfillCounterpartPairs } from './actor/counterparts.js';
import { backfillRecency } from './actor/recency.js';
import { cypher } from './cypher.js';
import type { Executor } from './executor.js';
import { backfillMeetingSeekKeys } from './meeting/write.js';
import { backfillStatementSpeakers } from './statement/write.js';

/**
 * Backfills a graph written by an older version needs once. Each scans whole relationship types
 * or labels, so it runs at the first start-up that lacks its `(:Migration {name})` marker, not at
 * every start. A graph emptied since (the marker gone with it) runs them again, on little data.
 */
const MIGRATIONS: readonly { name: string; run: (executor: Executor) => Promise<void> }[] = [
  { name: 'actor-event-recency', run: backfillRecency },
  { name: 'statement-speakers', run: backfillStatementSpeakers },
  { name: 'counterpart-pairs', run: backfillCounterpartPairs },
  { name: 'meeting-seek-keys', run: backfillMeetingSeekKeys },
];

export async function runMigrations(executor: Executor): Promise<void> {
  const done = new Set(
    (await executor.read(cypher('MATCH (m:Migration) RETURN m.name AS name'))).map((row) => String(row.name)),
  );
  for (const migration of MIGRATIONS) {
    if (done.has(migration.name)) continue;
    await migration.run(executor);
    await executor.write(cypher('MERGE (:Migration {name: $name})', { name: migration.name }));
  }
}

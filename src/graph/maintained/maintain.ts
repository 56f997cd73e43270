import { maintainCounterparts } from '../actor/counterparts.js';
import { maintainDailyCounts } from '../analytics/daily.js';
import type { CypherQuery } from '../cypher.js';
import type { Row } from '../executor.js';
import { type Snapshot, snapshot, type Touched, touchedActors } from './contributions.js';

type Run = (query: CypherQuery) => Promise<Row[]>;

/**
 * Counterpart edges and daily counts are kept in the write's own transaction: the touched items'
 * contributions are read before and after the write, and only the difference is applied, so the
 * cost follows the items the write touches, not the history of the actors they involve.
 */
export async function maintainAfter(run: Run, before: Snapshot, touched: Touched): Promise<void> {
  const after = await snapshot(run, touched);
  await maintainCounterparts(run, before, after);
  await maintainDailyCounts(run, before, after);
}

/** Runs `work` (writes to the touched items) with the maintained edges and counts following it. */
export async function maintaining<T>(run: Run, touched: Touched, work: () => Promise<T>): Promise<T> {
  const before = await snapshot(run, touched);
  const result = await work();
  await maintainAfter(run, before, touched);
  return result;
}

/** The same around a curation of actors: everything they take part in or are mentioned by is touched. */
export async function maintainingActors<T>(run: Run, keys: readonly string[], work: () => Promise<T>): Promise<T> {
  return maintaining(run, await touchedActors(run, keys), work);
}

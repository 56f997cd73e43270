import neo4j from 'neo4j-driver';
import type { ExtractedArticle } from '../domain/article.js';
import { EventGraphError } from '../domain/errors.js';
import type { Executor } from '../graph/executor.js';
import { StaleActorsError, writeArticles } from '../graph/ingest/write.js';

export interface BatchWriteResult {
  stored: ExtractedArticle[];
  /** Already in the graph: stored earlier, or by another writer while this batch waited. */
  alreadyStored: ExtractedArticle[];
  /** Could not be stored even alone, after retries, with the reason. */
  failed: { extracted: ExtractedArticle; reason: string }[];
}

export interface RetryPolicy {
  /** Attempts of one transaction before it is split (or, alone, given up). */
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, firstDelayMs: 100, maxDelayMs: 5_000 };

/**
 * Errors another writer or the load causes, which a later attempt does not meet: deadlocks and
 * lock timeouts, a transaction timed out under load, and a unique constraint raced by a
 * concurrent batch (the retry then finds that article stored and skips it).
 */
const RACE_OR_LOAD = new Set([
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.DeadlockDetected',
]);

export function isTransientWriteError(error: unknown): boolean {
  if (error instanceof StaleActorsError) return true;
  if (!(error instanceof neo4j.Neo4jError)) return false;
  return neo4j.isRetryableError(error) || RACE_OR_LOAD.has(error.code);
}

/**
 * Writes a batch in one transaction (all of it or none), retrying transient failures with
 * exponential backoff and jitter. A batch that keeps failing is split in halves, down to one
 * article, so that one article that cannot be stored never costs the others. An unreachable
 * database (EventGraphError) is not retried here: it stops the caller.
 */
export async function writeWithRetry(
  executor: Executor,
  batch: readonly ExtractedArticle[],
  extractorName: string,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<BatchWriteResult> {
  let lastError: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    try {
      const outcome = await writeArticles(executor, batch, extractorName);
      return { ...outcome, failed: [] };
    } catch (error) {
      if (error instanceof EventGraphError) throw error;
      lastError = error;
      if (!isTransientWriteError(error)) break;
      // A transaction too big for the time budget under this load: smaller ones are the cure.
      if (isTimeout(error) && batch.length > 1) break;
      await sleep(backoff(policy, attempt));
    }
  }
  if (batch.length === 1)
    return { stored: [], alreadyStored: [], failed: [{ extracted: batch[0]!, reason: reasonOf(lastError) }] };
  const middle = Math.ceil(batch.length / 2);
  const first = await writeWithRetry(executor, batch.slice(0, middle), extractorName, policy);
  const second = await writeWithRetry(executor, batch.slice(middle), extractorName, policy);
  return {
    stored: [...first.stored, ...second.stored],
    alreadyStored: [...first.alreadyStored, ...second.alreadyStored],
    failed: [...first.failed, ...second.failed],
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof neo4j.Neo4jError && error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

function backoff(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** attempt) * (0.5 + Math.random());
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function reasonOf(error: unknown): string {
  const code = error instanceof neo4j.Neo4jError ? ` (${error.code})` : '';
  return `could not be stored${code}: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`;
}

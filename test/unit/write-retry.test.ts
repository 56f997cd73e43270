import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StaleActorsError } from '../../src/graph/ingest/write.js';
import { isTransientWriteError } from '../../src/pipeline/write-batch.js';

const serverError = (code: string) => new neo4j.Neo4jError(code, code, '50N42', 'general processing exception');

describe('which write failures a batch retries', () => {
  it('retries races and load: deadlocks, constraint races, actors folded by a concurrent write', () => {
    expect(isTransientWriteError(new StaleActorsError(['saulio niinisto']))).toBe(true);
    expect(isTransientWriteError(serverError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(true);
    expect(isTransientWriteError(serverError('Neo.ClientError.Schema.ConstraintValidationFailed'))).toBe(true);
  });
  it('does not retry what a retry cannot fix', () => {
    expect(isTransientWriteError(new Error('bad article'))).toBe(false);
    expect(isTransientWriteError(serverError('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
  });
});

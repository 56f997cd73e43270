import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/cli/report-fatal.js';
import { progressLine } from '../../src/cli/progress.js';
import { downloadedBytes } from '../../src/dbserver/maven.js';
import { ErrorCode, EventGraphError } from '../../src/domain/errors.js';
import { count } from '../../src/plural.js';

describe('what the command line says', () => {
  it('counts in the singular for one and in the plural otherwise', () => {
    expect([0, 1, 2].map((n) => count(n, 'article'))).toEqual(['0 articles', '1 article', '2 articles']);
    expect(count(1, 'body', 'bodies')).toBe('1 body');
    expect(count(3, 'body', 'bodies')).toBe('3 bodies');
  });

  it('reports ingest progress in one line', () => {
    expect(progressLine({ done: 1, stored: 1, skipped: 0 }, 1)).toBe(
      'ingest: 1 of 1 article read, 1 stored, 0 skipped',
    );
  });

  it('turns expected failures into one line that says what to do', () => {
    const busy = Object.assign(new Error('listen EADDRINUSE'), {
      code: 'EADDRINUSE',
      port: 4000,
      address: '127.0.0.1',
    });
    expect(describeFailure(busy)).toBe(
      'port 4000 on 127.0.0.1 is already in use: stop the program that holds it, or set PORT to another port',
    );
    const timeout = Object.assign(new Error('The transaction has been terminated.\nmore'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    expect(describeFailure(timeout)).toMatch(/^a database transaction timed out: raise EVENTGRAPH_WRITE_TIMEOUT_MS/);
    expect(describeFailure(new EventGraphError(ErrorCode.BadConfig, 'configuration: PORT is bad\ndetail'))).toBe(
      'configuration: PORT is bad',
    );
    expect(describeFailure(new TypeError('x is not a function\n  at y'))).toBe(
      'unexpected error: x is not a function (run again with --debug for the stack)',
    );
  });

  it('reads the size of each Maven download', () => {
    const line =
      'Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (7.2 MB at 3.1 MB/s)';
    expect(downloadedBytes(line)).toBe(7.2e6);
    expect(downloadedBytes(`[INFO] ${line.replace('7.2 MB', '512 kB')}`)).toBe(512e3);
    expect(downloadedBytes('Downloading from central: https://repo/x.jar')).toBeUndefined();
  });
});

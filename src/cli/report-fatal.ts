import { EventGraphError } from '../domain/errors.js';
import { printNote } from './output.js';

const TIMEOUT_CODES = [
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
];

/**
 * What went wrong, as one line that says what to do. Expected failures (an EventGraphError, a
 * busy port, a database timeout or refusal) say it in their own words; anything else is named
 * as unexpected, with a pointer to --debug.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof EventGraphError) return firstLine(error.message);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES') return listenFailure(error as NodeJS.ErrnoException);
  if (typeof code === 'string' && TIMEOUT_CODES.includes(code)) {
    return 'a database transaction timed out: raise EVENTGRAPH_WRITE_TIMEOUT_MS (writes) or EVENTGRAPH_QUERY_TIMEOUT_MS (reads), or ingest with a smaller --batch-size';
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return `Neo4j refused a write (${firstLine(messageOf(error))}): another process may be ingesting the same articles; run the command again`;
  }
  return `unexpected error: ${firstLine(messageOf(error))} (run again with --debug for the stack)`;
}

/** Prints the failure on stderr (with the stack and causes when `debug`) and sets exit code 1. */
export function reportFatal(error: unknown, options: { debug?: boolean } = {}): void {
  printNote(`eventgraph: ${describeFailure(error)}`);
  if (options.debug) printNote(detail(error));
  process.exitCode = 1;
}

function listenFailure(error: NodeJS.ErrnoException & { port?: number; address?: string }): string {
  const where = `port ${error.port ?? '?'} on ${error.address ?? 'this host'}`;
  return error.code === 'EADDRINUSE'
    ? `${where} is already in use: stop the program that holds it, or set PORT to another port`
    : `not allowed to listen on ${where}: set PORT to a port above 1023`;
}

function detail(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined && parts.length < 5; e = (e as { cause?: unknown }).cause) {
    parts.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
    if (!(e instanceof Error)) break;
  }
  return parts.join('\ncaused by: ');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

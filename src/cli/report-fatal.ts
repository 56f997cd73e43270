import { EventGraphError } from '../domain/errors.js';

/** Prints an error as one clear line (a stack only for unexpected errors) and sets exit code 1. */
export function reportFatal(error: unknown): void {
  if (error instanceof EventGraphError) {
    console.error(`eventgraph: ${error.message}`);
  } else {
    console.error('eventgraph: unexpected error:', error);
  }
  process.exitCode = 1;
}

import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogConfig } from '../config.js';

export type { Logger };

/**
 * The server's and the pipeline's logger: JSON lines on stderr (stdout is for results), or
 * human-readable lines when stderr is a terminal (or EVENTGRAPH_LOG_FORMAT=pretty). Both are
 * written synchronously in this thread: no worker transport, nothing lost on exit.
 */
export function createLogger(config: LogConfig, destination?: DestinationStream): Logger {
  const options = { level: config.level, base: { service: 'eventgraph' } };
  if (destination) return pino(options, destination);
  const readable = config.format === 'pretty' || (config.format === 'auto' && process.stderr.isTTY === true);
  return readable
    ? pino(
        options,
        pretty({
          destination: 2,
          sync: true,
          singleLine: true,
          ignore: 'pid,hostname,service',
          translateTime: 'SYS:HH:MM:ss',
        }),
      )
    : pino(options, pino.destination({ fd: 2, sync: true }));
}

/** A logger that writes nothing (tests, embedding). */
export const silentLogger: Logger = pino({ level: 'silent' });

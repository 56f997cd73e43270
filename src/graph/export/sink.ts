import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Where export text goes; `write` resolves when the destination can take more (backpressure). */
export interface TextSink {
  write(text: string): Promise<void>;
}

export function sinkOf(stream: Writable): TextSink {
  return {
    write: async (text) => {
      if (!stream.write(text)) await once(stream, 'drain');
    },
  };
}

/** Closes a file stream and waits until everything is flushed (stdout is left open). */
export async function closeStream(stream: Writable): Promise<void> {
  if (stream === process.stdout) return;
  stream.end();
  await once(stream, 'finish');
}

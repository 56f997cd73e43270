import type { Executor } from '../executor.js';
import { writeJson, writeJsonLines, type SectionRows } from './json.js';
import { sectionQuery, type ExportFilter } from './queries.js';
import type { TextSink } from './sink.js';

export type { ExportFilter } from './queries.js';
export { NO_FILTER } from './queries.js';

export const STREAM_FORMATS = ['json', 'jsonl'] as const;
export type StreamFormat = (typeof STREAM_FORMATS)[number];

/** Streams the graph (or the filtered part of it) to `sink`, one node per row. */
export async function exportGraph(
  executor: Executor,
  format: StreamFormat,
  filter: ExportFilter,
  sink: TextSink,
): Promise<void> {
  const rows: SectionRows = (section) => executor.stream(sectionQuery(section, filter));
  if (format === 'json') await writeJson(rows, sink);
  else await writeJsonLines(rows, sink);
}

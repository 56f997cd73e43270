import type { Executor } from '../executor.js';
import { writeGraphml } from './graphml.js';
import { writeJson, writeJsonLines, type SectionRows } from './json.js';
import { sectionQuery, type ExportFilter } from './queries.js';
import type { TextSink } from './sink.js';

export type { ExportFilter } from './queries.js';
export { NO_FILTER } from './queries.js';

export { exportCsv } from './csv.js';

/** Formats written as one stream (a file or stdout); csv writes a folder of files. */
export const STREAM_FORMATS = ['json', 'jsonl', 'graphml'] as const;
export type StreamFormat = (typeof STREAM_FORMATS)[number];
export const FORMATS = [...STREAM_FORMATS, 'csv'] as const;

/** Streams the graph to `sink`, one node per row; json and jsonl honour the filter, graphml is the whole graph. */
export async function exportGraph(
  executor: Executor,
  format: StreamFormat,
  filter: ExportFilter,
  sink: TextSink,
): Promise<void> {
  const rows: SectionRows = (section) => executor.stream(sectionQuery(section, filter));
  if (format === 'json') await writeJson(rows, sink);
  else if (format === 'jsonl') await writeJsonLines(rows, sink);
  else await writeGraphml(executor, sink);
}

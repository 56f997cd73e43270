import type { Row } from '../executor.js';
import { SECTIONS, type Section } from './queries.js';
import type { TextSink } from './sink.js';

export type SectionRows = (section: Section) => AsyncIterable<Row>;

/** The GUIDELINE's export shape: one object, a list per section, one entry per line. */
export async function writeJson(rows: SectionRows, sink: TextSink): Promise<void> {
  await sink.write('{');
  for (const [i, section] of SECTIONS.entries()) {
    await sink.write(`${i ? ',' : ''}\n${JSON.stringify(section)}: [`);
    let first = true;
    for await (const row of rows(section)) {
      await sink.write(`${first ? '' : ','}\n  ${JSON.stringify(row)}`);
      first = false;
    }
    await sink.write(first ? ']' : '\n]');
  }
  await sink.write('\n}\n');
}

/** One JSON object per line, each with its `type` (the section name in the singular). */
export async function writeJsonLines(rows: SectionRows, sink: TextSink): Promise<void> {
  for (const section of SECTIONS) {
    const type = section.slice(0, -1);
    for await (const row of rows(section)) await sink.write(`${JSON.stringify({ type, ...row })}\n`);
  }
}

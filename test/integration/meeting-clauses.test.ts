import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { cypher } from '../../src/graph/cypher.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { parseArticle } from '../../src/parse/index.js';
import { freshGraphEachTest } from './support.js';

/**
 * Articles written for this test, read by the rule extractor and written to the real graph: each event
 * is one node however many articles report it, and events of one sentence or one trip stay apart.
 */
const extractor = createRuleExtractor();
const read = (content: string, publishedAt: string): ExtractedArticle =>
  extractor.extract(
    parseArticle({ origin: `test:${publishedAt}`, content, format: 'text', overrides: { publishedAt } }),
  ) as ExtractedArticle;

const SUMMIT_OPENS = read(
  `Leaders open the African Union summit in Addis Ababa

ADDIS ABABA, March 4 — The African Union summit opened in Addis Ababa on Monday with the leaders of forty countries. On the sidelines of the summit, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday to discuss the border, the Kenyan presidency said.`,
  '2024-03-04',
);
const SIDELINE_TALKS = read(
  `Ruto and Abiy meet at the African Union summit

ADDIS ABABA, March 5 — Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Addis Ababa on Monday on the sidelines of the African Union summit. The African Union summit in Addis Ababa called for calm in Sudan.`,
  '2024-03-05',
);
const VISIT_BEGINS = read(
  `Ruto begins a visit to Egypt

CAIRO, May 9 — Kenyan President William Ruto arrived in Cairo on Wednesday for a three-day visit to Egypt. Ruto met Egyptian President Abdel Fattah al-Sisi on Thursday to discuss the Nile waters. He is expected to meet Arab League Secretary General Ahmed Aboul Gheit in Cairo on Friday, his office said.`,
  '2024-05-09',
);
const VISIT_ENDS = read(
  `Ruto meets Arab League chief in Cairo

CAIRO, May 11 — Egyptian President Abdel Fattah al-Sisi received Kenyan President William Ruto in Cairo on Thursday. Ruto met Arab League Secretary General Ahmed Aboul Gheit in Cairo on Friday, the league said.`,
  '2024-05-11',
);

describe("a meeting's participants, place and date come from its own clause", () => {
  const graph = freshGraphEachTest();

  const meetings = async () =>
    (
      await graph.env.app.executor.read(
        cypher(
          `MATCH (m:Meeting)
          RETURN m.kind AS kind, m.status AS status, m.location AS location, toString(m.date) AS date,
            [(x)-[:ATTENDS]->(m) | x.key] AS participants, COUNT { (m)-[:REPORTED_IN]->() } AS reports`,
        ),
      )
    )
      .map((m) => ({
        kind: m.kind as string,
        status: m.status as string,
        location: m.location as string | null,
        date: m.date as string | null,
        reports: Number(m.reports),
        participants: [...(m.participants as string[])].sort(),
      }))
      .sort((a, b) => `${a.date}${a.kind}`.localeCompare(`${b.date}${b.kind}`));

  it('a summit and a bilateral meeting on its sidelines are two events, each one node across articles', async () => {
    await writeArticles(graph.env.app.executor, [SUMMIT_OPENS], 'test');
    await writeArticles(graph.env.app.executor, [SIDELINE_TALKS], 'test');
    const [bilateral, summit, ...rest] = await meetings();
    expect(rest).toEqual([]);
    expect(summit).toMatchObject({ kind: 'SUMMIT', location: 'Addis Ababa', participants: ['african union'] });
    expect(summit?.reports).toBe(2);
    // the summit's organisation is no participant of the meeting held on its sidelines, nor its leaders of the summit
    expect(bilateral).toMatchObject({ status: 'HELD', location: 'Addis Ababa', date: '2024-03-04', reports: 2 });
    expect(bilateral?.participants).toEqual(['abiy ahmed', 'ethiopia', 'kenya', 'william ruto']);
  });

  it('a visit with two meetings during it: the visit and each meeting are their own nodes', async () => {
    await writeArticles(graph.env.app.executor, [VISIT_BEGINS], 'test');
    await writeArticles(graph.env.app.executor, [VISIT_ENDS], 'test');
    const [visit, withSisi, withLeague, ...rest] = await meetings();
    expect(rest).toEqual([]);
    expect(visit).toMatchObject({ kind: 'VISIT', location: 'Cairo', date: '2024-05-08', reports: 1 });
    expect(withSisi).toMatchObject({ location: 'Cairo', date: '2024-05-09', status: 'HELD', reports: 2 });
    expect(withSisi?.participants).toEqual(['abdel fattah al sisi', 'egypt', 'kenya', 'william ruto']);
    // planned in the first article, reported held in the second: one node, the latest status
    expect(withLeague).toMatchObject({ location: 'Cairo', date: '2024-05-10', status: 'HELD', reports: 2 });
    expect(withLeague?.participants).toEqual(['ahmed aboul gheit', 'arab league', 'william ruto']);
  });
});

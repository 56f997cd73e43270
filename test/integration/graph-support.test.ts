import { describe, expect, it } from 'vitest';
import type { ExtractedActor, ExtractedArticle } from '../../src/domain/article.js';
import { deleteArticle } from '../../src/graph/article/delete.js';
import { cypher } from '../../src/graph/cypher.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { parseArticle } from '../../src/parse/index.js';
import { emptyGraph, freshGraphEachTest } from './support.js';

const BODY = 'Haniya, the Hamas leader, said talks would resume, Al Jazeera reported.';

function person(name: string, organization = 'Hamas'): ExtractedActor {
  return {
    name,
    kind: 'PERSON',
    aliases: [],
    affiliations: [{ actor: organization, role: 'leader', evidence: { sentenceIndex: 0, start: 0, end: 24 } }],
    mentions: [{ sentenceIndex: 0, start: 0, end: 6 }],
    confidence: 0.9,
  };
}

function org(name: string, kind: ExtractedActor['kind'], aliases: string[] = []): ExtractedActor {
  return {
    name,
    kind,
    aliases,
    affiliations: [],
    mentions: [{ sentenceIndex: 0, start: 12, end: 17 }],
    confidence: 0.9,
  };
}

/** An article whose only difference from its siblings is the title (so the content hash differs). */
function report(title: string, via: string | null = 'Al Jazeera'): ExtractedArticle {
  return {
    article: parseArticle({
      origin: 'test',
      content: `${title}\n\n${BODY}`,
      format: 'text',
      overrides: { publishedAt: '2024-03-01' },
    }),
    actors: [person('Haniya'), org('Hamas', 'ORGANIZATION'), org('Al Jazeera', 'MEDIA')],
    statements: [
      {
        speaker: 'Haniya',
        text: 'talks would resume',
        direct: false,
        date: null,
        via,
        evidence: { sentenceIndex: 0, start: 0, end: 50 },
        confidence: 0.8,
      },
    ],
    mediations: [],
    meetings: [],
  };
}

describe('support of shared nodes and edges is counted, never listed, and deletion takes back exactly its share', () => {
  const graph = freshGraphEachTest();

  const read = (text: string) => graph.env.app.executor.read(cypher(text));

  it('an affiliation stated by two articles keeps one edge, supported twice, until both are deleted', async () => {
    const first = report('First');
    const second = report('Second');
    await writeArticles(graph.env.app.executor, [first], 'test');
    await writeArticles(graph.env.app.executor, [second], 'test');
    const edge = () =>
      read(
        "MATCH (:Actor {key: 'haniya'})-[r:AFFILIATED_WITH]->(:Actor {key: 'hamas'}) RETURN r.support AS support, r.articleId AS evidence, r.role AS role",
      );
    expect((await edge()).map((r) => [Number(r.support), r.evidence, r.role])).toEqual([
      [2, first.article.id, 'leader'],
    ]);

    await deleteArticle(graph.env.app.executor, second.article.id);
    expect((await edge()).map((r) => [Number(r.support), r.evidence])).toEqual([[1, first.article.id]]);
    await deleteArticle(graph.env.app.executor, first.article.id);
    expect(await read('MATCH ()-[r:AFFILIATED_WITH]->() RETURN r')).toEqual([]);
  });

  it('when the article that gave an affiliation its evidence goes, the next supporting article gives it', async () => {
    const first = report('First');
    const second = report('Second');
    await writeArticles(graph.env.app.executor, [first], 'test');
    await writeArticles(graph.env.app.executor, [second], 'test');
    await deleteArticle(graph.env.app.executor, first.article.id);
    const [edge] = await read(
      "MATCH (:Actor {key: 'haniya'})-[r:AFFILIATED_WITH]->() RETURN r.support AS support, r.articleId AS articleId, r.sentenceIndex AS sentence, r.start AS start, r.end AS end",
    );
    expect(edge).toEqual({ support: 1, articleId: second.article.id, sentence: 0, start: 0, end: 24 });
  });

  it('a name keeps a count of the articles that use it; nothing on it lists them', async () => {
    await writeArticles(graph.env.app.executor, [report('A'), report('B'), report('C')], 'test');
    const [name] = await read(
      "MATCH (n:ActorName {key: 'hamas'}) RETURN n.support AS support, n.primary AS primary, keys(n) AS keys",
    );
    expect(Number(name?.support)).toBe(3);
    // How many articles call the actor by it first: what ranks its names for the canonical one.
    expect(Number(name?.primary)).toBe(3);
    expect((name!.keys as string[]).sort()).toEqual(['curated', 'key', 'primary', 'support', 'texts']);
  });

  it('deleting the only article that named the outlet removes VIA; another report keeps it', async () => {
    const withOutlet = report('With outlet');
    const without = report('Without outlet', null);
    await writeArticles(graph.env.app.executor, [withOutlet, without], 'test');
    const via = () => read('MATCH (:Statement)-[r:VIA]->(v:Actor) RETURN v.key AS outlet');
    expect(await via()).toEqual([{ outlet: 'al jazeera' }]);

    const again = report('Again with outlet');
    await writeArticles(graph.env.app.executor, [again], 'test');
    await deleteArticle(graph.env.app.executor, withOutlet.article.id);
    expect(await via()).toEqual([{ outlet: 'al jazeera' }]);
    await deleteArticle(graph.env.app.executor, again.article.id);
    expect(await via()).toEqual([]);
    expect(await read('MATCH (s:Statement) RETURN count(s) AS n')).toEqual([{ n: 1 }]);
  });

  it('two concurrent batches that introduce one actor under different names create it once', async () => {
    const formal = {
      ...report('Formal'),
      actors: [
        person('Haniya', 'Islamic Resistance Movement'),
        org('Islamic Resistance Movement', 'ORGANIZATION', ['Hamas']),
        org('Al Jazeera', 'MEDIA'),
      ],
    };
    for (let round = 0; round < 5; round += 1) {
      await emptyGraph(graph.env.app.executor);
      await Promise.all([
        writeArticles(
          graph.env.app.executor,
          [{ ...formal, article: { ...formal.article, id: `formal-${round}` } }],
          'test',
        ),
        writeArticles(
          graph.env.app.executor,
          [{ ...report('Short'), article: { ...report('Short').article, id: `short-${round}` } }],
          'test',
        ),
      ]);
      const actors = await read("MATCH (x:Actor) WHERE x.kind = 'ORGANIZATION' RETURN x.key AS key");
      expect(actors).toHaveLength(1);
    }
  });
});

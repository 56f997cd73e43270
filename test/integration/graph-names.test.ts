import { describe, expect, it } from 'vitest';
import type { ExtractedActor, ExtractedArticle } from '../../src/domain/article.js';
import { ActorCuration } from '../../src/graph/actor/curate.js';
import { deleteArticle } from '../../src/graph/article/delete.js';
import { cypher } from '../../src/graph/cypher.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { parseArticle } from '../../src/parse/index.js';
import { emptyGraph, freshGraphEachTest } from './support.js';

function article(title: string, actors: ExtractedActor[]): ExtractedArticle {
  return {
    article: parseArticle({
      origin: 'test',
      content: `${title}\n\nHamas said talks would resume.`,
      format: 'text',
      overrides: { publishedAt: '2024-02-01' },
    }),
    actors,
    statements: [],
    mediations: [],
    meetings: [],
  };
}

function hamas(aliases: string[]): ExtractedActor {
  return {
    name: 'Hamas',
    kind: 'ORGANIZATION',
    aliases,
    affiliations: [],
    mentions: [{ sentenceIndex: 0, start: 0, end: 5 }],
    confidence: 0.9,
  };
}

describe('names and aliases follow the articles and curators that support them', () => {
  const graph = freshGraphEachTest({ emptyEachTest: false });

  async function aliasesOfHamas(): Promise<string[]> {
    const [row] = await graph.env.app.executor.read(
      cypher("MATCH (x:Actor {key: 'hamas'}) RETURN x.aliases AS aliases"),
    );
    return (row?.aliases as string[]) ?? [];
  }

  it('an alias only a deleted article used goes; one another article or a curator supports stays', async () => {
    const first = article('First report', [hamas(['Islamic Resistance Movement'])]);
    const second = article('Second report', [
      hamas(['Islamic Resistance Movement', 'Harakat al-Muqawama al-Islamiya']),
    ]);
    await writeArticles(graph.env.app.executor, [first, second], 'test');
    expect((await aliasesOfHamas()).sort()).toEqual(['Harakat al-Muqawama al-Islamiya', 'Islamic Resistance Movement']);

    await new ActorCuration(graph.env.app.executor).addAlias('hamas', 'HAMAS movement');
    await deleteArticle(graph.env.app.executor, second.article.id);
    expect((await aliasesOfHamas()).sort()).toEqual(['HAMAS movement', 'Islamic Resistance Movement']);
    const [names] = await graph.env.app.executor.read(
      cypher("MATCH (n:ActorName)-[:NAMES]->(:Actor {key: 'hamas'}) RETURN collect(n.key) AS keys"),
    );
    expect((names!.keys as string[]).sort()).toEqual(['hamas', 'hamas movement', 'islamic resistance movement']);

    await deleteArticle(graph.env.app.executor, first.article.id);
    const [left] = await graph.env.app.executor.read(cypher("MATCH (x:Actor {key: 'hamas'}) RETURN count(x) AS n"));
    expect(Number(left?.n)).toBe(0);
  });

  it('a name another actor owns stays with that actor', async () => {
    const plo = { ...hamas([]), name: 'Palestine Liberation Organization', aliases: ['PLO'] };
    await writeArticles(
      graph.env.app.executor,
      [article('PLO report', [plo]), article('Hamas report', [hamas([])])],
      'test',
    );
    const confused = article('Confused report', [hamas(['PLO'])]);
    await writeArticles(graph.env.app.executor, [confused], 'test');
    expect(await aliasesOfHamas()).toEqual([]);
    const [owner] = await graph.env.app.executor.read(
      cypher("MATCH (:ActorName {key: 'plo'})-[:NAMES]->(x) RETURN collect(x.key) AS keys"),
    );
    expect(owner?.keys).toEqual(['palestine liberation organization']);
  });
  it('the name is the one most articles call the actor by, whichever article came first; deletion re-ranks', async () => {
    await emptyGraph(graph.env.app.executor);
    const organization = (name: string, aliases: string[]): ExtractedActor => ({ ...hamas(aliases), name });
    const short = article('Short name first', [organization('IRM', ['Islamic Resistance Movement'])]);
    const full = (title: string) => article(title, [organization('Islamic Resistance Movement', ['IRM'])]);
    const later = [full('Full name once'), full('Full name twice')];
    await writeArticles(graph.env.app.executor, [short], 'test');
    await writeArticles(graph.env.app.executor, later, 'test');
    const nameOf = async () =>
      (
        await graph.env.app.executor.read(
          cypher("MATCH (x:Actor {key: 'irm'}) RETURN x.name AS name, x.aliases AS aliases"),
        )
      )[0];
    expect(await nameOf()).toEqual({ name: 'Islamic Resistance Movement', aliases: ['IRM'] });
    for (const gone of later) await deleteArticle(graph.env.app.executor, gone.article.id);
    expect(await nameOf()).toEqual({ name: 'IRM', aliases: ['Islamic Resistance Movement'] });
  });
});

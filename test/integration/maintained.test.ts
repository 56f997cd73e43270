import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedArticle, ExtractedMediation, ExtractedStatement } from '../../src/domain/article.js';
import { toGlobalId } from '../../src/api/ids.js';
import { deleteArticle } from '../../src/graph/article/delete.js';
import { cypher } from '../../src/graph/cypher.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { rebuildMaintained, verifyMaintained } from '../../src/graph/maintained/verify.js';
import { actor, article, meeting } from './articles.js';
import { startWithFixtureGraph } from './fixture-graph.js';
import type { TestEnv } from './support.js';

const SPAN = { sentenceIndex: 0, start: 0, end: 10 };

function mediation(mediators: string[], parties: string[]): ExtractedMediation {
  return { mediators, parties, subject: 'a truce', evidence: [SPAN], confidence: 0.8 };
}

function statement(speaker: string, date: string | null, via: string | null = null): ExtractedStatement {
  return {
    speaker,
    text: `${speaker} said the talks would go on`,
    direct: false,
    date,
    via,
    evidence: SPAN,
    confidence: 0.8,
  };
}

/** Articles of our own on top of the fixture graph: hubs sharing meetings and mediations, dated and not. */
function talks(title: string, publishedAt: string, extra: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const base = article(
    title,
    publishedAt,
    [
      actor('Qatar', 'COUNTRY'),
      actor('Egypt', 'COUNTRY'),
      actor('Hamas', 'ORGANIZATION'),
      actor('Israel', 'COUNTRY'),
      actor('Aljazeera', 'MEDIA'),
    ],
    [
      meeting({ participants: ['Qatar', 'Egypt', 'Hamas'], location: 'Cairo', date: '2023-11-20' }),
      meeting({ participants: ['Qatar', 'Israel'], location: 'Doha', date: null }),
    ],
  );
  return {
    ...base,
    mediations: [mediation(['Qatar', 'Egypt'], ['Hamas', 'Israel', 'Qatar'])],
    statements: [statement('Qatar', null, 'Aljazeera'), statement('Egypt', '2023-11-18')],
    ...extra,
  };
}

describe('maintained counterpart edges and daily counts equal a recomputation from scratch', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startWithFixtureGraph();
  });
  afterAll(() => env?.stop());

  const read = (text: string, params: Record<string, unknown> = {}) => env.app.executor.read(cypher(text, params));
  const write = (...articles: ExtractedArticle[]) => writeArticles(env.app.executor, articles, 'test');
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await env.gql(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const expectInStep = async () => expect(await verifyMaintained(env.app.executor)).toEqual([]);

  it('after ingesting the fixture articles', async () => {
    const [row] = await read(
      'RETURN COUNT { ()-[:COUNTERPART]->() } AS edges, COUNT { (:ActorDay) } AS days, COUNT { (:Meeting) } AS meetings',
    );
    expect(row?.meetings).toBeGreaterThan(0);
    expect(row?.edges).toBeGreaterThan(0);
    expect(row?.days).toBeGreaterThan(0);
    await expectInStep();
  });

  it('the check fails when an edge or a count is off', async () => {
    await env.app.executor.write(cypher('MATCH ()-[c:COUNTERPART]->() WITH c LIMIT 1 SET c.meetings = c.meetings + 1'));
    await env.app.executor.write(cypher('MATCH (c:ActorDay) WITH c LIMIT 1 SET c.articles = c.articles + 1'));
    const problems = await verifyMaintained(env.app.executor);
    expect(problems.filter((p) => p.startsWith('COUNTERPART'))).toHaveLength(1);
    expect(problems.filter((p) => p.startsWith('ActorDay'))).toHaveLength(1);
    await rebuildMaintained(env.app.executor);
    await expectInStep();
  });

  it('after reports that join existing events, with new participants and dates, in one batch and across batches', async () => {
    await write(talks('Talks in Cairo', '2023-11-21'));
    await expectInStep();
    const later = talks('Talks in Cairo, later', '2023-11-22');
    later.meetings = [
      meeting({ participants: ['Qatar', 'Egypt', 'Hamas', 'Israel'], location: 'Cairo', date: '2023-11-21' }),
      meeting({ participants: ['Qatar', 'Israel'], location: 'Doha', date: '2023-11-23' }),
    ];
    await write(later, talks('Earlier report', '2023-11-19'));
    await expectInStep();
  });

  it('after deleting articles', async () => {
    const ids = (await read('MATCH (a:Article) RETURN a.id AS id ORDER BY a.publishedAt DESC, id LIMIT 3')).map((r) =>
      String(r.id),
    );
    for (const id of ids) {
      await deleteArticle(env.app.executor, id);
      await expectInStep();
    }
  });

  it('after mergeEvents and setMeetingDate', async () => {
    await write(talks('More talks', '2023-12-02'), talks('Talks again', '2024-01-15'));
    const meetings = (
      await read("MATCH (m:Meeting)<-[:ATTENDS]-(:Actor {key: 'qatar'}) RETURN m.id AS id ORDER BY id")
    ).map((r) => toGlobalId('Meeting', String(r.id)));
    expect(meetings.length).toBeGreaterThan(2);
    await gql('mutation ($ids: [ID!]!) { mergeEvents(kind: MEETING, ids: $ids) }', { ids: meetings.slice(0, 3) });
    await expectInStep();
    const mediations = (await read('MATCH (m:Mediation) RETURN m.id AS id ORDER BY id LIMIT 3')).map((r) =>
      toGlobalId('Mediation', String(r.id)),
    );
    await gql('mutation ($ids: [ID!]!) { mergeEvents(kind: MEDIATION, ids: $ids) }', { ids: mediations });
    await expectInStep();
    await gql('mutation ($m: ID!) { setMeetingDate(meeting: $m, date: "2022-05") { date } }', { m: meetings[0] });
    await expectInStep();
  });

  it('after merging, splitting and deleting actors and removing an alias', async () => {
    const egypt = toGlobalId('Actor', 'egypt');
    await gql('mutation ($s: ID!, $d: ID!) { mergeActors(survivor: $s, duplicate: $d) { id } }', {
      s: toGlobalId('Actor', 'qatar'),
      d: egypt,
    });
    await expectInStep();
    await write({
      ...talks('Hamas under another name', '2024-02-01'),
      actors: [
        { ...actor('Hamas', 'ORGANIZATION'), aliases: ['Islamic Resistance Movement', 'Harakat'] },
        actor('Qatar', 'COUNTRY'),
        actor('Egypt', 'COUNTRY'),
        actor('Israel', 'COUNTRY'),
        actor('Aljazeera', 'MEDIA'),
      ],
    });
    await expectInStep();
    await gql('mutation ($a: ID!) { splitActor(actor: $a, names: ["Islamic Resistance Movement"]) { name } }', {
      a: toGlobalId('Actor', 'hamas'),
    });
    await expectInStep();
    await gql('mutation ($a: ID!) { removeAlias(actor: $a, alias: "Harakat") { aliases } }', {
      a: toGlobalId('Actor', 'hamas'),
    });
    await expectInStep();
    await gql('mutation ($a: ID!) { deleteActor(actor: $a) }', { a: toGlobalId('Actor', 'israel') });
    await expectInStep();
  });
});

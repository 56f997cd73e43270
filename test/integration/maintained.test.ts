import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedArticle, ExtractedMediation, ExtractedStatement } from '../../src/domain/article.js';
import { toGlobalId } from '../../src/api/ids.js';
import { TraversalRepository } from '../../src/graph/actor/traversal.js';
import { backfillCounterpartPairs } from '../../src/graph/actor/counterparts.js';
import { int } from '../../src/graph/shared/list-query.js';
import { deleteArticle } from '../../src/graph/article/delete.js';
import { cypher } from '../../src/graph/cypher.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { applySchema } from '../../src/graph/schema.js';
import { rebuildMaintained, verifyMaintained } from '../../src/graph/maintained/verify.js';
import { actor, article, meeting } from './articles.js';
import { startWithFixtureGraph } from './fixture-graph.js';
import type { TestEnv } from './support.js';

const SPAN = { sentenceIndex: 0, start: 0, end: 10 };

/** Shortest paths as they were found before the edges were maintained: every one, through events. */
const PATHS_THROUGH_EVENTS = `
  MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
  MATCH p = allShortestPaths((a)-[:ATTENDS|MEDIATES|BETWEEN|MADE|VIA*..8]-(b))
  WITH p, nodes(p) AS ns, relationships(p) AS rs
  RETURN length(p) / 2 AS length, [i IN range(0, size(rs) / 2 - 1) | {
    fromKey: ns[2 * i].key, toKey: ns[2 * i + 2].key,
    eventType: head(labels(ns[2 * i + 1])), eventId: ns[2 * i + 1].id,
    fromRole: type(rs[2 * i]), toRole: type(rs[2 * i + 1]) }] AS steps`;

/** The counterparts query as it read events before the edges were maintained (weights, dates, second hop). */
const COUNTERPARTS_FROM_EVENTS = `
  UNWIND $keys AS k MATCH (x:Actor {key: k})
  CALL (x) {
    CALL (x) {
      MATCH (x)-[:ATTENDS]->(e:Meeting)<-[:ATTENDS]-(y:Actor)
      RETURN y, 'MEETING' AS eventKind, coalesce(e.date, e.firstReportedAt) AS d
      UNION ALL
      MATCH (x)-[:MEDIATES|BETWEEN]-(e:Mediation)-[:MEDIATES|BETWEEN]-(y:Actor) WHERE y <> x
      RETURN y, 'MEDIATION' AS eventKind, e.firstReportedAt AS d
    }
    WITH y, count(CASE eventKind WHEN 'MEETING' THEN 1 END) AS meetings,
      count(CASE eventKind WHEN 'MEDIATION' THEN 1 END) AS mediations, min(d) AS first, max(d) AS last
    WITH y, meetings, mediations, meetings + mediations AS weight, first, last
    ORDER BY weight DESC, y.name LIMIT $keep
    RETURN collect({ actor: y, weight: weight, meetings: meetings, mediations: mediations, first: first, last: last }) AS direct
  }
  CALL (x, direct) {
    UNWIND direct[..50] AS d1
    WITH x, d1.actor AS x1
    CALL (x1) {
      MATCH (x1)-[:ATTENDS]->(e:Meeting)<-[:ATTENDS]-(y:Actor)
      RETURN y, coalesce(e.date, e.firstReportedAt) AS d
      UNION ALL
      MATCH (x1)-[:MEDIATES|BETWEEN]-(e:Mediation)-[:MEDIATES|BETWEEN]-(y:Actor) WHERE y <> x1
      RETURN y, e.firstReportedAt AS d
    }
    WITH x, y, x1, count(*) AS w, min(d) AS first, max(d) AS last
    WHERE y <> x
    WITH x, y, sum(w) AS weight, min(first) AS firstSeen, max(last) AS lastSeen, collect(x1.key) AS viaKeys
    WHERE NOT EXISTS { (x)-[:ATTENDS]->(:Meeting)<-[:ATTENDS]-(y) }
      AND NOT EXISTS { (x)-[:MEDIATES|BETWEEN]-(:Mediation)-[:MEDIATES|BETWEEN]-(y) }
    WITH y, weight, firstSeen, lastSeen, viaKeys ORDER BY weight DESC, y.name LIMIT $first
    RETURN collect({ actor: { key: y.key }, distance: 2, weight: weight, meetings: 0, mediations: 0,
      firstSeen: toString(firstSeen), lastSeen: toString(lastSeen), viaKeys: viaKeys }) AS indirect
  }
  RETURN k AS key, [c IN direct[..$first] | { actor: { key: c.actor.key }, distance: 1, weight: c.weight,
    meetings: c.meetings, mediations: c.mediations, firstSeen: toString(c.first), lastSeen: toString(c.last),
    viaKeys: [] }] + indirect AS rows`;

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

  it('counterparts read from the edges answer as the query over events did', async () => {
    const keys = (await read('MATCH (x:Actor) RETURN x.key AS key ORDER BY key')).map((r) => String(r.key));
    const fromEdges = await new TraversalRepository(env.app.executor).counterparts(keys, 2, 20);
    const fromEvents = new Map(
      (await read(COUNTERPARTS_FROM_EVENTS, { keys, first: int(20), keep: int(50) })).map((r) => [
        String(r.key),
        r.rows,
      ]),
    );
    const plain = (rows: unknown) =>
      (rows as { actor: { key: string }; viaKeys: string[] }[]).map((c) => ({
        ...c,
        actor: c.actor.key,
        viaKeys: [...c.viaKeys].sort(),
      }));
    let compared = 0;
    for (const key of keys) {
      expect(plain(fromEdges.get(key)), key).toEqual(plain(fromEvents.get(key)));
      compared += (fromEdges.get(key) ?? []).length;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('connection through the edges finds the same shortest paths through events', async () => {
    const keys = (
      await read(
        'MATCH (x:Actor) WHERE EXISTS { (x)-[:COUNTERPART]-() } RETURN x.key AS key ORDER BY x.mentionCount DESC, key LIMIT 8',
      )
    ).map((r) => String(r.key));
    const repository = new TraversalRepository(env.app.executor);
    const asText = (paths: { steps: unknown[] }[]) => paths.map((p) => JSON.stringify(p.steps)).sort();
    let found = 0;
    for (const from of keys)
      for (const to of keys) {
        if (from >= to) continue;
        const viaEdges = await repository.shortestPaths(from, to, 4, 1000);
        const viaEvents = await read(PATHS_THROUGH_EVENTS, { from, to });
        expect(asText(viaEdges), `${from} → ${to}`).toEqual(asText(viaEvents as { steps: unknown[] }[]));
        found += viaEdges.length;
      }
    expect(found).toBeGreaterThan(5);
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

  it('a graph written before they were maintained gets them at start-up', async () => {
    await env.app.executor.write(cypher('MATCH ()-[c:COUNTERPART]->() DELETE c'));
    await env.app.executor.write(cypher('MATCH (c:ActorDay) DELETE c'));
    expect((await verifyMaintained(env.app.executor)).length).toBeGreaterThan(0);
    await applySchema(env.app.executor);
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

  it('after a meeting moves before the pair’s first date, then after its last (dates kept, then recomputed)', async () => {
    const pair = (title: string, publishedAt: string, date: string) =>
      article(
        title,
        publishedAt,
        [actor('Norway', 'COUNTRY'), actor('Chile', 'COUNTRY')],
        [meeting({ participants: ['Norway', 'Chile'], location: 'Oslo', date })],
      );
    await write(pair('Norway and Chile meet', '2023-03-10', '2023-03-10'));
    await write(pair('Norway and Chile meet again', '2023-06-10', '2023-06-10'));
    const edge = async () =>
      (
        await read(`MATCH (:Actor {key: 'chile'})-[c:COUNTERPART]->(:Actor {key: 'norway'})
          RETURN toString(c.firstDate) AS first, toString(c.lastDate) AS last, c.meetings AS meetings`)
      )[0];
    expect(await edge()).toEqual({ first: '2023-03-10', last: '2023-06-10', meetings: 2 });
    const [march] = await read(
      "MATCH (m:Meeting {date: date('2023-03-10')})<-[:ATTENDS]-(:Actor {key: 'chile'}) RETURN m.id AS id",
    );
    const id = toGlobalId('Meeting', String(march?.id));
    const move = (date: string) =>
      gql('mutation ($m: ID!, $d: String!) { setMeetingDate(meeting: $m, date: $d) { date } }', { m: id, d: date });
    await move('2023-01-05');
    expect(await edge()).toEqual({ first: '2023-01-05', last: '2023-06-10', meetings: 2 });
    await expectInStep();
    await move('2023-09-01');
    expect(await edge()).toEqual({ first: '2023-06-10', last: '2023-09-01', meetings: 2 });
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

  it('edges stored before they had a pair key are keyed when a write changes them, never doubled, and backfilled', async () => {
    await write(talks('Talks in Cairo, first report', '2023-11-20'));
    await env.app.executor.write(cypher('MATCH ()-[c:COUNTERPART]->() REMOVE c.pair'));
    // Reported earlier: the undated Doha meeting and the mediation move to an earlier day, so their pairs' edges change.
    await write(talks('Talks in Cairo, an earlier report', '2023-11-15'));
    await expectInStep();
    const pairOf = 'MATCH (:Actor {key: $a})-[c:COUNTERPART]->(:Actor {key: $b}) RETURN c.pair AS pair';
    expect(await read(pairOf, { a: 'israel', b: 'qatar' })).toEqual([{ pair: 'israel|qatar' }]);
    await env.app.executor.write(cypher('MATCH ()-[c:COUNTERPART]->() REMOVE c.pair'));
    await backfillCounterpartPairs(env.app.executor);
    const keyed = await read('MATCH (a)-[c:COUNTERPART]->(b) RETURN c.pair = a.key + "|" + b.key AS ok');
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.every((row) => row.ok === true)).toBe(true);
  });
});

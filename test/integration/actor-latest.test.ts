import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/index.js';
import { toGlobalId } from '../../src/api/ids.js';
import { ActorCorrections } from '../../src/graph/actor/correct.js';
import { ActorCuration } from '../../src/graph/actor/curate.js';
import { deleteArticle } from '../../src/graph/article/delete.js';
import { EventCuration } from '../../src/graph/curation/events.js';
import { loadConfig } from '../../src/config.js';
import { cypher } from '../../src/graph/cypher.js';
import { relationPages } from '../../src/graph/shared/list-query.js';
import { STATEMENT_PROJECTION } from '../../src/graph/shared/projections.js';
import { SPOKEN } from '../../src/graph/statement/repository.js';
import { TestEnv } from './support.js';

/** Every list of the actor page, with the full sort it must give (the order before recency keys). */
const LISTS = [
  {
    field: 'statements',
    args: '',
    sorted: `MATCH (x:Actor {key: $key})-[:MADE]->(e:Statement)
      RETURN e.id AS id ORDER BY e.date DESC, e.lastReportedAt DESC, e.id`,
  },
  {
    field: 'meetings',
    args: '',
    sorted: `MATCH (x:Actor {key: $key})-[:ATTENDS]->(e:Meeting)
      RETURN e.id AS id ORDER BY e.date DESC, e.lastReportedAt DESC, e.id`,
  },
  {
    field: 'mediations',
    args: '',
    sorted: `MATCH (x:Actor {key: $key})-[:MEDIATES|BETWEEN]-(e:Mediation)
      WITH DISTINCT e RETURN e.id AS id ORDER BY e.lastReportedAt DESC, e.id`,
  },
  {
    field: 'mediations',
    args: 'role: MEDIATOR, ',
    sorted: `MATCH (x:Actor {key: $key})-[:MEDIATES]->(e:Mediation)
      RETURN e.id AS id ORDER BY e.lastReportedAt DESC, e.id`,
  },
  {
    field: 'mediations',
    args: 'role: PARTY, ',
    sorted: `MATCH (x:Actor {key: $key})<-[:BETWEEN]-(e:Mediation)
      RETURN e.id AS id ORDER BY e.lastReportedAt DESC, e.id`,
  },
];

/** What each actor-event edge's keys must be, recomputed from the graph; rows where they differ. */
const STALE_KEYS = `
  MATCH (x:Actor)-[r:MADE|ATTENDS|MEDIATES|BETWEEN]-(e)
  WITH x, r, e, CASE WHEN e:Mediation THEN coalesce(toString(e.lastReportedAt), '~')
    ELSE coalesce(toString(e.date), '~') + '|' + coalesce(toString(e.lastReportedAt), '~') END AS expected
  WHERE r.recency IS NULL OR r.recency <> expected OR r.actorKey IS NULL OR r.actorKey <> x.key
  RETURN type(r) AS type, x.key AS actor, e.id AS event, r.recency AS recency, expected`;

describe('an actor’s latest events, read through the recency index', () => {
  let env: TestEnv;
  let articleIds: string[];
  const read = (text: string, params: Record<string, unknown> = {}) => env.app.executor.read(cypher(text, params));

  beforeAll(async () => {
    env = await TestEnv.start();
    // Generated articles (our own templates): a few actors are in most of them, with many events each.
    const raws = [...generateCorpus({ size: 240, seed: 7 })].map((a) => ({
      origin: `a${a.index}`,
      content: a.text,
      format: 'text' as const,
      overrides: { publishedAt: a.publishedAt },
    }));
    const ingested = [];
    for (let i = 0; i < raws.length; i += 60)
      ingested.push(...(await env.app.ingest.ingestBatch(raws.slice(i, i + 60))));
    articleIds = ingested.flatMap((r) => (r.ok ? [r.extracted.article.id] : []));
  }, 180_000);
  afterAll(() => env?.stop());

  /** Actors with the most events of each list, and a few with one or two. */
  async function actorsToCheck(): Promise<string[]> {
    const rows = await read(`MATCH (x:Actor)
      WITH x, COUNT { (x)-[:MADE]->() } AS s, COUNT { (x)-[:ATTENDS]->() } AS m, COUNT { (x)-[:MEDIATES|BETWEEN]-() } AS d
      WHERE s + m + d > 0
      RETURN x.key AS key, s, m, d ORDER BY s + m + d DESC, x.key`);
    const keys = rows.map((r) => String(r.key));
    return [...new Set([...keys.slice(0, 4), ...keys.slice(-3)])];
  }

  /** Pages through one list of an actor with Relay cursors; the ids in the order the API gives them. */
  async function paged(key: string, list: (typeof LISTS)[number], size: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { errors?: unknown; data?: any } = await env.gql(
        `query ($id: ID!, $after: String) { actor(id: $id) {
          list: ${list.field}(${list.args}first: ${size}, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
        { id: toGlobalId('Actor', key), after },
      );
      expect(response.errors).toBeUndefined();
      const page: any = response.data.actor.list;
      ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(ids.length);
        return ids;
      }
      after = page.pageInfo.endCursor;
    }
  }

  async function expectListsMatchFullSort(): Promise<number> {
    let compared = 0;
    for (const key of await actorsToCheck()) {
      for (const list of LISTS) {
        const expected = (await read(list.sorted, { key })).map((r) => String(r.id));
        const label = list.field === 'statements' ? 'Statement' : list.field === 'meetings' ? 'Meeting' : 'Mediation';
        const global = expected.map((id) => toGlobalId(label, id));
        expect(await paged(key, list, 7)).toEqual(global);
        const first = await env.gql(
          `query ($id: ID!) { actor(id: $id) { list: ${list.field}(${list.args}first: 20) { edges { node { id } } } } }`,
          { id: toGlobalId('Actor', key) },
        );
        expect(first.data.actor.list.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
          global.slice(0, 20),
        );
        compared += expected.length;
      }
    }
    return compared;
  }

  it('gives every page in the order of a full sort, with ties and cursors, after ingestion', async () => {
    const [top] = await actorsToCheck();
    const [counts] = await read('MATCH (x:Actor {key: $key}) RETURN COUNT { (x)-[:MADE]->() } AS n', { key: top });
    expect(Number(counts!.n)).toBeGreaterThan(30);
    expect(await read(STALE_KEYS)).toEqual([]);
    expect(await expectListsMatchFullSort()).toBeGreaterThan(200);
  });

  it('reads a page of the most active actor through the index, not by sorting its history', async () => {
    const [top] = await actorsToCheck();
    const [row] = await read('MATCH (x:Actor {key: $key}) RETURN COUNT { (x)-[:MADE]->() } AS n', { key: top });
    const query = relationPages(SPOKEN, STATEMENT_PROJECTION('s'), [top!], { skip: 0, limit: 3 });
    const config = loadConfig(process.env).neo4j;
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    try {
      const { summary } = await driver.executeQuery(`PROFILE ${query.text}`, query.params);
      const operators: { operatorType: string; rows: number; children: unknown[] }[] = [];
      const walk = (op: any) => {
        operators.push(op);
        op.children.forEach(walk);
      };
      walk(summary.profile);
      const seek = operators.find((op) => op.operatorType.startsWith('DirectedRelationshipIndexSeek'));
      expect(seek, operators.map((op) => op.operatorType).join(' ← ')).toBeDefined();
      // The page and the ties at its end, not every statement of the actor.
      expect(seek!.rows).toBeLessThan(Number(row!.n));
      expect(Math.max(...operators.map((op) => op.rows))).toBeLessThan(Number(row!.n));
    } finally {
      await driver.close();
    }
  });

  it('keeps the keys and the order after deletions, event and actor merges, splits and a curated date', async () => {
    for (const id of articleIds.filter((_, i) => i % 9 === 0)) await deleteArticle(env.app.executor, id);
    const [top, second] = await actorsToCheck();
    const events = new EventCuration(env.app.executor, null);
    const meetings = await read(
      `MATCH (:Actor {key: $key})-[:ATTENDS]->(m:Meeting) RETURN m.id AS id ORDER BY m.date, m.id LIMIT 3`,
      { key: top },
    );
    expect(meetings.length).toBe(3);
    await events.merge('MEETING', [String(meetings[0]!.id), String(meetings[1]!.id)]);
    await events.setMeetingDate(String(meetings[2]!.id), '2030-01');
    const statements = await read(
      `MATCH (:Actor {key: $key})-[:MADE]->(s:Statement) RETURN s.id AS id ORDER BY s.lastReportedAt, s.id LIMIT 2`,
      { key: top },
    );
    await events.merge(
      'STATEMENT',
      statements.map((s) => String(s.id)),
    );
    await new ActorCuration(env.app.executor, null).merge(top!, second!);
    const [name] = await read(
      `MATCH (n:ActorName)-[:NAMES]->(:Actor {key: $key}) WHERE NOT n.key = $key RETURN n.key AS key LIMIT 1`,
      { key: top },
    );
    if (name) await new ActorCorrections(env.app.executor, null).split(top!, [String(name.key)]);
    expect(await read(STALE_KEYS)).toEqual([]);
    expect(await expectListsMatchFullSort()).toBeGreaterThan(200);
    const curated = await read(`MATCH (m:Meeting {id: $id}) RETURN toString(m.date) AS date`, { id: meetings[2]!.id });
    expect(curated[0]!.date).toBe('2030-01-01');
  });
});

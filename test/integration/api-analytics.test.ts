import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher.js';
import { actorId, startWithFixtureGraph } from './fixture-graph.js';
import type { TestEnv } from './support.js';

describe('dashboard aggregates', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startWithFixtureGraph();
  });
  afterAll(() => env?.stop());

  async function count(label: string, where = ''): Promise<number> {
    const [row] = await env.app.executor.read(cypher(`MATCH (n:${label}) ${where} RETURN count(n) AS n`));
    return Number(row?.n);
  }

  it('stats counts everything in the graph', async () => {
    const { data } = await env.gql(
      `{ stats { articles actors persons organizations countries media statements mediations meetings places topics } }`,
    );
    expect(data.stats).toEqual({
      articles: 6,
      actors: await count('Actor'),
      persons: await count('Actor', "WHERE n.kind = 'PERSON'"),
      organizations: await count('Actor', "WHERE n.kind = 'ORGANIZATION'"),
      countries: await count('Actor', "WHERE n.kind = 'COUNTRY'"),
      media: await count('Actor', "WHERE n.kind = 'MEDIA'"),
      statements: await count('Statement'),
      mediations: await count('Mediation'),
      meetings: await count('Meeting'),
      places: await count('Place'),
      topics: await count('Topic'),
    });
    expect(data.stats.persons + data.stats.organizations + data.stats.countries + data.stats.media).toBe(
      data.stats.actors,
    );
  });

  it('activity: zero-filled buckets by month and week, for all actors or one', async () => {
    const Q = `query ($bucket: Bucket!, $from: Date!, $to: Date!, $actor: ID, $kind: ActivityKind) {
      activity(bucket: $bucket, from: $from, to: $to, actor: $actor, kind: $kind) { start count } }`;
    const months = (await env.gql(Q, { bucket: 'MONTH', from: '2023-07-01', to: '2024-03-31' })).data.activity;
    expect(months).toHaveLength(9);
    expect(months.map((p: any) => p.start)).toContain('2023-11-01');
    expect(months.reduce((sum: number, p: any) => sum + p.count, 0)).toBe(6);
    expect(months.find((p: any) => p.start === '2023-08-01').count).toBe(0);

    const weeks = (await env.gql(Q, { bucket: 'WEEK', from: '2023-11-15', to: '2023-12-05' })).data.activity;
    expect(weeks.map((p: any) => p.start)).toEqual(['2023-11-13', '2023-11-20', '2023-11-27', '2023-12-04']);
    expect(weeks.map((p: any) => p.count)).toEqual([0, 1, 1, 0]);

    const hamasStatements = (
      await env.gql(Q, {
        bucket: 'MONTH',
        from: '2023-01-01',
        to: '2023-12-31',
        actor: await actorId(env, 'Hamas'),
        kind: 'STATEMENTS',
      })
    ).data.activity;
    const [row] = await env.app.executor.read(
      cypher("MATCH (:Actor {key: 'hamas'})-[:MADE]->(s) RETURN count(s) AS n"),
    );
    expect(hamasStatements.reduce((sum: number, p: any) => sum + p.count, 0)).toBe(Number(row?.n));

    const tooMany = await env.gql(Q, { bucket: 'DAY', from: '2020-01-01', to: '2024-01-01' });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('topActors ranks by mentions, statements, meetings and mediations within a range', async () => {
    const Q = `query ($by: ActorRanking!, $from: Date, $limit: Int) { topActors(by: $by, from: $from, limit: $limit) { actor { name mentionCount } count } }`;
    const mentions = (await env.gql(Q, { by: 'MENTIONS', limit: 5 })).data.topActors;
    expect(mentions).toHaveLength(5);
    for (const row of mentions) expect(row.count).toBe(row.actor.mentionCount);
    expect(mentions.map((r: any) => r.count)).toEqual([...mentions.map((r: any) => r.count)].sort((a, b) => b - a));
    const recent = (await env.gql(Q, { by: 'MENTIONS', from: '2024-01-01', limit: 50 })).data.topActors;
    expect(recent.map((r: any) => r.actor.name)).not.toContain('Hamas');
    const speakers = (await env.gql(Q, { by: 'STATEMENTS', limit: 1 })).data.topActors;
    expect(speakers[0].actor.name).toBe('Hamas');
    for (const by of ['MEETINGS', 'MEDIATIONS']) {
      const rows = (await env.gql(Q, { by, limit: 3 })).data.topActors;
      expect(rows.length, by).toBeGreaterThan(0);
    }
  });

  it('topMediators and meetingPlaces count in the database', async () => {
    const { data } = await env.gql(`{ topMediators(limit: 10) { actor { name } count }
      meetingPlaces { place { name } count held planned } }`);
    expect(data.topMediators.map((r: any) => r.actor.name)).toEqual(expect.arrayContaining(['Qatar', 'Oman', 'Egypt']));
    const moscow = data.meetingPlaces.find((p: any) => p.place.name === 'Moscow');
    expect(moscow).toEqual({ place: { name: 'Moscow' }, count: 1, held: 0, planned: 1 });
    for (const p of data.meetingPlaces) expect(p.held + p.planned).toBeLessThanOrEqual(p.count);
  });
});

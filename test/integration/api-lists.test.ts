import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorId, nodes, startWithFixtureGraph } from './fixture-graph.js';
import type { TestEnv } from './support.js';

/** A month-precision date ('2024-01') counts from its first day, as the graph stores it. */
const day = (iso: string) => (iso.length === 7 ? `${iso}-01` : iso);

describe('lookups, lists, filters and sorting', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startWithFixtureGraph();
  });
  afterAll(() => env?.stop());

  describe('articles', () => {
    const ARTICLES = `query ($filter: ArticleFilter, $first: Int, $after: String, $orderBy: ArticleOrder) {
      articles(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id title publishedAt source topics { name } } } } }`;

    it('pages through all articles with cursors, newest first, without overlap', async () => {
      const all = (await env.gql(ARTICLES, { first: 100 })).data.articles;
      expect(all.totalCount).toBe(6);
      const dates = nodes(all).map((a: any) => a.publishedAt);
      expect(dates).toEqual([...dates].sort().reverse());

      const first = (await env.gql(ARTICLES, { first: 4 })).data.articles;
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = (await env.gql(ARTICLES, { first: 4, after: first.pageInfo.endCursor })).data.articles;
      expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect([...nodes(first), ...nodes(second)].map((a: any) => a.id)).toEqual(nodes(all).map((a: any) => a.id));

      const oldest = (await env.gql(ARTICLES, { first: 1, orderBy: 'OLDEST_FIRST' })).data.articles;
      expect(nodes(oldest)[0].publishedAt).toBe(dates[dates.length - 1]);
    });

    it('filters by date range, topic, source and text', async () => {
      const range = (await env.gql(ARTICLES, { filter: { from: '2023-11-01', to: '2023-12-31' } })).data.articles;
      expect(
        nodes(range)
          .map((a: any) => a.publishedAt)
          .sort(),
      ).toEqual(['2023-11-21', '2023-12-02']);

      const topic = (await env.gql(ARTICLES, { filter: { topic: 'CEASEFIRE' } })).data.articles;
      expect(topic.totalCount).toBe(2);
      for (const a of nodes(topic)) expect(a.topics.map((t: any) => t.name.toLowerCase())).toContain('ceasefire');

      const reuters = (await env.gql(ARTICLES, { filter: { source: 'reuters' } })).data.articles;
      expect(nodes(reuters).map((a: any) => a.source)).toEqual(['Reuters', 'Reuters']);

      const text = (await env.gql(ARTICLES, { filter: { search: 'grain corridor' } })).data.articles;
      expect(nodes(text).map((a: any) => a.title)).toEqual(['Turkey hosts grain corridor talks in Istanbul']);
    });

    it('refuses a page larger than the maximum and a cursor it did not issue', async () => {
      const tooBig = await env.gql(ARTICLES, { first: 101 });
      expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const badCursor = await env.gql(ARTICLES, { after: 'not-a-cursor' });
      expect(badCursor.errors?.[0]?.message).toMatch(/cursor/);
    });
  });

  describe('actors', () => {
    const ACTORS = `query ($search: String, $kind: ActorKind, $from: Date, $to: Date, $orderBy: ActorOrder, $first: Int) {
      actors(search: $search, kind: $kind, activeFrom: $from, activeTo: $to, orderBy: $orderBy, first: $first) {
        totalCount edges { node { id name kind mentionCount lastSeen } } } }`;

    it('lists the most mentioned first, and filters by kind', async () => {
      const all = nodes((await env.gql(ACTORS, { first: 100 })).data.actors);
      const counts = all.map((a: any) => a.mentionCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const countries = (await env.gql(ACTORS, { kind: 'COUNTRY', first: 100 })).data.actors;
      expect(countries.totalCount).toBe(all.filter((a: any) => a.kind === 'COUNTRY').length);
      expect(nodes(countries).map((a: any) => a.name)).toEqual(
        expect.arrayContaining(['Qatar', 'Israel', 'Egypt', 'Oman']),
      );
    });

    it('searches names and aliases by prefix', async () => {
      const byPrefix = nodes((await env.gql(ACTORS, { search: 'Qat' })).data.actors);
      expect(byPrefix.map((a: any) => a.name)).toContain('Qatar');
      const twoWords = nodes((await env.gql(ACTORS, { search: 'Ismail Hani' })).data.actors);
      expect(twoWords[0].name).toBe('Ismail Haniya');
    });

    it('keeps actors active in a date range, and sorts by name or last seen', async () => {
      const active = nodes((await env.gql(ACTORS, { from: '2024-01-01', first: 100 })).data.actors).map(
        (a: any) => a.name,
      );
      expect(active).toEqual(expect.arrayContaining(['Oman', 'Ethiopia']));
      expect(active).not.toContain('Ismail Haniya');
      const byName = nodes((await env.gql(ACTORS, { orderBy: 'NAME', first: 100 })).data.actors).map(
        (a: any) => a.name,
      );
      expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const recent = nodes((await env.gql(ACTORS, { orderBy: 'LAST_SEEN', first: 100 })).data.actors).map(
        (a: any) => a.lastSeen,
      );
      expect(recent).toEqual([...recent].sort().reverse());
    });
  });

  describe('statements', () => {
    const STATEMENTS = `query ($filter: StatementFilter, $orderBy: StatementOrder) {
      statements(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id text direct date speaker { id name } } } } }`;

    it('filters by speaker, date range, direct, topic and text; sorts by date', async () => {
      const all = nodes((await env.gql(STATEMENTS, {})).data.statements);
      expect(all.length).toBeGreaterThan(10);
      const dates = all.map((s: any) => s.date ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      const oldest = nodes((await env.gql(STATEMENTS, { orderBy: 'OLDEST_FIRST' })).data.statements).map(
        (s: any) => s.date ?? '',
      );
      expect(oldest.filter(Boolean)).toEqual(dates.filter(Boolean).reverse());

      const hamas = await actorId(env, 'Hamas');
      const bySpeaker = nodes((await env.gql(STATEMENTS, { filter: { speaker: hamas } })).data.statements);
      expect(bySpeaker.length).toBe(all.filter((s: any) => s.speaker.name === 'Hamas').length);
      expect(bySpeaker.length).toBeGreaterThan(1);

      const direct = nodes((await env.gql(STATEMENTS, { filter: { direct: true } })).data.statements);
      expect(direct.length).toBe(all.filter((s: any) => s.direct).length);
      expect(direct.length).toBeGreaterThan(0);

      const inRange = nodes(
        (await env.gql(STATEMENTS, { filter: { from: '2024-01-01', to: '2024-12-31' } })).data.statements,
      );
      expect(inRange.length).toBe(all.filter((s: any) => s.date && day(s.date) >= '2024-01-01').length);

      const topic = nodes((await env.gql(STATEMENTS, { filter: { topic: 'grain' } })).data.statements);
      expect(topic.length).toBeGreaterThan(0);
      expect(topic.length).toBeLessThan(all.length);

      const text = nodes((await env.gql(STATEMENTS, { filter: { search: 'flexibility' } })).data.statements);
      expect(text).toHaveLength(1);
      expect(text[0].text).toMatch(/flexibility/);
    });
  });

  describe('mediations and meetings', () => {
    it('filters mediations by mediator and by party', async () => {
      const Q = `query ($f: MediationFilter) { mediations(filter: $f) { totalCount edges { node { mediators { name } parties { name } } } } }`;
      const oman = await actorId(env, 'Oman');
      const byMediator = nodes((await env.gql(Q, { f: { mediator: oman } })).data.mediations);
      expect(byMediator).toHaveLength(1);
      expect(byMediator[0].parties.map((p: any) => p.name)).toContain('Saudi Arabia');
      const israel = await actorId(env, 'Israel');
      const byParty = nodes((await env.gql(Q, { f: { party: israel } })).data.mediations);
      expect(byParty.length).toBeGreaterThanOrEqual(2);
      for (const m of byParty) expect(m.parties.map((p: any) => p.name)).toContain('Israel');
    });

    it('filters meetings by participant, place, date range, status and kind', async () => {
      const Q = `query ($f: MeetingFilter, $o: MeetingOrder) { meetings(filter: $f, orderBy: $o, first: 100) { totalCount edges { node {
        kind status date place { name } participants { name } } } } }`;
      const all = nodes((await env.gql(Q, {})).data.meetings);
      const held = nodes((await env.gql(Q, { f: { status: 'HELD' } })).data.meetings);
      expect(held.length).toBe(all.filter((m: any) => m.status === 'HELD').length);
      expect(held.length).toBeGreaterThan(0);
      const talks = nodes((await env.gql(Q, { f: { kind: 'TALKS' } })).data.meetings);
      expect(talks.every((m: any) => m.kind === 'TALKS')).toBe(true);
      const cairo = nodes((await env.gql(Q, { f: { place: 'cairo' } })).data.meetings);
      expect(cairo).toHaveLength(1);
      expect(cairo[0]).toMatchObject({ status: 'PLANNED', date: '2024-03-12' });
      const egypt = await actorId(env, 'Egypt');
      const withEgypt = nodes((await env.gql(Q, { f: { participant: egypt } })).data.meetings);
      expect(withEgypt.length).toBeGreaterThanOrEqual(2);
      const range = nodes((await env.gql(Q, { f: { from: '2024-01-01', to: '2024-12-31' } })).data.meetings);
      expect(range.length).toBe(all.filter((m: any) => m.date && day(m.date) >= '2024-01-01').length);
      const earliest = nodes((await env.gql(Q, { o: 'EARLIEST_FIRST' })).data.meetings)
        .map((m: any) => m.date)
        .filter(Boolean);
      expect(earliest).toEqual([...earliest].sort());
    });
  });

  it('node(id) fetches every type by its global id, and rejects a foreign id', async () => {
    const { data } = await env.gql(`{
      articles(first: 1) { edges { node { id topics { id } } } }
      actors(first: 1) { edges { node { id } } }
      statements(first: 1) { edges { node { id } } }
      mediations(first: 1) { edges { node { id } } }
      meetings(filter: { place: "Moscow" }) { edges { node { id place { id } } } } }`);
    const ids = [
      data.articles.edges[0].node.id,
      data.articles.edges[0].node.topics[0].id,
      data.actors.edges[0].node.id,
      data.statements.edges[0].node.id,
      data.mediations.edges[0].node.id,
      data.meetings.edges[0].node.id,
      data.meetings.edges[0].node.place.id,
    ];
    for (const id of ids) {
      const res = await env.gql(`query ($id: ID!) { node(id: $id) { id __typename } }`, { id });
      expect(res.data.node.id).toBe(id);
    }
    const types = await Promise.all(
      ids.map(
        async (id) => (await env.gql(`query ($id: ID!) { node(id: $id) { __typename } }`, { id })).data.node.__typename,
      ),
    );
    expect(types).toEqual(['Article', 'Topic', 'Actor', 'Statement', 'Mediation', 'Meeting', 'Place']);
    const foreign = await env.gql(`{ node(id: "bm9wZTp4") { id } }`);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

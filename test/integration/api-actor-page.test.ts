import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_COUNT_HEADER } from '../../src/api/plugins/query-count.js';
import { nodes, startWithFixtureGraph } from './fixture-graph.js';
import type { TestEnv } from './support.js';

/** The benchmark's actor page (bench/queries/operations.ts), below a field chosen by the caller. */
const PAGE = `name kind aliases
  statements(first: 20) { edges { node { text date evidence { article { title publishedAt } } } } }
  meetings(first: 20) { edges { node { kind status date place { name } participants { name } } } }
  mediations(first: 20) { edges { node { subject mediators { name } parties { name } } } }`;

/** `actor(id)` is compiled into one query; `node(id)` takes the per-field loaders: same answer expected. */
const compiled = (selection: string, fragments = '') =>
  `query ($id: ID!) { page: actor(id: $id) { ${selection} } } ${fragments}`;
const viaLoaders = (selection: string, fragments = '') =>
  `query ($id: ID!) { page: node(id: $id) { ... on Actor { ${selection} } } } ${fragments}`;

describe('the actor page, compiled into one query', () => {
  let env: TestEnv;
  let ids: string[];
  beforeAll(async () => {
    env = await startWithFixtureGraph();
    const all = await env.gql(`{ actors(first: 100) { edges { node { id } } } }`);
    ids = nodes(all.data.actors).map((a: any) => a.id);
  });
  afterAll(() => env?.stop());

  async function both(selection: string, id: string, fragments = '') {
    const fast = await env.gqlWithHeaders(compiled(selection, fragments), { id });
    const slow = await env.gqlWithHeaders(viaLoaders(selection, fragments), { id });
    expect(fast.body.errors).toBeUndefined();
    expect(slow.body.errors).toBeUndefined();
    return {
      fast: fast.body.data.page,
      slow: slow.body.data.page,
      fastQueries: Number(fast.headers.get(QUERY_COUNT_HEADER)),
      slowQueries: Number(slow.headers.get(QUERY_COUNT_HEADER)),
    };
  }

  it('answers the benchmark page as the loaders do, for every actor, in one database query', async () => {
    expect(ids.length).toBeGreaterThan(10);
    let listed = 0;
    for (const id of ids) {
      const { fast, slow, fastQueries, slowQueries } = await both(PAGE, id);
      expect(fast).toEqual(slow);
      expect(fastQueries).toBeLessThanOrEqual(2);
      expect(slowQueries).toBeGreaterThan(fastQueries);
      listed += fast.statements.edges.length + fast.meetings.edges.length + fast.mediations.edges.length;
    }
    expect(listed).toBeGreaterThan(20);
  });

  it('keeps paging, totals, roles, aliases and fragments as the loaders give them', async () => {
    const selection = `id
      ...Lists
      all: mediations(first: 100) { totalCount edges { node { id mediators { name } } } }
      asMediator: mediations(role: MEDIATOR, first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id parties { name } } } }
      asParty: mediations(role: PARTY) { totalCount edges { node { id evidence { sentenceIndex start end confidence } } } }`;
    const fragments = `fragment Lists on Actor {
      statements(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id speaker { name } via { name } } } }
      later: statements(first: 2, after: "b2Zmc2V0OjE") { totalCount edges { cursor node { id evidence { article { id title } } } } }
      meetings(first: 3) { totalCount edges { node { id place { name } participants { name } evidence { article { title } } } } } }`;
    let compared = 0;
    for (const id of ids) {
      const { fast, slow, fastQueries } = await both(selection, id, fragments);
      expect(fast).toEqual(slow);
      expect(fastQueries).toBeLessThanOrEqual(2);
      if (fast.statements.totalCount > 2 || fast.asMediator.totalCount > 1) compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('answers an unknown actor with null, and a bad page size with the usual error', async () => {
    const unknown = Buffer.from('Actor:no such actor').toString('base64url');
    const missing = await env.gql(compiled(PAGE), { id: unknown });
    expect(missing.errors).toBeUndefined();
    expect(missing.data.page).toBeNull();
    const tooBig = await env.gql(
      `query ($id: ID!) { actor(id: $id) { name statements(first: 1000) { totalCount } meetings { totalCount } } }`,
      { id: ids[0] },
    );
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((tooBig.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(['actor', 'statements']);
  });

  it('reads article text and evidence words only when selected, and answers them right', async () => {
    const selection = `statements(first: 20) { edges { node { evidence { sentenceIndex sentence start end text
      article { id body sentences } } } } }
      meetings { edges { node { evidence { sentence text } } } }`;
    let checked = 0;
    for (const id of ids) {
      const { fast, slow } = await both(selection, id);
      expect(fast).toEqual(slow);
      for (const statement of nodes(fast.statements) as any[]) {
        for (const e of statement.evidence) {
          expect(e.article.sentences[e.sentenceIndex]).toBe(e.sentence);
          expect(e.article.body.slice(e.start, e.end)).toBe(e.text);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('reads only the selected actor fields of participants, yet answers every field asked for them elsewhere', async () => {
    let checked = 0;
    for (const id of ids) {
      const page = await env.gql(compiled('meetings(first: 20) { edges { node { id participants { name } } } }'), {
        id,
      });
      const meeting = page.data.page.meetings.edges[0]?.node;
      if (!meeting) continue;
      const wide = 'participants { id name kind aliases mentionCount firstSeen lastSeen }';
      const alone = await env.gql(`query ($m: ID!) { m: node(id: $m) { ... on Meeting { ${wide} } } }`, {
        m: meeting.id,
      });
      const together = await env.gql(
        `query ($id: ID!, $m: ID!) {
          page: actor(id: $id) { meetings(first: 20) { edges { node { participants { name } } } } }
          m: node(id: $m) { ... on Meeting { ${wide} } } }`,
        { id, m: meeting.id },
      );
      expect(together.errors).toBeUndefined();
      expect(together.data.m).toEqual(alone.data.m);
      expect(alone.data.m.participants[0].kind).toBeTruthy();
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('costs one query for the page, and one more per kind of text when text is selected', async () => {
    const light = await env.gqlWithHeaders(compiled(PAGE), { id: ids[0] });
    expect(light.headers.get(QUERY_COUNT_HEADER)).toBe('1');
    expect(light.headers.get('cache-control')).toBe('no-store');
    expect(light.headers.get('etag')).toBeNull();
    const withText = await env.gqlWithHeaders(
      compiled(`statements { edges { node { evidence { text article { body } } } } }`),
      { id: ids[0] },
    );
    expect(withText.body.errors).toBeUndefined();
    // The page, then evidence words and article bodies (two loaders, one batch each).
    expect(Number(withText.headers.get(QUERY_COUNT_HEADER))).toBeLessThanOrEqual(3);
  });

  it('counts a total only where it is selected, and still answers one asked for on the same page elsewhere', async () => {
    // The participants of the actor's meetings include the actor: their lists are the same pages,
    // which the compiled query primed without totals.
    const selection = `statements(first: 2) { edges { node { id } } }
      mediations(first: 2) { edges { node { id } } }
      meetings(first: 20) { edges { node { participants { id
        statements(first: 2) { totalCount edges { node { id } } }
        mediations(first: 2) { totalCount } } } } }`;
    let checked = 0;
    for (const id of ids) {
      const { fast, slow } = await both(selection, id);
      expect(fast).toEqual(slow);
      const self = nodes(fast.meetings)
        .flatMap((m: any) => m.participants)
        .find((p: any) => p.id === id);
      if (self && (self.statements.totalCount > 0 || self.mediations.totalCount > 0)) checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('reads only the event and evidence fields the operation selects, and answers them where the same page is read again', async () => {
    const narrow = `statements(first: 2) { edges { node { text evidence { article { title } } } } }
      meetings(first: 20) { edges { node { kind participants { id
        statements(first: 2) { edges { node { id speaker { name } direct confidence via { name }
          evidence { start end confidence sentence } } } } } } } }`;
    let checked = 0;
    for (const id of ids) {
      const { fast, slow } = await both(narrow, id);
      expect(fast).toEqual(slow);
      const self = nodes(fast.meetings)
        .flatMap((m: any) => m.participants)
        .find((p: any) => p.id === id);
      if (self && nodes(self.statements).length > 0) {
        expect(nodes(self.statements)[0].speaker.name).toBeTruthy();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

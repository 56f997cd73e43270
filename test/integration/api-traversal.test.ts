import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorId, nodes, startWithFixtureGraph } from './fixture-graph.js';
import type { TestEnv } from './support.js';

describe('traversal from an actor, and connections between actors', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startWithFixtureGraph();
  });
  afterAll(() => env?.stop());

  it('an actor page: statements, meetings, mediations on each side, articles, affiliations and members', async () => {
    const { data, errors } = await env.gql(
      `query ($id: ID!) { actor(id: $id) { name
        statements(first: 2) { totalCount pageInfo { hasNextPage } edges { node { text evidence { article { title } } } } }
        meetings { totalCount edges { node { place { name } } } }
        asMediator: mediations(role: MEDIATOR) { totalCount }
        asParty: mediations(role: PARTY) { totalCount edges { node { mediators { name } } } }
        articles { totalCount edges { node { title } } }
        members { totalCount edges { node { role actor { name } evidence { sentence } } } } } }`,
      { id: await actorId(env, 'Hamas') },
    );
    expect(errors).toBeUndefined();
    const hamas = data.actor;
    expect(hamas.statements.totalCount).toBeGreaterThan(2);
    expect(hamas.statements.edges).toHaveLength(2);
    expect(hamas.statements.pageInfo.hasNextPage).toBe(true);
    expect(hamas.asMediator.totalCount).toBe(0);
    expect(hamas.asParty.totalCount).toBe(2);
    expect(nodes(hamas.asParty).flatMap((m: any) => m.mediators.map((a: any) => a.name))).toEqual(
      expect.arrayContaining(['Qatar', 'Egypt']),
    );
    expect(nodes(hamas.articles).map((a: any) => a.title)).toEqual([
      'Mediators push for second exchange of detainees',
      'Proximity of a truce between Hamas and Israel',
    ]);

    const oman = await env.gql(
      `query ($id: ID!) { actor(id: $id) { members { edges { node { role actor { name kind } evidence { sentence text } } } } } }`,
      {
        id: await actorId(env, 'Oman'),
      },
    );
    const minister = nodes(oman.data.actor.members).find((m: any) => m.actor.name === 'Badr Albusaidi');
    expect(minister).toMatchObject({ actor: { kind: 'PERSON' } });
    expect(minister.role).toMatch(/Foreign Minister/);
    expect(minister.evidence[0].sentence).toContain('Albusaidi');

    const person = await env.gql(
      `query ($id: ID!) { actor(id: $id) { affiliations { edges { node { role actor { name } } } } } }`,
      {
        id: await actorId(env, 'Badr Albusaidi'),
      },
    );
    expect(nodes(person.data.actor.affiliations).map((a: any) => a.actor.name)).toContain('Oman');
  });

  it('timeline: statements, meetings and mediations in one list, newest first, with date filters', async () => {
    const Q = `query ($id: ID!, $from: Date) { actor(id: $id) { timeline(from: $from, first: 50) { totalCount edges { date node {
      __typename ... on Statement { text } ... on Meeting { kind status } ... on Mediation { subject } } } } } }`;
    const id = await actorId(env, 'Qatar');
    const timeline = (await env.gql(Q, { id })).data.actor.timeline;
    const types = new Set(timeline.edges.map((e: any) => e.node.__typename));
    expect(types).toEqual(new Set(['Meeting', 'Mediation']));
    const dates = timeline.edges.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const december = (await env.gql(Q, { id, from: '2023-12-01' })).data.actor.timeline;
    expect(december.totalCount).toBe(dates.filter((d: string) => d >= '2023-12-01').length);

    const hamas = (await env.gql(Q, { id: await actorId(env, 'Hamas') })).data.actor.timeline;
    expect(new Set(hamas.edges.map((e: any) => e.node.__typename))).toContain('Statement');
  });

  it('counterparts: who it meets or mediates with, weighted, and a second hop through them', async () => {
    const Q = `query ($id: ID!, $hops: Int) { actor(id: $id) { counterparts(hops: $hops) {
      actor { name } distance weight meetings mediations firstSeen lastSeen via { name } } } }`;
    const id = await actorId(env, 'Qatar');
    const first = await env.gql(Q, { id, hops: 1 });
    expect(first.errors).toBeUndefined();
    const direct = first.data.actor.counterparts;
    expect(direct.every((c: any) => c.distance === 1 && c.weight === c.meetings + c.mediations)).toBe(true);
    const weights = direct.map((c: any) => c.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const hamas = direct.find((c: any) => c.actor.name === 'Hamas');
    expect(hamas.mediations).toBe(2);
    expect(hamas).toMatchObject({ firstSeen: '2023-11-21', lastSeen: '2023-12-02' });

    const two = (await env.gql(Q, { id, hops: 2 })).data.actor.counterparts;
    const second = two.filter((c: any) => c.distance === 2);
    expect(second.length).toBeGreaterThan(0);
    const directNames = new Set(direct.map((c: any) => c.actor.name));
    for (const c of second) {
      expect(directNames.has(c.actor.name)).toBe(false);
      expect(c.actor.name).not.toBe('Qatar');
      expect(c.via.length).toBeGreaterThan(0);
      for (const v of c.via) expect(directNames.has(v.name)).toBe(true);
    }
    // A second-hop weight and dates are those of the edges through which it is reached.
    const ONE = `query ($id: ID!) { actor(id: $id) { counterparts(hops: 1, first: 100) {
      actor { name } weight firstSeen lastSeen } } }`;
    const viaIds = new Map<string, string>();
    const twoWithIds = (
      await env.gql(`query ($id: ID!) { actor(id: $id) { counterparts(hops: 2) { distance via { id name } } } }`, {
        id,
      })
    ).data.actor.counterparts;
    for (const c of twoWithIds) for (const v of c.via) viaIds.set(v.name, v.id);
    const edgesOf = new Map<string, any[]>();
    for (const [name, viaId] of viaIds) edgesOf.set(name, (await env.gql(ONE, { id: viaId })).data.actor.counterparts);
    for (const c of second) {
      const edges = c.via.map((v: any) => edgesOf.get(v.name)!.find((e: any) => e.actor.name === c.actor.name));
      expect(edges.every(Boolean)).toBe(true);
      expect(c.weight).toBe(edges.reduce((sum: number, e: any) => sum + e.weight, 0));
      const firsts = edges
        .map((e: any) => e.firstSeen)
        .filter(Boolean)
        .sort();
      const lasts = edges
        .map((e: any) => e.lastSeen)
        .filter(Boolean)
        .sort();
      expect(c.firstSeen).toBe(firsts[0] ?? null);
      expect(c.lastSeen).toBe(lasts.at(-1) ?? null);
    }
    const bad = await env.gql(Q, { id, hops: 3 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('connection: the shortest paths between two actors, each step with its event and evidence', async () => {
    const Q = `query ($a: ID!, $b: ID!, $max: Int) { connection(from: $a, to: $b, maxHops: $max) { length steps {
      from { name } to { name } fromRole toRole via { __typename } evidence { article { title } sentence } } } }`;
    const paths = (await env.gql(Q, { a: await actorId(env, 'Qatar'), b: await actorId(env, 'Ethiopia'), max: 4 })).data
      .connection;
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.steps).toHaveLength(path.length);
      expect(path.steps[0].from.name).toBe('Qatar');
      expect(path.steps[path.length - 1].to.name).toBe('Ethiopia');
      for (let i = 1; i < path.steps.length; i++) expect(path.steps[i].from.name).toBe(path.steps[i - 1].to.name);
      for (const step of path.steps) expect(step.evidence.length).toBeGreaterThan(0);
    }
    const tooShort = (await env.gql(Q, { a: await actorId(env, 'Qatar'), b: await actorId(env, 'Ethiopia'), max: 1 }))
      .data.connection;
    expect(tooShort).toEqual([]);
  });

  it('neighborhood: nodes and edges around an actor, bounded by limit', async () => {
    const Q = `query ($id: ID!, $depth: Int, $limit: Int) { neighborhood(actor: $id, depth: $depth, limit: $limit) {
      truncated nodes { id type label kind } edges { source target type } } }`;
    const id = await actorId(env, 'Hamas');
    const view = (await env.gql(Q, { id, depth: 1, limit: 100 })).data.neighborhood;
    expect(view.truncated).toBe(false);
    expect(view.nodes[0]).toMatchObject({ id, type: 'Actor', label: 'Hamas' });
    const ids = new Set(view.nodes.map((n: any) => n.id));
    expect(ids.size).toBe(view.nodes.length);
    for (const edge of view.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    expect(new Set(view.nodes.map((n: any) => n.type))).toEqual(
      new Set(['Actor', 'Statement', 'Mediation', 'Meeting']),
    );
    const wider = (await env.gql(Q, { id, depth: 2, limit: 500 })).data.neighborhood;
    expect(wider.nodes.length).toBeGreaterThan(view.nodes.length);
    const small = (await env.gql(Q, { id, depth: 2, limit: 5 })).data.neighborhood;
    expect(small.nodes).toHaveLength(5);
    expect(small.truncated).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/parse/sources.js';
import { actorId, nodes, startWithFixtureGraph } from './fixture-graph.js';
import { EXAMPLES, FIXTURES, TestEnv } from './support.js';

const KEY = { 'x-api-key': 'test-key' };
const GAZA = join(FIXTURES, 'gaza-exchange-doha.txt');

const INGEST_MANY = `mutation ($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) {
  stored rejected results { index created error article { title } counts { statements } } } }`;

describe('curation mutations, protected by an API key', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startWithFixtureGraph({ EVENTGRAPH_API_KEYS: 'other-key,test-key' });
  });
  afterAll(() => env?.stop());

  it('refuses writes without a valid key; reads stay open', async () => {
    for (const headers of [{}, { 'x-api-key': 'wrong' }] as Record<string, string>[]) {
      const res = await env.gql(`mutation { addAlias(actor: "QWN0b3I6cWF0YXI", alias: "x") { name } }`, {}, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await env.gql(`{ stats { articles } }`)).data.stats.articles).toBe(6);
  });

  it('ingestArticles stores the valid ones in one go and reports each rejected one', async () => {
    const text = `Talks, Armenia, Azerbaijan\n\nForeign ministers meet in Almaty\n\nAlmaty, May 10.- The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday, Kazakhstan's Foreign Ministry said.`;
    const res = await env.gql(
      INGEST_MANY,
      { inputs: [{ text, publishedAt: '2024-05-10' }, { text: '  ' }, { title: 'No body' }, { text }] },
      KEY,
    );
    expect(res.errors).toBeUndefined();
    const { stored, rejected, results } = res.data.ingestArticles;
    expect(stored).toBe(1);
    expect(rejected).toBe(2);
    expect(results[0]).toMatchObject({
      index: 0,
      created: true,
      error: null,
      article: { title: 'Foreign ministers meet in Almaty' },
    });
    expect(results[1]).toMatchObject({ index: 1, created: false, article: null });
    expect(results[1].error).toMatch(/empty/);
    expect(results[2].error).toMatch(/title and body/);
    expect(results[3]).toMatchObject({
      index: 3,
      created: false,
      error: null,
      article: { title: 'Foreign ministers meet in Almaty' },
    });
  });

  it('addAlias and renameActor keep every name searchable, and refuse a name another actor owns', async () => {
    const qatar = await actorId(env, 'Qatar');
    const added = await env.gql(
      `mutation ($id: ID!) { addAlias(actor: $id, alias: "State of Qatar") { name aliases } }`,
      { id: qatar },
      KEY,
    );
    expect(added.data.addAlias.aliases).toContain('State of Qatar');
    expect(await actorId(env, 'Qatar')).toBe(qatar);
    const found = await env.gql(`{ actors(search: "State of Qatar", first: 1) { edges { node { id } } } }`);
    expect(found.data.actors.edges[0].node.id).toBe(qatar);

    const taken = await env.gql(
      `mutation ($id: ID!) { addAlias(actor: $id, alias: "Israel") { name } }`,
      { id: qatar },
      KEY,
    );
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(taken.errors?.[0]?.message).toMatch(/mergeActors/);

    const unsc = await actorId(env, 'UN Security Council');
    const renamed = await env.gql(
      `mutation ($id: ID!) { renameActor(actor: $id, name: "United Nations Security Council") { id name aliases } }`,
      { id: unsc },
      KEY,
    );
    expect(renamed.data.renameActor).toMatchObject({ id: unsc, name: 'United Nations Security Council' });
    expect(renamed.data.renameActor.aliases).toContain('UN Security Council');
  });

  it('mergeActors moves edges, names and aliases to the survivor and deletes the duplicate', async () => {
    const qatar = await actorId(env, 'Qatar');
    const ministry = await actorId(env, 'Qatari Foreign Ministry');
    const before = await env.gql(
      `query ($id: ID!) { actor(id: $id) { members { edges { node { actor { name } role } } } articles { totalCount } } }`,
      { id: ministry },
    );
    expect(nodes(before.data.actor.members).map((m: any) => m.actor.name)).toContain('Majed al-Ansari');

    const merged = await env.gql(
      `mutation ($s: ID!, $d: ID!) { mergeActors(survivor: $s, duplicate: $d) { id name aliases mentionCount
        members { edges { node { actor { name } role } } } } }`,
      { s: qatar, d: ministry },
      KEY,
    );
    expect(merged.errors).toBeUndefined();
    const survivor = merged.data.mergeActors;
    expect(survivor).toMatchObject({ id: qatar, name: 'Qatar', mentionCount: 2 });
    expect(survivor.aliases).toContain('Qatari Foreign Ministry');
    expect(nodes(survivor.members)).toContainEqual({ actor: { name: 'Majed al-Ansari' }, role: 'spokesman' });
    expect((await env.gql(`query ($id: ID!) { actor(id: $id) { name } }`, { id: ministry })).data.actor).toBeNull();

    // The duplicate's names now lead to the survivor, for search and for the next ingestion.
    const search = await env.gql(`{ actors(search: "Qatari Foreign Ministry", first: 1) { edges { node { id } } } }`);
    expect(search.data.actors.edges[0].node.id).toBe(qatar);
    const self = await env.gql(
      `mutation ($s: ID!) { mergeActors(survivor: $s, duplicate: $s) { id } }`,
      { s: qatar },
      KEY,
    );
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('deleteArticle removes what only that article supported', () => {
  it('leaves the graph as if the article had never been ingested', async () => {
    const env = await TestEnv.start({ EVENTGRAPH_API_KEYS: 'test-key' });
    try {
      // Ingest everything but the Gaza fixture, take the fingerprint, then add the fixture and delete it.
      const others = [EXAMPLES, join(FIXTURES, 'sudan-talks-jeddah.txt'), join(FIXTURES, 'yemen-oman-mediation.json')];
      await env.app.ingest.ingestStream(readSources(others));
      const without = await env.fingerprint();
      await env.app.ingest.ingestStream(readSources([GAZA]));
      const withIt = await env.fingerprint();
      expect(withIt.nodes).toBeGreaterThan(without.nodes);

      const title = readFileSync(GAZA, 'utf8').split('\n')[2];
      const { data } = await env.gql(
        `query ($s: String) { articles(filter: { search: $s }, first: 1) { edges { node { id title } } } }`,
        { s: title },
      );
      expect(data.articles.edges[0].node.title).toBe(title);
      const res = await env.gql(
        `mutation ($id: ID!) { deleteArticle(id: $id) { deletedId removedEvents removedActors } }`,
        { id: data.articles.edges[0].node.id },
        KEY,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.deleteArticle.removedEvents).toBeGreaterThan(0);
      expect(res.data.deleteArticle.removedActors).toBeGreaterThan(0);
      expect(await env.fingerprint()).toEqual(without);

      const again = await env.gql(
        `mutation ($id: ID!) { deleteArticle(id: $id) { deletedId } }`,
        { id: data.articles.edges[0].node.id },
        KEY,
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await env.stop();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_COUNT_HEADER } from '../../src/api/plugins/query-count.js';
import { startWithFixtureGraph } from './fixture-graph.js';
import { TestEnv } from './support.js';

/** actors → statements → evidence → article → actors, and more relationship fields on the way. */
const NESTED = `query ($n: Int!) { actors(first: $n) { edges { node { name
  affiliations { edges { node { actor { name } } } }
  statements(first: 5) { edges { node { text speaker { name } via { name }
    evidence { article { title topics { name } actors { edges { node { name } } } } } } } }
  meetings(first: 5) { edges { node { place { name } participants { name } evidence { sentence } } } }
  mediations(first: 5) { edges { node { mediators { name } parties { name } } } } } } } }`;

describe('performance guards: round trips, depth, cost', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startWithFixtureGraph();
  });
  afterAll(() => env?.stop());

  it('a nested query costs at most one database query per relationship field for 10, 20 and 40 actors', async () => {
    const counts: number[] = [];
    for (const n of [10, 20, 40]) {
      const { body, headers } = await env.gqlWithHeaders(NESTED, { n });
      expect(body.errors).toBeUndefined();
      expect(body.data.actors.edges.length).toBe(n);
      counts.push(Number(headers.get(QUERY_COUNT_HEADER)));
    }
    // About one query per relationship field (the query has 20), whatever the number of results: an
    // N+1 pattern would send 40 or more at 40 actors. Which fields the first n actors reach, and how
    // loaders' batches fall into ticks, moves the count by one or two, so it is bounded, not compared.
    expect(counts[0]).toBeGreaterThan(10);
    for (const count of counts) expect(count).toBeLessThanOrEqual(20);
  });

  it('refuses a query deeper than the limit before running it', async () => {
    const path = [
      'actors(first: 1)',
      'edges',
      'node',
      'statements',
      'edges',
      'node',
      'evidence',
      'article',
      'actors',
      'edges',
      'node',
      'statements',
      'edges',
      'node',
      'speaker',
    ];
    const deep = `{ ${path.join(' { ')} { name }${' }'.repeat(path.length - 1)} }`;
    const { body, headers } = await env.gqlWithHeaders(deep);
    expect(body.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(body.errors?.[0]?.message).toMatch(/nested deeper than 15 levels/);
    expect(headers.get(QUERY_COUNT_HEADER)).toBe('0');
  });

  it('refuses a query whose page sizes multiply past the cost limit', async () => {
    const costly = `{ actors(first: 100) { edges { node { statements(first: 100) { edges { node {
      text speaker { name aliases } via { name } evidence { sentence text } } } } } } } }`;
    const { body } = await env.gqlWithHeaders(costly);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(body.errors?.[0]?.message).toMatch(/cost \d+ is above the limit/);
  });
});

describe('keyed reads and production mode', () => {
  it('with keyed reads on, every request needs a key', async () => {
    const env = await TestEnv.start({ EVENTGRAPH_API_KEYS: 'k1', EVENTGRAPH_KEYED_READS: 'true' });
    try {
      const anonymous = await env.gql(`{ stats { articles } }`);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.status).toBe(401);
      const keyed = await env.gql(`{ stats { articles } }`, {}, { 'x-api-key': 'k1' });
      expect(keyed.data.stats.articles).toBe(0);
    } finally {
      await env.stop();
    }
  });

  it('in production with no keys configured, writes are closed', async () => {
    const env = await TestEnv.start({ NODE_ENV: 'production', EVENTGRAPH_API_KEYS: '' });
    try {
      const res = await env.gql(
        `mutation { ingestArticle(input: { title: "T", body: "Qatar said talks will resume." }) { created } }`,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await env.fingerprint()).nodes).toBe(0);
    } finally {
      await env.stop();
    }
  });
});

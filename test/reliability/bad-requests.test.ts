import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/parse/sources.js';
import { EXAMPLES, TestEnv } from '../integration/support.js';

const KEY = 'k1';
const INGEST = 'mutation ($i: ArticleInput!) { ingestArticle(input: $i) { created } }';

interface BadRequest {
  name: string;
  body: string;
  headers?: Record<string, string>;
  status: number;
  code: string;
}

const json = (query: string, variables: object = {}) => JSON.stringify({ query, variables });
const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');
const fragmentChain = (n: number) =>
  `{ ...F0 }\n${repeat(n, (i) => `fragment F${i} on Query { ...F${i + 1} }`)}\nfragment F${n} on Query { __typename }`;
const TOO_DEEP = `{ actors(first: 1) { edges { node { statements { edges { node { evidence { article {
  actors { edges { node { name } } } } } } } } } } } }`;

/** What a careless or hostile client sends; each must get its own 4xx and leave the graph alone. */
const CATALOGUE: BadRequest[] = [
  { name: 'malformed JSON', body: '{"query": ', status: 400, code: 'BAD_REQUEST' },
  { name: 'no query', body: JSON.stringify({ foo: 1 }), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a body above the size limit',
    body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(60_000) }),
    status: 413,
    code: 'REQUEST_TOO_LARGE',
  },
  {
    name: 'a query above the length limit',
    body: json(`{ ${repeat(3000, () => '__typename')} }`),
    status: 413,
    code: 'REQUEST_TOO_LARGE',
  },
  { name: 'a syntax error', body: json('{ actors( }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', body: json('{ nope }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a variable of the wrong type (title: 123)',
    body: json(INGEST, { i: { title: 123, body: 'x' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an unknown input field',
    body: json(INGEST, { i: { text: 'x', bogus: 1 } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a bad date in a variable',
    body: json(INGEST, { i: { text: 'x', publishedAt: '2023-13-45' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a bad date in the query',
    body: json('mutation { ingestArticle(input: { text: "x", publishedAt: "2023-13-45" }) { created } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'an empty article', body: json(INGEST, { i: { text: '  \n ' } }), status: 400, code: 'BAD_ARTICLE' },
  {
    name: 'an article above the size limit',
    body: json(INGEST, { i: { title: 'Long', body: 'Qatar said talks will resume. '.repeat(1_000) } }),
    status: 413,
    code: 'ARTICLE_TOO_LARGE',
  },
  {
    name: 'a page above the limit',
    body: json('{ actors(first: 5000) { totalCount } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'a query nested too deep', body: json(TOO_DEEP), status: 400, code: 'QUERY_TOO_DEEP' },
  {
    name: 'too many aliases',
    body: json(`{ ${repeat(100, (i) => `a${i}: stats { articles }`)} }`),
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: 'aliases of a costly traversal',
    body: json(
      `{ ${repeat(20, (i) => `a${i}: connection(from: "QWN0b3I6YQ", to: "QWN0b3I6Yg", maxHops: 6) { length }`)} }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  { name: 'a long chain of fragments', body: json(fragmentChain(40)), status: 400, code: 'FRAGMENTS_TOO_DEEP' },
  {
    name: 'a mutation without a key',
    body: json(INGEST, { i: { text: 'x' } }),
    headers: { 'x-api-key': '' },
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a forged bookmarks header',
    body: json('{ stats { articles } }'),
    headers: { 'x-eventgraph-bookmarks': 'not-ours' },
    status: 400,
    code: 'BAD_REQUEST',
  },
];

const LIMITS = {
  EVENTGRAPH_API_KEYS: KEY,
  EVENTGRAPH_MAX_BODY_BYTES: '50000',
  EVENTGRAPH_MAX_QUERY_CHARS: '20000',
  EVENTGRAPH_MAX_DEPTH: '10',
  EVENTGRAPH_MAX_ARTICLE_CHARS: '10000',
};

describe.each(['development', 'production'])('the bad-request catalogue (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.start({ ...LIMITS, NODE_ENV: mode });
    await env.app.ingest.ingestStream(readSources([join(EXAMPLES, 'truce-moscow.txt')]));
  });
  afterAll(() => env?.stop());

  it.each(CATALOGUE)('$name: a specific 4xx, JSON, graph unchanged', async (bad) => {
    const before = await env.fingerprint();
    const response = await fetch(env.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEY, ...bad.headers },
      body: bad.body,
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect({ status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({
      status: bad.status,
      code: bad.code,
    });
    expect(body.errors?.[0]?.message).not.toMatch(/internal server error/i);
    expect(await env.fingerprint()).toEqual(before);
  });

  it('lets a full batch of 500 articles past the cost limit, each refused or stored on its own', async () => {
    const before = await env.fingerprint();
    const inputs = Array.from({ length: 500 }, () => ({ text: ' ' }));
    const response = await env.gql(
      'mutation ($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { rejected results { status code } } }',
      { inputs },
      { 'x-api-key': KEY },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.ingestArticles.rejected).toBe(500);
    expect(response.data.ingestArticles.results[0]).toEqual({ status: 'REFUSED', code: 'BAD_ARTICLE' });
    expect(await env.fingerprint()).toEqual(before);
  });
});

describe('hostile requests under keyed reads and in production', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.start({
      NODE_ENV: 'production',
      EVENTGRAPH_API_KEYS: KEY,
      EVENTGRAPH_KEYED_READS: 'true',
      EVENTGRAPH_CORS_ORIGINS: 'https://workbench.example.org',
      // Limits raised so that the parser and validation, not the length check, meet the chain.
      EVENTGRAPH_MAX_QUERY_CHARS: '2000000',
      EVENTGRAPH_MAX_TOKENS: '1000000',
      EVENTGRAPH_MUTATIONS_PER_MINUTE: '2',
    });
  });
  afterAll(() => env?.stop());

  it('refuses a request without a key before reading its body', async () => {
    const response = await env.gql(fragmentChain(20_000), {}, { 'x-api-key': 'wrong' });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a 1 MB chain of 20,000 fragments with FRAGMENTS_TOO_DEEP, not a stack overflow', async () => {
    const response = await env.gql(fragmentChain(20_000), {}, { 'x-api-key': KEY });
    expect(response.status).toBe(400);
    expect(response.errors?.map((e) => e.extensions?.code)).toContain('FRAGMENTS_TOO_DEEP');
  });

  it('hides the schema: no introspection, no "Did you mean"', async () => {
    const introspection = await env.gql('{ __schema { types { name } } }', {}, { 'x-api-key': KEY });
    expect(introspection.status).toBe(400);
    const typo = await env.gql('{ stat { articles } }', {}, { 'x-api-key': KEY });
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('allows only the configured origin', async () => {
    const preflight = async (origin: string) =>
      fetch(env.api.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key' },
      });
    expect((await preflight('https://workbench.example.org')).headers.get('access-control-allow-origin')).toBe(
      'https://workbench.example.org',
    );
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits mutations per key with 429 and Retry-After', async () => {
    const rename = 'mutation { renameActor(actor: "QWN0b3I6bm9ib2R5", name: "X") { name } }';
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await env.gql(rename, {}, { 'x-api-key': KEY })).status);
    expect(statuses).toEqual([404, 404, 429]);
  });
});

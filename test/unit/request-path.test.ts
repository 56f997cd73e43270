import { createRequire } from 'node:module';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CostCache, estimateCost } from '../../src/api/limits/cost.js';
import { LookaheadCache, type CompiledLookahead } from '../../src/api/lookahead/cache.js';
import { planActorLookahead } from '../../src/api/lookahead/plan.js';
import { RequestLoader, whenLoaded } from '../../src/api/request-loader.js';
import type { ActorLookaheadSpec } from '../../src/graph/actor/lookahead/spec.js';
import { loadTypeDefs } from '../../src/api/schema.js';
import { toPlain } from '../../src/graph/convert.js';

// The copy of graphql the server's libraries load in Node (its CommonJS entry): vitest would give the test another.
const { buildASTSchema, execute, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const document = parse(`query Page($id: ID!, $first: Int, $hops: Int) {
  actor(id: $id) { statements(first: $first) { edges { node { text } } } counterparts(hops: $hops) { count } }
}`);
const operation = document.definitions[0] as OperationDefinitionNode;

describe('the cost estimate, cached per document and the variables it reads', () => {
  it('gives the estimate of a fresh walk, whatever was cached before', () => {
    const cache = new CostCache();
    const cases = [
      { id: 'QWN0b3I6YQ', first: 20, hops: 1 },
      { id: 'QWN0b3I6Yg', first: 20, hops: 1 },
      { id: 'QWN0b3I6Yg', first: 50, hops: 1 },
      { id: 'QWN0b3I6Yg', first: 50, hops: 2 },
      { id: 'QWN0b3I6YQ', first: 20, hops: 1 },
    ];
    const costs = cases.map((variables) => cache.cost(schema, document, operation, variables, 'Page'));
    expect(costs).toEqual(cases.map((variables) => estimateCost(schema, document, variables, 'Page')));
    expect(new Set(costs).size).toBe(3);
  });

  it('walks a document again only for variables that can change its cost', () => {
    const cache = new CostCache();
    let walks = 0;
    const counting = new Proxy(schema, {
      get(target, property, receiver) {
        if (property === 'getQueryType') walks++;
        return Reflect.get(target, property, receiver);
      },
    });
    for (const id of ['a', 'b', 'c']) cache.cost(counting, document, operation, { id, first: 20, hops: 1 }, 'Page');
    const afterIds = walks;
    cache.cost(counting, document, operation, { id: 'a', first: 21, hops: 1 }, 'Page');
    expect(afterIds).toBeGreaterThan(0);
    expect(walks).toBeGreaterThan(afterIds);
    const afterFirst = walks;
    cache.cost(counting, document, operation, { id: 'z', first: 21, hops: 1 }, 'Page');
    expect(walks).toBe(afterFirst);
  });
});

describe('rows from the driver as plain values', () => {
  it('converts integers, dates, nodes and nested maps, and passes plain values through', () => {
    const row = {
      n: neo4j.int(42),
      plain: 7,
      day: new neo4j.types.Date(2023, 5, 4),
      at: new neo4j.types.DateTime(2023, 5, 4, 10, 0, 0, 0, 0),
      list: [neo4j.int(1), 'two', null, { deep: neo4j.int(3) }],
      node: new neo4j.types.Node(neo4j.int(1), ['Actor'], { key: 'qatar', count: neo4j.int(5) }),
      missing: undefined,
    };
    expect(toPlain(row)).toEqual({
      n: 42,
      plain: 7,
      day: '2023-05-04',
      at: '2023-05-04T10:00:00.000Z',
      list: [1, 'two', null, { deep: 3 }],
      node: { key: 'qatar', count: 5 },
      missing: null,
    });
  });

  it('converts the decoded lists and maps in place instead of copying them', () => {
    const inner = { n: neo4j.int(3), text: 'x' };
    const list = [inner, neo4j.int(2)];
    const row = { list };
    expect(toPlain(row)).toBe(row);
    expect(row.list).toBe(list);
    expect(list[0]).toBe(inner);
    expect(row).toEqual({ list: [{ n: 3, text: 'x' }, 2] });
  });
});

describe('rows a look-ahead read are answered without a promise', () => {
  const loaderOf = (batches: string[][]) =>
    new RequestLoader(
      new DataLoader<string, string>(async (keys) => {
        batches.push([...keys]);
        return keys.map((k) => k.toUpperCase());
      }),
      (key: string) => key,
    );

  it('answers a primed key at once, and batches the others', async () => {
    const batches: string[][] = [];
    const loader = loaderOf(batches);
    loader.prime('a', 'primed a');
    expect(loader.load('a')).toBe('primed a');
    const pending = [loader.load('b'), loader.load('c')];
    expect(pending.every((p) => p instanceof Promise)).toBe(true);
    expect(await Promise.all(pending)).toEqual(['B', 'C']);
    expect(batches).toEqual([['b', 'c']]);
  });

  it('forgets a primed key when cleared (after a write), and loads it again', async () => {
    const batches: string[][] = [];
    const loader = loaderOf(batches);
    loader.prime('a', 'primed a');
    loader.clear('a');
    expect(await loader.load('a')).toBe('A');
    expect(batches).toEqual([['a']]);
  });

  it('continues a value at hand at once and a pending one when it arrives', async () => {
    expect(whenLoaded(2, (n) => n + 1)).toBe(3);
    const later = whenLoaded(Promise.resolve(2), (n) => n + 1);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(3);
  });
});

describe('the actor look-ahead reads the evidence properties selected on evidence', () => {
  function planOf(query: string): ActorLookaheadSpec | null {
    let spec: ActorLookaheadSpec | null = null;
    const rootValue = {
      actor: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        spec = planActorLookahead(info, 'k', 100);
        return null;
      },
    };
    execute({ schema, document: parse(query), rootValue });
    return spec;
  }

  it("leaves the span out when the statement's text is selected but no evidence span is", () => {
    const spec = planOf(`{ actor(id: "x") { statements { edges { node { text evidence { article { title } } } } } } }`);
    expect(spec?.statementFields).toContain('text');
    expect(spec?.evidenceFields).toEqual([]);
    expect(spec?.articleFields).toEqual(['title']);
  });

  it("reads only the place properties selected on a meeting's place", () => {
    const spec = planOf(`{ actor(id: "x") { meetings { edges { node { place { name } } } } } }`);
    expect(spec?.meetingFields).toContain('place');
    expect(spec?.placeFields).toEqual(['name']);
  });

  it("reads the span when an evidence's sentence or words are selected", () => {
    const spec = planOf(`{ actor(id: "x") { meetings { edges { node { evidence { text } } } } } }`);
    expect(spec?.evidenceFields).toEqual(expect.arrayContaining(['sentenceIndex', 'start', 'end']));
  });
});

describe('actor look-aheads are planned once per selection and variables', () => {
  const page = parse(`query Page($id: ID!, $first: Int) {
    actor(id: $id) { statements(first: $first) { edges { node { text } } } }
  }`);
  function compiledFor(cache: LookaheadCache, variableValues: Record<string, unknown>): CompiledLookahead | null {
    let compiled: CompiledLookahead | null = null;
    const rootValue = {
      actor: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        compiled = cache.compile(info, 100);
        return null;
      },
    };
    execute({ schema, document: page, rootValue, variableValues });
    return compiled;
  }

  it('reuses the plan for another actor, and plans again for another page size', () => {
    const cache = new LookaheadCache();
    const a = compiledFor(cache, { id: 'QWN0b3I6YQ', first: 5 });
    const b = compiledFor(cache, { id: 'QWN0b3I6Yg', first: 5 });
    const c = compiledFor(cache, { id: 'QWN0b3I6Yg', first: 6 });
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(c?.plan.statements[0]?.page.limit).toBe(7);
  });
});

import { createRequire } from 'node:module';
import type { OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CostCache, estimateCost } from '../../src/api/limits/cost.js';
import { loadTypeDefs } from '../../src/api/schema.js';
import { toPlain } from '../../src/graph/convert.js';

// The copy of graphql the server's libraries load in Node (its CommonJS entry): vitest would give the test another.
const { buildASTSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
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

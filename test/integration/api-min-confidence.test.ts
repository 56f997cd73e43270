import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodes, startWithFixtureGraph } from './fixture-graph.js';
import type { TestEnv } from './support.js';

/** `minConfidence` keeps exactly the statements, mediations and meetings given at least that confidence. */
describe('minConfidence on the statement, mediation and meeting lists', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startWithFixtureGraph();
  });
  afterAll(() => env?.stop());

  for (const list of ['statements', 'mediations', 'meetings'] as const) {
    const filterType = { statements: 'StatementFilter', mediations: 'MediationFilter', meetings: 'MeetingFilter' }[
      list
    ];
    const query = `query ($filter: ${filterType}) {
      ${list}(filter: $filter, first: 100) { totalCount edges { node { id confidence } } } }`;

    it(`${list}: only items at or above the threshold, and all of them`, async () => {
      const all = nodes((await env.gql(query, {})).data[list]) as Array<{ id: string; confidence: number }>;
      expect(all.length).toBeGreaterThan(0);
      const levels = [...new Set(all.map((x) => x.confidence))].sort((a, b) => a - b);
      for (const min of [levels[0]!, levels[levels.length - 1]!, levels[levels.length - 1]! + 0.01]) {
        const got = (await env.gql(query, { filter: { minConfidence: min } })).data[list];
        const expected = all.filter((x) => x.confidence >= min).map((x) => x.id);
        expect(got.totalCount).toBe(expected.length);
        expect(nodes(got).map((x: { id: string }) => x.id)).toEqual(expected);
      }
    });
  }
});

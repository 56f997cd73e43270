import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/paths.js';
import { actorId, startWithFixtureGraph } from './fixture-graph.js';
import type { TestEnv } from './support.js';

/** Every operation in the README's graphql blocks, so the examples a new user pastes first keep working. */
function readmeOperations(): string[] {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((block) =>
    block
      .split(/\n(?=query )/)
      .map((op) => op.trim())
      .filter((op) => op.startsWith('query')),
  );
}

describe('README example operations', () => {
  let env: TestEnv;
  let variables: Record<string, string>;
  beforeAll(async () => {
    env = await startWithFixtureGraph();
    variables = { qatar: await actorId(env, 'Qatar'), ethiopia: await actorId(env, 'Ethiopia') };
  });
  afterAll(() => env?.stop());

  const operations = readmeOperations();
  it('has at least the three operations a new user pastes first', () => {
    expect(operations.length).toBeGreaterThanOrEqual(3);
  });

  it.each(operations.map((op) => [op.split(/[({]/)[0]!.trim(), op]))(
    '%s runs without errors and returns data',
    async (_, op) => {
      const used = Object.fromEntries(Object.entries(variables).filter(([name]) => op.includes(`$${name}`)));
      const response = await env.gql(op, used);
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data ?? {}).every((value) => value !== null)).toBe(true);
    },
  );
});

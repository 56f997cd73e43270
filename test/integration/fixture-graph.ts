import { readSources } from '../../src/parse/sources.js';
import { recordedExtractor } from './recorded-extractor.js';
import { EXAMPLES, FIXTURES, TestEnv } from './support.js';

/**
 * The fixture graph: examples/ and test/integration/fixtures/ (articles the project wrote), ingested
 * through the real path (parse → extractor → graph) with the recorded extraction.
 */
export async function startWithFixtureGraph(env: Record<string, string> = {}): Promise<TestEnv> {
  const testEnv = await TestEnv.start(env, recordedExtractor());
  const summary = await testEnv.app.ingest.ingestStream(readSources([EXAMPLES, FIXTURES]));
  if (summary.skipped.length) throw new Error(`fixture articles skipped: ${JSON.stringify(summary.skipped)}`);
  return testEnv;
}

/** Global id of the actor whose name is exactly `name` (found through search). */
export async function actorId(env: TestEnv, name: string): Promise<string> {
  const { data } = await env.gql(
    `query ($s: String!) { actors(search: $s, first: 20) { edges { node { id name } } } }`,
    { s: name },
  );
  const hit = data?.actors.edges.find((e: { node: { name: string } }) => e.node.name === name);
  if (!hit) throw new Error(`no actor named ${name}`);
  return hit.node.id;
}

export function nodes<T = any>(connection: { edges: { node: T }[] }): T[] {
  return connection.edges.map((e) => e.node);
}

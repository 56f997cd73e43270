import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../src/config.js';

/** A driver of the benchmark's own, for the things the app's Executor does not do (auto-commit batches, counts). */
export function openDriver(config: Neo4jConfig, maxConnectionPoolSize = 100): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    maxConnectionPoolSize,
    disableLosslessIntegers: true,
  });
}

export function sessionOf(driver: Driver, config: Neo4jConfig) {
  return driver.session(config.database ? { database: config.database } : {});
}

/**
 * Deletes every node and relationship (constraints and indexes stay): relationships first, then
 * nodes, in batches of 10,000, so that a hub with many relationships never makes one huge
 * transaction (the server caps transaction memory).
 */
export async function emptyDatabase(driver: Driver, config: Neo4jConfig): Promise<void> {
  const session = sessionOf(driver, config);
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  articles: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export async function countGraph(driver: Driver, config: Neo4jConfig): Promise<GraphCounts> {
  const session = sessionOf(driver, config);
  try {
    const labels = await session.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
    const types = await session.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
    const byLabel = Object.fromEntries(labels.records.map((r) => [r.get('label') as string, r.get('n') as number]));
    const byType = Object.fromEntries(types.records.map((r) => [r.get('type') as string, r.get('n') as number]));
    const [nodes] = (await session.run('MATCH (n) RETURN count(n) AS n')).records.map((r) => r.get('n') as number);
    return {
      nodes: nodes ?? 0,
      relationships: Object.values(byType).reduce((s, n) => s + n, 0),
      articles: byLabel.Article ?? 0,
      byLabel,
      byType,
    };
  } finally {
    await session.close();
  }
}

/** Neo4j's version and memory settings, for the report. */
export async function neo4jFacts(
  driver: Driver,
  config: Neo4jConfig,
): Promise<{ version: string; edition: string; heap: string; pagecache: string }> {
  const session = sessionOf(driver, config);
  try {
    const [component] = (
      await session.run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition')
    ).records;
    let heap = '?';
    let pagecache = '?';
    try {
      const settings = await session.run(
        "SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.heap.max_size', 'server.memory.pagecache.size'] RETURN name, value",
      );
      for (const r of settings.records) {
        const value = r.get('value') as string | null;
        if (r.get('name') === 'server.memory.heap.max_size') heap = value ?? '?';
        else pagecache = value ?? '?';
      }
      if (heap === '?') {
        // not set as a setting (an embedded server): the JVM's own maximum
        const jmx = await session.run(
          "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max",
        );
        const max = Number(jmx.records[0]?.get('max'));
        if (max > 0) heap = `${Math.round(max / 2 ** 20)}MiB`;
      }
    } catch {
      // SHOW SETTINGS and JMX need privileges some servers do not give; the figures are then unknown
    }
    return {
      version: String(component?.get('version') ?? '?'),
      edition: String(component?.get('edition') ?? '?'),
      heap,
      pagecache,
    };
  } finally {
    await session.close();
  }
}

import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';

export type BoltProbe =
  | { state: 'up'; version: string }
  | { state: 'unauthorized'; reason: string }
  | { state: 'down'; reason: string };

const AUTH_CODES = ['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit'];

/** One connection attempt to config.uri with the configured credentials. */
export async function probeBolt(config: Neo4jConfig): Promise<BoltProbe> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 1,
  });
  try {
    const info = await driver.getServerInfo();
    return { state: 'up', version: (info.agent ?? 'Neo4j').replace(/^Neo4j\//, '') };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return typeof code === 'string' && AUTH_CODES.includes(code)
      ? { state: 'unauthorized', reason }
      : { state: 'down', reason };
  } finally {
    await driver.close();
  }
}

export interface WaitOptions {
  timeoutMs: number;
  /** Called between attempts; a returned string aborts the wait with that reason. */
  check?: () => string | undefined | Promise<string | undefined>;
  intervalMs?: number;
}

/** Polls until Bolt accepts the credentials; resolves with the last probe (not 'up' on abort or timeout). */
export async function waitForBolt(
  config: Neo4jConfig,
  options: WaitOptions,
): Promise<BoltProbe | { state: 'aborted'; reason: string }> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const abort = await options.check?.();
    if (abort !== undefined) return { state: 'aborted', reason: abort };
    const probe = await probeBolt(config);
    if (probe.state === 'up' || Date.now() >= deadline) return probe;
    await sleep(options.intervalMs ?? 1_000);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

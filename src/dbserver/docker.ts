import { spawn, spawnSync } from 'node:child_process';
import type { Neo4jConfig } from '../config.js';
import { paths } from './paths.js';

/** True when a Docker engine answers `docker info` within a few seconds. */
export function dockerEngineAnswers(): boolean {
  const run = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 5_000 });
  return !run.error && run.status === 0;
}

/** Ports and password for docker-compose.yml come from the config, through its ${...} variables. */
function composeEnv(config: Neo4jConfig): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_PASSWORD: config.password,
    NEO4J_BOLT_PORT: String(config.boltPort),
    NEO4J_HTTP_PORT: String(config.httpPort),
  };
}

export interface ComposeResult {
  ok: boolean;
  output: string;
}

export function compose(config: Neo4jConfig, args: string[], timeoutMs = 600_000): Promise<ComposeResult> {
  return new Promise((resolve) => {
    const child = spawn('docker', ['compose', '-f', paths.composeFile, ...args], {
      cwd: paths.root,
      env: composeEnv(config),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, output: output.trim() });
    });
  });
}

/** True when the compose service neo4j has a running container. */
export async function composeServiceRunning(config: Neo4jConfig): Promise<boolean> {
  const result = await compose(config, ['ps', '--status', 'running', '-q', 'neo4j'], 30_000);
  return result.ok && result.output !== '';
}

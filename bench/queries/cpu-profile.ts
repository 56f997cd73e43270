import { Session } from 'node:inspector/promises';

/** Where a process spent its CPU during a window: by package or project folder, and by function. */
export interface CpuSummary {
  seconds: number;
  /** Share of the window the process was busy (not idle), 0..1. */
  busy: number;
  /** Busy time by area ("@apollo/server", "neo4j-driver-bolt-connection", "src/api", "GC"), share of busy time. */
  areas: { area: string; share: number }[];
  /** The functions with the most self time, share of busy time. */
  functions: { name: string; share: number }[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** Starts and stops the V8 sampling profiler of this process. */
export class CpuProfiler {
  private readonly session = new Session();

  constructor() {
    this.session.connect();
  }

  async start(): Promise<void> {
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: 500 });
    await this.session.post('Profiler.start');
  }

  async stop(): Promise<CpuSummary> {
    const { profile } = (await this.session.post('Profiler.stop')) as unknown as { profile: Profile };
    return summarize(profile);
  }
}

export function summarize(profile: Profile): CpuSummary {
  const seconds = (profile.endTime - profile.startTime) / 1e6;
  const total = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let idle = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += hits;
      continue;
    }
    const area = areaOf(functionName, url);
    areas.set(area, (areas.get(area) ?? 0) + hits);
    const name = `${functionName || '(anonymous)'} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + hits);
  }
  const busyHits = total - idle || 1;
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort(([, a], [, b]) => b - a)
      .slice(0, n)
      .map(([k, v]) => ({ k, share: v / busyHits }));
  return {
    seconds,
    busy: (total - idle) / total,
    areas: top(areas, 8).map(({ k, share }) => ({ area: k, share })),
    functions: top(functions, 8).map(({ k, share }) => ({ name: k, share })),
  };
}

function areaOf(functionName: string, url: string): string {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)' || !url) return 'V8 and native';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'Node core (http, streams, net)';
  const src = /\/(src|bench)\/([^/]+)\//.exec(url);
  if (src) return `${src[1]}/${src[2]}`;
  return shortUrl(url);
}

function shortUrl(url: string): string {
  if (!url) return '';
  const pkg = /node_modules\/(.*)$/.exec(url);
  if (pkg) return pkg[1]!;
  const project = /\/((?:src|bench)\/.*)$/.exec(url);
  if (project) return project[1]!;
  return url.replace(/^file:\/\//, '');
}

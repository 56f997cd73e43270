/** The command line of `npm run bench`. */
export const STAGES = ['extraction', 'ingestion', 'queries'] as const;
export type Stage = (typeof STAGES)[number];

export interface BenchOptions {
  /** Articles for the extraction stage. */
  extractionSize: number;
  /** Articles ingested; the queries run on the graph they make. */
  ingestionSize: number;
  stages: Set<Stage>;
  /** Where the markdown report goes. */
  out: string;
  /** Smoke run: every stage once, tiny load, no sweep beyond one point. */
  smoke: boolean;
  seed: number;
  /** Seconds of load per operation, way and concurrency. */
  duration: number;
  connections: number[];
  /** Folder for generated corpora (default: the system temp folder). */
  corpusDir: string | null;
  /** With `--only queries`, what loads the corpus when the graph does not hold it. */
  load: 'ours' | 'floor';
  /** Batch sizes of ours and the floor, given instead of swept (the sweep costs ~9 ingestions of 3,000 articles at 100k). */
  batchSizes: { ours: number; floor: number } | null;
}

export const USAGE = `usage: npm run bench -- [options]

  --size N              articles for every stage: 200, 1k, 10k, 100k (default: 10k extraction, 100k ingestion and queries)
  --extraction-size N   articles for the extraction stage only
  --ingestion-size N    articles ingested (the queries run on that graph)
  --only LIST           stages to run, comma-separated: extraction,ingestion,queries (default: all)
  --out FILE            markdown report (default: docs/benchmarks.md)
  --duration S          seconds of load per operation, way and concurrency (default: 10; 1 with --smoke)
  --connections LIST    concurrent clients (default: 1,8,32)
  --seed N              corpus seed (default: 1)
  --corpus-dir DIR      where generated corpora are kept (default: the system temp folder)
  --load ours|floor     with --only queries: what loads the corpus when the graph lacks it (default: ours)
  --batch-sizes O,F     ingestion batch sizes of ours and the floor (one stream), instead of the sweep
  --smoke               tiny, fast run of every stage that exits non-zero on any failure

The benchmark EMPTIES the Neo4j database it connects to (NEO4J_URI, or the local one) before loading its corpus.`;

/** A bad command line: printed with the usage, not as a crash. */
export class OptionError extends Error {}

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(text.trim());
  if (!match) throw new OptionError(`not a size: "${text}" (use e.g. 200, 1k, 10k, 100k)`);
  const factor = match[2]?.toLowerCase() === 'k' ? 1_000 : match[2]?.toLowerCase() === 'm' ? 1_000_000 : 1;
  const value = Math.round(Number(match[1]) * factor);
  if (value < 10) throw new OptionError(`size ${value} is too small: at least 10 articles`);
  return value;
}

export function formatSize(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

function parseBatchSizes(text: string): { ours: number; floor: number } {
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.length !== 2 || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new OptionError(`--batch-sizes takes two whole numbers, ours and the floor's: "${text}"`);
  return { ours: sizes[0]!, floor: sizes[1]! };
}

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const options: BenchOptions = {
    extractionSize: 10_000,
    ingestionSize: 100_000,
    stages: new Set(STAGES),
    out: 'docs/benchmarks.md',
    smoke: false,
    seed: 1,
    duration: 10,
    connections: [1, 8, 32],
    corpusDir: null,
    load: 'ours',
    batchSizes: null,
  };
  let duration: number | null = null;
  const rest = [...argv];
  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined || v.startsWith('--')) throw new OptionError(`${flag} needs a value`);
    return v;
  };
  while (rest.length) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, null];
    if (inline !== null) rest.unshift(inline);
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--size': {
        const n = parseSize(value(flag));
        options.extractionSize = n;
        options.ingestionSize = n;
        break;
      }
      case '--extraction-size':
        options.extractionSize = parseSize(value(flag));
        break;
      case '--ingestion-size':
        options.ingestionSize = parseSize(value(flag));
        break;
      case '--only': {
        const names = value(flag)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const name of names)
          if (!(STAGES as readonly string[]).includes(name)) throw new OptionError(`unknown stage "${name}"`);
        options.stages = new Set(names as Stage[]);
        break;
      }
      case '--out':
        options.out = value(flag);
        break;
      case '--duration':
        duration = Number(value(flag));
        if (!(duration > 0)) throw new OptionError('--duration must be a positive number of seconds');
        break;
      case '--connections':
        options.connections = value(flag).split(',').map(Number);
        if (options.connections.some((c) => !Number.isInteger(c) || c < 1))
          throw new OptionError('--connections must be whole numbers');
        break;
      case '--seed':
        options.seed = Number(value(flag));
        if (!Number.isInteger(options.seed)) throw new OptionError('--seed must be a whole number');
        break;
      case '--corpus-dir':
        options.corpusDir = value(flag);
        break;
      case '--load': {
        const how = value(flag);
        if (how !== 'ours' && how !== 'floor') throw new OptionError('--load must be ours or floor');
        options.load = how;
        break;
      }
      case '--batch-sizes':
        options.batchSizes = parseBatchSizes(value(flag));
        break;
      case '--smoke':
        options.smoke = true;
        break;
      default:
        throw new OptionError(`unknown option "${arg}"`);
    }
  }
  options.duration = duration ?? (options.smoke ? 1 : 10);
  return options;
}

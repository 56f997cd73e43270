import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import type { ExtractedArticle } from '../../domain/article.js';
import { BadArticleError } from '../../domain/errors.js';
import { printNote, printResult } from '../output.js';
import type { ArticleOverrides } from '../../domain/source.js';
import { isUrl } from '../../parse/fetch.js';
import { fetchConfigWith } from '../fetch-options.js';

export interface ExtractOptions {
  out?: string;
  publishedAt?: string;
  explain?: boolean;
  quiet?: boolean;
  concurrency?: string;
}

/** Output file name for an input: NAME.json from NAME.txt/NAME.json, the article id for stdin. */
function outName(origin: string, id: string): string {
  if (origin === '-' || isUrl(origin)) return `${id}.json`;
  return `${basename(origin, extname(origin))}.json`;
}

/** Extracts every article under `paths`; returns the number of inputs that failed. */
export async function runExtract(
  paths: string[],
  opts: ExtractOptions,
  log: (s: string) => void = printResult,
): Promise<number> {
  // Loaded when the command runs, so that --help and --version stay instant.
  const { createRuleExtractor, toContractJson } = await import('../../extract/index.js');
  const { readSources } = await import('../../parse/index.js');
  const { extractRaw } = await import('../../pipeline/extraction.js');
  const extractor = createRuleExtractor();
  const overrides: ArticleOverrides = {};
  if (opts.publishedAt) overrides.publishedAt = opts.publishedAt;
  if (opts.out) await mkdir(opts.out, { recursive: true });
  let failed = 0;
  for await (const item of readSources(paths, overrides, { fetch: fetchConfigWith(opts.concurrency) })) {
    if ('error' in item) {
      printNote(`skipped ${item.error.message}`);
      failed++;
      continue;
    }
    let result: ExtractedArticle;
    try {
      result = await extractRaw(extractor, item);
    } catch (e) {
      if (e instanceof BadArticleError) {
        printNote(`skipped ${e.message}`);
        failed++;
        continue;
      }
      throw e;
    }
    if (opts.out) {
      const file = join(opts.out, outName(item.origin, result.article.id));
      await writeFile(file, `${JSON.stringify(toContractJson(result), null, 2)}\n`);
      if (!opts.quiet && !opts.explain) log(`${item.origin} → ${file}`);
    }
    if (opts.explain) log(explain(item.origin, result));
    if (!opts.quiet) for (const w of result.article.warnings ?? []) console.error(`warning ${item.origin}: ${w}`);
  }
  return failed;
}

/** Each item with the sentence that produced it. */
export function explain(origin: string, x: ExtractedArticle): string {
  const s = (i: number): string => x.article.sentences[i]?.text ?? '';
  const by = (item: { rule?: string }): string => (item.rule ? `  {${item.rule}}` : '');
  const lines: string[] = [
    `# ${origin}`,
    `title: ${x.article.title}`,
    `dateline: ${x.article.dateline}  source: ${x.article.source}  publishedAt: ${x.article.publishedAt}  keywords: ${x.article.keywords.join(', ')}`,
    ...(x.article.warnings ?? []).map((w) => `warning: ${w}`),
  ];
  lines.push('actors:');
  for (const a of x.actors) {
    const aff = a.affiliations.map((f) => `${f.role ?? 'member'} of ${f.actor}`).join('; ');
    lines.push(
      `  ${a.kind.padEnd(12)} ${a.name}${a.aliases.length ? ` (${a.aliases.join(' | ')})` : ''}${aff ? ` — ${aff}` : ''}${by(a)}`,
    );
    if (a.mentions[0]) lines.push(`      ⟵ ${s(a.mentions[0].sentenceIndex)}`);
  }
  lines.push('statements:');
  for (const st of x.statements) {
    lines.push(
      `  [${st.speaker}]${st.direct ? ' (direct)' : ''} ${st.date ?? ''}${st.via ? ` via ${st.via}` : ''}: ${st.text}${by(st)}`,
    );
    lines.push(`      ⟵ ${s(st.evidence.sentenceIndex)}`);
  }
  lines.push('mediations:');
  for (const m of x.mediations) {
    lines.push(`  ${m.mediators.join(', ')} between ${m.parties.join(', ')} on ${m.subject ?? '?'}${by(m)}`);
    for (const e of m.evidence) lines.push(`      ⟵ ${s(e.sentenceIndex)}`);
  }
  lines.push('meetings:');
  for (const m of x.meetings) {
    lines.push(
      `  ${m.kind} ${m.status} at ${m.location ?? '?'} on ${m.date ?? '?'}: ${m.participants.join(', ')}${by(m)}`,
    );
    for (const e of m.evidence) lines.push(`      ⟵ ${s(e.sentenceIndex)}`);
  }
  return lines.join('\n');
}

/** `eventgraph extract PATH... --out DIR [--published-at DATE] [--explain]` */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'extract actors, statements, mediations and meetings from articles into contract JSON files (no database)',
    )
    .argument(
      '<paths...>',
      'article files (.txt, .json, .html), folders, http(s) URLs of pages or feeds, files of URLs or GDELT exports, or - for stdin',
    )
    .option('-o, --out <dir>', 'folder for one NAME.json per article')
    .option('--published-at <date>', 'publication date (YYYY-MM-DD) for every input, overriding sidecars')
    .option('--explain', 'print each extracted item with the sentence that produced it')
    .option('--concurrency <n>', 'pages fetched at once from URL lists and feeds')
    .action(async (paths: string[], opts: ExtractOptions) => {
      if (!opts.out && !opts.explain) {
        printNote('eventgraph: extract needs --out DIR, --explain, or both (see: eventgraph extract --help)');
        process.exitCode = 2;
        return;
      }
      const failed = await runExtract(paths, opts);
      if (failed > 0) process.exitCode = 1;
    });
}

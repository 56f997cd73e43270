import type { ExtractedStatement } from '../../domain/article.js';
import type { SentenceAnalysis } from '../actors/mentions.js';
import type { ArticleContext } from '../context.js';
import { isClauseCue, isCue } from './cue.js';
import { type CueInput, type DiscourseState, type Draft, newDiscourse, type StatementRule } from './draft.js';
import { finish } from './finish.js';
import { ANY_CUE_RULES, CLAUSE_CUE_RULES, SENTENCE_RULES } from './rules/index.js';

/**
 * Finds who said what, in stages: cue (a reporting verb) → source and content (the first named rule
 * that applies to the cue) → resolution (pronouns and references, through the discourse state) → finish.
 */
export function detectStatements(ctx: ArticleContext): ExtractedStatement[] {
  const state = newDiscourse();
  const drafts: Draft[] = [];
  for (const an of ctx.analyses) {
    if (drafts.length > 0) state.lastSentence = drafts[drafts.length - 1]!.sentence;
    readSentence(ctx, an, state, drafts);
  }
  return finish(ctx, drafts);
}

function readSentence(ctx: ArticleContext, an: SentenceAnalysis, state: DiscourseState, drafts: Draft[]): void {
  const { tokens } = an;
  const found: Draft[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (!isCue(tokens, v)) continue;
    const input: CueInput = { ctx, an, v, state, found };
    const rules = isClauseCue(tokens, v) ? [...ANY_CUE_RULES, ...CLAUSE_CUE_RULES] : ANY_CUE_RULES;
    const applied = firstApplying(rules, input);
    if (!applied) continue;
    for (const d of applied.drafts) {
      found.push(d);
      state.lastSpeaker = d.speaker;
    }
    if (applied.resumeAt === undefined) break;
    v = applied.resumeAt - 1;
  }
  const according = tokens.findIndex((t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to');
  if (according >= 0)
    found.push(...(firstApplying(SENTENCE_RULES, { ctx, an, v: according, state, found })?.drafts ?? []));
  drafts.push(...found);
}

function firstApplying(
  rules: readonly StatementRule[],
  input: CueInput,
): { drafts: Draft[]; resumeAt?: number } | undefined {
  for (const rule of rules) {
    const result = rule.match(input);
    if (result) return { ...result, drafts: result.drafts.map((d) => ({ ...d, rule: rule.name })) };
  }
  return undefined;
}

import type { ExtractedMediation, ExtractedStatement } from '../../domain/article.js';
import type { SentenceAnalysis } from '../actors/mentions.js';
import type { ArticleContext } from '../context.js';
import { cueKinds } from './cue.js';
import type { CueInput, DiscourseState, Draft, RuleResult, StatementRule } from './draft.js';
import { newDiscourse } from './draft.js';
import { finish, MIN_STATEMENT_WORDS, wordCount } from './finish.js';
import { quoteAround } from './quotes.js';
import { CUE_RULES, SENTENCE_RULES } from './rules/index.js';
import { clauseThenSubjectCue } from './rules/clause-then-subject-cue.js';

/**
 * Finds who said what, in stages: cue (a reporting verb) → source and content (the first named rule
 * that applies to the cue) → resolution (pronouns and references, through the discourse state) → finish.
 */
export function detectStatements(
  ctx: ArticleContext,
  mediations: readonly ExtractedMediation[] = [],
): ExtractedStatement[] {
  const state = newDiscourse(mediations);
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
  // after the sentence's first statement only continuations (", adding that…") are read
  let spoken = false;
  // "A discussed the plan with B, and the two ministers stressed “…”, the ministry said": a reporting tail that
  // closes the sentence reports all before it, whatever cues stand inside
  // the cue kinds of each word outside a quote (a reporting verb inside a quote is the speaker's own word)
  const cues = tokens.map((t, k) => {
    const kinds = cueKinds(tokens, k);
    return kinds.size === 0 || quoteAround(ctx.quotes, t.start) ? NO_CUE : kinds;
  });
  const tail = reportingTail(ctx, an, state, found, cues);
  if (tail) {
    found.push(tail);
    state.lastSpeaker = tail.speaker;
    spoken = true;
  }
  for (let v = tail ? tail.verb.i + 1 : 0; v < tokens.length; v++) {
    const kinds = cues[v]!;
    if (kinds.size === 0) continue;
    const rules = CUE_RULES.filter((r) => kinds.has(r.cue) && (!spoken || r.cue === 'continuation'));
    const applied = firstApplying(rules, { ctx, an, v, state, found });
    // "calling it “delusional”, but said …": words too few to be a statement leave the sentence's cues open
    if (!applied?.drafts.some((d) => wordsIn(ctx, d) >= MIN_STATEMENT_WORDS)) continue;
    for (const d of applied.drafts) {
      endBefore(found, d, tokens);
      const previous = found[found.length - 1];
      // (a continuation that reads the very words of the statement it goes on adds nothing)
      const same = previous && previous.textStart === d.textStart && previous.textEnd === d.textEnd;
      if (applied.continuesPrevious && previous) {
        if (!same) (previous.more ??= []).push([d.textStart, d.textEnd]);
      } else found.push(d);
      state.lastSpeaker = d.speaker;
    }
    if (applied.resumeAt === undefined) spoken = true;
    else v = applied.resumeAt - 1;
  }
  if (found.length === 0) {
    const according = tokens.findIndex((t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to');
    const input: CueInput = { ctx, an, v: Math.max(0, according), state, found };
    const applied = firstApplying(
      SENTENCE_RULES.filter((r) => r.cue !== 'according' || according >= 0),
      input,
    );
    const previous = drafts[drafts.length - 1];
    if (applied?.continuesPrevious && previous) {
      for (const d of applied.drafts) (previous.more ??= []).push([d.textStart, d.textEnd]);
    } else found.push(...(applied?.drafts ?? []));
    // "…, according to a joint statement. … the statement said": who spoke last
    const last = found.at(-1);
    if (last) state.lastSpeaker = last.speaker;
  }
  drafts.push(...found);
}

/** The cue of a closing reporting tail (", the Egyptian Foreign Ministry said."), read by its rule, if any. */
function reportingTail(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  state: DiscourseState,
  found: Draft[],
  cues: readonly ReadonlySet<string>[],
): Draft | undefined {
  const { tokens } = an;
  const last = cues.findLastIndex((kinds) => kinds.has('clause'));
  if (last < 0) return undefined;
  // only a tail that ends the sentence, past a few words of where and when ("…, the ministry said on Monday."), after a
  // comma (", the ministry said"): no words said follow it
  const after = tokens.slice(last + 1).filter((t) => t.word);
  if (after.length > TAIL_WORDS || after.some((t) => t.lower === 'that')) return undefined;
  if (
    after.length > 0 &&
    !/^(in|on|at|late|early|earlier|later|via|through|during|after|citing|according)$/.test(after[0]!.lower)
  )
    return undefined;
  const comma = tokens.findLastIndex((t, k) => k < last && t.text === ',');
  const subject = tokens.slice(comma + 1, last);
  if (comma < 0 || subject.some((t) => !t.word && !/^(['’]s|[”"’])$/.test(t.text))) return undefined;
  // ("Xi said …, Chinese state media reported": an outlet's tail carries the words of the one who said them)
  if (subject.some((t) => /^(media|agency|news|television|tv|radio|newspaper|broadcaster|daily)$/.test(t.lower)))
    return undefined;
  const earlier = cues.some((kinds, k) => k < last && kinds.size > 0);
  if (!earlier) return undefined;
  const applied = firstApplying([clauseThenSubjectCue], { ctx, an, v: last, state, found });
  const draft = applied?.drafts[0];
  if (!draft || draft.speaker.kind === 'MEDIA') return undefined;
  return wordsIn(ctx, draft) >= MIN_STATEMENT_WORDS ? draft : undefined;
}

/** How many words may follow a closing tail's verb ("said in a statement on Monday"). */
const TAIL_WORDS = 6;

const NO_CUE: ReadonlySet<string> = new Set();

/** The words of a draft, with the parts it goes on with ("The talks, he said, would resume"). */
const wordsIn = (ctx: ArticleContext, d: Draft): number =>
  [[d.textStart, d.textEnd], ...(d.more ?? [])]
    .map(([a, b]) => wordCount(ctx.article.body.slice(a, b)))
    .reduce((x, y) => x + y, 0);

/** A statement never runs into the cue of the next one (or of its own continuation) in its sentence (", adding that…"). */
function endBefore(found: Draft[], next: Draft, tokens: SentenceAnalysis['tokens']): void {
  const joint = tokens[next.verb.i - 1];
  const cut = joint?.text === ',' || joint?.lower === 'and' ? joint.start : next.verb.start;
  for (const d of found) if (d.textStart < cut && d.textEnd > cut) d.textEnd = cut;
}

function firstApplying(
  rules: readonly StatementRule[],
  input: CueInput,
): (Omit<RuleResult, 'drafts'> & { drafts: Draft[] }) | undefined {
  for (const rule of rules) {
    const result = rule.match(input);
    if (result) return { ...result, drafts: result.drafts.map((d) => ({ ...d, rule: rule.name })) };
  }
  return undefined;
}

import type { ExtractedStatement } from '../../domain/article.js';
import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import type { ActorGroup } from '../actors/resolve.js';
import { ORG_REFERENCES } from '../actors/words.js';
import { type ArticleContext, resolveReference } from '../context.js';
import { findDates } from '../dates.js';
import { lexicon } from '../lexicon/index.js';
import type { Token } from '../tokens.js';

const PRONOUNS_PERSON = new Set(['he', 'she']);
/** Finite verbs and clause words: after an inverted "…, said X" there is none. */
const FINITE =
  /^(is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|that|began|begun|took|made|gave|went|came|saw|held|met|left|kept|won|lost|sent|led|brought|thought|found|became|got|rose|fell|broke|spoke|wrote|chose|grew|knew|meant|paid|sold|stood|understood|remains|wants|needs|says)$/;
/** Sentence of the latest statement (for pronoun resolution). */
let lastSentence = -1;
const PRONOUNS_ORG = new Set(['it', 'they']);

interface Draft {
  speaker: ActorGroup;
  via: ActorGroup | null;
  textStart: number;
  textEnd: number;
  direct: boolean;
  sentence: number;
  verb: Token;
  confidence: number;
}

/** Finds who said what: direct quotes and reported speech around reporting verbs. */
export function detectStatements(ctx: ArticleContext): ExtractedStatement[] {
  const lex = lexicon();
  const body = ctx.article.body;
  const drafts: Draft[] = [];
  let lastSpeaker: ActorGroup | undefined;
  lastSentence = -1;

  for (const an of ctx.analyses) {
    const { tokens } = an;
    if (drafts.length > 0) lastSentence = drafts[drafts.length - 1]!.sentence;
    for (let v = 0; v < tokens.length; v++) {
      const verb = tokens[v]!;
      if (!verb.word || !lex.reporting.has(verb.lower)) continue;
      if (verb.cap) continue;
      const ing = verb.lower.endsWith('ing');
      if (ing && !['saying', 'stating'].includes(verb.lower)) continue;
      if (verb.lower === 'said' && tokens[v - 1]?.lower === 'the') continue;
      if (/^(is|are|was|were|been|being)$/.test(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'to') continue;
      const next = tokens[v + 1];
      // "X quoted Y as saying (that) ...": Y is the speaker, X the outlet
      if (/^quot(e|es|ed)$/.test(verb.lower)) {
        const as = tokens.findIndex((t, k) => k > v && (t.lower === 'saying' || t.lower === 'as'));
        if (as > v) {
          const say = tokens[as]!.lower === 'as' ? as + 1 : as;
          const quoted = speakerIn(ctx, an, v + 1, as, lastSpeaker);
          const outletMention = an.mentions.find((m) => m.t1 <= v && ctx.index.group(m)?.kind === 'MEDIA');
          const outlet = (outletMention && ctx.index.group(outletMention)) ?? speakerIn(ctx, an, 0, v, lastSpeaker);
          const start = contentStart(tokens, say + 1);
          const quoteBefore =
            start === null
              ? ctx.quotes.find(
                  (q) =>
                    q.end <= verb.start &&
                    q.end >= an.sentence.start - 1 &&
                    (body.slice(q.end, verb.start).match(/\w+/g) ?? []).length <= 4,
                )
              : undefined;
          if (quoteBefore) {
            const speaker = quoted ?? outlet;
            if (speaker) {
              drafts.push({
                speaker,
                via: outlet && outlet !== speaker && outlet.kind === 'MEDIA' ? outlet : null,
                textStart: quoteBefore.innerStart,
                textEnd: quoteBefore.innerEnd,
                direct: true,
                sentence: an.sentence.index,
                verb,
                confidence: 0.7,
              });
              lastSpeaker = speaker;
            }
          } else if (start !== null) {
            const speaker = quoted && !isAnonymousOnly(quoted) ? quoted : outlet;
            if (speaker) {
              drafts.push(
                draft(
                  ctx,
                  speaker,
                  outlet && outlet !== speaker && outlet.kind === 'MEDIA' ? outlet : null,
                  start,
                  an,
                  verb,
                  0.7,
                ),
              );
              lastSpeaker = speaker;
            }
          }
          break;
        }
      }
      if (ing && !['as', 'sources', 'source'].includes(tokens[v - 1]?.lower ?? '')) {
        // "…, stating, “…”" continues the previous statement
        continue;
      }
      if (
        lex.clauseOnly.has(verb.lower) &&
        !(next && (next.lower === 'that' || next.text === ':' || /^[“"]$/.test(next.text)))
      )
        continue;
      // "state media", "the report", "a claim": a noun, not a verb
      if (
        /^(state|states|report|reports|claim|claims|statement|word|comment)$/.test(verb.lower) &&
        !(next && (next.lower === 'that' || next.text === ':'))
      )
        continue;
      // "the report was", "member states were": a noun before its verb
      if (next && /^(is|are|was|were|has|have|had)$/.test(next.lower)) continue;

      // Case A: the verb follows a closing quote: “…,” said X / “…,” X said
      const quoteBefore = quoteEndingBefore(ctx, body, verb.start, tokens[Math.max(0, v - 20)]!.start);
      if (quoteBefore) {
        const afterQuote = tokens.findIndex((t) => t.start >= quoteBefore.end);
        // '"…" including X, it said': the subject follows the last comma; the words before it continue the quote's clause
        const lastComma = afterQuote >= 0 ? lastIndexBefore(tokens, v, ',') : -1;
        const tail = lastComma > afterQuote ? tokens.slice(afterQuote, lastComma).filter((t) => t.word).length : 0;
        let speaker = afterQuote >= 0 && afterQuote < v ? speakerIn(ctx, an, afterQuote, v, lastSpeaker) : undefined;
        const fromTail = !speaker && tail >= 2;
        if (fromTail) speaker = speakerIn(ctx, an, lastComma + 1, v, lastSpeaker);
        let via: ActorGroup | null = null;
        // "“…,” a source told AFP": the one told is not the speaker
        if (!speaker && !/^(told|tell|tells|telling)$/.test(verb.lower)) {
          speaker = speakerIn(ctx, an, v + 1, tokens.length, lastSpeaker);
          via = mediaIn(ctx, an, v + 1, tokens.length, speaker);
        }
        if (speaker) {
          // 'The TPLF has agreed to an "orderly … disarmament," he said': the quote ends a clause that began before it
          const lead = body.slice(an.sentence.start, quoteBefore.start);
          const clauseAt = Math.max(
            0,
            ...[...lead.matchAll(/[.!?:;“"]\s*(?=\p{Lu})/gu)].map((x) => x.index! + x[0].length),
          );
          const embedded = (lead.slice(clauseAt).match(/\p{L}+/gu) ?? []).length >= 3;
          const textStart = embedded ? an.sentence.start + clauseAt : quoteBefore.innerStart;
          const textEnd = embedded && fromTail ? tokens[lastComma]!.start : quoteBefore.innerEnd;
          drafts.push({
            speaker,
            via,
            textStart,
            textEnd,
            direct: true,
            sentence: an.sentence.index,
            verb,
            confidence: 0.85,
          });
          lastSpeaker = speaker;
          break;
        }
      }
      // Case B: "CLAUSE, declared/said X." / "CLAUSE, X said." at the end of the sentence
      const rest = tokens.slice(v + 1).filter((t) => t.word);
      const comma = lastIndexBefore(tokens, v, ',');
      if (comma > 2 && !/^(while|whereas|but|and)$/.test(tokens[comma + 1]?.lower ?? '')) {
        const subj = speakerIn(ctx, an, comma + 1, v, lastSpeaker);
        if (
          subj &&
          tokens.slice(comma + 1, v).filter((t) => t.word).length <= 8 &&
          (rest.length <= 5 ||
            tokens[v + 1]?.text === ',' ||
            (tokens.slice(v + 1).every((t) => (t.word ? !/^(that)$/.test(t.lower) : true)) && rest.length <= 6))
        ) {
          if (!tokens.slice(comma + 1, v).some((t) => t.lower === 'that' || t.lower === 'which' || t.lower === 'who')) {
            const start = sentenceContentStart(tokens, 0);
            drafts.push({
              speaker: subj,
              via: mediaIn(ctx, an, 0, tokens.length, subj),
              textStart: start,
              textEnd: tokens[comma]!.start,
              direct: false,
              sentence: an.sentence.index,
              verb,
              confidence: 0.7,
            });
            lastSpeaker = subj;
            break;
          }
        }
        // "…, said X" / "…, declared the leader of Y, Z": X follows; "…, said the group wanted…" is a new clause
        const finite = rest.some((t) => FINITE.test(t.lower) || (/[a-z]ed$/.test(t.text) && !t.cap));
        const nearSubject =
          !finite ||
          an.mentions.some(
            (m) =>
              m.t0 > v &&
              m.t0 <= v + 3 &&
              m.kind !== 'PLACE' &&
              !/^['’]s$/.test(tokens[m.t1]?.text ?? '') &&
              (tokens[m.t1]?.text === ',' || tokens.slice(m.t1).filter((t) => t.word).length <= 3),
          );
        if (tokens[v - 1]?.text === ',' && rest.length <= 12 && nearSubject) {
          const end = tokens.length;
          const sp = speakerIn(ctx, an, v + 1, end, lastSpeaker);
          if (sp) {
            drafts.push({
              speaker: sp,
              via: mediaIn(ctx, an, v + 1, end, sp),
              textStart: sentenceContentStart(tokens, 0),
              textEnd: tokens[v - 1]!.start,
              direct: false,
              sentence: an.sentence.index,
              verb,
              confidence: 0.65,
            });
            lastSpeaker = sp;
            break;
          }
        }
      }
      // Case C: "X said (that|:) CONTENT" / "X told Y (that) CONTENT"
      const subjStart = subjectStart(tokens, v);
      const subj = speakerIn(ctx, an, subjStart, v, lastSpeaker);
      if (!subj) continue;
      let c = v + 1;
      if (/^(told|tell|tells|telling|informed|asked)$/.test(verb.lower)) {
        while (
          c < tokens.length &&
          tokens[c]!.lower !== 'that' &&
          tokens[c]!.text !== ':' &&
          !/^[“"]$/.test(tokens[c]!.text) &&
          c - v < 18
        )
          c++;
        if (c >= tokens.length || c - v >= 18) continue;
      }
      const start = contentStart(tokens, c);
      if (start === null) continue;
      const q = ctx.quotes.find((qq) => qq.start >= start - 1 && qq.start <= start + 1);
      const second = q
        ? -1
        : tokens.findIndex(
            (t, k) =>
              k > v + 3 &&
              t.start > start &&
              t.text === ',' &&
              /^(while|whereas|but)$/.test(tokens[k + 1]?.lower ?? '') &&
              tokens.slice(k + 2, k + 8).some((x) => lex.reporting.has(x.lower) && !x.cap),
          );
      const textEnd = q ? q.innerEnd : second > 0 ? tokens[second]!.start : an.sentence.end;
      drafts.push({
        speaker: subj,
        via: mediaIn(ctx, an, 0, tokens.length, subj),
        textStart: q ? q.innerStart : start,
        textEnd,
        direct: !!q,
        sentence: an.sentence.index,
        verb,
        confidence: 0.75,
      });
      lastSpeaker = subj;
      if (second > 0) {
        v = second + 1;
        continue;
      }
      break;
    }
    // "according to X": the rest of the sentence is X's
    const acc = an.tokens.findIndex((t, k) => t.lower === 'according' && an.tokens[k + 1]?.lower === 'to');
    if (acc >= 0 && !drafts.some((d) => d.sentence === an.sentence.index)) {
      const end = clauseEnd(an.tokens, acc + 2);
      const sp = speakerIn(ctx, an, acc + 2, end, lastSpeaker);
      if (sp) {
        const before = acc > 2;
        const after = an.tokens[end]?.text === ',' ? end + 1 : end;
        const textStart = before ? sentenceContentStart(an.tokens, 0) : (an.tokens[after]?.start ?? an.sentence.end);
        const textEnd = before
          ? an.tokens[acc - 1]!.text === ','
            ? an.tokens[acc - 1]!.start
            : an.tokens[acc]!.start
          : an.sentence.end;
        if (textEnd > textStart)
          drafts.push({
            speaker: sp,
            via: null,
            textStart,
            textEnd,
            direct: false,
            sentence: an.sentence.index,
            verb: an.tokens[acc]!,
            confidence: 0.6,
          });
      }
    }
  }
  return finish(ctx, drafts);
}

function draft(
  ctx: ArticleContext,
  speaker: ActorGroup,
  via: ActorGroup | null,
  start: number,
  an: SentenceAnalysis,
  verb: Token,
  confidence: number,
): Draft {
  const q = ctx.quotes.find((qq) => qq.start >= start - 1 && qq.start <= start + 1);
  return {
    speaker,
    via,
    textStart: q ? q.innerStart : start,
    textEnd: q ? q.innerEnd : an.sentence.end,
    direct: !!q,
    sentence: an.sentence.index,
    verb,
    confidence,
  };
}

function isAnonymousOnly(_g: ActorGroup): boolean {
  return false;
}

/** A quote closing shortly before the verb at `at` (only words of the speaker between): “…,” said X / “…,” X, who …, said. */
function quoteEndingBefore(
  ctx: ArticleContext,
  body: string,
  at: number,
  from: number,
): ArticleContext['quotes'][number] | undefined {
  for (const q of ctx.quotes) {
    if (q.end > at || q.end < from) continue;
    const between = body.slice(q.end, at);
    const extra = appositionChars(between);
    if (between.replace(/[\s,]/g, '').length > 40 + extra) continue;
    const trimmed = between.trim();
    if (/[.!?]\s*$/.test(trimmed || 'x') || trimmed.length >= 60 + extra) continue;
    if ((between.match(/\w+/g) ?? []).length > 10 + (extra ? 8 : 0)) continue;
    return q;
  }
  return undefined;
}

/** Extra room for an apposition between a quote and its verb ("…,” X, who chaired the meeting, told …"). */
function appositionChars(between: string): number {
  return /,\s*(who|which)\b[^,]*,\s*$/.test(between) ? 60 : 0;
}

function lastIndexBefore(tokens: Token[], v: number, text: string): number {
  for (let k = v - 1; k >= 0; k--) if (tokens[k]!.text === text) return k;
  return -1;
}

/** Where the subject of the verb at v starts: after the last clause break that is not an apposition. */
function subjectStart(tokens: Token[], v: number): number {
  let depth = 0;
  for (let k = v - 1; k >= 0; k--) {
    const t = tokens[k]!.text;
    if (t === ',') depth++;
    if (/^[.;:“”"]$/.test(t)) return k + 1;
    if (tokens[k]!.lower === 'that' && depth === 0) return k + 1;
    // "A said X, while B said Y"
    if (/^(while|whereas)$/.test(tokens[k]!.lower) && tokens[k - 1]?.text === ',') return k + 1;
  }
  return 0;
}

/** End of the "according to X" phrase: the first comma after X, past a short apposition ("X, one of the groups,"). */
function clauseEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !/^[.;:“”"]$/.test(tokens[k]!.text) && !(tokens[k]!.text === ',' && k - from >= 1)) k++;
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < tokens.length && j - k <= 7 && !/^[.;:,“”"]$/.test(tokens[j]!.text)) j++;
    const apposition =
      /^(one|a|an|which|who|whose|part|head|the)$/.test(tokens[k + 1]?.lower ?? '') &&
      tokens[j]?.text === ',' &&
      !tokens.slice(k + 1, j).some((t) => /^(is|are|was|were|has|have|had|will|would|said|says)$/.test(t.lower));
    if (apposition && tokens.length - j > 4) return j;
  }
  return k;
}

/** Start offset of reported content after a verb: skips "that", ":", adverbials like "on Monday,". */
function contentStart(tokens: Token[], c: number): number | null {
  let k = c;
  // "announced Wednesday afternoon in Pretoria that": skip up to a nearby "that"
  const that = tokens.findIndex((t, j) => j >= k && j < k + 10 && t.lower === 'that');
  if (that >= 0 && !tokens.slice(k, that).some((t) => /^[.;“"]$/.test(t.text))) k = that + 1;
  while (k < tokens.length && (tokens[k]!.text === ':' || tokens[k]!.text === ',')) k++;
  if (k >= tokens.length || tokens.length - k < 3) return null;
  if (/^(in|on|at|to|with|for|by)$/.test(tokens[k]!.lower) && that < 0 && !/^[“"]$/.test(tokens[k]!.text)) {
    // "said in a statement" without content
    const skip = tokens.findIndex((t, j) => j > k && (t.text === ',' || t.lower === 'that'));
    if (skip < 0) return null;
    k = skip + 1;
    if (tokens.length - k < 3) return null;
  }
  return tokens[k]!.start;
}

function sentenceContentStart(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !tokens[k]!.word) k++;
  return tokens[k]?.start ?? tokens[from]!.start;
}

function mediaIn(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
  speaker: ActorGroup | undefined,
): ActorGroup | null {
  for (const m of an.mentions) {
    const g = ctx.index.group(m);
    if (g && g.kind === 'MEDIA' && g !== speaker) return g;
  }
  void a;
  void b;
  return null;
}

/** The actor named between tokens a and b: a person, an organization/country, a reference, or an outlet. */
function speakerIn(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  a: number,
  b: number,
  last: ActorGroup | undefined,
): ActorGroup | undefined {
  if (b <= a) return undefined;
  const all = an.mentions.filter((m) => m.t0 >= a && m.t1 <= b && m.kind !== 'PLACE' && ctx.index.group(m));
  // "the Iran-aligned Houthi movement said": the head, not the modifier
  const inside = all.some((m) => !m.modifier) ? all.filter((m) => !m.modifier) : all;
  // a named actor beats one named by an adjective ("the Iran-aligned Houthi movement" → the Houthis)
  const pick = (kinds: string[]): Mention | undefined =>
    inside.find((m) => kinds.includes(ctx.index.group(m)!.kind) && m.via === 'name') ??
    (an.tokens.slice(a, b).some((t) => t.lower === 'sources')
      ? undefined
      : inside.find((m) => kinds.includes(ctx.index.group(m)!.kind)));
  const person = pick(['PERSON']);
  if (person) return ctx.index.group(person);
  const toks = an.tokens.slice(a, b);
  const covered = (k: number): boolean => inside.some((m) => k >= m.t0 && k < m.t1);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (covered(a + k)) continue;
    if (PRONOUNS_PERSON.has(t.lower) && k === 0) {
      if (last && last.kind === 'PERSON') return last;
      const person = resolveReference(ctx, t.lower, t.start, ['PERSON']);
      if (last && last.kind !== 'MEDIA' && lastSentence >= 0) {
        // "He highlighted…" right after a ministry's statement: the latest speaker, unless a person was named since
        const namedSince = person?.mentions.some((m) => m.sentence >= lastSentence && m.end <= t.start);
        if (!namedSince) return last;
      }
      return person;
    }
    if (PRONOUNS_ORG.has(t.lower) && k === 0) {
      if (
        last &&
        last.kind !== 'PERSON' &&
        (last.kind !== 'MEDIA' || (t.lower === 'it' && lastSentence >= an.sentence.index - 1))
      )
        return last;
      return resolveReference(ctx, t.lower, t.start, ['ORGANIZATION', 'COUNTRY']);
    }
    const spokes = /^(spokesman|spokeswoman|spokesperson|official|officials|source|sources|statement)$/.test(
      toks[k + 1]?.lower ?? '',
    );
    if (
      ORG_REFERENCES.has(t.lower) &&
      k > 0 &&
      (/^(the|its|their)$/.test(toks[k - 1]!.lower) || (/^(a|an)$/.test(toks[k - 1]!.lower) && spokes)) &&
      !inside.some((m) => m.t0 < a + k && ctx.index.group(m)!.kind !== 'MEDIA')
    ) {
      const kinds = /^(medium|outlet|newspaper|broadcaster|channel|network)$/.test(t.lower)
        ? ['MEDIA']
        : t.lower === 'agency'
          ? ['MEDIA', 'ORGANIZATION']
          : ['ORGANIZATION', 'COUNTRY'];
      const g = resolveReference(ctx, t.lower, t.start, kinds, /^(a|an)$/.test(toks[k - 1]!.lower));
      if (g) return g;
    }
  }
  // "North Korea's state news agency KCNA reported": the outlet heads the subject
  const head = inside[inside.length - 1];
  if (head && head.t1 === b && ctx.index.group(head)!.kind === 'MEDIA') return ctx.index.group(head);
  const org = pick(['ORGANIZATION', 'COUNTRY']);
  if (org) return ctx.index.group(org);
  const media = pick(['MEDIA']);
  if (media) return ctx.index.group(media);
  return undefined;
}

function clean(text: string): string {
  return text
    .trim()
    .replace(/^(that|:)\s+/i, '')
    .replace(/^[“”"'‘’\s]+|[“”"'‘’\s,;:]+$/g, '')
    .replace(/[.,;:\s]+$/, (m) => (m.includes('.') ? '.' : ''))
    .replace(/\.$/, '')
    .replace(/[“”"]/g, '')
    .trim();
}

function finish(ctx: ArticleContext, drafts: Draft[]): ExtractedStatement[] {
  const lex = lexicon();
  const body = ctx.article.body;
  const out: ExtractedStatement[] = [];
  let lastDate: string | null = ctx.article.publishedAt;
  let lastSentenceOf = -1;
  // content words of each statement in `out`, computed at most once and only when compared
  const outWords: Array<Set<string> | undefined> = [];
  for (const d of drafts) {
    const text = clean(body.slice(d.textStart, d.textEnd));
    if (text.split(/\s+/).length < 3) continue;
    let words: Set<string> | undefined;
    const repeats = (o: ExtractedStatement, k: number): boolean =>
      o.speaker === d.speaker.name &&
      overlap((outWords[k] ??= contentWords(o.text)), (words ??= contentWords(text))) >= 0.5;
    if (out.some(repeats)) continue;
    const sentence = ctx.article.sentences[d.sentence]!;
    const dates = findDates(sentence.text, ctx.article.publishedAt).filter((x) => !x.monthOnly);
    let date: string | null;
    if (dates.length > 0 && dates[0]!.start + sentence.start < d.textStart) date = dates[0]!.date;
    else if (lex.presentTense.has(d.verb.lower)) date = ctx.article.publishedAt;
    else if (d.sentence === lastSentenceOf) date = lastDate;
    else date = ctx.article.publishedAt;
    lastDate = date;
    lastSentenceOf = d.sentence;
    out.push({
      speaker: d.speaker.name,
      text,
      direct: d.direct,
      date,
      via: d.via?.name ?? (/\b(tweet|on X|on Twitter)\b/i.test(sentence.text) ? 'Twitter' : null),
      evidence: {
        sentenceIndex: d.sentence,
        start: Math.min(d.textStart, d.verb.start),
        end: Math.max(d.textEnd, d.verb.end),
      },
      confidence: d.confidence,
    });
    outWords.push(words);
  }
  return out;
}

const contentWords = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3),
  );

/** Dice overlap of two texts' content words (a repeated statement is one statement). */
function overlap(x: Set<string>, y: Set<string>): number {
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return x.size + y.size ? (2 * n) / (x.size + y.size) : 0;
}

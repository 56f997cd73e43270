import { contentStart } from '../content.js';
import type { StatementRule } from '../draft.js';
import { quoteOpeningAt } from '../quotes.js';
import type { ActorGroup } from '../../actors/resolve.js';
import { subjectStart } from '../content.js';
import { characterisingAt, withNamedAt, withSourcesAt } from '../cue.js';
import { actObject } from './act-object.js';
import type { CueInput } from '../draft.js';
import { leadsIn, outletIn, speakerIn } from '../source.js';
import { pastAddressee } from './subject-cue-content.js';
import { lexicon } from '../../lexicon/index.js';
import { PORTFOLIO_WORDS, TITLE_WORDS } from '../../actors/words.js';
import { STATEMENT_WORDS as W } from '../words.js';
import type { Token } from '../../tokens.js';

/**
 * "X said A, adding that B": a second statement of the same speaker. When the continuation quotes words
 * ("“A,” X said, noting that “B”"; "…, stating, “B”") the speaker's words go on: one statement.
 */
export const continuation: StatementRule = {
  name: 'continuation',
  cue: 'continuation',
  examples: [
    {
      text: 'Kenyan President William Ruto dismissed the remarks, writing on X that the offer was a trap.',
      expect: "William Ruto → 'the offer was a trap'",
    },
    {
      text: 'Eritrean minister Yemane Gebremeskel dismissed the remarks on X, saying Asmara would not be drawn into talks.',
      expect: "Yemane Gebremeskel → 'Asmara would not be drawn into talks'",
    },
    {
      text: 'The Sudanese army launched air strikes on the capital, saying the rebels had fired first.',
      expect: "Sudanese Armed Forces → 'the rebels had fired first'",
    },
    {
      text: 'Kenyan President William Ruto said the ceasefire would hold, adding that observers would arrive on Monday.',
      expect: "William Ruto → 'observers would arrive on Monday'",
    },
    {
      text: '“The door is open,” Kenyan President William Ruto said, adding that Nairobi would “fully back” the talks.',
      expect: "William Ruto → 'Nairobi would fully back the talks'",
    },
    {
      text: '“Talks must wait,” Kenyan President William Ruto said, though he added that the envoys were “welcome”.',
      expect: "William Ruto → 'the envoys were welcome'",
    },
    {
      text: 'Kenyan President William Ruto described Somalia as “a brotherly neighbour”, but stressed that Nairobi would defend its border.',
      expect: "William Ruto → 'Nairobi would defend its border'",
    },
    {
      text: '“We are ready,” the Qatari Foreign Ministry said, noting that both delegations had arrived in Doha.',
      expect: "Qatari Foreign Ministry → 'both delegations had arrived in Doha'",
    },
    {
      text: '“We will keep talking,” Kenyan President William Ruto told reporters, while stressing that the border was not up for negotiation.',
      expect: "William Ruto → 'the border was not up for negotiation'",
    },
    {
      text: 'Kenyan President William Ruto welcomed the meeting, calling it “a first step towards peace”.',
      expect: "William Ruto → 'a first step towards peace'",
    },
    {
      text: 'Kenyan Prime Minister William Ruto has rejected that demand, insisting that the border is a domestic matter.',
      expect: "William Ruto → 'the border is a domestic matter'",
    },
    {
      text: 'Kenyan President William Ruto called the talks “a turning point for the region”.',
      expect: "William Ruto → 'a turning point for the region'",
    },
    {
      text: 'Kenyan President William Ruto, on a visit to Addis Ababa, called the talks “historic and long overdue”.',
      expect: "William Ruto → 'historic and long overdue'",
    },
    {
      text: 'The United States won rights to a corridor, dubbed the “Trump Route for Peace”.',
    },
    {
      text: 'Turkish President Tayyip Erdogan received Ukrainian President Volodymyr Zelenskiy in Ankara and said Turkey was ready to host talks.',
      expect: "Tayyip Erdogan → 'Turkey was ready to host talks'",
    },
    {
      text: "Ethiopia's Minister of Water and Energy Habtamu Itefa struck a conciliatory tone, saying his government would share data.",
      expect: "Habtamu Itefa → 'his government would share data'",
    },
    {
      text: 'The Kremlin denied the accusation, with spokesman Dmitry Peskov telling reporters that Kyiv was to blame.',
      expect: "Dmitry Peskov → 'Kyiv was to blame'",
    },
    {
      text: 'The African Union tried to play down hopes for the round, with officials stressing it was too early for a deal.',
      expect: "African Union → 'it was too early for a deal'",
    },
  ],
  match({ ctx, an, v, state, found }) {
    const { tokens } = an;
    // "X tried to play down hopes, with officials stressing…": the unnamed officials speak for X
    // "…, calling it “a first step”", "X called the talks “…”": the quoted words are the statement
    const characterised = characterisingAt(tokens, v);
    // "X received Y … and said…": the clause's subject goes on speaking
    // ("X said A but warned that B": one statement, B going on from A; "She described Iran as “…”, but stressed
    // that B": B is the statement)
    const last = found[found.length - 1];
    if (tokens[v - 1]?.lower === 'but' && last && !last.direct) return undefined;
    const joined = tokens[v - 1]?.text === ',' || /^(and|but)$/.test(tokens[v - 1]?.lower ?? '');
    const joint = joined || characterised >= 0 ? v : withSourcesAt(tokens, v);
    // "…, with spokesman Dmitry Peskov telling reporters that…": the one the "with" phrase names speaks
    const withNamed = joint < 0 ? withNamedAt(tokens, v) : -1;
    const named = withNamed > 0 ? speakerIn(ctx, an, withNamed + 1, v, state, true) : undefined;
    const previous =
      (named ? { speaker: named, via: outletIn(ctx, an, named) } : undefined) ??
      found[found.length - 1] ??
      (joint > 0 ? actorOfClause(ctx, an, joint, state) : undefined);
    if (!previous) return undefined;
    const c = W.addresseeCues.has(tokens[v]!.lower) ? pastAddressee(tokens, v) : v + 1;
    if (c === null) return undefined;
    const start = characterised >= 0 ? tokens[characterised]!.start : contentStart(tokens, c);
    if (start === null) return undefined;
    const q = quoteOpeningAt(ctx.quotes, start);
    // "posting photographs of the freed soldiers": what one posts is words only after "that", ":" or a quote
    if (W.postingCues.has(tokens[v]!.lower) && !q && !clauseOpened(tokens, start)) return undefined;
    const end = q ? q.innerEnd : an.sentence.end;
    // quoted words go on the previous statement's quote, not on an act ("expressed “concern” … and said …")
    // (after a clause reported without quotes, "adding that the sultanate would “spare no effort”" is a clause of its
    // own)
    const quoted = (a: number, b: number) => ctx.article.body.slice(a, b).search(/[“"]/) >= 0;
    // ("“…,” he said, adding that the government would “actively support” it": after a quote, a clause with a few
    // words quoted is reported speech of its own)
    const afterQuote = 'direct' in previous && previous.direct && clauseOpened(tokens, start);
    const goesOnQuoting =
      !!q ||
      (quoted(start, end) &&
        !afterQuote &&
        ('textStart' in previous ? quoted(previous.textStart - 1, previous.textEnd + 1) : true));
    const quotesWords = goesOnQuoting && !('rule' in previous && previous.rule === actObject.name);
    return {
      continuesPrevious: quotesWords,
      drafts: [
        {
          speaker: previous.speaker,
          via: previous.via,
          textStart: q ? q.innerStart : start,
          textEnd: end,
          direct: !!q,
          sentence: an.sentence.index,
          verb: tokens[v]!,
          unnamed: 'unnamed' in previous ? previous.unnamed : false,
        },
      ],
    };
  },
};

/** A word of a title and its portfolio ("'s Minister of Water and Energy"). */
const isTitleWord = (t: Token): boolean =>
  /^(['’]s|of|for|and|the)$/.test(t.lower) || TITLE_WORDS.has(t.text) || PORTFOLIO_WORDS.has(t.text);

/** The token before `start` is "that" or ":" (what follows is a clause said, not a thing). */
function clauseOpened(tokens: Token[], start: number): boolean {
  const at = tokens.findIndex((t) => t.start >= start);
  return at > 0 && /^(that|:)$/.test(tokens[at - 1]!.lower);
}

/**
 * "The army launched strikes, saying the rebels had fired first": the subject of the clause before the
 * comma (the actors named from its start, or a pronoun) says it.
 */
function actorOfClause(
  ctx: CueInput['ctx'],
  an: CueInput['an'],
  v: number,
  state: CueInput['state'],
): { speaker: ActorGroup; via: ActorGroup | null } | undefined {
  // "X rejected that demand, insisting…": a "that" may be a determiner, so the sentence's own subject is tried too
  // ("The row erupted when Petro turned back two planes, writing on X that…": the subject of the clause the
  // participle hangs on)
  const subordinate = an.tokens.findLastIndex((t, k) => k < v && W.subordinators.has(t.lower));
  const speaker =
    subjectFrom(ctx, an, subjectStart(an.tokens, v - 1), v, state) ??
    subjectFrom(ctx, an, 0, v, state) ??
    (subordinate >= 0 ? subjectFrom(ctx, an, subordinate + 1, v, state) : undefined);
  // "X confirmed the agreement to the BBC and said…": the outlet of the clause carried it
  return speaker ? { speaker, via: outletIn(ctx, an, speaker) } : undefined;
}

/** The actor named first from token `start` (past lead-ins like "Ahead of the vote,"), before the cue at `v`. */
function subjectFrom(
  ctx: CueInput['ctx'],
  an: CueInput['an'],
  start: number,
  v: number,
  state: CueInput['state'],
): ActorGroup | undefined {
  const { tokens } = an;
  let from = start;
  for (let k = from; k < v - 1; k++) if (tokens[k]!.text === ',' && leadsIn(an, from)) from = k + 1;
  let end = from + 1;
  // the actors named from the start, a few title words apart at most ("Armenian Prime Minister Nikol Pashinyan",
  // "Eritrea's information minister Yemane Gebremeskel")
  // ("Ethiopia's Minister of Water and Energy Habtamu Itefa": more of them when all are a title's words)
  const titleGap = (a: number, b: number): boolean =>
    (b - a <= 4 || (b - a <= 8 && tokens.slice(a, b).every(isTitleWord))) &&
    tokens
      .slice(a, b)
      .every(
        (t) => /^['’]s$/.test(t.text) || (t.word && !lexicon().reporting.has(t.lower) && !W.finiteVerbs.has(t.lower)),
      );
  for (const m of an.mentions) if (m.t0 >= from && m.t1 > end && (m.t0 <= end + 2 || titleGap(end, m.t0))) end = m.t1;
  return speakerIn(ctx, an, from, Math.min(end, tokens[v - 1]?.text === ',' ? v - 1 : v), state);
}

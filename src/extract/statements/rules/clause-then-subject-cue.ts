import { lexicon } from '../../lexicon/index.js';
import { asideAfterTime, lastIndexBefore, sentenceContentStart, sourceAsideEnd, timeAsideAt } from '../content.js';
import { opensRelativeClause } from '../../clause.js';
import type { SentenceAnalysis } from '../../actors/mentions.js';
import type { StatementRule } from '../draft.js';
import { quoteEndingIn } from '../quotes.js';
import { isLeadIn, outletIn, speakerIn, unnamedSpeaker } from '../source.js';
import type { Token } from '../../tokens.js';
import { STATEMENT_WORDS as W } from '../words.js';

/** Words a clause cannot end on: its verb goes on past an attribution set inside it. */
const INCOMPLETE_ENDS = /^(would|will|could|should|can|may|might|must|not|had|has|have|is|are|was|were|to)$/;

/** "CLAUSE, X said." at the end of the sentence: the clause before the comma is X's. */
export const clauseThenSubjectCue: StatementRule = {
  name: 'clause-then-subject-cue',
  cue: 'clause',
  examples: [
    {
      text: 'Chad would not sit down with the rebels, Foreign Minister Omar Siddiq told the state broadcaster ONRTV after the meeting.',
      expect: "Omar Siddiq → 'Chad would not sit down with the rebels'",
    },
    {
      text: 'Talks planned in Nairobi for next month have been postponed, Kenyan government sources said Tuesday, dealing a blow to the mediation.',
      expect: "Kenya → 'Talks planned in Nairobi for next month have been postponed'",
    },
    {
      text: 'The talks will resume in Doha next week, the Qatari Foreign Ministry said.',
      expect: "Qatari Foreign Ministry → 'The talks will resume in Doha next week'",
    },
    {
      text: 'The envoys will meet on Friday, the head of the Kenyan president’s private office Jane Wambui said.',
      expect: "Jane Wambui → 'The envoys will meet on Friday'",
    },
    {
      text: 'The envoys will meet in Nairobi on Friday, Reuters reports citing officials.',
      expect: "Reuters → 'The envoys will meet in Nairobi on Friday'",
    },
    {
      text: 'The envoys will meet on Friday, the Kenyan Foreign Ministry, which facilitates the talks, said on Monday.',
      expect: "Kenyan Foreign Ministry → 'The envoys will meet on Friday'",
    },
    {
      text: 'The army will not attend the talks, the head of the ruling council, Abdel Fattah al-Burhan, said on Saturday.',
      expect: "Abdel Fattah al-Burhan → 'The army will not attend the talks'",
    },
    {
      text: "The two leaders will meet on Thursday, the island nation's prime minister, Ralph Gonsalves, announced on Sunday.",
      expect: "Ralph Gonsalves → 'The two leaders will meet on Thursday'",
    },
    {
      text: 'The army will not attend the talks in Geneva, Abdel Fattah al-Burhan said in a post on X on Saturday.',
      expect: "Abdel Fattah al-Burhan → 'The army will not attend the talks in Geneva'",
    },
    {
      text: 'Chad and Niger agreed on a border deal, the Chadian Foreign Ministry said Thursday, a major step toward peace.',
      expect: "Chadian Foreign Ministry → 'Chad and Niger agreed on a border deal'",
    },
    {
      text: 'Talks will resume in Lome on Sunday, Chad and Niger said in a joint statement on Thursday, after a round in Accra failed.',
      expect: "Chad → 'Talks will resume in Lome on Sunday'",
    },
    {
      text: 'Chad will not hold direct talks with Niger, Foreign Minister Omar Siddiq said on Wednesday, days before talks in Lome.',
      expect: "Omar Siddiq → 'Chad will not hold direct talks with Niger'",
    },
    {
      text: 'Chad and Niger agreed to reopen talks, Foreign Minister Omar Siddiq told reporters, days after clashes on the border.',
      expect: "Omar Siddiq → 'Chad and Niger agreed to reopen talks'",
    },
    {
      text: 'Chad and Niger have agreed to meet, President Omar Siddiq said Saturday after speaking by phone with both leaders.',
      expect: "Omar Siddiq → 'Chad and Niger have agreed to meet'",
    },
    {
      text: 'Chad and Niger agreed to an immediate ceasefire, President Omar Siddiq announced after hosting talks between the two sides.',
      expect: "Omar Siddiq → 'Chad and Niger agreed to an immediate ceasefire'",
    },
    {
      text: 'China hopes that Chad and Niger will settle their dispute through dialogue, Chinese Foreign Ministry spokesperson Guo Jiakun said Friday.',
      expect: "Guo Jiakun → 'China hopes that Chad and Niger will settle their dispute through dialogue'",
    },
    {
      text: 'Kenya will chair a committee on Sudan, the regional bloc IGAD said on Monday.',
      expect: "IGAD → 'Kenya will chair a committee on Sudan'",
    },
    {
      text: 'Chad and Niger agreed to extend the truce, the Chadian government said in a joint statement at the close of a fifth round of talks in Lome.',
      expect: "Chad → 'Chad and Niger agreed to extend the truce'",
    },
    {
      text: 'The minister met each delegation on Monday, the Kenyan Foreign Ministry said in a statement, adding that talks would go on.',
      expect: "Kenyan Foreign Ministry → 'The minister met each delegation on Monday'",
    },
    {
      text: 'In Nairobi, the envoys met for three hours, the Kenyan Foreign Ministry said.',
      expect: "Kenyan Foreign Ministry → 'In Nairobi, the envoys met for three hours'",
    },
    {
      text: 'At the end of the visit, the two leaders will sign a declaration, Isaac Mwaura told a news briefing on Monday.',
      expect: "Isaac Mwaura → 'At the end of the visit, the two leaders will sign a declaration'",
    },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    // "…, Norway's foreign ministry, which facilitates the talks, said": the subject is before its relative clause
    const apposed = titledNameBefore(an, v);
    const head = apposed?.head ?? relativeClauseBefore(tokens, v);
    const comma = apposed?.comma ?? lastIndexBefore(tokens, head, ',');
    if (comma <= 2 || W.clauseJoiners.has(tokens[comma + 1]?.lower ?? '')) return undefined;
    const subject = tokens.slice(comma + 1, head);
    // "…, days after X said he would…": the writer's time aside, whose speaker's words follow the cue
    if (timeAsideAt(tokens, comma + 1)) return undefined;
    // "…, the chief of the president's office Jane Wambui said": a long title is fine before a person named at the cue
    const personAtCue = an.mentions.some((m) => m.t1 === head && m.t0 > comma && m.kind === 'PERSON');
    const longest = personAtCue ? 16 : 8;
    if (subject.filter((t) => t.word).length > longest || subject.some((t) => W.relativeWords.has(t.lower)))
      return undefined;
    // "In a post on X, the leader posted: “…”": the words come after the cue
    if (/^[:“"]$/.test(tokens[v + 1]?.text ?? '') || /^[“"]$/.test(tokens[v + 2]?.text ?? '')) return undefined;
    const rest = tokens.slice(v + 1).filter((t) => t.word);
    const ends =
      rest.length <= 5 ||
      tokens[v + 1]?.text === ',' ||
      (rest.length <= 6 && !tokens.slice(v + 1).some((t) => t.word && t.lower === 'that')) ||
      adjunctsOnly(tokens, v + 1) ||
      audienceThenAdjuncts(tokens, v) ||
      asideAfterTime(tokens, v + 1) ||
      adjunctsThenAside(tokens, v + 1);
    if (!ends) return undefined;
    // "He would not, he added, take part in…": an attribution set inside the clause, which goes on after it
    if (tokens[v + 1]?.text === ',' && INCOMPLETE_ENDS.test(tokens[comma - 1]?.lower ?? '') && tokens[v + 2]?.word)
      return undefined;
    if (leadInOnly(tokens, comma) && tokens[v + 1]?.text !== ',' && rest.length >= 3) return undefined;
    // "For his part, the minister affirmed, according to the statement, his country's aspiration…": the words follow
    if (sourceAsideThenWords(tokens, v)) return undefined;
    // "Malmer Stenergard said Sweden stood ready to help, the ministry said": the clause reports a speaker of its own
    if (innerReport(an, comma)) return undefined;
    // ('…," the foreign minister was quoted as saying': the subject past the closing quote mark, before the copula)
    const from = /^[”"]$/.test(tokens[comma + 1]?.text ?? '') ? comma + 2 : comma + 1;
    const passive = tokens.findIndex(
      (t, k) => k > from && k < head && W.copulas.has(t.lower) && W.quoteCues.has(tokens[k + 1]?.lower ?? ''),
    );
    const to = passive > 0 ? passive : head;
    const named = speakerIn(ctx, an, from, to, state);
    let speaker = named ?? unnamedSpeaker(ctx, an, from, to, state, an.sentence.start);
    // "Ms. Aasland is expected to return to Riyadh, he added": "he" is not the one the words name, but who spoke last
    const pronoun = subject.filter((t) => t.word).length === 1 && /^(he|she)$/.test(subject[0]?.lower ?? '');
    const namedInWords = (g: typeof speaker) =>
      an.mentions.some((m) => m.t1 <= comma && ctx.index.group(m) === g && m.kind === 'PERSON');
    if (pronoun && speaker && namedInWords(speaker) && state.lastSpeaker && !namedInWords(state.lastSpeaker))
      speaker = state.lastSpeaker;
    if (!speaker) return undefined;
    // '"There is no military solution. We want talks," the minister was quoted as saying': a quote of several
    // sentences that closes at the comma is said whole
    const quote = quoteEndingIn(ctx.quotes, tokens[comma]!.start, tokens[comma]!.end + 2);
    const whole = quote && quote.start < an.sentence.start ? quote : undefined;
    return {
      drafts: [
        {
          speaker,
          via: outletIn(ctx, an, speaker),
          textStart: whole ? whole.innerStart : sentenceContentStart(tokens, 0),
          textEnd: whole ? whole.innerEnd : tokens[comma]!.start,
          direct: !!whole,
          sentence: an.sentence.index,
          verb: tokens[v]!,
          unnamed: !named,
        },
      ],
    };
  },
};

/** ", according to the statement, WORDS": a source set off right after the cue, and the words said after it. */
function sourceAsideThenWords(tokens: Token[], v: number): boolean {
  const end = sourceAsideEnd(tokens, v + 1);
  return end > 0 && tokens.slice(end).filter((t) => t.word).length >= 3;
}

/** Words before the clause's own speaker ("On Wednesday, Foreign Minister X said …"). */
const INNER_SUBJECT_REACH = 8;

/**
 * The clause before `comma` opens with a person who "said" it ("X said …, the ministry said"); not one who told
 * someone ("Erdogan told Zelensky that …, the directorate said": the directorate's account of a conversation).
 */
function innerReport(an: SentenceAnalysis, comma: number): boolean {
  return an.mentions.some(
    (m) =>
      m.kind === 'PERSON' &&
      m.t0 <= INNER_SUBJECT_REACH &&
      m.t1 < comma &&
      /^(said|says)$/.test(an.tokens[m.t1]?.text ?? ''),
  );
}

/**
 * "…, the head of the ruling council, Abdel Fattah al-Burhan, said": a title and the person's name
 * between commas before the cue. The clause ends at the comma before the title.
 */
function titledNameBefore(an: SentenceAnalysis, v: number): { comma: number; head: number } | null {
  const { tokens } = an;
  if (tokens[v - 1]?.text !== ',') return null;
  const nameComma = lastIndexBefore(tokens, v - 1, ',');
  const named = an.mentions.some((m) => m.kind === 'PERSON' && m.t0 === nameComma + 1 && m.t1 === v - 1);
  if (nameComma <= 0 || !named) return null;
  const titleComma = lastIndexBefore(tokens, nameComma, ',');
  const title = tokens.slice(titleComma + 1, nameComma);
  const opensTitle = /^(the|a|an|its|his|her|their)$/i.test(title[0]?.text ?? '');
  // "the island nation's prime minister": a possessive is part of the title
  const titleWord = (t: Token) => t.word || /^['’]s?$/.test(t.text);
  if (titleComma <= 2 || !opensTitle || title.length > 10 || !title.every(titleWord)) return null;
  return { comma: titleComma, head: v - 1 };
}

/** The longest run of where-and-when phrases after a cue: "in a joint statement at the close of a fifth round of talks in Lome". */
const ADJUNCT_WORDS = 16;

/** "said in a post on X on Saturday", "told reporters at a news conference in Doha": where and when, no new clause. */
function adjunctsOnly(tokens: Token[], from: number): boolean {
  const rest = tokens.slice(from).filter((t) => t.word);
  if (rest.length > ADJUNCT_WORDS || !W.contentPrepositions.has(rest[0]?.lower ?? '')) return false;
  // "in a post on X": after a determiner a reporting word is a noun; "in a statement posted on Telegram": after a
  // statement noun, a participle describing it
  const verb = (t: Token, k: number) =>
    W.finiteVerbs.has(t.lower) ||
    (lexicon().reporting.has(t.lower) &&
      !W.nounBefore.has(rest[k - 1]?.lower ?? '') &&
      !W.statementNouns.has(rest[k - 1]?.lower ?? ''));
  return !rest.some((t, k) => t.lower === 'that' || verb(t, k));
}

/** "told the state broadcaster IRIB after the meeting": who was told (and its name), then where and when only. */
function audienceThenAdjuncts(tokens: Token[], v: number): boolean {
  const noun = tokens.findIndex((t, k) => k > v && k <= v + 3 && W.audienceNouns.has(t.lower));
  if (noun < 0 || tokens.slice(v + 1, noun).some((t) => !t.word)) return false;
  let n = noun + 1;
  while (tokens[n]?.cap && n < noun + 4) n++;
  const rest = tokens.slice(n).filter((t) => t.word);
  if (tokens.slice(n).some((t) => t.lower === 'that' || /^[:“"]$/.test(t.text))) return false;
  return rest.length === 0 || adjunctsOnly(tokens, n) || W.timeClauseLeads.has(tokens[n]?.lower ?? '');
}

/**
 * "said in a joint statement on Thursday, after a round in Doha failed…": where and when up to a comma, then
 * the writer's aside (a time clause or an aside opener).
 */
function adjunctsThenAside(tokens: Token[], from: number): boolean {
  const comma = tokens.findIndex((t, k) => k >= from && t.text === ',');
  if (comma <= from) return false;
  const opener = tokens[comma + 1]?.lower ?? '';
  // (", adding that…": the speaker goes on, which the continuation rule reads)
  const aside = W.timeClauseLeads.has(opener) || W.asideOpeners.has(opener) || W.continuationCues.has(opener);
  return aside && adjunctsOnly(tokens.slice(0, comma), from);
}

/** The comma opening ", which …," right before the cue at v, or v when there is none. */
function relativeClauseBefore(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.text !== ',') return v;
  const open = lastIndexBefore(tokens, v - 1, ',');
  const relative = open > 0 && opensRelativeClause(tokens, open) && v - open <= 14;
  return relative && tokens.slice(open + 1, v - 1).every((t) => t.word) ? open : v;
}

/**
 * "Speaking to reporters in Doha, X said progress had been made", "In an interview with Al Arabiya, X
 * said …": all before the comma is one lead-in phrase (a participle, "asked" or a preposition, and
 * no comma of its own), so X's words follow the cue. "In Nairobi, the envoys met, X said" has a clause.
 */
function leadInOnly(tokens: Token[], comma: number): boolean {
  const first = tokens.findIndex((t) => t.word);
  if (first < 0 || first >= comma) return false;
  const t = tokens[first]!;
  // ("Hours before the talks began, X said…": a time aside leads in too)
  return (
    (isLeadIn(t) || W.adverbialLeads.has(t.lower) || timeAsideAt(tokens, first)) &&
    !tokens.slice(first, comma).some((x) => x.text === ',')
  );
}

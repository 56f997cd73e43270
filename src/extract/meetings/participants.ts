import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import { clauseAround } from '../clause.js';
import { commaBeforeName } from '../actors/words.js';
import { lexicon } from '../lexicon/index.js';
import { phraseAt } from '../mediations/cues.js';
import type { Rule } from '../rule.js';
import type { Token } from '../tokens.js';
import type { Trigger } from './triggers.js';

/** Where a participant rule looks: the meeting's trigger in its sentence (or the part of it the segment sees). */
export interface ParticipantInput {
  an: SentenceAnalysis;
  trigger: Trigger;
  /** True when token k belongs to the meeting's segment. */
  own: (k: number) => boolean;
  /** Every mention of the whole sentence (a segment's pronoun may refer outside it). */
  sentence: Mention[];
}

type ParticipantRule = Rule<ParticipantInput, Mention[]>;

/** How far a meeting's governed phrase may sit from its trigger, in tokens. */
const SUBJECT_GAP = 8;
const OBJECT_GAP = 4;
/** Tokens between two names of one coordinated or appositive phrase ("the President of Turkey, Recep Erdoğan, and"). */
const CHAIN_GAP = 6;
/** "met Erdoğan in Madrid on Tuesday, alongside X": how far after the trigger a companion phrase may start. */
const COMPANION_REACH = 16;

const actorMentions = (an: SentenceAnalysis, own: (k: number) => boolean): Mention[] =>
  an.mentions.filter((m) => m.kind !== 'PLACE' && m.kind !== 'MEDIA' && own(m.t0));

/**
 * Words that join the names of one noun phrase: "A and B", "the President of Turkey, Recep Erdoğan",
 * "Hamas political leader Ismail Haniyeh" (the words of the role the next name was given there).
 */
function linksNames(an: SentenceAnalysis, from: number, to: number, next?: Mention): boolean {
  if (ledByTitle(an, from, to)) return true;
  if (to - from > CHAIN_GAP) return false;
  const { participantLinks, titleWords, groupDescriptors } = lexicon().meetingWords;
  const role = new Set(next?.affiliation?.role?.toLowerCase().split(' ') ?? []);
  const links = (w: string) => participantLinks.has(w) || titleWords.has(w) || groupDescriptors.has(w);
  for (let k = from; k < to; k++) {
    const t = an.tokens[k]!;
    if (!links(t.lower) && !role.has(t.lower)) return false;
  }
  return true;
}

/**
 * "a Hamas delegation led by the group's Gaza chief Khalil al-Hayya": after "led by", whatever words stand
 * before the leader's name are the leader's title.
 */
function ledByTitle(an: SentenceAnalysis, from: number, to: number): boolean {
  const { tokens } = an;
  const by = tokens.findIndex((t, k) => k >= from && k < to && t.lower === 'by');
  if (by < 0 || !leaderAside(tokens[by - 1]?.lower ?? '', 'by') || to - by - 1 > LEADER_TITLE_WORDS) return false;
  const link = (t: Token) => t.word || /^['’]s?$/.test(t.text);
  return tokens.slice(from, to).every(link) && !tokens.slice(by + 1, to).some((t) => t.lower === 'and');
}

/** Words of a leader's title after "led by" ("the group's Gaza chief"). */
const LEADER_TITLE_WORDS = 6;

/** The names of the noun phrase that starts (forward) or ends (backward) with mention m. */
function chain(an: SentenceAnalysis, m: Mention, actors: Mention[], dir: 'forward' | 'backward'): Mention[] {
  const out = [m];
  let edge = m;
  // "A and B, Dujarric told reporters": after its "and", a list goes on by no comma
  let joined = false;
  for (;;) {
    const next =
      dir === 'forward'
        ? actors.find((x) => x.t0 >= edge.t1 && linksNames(an, edge.t1, x.t0, x))
        : actors.findLast((x) => x.t1 <= edge.t0 && linksNames(an, x.t1, edge.t0, edge));
    if (!next) return out;
    // "talks with Egyptian mediators, a Palestinian official said": the list ends where a reporting tail begins
    if (dir === 'forward' && reportingTailAt(an, next)) return out;
    const link = dir === 'forward' ? an.tokens.slice(edge.t1, next.t0) : an.tokens.slice(next.t1, edge.t0);
    const conjunction = link.some((t) => /^(and|or)$/.test(t.lower));
    if (dir === 'forward' && joined && !conjunction && link.some((t) => t.text === ',')) return out;
    joined ||= conjunction;
    out.push(next);
    edge = next;
  }
}

/** A mention after a comma whose words go on to a reporting verb (", a Palestinian official said"). */
function reportingTailAt(an: SentenceAnalysis, m: Mention): boolean {
  const comma = an.tokens.findLastIndex((t, k) => k < m.t0 && k >= m.t0 - 3 && t.text === ',');
  if (comma < 0) return false;
  return an.tokens.slice(m.t1, m.t1 + 3).some((t) => lexicon().reporting.has(t.lower) && !t.cap);
}

/** Tokens of a verb group between a subject and its verb: lower-case words, "who", a weekday; no clause mark. */
function verbGroup(an: SentenceAnalysis, from: number, to: number): boolean {
  if (to - from > SUBJECT_GAP) return false;
  const gap = an.tokens.slice(from, to);
  // "Erdoğan, who this Wednesday plans to meet": a relative clause's subject is the name before it
  const relative = gap[0]?.text === ',' && /^(who|which)$/.test(gap[1]?.lower ?? '');
  const words = relative ? gap.slice(2) : gap;
  const { reporting, meetingWords } = lexicon();
  // "was expected to meet" is no report: a reporting verb before "to" is part of the verb group
  const reports = (t: Token): boolean => reporting.has(t.lower) && an.tokens[t.i + 1]?.lower !== 'to';
  return words.every((t) => t.word && (!t.cap || meetingWords.dayWords.has(t.lower)) && !reports(t));
}

/** The start of the clause of token `at`, read past "expected to", "agreed to" (no reporting clause). */
function clauseStart(an: SentenceAnalysis, at: number): number {
  let { a } = clauseAround(an.tokens, at);
  while (a > 1 && an.tokens[a]?.lower === 'to' && lexicon().reporting.has(an.tokens[a - 1]!.lower))
    a = clauseAround(an.tokens, a - 1).a;
  return a;
}

/** The names of the subject before token `at`, when only a verb group separates them. */
function subjectBefore(an: SentenceAnalysis, at: number, own: (k: number) => boolean): Mention[] {
  // "The Omani delegation, led by Khalid al-Jabri, will meet": the subject before the aside, and its leader
  const led = asideBefore(an, at, LEADER_TITLE_WORDS + LEADER_NAME_WORDS, leaderAside);
  if (led) {
    const leaders = actorMentions(an, own).filter((m) => m.t0 > led.open && m.t1 <= led.close);
    return [...subjectBefore(an, led.open, own), ...leaders];
  }
  // "Anwar Ibrahim, who chairs the Association of Southeast Asian Nations, hosted": the subject before the aside
  const relative = asideBefore(an, at, ASIDE_WORDS, relativeAside);
  if (relative) return subjectBefore(an, relative.open, own);
  // "Othman, a former secretary-general of Malaysia's Foreign Ministry, also met": the one the apposition describes
  const apposition = asideBefore(an, at, ASIDE_WORDS, appositionAside);
  const described = apposition ? subjectBefore(an, apposition.open, own) : [];
  if (described.length) return described;
  const a = clauseStart(an, at);
  const actors = actorMentions(an, own).filter((m) => m.t0 >= a);
  const last = actors.findLast((m) => m.t1 <= at);
  if (!last || !(verbGroup(an, last.t1, at) || setOffByCommas(an, last, at))) return [];
  return chain(an, last, actors, 'backward');
}

/**
 * An aside set off by commas that closes right before `at` (only a verb group after it) and whose opening words
 * `opens` accepts, within `reach` tokens: where its commas stand, else null.
 */
function asideBefore(
  an: SentenceAnalysis,
  at: number,
  reach: number,
  opens: (first: string, second: string) => boolean,
): { open: number; close: number } | null {
  const { tokens } = an;
  const close = tokens.findLastIndex((t, k) => k < at && t.text === ',');
  if (close < 0 || !verbGroup(an, close + 1, at)) return null;
  const open = tokens.findLastIndex((t, k) => k < close && k >= close - reach && t.text === ',');
  return open >= 0 && opens(tokens[open + 1]?.lower ?? '', tokens[open + 2]?.lower ?? '') ? { open, close } : null;
}

/** ", led by X," or ", headed by X,". */
const leaderAside = (first: string, second: string): boolean => /^(led|headed)$/.test(first) && second === 'by';
/** ", who chairs …," or ", which …,". */
const relativeAside = (first: string): boolean => /^(who|which)$/.test(first);

/** ", a former secretary-general of …," or ", the head of …,". */
const appositionAside = (first: string): boolean => /^(a|an|the|former)$/.test(first);

/** Tokens of a relative aside between a subject and its verb (", who chairs the Association of … Nations,"). */
const ASIDE_WORDS = 14;
/** Tokens of the leader's name in ", led by …," after the title words. */
const LEADER_NAME_WORDS = 6;

/** "Minister of Foreign Affairs of Bahrain, Dr. X, held talks": a name set off by commas right before the verb. */
function setOffByCommas(an: SentenceAnalysis, m: Mention, at: number): boolean {
  return at === m.t1 + 1 && an.tokens[m.t1]?.text === ',' && commaBeforeName(an.tokens, m.t0) >= 0;
}

/** The names of the phrase right after token `from` (a few words in between at most). */
function phraseAfter(an: SentenceAnalysis, from: number, own: (k: number) => boolean, gap = OBJECT_GAP): Mention[] {
  const actors = actorMentions(an, own);
  const first = actors.find((m) => m.t0 >= from);
  if (!first || first.t0 - from > gap) return [];
  const between = an.tokens.slice(from, first.t0);
  if (between.some((t) => !t.word || (t.cap && !lexicon().meetingWords.titleWords.has(t.lower)))) return [];
  return chain(an, first, actors, 'forward');
}

/** The verb a meeting noun is the object of ("held talks", "sat down for a meeting"), if one is near before it. */
function lightVerbBefore(an: SentenceAnalysis, at: number): number {
  const { sideVerbs, lightVerbs } = lexicon().meetingWords;
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const t = an.tokens[k]!;
    if (!t.word || t.cap) return -1;
    if (sideVerbs.has(t.lower) || lightVerbs.has(t.lower)) return k;
  }
  return -1;
}

/** Past a place phrase right after the meeting word ("talks in Dakar with X"): the token after it, else `k`. */
function placePhraseEnd(an: SentenceAnalysis, k: number): number {
  if (!/^(in|at)$/.test(an.tokens[k]?.lower ?? '')) return k;
  const place = an.mentions.find((m) => m.t0 === k + 1 && m.kind === 'PLACE');
  return place ? place.t1 : k;
}

/** "after two days of talks": how many words a lead may be before its meeting noun. */
const AFTER_REACH = 6;

/** "after two days of talks", "following talks": the "after" that puts the meeting noun before its clause's act. */
export function afterMeetingLead(tokens: Token[], trigger: Trigger): Token | undefined {
  if (trigger.verb) return undefined;
  const lead = tokens
    .slice(Math.max(0, trigger.tok.i - AFTER_REACH), trigger.tok.i)
    .findLast((t) => lexicon().meetingWords.afterMeetingLeads.has(t.lower));
  return lead && tokens.slice(lead.i + 1, trigger.tok.i).every((t) => t.word && !t.cap) ? lead : undefined;
}
/** "In a first meeting with": how many words a fronted phrase's lead may be from its meeting noun. */
const FRONTED_REACH = 3;
/** How far back the comma opening an apposition may be ("X, the secretary of Y's council, meeting with"). */
const APPOSITION_REACH = 12;

/**
 * The constructions that govern a meeting's participants, each naming the actors it reads. A meeting's
 * participants are those of its own construction, never the outlet that reports it, the speaker of the
 * sentence, or an actor named in another clause.
 */
export const PARTICIPANT_RULES: readonly ParticipantRule[] = [
  {
    name: 'subject of the meeting verb',
    examples: [
      { text: 'Chad and Niger met in Niamey on Monday, the agency said.', expect: 'Chad, Niger' },
      {
        text: "A Hamas delegation led by the group's Gaza chief Khalil al-Hayya met Egyptian mediators in Cairo.",
        expect: 'Khalil al-Hayya, Hamas',
      },
      {
        text: "Envoys of Sudan's army and the paramilitary Rapid Support Forces met in Jeddah.",
        expect: 'Rapid Support Forces, Sudanese Armed Forces',
      },
      { text: 'President Lena Varga was expected to meet Omar Siddiq in Dakar.', expect: 'Lena Varga' },
      { text: 'Omar Siddiq, who on Friday also plans to meet Lena Varga, backed the plan.', expect: 'Omar Siddiq' },
      { text: 'The Foreign Minister of Chad, Dr. Omar Siddiq, met Lena Varga in Dakar.', expect: 'Omar Siddiq' },
      {
        text: 'Omar Siddiq, a former secretary-general of the Chadian Foreign Ministry, also met Lena Varga in Dakar.',
        expect: 'Omar Siddiq',
      },
      {
        text: 'The Omani delegation, led by Khalid al-Jabri, will meet Houthi negotiator Mohammed Abdulsalam in Sanaa.',
        expect: 'Oman, Khalid al-Jabri',
      },
    ],
    match: ({ an, trigger, own }) => {
      if (!trigger.verb) return undefined;
      const found = subjectBefore(an, trigger.tok.i, own);
      return found.length ? found : undefined;
    },
  },
  {
    name: 'object of the meeting verb',
    examples: [
      { text: 'Omar Siddiq met with President Lena Varga in Dakar.', expect: 'Lena Varga' },
      { text: 'Omar Siddiq will meet the president of Chad, Idriss Malo, in Dakar.', expect: 'Chad, Idriss Malo' },
      { text: 'Omar Siddiq met a Hamas delegation led by Khalil al-Hayya in Cairo.', expect: 'Hamas, Khalil al-Hayya' },
      { text: 'Sara Diallo received in Dakar the Chadian Foreign Minister Omar Siddiq.', expect: 'Chad, Omar Siddiq' },
    ],
    match: ({ an, trigger, own }) => {
      if (!trigger.verb) return undefined;
      // "received in Ramallah the foreign minister": past the place
      const found = phraseAfter(an, placePhraseEnd(an, trigger.tok.i + trigger.length), own);
      return found.length ? found : undefined;
    },
  },
  {
    name: 'subject of the verb holding the meeting',
    examples: [
      {
        text: 'Malaysian Prime Minister Anwar Ibrahim, who chairs the Association of Southeast Asian Nations, hosted the meeting between Hun Manet and Phumtham Wechayachai.',
        expect: 'Malaysia, Anwar Ibrahim',
      },
      { text: 'Chad and Niger held talks in Niamey.', expect: 'Chad, Niger' },
      { text: 'A Chadian delegation headed by Idriss Malo held talks in Niamey.', expect: 'Chad, Idriss Malo' },
      {
        text: 'A delegation from ECOWAS led by former Nigerian leader Idriss Malo held talks in Niamey.',
        expect: 'ECOWAS, Idriss Malo',
      },
    ],
    match: ({ an, trigger, own }) => {
      if (trigger.verb) return undefined;
      const verb = lightVerbBefore(an, trigger.tok.i);
      const found = verb >= 0 ? subjectBefore(an, verb, own) : [];
      return found.length ? found : undefined;
    },
  },
  {
    name: 'meeting between or with',
    examples: [
      { text: 'Talks between Chad and Niger resumed in Niamey.', expect: 'Chad, Niger' },
      { text: 'The summit with President Lena Varga will be in Dakar.', expect: 'Lena Varga' },
      { text: 'Omar Siddiq held talks in Dakar with President Lena Varga.', expect: 'Lena Varga' },
      {
        text: 'Omar Siddiq met on Saturday with a Hamas delegation led by Khalil al-Hayya.',
        expect: 'Hamas, Khalil al-Hayya',
      },
      {
        text: 'Chadian Foreign Minister Omar Siddiq spoke by phone on Monday with Nigerien Foreign Minister Idriss Malo.',
        expect: 'Niger, Idriss Malo',
      },
    ],
    match: ({ an, trigger, own }) => {
      const end = placePhraseEnd(an, trigger.tok.i + trigger.length);
      const prep = an.tokens.slice(end, end + WITH_REACH).findIndex((t) => /^(between|with|among)$/.test(t.lower));
      // "met on Saturday with X": a day may stand between ("spoke by phone on Monday with X": and the medium)
      const day = (t: Token) => lexicon().meetingWords.dayWords.has(t.lower);
      if (prep < 0 || an.tokens.slice(end, end + prep).some((t) => !t.word || (t.cap && !day(t)))) return undefined;
      const found = phraseAfter(an, end + prep + 1, own);
      return found.length ? found : undefined;
    },
  },
  {
    name: 'subject of "meeting with"',
    examples: [
      { text: 'Videos showed Omar Siddiq meeting with Lena Varga.', expect: 'Omar Siddiq' },
      {
        text: 'Videos showed Omar Siddiq, the head of the council, meeting with Lena Varga.',
        expect: 'Omar Siddiq',
      },
    ],
    match: ({ an, trigger, own }) => {
      const at = trigger.tok.i;
      if (trigger.verb || !trigger.tok.lower.endsWith('ing') || an.tokens[at + 1]?.lower !== 'with') return undefined;
      const actors = actorMentions(an, own);
      // the name right before, or before an apposition between commas ("X, the head of Y, meeting with")
      const open =
        an.tokens[at - 1]?.text === ',' ? an.tokens.findLastIndex((t, k) => k < at - 1 && t.text === ',') : -1;
      const end = open >= 0 && at - open <= APPOSITION_REACH ? open : at;
      const subject = actors.findLast((m) => m.t1 === end);
      return subject ? chain(an, subject, actors, 'backward') : undefined;
    },
  },
  {
    name: 'names before the meeting noun',
    examples: [
      { text: 'The NATO summit opened in Dakar on Monday.', expect: 'NATO' },
      { text: "Omar Siddiq's visit to Dakar ended on Monday.", expect: 'Omar Siddiq' },
    ],
    match: ({ an, trigger, own }) => {
      if (trigger.verb) return undefined;
      const actors = actorMentions(an, own);
      const at = trigger.tok.i;
      // "the Varga-Siddiq summit", "Siddiq's visit", "the historic Chad–Niger summit"
      const last = actors.findLast((m) => {
        if (m.t1 > at) return false;
        // the name itself or its possessive, maybe with one adjective: "Siddiq's first visit"
        const gap = an.tokens.slice(m.t1, at);
        if (gap.length === 0) return true;
        return /^['’]s?$/.test(gap[0]!.text) && gap.length <= 2 && gap.slice(1).every((t) => t.word && !t.cap);
      });
      return last ? chain(an, last, actors, 'backward') : undefined;
    },
  },
  {
    name: 'companion of the meeting',
    examples: [
      { text: 'Omar Siddiq will meet Lena Varga in Dakar, alongside Idriss Malo.', expect: 'Idriss Malo' },
      { text: 'Chad and Niger held a meeting facilitated by President Lena Varga.', expect: 'Lena Varga' },
    ],
    match: ({ an, trigger, own }) => {
      const { companionPhrases } = lexicon().meetingWords;
      const { b } = clauseAround(an.tokens, trigger.tok.i);
      for (let k = trigger.tok.i + trigger.length; k < b && k <= trigger.tok.i + COMPANION_REACH; k++) {
        const phrase = companionPhrases.find((p) => phraseAt(an.tokens, k, p));
        if (!phrase) continue;
        const found = phraseAfter(an, k + phrase.length, own);
        return found.length ? found : undefined;
      }
      return undefined;
    },
  },
  {
    name: 'host of the meeting in a with-clause',
    examples: [
      {
        text: 'Chad and Niger met in Niamey, with Togolese President Faure Malo opening the meeting.',
        expect: 'Togo, Faure Malo',
      },
    ],
    /** "…met in Istanbul, with Turkish Foreign Minister X opening the meeting": who opens or chairs it takes part */
    match: ({ an, trigger, own }) => {
      const { hostGerunds } = lexicon().meetingWords;
      const { tokens } = an;
      const withAt = tokens.findIndex((t, k) => k > trigger.tok.i && t.lower === 'with' && tokens[k - 1]?.text === ',');
      if (withAt < 0) return undefined;
      const found = phraseAfter(an, withAt + 1, own);
      const last = found.at(-1);
      const gerund = last ? last.t1 : -1;
      if (!last || !hostGerunds.has(tokens[gerund]?.lower ?? '')) return undefined;
      const noun = tokens[gerund + 1]?.lower === 'the' ? gerund + 2 : gerund + 1;
      return lexicon().meetingNouns.has(tokens[noun]?.lower ?? '') ? found : undefined;
    },
  },
  {
    name: 'subject after a fronted meeting phrase',
    examples: [
      { text: 'In a meeting with Lena Varga in Dakar, Omar Siddiq said the plan stood.', expect: 'Omar Siddiq' },
      { text: 'During talks with Chad on Monday, Niger agreed to reopen the border.', expect: 'Niger' },
      {
        text: 'Speaking at a news conference after talks with Omar Siddiq in Dakar, Lena Varga said the border would open.',
        expect: 'Lena Varga',
      },
    ],
    /** "In a meeting with X in Y, Z said…": the main clause's subject is the other side */
    match: ({ an, trigger, own }) => {
      if (trigger.verb) return undefined;
      const lead = lexicon().meetingWords.frontedMeetingLeads.find((p) => phraseAt(an.tokens, 0, p));
      // "Speaking at a news conference after talks with X in Minsk, Lavrov said": a participle opens the phrase
      const participle = /^\p{Lu}\p{Ll}+ing$/u.test(an.tokens[0]?.text ?? '');
      if (!(lead && trigger.tok.i - lead.length <= FRONTED_REACH) && !participle) return undefined;
      const comma = an.tokens.findIndex((t, k) => k > trigger.tok.i && t.text === ',');
      if (an.tokens.slice(0, trigger.tok.i).some((t) => t.text === ',')) return undefined;
      // the other side follows "with"; "At talks in Geneva attended by X, A and B agreed" names its sides otherwise
      const withSide = an.tokens.slice(trigger.tok.i + trigger.length, comma).some((t) => t.lower === 'with');
      const found = comma > 0 && withSide ? phraseAfter(an, comma + 1, own) : [];
      return found.length ? found : undefined;
    },
  },
  {
    name: 'subject of the clause a meeting ends',
    examples: [
      {
        text: 'Chad and Niger agreed to a ceasefire on Monday after talks in Niamey hosted by President Lena Varga.',
        expect: 'Chad, Niger',
      },
      { text: 'Omar Siddiq signed the accord following two days of talks with Lena Varga.', expect: 'Omar Siddiq' },
    ],
    /** "A and B agreed to a ceasefire after talks in X": the clause's subject took part (its sides not named by "between") */
    match: ({ an, trigger, own }) => {
      if (trigger.verb) return undefined;
      const { tokens } = an;
      const lead = afterMeetingLead(tokens, trigger);
      if (!lead) return undefined;
      if (tokens.slice(trigger.tok.i + 1, trigger.tok.i + 4).some((t) => t.lower === 'between')) return undefined;
      const a = clauseStart(an, lead.i);
      const actors = actorMentions(an, own).filter((m) => m.t0 >= a && m.t1 <= lead.i);
      const first = actors[0];
      if (!first || first.t0 - a > 1) return undefined;
      const subject = chain(an, first, actors, 'forward');
      const verb = tokens[subject.at(-1)!.t1];
      return verb?.word && !verb.cap && !lexicon().reporting.has(verb.lower) ? subject : undefined;
    },
  },
  {
    name: 'owner of the meeting named by a pronoun',
    examples: [
      { text: 'Omar Siddiq flew to Dakar, a day ahead of his summit with Lena Varga.', expect: 'Omar Siddiq' },
    ],
    match: ({ an, trigger, sentence }) => {
      const at = trigger.tok.i;
      if (trigger.verb) return undefined;
      const pronoun = an.tokens
        .slice(Math.max(0, at - 3), at)
        .findLast((t) => lexicon().meetingWords.ownerPronouns.has(t.lower));
      // "Kim…, ahead of his summit": the person the sentence names last before the pronoun
      const owner = pronoun && sentence.findLast((m) => m.kind === 'PERSON' && m.t1 <= pronoun.i);
      return owner ? [owner] : undefined;
    },
  },
];

/** Every actor mention the meeting's constructions govern, in sentence order. */
/** How many words after the meeting word (and its place) "with" or "between" may stand. */
const WITH_REACH = 6;

export function governedParticipants(input: ParticipantInput): Mention[] {
  const found = new Set<Mention>();
  for (const rule of PARTICIPANT_RULES) for (const m of rule.match(input) ?? []) found.add(m);
  return [...found].sort((x, y) => x.t0 - y.t0);
}

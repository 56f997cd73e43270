import type { MeetingKind } from '../../domain/article.js';
import type { SentenceAnalysis } from '../actors/mentions.js';
import { lexicon } from '../lexicon/index.js';
import { phraseAt } from '../mediations/cues.js';
import type { Rule } from '../rule.js';
import { courtesyCallAt, isNegation } from '../statements/cue.js';
import type { Token } from '../tokens.js';

/** A word that names or implies a meeting. */
export interface Trigger {
  tok: Token;
  kind: MeetingKind;
  /** A verb or construction ("met", "flew to") rather than a meeting noun ("talks"). */
  verb: boolean;
  rule: string;
  /** Tokens the trigger spans (a two-word noun spans two). */
  length: number;
  /** "were among those attending": the article's gathering, named before. */
  refersBack?: boolean;
}

/** "by phone", "on the phone", "over the telephone", "by video link" at token j: the medium's words, or undefined. */
function remoteMediumAt(an: SentenceAnalysis, j: number): string[] | undefined {
  const at = /^(on|over)$/.test(lowerAt(an, j)) && lowerAt(an, j + 1) === 'the' ? j + 1 : j;
  if (!/^(by|on|over|the)$/.test(lowerAt(an, at)) || (at === j && lowerAt(an, j) === 'the')) return undefined;
  const phrase = lexicon().meetingWords.remoteMedia.find((p) => phraseAt(an.tokens, at + 1, p));
  // (only the telephone goes with "on" or "over": "on video" is no call)
  return phrase && (lowerAt(an, j) === 'by' || /^(tele)?phone$/.test(phrase.join(' '))) ? phrase : undefined;
}

/** Where a trigger rule looks: token k of a sentence. */
export interface TriggerInput {
  an: SentenceAnalysis;
  k: number;
}

type TriggerRule = Rule<TriggerInput, Omit<Trigger, 'rule'>>;

const lowerAt = (an: SentenceAnalysis, k: number): string => an.tokens[k]?.lower ?? '';
const wordsBefore = (an: SentenceAnalysis, k: number, n: number): Token[] => an.tokens.slice(Math.max(0, k - n), k);

/** "had not sent", "did not meet", "has never visited": the verb at k is negated. */
const negated = (an: SentenceAnalysis, k: number): boolean =>
  isNegation(an.tokens[k - 1]) || isNegation(an.tokens[k - 2]);

/** "the first leader to visit the city": a description of the one who visits, not a visit reported. */
const described = (an: SentenceAnalysis, k: number): boolean =>
  lowerAt(an, k - 1) === 'to' && wordsBefore(an, k, 6).some((x) => lexicon().meetingWords.rankingWords.has(x.lower));

/** "the French colonial-era hotel hosting the talks": a building that hosts them names the talks reported, no one. */
const hostingVenue = (an: SentenceAnalysis, k: number): boolean =>
  lexicon().meetingWords.hostVerbs.has(lowerAt(an, k)) && lexicon().meetingWords.venueNouns.has(lowerAt(an, k - 1));

/** "would meet a proportionate response", "met the deadline": a thing met within a few words, no one. */
const meetsNoOne = (an: SentenceAnalysis, k: number): boolean => {
  if (!/^(meet|meets|met)$/.test(lowerAt(an, k))) return false;
  const unmet = lexicon().meetingWords.unmetObjects;
  // the object opens right after the verb ("meet again before the end of the year" meets someone)
  const determined = /^(a|an|the|their|its|his|her|our|all|any|these|those|such|every)$/.test(lowerAt(an, k + 1));
  const object = an.tokens.slice(determined ? k + 2 : k + 1, k + 5);
  const end = object.findIndex((x) => !x.word || x.cap || unmet.has(x.lower));
  return end >= 0 && unmet.has(object[end]!.lower) && (determined || end === 0);
};

/**
 * The noun at k is the object of one of `phrases`, one or two words apart: "rejected negotiations with X",
 * "ruled out any direct talks" (a refusal), "declined to comment on the Washington talks" (a topic).
 */
const objectOf = (an: SentenceAnalysis, k: number, phrases: string[][], reach = 3): boolean => {
  for (let end = k - 1; end >= Math.max(0, k - reach); end--) {
    if (!an.tokens[end]!.word) return false;
    if (phrases.some((p) => phraseAt(an.tokens, end - p.length + 1, p))) return true;
  }
  return false;
};

/** "dismissed calls by Abiy for negotiations", "called for talks": a meeting asked for, none reported (unless placed). */
export const askedFor = (an: SentenceAnalysis, k: number): boolean => {
  // "pushing for a separate track of negotiations"
  const words = an.tokens.slice(Math.max(0, k - ASKED_OBJECT_WORDS), k);
  // "called for all parties to engage in talks", "urged both sides to return to talks"
  if (askedToHold(an, k)) return true;
  const at = words.findLastIndex((t) => t.lower === 'for');
  if (at < 0 || !words.slice(at + 1).every((t) => t.word && !t.cap) || placedAfter(an, k)) return false;
  const before = an.tokens.slice(Math.max(0, k - ASKED_REACH), k - (words.length - at));
  return before.some((t) => lexicon().meetingWords.askWords.has(t.lower));
};

/**
 * "was ready to begin talks", "willing to hold direct negotiations": a side's readiness ("ready to host the talks"
 * offers one, and so does readiness for talks placed somewhere). The noun runs from k to `end`.
 */
const readyFor = (an: SentenceAnalysis, k: number, end = k): boolean => {
  const { readinessLeads, hostVerbs } = lexicon().meetingWords;
  if (!objectOf(an, k, readinessLeads) || placedAfter(an, end)) return false;
  return !an.tokens.slice(Math.max(0, k - 3), k).some((t) => hostVerbs.has(t.lower));
};

/** "no talks", "no basis for talks", "no plans for a visit": a meeting said not to be ("no progress in the talks" is one). */
const denied = (an: SentenceAnalysis, k: number): boolean => {
  const { denyingWords, possibilityNouns } = lexicon().meetingWords;
  let at = k - 1;
  // "no plan for direct negotiations": a modifier or two of the noun
  const modifier = (t: Token | undefined) =>
    !!t?.word && !t.cap && !denyingWords.has(t.lower) && !/^(a|an|the|any|for|of|to|in)$/.test(t.lower);
  for (let n = 0; n < DENIED_MODIFIERS && modifier(an.tokens[at]); n++) at--;
  if (/^(a|an|the|any)$/.test(lowerAt(an, at))) at--;
  if (/^(for|of|to|in)$/.test(lowerAt(an, at)) && possibilityNouns.has(lowerAt(an, at - 1))) at -= 2;
  return denyingWords.has(lowerAt(an, at));
};

/**
 * "spoke with X by phone on Tuesday about the envoy's trip": a meeting noun after "about" (or "on", "over") that a
 * call earlier in the sentence was about is its topic, not a meeting the sentence reports.
 */
const topicOfCall = (an: SentenceAnalysis, k: number): boolean => {
  // ("spoke by phone about the summit in Langkawi": a meeting placed is reported, whatever the call was about)
  if (placedAfter(an, k)) return false;
  const at = topicPhraseBefore(an.tokens, k);
  const { phoneWords } = lexicon().meetingWords;
  return at >= 0 && an.tokens.slice(Math.max(0, at - CALL_REACH), at).some((t) => phoneWords.has(t.lower));
};

/**
 * "about the envoy's trip", "over the slow progress of the negotiations": the topic preposition a few lower-case words
 * (or a possessor) before the meeting noun at k governs, or -1 ("on the sidelines of" places it).
 */
export function topicPhraseBefore(tokens: Token[], k: number): number {
  const { topicPrepositions, sidelinesPhrases } = lexicon().meetingWords;
  const possessive = (x: Token | undefined) => !!x && /^['’]s?$/.test(x.text);
  for (let j = k - 1; j >= 0 && j >= k - TOPIC_WORDS; j--) {
    const w = tokens[j]!;
    if (topicPrepositions.has(w.lower)) return sidelinesPhrases.some((p) => phraseAt(tokens, j, p)) ? -1 : j;
    // lower-case words and possessives ("Ruto's"), not a day or a name of the clause before ("on Wednesday that")
    if (!(w.word && !w.cap) && !possessive(w) && !(w.word && possessive(tokens[j + 1]))) return -1;
  }
  return -1;
}

/** Words between a topic preposition and its meeting noun ("over the slow progress of the"). */
const TOPIC_WORDS = 6;
/** How far before the topic the call may be named ("spoke with X by phone on Tuesday about"). */
const CALL_REACH = 8;

/** Words between a light verb and the dialogue it holds ("attended the sixth Trilateral Foreign Ministers' Dialogue"). */
const HELD_DIALOGUE_REACH = 8;

/** Modifiers a denied meeting noun may have ("no plans for direct bilateral talks"). */
const DENIED_MODIFIERS = 2;

/** Words a stance verb may stand before its meeting noun ("support an international peace conference"). */
const STANCE_REACH = 4;

/** Title words between "called" and the person called ("called Ghanaian President Kofi Mensah"). */
const CALLED_TITLE_WORDS = 4;

/** "dismissed calls by Ethiopian Prime Minister Abiy Ahmed for negotiations": how far back the call may be. */
const ASKED_REACH = 10;
/** Words "for" may stand before the meeting noun asked for. */
const ASKED_OBJECT_WORDS = 5;

/** "the talks in Cairo": a place right after the noun at k. */
const placedAfter = (an: SentenceAnalysis, k: number): boolean =>
  /^(in|at)$/.test(lowerAt(an, k + 1)) && !!an.tokens[k + 2]?.cap;

/**
 * "two people familiar with the negotiations", "a source close to the talks": the noun says whose knowledge
 * a report has, it reports no meeting (unless a place follows: "close to the talks in Cairo").
 */
const sourceDescription = (an: SentenceAnalysis, k: number): boolean => {
  const { sourceLeads, sourcePeople } = lexicon().meetingWords;
  if (placedAfter(an, k)) return false;
  for (let end = k - 1; end >= Math.max(0, k - 3); end--) {
    if (!an.tokens[end]!.word) return false;
    const lead = sourceLeads.find((p) => phraseAt(an.tokens, end - p.length + 1, p));
    if (lead) return sourcePeople.has(lowerAt(an, end - lead.length));
  }
  return false;
};

/** "his Pakistani and Afghan counterparts": the index of the counterpart noun a few words from `from`, or -1. */
export function counterpartAfter(an: SentenceAnalysis, from: number): number {
  const { counterpartNouns } = lexicon().meetingWords;
  for (let k = from; k < from + 5 && k < an.tokens.length; k++) {
    const t = an.tokens[k]!;
    if (counterpartNouns.has(t.lower)) return k;
    if (!t.word) return -1;
  }
  return -1;
}

/** "in Doha, where A and his counterpart B signed an agreement": how far before the verb its "where" may be. */
const WHERE_REACH = 16;

/** The meeting rules, in priority order: the first that matches a token makes its trigger. */
export const MEETING_TRIGGERS: readonly TriggerRule[] = [
  {
    name: 'two-word meeting noun',
    examples: [
      { text: 'The two leaders held a phone call on Monday.', expect: 'CALL' },
      { text: 'Omar Siddiq and Kofi Mensah held a conference call on Monday.', expect: 'CALL' },
      { text: 'A senior official told reporters on a conference call that the deal was done.' },
      { text: 'The Kremlin declined to comment on the peace talks.' },
      { text: 'Peskov said there would be no peace talks this year.' },
      { text: 'The two sides agreed to support an international peace conference held at a proper time.' },
      { text: 'Hamas said it was ready to begin peace talks in Doha next week.', expect: 'TALKS' },
    ],
    match: ({ an, k }) => {
      const lex = lexicon();
      const t = an.tokens[k]!;
      if (!lex.meetingNounLeads.has(t.lower)) return undefined;
      const kind = lex.meetingNouns.get(`${t.lower} ${lowerAt(an, k + 1)}`);
      if (!kind) return undefined;
      // "told reporters on a conference call": the channel of a briefing; "declined to comment on the peace
      // talks", "rejected peace talks", "no peace talks": a topic, a refusal, a denial
      const { briefingLeads, refusalVerbs, commentLeads } = lex.meetingWords;
      if ([briefingLeads, refusalVerbs, commentLeads].some((leads) => objectOf(an, k, leads))) return undefined;
      if (objectOf(an, k, lex.meetingWords.stanceLeads) && !placedAfter(an, k + 1)) return undefined;
      if (denied(an, k) || askedFor(an, k) || readyFor(an, k, k + 1)) return undefined;
      return { tok: t, kind, verb: false, length: 2 };
    },
  },
  {
    name: 'meeting noun',
    examples: [
      { text: 'Talks between Chad and Niger resumed in Niamey.', expect: 'TALKS' },
      { text: 'The deliberations in Geneva lasted three days.', expect: 'TALKS' },
      { text: 'The minister told a news conference in Dakar that the summit went well.', expect: 'SUMMIT' },
      { text: 'Qatar is pressing both sides, according to two people familiar with the negotiations.' },
      { text: 'The Israeli government approved the deal after a six-hour cabinet meeting.' },
      { text: 'A source close to the talks in Cairo said progress was slow.', expect: 'TALKS' },
      { text: 'Moscow remained open to negotiations on Ukraine but rejected ultimatums.' },
      { text: 'Eritrea dismissed calls by Ethiopian Prime Minister Abiy Ahmed for negotiations over sea access.' },
      { text: 'The African Union has been pushing for a separate track of negotiations.' },
      { text: 'Hamas said it was open to talks in Cairo next week.', expect: 'TALKS' },
      { text: 'The RSF said it was ready to begin talks on a ceasefire mechanism.' },
      { text: 'Hamas said it was willing to hold direct negotiations.' },
      { text: 'Peskov said Russia saw no basis for talks at the moment.' },
      { text: 'North Korea said it had no interest in talks with the South.' },
      { text: 'There will be no negotiations until the troops withdraw.' },
      { text: 'Tehran had no plan for direct negotiations with the United States at present.' },
      { text: 'Chad and Niger made no progress in their talks in Niamey.', expect: 'TALKS' },
      { text: 'The Kremlin declined to comment on prospects for peace talks.' },
      { text: "Thailand's foreign minister spoke with Mohamad Hasan by phone on Tuesday about the envoy's trip." },
      { text: 'The two ministers spoke by phone about the summit in Langkawi next month.', expect: 'SUMMIT' },
      { text: 'He added that any talks must respect the sovereignty of Chad.' },
      { text: 'The Security Council called for all parties to engage in talks.' },
      { text: 'Kenya urged both sides to return to the negotiations.' },
    ],
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      const kind = lexicon().meetingNouns.get(t.lower);
      // "calls for a visit", "plans on a visit" are no visit
      if (!kind || (t.lower === 'visit' && /^(for|on)$/.test(lowerAt(an, k - 1))) || described(an, k)) return undefined;
      // "told a news conference": an outlet's gathering, not a meeting of actors
      if (lexicon().meetingWords.notMeetingLeads.has(lowerAt(an, k - 1))) return undefined;
      // "peace talks": the second word of a two-word noun, which that rule reads (or refuses)
      if (lexicon().meetingNouns.has(`${lowerAt(an, k - 1)} ${t.lower}`)) return undefined;
      const { refusalVerbs, commentLeads } = lexicon().meetingWords;
      if (objectOf(an, k, refusalVerbs) || objectOf(an, k, commentLeads) || sourceDescription(an, k)) return undefined;
      if (objectOf(an, k, lexicon().meetingWords.briefingLeads) || topicOfCall(an, k)) return undefined;
      // ("support an international peace conference": a stance reaches past an article and two modifiers)
      if (objectOf(an, k, lexicon().meetingWords.stanceLeads, STANCE_REACH) && !placedAfter(an, k)) return undefined;
      if (readyFor(an, k)) return undefined;
      if (askedFor(an, k) || denied(an, k) || anyMeeting(an, k)) return undefined;
      return { tok: t, kind, verb: false, length: 1 };
    },
  },
  {
    name: 'a round of an open-ended noun',
    examples: [
      { text: 'They agreed to hold the next round of trilateral dialogue in Kabul.', expect: 'TALKS' },
      { text: "A second round of the foreign ministers' dialogue opened in Baku.", expect: 'TALKS' },
      {
        text: "Wang Yi attended the sixth Trilateral Foreign Ministers' Dialogue in Kabul on Wednesday.",
        expect: 'TALKS',
      },
      { text: 'The two sides should settle the dispute through dialogue in good faith.' },
      { text: 'The delegations concluded the fourth cycle of their peace dialogue in Havana.', expect: 'TALKS' },
    ],
    /** "dialogue" is a process ("through dialogue"); a round of it, or one attended somewhere, is talks */
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      const words = lexicon().meetingWords;
      if (!words.roundNouns.has(t.lower)) return undefined;
      // "attended the … Dialogue in Kabul": held or attended, and placed
      const held = an.tokens.slice(Math.max(0, k - HELD_DIALOGUE_REACH), k).some((x) => words.lightVerbs.has(x.lower));
      if (held && placedAfter(an, k)) return { tok: t, kind: 'TALKS', verb: false, length: 1 };
      const of = an.tokens.slice(Math.max(0, k - 5), k).findLastIndex((x) => x.lower === 'of');
      const at = Math.max(0, k - 5) + of;
      if (of < 0 || !words.roundWords.has(lowerAt(an, at - 1))) return undefined;
      if (an.tokens.slice(at + 1, k).some((x) => !x.word && !/^['’]s?$/.test(x.text))) return undefined;
      // the round word heads the trigger ("the next round of the trilateral dialogue": a later round, as "the next round")
      return { tok: an.tokens[at - 1]!, kind: 'TALKS', verb: false, length: k - at + 2 };
    },
  },
  {
    name: 'a round named alone',
    examples: [
      { text: 'The next round will be held in Addis Ababa in September.', expect: 'TALKS' },
      { text: 'The next round of sanctions will target banks.' },
      { text: 'Talks resume on Sunday, after a round in Doha last week failed to close the gaps.', expect: 'TALKS' },
      { text: 'He won a round in the first half.' },
      { text: 'The delegates walked out when the issue came up, as in previous rounds.' },
    ],
    /** "the next round will be held in X", "a round in Doha": a round of the talks reported, with no "of" to say of what */
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      const words = lexicon().meetingWords;
      if (!words.roundWords.has(t.lower) || lowerAt(an, k + 1) === 'of') return undefined;
      const placed = lowerAt(an, k - 1) === 'a' && /^(in|at)$/.test(lowerAt(an, k + 1)) && !!an.tokens[k + 2]?.cap;
      // "as in previous rounds": rounds in general, no meeting of their own
      const general = t.lower.endsWith('s') && !(/^(in|at)$/.test(lowerAt(an, k + 1)) && !!an.tokens[k + 2]?.cap);
      return (words.roundModifiers.has(lowerAt(an, k - 1)) && !general) || placed
        ? { tok: t, kind: 'TALKS', verb: false, length: 1 }
        : undefined;
    },
  },
  {
    name: 'agreement made at a place',
    examples: [
      { text: 'The deal, struck in Beijing, ended the fighting.', expect: 'TALKS' },
      { text: 'Three rebel groups signed a peace accord in Algiers.', expect: 'TALKS' },
      {
        text: 'The truce was agreed in Doha, where Defence Minister Omar Siddiq and his counterpart Idriss Malo signed an agreement.',
        expect: 'TALKS',
      },
      { text: 'Chad and the rebels signed a framework agreement for peace in Doha on Saturday.', expect: 'TALKS' },
      { text: 'Chad signed an agreement on oil exports with Niger in Niamey.', expect: 'TALKS' },
      { text: 'Chad signed an agreement, a pact meant to end the war in Darfur.' },
      { text: 'Envoys of Chad and Niger signed an agreement on Tuesday in Niamey, in talks facilitated by Togo.' },
      { text: 'The deal follows a declaration of principles signed in July.' },
      { text: 'Qatar and Togo brokered a ceasefire between the two neighbours in Doha on Sunday.', expect: 'TALKS' },
      { text: 'Chad and Niger reached a deal in Niamey after two days of talks.', expect: 'TALKS' },
      { text: 'The two leaders agreed in Paris on Tuesday to hold elections in December.', expect: 'TALKS' },
      { text: 'The grain deal signed by Ukraine and Russia in Istanbul on July 22 still holds.', expect: 'TALKS' },
      {
        text: 'They brokered the Luanda Memorandum of Understanding, which President Omar Siddiq and President Lena Varga signed in the Angolan capital in August 2019.',
        expect: 'TALKS',
      },
      { text: 'The four rivals endorsed a declaration at the Elysee Palace on Tuesday.', expect: 'TALKS' },
      { text: 'The ministers agreed in principle to meet again.' },
      { text: 'They agreed in July to extend the truce.' },
      { text: 'The two sides agreed in Aqaba on Sunday to curb violence, at a meeting hosted by Jordan.' },
      {
        text: "Chad and the rebels signed a declaration of principles in Togo's capital on Saturday.",
        expect: 'TALKS',
      },
    ],
    match: ({ an, k }) => {
      const words = lexicon().meetingWords;
      const t = an.tokens[k]!;
      // "Libya's rival leaders agreed in Paris on Tuesday to hold elections": agreed at a named place, where the
      // sentence names no meeting of its own ("agreed in Aqaba …, at a meeting hosted by Jordan")
      if (words.placeAgreedVerbs.has(t.lower))
        return lowerAt(an, k + 1) === 'in' &&
          placeNameAt(an, k + 2) &&
          !an.tokens.some((x) => lexicon().meetingNouns.has(x.lower))
          ? { tok: t, kind: 'TALKS', verb: true, length: 1 }
          : undefined;
      if (!words.agreementMadeVerbs.has(t.lower)) return undefined;
      // "the deal, struck in Beijing", "signed a peace accord in Algiers", "signed a framework agreement for
      // peace in Doha": the place after the accord, past a short phrase of what it is for
      const noun = an.tokens
        .slice(k + 1, k + 5)
        .findIndex((x, n) => words.agreementNouns.has(x.lower) && placeAfterAccord(an, k + n + 2));
      const object = noun >= 0 && an.tokens.slice(k + 1, k + 1 + noun).every((x) => x.word && !x.cap);
      // "in Doha, where A and B signed an agreement": the place opens the clause
      const signed = an.tokens.slice(k + 1, k + 4).findIndex((x) => words.agreementNouns.has(x.lower));
      const where = wordsBefore(an, k, WHERE_REACH).some((x) => x.lower === 'where' && lowerAt(an, x.i - 1) === ',');
      if (where && signed >= 0 && an.tokens.slice(k + 1, k + 1 + signed).every((x) => x.word && !x.cap))
        return { tok: t, kind: 'TALKS', verb: true, length: 1 };
      // "the grain deal signed by Ukraine and Russia in Istanbul": past the signatories
      const at = lowerAt(an, k + 1) === 'by' ? signatoriesEnd(an, k + 2) : k + 1;
      // "a declaration signed in July": a time, not a place
      if (!object && (!/^(in|at)$/.test(lowerAt(an, at)) || isDate(an.tokens[at + 1]))) return undefined;
      // ("the Luanda Memorandum of Understanding, which Mr Kagame and Mr Museveni signed in the Angolan capital": the
      // accord a relative clause hangs on)
      const before = wordsBefore(an, k, ACCORD_BEFORE_WORDS);
      const relative = before.findLastIndex((x) => x.lower === 'which' && lowerAt(an, x.i - 1) === ',');
      const antecedent = relative >= 0 ? wordsBefore(an, before[relative]!.i, ACCORD_BEFORE_WORDS) : [];
      if (!object && ![...before, ...antecedent].some((x) => words.agreementNouns.has(x.lower))) return undefined;
      return { tok: t, kind: 'TALKS', verb: true, length: 1 };
    },
  },
  {
    name: 'travel to a place',
    examples: [
      { text: 'Foreign Minister Ali Omar is expected to travel to Nairobi.', expect: 'VISIT' },
      { text: 'The envoys will return to Geneva for talks next week.', expect: 'TALKS' },
      { text: 'Prime Minister Abiy Ahmed is expected to return to Addis Ababa on Monday.' },
      { text: 'The envoy will travel on to Paris and Warsaw in the coming days.', expect: 'VISIT' },
      { text: 'Rubio then flew to Paris, where he hosted talks between the two ministers.' },
      { text: 'The presidents of Guinea and Mauritania flew into Banjul on Friday.', expect: 'VISIT' },
    ],
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      // "travel on to Paris": the next leg of a journey
      const to = /^(on|onward|onwards)$/.test(lowerAt(an, k + 1)) ? k + 2 : k + 1;
      // ("flew into Banjul on Friday")
      const into = lowerAt(an, to) === 'into' && lexicon().meetingWords.airTravelVerbs.has(t.lower);
      if (!lexicon().meetingWords.travelVerbs.has(t.lower) || (lowerAt(an, to) !== 'to' && !into)) return undefined;
      // a journey to a named place ("return to Geneva"), not "a return to diplomacy"
      const place = lowerAt(an, to + 1) === 'the' ? an.tokens[to + 2] : an.tokens[to + 1];
      if (!place?.cap) return undefined;
      // "return to Geneva for talks", "returned to Jeddah to resume negotiations": the journey is to talks
      const forTalks = an.tokens.slice(to + 2, to + 9).some((x) => lexicon().meetingNouns.get(x.lower) === 'TALKS');
      // "is expected to return to Addis Ababa on Monday": going back (home) is no visit
      if (!forTalks && /^return/.test(t.lower)) return undefined;
      return { tok: t, kind: forTalks ? 'TALKS' : 'VISIT', verb: true, length: 1 };
    },
  },
  {
    name: 'see a person',
    examples: [
      { text: 'He is due to see Foreign Minister Nikos Kotzias on Thursday.', expect: 'MEETING' },
      { text: 'The minister will see Prime Minister Ali Hamdan in Accra.', expect: 'MEETING' },
      { text: 'We want to see President Omar Siddiq keep his word.' },
      { text: 'They hope to see progress soon.' },
    ],
    // "is due to see Greek Foreign Minister Nikos Kotzias": a meeting still to come with a person named by title
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      if (t.lower !== 'see' || !/^(to|will|would|shall)$/.test(lowerAt(an, k - 1))) return undefined;
      const person = an.mentions.find((m) => m.t0 > k && m.t0 <= k + SEE_TITLE_WORDS + 1 && m.kind === 'PERSON');
      if (!person || !an.tokens.slice(k + 1, person.t0).every((x) => x.word)) return undefined;
      // "to see President X keep his word": a verb after the person makes it a wish, not a meeting
      const next = an.tokens[person.t1];
      if (next?.word && !next.cap && !/^(on|in|at|for|during|before|after|next|this|and|to|later)$/.test(next.lower))
        return undefined;
      return { tok: t, kind: 'MEETING', verb: true, length: 1 };
    },
  },
  {
    name: 'due in a place',
    examples: [
      { text: 'Foreign Minister Omar Siddiq is due in Accra on Friday.', expect: 'VISIT' },
      { text: 'The envoy, who began his tour in Jeddah, is due in Doha today.', expect: 'VISIT' },
      { text: 'The payment is due in March.' },
    ],
    // "is due in Doha today": an arrival expected at a named place
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      if (t.lower !== 'due' || !/^(is|are|was|were)$/.test(lowerAt(an, k - 1))) return undefined;
      if (!/^(in|at)$/.test(lowerAt(an, k + 1))) return undefined;
      const placed = an.mentions.some((m) => m.t0 === k + 2 && (m.kind === 'PLACE' || m.entry?.kind === 'COUNTRY'));
      return placed ? { tok: t, kind: 'VISIT', verb: true, length: 1 } : undefined;
    },
  },
  {
    name: 'a mission to a place',
    examples: [
      { text: 'The group concluded a three-day mission to Port-au-Prince on Tuesday.', expect: 'VISIT' },
      { text: 'The UN mission to Haiti said the talks would resume.' },
    ],
    // "a three-day mission to Port-au-Prince": a trip there ("the UN mission to Haiti" is a body)
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      if (t.lower !== 'mission' || t.cap || lowerAt(an, k + 1) !== 'to') return undefined;
      const at = lowerAt(an, k + 2) === 'the' ? k + 3 : k + 2;
      if (!an.mentions.some((m) => m.t0 === at && (m.kind === 'PLACE' || m.entry?.kind === 'COUNTRY')))
        return undefined;
      const lasting =
        /-day$|-week$/.test(lowerAt(an, k - 1)) || /^(fact-finding|good-offices)$/.test(lowerAt(an, k - 1));
      return lasting ? { tok: t, kind: 'VISIT', verb: false, length: 1 } : undefined;
    },
  },
  {
    name: 'delegation sent',
    examples: [
      { text: 'Oman would send a delegation to Riyadh.', expect: 'VISIT' },
      { text: 'Hamas said Israel had not sent a delegation to Cairo.' },
    ],
    match: ({ an, k }) => {
      const words = lexicon().meetingWords;
      const t = an.tokens[k]!;
      const send = wordsBefore(an, k, 3).findLast((x) => words.sendVerbs.has(x.lower));
      if (!words.sentNouns.has(t.lower) || !send) return undefined;
      // "Israel had not sent a delegation": nobody went
      if (negated(an, send.i)) return undefined;
      return { tok: t, kind: 'VISIT', verb: true, length: 1 };
    },
  },
  {
    name: 'visitor received',
    examples: [
      { text: 'President Sara Diallo received Foreign Minister Omar Siddiq in Dakar.', expect: 'MEETING' },
      { text: 'President Sara Diallo will host Foreign Minister Omar Siddiq in Dakar next week.', expect: 'MEETING' },
      {
        text: "Sara Diallo received Chad's Deputy Prime Minister Omar Siddiq in Dakar.",
        expect: 'MEETING',
      },
      { text: 'Omar Siddiq was greeted at the airport in Dakar by Foreign Minister Sara Diallo.', expect: 'MEETING' },
      { text: 'President Sara Diallo received in Dakar the Chadian Foreign Minister Omar Siddiq.', expect: 'MEETING' },
      { text: 'President Sara Diallo will host Chadian and Nigerien officials in Dakar.', expect: 'MEETING' },
      {
        text: 'President Sara Diallo hosted her Chadian counterpart Omar Siddiq at State House in Dakar.',
        expect: 'MEETING',
      },
      { text: 'President Sara Diallo received Western support for the plan.' },
      {
        text: "According to a statement from Senegal's Foreign Ministry, received in Dakar on Wednesday, Omar Siddiq also met the minister.",
      },
    ],
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      if (!lexicon().meetingWords.receptionVerbs.has(t.lower)) return undefined;
      // the one received is a person or a delegation, not a letter or a decision; "was greeted at the
      // airport by the foreign minister": the one who receives, after "by"
      const by = /^(was|were|is|are|been|being)$/.test(lowerAt(an, k - 1))
        ? an.tokens.findIndex((x, n) => n > k && n <= k + 6 && x.lower === 'by')
        : -1;
      // "received in Ramallah the Norwegian Foreign Minister X": the place may come first
      const place = /^(in|at)$/.test(lowerAt(an, k + 1)) ? an.mentions.find((m) => m.t0 === k + 2) : undefined;
      const v = place && (place.kind === 'PLACE' || place.entry?.kind === 'COUNTRY') ? place.t1 - 1 : k;
      // "received Iraq's Kurdistan Regional Government Prime Minister X": a long title, no clause mark
      const titleWord = (x: Token, n: number): boolean =>
        x.cap ||
        /^['’]s?$/.test(x.text) ||
        lexicon().meetingWords.titleWords.has(x.lower) ||
        (n === 0 && /^(the|his|her|their|its)$/.test(x.lower));
      const titled = (m: { t0: number }): boolean =>
        m.t0 > v && m.t0 <= v + 10 && an.tokens.slice(v + 1, m.t0).every(titleWord);
      // (no clause mark between: "a statement …, received in Jakarta on Wednesday, Othman also met…" received no one)
      const near = (m: { t0: number }): boolean =>
        m.t0 > v && m.t0 <= v + 4 && an.tokens.slice(v + 1, m.t0).every((x) => x.word || /^['’]s?$/.test(x.text));
      const object = an.mentions.find(
        (m) => m.kind === 'PERSON' && (near(m) || titled(m) || (by > 0 && m.t0 > by && m.t0 <= by + 5)),
      );
      const delegation = an.tokens.slice(k + 1, k + 5).some((x) => lexicon().meetingWords.sentNouns.has(x.lower));
      return object || delegation || statesOfficials(an, k + 1)
        ? { tok: t, kind: 'MEETING', verb: true, length: 1 }
        : undefined;
    },
  },
  {
    name: 'spoke by phone',
    examples: [
      { text: 'Prime Minister Lena Varga spoke by phone with President Omar Siddiq on Friday.', expect: 'CALL' },
      { text: 'Dr Ruto spoke on phone with Prime Minister Omar Siddiq on Monday evening.', expect: 'CALL' },
      { text: 'Lena Varga has since spoken several times by phone with Omar Siddiq.', expect: 'CALL' },
      { text: 'Omar Siddiq said so on Friday, after speaking with Lena Varga by phone late Thursday.', expect: 'CALL' },
      { text: 'President Omar Siddiq spoke on the phone with Prime Minister Lena Varga.', expect: 'CALL' },
      { text: 'Foreign Minister Ana Petrova talked by video link to her Ghanaian counterpart.', expect: 'CALL' },
      {
        text: 'Foreign Minister Ana Petrova spoke with her Ghanaian counterpart Kofi Mensah by phone.',
        expect: 'CALL',
      },
      {
        text: 'Foreign Minister Ana Petrova discussed the proposal by phone with her Ghanaian counterpart Kofi Mensah.',
        expect: 'CALL',
      },
      {
        text: 'President Omar Siddiq discussed the crisis with Ghanaian President Kofi Mensah by telephone.',
        expect: 'CALL',
      },
      { text: 'President Omar Siddiq discussed the crisis with Ghanaian President Kofi Mensah in Accra.' },
    ],
    match: ({ an, k }) => {
      const words = lexicon().meetingWords;
      const t = an.tokens[k]!;
      const discuss = words.discussVerbs.has(t.lower);
      if (!words.speakVerbs.has(t.lower) && !discuss) return undefined;
      const call = { tok: t, kind: 'CALL' as const, verb: true, length: 1 };
      const medium = (j: number) => remoteMediumAt(an, j);
      const byMedium = (j: number) => medium(j) !== undefined;
      // ("has since spoken several times by phone with X")
      let m = k + 1;
      while (m < k + 4 && words.speakAdverbs.has(lowerAt(an, m))) m++;
      if (byMedium(m)) return call;
      // "discussed the proposal by phone with X": the construction runs to the "with" of the other side
      const by = discuss ? an.tokens.slice(k + 2, k + 10).findIndex((x) => !x.word || byMedium(x.i)) : -1;
      const after = by >= 0 && byMedium(k + 2 + by) ? k + 3 + by + medium(k + 2 + by)!.length : -1;
      if (after > 0 && lowerAt(an, after) === 'with') return { ...call, length: after + 1 - k };
      // "discussed the crisis with Kenyan President William Ruto by telephone": the object, then the other side
      const object = discuss
        ? an.tokens.slice(k + 1, k + 7).findIndex((x) => !x.word || x.cap || x.lower === 'with')
        : -1;
      const withAt = object > 0 && lowerAt(an, k + 1 + object) === 'with' ? k + 1 + object : -1;
      // "spoke with his Turkish counterpart Hakan Fidan by phone": the medium after the other side
      if (withAt < 0 && !/^(with|to)$/.test(lowerAt(an, k + 1))) return undefined;
      const from = withAt > 0 ? withAt + 1 : k + 2;
      const found = withAt > 0 ? { ...call, length: withAt + 1 - k } : call;
      for (let j = from; j < Math.min(an.tokens.length, from + 12); j++) {
        const x = an.tokens[j]!;
        if (byMedium(j)) return found;
        if (!x.word && x.text !== ',' && !/^['’]s?$/.test(x.text)) return undefined;
        if (x.lower === 'that' || x.lower === 'and') return undefined;
      }
      return undefined;
    },
  },
  {
    name: 'briefed by phone',
    examples: [
      {
        text: 'Faki briefed Sovereignty Council Chairman Abdel Fattah al-Burhan by phone before the session.',
        expect: 'CALL',
      },
      { text: 'President Omar Siddiq congratulated Prime Minister Lena Varga by telephone on Sunday.', expect: 'CALL' },
      { text: 'Omar Siddiq briefed the cabinet on the talks in Accra.' },
      { text: 'The minister told Reuters by phone that the talks had stalled.' },
      { text: 'The envoy is expected to brief members by video link.' },
    ],
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      if (!lexicon().meetingWords.callObjectVerbs.has(t.lower) || !an.tokens[k + 1]?.word) return undefined;
      for (let j = k + 1; j < Math.min(an.tokens.length, k + 16); j++) {
        const x = an.tokens[j]!;
        // (someone named is called: "brief members by video link" is a briefing to a meeting)
        if (remoteMediumAt(an, j))
          return an.mentions.some((m) => m.t0 > k && m.t1 <= j && m.kind !== 'PLACE')
            ? { tok: t, kind: 'CALL', verb: true, length: 1 }
            : undefined;
        if ((!x.word && x.text !== ',' && !/^['’]s?$/.test(x.text)) || x.lower === 'that') return undefined;
      }
      return undefined;
    },
  },
  {
    name: 'called a counterpart',
    examples: [
      { text: 'Foreign Minister Ana Petrova called her Ghanaian counterpart on Monday.', expect: 'CALL' },
      { text: 'Omar Siddiq called his Chadian and Nigerien counterparts, urging restraint.', expect: 'CALL' },
      { text: 'President Omar Siddiq called both leaders on Saturday.', expect: 'CALL' },
      { text: 'Omar Siddiq called Ghanaian President Kofi Mensah on Monday to discuss the truce.', expect: 'CALL' },
      { text: 'Omar Siddiq called both Kofi Mensah and Lena Varga in November.', expect: 'CALL' },
      { text: 'Omar Siddiq called Kofi Mensah in December.', expect: 'CALL' },
      { text: 'Omar Siddiq called Kofi Mensah a liar.' },
      { text: 'Omar Siddiq called for calm in the region.' },
    ],
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      const words = lexicon().meetingWords;
      if (!words.counterpartCallVerbs.has(t.lower)) return undefined;
      const call = { tok: t, kind: 'CALL' as const, verb: true, length: 1 };
      if (/^(his|her|their)$/.test(lowerAt(an, k + 1))) return counterpartAfter(an, k + 2) > 0 ? call : undefined;
      // "called both leaders", "called the two presidents"
      const two = lowerAt(an, k + 1) === 'both' ? k + 2 : lowerAt(an, k + 2) === 'two' ? k + 3 : -1;
      if (two > 0 && words.leaderNouns.has(lowerAt(an, two))) return call;
      // "called both Herzog and Bennett in November": two persons named
      if (lowerAt(an, k + 1) === 'both' && an.mentions.some((m) => m.kind === 'PERSON' && m.t0 === k + 2)) return call;
      // "called Ghanaian President Kofi Mensah on Monday": a person, then a time, a purpose or the clause's end
      // ("called Kofi Mensah a liar" names him)
      const person = an.mentions.find(
        (m) =>
          m.kind === 'PERSON' &&
          m.t0 > k &&
          m.t0 <= k + CALLED_TITLE_WORDS &&
          an.tokens.slice(k + 1, m.t0).every((x) => x.cap),
      );
      return person && words.calledPersonEnds.has(lowerAt(an, person.t1) || '.') ? call : undefined;
    },
  },
  {
    name: 'a call from or with someone',
    examples: [
      { text: 'President Omar Siddiq received a call from Ghanaian President Kofi Mensah.', expect: 'CALL' },
      { text: 'In a call with President Kofi Mensah on Monday, Omar Siddiq urged calm.', expect: 'CALL' },
      { text: 'Omar Siddiq made a call for calm in the region.' },
      { text: 'The call between Omar Siddiq and Kofi Mensah lasted an hour.', expect: 'CALL' },
      { text: "Saturday's call was made by General Omar Siddiq to his counterpart.", expect: 'CALL' },
      { text: 'Omar Siddiq and Kofi Mensah held a call on Friday.', expect: 'CALL' },
      { text: 'The ministry renewed its call on both sides to stop fighting.' },
      { text: 'The call was answered by thousands of protesters.' },
    ],
    // "received a call from X", "in a call with X", "the call between X and Y": a call, with the other side named
    // after it; "Saturday's call was made by X", "held a call on Friday": one made or held
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      if (t.lower !== 'call') return undefined;
      const call = { tok: t, kind: 'CALL' as const, verb: false, length: 1 };
      const before = lowerAt(an, k - 1);
      const after = lowerAt(an, k + 1);
      if (/^(a|the)$/.test(before) && /^(from|with|between)$/.test(after) && an.tokens[k + 2]?.word) return call;
      const day = lowerAt(an, k - 2);
      const dayOwned =
        /^['’]s$/.test(an.tokens[k - 1]?.text ?? '') &&
        (lexicon().meetingWords.dayWords.has(day) || day === 'yesterday' || day === 'today');
      if (dayOwned && /^(was|lasted|came|between|with)$/.test(after)) return call;
      // "held a call", "had a phone call": a light verb before the noun
      return before === 'a' && /^(held|had|hold|have|holds|has)$/.test(lowerAt(an, k - 2)) ? call : undefined;
    },
  },
  {
    name: 'among those attending',
    examples: [
      { text: 'President Omar Said and Prime Minister Ali Hamdan were among those attending.', expect: 'MEETING' },
    ],
    match: ({ an, k }) => {
      const phrase = lexicon().meetingWords.attendeePhrases.find((p) => phraseAt(an.tokens, k, p));
      return phrase
        ? { tok: an.tokens[k]!, kind: 'MEETING', verb: true, length: phrase.length, refersBack: true }
        : undefined;
    },
  },
  {
    name: 'body convenes',
    examples: [
      { text: 'The Joint Border Committee will convene in Kuala Lumpur next week.', expect: 'MEETING' },
      { text: 'The Security Council convened on Friday at the request of France.', expect: 'MEETING' },
    ],
    // "will convene in Kuala Lumpur": used without an object, the body meets ("convened talks" is the noun's)
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      if (!lexicon().meetingWords.convenes.has(t.lower)) return undefined;
      const next = an.tokens[k + 1];
      const intransitive = !next?.word || /^(in|at|on|next|this|today|tomorrow|later|again|for)$/.test(next.lower);
      return intransitive && !negated(an, k) ? { tok: t, kind: 'MEETING', verb: true, length: 1 } : undefined;
    },
  },
  {
    name: 'sat down with',
    examples: [
      {
        text: 'The envoy Othman Hashim sat down on Sunday in Chiang Mai with representatives of the Karen National Union.',
        expect: 'MEETING',
      },
      { text: 'President Omar Siddiq will sit down with Prime Minister Lena Varga in Dakar.', expect: 'MEETING' },
      { text: 'The protesters sat down in the square.' },
    ],
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      if (!/^(sat|sit|sits|sitting)$/.test(t.lower) || lowerAt(an, k + 1) !== 'down' || negated(an, k))
        return undefined;
      for (let j = k + 2; j < Math.min(an.tokens.length, k + 14); j++) {
        if (lowerAt(an, j) === 'with') return { tok: t, kind: 'MEETING', verb: true, length: 2 };
        if (/^[.;:“”"]$/.test(an.tokens[j]!.text)) return undefined;
      }
      return undefined;
    },
  },
  {
    name: 'courtesy call',
    examples: [
      { text: 'On Tuesday, the Chinese delegation called on Foreign Minister Omar Siddiq.', expect: 'MEETING' },
      { text: 'The envoy called on President Lena Varga at the palace on Monday.', expect: 'MEETING' },
      { text: 'The minister called on the rebels to lay down their weapons.' },
      { text: 'Omar Siddiq called on Monday for an immediate ceasefire.' },
    ],
    match: ({ an, k }) =>
      courtesyCallAt(an.tokens, k) && !negated(an, k)
        ? { tok: an.tokens[k]!, kind: 'MEETING', verb: true, length: 2 }
        : undefined,
  },
  {
    name: 'meeting verb',
    examples: [
      { text: 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.', expect: 'MEETING' },
      { text: 'Prime Minister Lena Varga telephoned President Omar Siddiq on Friday.', expect: 'CALL' },
      { text: 'Prime Minister Lena Varga has not met President Omar Siddiq since May.' },
      { text: 'Petro, who has met Omar Siddiq several times, urged restraint.' },
      { text: 'Any resort to the snapback would meet a proportionate response, Omar Siddiq said.' },
      { text: 'The lunch at the Metropole, the French colonial-era hotel hosting the talks, was called off.' },
    ],
    match: ({ an, k }) => {
      const t = an.tokens[k]!;
      const kind = lexicon().meetingVerbs.get(t.lower);
      return kind &&
        !described(an, k) &&
        !negated(an, k) &&
        !habitual(an, k) &&
        !meetsNoOne(an, k) &&
        !hostingVenue(an, k)
        ? { tok: t, kind, verb: true, length: 1 }
        : undefined;
    },
  },
];

/** Every meeting trigger of a sentence, each from the first rule that matches its token. */
export function findTriggers(an: SentenceAnalysis): Trigger[] {
  const out: Trigger[] = [];
  for (let k = 0; k < an.tokens.length; k++) {
    for (const rule of MEETING_TRIGGERS) {
      const hit = rule.match({ an, k });
      if (!hit) continue;
      out.push({ ...hit, rule: rule.name });
      k += hit.length - 1;
      break;
    }
  }
  // "flew to Islamabad, where he was due to co-chair the dialogue": the meeting there is the event, not the trip
  return out.filter((t) => t.rule !== TRAVEL_RULE || !meetingInWhereClause(an, t, out));
}

const TRAVEL_RULE = 'travel to a place';

/** "Somali and Ethiopian officials", "Chinese diplomats": states' unnamed people, from token k (the object of a host verb). */
function statesOfficials(an: SentenceAnalysis, k: number): boolean {
  for (let j = k; j < k + OFFICIALS_REACH && j < an.tokens.length; j++) {
    const t = an.tokens[j]!;
    if (lexicon().unnamed.has(t.lower) && /s$/.test(t.lower))
      return j > k && an.mentions.some((m) => m.t0 >= k && m.t1 <= j && m.entry?.kind === 'COUNTRY');
    if (!(t.cap || t.lower === 'and' || t.text === ',' || t.lower === 'senior' || t.lower === 'top')) return false;
  }
  return false;
}

/** Words of "Somali and Ethiopian officials" before its noun. */
const OFFICIALS_REACH = 6;

/** "urged both sides to return to talks", "called for the parties to engage in talks": talks asked of others. */
function askedToHold(an: SentenceAnalysis, k: number): boolean {
  const { tokens } = an;
  const to = tokens.findLastIndex((t, j) => j < k && j >= k - 4 && t.lower === 'to');
  if (to < 0 || placedAfter(an, k) || !tokens.slice(to + 1, k).every((t) => t.word && !t.cap)) return false;
  const ask = tokens.findLastIndex(
    (t, j) => j < to && j >= to - ASKED_TO_REACH && lexicon().meetingWords.askWords.has(t.lower),
  );
  return ask >= 0 && !tokens.slice(ask + 1, to).some((t) => /^[.;:]$/.test(t.text) || t.lower === 'and');
}

/** Words an ask may stand before the "to" of the talks it asks for ("called in October last year for all parties to the dispute to"). */
const ASKED_TO_REACH = 12;

/** "any talks must respect…", "any direct negotiations": talks in general, none reported. */
function anyMeeting(an: SentenceAnalysis, k: number): boolean {
  const before = wordsBefore(an, k, 2).map((t) => t.lower);
  return before.at(-1) === 'any' || (before.at(-2) === 'any' && !an.tokens[k - 1]!.cap);
}

/** "has met Maduro several times", "meet regularly": a habit, no one meeting. */
function habitual(an: SentenceAnalysis, k: number): boolean {
  const { habitualPhrases } = lexicon().meetingWords;
  for (let j = k + 1; j <= k + HABIT_REACH && j < an.tokens.length; j++) {
    if (!an.tokens[j]!.word) return false;
    if (habitualPhrases.some((p) => phraseAt(an.tokens, j, p))) return true;
  }
  return false;
}

/** Words a habit phrase may stand after its meeting verb ("met Chadian President Omar Siddiq several times"). */
const HABIT_REACH = 6;

/** "in Doha" at token j, or after a short phrase of what the accord is for ("for peace in Doha", "on oil exports with Niger in Niamey"). */
function placeAfterAccord(an: SentenceAnalysis, j: number): boolean {
  if (/^(in|at)$/.test(lowerAt(an, j))) return true;
  if (!/^(for|on|with|between|of)$/.test(lowerAt(an, j))) return false;
  // "signed an agreement on Tuesday in Bridgetown": a day, not what the accord is on
  if (isDate(an.tokens[j + 1])) return false;
  for (let n = j + 1; n <= j + ACCORD_PHRASE_REACH; n++) {
    const x = an.tokens[n];
    if (!x?.word) return false;
    if (/^(in|at)$/.test(x.lower) && an.tokens[n + 1]?.cap) return true;
  }
  return false;
}

/** Words before an accord's verb its noun may stand ("the deal that both sides finally signed in …"). */
const ACCORD_BEFORE_WORDS = 8;

/** The token after the names of signatories opening at j ("Ukraine and Russia", "the two sides"), at most a few words. */
function signatoriesEnd(an: SentenceAnalysis, j: number): number {
  let k = j;
  while (k < j + SIGNATORY_WORDS && an.tokens[k]?.word && !/^(in|at)$/.test(an.tokens[k]!.lower)) k++;
  return k;
}

/** Words of the signatories after "signed by" ("the leaders of Ukraine and Russia"). */
const SIGNATORY_WORDS = 8;

/** A capitalised place name (not a month or a day) at j: "in Paris", "in Addis Ababa". */
function placeNameAt(an: SentenceAnalysis, j: number): boolean {
  const t = an.tokens[j];
  return !!t?.cap && !isDate(t) && an.mentions.some((m) => m.t0 === j && (m.kind === 'PLACE' || m.kind === 'COUNTRY'));
}

/** Words a phrase of what an accord is for may have before the place it was signed at. */
const ACCORD_PHRASE_REACH = 5;

/** A day, a month or a number: "on Tuesday", "in July", "on 12 May". */
function isDate(t: Token | undefined): boolean {
  return !!t && (lexicon().meetingWords.dayWords.has(t.lower) || /^\d/.test(t.text));
}

/** A ", where" clause opening a few words after the trip's place that names a meeting: another trigger, or a process noun. */
function meetingInWhereClause(an: SentenceAnalysis, trip: Trigger, triggers: readonly Trigger[]): boolean {
  const { tokens } = an;
  const from = trip.tok.i + 2;
  const where = tokens.findIndex(
    (t, k) => k >= from && k <= from + WHERE_CLAUSE_START && t.lower === 'where' && tokens[k - 1]?.text === ',',
  );
  if (where < 0 || tokens.slice(from, where).some((t) => t.text === '.' || t.text === ';')) return false;
  const comma = tokens.findIndex((t, k) => k > where && t.text === ',');
  const end = Math.min(comma < 0 ? tokens.length : comma, where + WHERE_CLAUSE_REACH + 1);
  // ("where he was due to co-chair the strategic dialogue": a process noun no trigger reads alone)
  const { roundNouns } = lexicon().meetingWords;
  return (
    triggers.some((t) => t.tok.i > where && t.tok.i < end) ||
    tokens.slice(where + 1, end).some((t) => roundNouns.has(t.lower))
  );
}

/** Title words between "see" and the person seen ("to see Greek Foreign Minister Nikos Kotzias"). */
const SEE_TITLE_WORDS = 4;

/** How far past the trip's verb a ", where" clause may open ("flew on to Islamabad on Wednesday evening, where"). */
const WHERE_CLAUSE_START = 8;
/** How far into the ", where" clause its meeting word may stand. */
const WHERE_CLAUSE_REACH = 16;

import type { Mention, SentenceAnalysis } from '../actors/mentions.js';
import { findDates } from '../dates.js';
import { lexicon } from '../lexicon/index.js';
import { phraseAt } from '../mediations/cues.js';
import { inCountry } from './merge.js';
import type { Trigger } from './triggers.js';

/**
 * The part of a sentence that reports one event. A meeting introduced by a sequence connector ("arrived
 * in Singapore ahead of his summit with Trump", "the day after the meeting in Accra, a delegation
 * arrived in Niamey") is another event than the rest of the sentence: its own place, date, status and
 * participants.
 */
export interface Segment {
  triggers: Trigger[];
  /** Token range of a connector's phrase [lo, hi); the whole sentence for the rest. */
  lo: number;
  hi: number;
  /** Connector phrases cut out of the rest of the sentence. */
  holes: Hole[];
  /** A connector's phrase names an event earlier ("after"), later ("ahead of") or around ("on the sidelines of") the rest. */
  order?: Order;
}

export type Order = 'earlier' | 'later' | 'around';

interface Hole {
  lo: number;
  hi: number;
  order: Order;
}

const STOPS = /^[,;—–]$/;
const YEAR = /\b(1[89]|20)\d\d\b/;

/** "ahead of his historic summit", "following summits": the connector that leads to trigger i, if one does. */
function connectorBefore(an: SentenceAnalysis, i: number): { lo: number; order: Hole['order'] } | undefined {
  return connectorRightBefore(an, i) ?? connectorBeforeApposition(an, i);
}

/**
 * "after the session of the Supreme Council, the summit of the Union, which…": the trigger in apposition to a phrase
 * that a connector leads takes that connector; not "after the session of the council, the talks went on".
 */
function connectorBeforeApposition(an: SentenceAnalysis, i: number): { lo: number; order: Hole['order'] } | undefined {
  const { tokens } = an;
  if (tokens[i - 1]?.lower !== 'the' || tokens[i - 2]?.text !== ',') return undefined;
  let end = i + 1;
  if (tokens[end]?.lower === 'of') end = an.mentions.find((m) => m.t0 >= end && m.t0 <= end + 2)?.t1 ?? end;
  const next = tokens[end];
  if (next && !STOPS.test(next.text) && next.text !== '(' && !/^(which|where)$/.test(next.lower)) return undefined;
  let k = i - 3;
  const named = an.mentions.find((m) => m.t1 === k + 1 && m.kind !== 'PLACE');
  if (named) k = named.t0 - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of' || !tokens[k - 1]?.word || tokens[k - 1]!.cap) return undefined;
  return connectorRightBefore(an, k - 1);
}

function connectorRightBefore(an: SentenceAnalysis, i: number): { lo: number; order: Hole['order'] } | undefined {
  const { tokens } = an;
  const { earlier, later, around } = lexicon().meetingWords.sequenceConnectors;
  // "before the NATO summit": the name that modifies the meeting noun belongs to it
  const modifier = an.mentions.find((m) => m.t1 === i && m.kind !== 'PLACE');
  const reach = 5 + (modifier ? modifier.t1 - modifier.t0 : 0);
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    if (modifier && k >= modifier.t0) continue;
    // "ahead of his historic summit", "after Trump's visit"; not "after Adviser on the Peace Process"
    const possessive = /^['’]s?$/.test(tokens[k + 1]?.text ?? '');
    if (!/^['’]s?$/.test(tokens[k]!.text) && (!tokens[k]!.word || (tokens[k]!.cap && !possessive))) return undefined;
    const at = (p: string[]): boolean => phraseAt(tokens, k, p) && k + p.length <= i;
    if (earlier.some(at)) return { lo: k, order: 'earlier' };
    if (later.some(at)) return { lo: k, order: 'later' };
    if (around.some(at)) return { lo: k, order: 'around' };
  }
  return undefined;
}

/** The sentence's segments: one per connector phrase with a meeting word, and the rest, when both hold one. */
export function eventSegments(an: SentenceAnalysis, triggers: Trigger[], publishedAt: string | null = null): Segment[] {
  // "It was the second such meeting this year; the two sides last met there on May 16": a clause after a semicolon
  // with a meeting word of its own reports another event
  const semi = an.tokens.findIndex((t) => t.text === ';');
  if (semi > 0) {
    const before = triggers.filter((t) => t.tok.i < semi);
    const after = triggers.filter((t) => t.tok.i > semi);
    if (before.length > 0 && after.length > 0)
      return [
        { triggers: before, lo: 0, hi: semi, holes: [] },
        { triggers: after, lo: semi + 1, hi: an.tokens.length, holes: [] },
      ];
  }
  const again = resumptionClause(an, triggers) ?? coordinatedClause(an, triggers);
  if (again !== undefined)
    return [
      { triggers: triggers.filter((t) => t.tok.i < again), lo: 0, hi: again, holes: [] },
      { triggers: triggers.filter((t) => t.tok.i > again), lo: again + 1, hi: an.tokens.length, holes: [] },
    ];
  const whole: Segment[] = [{ triggers, lo: 0, hi: an.tokens.length, holes: [] }];
  const holes: Hole[] = [];
  const { heldAtVerbs } = lexicon().meetingWords;
  for (const tr of triggers) {
    if (holes.some((h) => tr.tok.i >= h.lo && tr.tok.i < h.hi)) continue;
    const connector = connectorBefore(an, tr.tok.i);
    if (!connector) continue;
    let hi = tr.tok.i + tr.length;
    // "after the summit of A and B, held in Riyadh": the participle after the comma still describes it
    const stop = (k: number): boolean =>
      STOPS.test(an.tokens[k]!.text) && !heldAtVerbs.has(an.tokens[k + 1]?.lower ?? '');
    // ("following the talks in Geneva, Switzerland, in May": a city's country set off by commas)
    while (hi < an.tokens.length && !stop(hi)) hi = pastCountryOfCity(an, hi);
    // "after a day of meetings in Geneva" names no actor nor date of its own: the sentence's own meeting
    const actor = an.mentions.some(
      (m) => m.kind !== 'PLACE' && m.matchedAs !== 'capital' && m.t0 >= connector.lo && m.t1 <= hi,
    );
    const text = an.sentence.text.slice(
      an.tokens[connector.lo]!.start - an.sentence.start,
      an.tokens[hi - 1]!.end - an.sentence.start,
    );
    // ("on the sidelines of the summit" always names the event around the rest)
    // ("after a round in Doha last week": a date relative to the article's is a date of its own too)
    // ("said after the talks that the ministers would meet soon": the talks reported before, another event)
    const reportedBefore =
      an.tokens[connector.lo + 1]?.lower === 'the' &&
      connector.lo + 2 === tr.tok.i &&
      triggers.some((t) => t.verb && t.kind !== 'CALL' && t.tok.i >= hi);
    if (
      connector.order !== 'around' &&
      !actor &&
      !reportedBefore &&
      !YEAR.test(text) &&
      findDates(text, publishedAt).length === 0
    )
      continue;
    holes.push({ ...connector, hi });
  }
  // "after talks at the committee, which Malaysia hosted": a relative clause on the phrase's last noun is the phrase's
  for (const h of holes) if (/^(which|where)$/.test(an.tokens[h.hi + 1]?.lower ?? '')) h.hi = clauseEnd(an, h.hi + 1);
  const inHole = (i: number): boolean => holes.some((h) => i >= h.lo && i < h.hi);
  const rest = triggers.filter((t) => !inHole(t.tok.i));
  if (holes.length === 0 || rest.length === 0) return whole;
  return [
    { triggers: rest, lo: 0, hi: an.tokens.length, holes },
    ...holes.map((h) => ({
      triggers: triggers.filter((t) => t.tok.i >= h.lo && t.tok.i < h.hi),
      lo: h.lo,
      hi: h.hi,
      holes: [],
      order: h.order,
    })),
  ];
}

/** Words around a trigger that make it a resumption ("meet again", "the next round"). */
const RESUMPTION_AROUND = 2;

/**
 * "The meeting ended at X on Friday, with the two countries agreeing to meet again in Kigali in February": the comma
 * that opens the clause of a resumption after a meeting reported before it, where the sentence is cut in two events.
 */
function resumptionClause(an: SentenceAnalysis, triggers: Trigger[]): number | undefined {
  const { resumptionWords } = lexicon().meetingWords;
  const { tokens } = an;
  for (const tr of triggers.slice(1)) {
    const from = Math.max(0, tr.tok.i - RESUMPTION_AROUND);
    const to = tr.tok.i + tr.length + RESUMPTION_AROUND;
    let resumes = false;
    for (let k = from; k < to && !resumes; k++) resumes = resumptionWords.some((p) => phraseAt(tokens, k, p));
    if (!resumes) continue;
    const before = triggers.filter((t) => t.tok.i < tr.tok.i);
    const last = Math.max(...before.map((t) => t.tok.i + t.length));
    for (let k = tr.tok.i - 1; k >= last; k--) if (tokens[k]!.text === ',') return k;
  }
  return undefined;
}

/**
 * "Herzog and Erdogan first spoke by phone in July, and Erdogan called both Herzog and Bennett in November": the
 * comma of ", and" that opens a clause whose own named subject does a meeting verb of its own, after another meeting.
 */
function coordinatedClause(an: SentenceAnalysis, triggers: Trigger[]): number | undefined {
  const { tokens } = an;
  for (const tr of triggers.slice(1)) {
    if (!tr.verb) continue;
    const subject = an.mentions.find(
      (m) =>
        m.kind !== 'PLACE' &&
        m.t1 <= tr.tok.i &&
        tr.tok.i - m.t1 <= SUBJECT_VERB_GAP &&
        tokens.slice(m.t1, tr.tok.i).every((t) => t.word && !t.cap),
    );
    if (!subject || tokens[subject.t0 - 1]?.lower !== 'and' || tokens[subject.t0 - 2]?.text !== ',') continue;
    const comma = subject.t0 - 2;
    if (triggers.some((t) => t.tok.i + t.length <= comma)) return comma;
  }
  return undefined;
}

/** Words between a clause's subject and its meeting verb ("and Erdogan also called"). */
const SUBJECT_VERB_GAP = 2;

/** "Geneva, Switzerland, in May": from a city's last token k, past its country set off by commas; else k + 1. */
function pastCountryOfCity(an: SentenceAnalysis, k: number): number {
  const country = countryAfterCity(an, k + 1);
  if (!country) return k + 1;
  return an.tokens[country.t1]?.text === ',' ? country.t1 + 1 : country.t1;
}

/** "in Geneva, Switzerland": the country named right after the comma at `comma` that follows a city of it. */
export function countryAfterCity(an: SentenceAnalysis, comma: number): Mention | undefined {
  if (an.tokens[comma]?.text !== ',') return undefined;
  const city = placeEndingAt(an, comma);
  const country = an.mentions.find(
    (m) => m.t0 === comma + 1 && m.entry?.kind === 'COUNTRY' && m.matchedAs !== 'capital',
  );
  return city && country && inCountry(city, country.entry!.name) ? country : undefined;
}

/** The place name (a place mention, a capital or a capitalised word) that ends right before token `end`. */
function placeEndingAt(an: SentenceAnalysis, end: number): string | null {
  const m = an.mentions.find((x) => x.t1 === end && (x.kind === 'PLACE' || x.matchedAs === 'capital'));
  if (m) return m.surface;
  const t = an.tokens[end - 1];
  return t?.cap ? t.text : null;
}

/** The token after the relative clause that starts at `from`: its next comma, or the sentence's end. */
function clauseEnd(an: SentenceAnalysis, from: number): number {
  const k = an.tokens.findIndex((t, j) => j > from && STOPS.test(t.text));
  return k < 0 ? an.tokens.length : k;
}

/** True when token i belongs to the segment. */
export const inSegment = (seg: Segment, i: number): boolean =>
  i >= seg.lo && i < seg.hi && !seg.holes.some((h) => i >= h.lo && i < h.hi);

/** The first token after `from` where a scan for the segment's place must stop. */
export const segmentStop = (seg: Segment, from: number): number =>
  Math.min(seg.hi, ...seg.holes.filter((h) => h.lo >= from).map((h) => h.lo));

import type { Evidence, ExtractedMeeting, MeetingKind, MeetingStatus } from '../../domain/article.js';
import { sharedGazetteer } from '../../geo/index.js';
import { phraseAt } from '../mediations/cues.js';
import { cachedNameKey as nameKey } from '../keys.js';
import { isTitleWord, type Mention, type SentenceAnalysis } from '../actors/mentions.js';
import { type ActorGroup, isStateOrBody } from '../actors/resolve.js';
import { type ArticleContext, bodiesNamedBefore, resolveReference } from '../context.js';
import { type DateDirection, findDates } from '../dates.js';
import { articleParties, formerRole, nearestJoinedPair, stateOf } from '../parties.js';
import { STATEMENT_WORDS } from '../statements/words.js';
import { lexicon } from '../lexicon/index.js';
import { firstMatch } from '../rule.js';
import {
  clauseAround,
  clauseAroundNames,
  commaAsideAfter,
  isClauseMark,
  opensRelativeClause,
  relativeAsideAfter,
} from '../clause.js';
import { meetingStatus, putOffTo } from './status.js';
import { JOINER_RULES } from './joiners.js';
import { LISTED_ROUNDS } from './rounds.js';
import { SEPARATE_MEETINGS } from './separate.js';
import { countryAfterCity, eventSegments, inSegment, type Segment, segmentStop } from './segments.js';
import { afterMeetingLead, governedParticipants } from './participants.js';
import { askedFor, counterpartAfter, findTriggers, topicPhraseBefore, type Trigger } from './triggers.js';
import { type Draft, inCountry, merge } from './merge.js';
import type { Token } from '../tokens.js';
import { unreachable } from '../../domain/unreachable.js';

/**
 * "a summit on the war in Gaza", "talks over the crisis in Sudan": the preposition at k places the topic the
 * meeting is about, not the meeting ("talks on Monday in Doha", "on the sidelines of…" place it).
 */
function topicPlace(tokens: Token[], from: number, k: number): boolean {
  const { topicPrepositions, sidelinesPhrases } = lexicon().meetingWords;
  let j = k - 1;
  while (j >= from && j > k - 5 && tokens[j]!.word && !tokens[j]!.cap && !topicPrepositions.has(tokens[j]!.lower)) j--;
  if (j < from || j === k - 1 || !topicPrepositions.has(tokens[j]!.lower)) return false;
  return !sidelinesPhrases.some((p) => phraseAt(tokens, j, p));
}

/** "made a visit to Kyiv and met Zelenskiy while Xi was in Moscow": a contrast clause after the trigger names others. */
function whileClausesAfter(an: SentenceAnalysis, at: number): Array<{ a: number; b: number }> {
  const { tokens } = an;
  const { contrastWords } = STATEMENT_WORDS;
  const k = tokens.findIndex((t, j) => j > at && contrastWords.has(t.lower) && t.lower !== 'but');
  if (k < 0) return [];
  const end = tokens.findIndex((t, j) => j > k && /^[,;]$/.test(t.text));
  return [{ a: k, b: end < 0 ? tokens.length : end }];
}

/** "the delegations met", "the two sides held talks": a plural noun for the sides just before the trigger. */
function sidesNounBefore(an: SentenceAnalysis, trig: Trigger): boolean {
  const { sidesNouns } = lexicon().meetingWords;
  return an.tokens.slice(Math.max(0, trig.tok.i - SIDES_NOUN_REACH), trig.tok.i).some((t) => sidesNouns.has(t.lower));
}

const SIDES_NOUN_REACH = 3;

/** The place the clause before ", when …" goes to or is in, for a trigger inside the "when" clause. */
function placeBeforeWhen(an: SentenceAnalysis, at: number): string[] {
  const comma = commaBeforeWhen(an.tokens, at);
  if (comma < 0) return [];
  const before = clauseAround(an.tokens, comma - 1);
  return placesAfter(an, before.a, PREPS_TO, comma - before.a);
}

/**
 * The comma before ", when …" for a trigger at `at` in the "when" clause, or -1: "…, when the ministers met",
 * "…, when Trump called Putin during his meeting at the White House".
 */
function commaBeforeWhen(tokens: Token[], at: number): number {
  const opens = clauseAround(tokens, at).a;
  let when = tokens[opens]?.lower === 'when' ? opens : tokens[opens - 1]?.lower === 'when' ? opens - 1 : -1;
  // (the trigger's clause opens later, after a verb of its own: "when Trump called Putin during his meeting")
  for (let k = at; when < 0 && k > 1 && !/^[,;:"“”]$/.test(tokens[k]!.text); k--)
    if (tokens[k]!.lower === 'when') when = k;
  return when > 1 && tokens[when - 1]?.text === ',' ? when - 1 : -1;
}

/** ", where" between token k and token at: at stands in a relative clause on the place at k. */
function whereClauseBetween(tokens: Token[], k: number, at: number): boolean {
  return tokens.some((t, j) => j > k && j < at && t.lower === 'where' && tokens[j - 1]?.text === ',');
}

/** "took place in the Kremlin |after…", "was held in Doha |ahead of…": the place of a held-at verb that ends at `at`. */
function heldPlaceBefore(an: SentenceAnalysis, at: number): string[] {
  const { tokens } = an;
  for (let k = at - 1; k >= 0 && k >= at - HELD_PLACE_REACH; k--) {
    if (!heldVerbAt(tokens, k)) continue;
    if (tokens.slice(k, at).some((x) => !x.word)) return [];
    return placesAfter(an, k + 1, /^(in|at)$/, at - k - 1);
  }
  return [];
}

const HELD_PLACE_REACH = 8;

/** "took place", "take place": a form of "take" with "place" after it. */
const takePlaceAt = (tokens: Token[], k: number): boolean =>
  /^(take|takes|took|taking)$/.test(tokens[k]!.lower) && tokens[k + 1]?.lower === 'place';

/** "held", "hosted", "convened", "took place": a verb that says where an event was held. */
const heldVerbAt = (tokens: Token[], k: number): boolean =>
  lexicon().meetingWords.heldAtVerbs.has(tokens[k]!.lower) || takePlaceAt(tokens, k);

/** Places named after "in"/"at"/"to" near a trigger: "in Moscow", "in London and Paris", "Yemen's capital of Sanaa". */
function placesAfter(an: SentenceAnalysis, from: number, preps: RegExp, window = 40): string[] {
  const lex = lexicon();
  const { tokens } = an;
  let end = from + window;
  for (let k = from; k < tokens.length && k < end; k++) {
    // "at the “Jose Marti” airport in Havana", "held with "the help of Oman" in Muscat": a short quote inside
    // the clause is skipped, not taken for a quotation that ends it
    const close =
      /^[“"]$/.test(tokens[k]!.text) && tokens[k - 1]?.word && !tokens[k - 1]!.cap ? quoteEnd(tokens, k) : -1;
    if (close > 0) {
      end += close - k;
      k = close;
      continue;
    }
    if (/^[.;“”"]$/.test(tokens[k]!.text)) break;
    // "during her visit, according to the Danish government": the source of the report, no place
    if (STATEMENT_WORDS.sourcePhrases.some((p) => phraseAt(tokens, k, p))) break;
    // "…for the summit, with the war in Gaza topping the agenda": an absolute clause places something else
    if (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'with' && tokens[k + 2]?.lower === 'the') break;
    // "met Lavrov at the Pavilion, Turkish sources said, adding that … the situation in Gaza": past a reporting tail
    // that goes on to add words, the places are the words reported
    if (tokens[k]!.text === ',' && reportingTailAt(tokens, k + 1)) break;
    // "Opening the meeting, Putin said relations between Moscow and Beijing …": what a speaker says places nothing
    if (k > from && reportsWords(tokens, k)) break;
    // "at the Vahdettin Pavilion, …": a venue the gazetteer does not know, its clause ending there, is in the
    // dateline's city ("at the Ledra Palace in Nicosia's buffer zone", "outside the city of Khujand": a place after it)
    const venueEnd = /^(at|in)$/.test(tokens[k]!.lower) ? namedVenueEnd(an, k + 1) : -1;
    if (venueEnd > 0 && !tokens[venueEnd]?.word) return [];
    // "on the İmralı prison island", "on Sentosa island": an island named before its noun
    const island = tokens[k]!.lower === 'on' ? islandNamed(tokens, k + 1) : null;
    if (island) return [island];
    // "held talks with Choe near Stockholm" ("in Arlington, near Washington": after a comma, "near" locates the place
    // named before)
    const near = tokens[k]!.lower === 'near' && tokens[k - 1]?.text !== ',';
    // "the summit scheduled for Arusha on November 30": the place a meeting is set for
    const setFor = tokens[k]!.lower === 'for' && SET_FOR.test(tokens[k - 1]?.lower ?? '');
    if (!preps.test(tokens[k]!.lower) && !near && !setFor && !(tokens[k]!.lower === 'on' && opensSideOf(tokens, k + 1)))
      continue;
    // "the Organization for Security and Co-operation in Europe": a preposition inside a name places nothing
    if (an.mentions.some((m) => m.kind !== 'PLACE' && m.t0 < k && m.t1 > k)) continue;
    // "halted the negotiations following a wave of attacks in the Catatumbo region": the violence's place
    if (topicPlace(tokens, from, k) || lex.meetingWords.violenceNouns.has(tokens[k - 1]?.lower ?? '')) continue;
    const out: string[] = [];
    let j = k + 1;
    while (j < tokens.length) {
      // "in central Helsinki" (a city; "in southern Syria" is a region, no meeting place)
      const narrowedPlace = lex.meetingWords.placeModifiers.has(tokens[j]!.lower) ? placeAt(an, j + 1) : null;
      const narrowed = !!narrowedPlace && !lex.countryByName.has(narrowedPlace.name);
      if (tokens[j]!.lower === 'the' || tokens[j]!.lower === 'city' || tokens[j]!.lower === 'of' || narrowed) {
        j++;
        continue;
      }
      // "the truce village of Panmunjom", "the border town of Rafah", "the Chinese city of Kunming": skip to the
      // name after "of" ("the southern Lebanese town of Naqoura": lower-case words and a country's adjective)
      const adjective = (k: number): boolean =>
        an.mentions.some((m) => m.t0 === k && m.t1 === k + 1 && m.matchedAs === 'adjective');
      // ("the Caribbean island of St. Vincent": a region's name before the noun too)
      const describing = (k: number): boolean => /^[a-z-]+$/.test(tokens[k]!.text) || adjective(k) || !!tokens[k]!.cap;
      if (tokens[j - 1]?.lower === 'the' && describing(j)) {
        let c = j;
        while (
          c < tokens.length &&
          c < j + 4 &&
          tokens[c]!.word &&
          describing(c) &&
          !lex.meetingWords.placeNouns.has(tokens[c]!.lower) &&
          !lex.meetingWords.regionNouns.has(tokens[c]!.lower)
        )
          c++;
        // "the port city of Mombasa": two place nouns
        if (lex.meetingWords.placeNouns.has(tokens[c + 1]?.lower ?? '')) c++;
        // ("the Mediterranean province of Antalya": a region's noun before "of" and its city's name too)
        const noun = tokens[c]?.lower ?? '';
        if (
          (lex.meetingWords.placeNouns.has(noun) || lex.meetingWords.regionNouns.has(noun)) &&
          tokens[c + 1]?.lower === 'of'
        ) {
          j = c + 2;
          // "the Chinese city of Kunming": a name after "city of" is a place the gazetteer may not know
          const named = placeAt(an, j) ? null : unknownPlaceName(an, j);
          if (named) {
            out.push(named);
            break;
          }
          continue;
        }
      }
      // "at the White House", "at the Kremlin": the seat of power's city
      const venue = lex.meetingWords.venues.find((v) => phraseAt(tokens, j, v.words));
      if (venue) {
        out.push(venue.city);
        break;
      }
      // "in the Angolan capital": the capital the lexicon knows for that country
      const capital = adjectiveCapital(an, j);
      if (capital) {
        out.push(capital);
        break;
      }
      const place = placeAt(an, j);
      if (!place) break;
      // "in Chad peace talks", "in Sudan talks": a country before a meeting noun names the talks, not their place
      if (lex.countryByName.has(place.name) && meetingNounAt(an, place.end)) break;
      // "Yemen's capital (of) Sanaa" / "Beijing, capital of China"
      const next = place.end;
      if (/^['’]s?$/.test(tokens[next]?.text ?? '') || tokens[next]?.lower === 's') {
        let c = next;
        while (c < tokens.length && c < next + 4 && tokens[c]!.lower !== 'capital') c++;
        if (tokens[c]?.lower === 'capital') {
          let d = c + 1;
          while (d < tokens.length && /^(of|,|the)$/.test(tokens[d]!.lower)) d++;
          const inner = placeAt(an, d);
          if (inner) {
            out.push(inner.name);
            j = inner.end;
            break;
          }
          // "in Ethiopia's capital" with no name after it: the capital the lexicon knows
          const capital = lex.countryByName.get(place.name)?.capitals?.[0];
          if (capital) {
            out.push(capital);
            break;
          }
        }
      }
      // "the Red Sea coastal city of Jeddah", "Russia's Far East port city of Vladivostok": the city
      const owner = /^['’]s?$/.test(tokens[next]?.text ?? '') || tokens[next]?.lower === 's';
      const from2 = owner ? next + 1 : next;
      const word = owner ? /^[A-Za-z-]+$/ : /^[a-z-]+$/;
      let c2 = from2;
      while (c2 < tokens.length && c2 < from2 + 5 && word.test(tokens[c2]!.text) && tokens[c2]!.lower !== 'city') c2++;
      if (tokens[c2]?.lower === 'city' && tokens[c2 + 1]?.lower === 'of') {
        const inner = placeAt(an, c2 + 2);
        if (inner) {
          out.push(inner.name);
          break;
        }
      }
      // "in the Pacific port city": a description of a city named elsewhere, not a place of its own
      if (describesCity(an, place.end)) break;
      // "talks on the safety of shipping in the Black Sea": a sea is what the talks are about, no meeting place
      if (WATERS.test(place.name)) break;
      out.push(place.name, ...placesListedAfter(an, place));
      break;
    }
    if (out.length > 0) return out;
  }
  return [];
}

/** How many words the speaker of a reporting tail may have (", Turkish diplomatic sources said"). */
const TAIL_SPEAKER_WORDS = 5;

/** ", Turkish diplomatic sources said, adding that": a reporting tail at token k that adds words of its own. */
function reportingTailAt(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + TAIL_SPEAKER_WORDS; j++) {
    if (!tokens[j]!.word) return false;
    if (!tokens[j]!.cap && lexicon().reporting.has(tokens[j]!.lower))
      return tokens[j + 1]?.text === ',' && STATEMENT_WORDS.participleCues.has(tokens[j + 2]?.lower ?? '');
  }
  return false;
}

/** "Putin said relations …", "he told reporters that …": a reporting verb at token k that opens reported words. */
function reportsWords(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.cap || !lexicon().meetingWords.speechVerbs.has(t.lower)) return false;
  // ("the talks, said to be taking place in Doha": a passive hearsay, no speaker)
  return tokens[k + 1]?.lower !== 'to' && !!tokens[k - 1]?.word;
}

/** "the Vahdettin Pavilion", "the Speke Resort": capitalised words ending in a venue noun at token k; their end, or -1. */
function namedVenueEnd(an: SentenceAnalysis, k: number): number {
  const { tokens } = an;
  let j = tokens[k]?.lower === 'the' ? k + 1 : k;
  // ("at the Maximos Mansion": a seat of power the lexicon places)
  if (!tokens[j]?.cap || placeAt(an, j) || lexicon().meetingWords.venues.some((v) => phraseAt(tokens, j, v.words)))
    return -1;
  while (tokens[j]?.cap && j < k + 5) j++;
  return lexicon().meetingWords.venueNouns.has(tokens[j - 1]?.lower ?? '') ? j : -1;
}

/**
 * The places listed after `first` ("to Kyiv, Warsaw and Moscow", "in London and Paris"), of its kind
 * (cities after a city, countries after a country). "in Kunming, Yunnan province": a region after a
 * comma qualifies the city, and is no place of its own; so does any after a comma that no "and" follows.
 */
function placesListedAfter(an: SentenceAnalysis, first: { name: string; end: number }): string[] {
  const lex = lexicon();
  const { tokens } = an;
  const out: string[] = [];
  const isCountry = lex.countryByName.has(first.name);
  for (let at = first.end; tokens[at]?.lower === 'and' || tokens[at]?.text === ','; ) {
    const last = tokens[at]!.lower === 'and' || tokens[at + 1]?.lower === 'and';
    const place = placeAt(an, at + (tokens[at]!.text === ',' && last ? 2 : 1));
    const region = tokens[at]!.text === ',' && lex.meetingWords.regionNouns.has(tokens[place?.end ?? -1]?.lower ?? '');
    if (!place || region || lex.countryByName.has(place.name) !== isCountry) break;
    out.push(place.name);
    if (last) return out;
    at = place.end;
  }
  // "in Washington, D.C. between…", "in Paris, France": a place after a comma is listed only where "and" ends the list
  return [];
}

/** "the Angolan capital" (no name after it): the country's capital, or null. */
function adjectiveCapital(an: SentenceAnalysis, j: number): string | null {
  const m = an.mentions.find((x) => x.t0 === j && x.matchedAs === 'adjective' && x.entry?.kind === 'COUNTRY');
  if (!m || an.tokens[m.t1]?.lower !== 'capital' || an.tokens[m.t1 + 1]?.cap) return null;
  return lexicon().countryByName.get(m.entry!.name)?.capitals?.[0] ?? null;
}

/** Lower-case words after a place ending in a place noun with no name after it ("Pacific port city,"). */
function describesCity(an: SentenceAnalysis, end: number): boolean {
  const { placeNouns } = lexicon().meetingWords;
  for (let k = end; k < end + 3 && k < an.tokens.length; k++) {
    const t = an.tokens[k]!;
    if (!t.word || t.cap) return false;
    if (placeNouns.has(t.lower)) return an.tokens[k + 1]?.lower !== 'of' && !an.tokens[k + 1]?.cap;
  }
  return false;
}

/** One or two capitalised words at j that no actor mention covers: a place named after "the city of". */
function unknownPlaceName(an: SentenceAnalysis, j: number): string | null {
  const { tokens } = an;
  if (!tokens[j]?.cap || !tokens[j]!.word || an.mentions.some((m) => m.t0 <= j && m.t1 > j && m.kind !== 'PLACE'))
    return null;
  return tokens[j + 1]?.cap && tokens[j + 1]!.word ? `${tokens[j]!.text} ${tokens[j + 1]!.text}` : tokens[j]!.text;
}

/** "the İmralı prison island" from k: the island's name, when capitalised words and at most two others lead to "island". */
function islandNamed(tokens: Token[], k: number): string | null {
  let j = tokens[k]?.lower === 'the' ? k + 1 : k;
  const name: Token[] = [];
  while (j < tokens.length && name.length < 2 && tokens[j]!.cap && tokens[j]!.word) name.push(tokens[j++]!);
  if (name.length === 0) return null;
  for (let n = 0; n < 3 && j < tokens.length; n++, j++) {
    // "on the Caribbean island of St. Vincent": the island is the name after "of", the words before are its sea
    if (/^islands?$/.test(tokens[j]!.lower))
      return tokens[j + 1]?.lower === 'of' ? islandAfterOf(tokens, j + 2) : name.map((t) => t.text).join(' ');
    if (!tokens[j]!.word || tokens[j]!.cap) return null;
  }
  return null;
}

/** The capitalised name (up to three words, "St. Vincent" with its period) at token k, or null. */
function islandAfterOf(tokens: Token[], k: number): string | null {
  const name: string[] = [];
  for (let j = k; j < tokens.length && name.length < 3; j++) {
    const t = tokens[j]!;
    if (t.cap && t.word) name.push(t.text);
    else if (t.text === '.' && name.length > 0 && /^(St|Ste|Mt)$/.test(name.at(-1)!)) name[name.length - 1] += '.';
    else break;
  }
  return name.length > 0 ? name.join(' ') : null;
}

/** "the southern side of", "the North Korean side of": a side of the place named next ("on" is no place preposition otherwise). */
function opensSideOf(tokens: SentenceAnalysis['tokens'], k: number): boolean {
  if (tokens[k]?.lower !== 'the') return false;
  const side = tokens.findIndex((t, n) => n > k && n <= k + 4 && t.lower === 'side');
  return side > 0 && tokens[side + 1]?.lower === 'of';
}

/**
 * "…for talks, Saudi Arabia and the United States said in a joint statement.": the comma opening a reporting
 * tail that closes the sentence after token i (no actor named after its verb), or -1.
 */
function reportingTailAfter(an: SentenceAnalysis, i: number): number {
  const { tokens } = an;
  // "…, Minister X said on Saturday, dealing a blow to…": the first comma after i that opens a reporting clause
  const reportsAfter = (c: number): number =>
    tokens.findIndex(
      (t, k) =>
        k > c &&
        k <= c + 9 &&
        !t.cap &&
        lexicon().reporting.has(t.lower) &&
        !tokens.slice(c + 1, k).some((x) => x.text === ','),
    );
  const comma = tokens.findIndex((t, k) => k > i && t.text === ',' && reportsAfter(k) >= 0);
  if (comma <= i || tokens.slice(i, comma).some(isClauseMark)) return -1;
  const verb = reportsAfter(comma);
  if (verb < 0 || tokens.slice(comma, verb).some(isClauseMark)) return -1;
  // "…, X acknowledged Venezuela's help": a clause of its own, not a tail (a quote after the verb is what was said)
  const said = tokens.findIndex((t, k) => k > verb && /^[:“"]$/.test(t.text));
  // "told reporters at UN headquarters": a place phrase, not an object
  const placed = (m: Mention): boolean => /^(at|in)$/.test(tokens[m.t0 - 1]?.lower ?? '');
  // "said in a joint statement issued with Qatar": who issued the statement too, not what was said
  const statement = tokens.findIndex(
    (t, k) =>
      k > verb &&
      k <= verb + 4 &&
      STATEMENT_WORDS.statementNouns.has(t.lower) &&
      /^(in|on)$/.test(tokens[verb + 1]?.lower ?? ''),
  );
  const object = (m: Mention): boolean =>
    m.t0 > verb && (said < 0 || m.t0 < said) && m.kind !== 'PLACE' && !placed(m) && (statement < 0 || m.t0 < statement);
  return an.mentions.some(object) ? -1 : comma;
}

/** The closing quote of a short quoted phrase opening at token k (at most ten tokens), else -1. */
function quoteEnd(tokens: SentenceAnalysis['tokens'], k: number): number {
  const closing = tokens[k]!.text === '“' ? '”' : '"';
  return tokens.findIndex((t, n) => n > k && n <= k + 11 && t.text === closing);
}

/** A meeting noun at token j, or after one lower-case word ("peace talks"). */
function meetingNounAt(an: SentenceAnalysis, j: number): boolean {
  const { meetingNouns } = lexicon();
  const t = an.tokens[j];
  if (!t || t.cap) return false;
  return meetingNouns.has(t.lower) || meetingNouns.has(`${t.lower} ${an.tokens[j + 1]?.lower ?? ''}`);
}

/**
 * "Qatar agreed to host the talks", "the summit hosted by Kenya": the country or place that hosts a meeting
 * named just after (or before) the host verb; "Washington would host Tshisekedi and Kagame": or the host of
 * the visitors the trigger at `trigger` receives.
 */
function hostPlace(ctx: ArticleContext, an: SentenceAnalysis, trigger: number): string | null {
  const lex = lexicon();
  const { tokens } = an;
  for (let h = 0; h < tokens.length; h++) {
    if (!lex.meetingWords.hostVerbs.has(tokens[h]!.lower)) continue;
    const by = tokens[h + 1]?.lower === 'by';
    const near = by
      ? tokens.slice(Math.max(0, h - 8), h).some((t) => lex.meetingNouns.has(t.lower))
      : tokens.slice(h + 1, h + 6).some((t) => lex.meetingNouns.has(t.lower));
    if (!near && h !== trigger) continue;
    const host = by
      ? an.mentions.find((m) => m.t0 === h + 2 || (m.t0 === h + 3 && tokens[h + 2]?.lower === 'the'))
      : an.mentions.filter((m) => m.t1 <= h && m.t1 >= h - 5).at(-1);
    if (!host) continue;
    if (host.kind === 'PLACE') return host.surface;
    if (host.entry?.kind === 'COUNTRY') {
      if (host.matchedAs === 'capital') return host.surface;
      // "BRASILIA – … a summit hosted by Brazilian President Lula": the host's country is where the story is filed
      const dateline = ctx.article.dateline;
      return dateline && inCountry(dateline, host.entry.name) ? dateline : host.entry.name;
    }
    // "Foreign Minister Hakan Fidan, whose country hosted earlier rounds": the state the person serves
    const state = host.kind === 'PERSON' ? stateOf(ctx, ctx.index.group(host)) : undefined;
    const serves =
      state?.kind === 'COUNTRY' && tokens.slice(host.t1, h).some((t) => lex.meetingWords.hostStateNouns.has(t.lower));
    if (serves) return state.name;
  }
  return null;
}

/** "met here on Thursday", "talks held here": the meeting is where the article is datelined. */
function hereAfter(an: SentenceAnalysis, triggers: Trigger[], own: (k: number) => boolean): boolean {
  return triggers.some((tr) => {
    // "the second meeting of the India-Maldives Core Group held here": past the body the meeting is of
    let from = tr.tok.i;
    if (an.tokens[from + 1]?.lower === 'of') {
      let k = from + (an.tokens[from + 2]?.lower === 'the' ? 3 : 2);
      while (an.tokens[k]?.cap || (an.tokens[k]?.text === '-' && an.tokens[k + 1]?.cap)) k++;
      if (k > from + 3) from = k - 1;
    }
    for (let k = from + 1; k <= from + HERE_REACH && own(k); k++) {
      const t = an.tokens[k];
      if (!t?.word) return false;
      if (t.lower === 'here' || thisPlaceAt(an, k)) return true;
    }
    return false;
  });
}

/** "in this northern border city", "in this capital": the place the story is filed from. */
function thisPlaceAt(an: SentenceAnalysis, k: number): boolean {
  const { tokens } = an;
  if (!/^(in|to)$/.test(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'this') return false;
  const { datelinePlaceNouns } = lexicon().meetingWords;
  for (let j = k + 2; j <= k + 5 && tokens[j]?.word && !tokens[j]!.cap; j++)
    if (datelinePlaceNouns.has(tokens[j]!.lower)) return !tokens[j + 1]?.cap;
  return false;
}

/** Words between a meeting trigger and "here": "held talks here". */
const HERE_REACH = 3;

function placeAt(an: SentenceAnalysis, j: number): { name: string; end: number } | null {
  const lex = lexicon();
  const m = an.mentions.find((x) => x.t0 === j);
  if (m) {
    if (m.kind === 'PLACE') return { name: m.surface, end: m.t1 };
    if (m.entry && m.entry.kind === 'COUNTRY') {
      if (m.matchedAs === 'capital') return { name: m.surface, end: m.t1 };
      if (m.matchedAs === 'name') return { name: m.entry.name, end: m.t1 };
    }
    return null;
  }
  const t = an.tokens[j];
  if (!t?.cap) return null;
  // a capital or city the lexicon knows, or one capitalised word not known as anything else
  const two = an.tokens[j + 1]?.cap ? `${t.text} ${an.tokens[j + 1]!.text}` : null;
  if (two && lex.places.has(two)) return { name: two, end: j + 2 };
  if (lex.places.has(t.text)) return { name: t.text, end: j + 1 };
  // "in Da Nang", "in Lobito": a city the lexicon does not know, large enough in the gazetteer to be the one meant
  const gazetteer = sharedGazetteer();
  if (two && gazetteer.cityPopulation(two) >= GAZETTEER_CITY_POPULATION) return { name: two, end: j + 2 };
  // (one word only where no name goes on after it, and nothing else by that word is known)
  if (!two && !lex.forms.has(t.text) && gazetteer.cityPopulation(t.text) >= GAZETTEER_CITY_POPULATION)
    return { name: t.text, end: j + 1 };
  return null;
}

/** How large a city the lexicon does not know must be for its name to place a meeting. */
const GAZETTEER_CITY_POPULATION = 100_000;

/** "October 6, 2022, Prague: …", "May 10-11, 2024, Almaty: …": a timeline entry's date and place, before a colon. */
const TIMELINE_LEAD = /^(?:[A-Z][a-z]+ \d{1,2}(?:[-–]\d{1,2})?, )?\d{4}, ([^,:]{2,40}): /;

/** The date and place a timeline entry opens with; its meetings took place there and then. */
function timelineLead(ctx: ArticleContext, an: SentenceAnalysis): { place: string; date: string | null } | null {
  const m = TIMELINE_LEAD.exec(an.sentence.text);
  if (!m) return null;
  const at = an.tokens.findIndex((t) => t.start - an.sentence.start === m[0].indexOf(m[1]!));
  const place = at >= 0 ? placeAt(an, at) : null;
  if (!place || an.tokens[place.end]?.text !== ':') return null;
  // ("May 10-11, 2024": the first day)
  const date = findDates(m[0].replace(/(\d)[-–]\d{1,2},/, '$1,'), ctx.article.publishedAt)[0];
  return { place: place.name, date: date?.date ?? null };
}

/** Seas, gulfs, straits and rivers: the places talks are about, never where they are held. */
const WATERS = /\b(?:Sea|Ocean|Gulf|Strait|Straits|River|Channel)$/;

const PREPS_IN = /^(in|at)$/;
/** "scheduled for Arusha", "set for Geneva": the participles after which "for" names a meeting's place. */
const SET_FOR = /^(scheduled|set|planned|slated|due|penciled|pencilled)$/;
const PREPS_TO = /^(to|into|in|at)$/;

/**
 * "“This is not the time for talks,” the ambassador said": a bare meeting noun in a quote, with no determiner,
 * sides or place, speaks of talks in general.
 */
function genericQuotedNoun(ctx: ArticleContext, an: SentenceAnalysis, t: Trigger): boolean {
  if (t.verb || !quoted(ctx, t)) return false;
  // "an important meeting", "the commanders’ meeting": a determiner, possessive or name before its adjectives
  // ("the time for talks": a preposition ends the noun phrase)
  const determiner = /^(the|a|an|this|these|our|your|their|his|her|its|['’]s?)$/;
  let k = t.tok.i - 1;
  while (k > t.tok.i - 5 && k > 0 && an.tokens[k]!.word && !an.tokens[k]!.cap && !determiner.test(an.tokens[k]!.lower))
    k--;
  const head = an.tokens[k];
  const across = an.tokens.slice(k + 1, t.tok.i).some((x) => /^(for|to|on|in|at|with)$/.test(x.lower));
  const determined = !!head && !across && (determiner.test(head.lower) || head.cap || /['’]$/.test(head.text));
  const after = an.tokens[t.tok.i + t.length]?.lower ?? '';
  return !determined && !/^(with|between|in|at|on)$/.test(after);
}

/** "“I hope that our meeting will be useful,” he said": a speaker's own meeting in a quote is the one reported. */
function quotedOwnMeeting(ctx: ArticleContext, an: SentenceAnalysis, t: Trigger): boolean {
  const before = an.tokens.slice(Math.max(0, t.tok.i - 2), t.tok.i);
  return quoted(ctx, t) && before.some((x) => lexicon().meetingWords.speakerPossessives.has(x.lower));
}

/** The trigger stands inside a quotation. */
const quoted = (ctx: ArticleContext, t: Trigger): boolean => inQuote(ctx, t.tok);

/** The token stands inside a quotation. */
const inQuote = (ctx: ArticleContext, tok: Token): boolean =>
  ctx.quotes.some((q) => q.innerStart <= tok.start && tok.end <= q.innerEnd);

/**
 * "On the sidelines, X held talks with Y", "on the sidelines of the summit": at the article's own
 * gathering; "on the sidelines of international summits last year" names others.
 */
function onTheSidelines(an: SentenceAnalysis): boolean {
  const { tokens } = an;
  const lex = lexicon();
  return lex.meetingWords.sidelinesPhrases.some((p) =>
    tokens.some((_, k) => {
      if (!phraseAt(tokens, k, p)) return false;
      const after = k + p.length;
      if (tokens[after]?.lower !== 'of') return true;
      if (!/^(the|a|an)$/.test(tokens[after + 1]?.lower ?? '')) return false;
      // "of the summit", "of the European Political Community summit": the gathering, maybe by its name
      let noun = after + 2;
      while (noun < after + 7 && tokens[noun]?.cap) noun++;
      return lex.meetingNouns.has(tokens[noun]?.lower ?? '');
    }),
  );
}

/** Finds talks, summits, meetings, visits, calls and conferences. */
export function detectMeetings(ctx: ArticleContext): ExtractedMeeting[] {
  const drafts: Draft[] = [];
  const lowerNames = [...ctx.index.groups.values()]
    .filter((g) => g.kind !== 'MEDIA')
    .map((g) => ({ g, names: [g.name, ...g.aliases].filter((n) => n.includes(' ')).map((n) => n.toLowerCase()) }))
    .filter((x) => x.names.length > 0);
  for (const an of ctx.analyses) {
    const listed = listedRounds(ctx, an, drafts);
    if (listed.length > 0) {
      drafts.push(...listed);
      continue;
    }
    const triggers = findTriggers(an).filter((t) => !quotedOwnMeeting(ctx, an, t));
    if (triggers.length === 0) {
      joinParticipants(ctx, an, drafts);
      continue;
    }
    for (const seg of eventSegments(an, triggers, ctx.article.publishedAt)) {
      // a meeting referred back to ("the talks would focus on…") names no sides of its own
      // ("The 64th round of the Geneva talks took place today… The next round is scheduled for October": a round
      // goes on the one named by a definite noun when no other names sides)
      const sided = (d: Draft) => sides(d.participants) >= 2 && d.kind !== 'CALL';
      // ("the first round of direct talks": the round word is no trigger of its own)
      const round = an.tokens.some(
        (t, k) => k >= seg.lo && k < seg.hi && lexicon().meetingWords.roundWords.has(t.lower),
      );
      const previous =
        (drafts.findLast((d) => sided(d) && !d.definite) ?? (round ? drafts.findLast(sided) : undefined))
          ?.participants ?? [];
      drafts.push(...segmentDrafts(ctx, segmentView(an, seg), seg, lowerNames, an.mentions, previous));
    }
    const lead = timelineLead(ctx, an);
    // (the entry's own date and place win over what the sentence's words suggest: "the first such round in Central Asia")
    if (lead)
      for (const d of drafts.filter((x) => x.evidence[0]!.sentenceIndex === an.sentence.index)) {
        d.location = lead.place;
        d.date = lead.date ?? d.date;
      }
  }
  return merge(drafts, ctx.article.dateline, ctx.article.publishedAt).map((d) => ({
    kind: d.kind,
    participants: d.participants.map((g) => g.name),
    location: d.location,
    date: d.date,
    status: d.status === 'UNKNOWN' ? statusByDate(d.date, ctx.article.publishedAt) : d.status,
    evidence: d.evidence,
    rule: d.rule,
    confidence: meetingConfidence(d),
  }));
}

/** How many sides the actors are: a person goes with a state or body of the list it serves ("Fidan" with Turkey). */
function sides(participants: readonly ActorGroup[]): number {
  const keys = new Set(participants.map((g) => g.key));
  return participants.filter((g) => g.kind !== 'PERSON' || !g.affiliations.some((a) => keys.has(a.key))).length;
}

/**
 * "The second and third rounds were held in Bogotá in June and in Caracas in November": one held (or planned) round
 * per place and date, between the sides the sentence names, else those of the talks reported before.
 */
function listedRounds(ctx: ArticleContext, an: SentenceAnalysis, drafts: readonly Draft[]): Draft[] {
  const found = LISTED_ROUNDS.match({
    an,
    publishedAt: ctx.article.publishedAt,
    placeAt: (j) => placeAt(an, j),
  });
  if (!found) return [];
  const named = [
    ...new Set(
      an.mentions
        .filter((m) => m.kind !== 'PLACE' && m.t0 >= found.sides.a && m.t1 <= found.sides.b)
        .map((m) => ctx.index.group(m))
        .filter((g): g is ActorGroup => !!g),
    ),
  ];
  // (none named: the sides of the talks the article is about, the first reported)
  const sided = (d: Draft) => sides(d.participants) >= 2;
  const process = (
    drafts.find((d) => sided(d) && d.kind === 'TALKS') ?? drafts.find((d) => sided(d) && d.kind !== 'CALL')
  )?.participants;
  const participants = named.length >= 2 ? named : [...new Set([...(process ?? []), ...named])];
  if (participants.length < 2) return [];
  return found.rounds.map((round, n) => ({
    kind: 'TALKS',
    participants: [...participants],
    location: round.location,
    date: round.date,
    status: found.planned ? 'PLANNED' : 'HELD',
    evidence: [{ sentenceIndex: an.sentence.index, start: an.tokens[round.at]!.start, end: an.tokens[round.at]!.end }],
    rule: LISTED_ROUNDS.name,
    segments: [`${an.sentence.index}:round:${n}`],
    listed: true,
  }));
}

/** "No date was set for the next round", "the venue is yet to be decided": where and when are open. */
function unsettled(an: SentenceAnalysis): boolean {
  const phrases = lexicon().meetingWords.unsettledPhrases;
  return an.tokens.some((_, k) => phrases.some((p) => phraseAt(an.tokens, k, p)));
}

/** Sentences after a meeting's report in which more of its participants may be named. */
const JOINER_REACH = 2;

/** "X led his country's team", "X and Y are expected to attend": who takes part in the meeting just reported. */
function joinParticipants(ctx: ArticleContext, an: SentenceAnalysis, drafts: Draft[]): void {
  const last = drafts.findLast((d) => d.kind !== 'CALL');
  if (!last || an.sentence.index - last.evidence[0]!.sentenceIndex > JOINER_REACH) return;
  const joined = firstMatch(JOINER_RULES, { an })?.output;
  if (!joined) return;
  for (const m of joined) {
    const g = ctx.index.group(m);
    if (g && !last.participants.includes(g)) last.participants.push(g);
  }
  const first = joined[0]!;
  last.evidence.push({ sentenceIndex: an.sentence.index, start: first.start, end: first.end });
}

/**
 * "he was in Oslo to attend a forum", "delegations in Doha agreed to name a mediator in the talks": a place
 * named before the meeting word in its own clause.
 */
function placeBefore(an: SentenceAnalysis, at: number, own: (k: number) => boolean): string[] {
  const { a } = clauseAround(an.tokens, at);
  // "invited Trump to Moscow for their next meeting": where the guest is invited to; "returned from Cairo after
  // two days of talks": where the talks were
  const { inviteVerbs, returnVerbs } = lexicon().meetingWords;
  const verbBefore = (k: number, verbs: ReadonlySet<string>) =>
    an.tokens.slice(Math.max(0, k - 6), k).some((t) => verbs.has(t.lower));
  const invited = (k: number) => an.tokens[k]!.lower === 'to' && verbBefore(k, inviteVerbs);
  const returned = (k: number) => an.tokens[k]!.lower === 'from' && verbBefore(k, returnVerbs);
  // (the return is the main clause the "after …talks" phrase hangs on)
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    const inClause = k >= a && (PREPS_IN.test(an.tokens[k]!.lower) || invited(k));
    if (!own(k) || !(inClause || returned(k))) continue;
    const place = placeAt(an, k + 1);
    if (place && !lexicon().countryByName.has(place.name)) return [place.name];
  }
  return [];
}

/**
 * "will meet again", "the talks will resume", "would reconvene": a resumption of the meeting word itself, a few
 * words from it in its clause ("meetings aimed at gauging willingness to resume negotiations" is not).
 */
function resumed(
  an: SentenceAnalysis,
  trigger: Trigger,
  own: (k: number) => boolean,
  resumptionWords = lexicon().meetingWords.resumptionWords,
): boolean {
  const { a, b } = clauseAround(an.tokens, trigger.tok.i);
  // "the next round of the Geneva International Discussions": reached from the start of the name the word ends
  const name = an.mentions.find((m) => m.t0 < trigger.tok.i && m.t1 > trigger.tok.i);
  const from = Math.max(a, (name?.t0 ?? trigger.tok.i) - RESUMPTION_REACH);
  const to = Math.min(b, trigger.tok.i + trigger.length + RESUMPTION_REACH);
  for (let k = from; k < to; k++)
    if (own(k) && resumptionWords.some((p) => phraseAt(an.tokens, k, p)) && !emphasisAgain(an.tokens, k)) return true;
  return false;
}

/** "the talks had once again shown that…": "once again" before a verb of no meeting stresses, it resumes nothing. */
function emphasisAgain(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'again' || !/^(once|yet)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  const next = tokens[k + 1]?.lower ?? '';
  const words = lexicon().meetingWords;
  return !(words.eventPlaceVerbs.has(next) || words.convenes.has(next) || lexicon().meetingVerbs.has(next));
}

/** Whether `g` is named in the sentence only as the speaker before its reporting verb, or as a place of the meeting. */
function speakerOrPlace(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  trig: Trigger,
  g: ActorGroup,
  places: readonly string[],
): boolean {
  return places.some((p) => nameKey(p) === nameKey(g.name)) || speakerBefore(ctx, an, trig.tok.i, g);
}

/** Whether `g` is named in the sentence only before the reporting verb that comes before token `at`. */
function speakerBefore(ctx: ArticleContext, an: SentenceAnalysis, at: number, g: ActorGroup): boolean {
  const cue = reportingCueBefore(an.tokens, at);
  const named = an.mentions.filter((m) => ctx.index.group(m) === g);
  return cue > 0 && named.length > 0 && named.every((m) => m.t1 <= cue);
}

/** The participants named only before the reporting verb of a "that" clause the noun stands in ("X warned that … the talks"). */
function speakersOfWordsAround(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  trig: Trigger,
  participants: readonly ActorGroup[],
): ActorGroup[] {
  const cue = reportingCueBefore(an.tokens, trig.tok.i);
  if (cue < 0 || !an.tokens.slice(cue + 1, trig.tok.i).some((t) => t.lower === 'that')) return [];
  return participants.filter((g) => speakerBefore(ctx, an, trig.tok.i, g));
}

/** The last reporting verb ("said", "told") before token i, or -1. */
function reportingCueBefore(tokens: Token[], i: number): number {
  return tokens.findLastIndex((t, k) => k < i && lexicon().reporting.has(t.lower));
}

/** "the talks are expected to resume": how many words a resumption may be from its meeting word. */
const RESUMPTION_REACH = 4;

/**
 * "The envoys met X", "The delegation also met Y": a meeting verb whose subject is the delegation reported before
 * ('noun'); "They also met Z" right after such a meeting ('pronoun').
 */
function delegationSubject(an: SentenceAnalysis, trigger: Trigger): Draft['delegationSubject'] {
  const a = clauseAround(an.tokens, trigger.tok.i).a;
  const subject = an.tokens.slice(a, trigger.tok.i).filter((t) => t.word);
  // the subject and at most one adverb ("The envoys also met", "They also met")
  const adverbOnly = (words: Token[]) => words.length <= 1 && words.every((t) => !t.cap);
  if (subject[0]?.lower === 'they' && adverbOnly(subject.slice(1))) return 'pronoun';
  if (subject[0]?.lower !== 'the' || !adverbOnly(subject.slice(2))) return undefined;
  return lexicon().meetingWords.delegationNouns.has(subject[1]?.lower ?? '') ? 'noun' : undefined;
}

/** "They then held talks", "They also met": the sentence opens with "they" and a few lower-case words before the trigger. */
function openingThey(an: SentenceAnalysis, trig: Trigger): boolean {
  const before = an.tokens.slice(0, trig.tok.i).filter((t) => t.word);
  return before[0]?.lower === 'they' && before.length <= THEY_REACH && before.slice(1).every((t) => !t.cap);
}

/** "Since then it has met", "It will meet again": "it" and at most two lower-case words right before the trigger. */
function itSubject(an: SentenceAnalysis, trig: Trigger): boolean {
  const before = an.tokens.slice(Math.max(0, trig.tok.i - 3), trig.tok.i);
  const it = before.findIndex((t) => t.lower === 'it');
  return it >= 0 && before.slice(it + 1).every((t) => t.word && !t.cap);
}

/** The state or body the sentence before opens with ("The JMC was formed…"), if it opens with one. */
function openingBodyBefore(ctx: ArticleContext, an: SentenceAnalysis): ActorGroup | undefined {
  const prev = ctx.analyses[an.sentence.index - 1];
  const first = prev?.mentions.find((m) => m.kind !== 'PLACE');
  if (!prev || !first || prev.tokens.slice(0, first.t0).some((t) => t.word && t.lower !== 'the')) return undefined;
  const g = ctx.index.group(first);
  return g && isStateOrBody(g) ? g : undefined;
}

/** Words from "They" to the trigger: "They then held a one-on-one meeting". */
const THEY_REACH = 6;

/**
 * The two actors a sentence before opens with, joined by "and" ("President A and President B opened…"), with the
 * states the leaders serve; past one sentence that opens with a group noun ("The heads of state cut the ribbon").
 */
function openingPairBefore(
  ctx: ArticleContext,
  an: SentenceAnalysis,
): { pair: ActorGroup[]; sentence: SentenceAnalysis } | undefined {
  for (let k = an.sentence.index - 1; k >= 0 && k >= an.sentence.index - THEY_SENTENCES_BACK; k--) {
    const pair = openingPair(ctx, ctx.analyses[k]!);
    if (pair.length > 0) return { pair, sentence: ctx.analyses[k]! };
    // ("The heads of state cut the ribbon. They then held…": a group noun names no one and goes on to its antecedent)
    const opener = ctx.analyses[k]!.tokens.find((t) => t.word);
    if (opener?.lower !== 'the' && opener?.lower !== 'they') return undefined;
  }
  return undefined;
}

/** The first date a sentence names. */
function antecedentDate(ctx: ArticleContext, an: SentenceAnalysis, direction: DateDirection): string | null {
  return findDates(an.sentence.text, ctx.article.publishedAt, direction)[0]?.date ?? null;
}

/** How many sentences back "They" may find the pair it stands for. */
const THEY_SENTENCES_BACK = 2;

/**
 * "President of the Republic of Azerbaijan Ilham Aliyev and President of Iran Ibrahim Raisi on Sunday attended…": the
 * two people of a subject of names, titles and "of", "the", "and" that opens the sentence.
 */
function openingPair(ctx: ArticleContext, prev: SentenceAnalysis): ActorGroup[] {
  const { tokens, mentions } = prev;
  let end = 0;
  while (end < tokens.length) {
    const inName = mentions.find((m) => m.t0 <= end && m.t1 > end);
    if (inName) end = inName.t1;
    else if (tokens[end]!.cap || isTitleWord(tokens[end]!.text) || /^(the|of|and)$/.test(tokens[end]!.lower)) end++;
    else break;
  }
  if (!tokens.slice(0, end).some((t) => t.lower === 'and')) return [];
  const people = mentions.filter((m) => m.t1 <= end && m.kind === 'PERSON').map((m) => ctx.index.group(m));
  if (people.length !== 2 || !people[0] || !people[1] || people[0] === people[1]) return [];
  const pair = people as ActorGroup[];
  const states = pair.map((g) => stateOf(ctx, g)).filter((g): g is ActorGroup => !!g && !pair.includes(g));
  return [...pair, ...states];
}

/** How far before a meeting verb the "where" of its place may be. */
const WHERE_VERB_REACH = 16;

/**
 * "the two leaders", "both delegations", "the two religious leaders", "the four countries" in the
 * segment: the group noun and how many it counts.
 */
function groupReference(
  an: SentenceAnalysis,
  own: (k: number) => boolean,
): { noun: string; count: number; between?: boolean } | undefined {
  const { groupNouns, groupNumerals } = lexicon().meetingWords;
  const { tokens } = an;
  for (const [k, t] of tokens.entries()) {
    // "a meeting between their leaders": the pair named before, and no one else of the sentence
    const theirs =
      t.lower === 'their' && tokens[k - 1]?.lower === 'between' && groupNouns.has(tokens[k + 1]?.lower ?? '');
    if (theirs && own(k)) return { noun: tokens[k + 1]!.lower, count: 2, between: true };
    // "the previous meeting of the ministers": the sides of the meeting reported before, as a pair
    const ofThe = t.lower === 'the' && tokens[k - 1]?.lower === 'of' && groupNouns.has(tokens[k + 1]?.lower ?? '');
    if (ofThe && own(k)) return { noun: tokens[k + 1]!.lower, count: 2 };
    const count = t.lower === 'both' ? 2 : tokens[k - 1]?.lower === 'the' ? groupNumerals.get(t.lower) : undefined;
    if (!own(k) || count === undefined) continue;
    const noun = tokens.slice(k + 1, k + 3).findIndex((x) => groupNouns.has(x.lower));
    if (noun === 0 || (noun === 1 && !tokens[k + 1]!.cap)) return { noun: tokens[k + 1 + noun]!.lower, count };
  }
  return undefined;
}

/**
 * "The two leaders last met in Alaska": the two heads of state or government the latest sentence before
 * names together (a leader named alone since is no part of the pair).
 */
function leadersNamedBefore(ctx: ArticleContext, an: SentenceAnalysis, present: ActorGroup[]): ActorGroup[] {
  const { leaderTitles } = lexicon().meetingWords;
  const leads = (g: ActorGroup | undefined): g is ActorGroup =>
    g?.kind === 'PERSON' &&
    [...g.affiliations.map((a) => a.role), ...g.mentions.map((m) => m.title)].some(
      (t) => !!t && leaderTitles.has(t.toLowerCase()),
    );
  // each leader with the country they lead
  const countries = (g: ActorGroup) =>
    g.affiliations.map((a) => ctx.index.groups.get(a.key)).filter((c): c is ActorGroup => c?.kind === 'COUNTRY');
  for (let s = an.sentence.index - 1; s >= 0; s--) {
    const named = [...new Set(ctx.analyses[s]!.mentions.map((m) => ctx.index.group(m)).filter(leads))];
    // "Erdogan hosted Abiy and Mohamud … After talks mediated by Erdogan, the two leaders signed": of three
    // leaders, the two the sentence does not name already
    const others = named.filter((g) => !present.includes(g));
    const two = named.length > 2 && others.length >= 2 ? others : named;
    if (named.length >= 2) return two.slice(0, 2).flatMap((g) => [g, ...countries(g)]);
  }
  return [];
}

/**
 * The actors "the two countries", "both leaders" stand for among the previous meeting's: all of them when
 * the meeting names no person of its own, else only those of the kind the noun names ("the foreign
 * ministers of the two countries, A and B": the countries).
 */
function referredSides(ctx: ArticleContext, noun: string, previous: ActorGroup[], named: boolean): ActorGroup[] {
  if (!named) return previous;
  const { groupNounKinds, leaderNouns } = lexicon().meetingWords;
  const kind = groupNounKinds.get(noun);
  if (!kind) return previous;
  // "Zelenskiy and Russian President Putin met … Delegations from the two countries": leaders stand for their states
  const states = [...new Set(previous.map((g) => stateOf(ctx, g)!))].filter((g) => g.kind === 'COUNTRY');
  const same = (kind === 'COUNTRY' ? states : previous.filter((g) => g.kind === kind)).slice(0, 2);
  if (!leaderNouns.has(noun)) return same;
  // "spoke by phone with both leaders" after "Thailand and Cambodia agreed…": the two leaders, else the two states
  if (same.length === 2) return same;
  return states.length === 2 ? states : [];
}

/**
 * "India and Pakistan agreed to a truce. The army chiefs of the two countries spoke by phone": with no
 * meeting reported before, "the two countries" are the last two states the article named.
 */
function statesNamedBefore(
  ctx: ArticleContext,
  noun: string,
  offset: number,
  count = 2,
  skip: readonly ActorGroup[] = [],
): ActorGroup[] {
  if (lexicon().meetingWords.groupNounKinds.get(noun) !== 'COUNTRY') return [];
  // "Zelenskiy and Russian President Putin have not met. Delegations from the two countries…": the states
  // of the pair joined in a sentence just before, leaders standing for theirs
  const sentence = ctx.analyses.findLastIndex((an) => an.sentence.start <= offset);
  const pair = count === 2 ? nearestJoinedPair(ctx, sentence).filter((g) => !skip.includes(g)) : [];
  if (pair.length === 2 && pair.every((g) => g.kind === 'COUNTRY') && pairNamedSince(ctx, pair, sentence - PAIR_REACH))
    return pair;
  const states = bodiesNamedBefore(ctx, offset, count * STATE_REACH, skip).filter((g) => g.kind === 'COUNTRY');
  return states.length >= count ? states.slice(0, count) : [];
}

/** How many sentences back a pair joined by "and" still stands for "the two countries". */
const PAIR_REACH = 2;

/** Whether both states of the pair were named (or led by someone named) in sentence `from` or later. */
function pairNamedSince(ctx: ArticleContext, pair: ActorGroup[], from: number): boolean {
  const named = ctx.analyses
    .slice(Math.max(0, from))
    .flatMap((an) => an.mentions.map((m) => stateOf(ctx, ctx.index.group(m))));
  return pair.every((g) => named.includes(g));
}

/** How many bodies per state named before "the two countries" are looked through for its states. */
const STATE_REACH = 2;

/** "talks with X", "talks today with X", "talks on Monday between A and B": the sides follow the noun. */
function withOrBetweenAfter(an: SentenceAnalysis, tr: Trigger): boolean {
  // weekdays and months (the meeting words, lower case), and "today", "yesterday" (the statement words)
  const day = (w: string) => lexicon().meetingWords.dayWords.has(w) || STATEMENT_WORDS.dayWords.has(w);
  let k = tr.tok.i + 1;
  if (an.tokens[k]?.lower === 'on' && day(an.tokens[k + 1]?.lower ?? '')) k += 2;
  else if (day(an.tokens[k]?.lower ?? '')) k++;
  return /^(between|with)$/.test(an.tokens[k]?.lower ?? '');
}

/** Longest aside read past: ", mediated by the African Union and the United Nations,". */
const ASIDE_REACH = 12;
/** Words after an aside to the place of the noun's verb: "ended in", "was held in", "took place in". */
const PAST_ASIDE = 5;

/**
 * How far after a meeting noun its place is looked for: a few words, or past a participle aside to the
 * place of its verb ("the previous round, mediated by Kenya and Norway, ended in Rome"), not further
 * ("the talks, sponsored by Qatar, have stalled since the war in Gaza began").
 */
function nounReach(an: SentenceAnalysis, tr: Trigger): number {
  const participle = (t: Token): boolean => t.word && !t.cap && /ed$/.test(t.lower);
  const aside = commaAsideAfter(an.tokens, tr.tok.i + tr.length - 1, participle, { ownWords: 0, reach: ASIDE_REACH });
  if (aside) return aside.b - 1 - tr.tok.i + PAST_ASIDE;
  // "the Presidential Meeting and 16th Binational Cabinet will be held in Quito": the noun's own predicate
  const held = heldVerbAfter(an, tr.tok.i + tr.length);
  return held > 0 ? held - tr.tok.i + PAST_HELD_VERB : 7;
}

/** The "held" or "take place" of the clause that opens at `from`, before any punctuation; -1 when none. */
function heldVerbAfter(an: SentenceAnalysis, from: number): number {
  return verbAfter(an.tokens, from, PREDICATE_REACH, (k) => heldVerbAt(an.tokens, k));
}

/** The verb a meeting noun is the subject of ("the meeting … ended"), past its modifiers and before any comma. */
function predicateAfter(tokens: Token[], from: number): number {
  const { meetingPredicates } = lexicon().meetingWords;
  return verbAfter(tokens, from, SUBJECT_PHRASE_REACH, (k) => meetingPredicates.some((p) => phraseAt(tokens, k, p)));
}

/** The first token within `reach` of `from` that `isVerb` accepts, before any punctuation but a hyphen; -1 when none. */
function verbAfter(tokens: Token[], from: number, reach: number, isVerb: (k: number) => boolean): number {
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    if (!tokens[k]!.word && tokens[k]!.text !== '-') return -1;
    if (isVerb(k)) return k;
  }
  return -1;
}

const PREDICATE_REACH = 12;
/** "The second meeting of the ad hoc commission on the implementation of the Luanda agreement between A and B ended". */
const SUBJECT_PHRASE_REACH = 20;
const PAST_HELD_VERB = 5;

/** "held a first round of indirect talks on … at a UN base in X": a meeting noun a light verb holds, a few words before. */
function heldBy(an: SentenceAnalysis, tr: Trigger): boolean {
  return an.tokens
    .slice(Math.max(0, tr.tok.i - 6), tr.tok.i)
    .some((t) => !t.cap && lexicon().meetingWords.lightVerbs.has(t.lower));
}

/** The segment's text, other segments blanked out (offsets kept). */
function segmentText(an: SentenceAnalysis, seg: Segment): string {
  const text = an.sentence.text;
  if (seg.lo === 0 && seg.hi === an.tokens.length && seg.holes.length === 0) return text;
  const chars = [...text].map(() => ' ');
  for (const t of an.tokens)
    if (inSegment(seg, t.i))
      for (let c = t.start - an.sentence.start; c < t.end - an.sentence.start; c++) chars[c] = text[c]!;
  return chars.join('');
}

/** The sentence as one segment sees it: its own mentions, and no tokens past its end. */
function segmentView(an: SentenceAnalysis, seg: Segment): SentenceAnalysis {
  if (seg.lo === 0 && seg.hi === an.tokens.length && seg.holes.length === 0) return an;
  return {
    sentence: an.sentence,
    tokens: seg.hi < an.tokens.length ? an.tokens.slice(0, seg.hi) : an.tokens,
    mentions: an.mentions.filter((m) => inSegment(seg, m.t0) && m.t1 <= seg.hi),
  };
}

/** The meetings one segment of a sentence reports. */
function segmentDrafts(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  seg: Segment,
  lowerNames: Array<{ g: ActorGroup; names: string[] }>,
  sentenceMentions: Mention[],
  previous: ActorGroup[],
): Draft[] {
  const lex = lexicon();
  const drafts: Draft[] = [];
  const { tokens } = an;
  const { triggers } = seg;
  // '"…what was agreed in Ohrid…," Kallas said after the talks': quoted words are not the segment's own when
  // its trigger stands outside them (a trigger in a quoted fragment of the writer's clause still reads the clause)
  const triggerOutside = !quoted(ctx, triggers[0]!);
  const own = (k: number): boolean => inSegment(seg, k) && !(triggerOutside && inQuote(ctx, tokens[k]!));
  const segmentKey = `${an.sentence.index}:${seg.lo}`;
  // one meeting per distinct place in the segment; the first trigger gives the kind
  const trig = triggers[0]!;
  let places: string[] = [];
  let placeTrigger: (typeof triggers)[number] | undefined;
  for (const tr of triggers) {
    if (tr.kind === 'CALL') continue;
    placeTrigger = tr;
    // "visited Sanaa": the place is the object
    const direct = tr.kind === 'VISIT' && /^visit/.test(tr.tok.lower) ? placeAt(an, tr.tok.i + 1) : null;
    // "met in this northern border city": the dateline's
    const filedFrom = ctx.article.dateline && hereAfter(an, [tr], own) ? ctx.article.dateline : null;
    if (filedFrom) places = [filedFrom];
    else if (direct) places = [direct.name, ...placesListedAfter(an, direct)];
    else
      places = placesAfter(
        an,
        tr.tok.i + 1,
        tr.kind === 'VISIT' || tr.rule === 'travel to a place' ? PREPS_TO : PREPS_IN,
        Math.min(
          tr.verb ? 40 : withOrBetweenAfter(an, tr) || heldBy(an, tr) ? 20 : nounReach(an, tr),
          segmentStop(seg, tr.tok.i + 1) - tr.tok.i - 1,
        ),
      );
    if (places.length) break;
  }
  // "attend the APEC Leaders' Meeting in Lima, Peru, and the G20 Summit in Rio de Janeiro": another meeting noun
  // joined by "and", placed apart, is a meeting at its own place
  if (placeTrigger && places.length > 0)
    for (const tr of triggers) {
      if (tr.tok.i <= placeTrigger.tok.i || tr.verb || tr.kind === 'CALL' || !joinedNounAt(tokens, tr.tok.i)) continue;
      const own = placesAfter(an, tr.tok.i + 1, PREPS_IN, JOINED_NOUN_PLACE_WORDS)[0];
      if (own && !places.includes(own)) places.push(own);
    }
  const placedBy = places.length > 0 ? placeTrigger : undefined;
  if (places.length === 0) {
    // "in Caracas, where the meetings have been taking place": the place before "where"
    for (const tr of triggers) {
      // "in Doha, where A and his counterpart B signed an agreement": a verb's subject may stand between
      const reach = tr.verb ? WHERE_VERB_REACH : 6;
      const w = tokens.findIndex(
        (t, k) => k < tr.tok.i && k >= tr.tok.i - reach && t.lower === 'where' && tokens[k - 1]?.text === ',',
      );
      if (w < 0) continue;
      const at = tokens.findIndex((t, k) => k < w && k >= w - 6 && /^(in|at)$/.test(t.lower));
      const p = at >= 0 ? placesAfter(an, at, PREPS_IN, 4) : [];
      if (p.length) {
        places = p;
        break;
      }
    }
  }
  if (places.length === 0) {
    // "a meeting between A and B, which had been scheduled for Wednesday in Tehran": where it was to be
    const aside = schedulingAside(an, trig);
    if (aside) places = placesAfter(an, aside.a + 1, PREPS_IN, aside.b - aside.a - 1);
  }
  if (places.length === 0) {
    // "the first Doha meeting", "the Jeddah talks": the place names the meeting
    for (const tr of triggers) {
      if (tr.verb || tr.kind === 'CALL') continue;
      const prev = an.mentions.find(
        (m) =>
          m.t1 === tr.tok.i &&
          ((m.kind === 'PLACE' && lex.places.has(m.surface)) ||
            (m.entry?.kind === 'COUNTRY' && m.matchedAs === 'capital')),
      );
      const known =
        !prev && an.tokens[tr.tok.i - 1]?.cap && lex.places.has(an.tokens[tr.tok.i - 1]!.text)
          ? an.tokens[tr.tok.i - 1]!.text
          : null;
      // "the Munich Security Conference": an event named after its city
      const named = an.mentions.find((m) => m.t0 < tr.tok.i && m.t1 > tr.tok.i && m.kind !== 'PLACE');
      const city = named && lex.places.has(an.tokens[named.t0]!.text) ? an.tokens[named.t0]!.text : null;
      if (prev || known || city) {
        places = [prev ? prev.surface : (known ?? city!)];
        break;
      }
    }
  }
  if (places.length === 0) {
    // "…, held in Riyadh", "agreed in Caracas", "will head to Riyadh": the place of the event verb
    // ("take the proposal to Moscow" is no event's place: "take" only as "take place")
    const at = tokens.findIndex(
      (t, k) =>
        own(k) &&
        lex.meetingWords.eventPlaceVerbs.has(t.lower) &&
        (!/^(take|takes|took|taking)$/.test(t.lower) || takePlaceAt(tokens, k)),
    );
    if (at >= 0) places = placesAfter(an, at + 1, PREPS_TO, Math.min(10, segmentStop(seg, at + 1) - at - 1));
  }
  // "The cardinal first came to Kyiv in June 2023, when he met Zelensky": a "when" clause is where the clause before is
  if (places.length === 0) places = placeBeforeWhen(an, trig.tok.i);
  // "The meeting took place in the Kremlin after the session of the Council": where the rest was held, the event a
  // connector names right after its place was held too (not "arrived in Cairo after talks with Netanyahu")
  if (places.length === 0 && seg.order) places = heldPlaceBefore(an, seg.lo);
  if (places.length === 0) {
    // "In Doha, the two sides met…", "Today in Madrid, we held a meeting…": a place fronted before the meeting
    // ("Today in Madrid, before the summit, we met": the fronted place is the connector phrase's too)
    const k = tokens.findIndex(
      (t, n) => n <= 3 && (own(n) || n < seg.lo) && n < trig.tok.i && /^(in|at)$/.test(t.lower),
    );
    const fronted = k >= 0 ? placeAt(k < seg.lo ? { ...an, mentions: sentenceMentions } : an, k + 1) : null;
    // ("In Tehran, the spokesman told IRIB that the talks had been useful": the place frames the speaking, not the
    // talks the content refers back to)
    const framesSpeaking = !trig.verb && definiteNoun(tokens, trig) && reportingCueBefore(tokens, trig.tok.i) > k;
    if (fronted && frontedEnd(ctx, an, fronted.end) && !framesSpeaking) places = [fronted.name];
  }
  if (places.length === 0) {
    const host = hostPlace(ctx, an, trig.tok.i);
    if (host) places = [host];
  }
  if (places.length === 0) places = placeBefore(an, trig.tok.i, own);
  // a city named anywhere in the sentence is more precise than its country
  if (places.length === 1 && lex.countryByName.has(places[0]!)) {
    // (a capital standing for its state, "said Ankara stood ready to help", is no place: a city follows in, at or to)
    const city = an.mentions.find(
      (m) =>
        m.matchedAs === 'capital' && m.entry?.name === places[0] && PREPS_TO.test(an.tokens[m.t0 - 1]?.lower ?? ''),
    );
    // not a city inside a name ("the Shanghai Cooperation Organization")
    const inName = (k: number) => an.mentions.some((m) => m.kind !== 'PLACE' && m.t0 <= k && k < m.t1);
    // a city of that country ("Egypt will host a conference on the reconstruction of Gaza": not Gaza)
    // ("would meet X in Turkey on Thursday, on the sidelines of a NATO meeting in Antalya": the gathering's city too)
    const around = (k: number) => seg.holes.some((h) => h.order === 'around' && k >= h.lo && k < h.hi);
    const known = an.tokens.find(
      (t) =>
        (own(t.i) || around(t.i)) &&
        // (a city the lexicon lists by its country; a visit to a country is to the country, not a city of it)
        (lex.places.has(t.text) ||
          (t.cap && trig.kind !== 'VISIT' && /^(in|at|near)$/.test(an.tokens[t.i - 1]?.lower ?? ''))) &&
        !lex.countryByName.has(t.text) &&
        !inName(t.i) &&
        inCountry(t.text, places[0]!),
    );
    if (city) places = [city.surface];
    else if (known) places = [known.text];
  }
  // ("talks in Geneva, Switzerland, in May": the country after its city places it too)
  const asLocation = (m: Mention, g: ActorGroup): boolean =>
    m.entry?.kind === 'COUNTRY' &&
    ((places.some((p) => nameKey(p) === nameKey(m.surface)) && !g.active) || countryAfterCity(an, m.t0 - 1) === m);
  const governed = governedGroups(ctx, an, triggers, own, sentenceMentions, asLocation);
  // (a call whose construction names one person only, "spoke with Qatar's Prime Minister and Foreign Minister
  // Sheikh …", takes the persons of its sentence)
  const onePerson = trig.kind === 'CALL' && governed.filter((g) => g.kind === 'PERSON').length === 1;
  const participants =
    governed.length >= 2 && !onePerson
      ? governed
      : sentenceParticipants(
          ctx,
          an,
          seg,
          trig.tok.i,
          ownActorsOrSentence(an, seg, sentenceMentions),
          lowerNames,
          asLocation,
        );
  // "the two leaders", "both sides": the actors of the meeting reported before ("the two leaders": the last
  // two heads of state or government the article named); with none, "the four countries" are the last four
  // states the article named
  const group = groupReference(an, own);
  const pair = group?.count === 2 ? group.noun : undefined;
  const leaders = pair && lexicon().meetingWords.leaderNouns.has(pair) ? leadersNamedBefore(ctx, an, participants) : [];
  const sides = pair
    ? referredSides(
        ctx,
        pair,
        previous,
        participants.some((g) => g.kind === 'PERSON'),
      )
    : [];
  const referred =
    leaders.length > 0
      ? leaders
      : sides.length > 0 || !group
        ? sides
        : // "Qatar and Turkey brokered a ceasefire between the two neighbours": states other than the subject's
          statesNamedBefore(ctx, group.noun, trig.tok.start, group.count, participants);
  // "Ruto spoke with both leaders by phone" and no pair named before: the sides the article is about
  // (two states: the leaders the sentence names itself are the pair already)
  const people = participants.filter((g) => g.kind === 'PERSON').length;
  if (pair && lexicon().meetingWords.leaderNouns.has(pair) && referred.length === 0 && people < 2) {
    const sides = articleParties(ctx, new Set(participants));
    if (sides.length === 2 && sides.every((g) => g.kind === 'COUNTRY')) referred.push(...sides);
  }
  // "a surprise meeting between their leaders": the pair joined latest, in place of the sentence's other actors
  if (group?.between) {
    const joined = nearestJoinedPair(ctx, an.sentence.index);
    if (joined.length === 2) participants.splice(0, participants.length, ...joined);
  }
  for (const g of referred) if (!participants.includes(g)) participants.push(g);
  // "it boycotted talks last week in Ethiopia hosted by IGAD": who stays away takes no part; nor who only judges it
  // ("Netanyahu's office described the discussions as constructive")
  // ("welcomed the talks and said he would visit Muscat": the commenter of one is the visitor of the other)
  const commented = triggers.every((t) => t.kind === trig.kind) ? commentersOn(ctx, an, trig) : [];
  for (const g of [...absentSubjects(ctx, an, trig), ...commented]) {
    const at = participants.indexOf(g);
    if (at >= 0) participants.splice(at, 1);
  }
  // "Lubinets said he had met his Russian counterpart": the person the subject pronoun stands for
  // "He postponed a planned trip to Riyadh", "his visit to Riyadh": a visit's visitor
  const visitor = !trig.verb && trig.kind === 'VISIT' ? visitorPerson(ctx, an, trig) : undefined;
  const subject = trig.verb && trig.kind !== 'CALL' ? pronounSubjectPerson(ctx, an, trig) : visitor;
  if (subject && !participants.includes(subject)) participants.unshift(subject);
  // "…, Araqchi said after meeting Grossi": who speaks after the meeting took part in it
  const speaker = speakerOfGerund(ctx, an, trig, sentenceMentions) ?? subjectAfterFrontedCall(ctx, an, trig);
  if (speaker && !participants.includes(speaker)) participants.unshift(speaker);
  // "Senior officials will reconvene in Cairo next week": the sides of the meeting reported before, again
  const resumes = resumed(an, trig, own);
  // "A previous round of talks in Phnom Penh ended without agreement": an earlier meeting of the same sides
  const earlier = resumed(an, trig, own, lexicon().meetingWords.earlierRoundWords);
  // "Lazaro said the next meeting would be held in the Philippines": the speaker and the place are no sides
  // ("The Stockholm talks followed the talks in Geneva in May": the talks a connector names again, with no one named)
  const namedAgain = !!seg.order && !trig.verb && participants.length === 0 && definiteNoun(tokens, trig);
  if ((resumes || earlier || namedAgain) && participants.every((g) => speakerOrPlace(ctx, an, trig, g, places)))
    for (const g of previous) if (!participants.includes(g)) participants.push(g);
  // "Negotiations will resume in Cairo on Sunday, Qatar and Egypt said": with no one else named, who announces
  // the talks takes part in them
  if (participants.length === 0) participants.push(...tailSpeakers(ctx, an, trig));
  // "In January, the delegations met in Batken", "A round in Batken in March added 28 km": with no one named, the
  // sides of the talks reported before
  if (participants.length === 0 && (lex.meetingWords.roundWords.has(trig.tok.lower) || sidesNounBefore(an, trig)))
    participants.push(...previous);
  // "A and B opened a dam on Sunday. They then held talks": with no one named, the pair the sentence before opens with
  const antecedent = participants.length === 0 && openingThey(an, trig) ? openingPairBefore(ctx, an) : undefined;
  if (antecedent) participants.push(...antecedent.pair);
  // "The JMC was formed in 2020. Since then it has met in Ghadames…": the body the sentence before opens with
  const body = participants.length === 0 && itSubject(an, trig) ? openingBodyBefore(ctx, an) : undefined;
  if (body) participants.push(body);
  if (participants.length === 0) return drafts;
  if (onlyTheSpeakerOfTalksReported(ctx, an, trig, participants)) return drafts;
  if (triggers.every((t) => genericQuotedNoun(ctx, an, t))) return drafts;
  // "my visit was to prepare the talks that will take place in Vienna": the trigger the place follows is the meeting
  const placed = placedBy && placedBy.tok.i > trig.tok.i ? placedBy : undefined;
  const main = placed ?? triggers.find((t) => t.kind !== 'CALL') ?? trig;
  const judged = duringPastAct(
    tokens,
    main,
    afterMeeting(
      tokens,
      main,
      calledOffLater(tokens, main, triggers) ??
        orderStatus(meetingStatus(tokens, main.tok.i, seg.lo), seg, () =>
          meetingStatus(tokens, Math.max(0, seg.lo - 1)),
        ),
    ),
  );
  const status = judged.status;
  const direction = status === 'PLANNED' ? 'future' : status === 'HELD' ? 'past' : 'either';
  // ("… attended the ceremony on Sunday. They then held talks": the day of the sentence "they" goes back to)
  const date =
    clauseDate(ctx, an, main, places, direction, own, status === 'CANCELLED') ??
    (antecedent ? antecedentDate(ctx, antecedent.sentence, direction) : null);
  const pastYear = date === null && inPastYear(ctx, an, main.tok.i);
  const ev: Evidence = { sentenceIndex: an.sentence.index, start: trig.tok.start, end: trig.tok.end };
  const secondSides = new Map<string, ActorGroup[]>();
  // "met Macron in Paris and Merz in Berlin": a second object placed apart is a meeting of its own
  // ("…, meeting Netanyahu in Jerusalem and Sinwar in Gaza": the gerund too)
  const verbal = main.verb || /ing$/.test(main.tok.lower);
  const second = verbal && places.length === 1 ? secondPlacedObject(ctx, an, main, places[0]!) : null;
  if (second) {
    // the subject's actors: named before the verb and not in its first object ("between Israel and Gaza, meeting
    // Israeli Prime Minister X": Israel is the first object's)
    const named = (g: ActorGroup, from: number, to: number) =>
      an.mentions.some((m) => m.t0 >= from && m.t1 <= to && ctx.index.group(m) === g);
    const subject = participants.filter((g) => named(g, 0, main.tok.i) && !named(g, main.tok.i, second.firstEnd));
    for (const g of second.sides) if (participants.includes(g)) participants.splice(participants.indexOf(g), 1);
    places.push(second.place);
    secondSides.set(second.place, [...subject, ...second.sides.filter((g) => !subject.includes(g))]);
  }
  const locs = places.length ? places : [null];
  const rule = judged.rule ? `${main.rule}; status: ${judged.rule}` : main.rule;
  const sidelines = onTheSidelines(an);
  // "the talks", and "X hosted the talks": a meeting named by a definite noun refers back
  const definite =
    !!main.refersBack || (main.verb ? hostsDefinite(tokens, main, triggers) : definiteNoun(tokens, main));
  // "X and Y are expected to join the talks on Wednesday": who joins the meeting reported, wherever and
  // whenever it is (the day is the joining's, the place would be the dateline's)
  const joins = definite && !main.verb && joinsBefore(tokens, main);
  if (main.kind !== 'CALL')
    for (const location of joins ? [null] : locs)
      drafts.push({
        kind: purposeKind(tokens, main, triggers),
        ordinal: main.verb ? undefined : ordinalBefore(tokens, main.tok.i),
        online: heldOnline(tokens, main),
        participants: [...((location ? secondSides.get(location) : undefined) ?? participants)],
        location,
        date: joins ? null : date,
        status,
        evidence: [ev],
        rule,
        pronounSubject:
          main.verb &&
          tokens
            .slice(Math.max(0, main.tok.i - 4), main.tok.i)
            .some((t) => lex.meetingWords.subjectPronouns.has(t.lower)),
        sidelines,
        pastYear,
        delegationSubject: main.verb ? delegationSubject(an, main) : undefined,
        resumes,
        unsettled: resumes && unsettled(an),
        definite,
        // "Petro has faced criticism over the slow progress of the negotiations": a meeting referred back to as a
        // topic takes no one from its sentence
        speakers:
          definite && !main.verb
            ? topicPhraseBefore(tokens, main.tok.i) >= 0
              ? [...participants]
              : speakersOfWordsAround(ctx, an, main, participants)
            : undefined,
        segments: [segmentKey],
      });
  for (const tr of triggers) {
    if (tr.verb || tr.kind === 'CALL' || (places.length > 0 && tr === placeTrigger)) continue;
    const held = tokens.findIndex(
      (t, k) =>
        k > tr.tok.i && k <= tr.tok.i + 16 && lex.meetingWords.heldAtVerbs.has(t.lower) && tokens[k - 1]?.text === ',',
    );
    if (held < 0 || tokens.slice(tr.tok.i + 1, held).some((t) => /^[.;“”"]$/.test(t.text))) continue;
    const own = placesAfter(an, held + 1, PREPS_IN, 3).filter((p) => !places.includes(p));
    if (own.length === 0) continue;
    const between = an.mentions
      .filter((m) => m.t0 > tr.tok.i && m.t1 <= held && m.kind !== 'PLACE')
      .map((m) => ctx.index.group(m))
      .filter((g): g is ActorGroup => !!g && g.kind !== 'MEDIA');
    if (between.length === 0) continue;
    drafts.push({
      kind: tr.kind,
      participants: [...new Set(between)],
      location: own[0]!,
      date: null,
      status: 'HELD',
      evidence: [{ sentenceIndex: an.sentence.index, start: tr.tok.start, end: tr.tok.end }],
      rule: `${tr.rule}; held at a place`,
      segments: [segmentKey],
    });
  }
  // a call is its own meeting, between the persons of the sentence, else between its states or bodies
  // ("the foreign ministers of India and Pakistan held a phone call")
  const call = triggers.find((t) => t.kind === 'CALL');
  if (call) {
    // "Misri told reporters that the military chiefs of the two countries had spoken by telephone": who reports the
    // call is not on it (a pronoun after the cue, "said he had spoken", still is)
    const persons = participants.filter((g) => g.kind === 'PERSON' && !speakerBefore(ctx, an, call.tok.i, g));
    const people = persons.length > 0 ? persons : participants.filter(isStateOrBody);
    // ("that he had briefed A and B by phone": the subject pronoun is the caller, however many were called)
    const caller =
      people.length === 1 || pronounSubjectOf(an, call.tok.i) ? pronounPerson(ctx, an, call.tok.i) : undefined;
    if (caller && !people.includes(caller)) people.unshift(caller);
    // "called his Pakistani and Afghan counterparts": the countries of the officials called, unnamed
    if (people.length === 1) people.push(...counterpartCountries(ctx, an, call));
    // "spoke by phone with both leaders": the sides the group word refers to
    if (people.length === 1) people.push(...referred.filter((g) => !people.includes(g)));
    if (people.length >= 2)
      drafts.push({
        kind: 'CALL',
        participants: people,
        location: null,
        date: clauseDate(ctx, an, call, [], 'either', own),
        status: callStatus(tokens, call),
        evidence: [{ sentenceIndex: an.sentence.index, start: call.tok.start, end: call.tok.end }],
        rule: call.rule,
        segments: [segmentKey],
      });
  }
  return drafts.flatMap((d) => splitSeparate(ctx, an, triggers, d));
}

/** "the second meeting", "its 34th session", "the second high-level meeting": the number before a meeting noun. */
function ordinalBefore(tokens: Token[], i: number): number | undefined {
  const { ordinals } = lexicon().meetingWords;
  for (let k = i - 1; k >= Math.max(0, i - ORDINAL_REACH); k--) {
    const t = tokens[k]!;
    const n = ordinals.get(t.lower) ?? (/^\d+(st|nd|rd|th)$/.test(t.lower) ? Number.parseInt(t.lower, 10) : 0);
    if (n > 0) return n;
    if (!t.word || /^(the|its|their|a|an|this|that)$/.test(t.lower)) return undefined;
  }
  return undefined;
}

/** "The previous summit was held online", "met virtually on Monday": a meeting held nowhere. */
function heldOnline(tokens: Token[], trigger: Trigger): boolean {
  // ("the previous summit of the Shanghai Cooperation Organisation was held online": from the noun's verb)
  const predicate = trigger.verb ? -1 : predicateAfter(tokens, trigger.tok.i + trigger.length);
  const from = predicate > 0 ? predicate : trigger.tok.i + trigger.length;
  for (let k = from; k < tokens.length && k < from + ONLINE_REACH && tokens[k]!.word; k++)
    if (lexicon().meetingWords.onlineWords.has(tokens[k]!.lower)) return true;
  return false;
}

/** How many words after a meeting word "online" may stand ("summit was held online"). */
const ONLINE_REACH = 4;

/** How far an ordinal may stand before its meeting noun ("the second high-level meeting"). */
const ORDINAL_REACH = 3;

/** "held separate meetings with A and B": one draft per meeting, each a segment of its own (never merged back). */
function splitSeparate(ctx: ArticleContext, an: SentenceAnalysis, triggers: Trigger[], d: Draft): Draft[] {
  const groupOf = (m: Mention) => ctx.index.group(m);
  // the draft's own trigger ("met X in Riyadh before travelling to Tehran, where she held separate meetings…" is
  // not split by the meetings' word)
  const own = triggers.filter((t) => d.evidence.some((e) => e.start === t.tok.start));
  const sets = SEPARATE_MEETINGS.match({ an, triggers: own, participants: d.participants, groupOf });
  const venues = sets ? null : venueList(ctx, an, own, d);
  if (venues)
    return venues.map((v, n) => ({
      ...d,
      participants: v.participants,
      location: v.location,
      evidence: [...d.evidence],
      rule: `${d.rule}; meetings at several venues`,
      segments: d.segments.map((key) => `${key}:${n}`),
      separate: true,
    }));
  if (!sets) return [d];
  return sets.map((participants, n) => ({
    ...d,
    participants,
    evidence: [...d.evidence],
    rule: `${d.rule}; ${SEPARATE_MEETINGS.name}`,
    segments: d.segments.map((key) => `${key}:${n}`),
    separate: true,
  }));
}

/**
 * "held talks with President Michel Aoun at Baabda Palace, Prime Minister Najib Mikati at the Grand Serail and
 * Speaker Nabih Berri at Ain al-Tineh": after "with", people each placed at a venue of their own, one meeting each
 * (the subject in all of them). Null when fewer than two such items follow.
 */
function venueList(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  own: Trigger[],
  d: Draft,
): Array<{ participants: ActorGroup[]; location: string }> | null {
  const { tokens } = an;
  const trigger = own.find((t) => t.kind !== 'CALL');
  if (!trigger) return null;
  const end = trigger.tok.i + trigger.length;
  const w = tokens.findIndex((t, k) => k >= end && k <= end + VENUE_WITH_REACH && t.lower === 'with');
  if (w < 0) return null;
  const items: Array<{ a: number; b: number; location: string }> = [];
  let a = w + 1;
  while (a < tokens.length) {
    const at = tokens.findIndex((t, k) => k > a && k <= a + VENUE_ITEM_WORDS && /^(at|in)$/.test(t.lower));
    if (at < 0 || tokens.slice(a, at).some((t) => !t.word && !/^['’]s?$/.test(t.text))) break;
    const place = placesAfter(an, at, PREPS_IN, VENUE_PLACE_WORDS)[0];
    if (!place) break;
    items.push({ a, b: at, location: place });
    const next = tokens.findIndex((t, k) => k > at && k <= at + VENUE_PLACE_WORDS + 2 && /^(,|and)$/.test(t.lower));
    if (next < 0) break;
    a = tokens[next + 1]?.lower === 'and' ? next + 2 : next + 1;
  }
  if (items.length < 2) return null;
  const inItem = (m: Mention) => items.findIndex((i) => m.t0 >= i.a && m.t1 <= i.b);
  const listed = new Set<ActorGroup>();
  const byItem = items.map((i, n) => {
    const groups = an.mentions
      .filter((m) => m.kind !== 'PLACE' && inItem(m) === n)
      .map((m) => ctx.index.group(m))
      .filter((g): g is ActorGroup => !!g && g.kind !== 'MEDIA');
    for (const g of groups) listed.add(g);
    return { groups, location: i.location };
  });
  if (byItem.some((i) => !i.groups.some((g) => g.kind === 'PERSON'))) return null;
  const subject = d.participants.filter((g) => !listed.has(g));
  return byItem.map((i) => ({ participants: [...subject, ...new Set(i.groups)], location: i.location }));
}

/** Words from the meeting word to "with" ("held talks on Saturday with"). */
const VENUE_WITH_REACH = 3;
/** Words of one person's name and title before "at" ("Parliament Speaker Nabih Berri at"). */
const VENUE_ITEM_WORDS = 8;
/** Words of a venue after "at" ("at the Presidential Palace in Baabda"). */
const VENUE_PLACE_WORDS = 6;

/** "…, and the G20 Summit": a meeting noun at `at` whose phrase opens with "and" (past "the" and its name words). */
function joinedNounAt(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && k >= at - JOINED_NOUN_NAME_WORDS && (tokens[k]!.cap || tokens[k]!.lower === 'the')) k--;
  return tokens[k]?.lower === 'and' && k < at - 1;
}

/** Name words before a joined meeting noun ("and the G20 Economic Summit"). */
const JOINED_NOUN_NAME_WORDS = 5;
/** Words between a joined meeting noun and its place ("Summit in Rio de Janeiro"). */
const JOINED_NOUN_PLACE_WORDS = 4;

/** The countries named by adjectives before the counterpart noun a call verb governs ("his Pakistani counterpart"). */
function counterpartCountries(ctx: ArticleContext, an: SentenceAnalysis, call: Trigger): ActorGroup[] {
  const noun = counterpartAfter(an, call.tok.i + 1);
  if (noun < 0) return [];
  return an.mentions
    .filter((m) => m.t0 > call.tok.i && m.t1 <= noun && m.entry?.kind === 'COUNTRY')
    .map((m) => ctx.index.group(m))
    .filter((g): g is ActorGroup => !!g);
}

/**
 * "X told a briefing in Doha that negotiations were at a critical stage": talks named in what a
 * speaker reports, with none of their sides named there, are not a meeting of the speaker's.
 */
function onlyTheSpeakerOfTalksReported(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  trig: Trigger,
  participants: readonly ActorGroup[],
): boolean {
  if (trig.verb) return false;
  const { tokens } = an;
  // "said that the meeting at such a place would…", "today's meeting": the meeting reported, the speaker's own
  const before = tokens.slice(Math.max(0, trig.tok.i - 3), trig.tok.i);
  if (before.some((t) => /^(the|this|['’]s)$/.test(t.lower))) return false;
  const cue = reportingCueBefore(tokens, trig.tok.i);
  const content = tokens.slice(cue + 1, trig.tok.i);
  if (cue < 0 || !content.some((t) => t.lower === 'that')) return false;
  // "stated that his country was ready to host the negotiations": the speaker's side is in the content
  const { subjectPronouns, speakerPossessives, ownerPronouns, backPronouns } = lexicon().meetingWords;
  const refersBack = (w: string) =>
    subjectPronouns.has(w) || speakerPossessives.has(w) || ownerPronouns.has(w) || backPronouns.has(w);
  if (content.some((t) => refersBack(t.lower))) return false;
  const sides = an.mentions.filter((m) => {
    const g = ctx.index.group(m);
    return !!g && participants.includes(g);
  });
  return sides.length > 0 && sides.every((m) => m.t1 <= cue);
}

/**
 * The token after an aside naming a meeting's sides, set off by commas right after its noun (", between A and
 * B,"), or -1.
 */
function sidesAsideAfter(tokens: Token[], at: number): number {
  const sides = (t: Token): boolean => /^(between|with)$/.test(t.lower);
  return commaAsideAfter(tokens, at, sides, { ownWords: 6, reach: ASIDE_REACH + 8 })?.b ?? -1;
}

/**
 * "The army boycotted the talks", "Norway and Cuba did not take part in the meeting": the subject of an
 * absence phrase right before the meeting word (a few words between at most), named in its own clause.
 */
function absentSubjects(ctx: ArticleContext, an: SentenceAnalysis, trig: Trigger): ActorGroup[] {
  const { tokens } = an;
  const { absenceLeads } = lexicon().meetingWords;
  for (let end = trig.tok.i - 1; end >= Math.max(0, trig.tok.i - ABSENCE_REACH); end--) {
    if (!tokens[end]!.word && tokens[end]!.text !== '-') return [];
    const lead = absenceLeads.find((p) => phraseAt(tokens, end - p.length + 1, p));
    if (!lead) continue;
    const start = end - lead.length + 1;
    return groupsIn(ctx, an, clauseAround(tokens, start).a, start);
  }
  return [];
}

/** The actors of the mentions within tokens [from, to), places apart. */
function groupsIn(ctx: ArticleContext, an: SentenceAnalysis, from: number, to: number): ActorGroup[] {
  return an.mentions
    .filter((m) => m.t0 >= from && m.t1 <= to && m.kind !== 'PLACE')
    .map((m) => ctx.index.group(m))
    .filter((g): g is ActorGroup => !!g);
}

/**
 * "Netanyahu's office described the discussions as constructive", "Washington welcomed the talks": the subject of a
 * comment verb whose object is a meeting reported before (a determiner, no sides named with it) only judges it.
 */
function commentersOn(ctx: ArticleContext, an: SentenceAnalysis, trig: Trigger): ActorGroup[] {
  const { tokens } = an;
  if (trig.verb || !/^(the|these|those|this|that)$/.test(tokens[trig.tok.i - 1]?.lower ?? '')) return [];
  const verb = objectOpening(tokens, trig.tok.i - 1) - 1;
  if (!lexicon().meetingWords.commentVerbs.has(tokens[verb]?.lower ?? '')) return [];
  const after = tokens.slice(trig.tok.i + 1, trig.tok.i + 1 + SIDES_REACH);
  if (after.some((t) => /^(with|between|among)$/.test(t.lower))) return [];
  return groupsIn(ctx, an, clauseAround(tokens, verb).a, verb);
}

/** "the talks", "the resumption of the talks": where the object whose determiner is at `det` begins. */
function objectOpening(tokens: Token[], det: number): number {
  const of = det - 1;
  const aspect = tokens[of - 1]?.lower ?? '';
  if (tokens[of]?.lower !== 'of' || !lexicon().meetingWords.aspectNouns.has(aspect)) return det;
  return /^(the|a|an)$/.test(tokens[of - 2]?.lower ?? '') ? of - 2 : det;
}

/** Words after a commented meeting noun that may name its sides ("the talks with Niger"). */
const SIDES_REACH = 3;

/** The actors of the reporting tail after the trigger (", Qatar and Egypt said in a statement"), outlets apart. */
function tailSpeakers(ctx: ArticleContext, an: SentenceAnalysis, trig: Trigger): ActorGroup[] {
  // ("After arriving in Geneva, X tweeted: …" is X's own visit, read as such, not a tail)
  if (/ing$/.test(trig.tok.lower)) return [];
  const tail = reportingTailAfter(an, trig.tok.i);
  const verb = an.tokens.findIndex((t, k) => k > tail && lexicon().reporting.has(t.lower) && !t.cap);
  return tail < 0 ? [] : groupsIn(ctx, an, tail + 1, verb).filter((g) => g.kind !== 'MEDIA');
}

/** "X said after meeting Y", "X told reporters after talks with Y": the person speaking just before the time word. */
function speakerOfGerund(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  trig: Trigger,
  sentence: Mention[],
): ActorGroup | undefined {
  const { tokens } = an;
  const lead = trig.tok.i - 1;
  if (!STATEMENT_WORDS.timeClauseLeads.has(tokens[lead]?.lower ?? '')) return undefined;
  const verb = tokens.findLastIndex((t, k) => k < lead && k >= lead - 3 && lexicon().reporting.has(t.lower));
  if (verb < 0 || tokens.slice(verb + 1, lead).some((t) => !t.word)) return undefined;
  const m = sentence.findLast((x) => x.t1 <= verb && verb - x.t1 <= 1 && x.kind === 'PERSON');
  return m ? ctx.index.group(m) : undefined;
}

/** How far the comma closing a fronted call phrase, and the subject's name after it, may stand. */
const FRONTED_CALL_REACH = 16;
const SUBJECT_AFTER_COMMA = 6;

/**
 * "In a phone call with Erdogan on Tuesday, Russian President Vladimir Putin said…": the subject of the clause
 * after a call phrase that opens the sentence is on the call (whatever he says there).
 */
function subjectAfterFrontedCall(ctx: ArticleContext, an: SentenceAnalysis, trig: Trigger): ActorGroup | undefined {
  const { tokens } = an;
  if (trig.kind !== 'CALL' || trig.verb) return undefined;
  const lead = tokens.slice(0, trig.tok.i).findIndex((t) => /^(in|during)$/.test(t.lower));
  if (lead < 0 || lead > 1 || tokens.slice(lead + 1, trig.tok.i).some((t) => !t.word || t.cap)) return undefined;
  const comma = tokens.findIndex((t, k) => k > trig.tok.i && k <= trig.tok.i + FRONTED_CALL_REACH && t.text === ',');
  if (comma < 0) return undefined;
  const subject = an.mentions.find(
    (m) =>
      m.kind === 'PERSON' &&
      m.t0 > comma &&
      m.t0 <= comma + SUBJECT_AFTER_COMMA &&
      tokens.slice(comma + 1, m.t0).every((t) => t.word || /^['’]s$/.test(t.text)),
  );
  return subject ? ctx.index.group(subject) : undefined;
}

/** How many tokens an absence phrase may stand before its meeting word ("boycotted U.S.-sponsored ceasefire talks"). */
const ABSENCE_REACH = 6;

/** How many words a subject pronoun may stand before its meeting verb ("He is also expected to meet"). */
const PRONOUN_SUBJECT_REACH = 5;

/**
 * "he had met", "she will meet", "he had received a phone call from X": the person a subject pronoun
 * right before a meeting verb (auxiliaries between) stands for.
 */
function pronounSubjectPerson(ctx: ArticleContext, an: SentenceAnalysis, trigger: Trigger): ActorGroup | undefined {
  const { tokens } = an;
  for (let k = trigger.tok.i - 1; k >= Math.max(0, trigger.tok.i - PRONOUN_SUBJECT_REACH); k--) {
    const t = tokens[k]!;
    if (/^(he|she)$/.test(t.lower))
      return (
        (k === 0 ? openingPersonBefore(ctx, an) : undefined) ?? resolveReference(ctx, t.lower, t.start, ['PERSON'])
      );
    if (!t.word || t.cap) return undefined;
  }
  return undefined;
}

/**
 * "Ruto met Egyptian President al-Sisi on Thursday. He is expected to meet…": a sentence's opening pronoun
 * stands for the person the sentence before opens with (past titles), not the last one it names.
 */
function openingPersonBefore(ctx: ArticleContext, an: SentenceAnalysis): ActorGroup | undefined {
  const before = ctx.analyses[an.sentence.index - 1];
  const first = before?.mentions.find((m) => m.kind === 'PERSON');
  if (!before || !first) return undefined;
  const { titleWords } = lexicon().meetingWords;
  const lead = before.tokens.slice(0, first.t0);
  const titled = lead.every((t) => t.cap || titleWords.has(t.lower) || /^['’]s?$/.test(t.text));
  return titled ? ctx.index.group(first) : undefined;
}

/**
 * The person "he"/"his" stands for a few lower-case words before a visit noun ("He postponed a planned trip"), or
 * the one named as the subject of a verb that makes the visit ("Minister Andrii Sybiha would pay a working visit").
 */
function visitorPerson(ctx: ArticleContext, an: SentenceAnalysis, trigger: Trigger): ActorGroup | undefined {
  const { tokens } = an;
  const making = lexicon().meetingWords.visitMakingVerbs;
  for (let k = trigger.tok.i - 1; k >= Math.max(0, trigger.tok.i - VISITOR_REACH); k--) {
    const t = tokens[k]!;
    const pronoun = STATEMENT_WORDS.possessivePronouns.get(t.lower) ?? t.lower;
    if (/^(he|she)$/.test(pronoun)) return resolveReference(ctx, pronoun, t.start, ['PERSON']);
    const named = t.cap ? an.mentions.find((m) => m.t1 === k + 1 && m.kind === 'PERSON') : undefined;
    if (named && tokens.slice(k + 1, trigger.tok.i).some((x) => making.has(x.lower))) return ctx.index.group(named);
    // "He said that several visits will be made": the speaker, not the visitor
    if (!t.word || t.cap || t.lower === 'that' || lexicon().reporting.has(t.lower)) return undefined;
  }
  return undefined;
}

/** How many words a visitor's pronoun may stand before the visit noun ("He postponed a planned trip"). */
const VISITOR_REACH = 5;

/** A person pronoun right before the verb at `at`, past auxiliaries and adverbs ("he had briefed"). */
function pronounSubjectOf(an: SentenceAnalysis, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && lexicon().subjectVerbFillers.has(an.tokens[k]!.lower)) k--;
  return STATEMENT_WORDS.personPronouns.has(an.tokens[k]?.lower ?? '');
}

function pronounPerson(ctx: ArticleContext, an: SentenceAnalysis, at: number): ActorGroup | undefined {
  const pronoun = an.tokens.slice(Math.max(0, at - 4), at).find((t) => STATEMENT_WORDS.personPronouns.has(t.lower));
  return pronoun ? resolveReference(ctx, pronoun.lower, pronoun.start, ['PERSON']) : undefined;
}

/** The mentions a segment's participants are read from: its own, or the sentence's when it names no actor. */
function ownActorsOrSentence(an: SentenceAnalysis, seg: Segment, sentenceMentions: Mention[]): Mention[] {
  // the rest of a sentence that names no actor of its own ("the group, created after the summit of A and B,
  // will hold talks") keeps the sentence's actors; a meeting referred back to does not ("The talks come a week
  // after X met Y in Moscow": X and Y met elsewhere)
  const ownActors = an.mentions.some((m) => m.kind !== 'PLACE');
  const trig = seg.triggers[0]!;
  const refersBack = !trig.verb && definiteNoun(an.tokens, trig);
  return ownActors || seg.holes.length === 0 || refersBack ? an.mentions : sentenceMentions;
}

/** The actors the meeting's own constructions name (subject and object of "met", "talks between A and B"…). */
function governedGroups(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  triggers: Trigger[],
  own: (k: number) => boolean,
  sentence: Mention[],
  asLocation: (m: Mention, g: ActorGroup) => boolean,
): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (const trigger of triggers)
    for (const m of governedParticipants({ an, trigger, own, sentence })) {
      if (possessorOfPerson(an, m)) continue;
      const g = ctx.index.group(m);
      if (g && g.kind !== 'MEDIA' && !out.includes(g) && !asLocation(m, g)) out.push(g);
    }
  if (out.length < 2) return out;
  // "Secretary General of NATO Jens Stoltenberg", "Swedish Prime Minister X": the body a participant
  // speaks for in this sentence takes part with them
  for (const g of [...out])
    for (const a of g.affiliations) {
      const og = ctx.index.groups.get(a.key);
      if (
        a.mention.kind === 'PERSON' &&
        an.mentions.includes(a.mention) &&
        !formerRole(a.role) &&
        og &&
        og.kind !== 'MEDIA' &&
        !out.includes(og)
      )
        out.push(og);
    }
  return out;
}

/** Fallback when the meeting's constructions name fewer than two actors: every actor of the segment. */
/** "Trump's son-in-law Jared Kushner", "Putin's aide Yuri Ushakov": a person named only as whose the next person is. */
function possessorOfPerson(an: SentenceAnalysis, m: Mention): boolean {
  if (m.kind !== 'PERSON' || !/^['’]s?$/.test(an.tokens[m.t1]?.text ?? '')) return false;
  const next = an.mentions.find((o) => o.t0 > m.t1 && o.t0 <= m.t1 + POSSESSED_TITLE_WORDS + 1);
  if (next?.kind !== 'PERSON') return false;
  return an.tokens.slice(m.t1 + 1, next.t0).every((t) => t.word && !t.cap);
}

/** Words of the description between a possessor and the person ("son-in-law", "top aide"). */
const POSSESSED_TITLE_WORDS = 3;

function sentenceParticipants(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  seg: Segment,
  at: number,
  mentions: Mention[],
  lowerNames: Array<{ g: ActorGroup; names: string[] }>,
  asLocation: (m: Mention, g: ActorGroup) => boolean,
): ActorGroup[] {
  const participants: ActorGroup[] = [];
  // "…, the ministry said": who reports the meeting does not take part in it
  const tail = reportingTailAfter(an, at);
  // "Hochstein, who shuttled between Beirut and Jerusalem, will travel to Paris": a relative clause about
  // someone else is no part of this meeting
  const asides = [
    ...relativeClausesWithout(an.tokens, at),
    ...appositionsOfPeople(an, at),
    ...askedSides(an, at),
    ...whileClausesAfter(an, at),
  ];
  const beforeTail = (t0: number): boolean =>
    (tail < 0 || t0 < tail || lexicon().meetingWords.takingPartRoles.has(an.tokens[t0 - 1]?.lower ?? '')) &&
    !asides.some((r) => t0 >= r.a && t0 < r.b);
  for (const m of mentions) {
    if (m.kind === 'PLACE' || !beforeTail(m.t0) || possessorOfPerson(an, m)) continue;
    const g = ctx.index.group(m);
    if (!g || g.kind === 'MEDIA' || participants.includes(g)) continue;
    // a place named as the location is not a participant of its own meeting
    if (asLocation(m, g)) continue;
    participants.push(g);
  }
  for (const m of an.mentions) {
    if (m.kind !== 'PERSON' || !m.affiliation || !beforeTail(m.t0)) continue;
    const g = ctx.index.group(m);
    const org = g?.affiliations.find((a) => a.mention === m && !formerRole(a.role));
    const og = org ? ctx.index.groups.get(org.key) : undefined;
    if (og && og.kind === 'ORGANIZATION' && !participants.includes(og)) participants.push(og);
  }
  // names repeated in lower case ("the contact group") still name the actor
  const tailStart = tail < 0 ? Number.POSITIVE_INFINITY : an.tokens[tail]!.start - an.sentence.start;
  const lowerText = segmentText(an, seg).slice(0, tailStart).toLowerCase();
  const possessors = new Set(an.mentions.filter((m) => possessorOfPerson(an, m)).map((m) => ctx.index.group(m)));
  // (an actor the sentence names only in an aside or the tail is not named again in lower case there)
  const setApart = (g: ActorGroup): boolean => {
    const own = an.mentions.filter((m) => ctx.index.group(m) === g);
    return own.length > 0 && own.every((m) => !beforeTail(m.t0));
  };
  // (nor an actor it names only as the place: "in Geneva, Switzerland")
  const placeOnly = (g: ActorGroup): boolean => {
    const own = an.mentions.filter((m) => ctx.index.group(m) === g);
    return own.length > 0 && own.every((m) => asLocation(m, g));
  };
  for (const { g, names } of lowerNames) {
    if (participants.includes(g) || possessors.has(g) || setApart(g) || placeOnly(g)) continue;
    if (
      names.some(
        (n) => lowerText.includes(n) && new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lowerText),
      )
    )
      participants.push(g);
  }
  return participants;
}

/**
 * "Othman, a former secretary-general of Malaysia's Foreign Ministry, also met …": the body an apposition says a
 * person once served takes no part through them ("Kim, the leader of North Korea, arrived": his state does).
 */
function appositionsOfPeople(an: SentenceAnalysis, at: number): Array<{ a: number; b: number }> {
  const { tokens } = an;
  const out: Array<{ a: number; b: number }> = [];
  for (const m of an.mentions) {
    const comma = m.t1;
    const first = tokens[comma + 1]?.lower ?? '';
    const former = first === 'former' || (/^(a|an|the)$/.test(first) && tokens[comma + 2]?.lower === 'former');
    if (m.kind !== 'PERSON' || tokens[comma]?.text !== ',' || !former) continue;
    const end = tokens.findIndex((t, j) => j > comma + 1 && /^[,;.]$/.test(t.text));
    if (end < 0 || tokens[end]!.text !== ',' || end - comma > APPOSITION_WORDS) continue;
    if (at < comma || at >= end) out.push({ a: comma, b: end });
  }
  return out;
}

/** Tokens of an apposition after a person's name. */
const APPOSITION_WORDS = 14;

/** The relative clauses (", who …,", ", which …,") of the sentence that do not hold token `at`. */
function relativeClausesWithout(tokens: Token[], at: number): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!opensRelativeClause(tokens, k)) continue;
    const end = tokens.findIndex((t, j) => j > k + 1 && /^[,;.]$/.test(t.text));
    if (end < 0 || tokens[end]!.text !== ',') continue;
    if (at < k || at >= end) out.push({ a: k, b: end });
  }
  return out;
}

/**
 * "met X, with both sides calling for peace talks between Russia and Ukraine": the sides of a meeting asked
 * for (none reported), which take no part in the meeting at token `at`.
 */
function askedSides(an: SentenceAnalysis, at: number): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  for (const t of an.tokens) {
    if (t.i === at || !lexicon().meetingNouns.has(t.lower) || an.tokens[t.i + 1]?.lower !== 'between') continue;
    if (!askedFor(an, t.i)) continue;
    const end = an.tokens.findIndex((x, j) => j > t.i + 1 && /^[,;.]$/.test(x.text));
    out.push({ a: t.i + 1, b: end < 0 ? an.tokens.length : end });
  }
  return out;
}

/**
 * "met Macron in Paris and Merz in Berlin", "meeting Netanyahu in Jerusalem and Sinwar in Gaza": after the
 * place of the verb's object, "and", another object and its own place. Returns that place and the actors
 * of the second object (with the states their titles name).
 */
function secondPlacedObject(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  trig: Trigger,
  place: string,
): { place: string; sides: ActorGroup[]; firstEnd: number } | null {
  const { tokens } = an;
  const first = an.mentions.find(
    (m) => m.t0 > trig.tok.i && m.surface === place && PREPS_IN.test(tokens[m.t0 - 1]?.lower ?? ''),
  );
  const end = first ? first.t1 : -1;
  if (end < 0 || tokens[end]?.lower !== 'and') return null;
  const at = tokens.findIndex((t, k) => k > end + 1 && k <= end + SECOND_OBJECT_WORDS && PREPS_IN.test(t.lower));
  const second = at > 0 ? placeAt(an, at + 1) : null;
  if (!second || second.name === place || tokens.slice(end + 1, at).some((t) => !t.word)) return null;
  const sides = an.mentions
    .filter((m) => m.t0 > end && m.t1 <= at && m.kind !== 'PLACE')
    .map((m) => ctx.index.group(m))
    .filter((g): g is ActorGroup => !!g && g.kind !== 'MEDIA');
  return sides.some((g) => g.kind === 'PERSON')
    ? { place: second.name, sides: [...new Set(sides)], firstEnd: end }
    : null;
}

/** Words from the "and" to the place of a second object ("and German Chancellor Friedrich Merz in"). */
const SECOND_OBJECT_WORDS = 8;

/** "to join the talks": a join verb right before the determiner of a meeting noun. */
function joinsBefore(tokens: Token[], t: Trigger): boolean {
  const det = tokens.slice(Math.max(0, t.tok.i - 3), t.tok.i).findLastIndex((x) => /^(the|these)$/.test(x.lower));
  const at = Math.max(0, t.tok.i - 3) + det;
  return det >= 0 && lexicon().meetingWords.joinVerbs.has(tokens[at - 1]?.lower ?? '');
}

/** "the talks", "these negotiations": a meeting noun after a definite determiner (a few words before it). */
function definiteNoun(tokens: Token[], t: Trigger): boolean {
  const before = tokens.slice(Math.max(0, t.tok.i - 3), t.tok.i);
  // ("Friday's meeting", "Sunday's talks": the day's, reported before)
  const dayOwned = before.some((x, k) => /^['’]s$/.test(x.text) && DAY_NAMES.test(before[k - 1]?.lower ?? ''));
  return dayOwned || before.some((x) => /^(the|this|these|those)$/.test(x.lower));
}

const DAY_NAMES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;

/** "Qin Gang hosted the talks": a host verb whose object is a definite meeting noun. */
function hostsDefinite(tokens: Token[], main: Trigger, triggers: Trigger[]): boolean {
  if (!lexicon().meetingWords.hostVerbs.has(main.tok.lower)) return false;
  const object = triggers.find((t) => !t.verb && t.tok.i > main.tok.i && t.tok.i - main.tok.i <= HOSTED_OBJECT_REACH);
  return !!object && definiteNoun(tokens, object);
}

/** Words between a host verb and the meeting noun it hosts ("hosted a two-day regional conference"). */
const HOSTED_OBJECT_REACH = 4;

/** Words "for" may stand before the meeting noun of a trip's purpose ("for a new round of indirect talks"). */
const PURPOSE_REACH = 7;

/** "arrived in Beirut for talks with officials": a journey made for a meeting with someone reports that meeting. */
function purposeKind(tokens: Token[], main: Trigger, triggers: Trigger[]): MeetingKind {
  // "hosted a conference of civilian groups": what the host verb hosts (a new one; "hosting the meeting" refers back)
  const hosted =
    main.verb &&
    lexicon().meetingWords.hostVerbs.has(main.tok.lower) &&
    /^(a|an)$/.test(tokens[main.tok.i + 1]?.lower ?? '')
      ? triggers.find((t) => !t.verb && t.tok.i > main.tok.i && t.tok.i - main.tok.i <= HOSTED_OBJECT_REACH)
      : undefined;
  if (hosted) return hosted.kind;
  // "met in London on Tuesday for a conference on Sudan": the gathering they met for
  const gathering =
    main.verb && main.kind === 'MEETING'
      ? triggers.find(
          (t) =>
            t.tok.i > main.tok.i &&
            !t.verb &&
            (t.kind === 'CONFERENCE' || t.kind === 'SUMMIT') &&
            tokens.slice(Math.max(main.tok.i, t.tok.i - 3), t.tok.i).some((x) => x.lower === 'for'),
        )
      : undefined;
  if (gathering) return gathering.kind;
  if (main.kind !== 'VISIT' || !main.verb) return main.kind;
  const purpose = triggers.find(
    (t) =>
      t.tok.i > main.tok.i &&
      !t.verb &&
      t.kind !== 'VISIT' &&
      t.kind !== 'CALL' &&
      // "for talks", "for a new round of talks"; "arrived in Helsinki, where he will hold talks with B"
      (tokens.slice(Math.max(main.tok.i, t.tok.i - PURPOSE_REACH), t.tok.i).some((x) => x.lower === 'for') ||
        tokens.slice(main.tok.i, t.tok.i).some((x) => x.lower === 'where')) &&
      // "for talks with B", "for a new round of talks." (the talks end the clause)
      /^(with|between|,|\.|;)$/.test(tokens[t.tok.i + t.length]?.lower ?? '.') &&
      tokens.slice(main.tok.i, t.tok.i).every((x) => !/^[;.“”"]$/.test(x.text) || x.lower === ','),
  );
  return purpose?.kind ?? main.kind;
}

/**
 * How often a meeting like this one is right: more reports and a place make it likelier, but a meeting's
 * place, date and participants all have to be right, so even the best stays below 0.9.
 */
function meetingConfidence(d: Draft): number {
  const reports = Math.min(3, d.evidence.length);
  return Math.min(0.85, 0.45 + 0.1 * reports + (d.location ? 0.1 : 0) + (d.date ? 0.05 : 0));
}

/** "In Tiraspol, he met…", "In Tiraspol on 20 May, he met…": the fronted place ends at a comma, maybe after a date. */
function frontedEnd(ctx: ArticleContext, an: SentenceAnalysis, end: number): boolean {
  const { tokens } = an;
  // "Speaking in Ankara after meeting Erdogan, Zelensky said…": the speaker's place is the meeting's just before
  const participle = STATEMENT_WORDS.leadInWords.has(tokens[0]?.lower ?? '') && /ing$/.test(tokens[0]!.lower);
  const earlier = lexicon().meetingWords.sequenceConnectors.earlier;
  if (participle && earlier.some((p) => p.length === 1 && p[0] === tokens[end]?.lower)) return true;
  const comma = tokens.findIndex((t, n) => n >= end && n <= end + 4 && t.text === ',');
  if (comma === end) return true;
  if (comma < 0) return false;
  const gap = an.sentence.text.slice(tokens[end]!.start - an.sentence.start, tokens[comma]!.start - an.sentence.start);
  return findDates(gap, ctx.article.publishedAt).length > 0;
}

/** "after the meeting in Accra" was held, "ahead of his summit" is planned, when nothing else says. */
function orderStatus(
  judged: { status: MeetingStatus; rule: string | null },
  seg: Segment,
  around: () => { status: MeetingStatus; rule: string | null },
): { status: MeetingStatus; rule: string | null } {
  if (judged.status !== 'UNKNOWN' || !seg.order) return judged;
  switch (seg.order) {
    case 'earlier':
      return { status: 'HELD', rule: 'earlier event' };
    case 'later':
      return { status: 'PLANNED', rule: 'later event' };
    case 'around': {
      // "last met on the sidelines of the summit in Tirana": the gathering is when the meeting in it is
      const main = around();
      return main.status === 'UNKNOWN' ? judged : { status: main.status, rule: 'around the meeting' };
    }
    default:
      return unreachable(seg.order, 'event order');
  }
}

/** "left Cairo after two days of talks": a meeting the clause's act follows was held (when nothing else says). */
function afterMeeting(
  tokens: Token[],
  main: Trigger,
  judged: { status: MeetingStatus; rule: string | null },
): { status: MeetingStatus; rule: string | null } {
  const lead = afterMeetingLead(tokens, main);
  if (!lead || judged.status === 'HELD' || judged.status === 'CANCELLED') return judged;
  // "IGAD said in a statement after a summit in Djibouti that …": after a past act, whatever is planned next
  if (judged.status === 'PLANNED' && !pastActBefore(tokens, lead.i)) return judged;
  return { status: 'HELD', rule: 'earlier event' };
}

/** "discussed the crisis during talks in Beijing": talks a past act of their clause took place during were held. */
function duringPastAct(
  tokens: Token[],
  main: Trigger,
  judged: { status: MeetingStatus; rule: string | null },
): { status: MeetingStatus; rule: string | null } {
  if (judged.status !== 'UNKNOWN') return judged;
  const during = actPrepositionBefore(tokens, main.tok.i);
  if (during < 0) return judged;
  if (tokens[during]!.lower === 'at')
    return pastClauseBefore(tokens, during) ? { status: 'HELD', rule: 'at a past act' } : judged;
  const { a } = clauseAround(tokens, during);
  return pastActBefore(tokens, during, during - a) ? { status: 'HELD', rule: 'during a past act' } : judged;
}

/**
 * "during three days of talks", "at a one-day meeting": the "during" or "at" a few words before the meeting noun at
 * `at` (only words between, a hyphen joining some), or -1.
 */
function actPrepositionBefore(tokens: Token[], at: number): number {
  for (let k = at - 1, words = 0; k >= 0 && words < DURING_REACH; k--) {
    const t = tokens[k]!;
    if (/^(during|at)$/.test(t.lower)) return k;
    if (t.word) words++;
    else if (t.text !== '-') return -1;
  }
  return -1;
}

/** Words of a clause that put its act ahead ("are expected to endorse … at a meeting"). */
const AHEAD_WORDS = /^(will|would|shall|to|is|are|be|expected|due|set|scheduled|planned|could|may|might)$/;

/**
 * "X today endorsed a plan (JCPP) … at a meeting": the words before `at`, back to a comma or the sentence's start
 * (past brackets), have a past verb and nothing that puts it ahead.
 */
function pastClauseBefore(tokens: Token[], at: number): boolean {
  const a = tokens.findLastIndex((t, k) => k < at && /^[.,;:“”"]$/.test(t.text)) + 1;
  const words = tokens.slice(a, at).filter((t) => t.word && !t.cap);
  if (words.some((t) => AHEAD_WORDS.test(t.lower))) return false;
  const { pastForms } = lexicon().meetingWords;
  return words.some((t) => /[a-z]ed$/.test(t.lower) || pastForms.has(t.lower));
}

/** How many words "during" may stand before its meeting word ("during three days of talks"). */
const DURING_REACH = 4;

/** "said in a statement after …", "left Cairo after …": a past verb, no modal before it, a few words before `at`. */
function pastActBefore(tokens: Token[], at: number, reach = 6): boolean {
  const { pastForms } = lexicon().meetingWords;
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
    const t = tokens[k]!;
    if (!t.word || /^(will|would|shall|to)$/.test(t.lower)) return false;
    if (!t.cap && (/[a-z]ed$/.test(t.lower) || pastForms.has(t.lower))) return true;
  }
  return false;
}

/** "…were due to meet on Monday, but the meeting was called off": a later "the meeting" of the sentence cancels it. */
function calledOffLater(
  tokens: Token[],
  main: Trigger,
  triggers: Trigger[],
): { status: MeetingStatus; rule: string } | undefined {
  const later = triggers.find(
    (t) =>
      t.tok.i > main.tok.i &&
      !t.verb &&
      /^(the|this|that)$/.test(tokens[t.tok.i - 1]?.lower ?? '') &&
      meetingStatus(tokens, t.tok.i).status === 'CANCELLED',
  );
  return later ? { status: 'CANCELLED', rule: 'cancelled (the meeting, later in the sentence)' } : undefined;
}

/** A meeting no cue dates in time: one dated before the publication day was held, one after it is planned. */
function statusByDate(date: string | null, publishedAt: string | null): MeetingStatus {
  if (!date || !publishedAt) return 'UNKNOWN';
  const pub = publishedAt.slice(0, date.length);
  if (date < pub) return 'HELD';
  if (date > pub) return 'PLANNED';
  return 'UNKNOWN';
}

/** A call is held unless its clause plans or cancels it. */
/** A call's status from the words up to it ("agreed during a phone call … to hold a summit": the summit is planned). */
function callStatus(tokens: Token[], call: Trigger): MeetingStatus {
  const { status } = meetingStatus(tokens.slice(0, call.tok.i + call.length), call.tok.i);
  return status === 'PLANNED' || status === 'CANCELLED' ? status : 'HELD';
}

/** "when talks mediated by the US broke down in 2020": a meeting the clause dates by an earlier year only. */
function inPastYear(ctx: ArticleContext, an: SentenceAnalysis, at: number): boolean {
  const published = Number(ctx.article.publishedAt?.slice(0, 4));
  if (!published) return false;
  // "since 2020, when talks … broke down": the year the "when" clause of the meeting refers to
  const when = an.tokens.slice(Math.max(0, at - 4), at).findLast((t) => t.lower === 'when');
  const year = when && an.tokens[when.i - 1]?.text === ',' ? an.tokens[when.i - 2] : undefined;
  if (year && /^(19|20)\d\d$/.test(year.text)) return Number(year.text) < published;
  // after the meeting word, in its own phrase ("following summits in 2000 and 2007, ahead of a meeting" is not)
  for (const t of an.tokens.slice(at + 1, at + 1 + PAST_YEAR_REACH)) {
    if (/^[,;:“”"()]$/.test(t.text)) return false;
    if (/^(19|20)\d\d$/.test(t.text) && lexicon().meetingWords.yearLeads.has(an.tokens[t.i - 1]?.lower ?? ''))
      return Number(t.text) < published;
  }
  return false;
}

/** How far after a meeting noun the relative clause giving its schedule may open. */
const SCHEDULING_ASIDE_REACH = 30;

/**
 * "a meeting between Grossi and the head of the AEOI, Mohammad Eslami, which had been scheduled for Wednesday in
 * Tehran, …": a relative clause after a meeting noun that says when or where it was to be held; its token range
 * [a, b) (a: the comma before "which"), or null.
 */
function schedulingAside(an: SentenceAnalysis, trig: Trigger): { a: number; b: number } | null {
  const { tokens } = an;
  if (trig.verb) return null;
  const end = Math.min(tokens.length, trig.tok.i + SCHEDULING_ASIDE_REACH);
  const open = tokens.findIndex((_, k) => k > trig.tok.i && k < end && opensRelativeClause(tokens, k));
  if (open < 0 || tokens.slice(trig.tok.i, open).some((t) => /^[.;:“”"]$/.test(t.text))) return null;
  const words = lexicon().meetingWords.schedulingParticiples;
  if (!tokens.slice(open + 2, open + 6).some((t) => words.has(t.lower))) return null;
  const close = tokens.findIndex((t, k) => k > open + 1 && /^[,.;]$/.test(t.text));
  return { a: open, b: close < 0 ? tokens.length : close };
}

/** How many title words may lead the name a meeting is with ("with President of the Republic of Türkiye X"). */
const OBJECT_TITLE_REACH = 8;

/** The end of the person named from token `from` on, past at most a few title words before the name, or -1. */
function objectNameEnd(an: SentenceAnalysis, from: number): number {
  const person = an.mentions.find((m) => m.kind === 'PERSON' && m.t0 >= from && m.t0 <= from + OBJECT_TITLE_REACH);
  if (!person || an.tokens.slice(from, person.t0).some((t) => !t.word && !/^['’]s$/.test(t.text))) return -1;
  return person.t1;
}

/** How many tokens after its meeting word a year may date it ("talks mediated by the United States broke down in 2020"). */
const PAST_YEAR_REACH = 12;

/** How far (characters) a meeting's date may be from its word; before "at a meeting" where an act took place. */
const DATE_REACH = 80;
/** How many tokens past ", when" a trigger takes the time named before the comma though another event claims it. */
const WHEN_CLAUSE_REACH = 10;
/** Words a time phrase fronted before a clause may hold ("In late January,", "Earlier this month,"). */
const FRONTED_TIME_REACH = 4;
const AT_MEETING_DATE_REACH = 160;

/**
 * "On Tuesday, Deputy Prime Minister … met": a time phrase opens the sentence (its first comma within reach) and
 * the trigger stands in the clause it opens, no subordinate clause between.
 */
function frontedDateOfClause(ctx: ArticleContext, an: SentenceAnalysis, fronted: number, trigger: Trigger): boolean {
  const { tokens } = an;
  const at = trigger.tok.i;
  if (fronted <= 0 || fronted > FRONTED_TIME_REACH || fronted >= at) return false;
  // the clause's own verb or its object ("On Friday, Wang held talks"), not a noun deeper in it
  if (!trigger.verb && verbBeforeNoun(tokens, at) < 0) return false;
  const phrase = an.sentence.text.slice(0, tokens[fronted]!.start - an.sentence.start);
  if (findDates(phrase, ctx.article.publishedAt).length === 0) return false;
  const opener = (k: number): boolean => tokens[k - 1]?.text === ',' && SUBORDINATE_OPENERS.test(tokens[k]!.lower);
  return !tokens.slice(fronted + 1, at).some((t) => t.text === ';' || opener(t.i));
}

/**
 * "held talks", "received a phone call", "held the second round of talks": the verb taking the meeting noun at
 * `at` as its object, or -1.
 */
function verbBeforeNoun(tokens: Token[], at: number): number {
  const { roundModifiers, nounObjectVerbs } = lexicon().meetingWords;
  const modifier = (t: Token): boolean => NOUN_MODIFIERS.test(t.lower) || roundModifiers.has(t.lower);
  let k = at - 1;
  while (k >= at - NOUN_MODIFIER_REACH && k >= 0 && modifier(tokens[k]!)) k--;
  return nounObjectVerbs.has(tokens[k]?.lower ?? '') ? k : -1;
}

/**
 * "an emergency meeting of the bloc's leaders for Thursday": a date after "for" in the meeting noun's own phrase
 * (no comma or verb between), read forward from the article's day; else undefined.
 */
function dayCalledFor(ctx: ArticleContext, an: SentenceAnalysis, trigger: Trigger): string | undefined {
  const { tokens } = an;
  const from = trigger.tok.i + trigger.length;
  for (let k = from; k < tokens.length && k < from + CALLED_FOR_REACH; k++) {
    const t = tokens[k]!;
    // ("a round scheduled for April 2": a participle's date, read with the meeting's status)
    if ((!t.word && !/^['’]s?$/.test(t.text)) || /^[a-z]+ed$/.test(t.text)) return undefined;
    if (t.lower !== 'for') continue;
    const rest = an.sentence.text.slice(t.end - an.sentence.start);
    const date = findDates(rest, ctx.article.publishedAt, 'future')[0];
    return date && /^\s*(next\s+)?$/.test(rest.slice(0, date.start)) ? date.date : undefined;
  }
  return undefined;
}

/** Words of a meeting noun's phrase before "for" and its day ("meeting of the bloc's leaders for"). */
const CALLED_FOR_REACH = 8;

/**
 * The relative clauses (", which …", ", who …" to the next comma or the end) that neither hang on the trigger's own
 * words nor hold the trigger.
 */
function otherRelatives(tokens: Token[], at: number, length: number): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  tokens.forEach((t, k) => {
    if (t.text !== ',' || !/^(which|who)$/.test(tokens[k + 1]?.lower ?? '')) return;
    const close = tokens.findIndex((x, j) => j > k + 1 && x.text === ',');
    const b = close < 0 ? tokens.length : close;
    const own = k >= at && k - (at + length) <= OWN_RELATIVE_GAP;
    if (!own && !(at > k && at < b)) out.push({ a: k + 1, b });
  });
  return out;
}

/** Words between the trigger and a relative clause on it (", the talks in Doha, which …"). */
const OWN_RELATIVE_GAP = 3;

/** A month named in full ("April 2"): a calendar day rather than a weekday. */
const MONTH_NAME = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The last comma, semicolon or colon before `at` outside brackets ("on Sunday (July 14, 2019) held"), or -1. */
function clauseMarkBefore(tokens: Token[], at: number): number {
  let depth = 0;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!.text;
    if (t === ')') depth++;
    else if (t === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /^[,;:]$/.test(t)) return k;
  }
  return -1;
}

/** Words between a verb and the meeting noun it takes ("held the second round of talks"). */
const NOUN_MODIFIERS = /^(a|an|the|two|phone|telephone|video|separate|bilateral|brief|round|of)$/;
const NOUN_MODIFIER_REACH = 5;

/** Words opening a clause of their own after a comma: "…, during which", "…, who", "…, after". */
const SUBORDINATE_OPENERS = /^(during|which|who|whom|where|when|after|before|while|as|since|following|and|but)$/;

/**
 * The date of the meeting: a date in the meeting's own clause (or the clause of its place), never one of
 * the reporting clause or of another event in the sentence.
 */
function clauseDate(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  trigger: Trigger,
  places: string[],
  direction: DateDirection,
  own: (k: number) => boolean,
  calledOff = false,
): string | null {
  const { tokens } = an;
  const at = trigger.tok.i;
  const text = an.sentence.text;
  const ownOffset = (start: number): boolean => own(tokens.findIndex((t) => t.end - an.sentence.start > start));
  // "The talks, which stalled in May, resume next week": the aside's date is another event's
  const aside = relativeAsideAfter(tokens, at);
  const spans = aside
    ? [{ a: clauseAround(tokens, at).a, b: aside.a }, clauseAround(tokens, aside.b)]
    : [clauseAroundNames(tokens, at)];
  // "since December 2022, when the ministers met in Moscow": a "when" clause takes the time named before it
  const whenComma = commaBeforeWhen(tokens, at);
  const beforeWhen = whenComma > 0 ? clauseAround(tokens, whenComma - 1) : null;
  if (beforeWhen) spans.push(beforeWhen);
  // (far into the "when" clause, another event's time: "…, when 900 detainees were released over three days on
  // flights organized by the ICRC following an agreement reached in Switzerland the previous month")
  const nearWhen = beforeWhen && at - whenComma <= WHEN_CLAUSE_REACH ? beforeWhen : null;
  // "In January, the delegations met…": a time phrase fronted before the trigger's clause dates it
  const fronted = tokens.findIndex((t) => t.text === ',');
  const frontedTime = fronted > 0 && fronted <= FRONTED_TIME_REACH && spans[0]!.a === fronted + 1;
  if (frontedTime) spans.push({ a: 0, b: fronted });
  // "…, which had been scheduled for Wednesday in Tehran": the meeting's own schedule
  const scheduled = schedulingAside(an, trigger);
  if (scheduled) spans.push(scheduled);
  // "A follow-up meeting in Paris, which …, has been pushed back to May": dated where it is put off to
  const putOff = tokens.findIndex((_, k) => k > at && own(k) && putOffTo(tokens, k));
  // "discussed the proposal by phone with X on Monday": a construction of several words is dated from its end too
  const anchors = [tokens[at]!.start - an.sentence.start];
  // "India and Pakistan on Sunday held the second round of talks": dated from the verb that holds the meeting
  const holding = trigger.verb ? -1 : verbBeforeNoun(tokens, at);
  if (holding >= 0) {
    anchors.push(tokens[holding]!.start - an.sentence.start);
    // ("on Sunday (July 14, 2019) held": the time between the subject and its verb, brackets and all)
    spans.push({ a: clauseMarkBefore(tokens, holding) + 1, b: holding });
  }
  // ("On Tuesday, Deputy Prime Minister and Minister of Foreign Affairs Sheikh X met…": however long the subject)
  if (frontedDateOfClause(ctx, an, fronted, trigger)) anchors.push(tokens[fronted]!.start - an.sentence.start);
  if (trigger.length > 2) anchors.push(tokens[at + trigger.length - 1]!.end - an.sentence.start);
  if (aside) anchors.push(tokens[aside.b]!.start - an.sentence.start);
  if (scheduled) anchors.push(tokens[scheduled.a]!.start - an.sentence.start);
  if (putOff > 0) anchors.push(tokens[putOff]!.start - an.sentence.start);
  // "took place on August 18, when Trump called Putin during his meeting with…": the time before the comma,
  // though another event of the sentence claims it
  if (nearWhen) anchors.push(tokens[whenComma]!.start - an.sentence.start);
  const beforeWhenOffset = (start: number): boolean =>
    !!nearWhen &&
    start >= tokens[nearWhen.a]!.start - an.sentence.start &&
    start < tokens[whenComma]!.start - an.sentence.start;
  // "the next meeting, between Kurti and Vucic, could take place in July": dated past the sides' aside too
  const sides = sidesAsideAfter(tokens, at);
  if (sides > 0) anchors.push(tokens[sides]!.start - an.sentence.start);
  // "held a phone conversation with President of the Republic of Türkiye Recep Tayyip Erdoğan on Saturday": dated
  // past the long name of whom it was with
  const withWhom = tokens[at + trigger.length]?.lower === 'with' ? objectNameEnd(an, at + trigger.length + 1) : -1;
  if (withWhom > 0) anchors.push(tokens[withWhom - 1]!.end - an.sentence.start);
  // "The second meeting of the ad hoc commission between A and B ended in Kampala on Friday": dated from its verb
  const predicate = trigger.verb ? -1 : predicateAfter(tokens, at + trigger.length);
  if (predicate > 0) anchors.push(tokens[predicate]!.start - an.sentence.start);
  for (const p of places) {
    const k = tokens.findIndex((t) => t.text === p.split(' ')[0]);
    if (k < 0) continue;
    spans.push(clauseAround(tokens, k));
    // "flew on to Islamabad on Wednesday evening, where he was due to call on X on Thursday": the place a
    // ", where" clause hangs on is dated by the arrival, not by what happens there
    if (!whereClauseBetween(tokens, k, at)) anchors.push(tokens[k]!.start - an.sentence.start);
  }
  const dist = (start: number): number => Math.min(...anchors.map((o) => Math.abs(start - o)));
  // (a character offset in the sentence inside one of the token ranges)
  const inSpans =
    (ranges: ReadonlyArray<{ a: number; b: number }>) =>
    (start: number): boolean =>
      ranges.some(
        ({ a, b }) =>
          start >= tokens[a]!.start - an.sentence.start && start < (tokens[b - 1]?.end ?? 0) - an.sentence.start,
      );
  const inClause = inSpans(spans);
  // ("A second round scheduled for April 2 was called off": the calendar day a cancelled meeting was set for may be
  // past; "the talks scheduled for Saturday were called off" still means the coming one)
  const setFor = /\b(planned|scheduled|set|due) (for|on)\b/i.test(text) && !(calledOff && MONTH_NAME.test(text));
  const planned = direction === 'future' || setFor || putOff > 0;
  // "the declaration adopted on 11 December", "said late on Monday": the date of another act
  const foreign = (start: number, end = start): boolean => {
    // "Stoltenberg announced on Monday after a trilateral meeting": said the day the meeting it follows was held
    if (reportedJustAfter(start, end)) return false;
    const before = /([A-Za-z]+)\s+(?:(?:late|early|earlier|later)\s+)?(?:(?:on|in)\s+)?$/.exec(
      text.slice(Math.max(0, start - 32), start),
    );
    const verb = before?.[1]?.toLowerCase() ?? '';
    // "in a phone call on Tuesday": the meeting's own noun, not a report ("call"); another meeting's noun dates
    // that one ("The talks followed phone calls on Saturday")
    if (lexicon().meetingNounHeads.has(verb))
      return verb !== tokens[at + trigger.length - 1]!.lower && verb !== tokens[at]!.lower;
    return lexicon().meetingWords.foreignDateVerbs.has(verb) || lexicon().reporting.has(verb);
  };
  // "I met them this evening," he said on Thursday: a quote's "today" is the day it was said, unknown here
  const quotedToday = (start: number, end: number): boolean => {
    if (!/^(today|tonight|this (morning|afternoon|evening))$/i.test(text.slice(start, end))) return false;
    const before = text.slice(0, start);
    const opens = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
    return opens > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
  };
  const triggerOffset = tokens[at]!.start - an.sentence.start;
  const reportedJustAfter = (start: number, end: number): boolean => {
    const verb = /([A-Za-z]+)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/.exec(
      text.slice(Math.max(0, start - 32), start),
    )?.[1];
    if (!verb || !lexicon().reporting.has(verb.toLowerCase())) return false;
    const after = /^\s*(after|following)\s+((?:a|an|the|their|his|her|its)\s+)?([\w-]+\s+){0,2}/i.exec(text.slice(end));
    return !!after && end + after[0].length >= triggerOffset && end < triggerOffset;
  };
  // "a meeting … on the eve of the summit in Vilnius, which opens on Tuesday": the time of a relative clause on another
  // noun is that noun's
  // (not the meeting's own schedule or aside: "A meeting between A and B, which had been scheduled for Wednesday")
  const ownAside = (r: { a: number }): boolean =>
    [scheduled, aside].some((x) => !!x && r.a >= x.a && r.a <= x.b) || (sides > 0 && r.a > at && r.a <= sides);
  const inOtherRelative = inSpans(otherRelatives(tokens, at, trigger.length).filter((r) => !ownAside(r)));
  // "today endorsed a long-named plan … at a one-day meeting here": the act's date, however long its object
  const atMeeting = !trigger.verb && actPrepositionBefore(tokens, at) >= 0;
  const reach = (start: number): number => (atMeeting && start < anchors[0]! ? AT_MEETING_DATE_REACH : DATE_REACH);
  // "called an emergency meeting of the bloc's leaders for Thursday": the day the meeting is called for, to come
  const calledFor = trigger.verb ? undefined : dayCalledFor(ctx, an, trigger);
  if (calledFor) return calledFor;
  const near = findDates(text, ctx.article.publishedAt, planned ? 'future' : direction)
    .filter(
      (d) =>
        (ownOffset(d.start) || beforeWhenOffset(d.start)) &&
        (inClause(d.start) || reportedJustAfter(d.start, d.end)) &&
        dist(d.start) <= reach(d.start) &&
        !foreign(d.start, d.end) &&
        !inOtherRelative(d.start) &&
        !quotedToday(d.start, d.end),
    )
    .sort((a, b) => dist(a.start) - dist(b.start))[0];
  return near?.date ?? null;
}

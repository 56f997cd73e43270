import type { Evidence, MeetingKind, MeetingStatus } from '../../domain/article.js';
import type { ActorGroup } from '../actors/resolve.js';
import { cachedNameKey as nameKey } from '../keys.js';
import cities from '../lexicon/cities.json' with { type: 'json' };
import { lexicon } from '../lexicon/index.js';

/** One meeting as a segment of a sentence reports it, before the article's reports of it are merged. */
export interface Draft {
  kind: MeetingKind;
  participants: ActorGroup[];
  location: string | null;
  date: string | null;
  status: MeetingStatus;
  evidence: Evidence[];
  rule: string;
  /** "the meeting", "the commanders' meeting": a noun that refers back to a meeting already reported. */
  definite?: boolean;
  /**
   * "X warned that Y would consider war if the talks failed": the actors named only as the speaker of the
   * words the noun stands in; a meeting it refers back to takes them only if they already took part.
   */
  speakers?: ActorGroup[];
  /** "he met…": its participants lack the one a pronoun names. */
  pronounSubject?: boolean;
  /** "On the sidelines, X held talks with Y": held where the article's gathering is. */
  sidelines?: boolean;
  /** "The envoys met X" ('noun'), "They also met Y" ('pronoun'): its subject is the delegation of the meeting reported before. */
  delegationSubject?: 'noun' | 'pronoun';
  /** "The talks will resume on Monday": a later round than the one reported held (its sides, when none are named). */
  resumes?: boolean;
  /** The delegation's actors, when a delegation's meeting was placed by the one reported before it. */
  delegation?: ActorGroup[];
  /** "talks broke down in 2020": dated by an earlier year only; placed nowhere, a past meeting the article does not report. */
  pastYear?: boolean;
  /** The sentence segments ("sentence:first token") it was read from: two segments of one sentence are two events. */
  segments: string[];
  /** "held separate meetings with A and B": one of the meetings, each placed where a sibling is. */
  separate?: boolean;
  /** "the second and third rounds were held in X in June and in Y in July": one round of a list, dated by it. */
  listed?: boolean;
  /** "No date was set for the next round": a round whose place and date are open, never the dateline's. */
  unsettled?: boolean;
  /** "the second meeting of the core group": its number in a series (another number is another meeting). */
  ordinal?: number;
  /** "was held online", "met virtually": held nowhere, so not where the article is datelined. */
  online?: boolean;
}

/** A capital or a known city of the country. */
export function inCountry(city: string, country: string): boolean {
  const lex = lexicon();
  if (lex.countryByName.get(country)?.capitals?.includes(city)) return true;
  return (cities.cities as Record<string, string>)[city] === country;
}

/**
 * A date two months or more before publication ("met Putin in June 2015" in a 2016 article): a past
 * meeting recalled as background, never the undated meeting the article reports.
 */
function background(date: string, publishedAt: string | null): boolean {
  const pub = /^(\d{4})-(\d{2})/.exec(publishedAt ?? '');
  if (!pub) return false;
  const months = Number(pub[1]) * 12 + Number(pub[2]) - 1 - 2;
  const limit = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  return date.slice(0, 7) < limit;
}

/** Words news uses for one and the same event: "the summit", "the talks", "the meeting". */
const SAME_EVENT_WORDS: ReadonlySet<MeetingKind> = new Set(['MEETING', 'TALKS', 'SUMMIT']);

/** The same kind, or two of the words news uses for one event. */
const sameWord = (a: MeetingKind, b: MeetingKind): boolean =>
  a === b || (SAME_EVENT_WORDS.has(a) && SAME_EVENT_WORDS.has(b));

/** Days between two dates given to the day (Infinity otherwise). */
function daysApart(a: string | null, b: string | null): number {
  if (!a || !b || a.length !== 10 || b.length !== 10) return Infinity;
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

const NEAR_DAYS = 2;

/** How long a visit held before the article may still be under way when it is published. */
const VISIT_DAYS = 14;

function compatible(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

/** Same place and compatible dates → one meeting; place-less mentions join a meeting they share participants with. */
export function merge(drafts: Draft[], dateline: string | null, publishedAt: string | null): Draft[] {
  const out: Draft[] = [];
  const absorb = (into: Draft, d: Draft): void => {
    for (const p of d.participants)
      if (!into.participants.includes(p) && !d.speakers?.includes(p)) into.participants.push(p);
    into.segments.push(...d.segments);
    if (!into.date || (d.date && d.date.length > into.date.length)) into.date = d.date ?? into.date;
    // a meeting called off is called off, whatever else its reports say
    if (into.status === 'UNKNOWN' || d.status === 'CANCELLED') into.status = d.status;
    into.evidence.push(...d.evidence);
  };
  for (const d of drafts.filter((x) => x.location)) {
    const same = out.find(
      (o) =>
        o.location &&
        apart(o, d) &&
        nameKey(o.location) === nameKey(d.location!) &&
        compatible(o.date, d.date) &&
        // "signed in Doha on Saturday… will return to Doha for further negotiations": two rounds
        !anotherRound(o, d) &&
        // "Biden held talks with Lourenço in Luanda on Tuesday", "Mpango held talks with da Costa in Luanda on Tuesday"
        !otherPeople(o, d) &&
        // "talks in Asmara with Isaias" and "Isaias greeting Abiy at Asmara airport": one event of the same two people
        (o.kind === d.kind ||
          (!!o.date && o.date === d.date && (mayBeOne(o, d) || referredBack(o, d))) ||
          sameTwoPeopleMeeting(o, d)),
    );
    if (same) absorb(same, d);
    else out.push(copy(d));
  }
  // place-less mentions: the located meeting of the same kind they share actors with, else one
  // place-less meeting per article (calls apart), the gist of "the talks"
  // "negotiations in Ethiopia" and "the talks in Addis Ababa": a meeting placed in a country joins one of its
  // kind placed in a city of that country (not a visit)
  for (const o of [...out]) {
    // a visit to a country may take in several of its cities
    if (!o.location || o.kind === 'VISIT' || !lexicon().countryByName.has(o.location)) continue;
    const city = out.find(
      (c) =>
        c !== o &&
        c.location &&
        (c.kind === o.kind || ((!!c.definite || !!o.definite) && sameWord(c.kind, o.kind))) &&
        compatible(c.date, o.date) &&
        !anotherRound(c, o) &&
        inCountry(c.location, o.location!) &&
        // "Kamel travelled to Israel for talks" is not "Blinken's talks in Tel Aviv" (the host country aside);
        // "the meeting in Muscat" refers back to the talks in Oman
        (c.definite || o.definite || c.participants.some((p) => o.participants.includes(p) && p.name !== o.location)),
    );
    if (!city) continue;
    // "the meeting in Muscat" names the talks reported before by another word: they stay talks
    if (city.definite && !o.definite) city.kind = o.kind;
    absorb(city, o);
    out.splice(out.indexOf(o), 1);
  }
  for (const d of drafts.filter((x) => !x.location)) {
    // background placed nowhere and dated by a year only: too vague to be an event of its own
    if (d.pastYear) continue;
    // "The envoys met X": the delegation reported before meets X where it is
    const visited = d.delegationSubject ? locatedBefore(out, d) : undefined;
    if (visited) {
      const delegation = visited.delegation ?? visited.participants;
      const participants = [...delegation, ...d.participants.filter((p) => !delegation.includes(p))];
      const met = { ...copy(d), participants, location: visited.location, delegation };
      const there = out.find(
        (o) =>
          o !== visited &&
          sameWord(o.kind, d.kind) &&
          nameKey(o.location ?? '') === nameKey(visited.location!) &&
          compatible(o.date, d.date) &&
          d.participants.some((p) => o.participants.includes(p)),
      );
      if (there) absorb(there, met);
      else out.push(met);
      continue;
    }
    // "held separate meetings with A and B": where the meeting with A is, the one with B is too
    const sibling = d.separate ? out.find((o) => o.location && siblings(o, d)) : undefined;
    if (sibling) {
      out.push({ ...copy(d), location: sibling.location, date: d.date ?? sibling.date });
      continue;
    }
    const located = out.find(
      (o) =>
        o.location &&
        apart(o, d) &&
        (o.kind === d.kind || sameTwoPeopleMeeting(o, d)) &&
        d.kind !== 'CALL' &&
        !laterRound(o, d) &&
        !listedApart(o, d) &&
        compatible(o.date, d.date) &&
        !(d.date && !o.date && background(d.date, publishedAt)) &&
        o.participants.some((p) => d.participants.includes(p)) &&
        samePeople(o, d) &&
        // ("… by March 10, when intra-Afghan negotiations are due to begin": a meeting still to come is none held)
        !(o.status === 'HELD' && toComeAfter(d, publishedAt)),
    );
    if (located) {
      absorb(located, d);
      continue;
    }
    // "On the sidelines, X held talks with Y": at the article's summit or conference, or at the gathering
    // the sentence names ("on the sidelines of a NATO meeting in Antalya")
    const named = (o: Draft) => o.kind !== 'CALL' && o.evidence[0]!.sentenceIndex === d.evidence[0]!.sentenceIndex;
    const gatheringWhere = (is: (o: Draft) => boolean) =>
      out.find((o) => o.location && is(o) && compatible(o.date, d.date));
    // (the one its own sentence names first: "…in Chisinau, on the margins of the EPC summit")
    const gathering = d.sidelines
      ? (gatheringWhere(named) ?? gatheringWhere((o) => o.kind === 'SUMMIT' || o.kind === 'CONFERENCE'))
      : undefined;
    if (gathering) {
      const there = out.find(
        (o) =>
          o !== gathering &&
          o.kind === d.kind &&
          nameKey(o.location ?? '') === nameKey(gathering.location!) &&
          compatible(o.date, d.date) &&
          o.participants.some((p) => d.participants.includes(p)) &&
          samePeople(o, d) &&
          // ("met Kristersson on the eve of the summit … expected to hold a bilateral meeting on its sidelines")
          !(o.status === 'HELD' && d.status === 'PLANNED'),
      );
      // a planned meeting takes no date before the article's from a gathering whose tense was not its own
      const past = !!publishedAt && !!gathering.date && gathering.date < publishedAt.slice(0, gathering.date.length);
      const date = d.date ?? (d.status === 'PLANNED' && past ? null : gathering.date);
      if (there) absorb(there, d);
      else out.push({ ...copy(d), location: gathering.location, date });
      continue;
    }
    // "Kim arrived in Singapore… he was expected to meet Lee": a meeting during a visit is where the visitor is
    const visit = visitDuring(out, d, publishedAt);
    if (visit) {
      const there = out.find(
        (o) =>
          o !== visit &&
          sameWord(o.kind, d.kind) &&
          nameKey(o.location ?? '') === nameKey(visit.location!) &&
          compatible(o.date, d.date) &&
          sharesPrincipal(o, d) &&
          samePeople(o, d),
      );
      if (there) absorb(there, d);
      else out.push({ ...copy(d), location: visit.location });
      continue;
    }
    // "the meeting" refers back to the article's first located meeting of its kind
    // ("held talks on Monday and Tuesday… after the talks on Tuesday": a day or two apart, still the talks)
    const refers = (o: Draft, kind: (k: MeetingKind) => boolean): boolean =>
      !!o.location &&
      apart(o, d) &&
      !laterRound(o, d) &&
      kind(o.kind) &&
      (compatible(o.date, d.date) || daysApart(o.date, d.date) <= NEAR_DAYS) &&
      !(d.date && !o.date && background(d.date, publishedAt));
    // "the meeting" after "a summit in Helsinki": news names one event by any of these words
    // (one reported before it first: "the talks" refers back)
    const sameStatus = (o: Draft) => o.status === d.status || o.status === 'UNKNOWN' || d.status === 'UNKNOWN';
    const earlier = out.filter((o) => Number(placedIn(o)) < Number(placedIn(d)) && sameStatus(o));
    const referredIn = (list: Draft[]) =>
      list.find((o) => refers(o, (k) => k === d.kind)) ??
      (SAME_EVENT_WORDS.has(d.kind) ? list.find((o) => refers(o, (k) => SAME_EVENT_WORDS.has(k))) : undefined);
    const referred = d.definite ? (referredIn(earlier) ?? referredIn(out)) : undefined;
    if (referred) {
      // its sentence's date may be another act's ("brokered last week"): the meeting keeps its own
      absorb(referred, { ...d, date: null });
      continue;
    }
    // "A and B reached an agreement in Cairo, X said after meeting B and C": a meeting of the same sentence
    // placed nowhere is the placed one it shares two sides with
    const sentence = out.find(
      (o) =>
        !!o.location &&
        placedIn(o) === placedIn(d) &&
        sameWord(o.kind, d.kind) &&
        !anotherRound(o, d) &&
        sidesShared(o, d) >= 2,
    );
    if (sentence) {
      absorb(sentence, { ...d, date: null });
      continue;
    }
    // "A and B agreed to reopen talks… the committee will convene in Kuala Lumpur": a plan placed nowhere is the
    // article's one planned meeting of its sides (its sentence's date is the agreement's)
    const planned =
      d.status === 'PLANNED'
        ? out.filter((o) => o.status === 'PLANNED' && !!o.location && apart(o, d) && sameWord(o.kind, d.kind))
        : [];
    const plan = planned.length === 1 && d.participants.every((p) => planned[0]!.participants.includes(p));
    if (plan && d.participants.length >= 2) {
      absorb(planned[0]!, { ...d, date: null });
      continue;
    }
    // a meeting the article places nowhere is taken to be where the article is datelined
    // (a next round the article places nowhere is placed by its dateline only when a meeting is reported there:
    // "talks in Istanbul … the next round could take place in late June", datelined Kyiv, is placed nowhere)
    const reportedAtDateline = !!dateline && out.some((o) => nameKey(o.location ?? '') === nameKey(dateline));
    if (dateline && d.kind !== 'CALL' && !d.unsettled && !d.online && (!d.resumes || reportedAtDateline)) {
      const there = out.filter(
        (o) =>
          o.location &&
          apart(o, d) &&
          !laterRound(o, d) &&
          nameKey(o.location) === nameKey(dateline) &&
          (!d.date || o.date === d.date) &&
          // (a meeting there recalled from months before is not the one an undated report is of)
          !(!d.date && !!o.date && background(o.date, publishedAt)),
      );
      // of the meetings there, the one with its actors named by the same kind of word
      // ("Kyiv was ready for a meeting between him and Putin" is not the talks held there today)
      // (a meeting called off is not the one held there: "a meeting … has been cancelled" after talks held)
      const conflicting = (o: Draft) =>
        (d.status === 'CANCELLED' && o.status === 'HELD') || (d.status === 'HELD' && o.status === 'CANCELLED');
      const joinable = there.filter(
        (o) => !(d.status === 'PLANNED' && o.status === 'HELD' && !d.date) && !conflicting(o),
      );
      const here =
        joinable.find(
          (o) =>
            (o.kind === d.kind || (SAME_EVENT_WORDS.has(o.kind) && SAME_EVENT_WORDS.has(d.kind))) &&
            o.participants.some((p) => d.participants.includes(p)) &&
            samePeople(o, d),
        ) ?? joinable.find((o) => o.participants.some((p) => d.participants.includes(p)) && samePeople(o, d));
      if (here) {
        absorb(here, d);
        continue;
      }
      // the meetings reported from the dateline are others: this one is placed nowhere, unless it is of the day one of
      // its people was there ("Xi and Putin held talks in Astana on Wednesday… Also on Wednesday, Putin met Erdogan")
      const sameDayThere = there.some(
        (o) =>
          !!d.date &&
          d.date.length === 10 &&
          o.date === d.date &&
          o.participants.some((p) => p.kind === 'PERSON' && d.participants.includes(p)),
      );
      if (there.length === 0 || sameDayThere) {
        out.push({ ...copy(d), location: dateline });
        continue;
      }
    }
    const same = out.find(
      (o) =>
        !o.location &&
        apart(o, d) &&
        !laterRound(o, d) &&
        (o.kind === 'CALL') === (d.kind === 'CALL') &&
        // "spoke by phone on Saturday… last spoke by phone in late October": two calls (talks put off to another
        // month are still the talks)
        (d.kind !== 'CALL' || compatible(o.date, d.date)) &&
        samePeople(o, d) &&
        !(d.date && !o.date && background(d.date, publishedAt)),
    );
    if (same) absorb(same, d);
    else out.push(copy(d));
  }
  // (the meeting with B placed nowhere, reported before the one with A that joined a placed meeting)
  for (const o of out)
    if (o.separate && !o.location) {
      const sibling = out.find((x) => x.location && siblings(x, o));
      if (sibling) Object.assign(o, { location: sibling.location, date: o.date ?? sibling.date });
    }
  return out;
}

/**
 * The in-person meeting placed in the latest sentence before the draft's, at a compatible date ("They met" only
 * right after it).
 */
function locatedBefore(out: Draft[], d: Draft): Draft | undefined {
  const sentence = (x: Draft) => x.evidence[0]?.sentenceIndex ?? 0;
  const before = out.filter(
    (o) => o.location && o.kind !== 'CALL' && sentence(o) < sentence(d) && compatible(o.date, d.date),
  );
  const latest = before.sort((x, y) => sentence(y) - sentence(x))[0];
  return latest && (d.delegationSubject === 'noun' || sentence(latest) === sentence(d) - 1) ? latest : undefined;
}

const copy = (d: Draft): Draft => ({
  ...d,
  participants: [...d.participants],
  evidence: [...d.evidence],
  segments: [...d.segments],
});

/** "The talks will resume on Monday" after the round held (reported before or after it): two rounds. */
const laterRound = (o: Draft, d: Draft): boolean =>
  (!!d.resumes && o.status === 'HELD') || toCome(o, d) || numberedApart(o, d);

/**
 * "The first round in Oman" and "the next round will be held in Muscat": a round held and a resumption still
 * to come ("have resumed their negotiations in Ethiopia" and "talks in Addis Ababa resumed" are one round).
 */
const anotherRound = (a: Draft, b: Draft): boolean =>
  toCome(a, b) || toCome(b, a) || listedApart(a, b) || numberedApart(a, b);
/** "its first meeting in Male" and "the second meeting of the group": two numbers of a series. */
const numberedApart = (a: Draft, b: Draft): boolean => !!a.ordinal && !!b.ordinal && a.ordinal !== b.ordinal;
/** A round of a list is the same meeting as another report only on the same day or month. */
const listedApart = (a: Draft, b: Draft): boolean => (!!a.listed || !!b.listed) && (!a.date || a.date !== b.date);
const toCome = (next: Draft, held: Draft): boolean =>
  !!next.resumes && next.status !== 'HELD' && held.status === 'HELD';

/** How many of o's participants d names, itself or by a person who serves it ("Iran" by "Iranian FM Araqchi"). */
const sidesShared = (o: Draft, d: Draft): number =>
  o.participants.filter((p) => d.participants.some((q) => q === p || q.affiliations.some((a) => a.key === p.key)))
    .length;

/** The sentence of a segment key ("sentence:start"). */
const sentenceOf = (segment: string): string => segment.split(':')[0]!;

/** The sentence a draft was first reported in (its first segment's). */
const placedIn = (d: Draft): string => sentenceOf(d.segments[0]!);

/** Two of the separate meetings one segment reports ("sentence:start:n" keys that differ only in n). */
function siblings(o: Draft, d: Draft): boolean {
  const segment = (key: string) => key.split(':').slice(0, 2).join(':');
  return o.segments.some((a) => d.segments.some((b) => a !== b && segment(a) === segment(b)));
}

/** False when the two come from different segments of one sentence ("arrived in X ahead of the summit"). */
function apart(o: Draft, d: Draft): boolean {
  return !o.segments.some((a) => d.segments.some((b) => a !== b && sentenceOf(a) === sentenceOf(b)));
}

/** "Friday's meeting was the second in Istanbul" after "talks in Istanbul on Friday": a definite noun names it again. */
function referredBack(a: Draft, b: Draft): boolean {
  // (not a meeting held on the sidelines of the summit the noun names)
  return (!!a.definite || !!b.definite) && sameWord(a.kind, b.kind) && !a.sidelines && !b.sidelines;
}

/**
 * Two reports of one day named by different words ("the summit opened on Monday", "Ruto met Abiy on
 * Monday") are one event only when they share an actor, or one of them lacks the actor a pronoun names.
 */
function mayBeOne(a: Draft, b: Draft): boolean {
  return !!a.pronounSubject || !!b.pronounSubject || a.participants.some((g) => b.participants.includes(g));
}

/** A shared person when either names people ("Kim and Lee" is not "the summit with Trump"), else a shared actor. */
function sharesPrincipal(a: Draft, b: Draft): boolean {
  const pa = peopleOf(a);
  const pb = peopleOf(b);
  if (pa.length > 0 || pb.length > 0) return pa.some((g) => pb.includes(g));
  return a.participants.some((g) => b.participants.includes(g));
}

/** "Kim and Putin met" and "Kim's summit with Putin in Vladivostok": words for one event, naming the same two people or more. */
function sameTwoPeopleMeeting(a: Draft, b: Draft): boolean {
  if (!SAME_EVENT_WORDS.has(a.kind) || !SAME_EVENT_WORDS.has(b.kind)) return false;
  // "the talks at the airport" (held) and "agreed to meet again in Brazil" (planned) are two meetings
  if (a.status !== b.status && a.status !== 'UNKNOWN' && b.status !== 'UNKNOWN') return false;
  const people = peopleOf(b);
  return people.length >= 2 && people.every((g) => a.participants.includes(g));
}

/** A planned meeting dated after the article's day. */
const toComeAfter = (d: Draft, publishedAt: string | null): boolean =>
  d.status === 'PLANNED' && !!d.date && !!publishedAt && d.date > publishedAt.slice(0, d.date.length);

/** The people a draft names. */
const peopleOf = (d: Draft): ActorGroup[] => d.participants.filter((g) => g.kind === 'PERSON');

/** Both name two people or more, and none in common: two meetings of one place and day. */
function otherPeople(a: Draft, b: Draft): boolean {
  const pa = peopleOf(a);
  const pb = peopleOf(b);
  return pa.length >= 2 && pb.length >= 2 && !pa.some((g) => pb.includes(g));
}

/** Two reports that each name two people or more are one meeting only when most of the fewer are shared. */
function samePeople(a: Draft, b: Draft): boolean {
  const pa = peopleOf(a);
  const pb = peopleOf(b);
  if (pa.length < 2 || pb.length < 2) return true;
  return pa.filter((g) => pb.includes(g)).length * 2 > Math.min(pa.length, pb.length);
}

/**
 * The article's visit a place-less meeting happens during: a located visit by a person the meeting names,
 * at compatible dates; a city visited is preferred to its country.
 */
function visitDuring(out: Draft[], d: Draft, publishedAt: string | null): Draft | undefined {
  if (d.kind === 'VISIT' || d.kind === 'CALL') return undefined;
  // "after Putin's state visit to Beijing on May 16-17" in a July article: an undated meeting is not during it
  const over = (o: Draft) =>
    !d.date &&
    !!publishedAt &&
    o.date?.length === 10 &&
    o.status !== 'PLANNED' &&
    daysApart(o.date, publishedAt.slice(0, 10)) > VISIT_DAYS;
  const visits = out.filter(
    (o) =>
      o.kind === 'VISIT' &&
      o.location &&
      o.status !== 'CANCELLED' &&
      !over(o) &&
      // a visit still planned hosts no meeting already held ("arrived…, he will meet" is the visit under way)
      !(o.status === 'PLANNED' && d.status === 'HELD') &&
      apart(o, d) &&
      // a visit lasts some days from the one it is dated by
      (compatible(o.date, d.date) ||
        (!!o.date && !!d.date && d.date > o.date && d.date.slice(0, 7) === o.date.slice(0, 7))) &&
      o.participants.some((p) => p.kind === 'PERSON' && d.participants.includes(p)),
  );
  return visits.find((o) => !lexicon().countryByName.has(o.location!)) ?? visits[0];
}

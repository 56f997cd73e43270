import { dateAgreement, daysBetween, daysOutside } from '../shared/dates.js';
import { placeAgreement } from './places.js';

/** What the graph (or an earlier report of the batch) knows of a meeting node. */
export interface MeetingFacts {
  id: string;
  kind: string;
  /** Participant key → actor kind. */
  participants: ReadonlyMap<string, string>;
  placeKey: string | null;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | null;
  articles: ReadonlySet<string>;
  firstReportedAt: string | null;
  lastReportedAt: string | null;
}

/** One article's report of a meeting, with its participants resolved to actor keys. */
export interface MeetingReport {
  kind: string;
  participants: ReadonlyMap<string, string>;
  placeKey: string | null;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | null;
  articleId: string;
  publishedAt: string | null;
}

/** Kinds that may name one meeting: talks ≈ meeting ≈ summit; calls and visits only match their own kind. */
const KIND_GROUP: Record<string, string> = {
  MEETING: 'in-person',
  TALKS: 'in-person',
  SUMMIT: 'in-person',
  CONFERENCE: 'in-person',
  VISIT: 'visit',
  CALL: 'call',
};

/** A report whose date is unknown joins only a meeting reported within this many days of it. */
const UNDATED_WINDOW_DAYS = 45;
/** Sides a meeting dated by its month may have and still take a report that shares one of them. */
const MONTH_SIDES = 6;
/** The longest time undated reports of one meeting may span. */
const UNDATED_SPAN_DAYS = 90;
/** A report of a held meeting comes out within days of it: an undated report long after a dated meeting is another round. */
const REPORTED_AFTER_DAYS = 10;

/**
 * How well a report fits a meeting node, or null when it cannot be the same meeting: compatible
 * kinds, places and dates that do not conflict and at least one of them agreeing, shared
 * participants (two, or one when both the place and the date agree), the same principals unless
 * the day agrees, and never two meetings of one article. The same place scores above a place
 * inside the other.
 */
export function meetingMatchScore(report: MeetingReport, facts: MeetingFacts): number | null {
  if (facts.articles.has(report.articleId)) return null;
  if (KIND_GROUP[report.kind] !== KIND_GROUP[facts.kind] && !visitAsMeeting(report, facts)) return null;
  const place = placeAgreement(report.placeKey, facts.placeKey);
  const date = dateAgreement(
    { date: report.date, precision: report.datePrecision },
    { date: facts.date, precision: facts.datePrecision },
  );
  if (place === 'conflict' || date === 'conflict') return null;
  // Days apart (a round of talks) only where the place agrees; otherwise the day or the place must.
  if (place !== 'agree' && date !== 'agree') return null;
  const shared = [...report.participants.keys()].filter((key) => facts.participants.has(key)).length;
  // "the African Union summit in Addis Ababa", one article dating it and the other not: one actor is enough
  // when it is all that either names, the kind and the very place are the same
  const alone =
    shared === 1 &&
    report.participants.size === 1 &&
    facts.participants.size === 1 &&
    report.kind === facts.kind &&
    report.placeKey === facts.placeKey;
  // a month is no day: one shared actor joins a meeting of that month there only while it has a few sides
  // ("talks in Mexico City in January" do not take in every January meeting there that names one of them)
  const month = report.datePrecision === 'MONTH' || facts.datePrecision === 'MONTH';
  const dateForOne = date === 'agree' && (!month || facts.participants.size <= MONTH_SIDES);
  if (shared === 0 || (shared < 2 && !(place === 'agree' && (dateForOne || alone)))) return null;
  // A visit's principal is the visitor: its hosts vary with what each article names.
  const visit = report.kind === 'VISIT';
  if (date !== 'agree' && !visit && !samePrincipals(report.participants, facts.participants)) return null;
  if (date === 'unknown' && !reportedAround(report, facts)) return null;
  return (
    shared +
    (place === 'agree' ? (report.placeKey === facts.placeKey ? 3 : 2) : 0) +
    (date === 'agree' ? 2 : date === 'near' ? 1 : 0) +
    (report.kind === facts.kind ? 1 : 0)
  );
}

/**
 * "Rahmon's state visit to Bishkek on March 13" and "the talks in Bishkek on March 13": a visit is the meeting at its
 * host's place when both are of the very place and the same day (a visit dated by its month may span several).
 */
function visitAsMeeting(report: MeetingReport, facts: MeetingFacts): boolean {
  const groups = new Set([KIND_GROUP[report.kind], KIND_GROUP[facts.kind]]);
  if (!groups.has('visit') || !groups.has('in-person')) return false;
  const day = (d: string | null, p: 'DAY' | 'MONTH' | null) => (p === 'DAY' && d?.length === 10 ? d : null);
  const dayOf = day(report.date, report.datePrecision);
  return (
    !!report.placeKey && report.placeKey === facts.placeKey && !!dayOf && dayOf === day(facts.date, facts.datePrecision)
  );
}

/**
 * An undated report and a meeting: reported close together (all of its reports within a season, so that
 * undated reports do not chain one month to the next), and not long after the meeting's day.
 */
function reportedAround(report: MeetingReport, facts: MeetingFacts): boolean {
  if (daysOutside(report.publishedAt, facts.firstReportedAt, facts.lastReportedAt) > UNDATED_WINDOW_DAYS) return false;
  const first = earliest(facts.firstReportedAt, report.publishedAt);
  const last = latest(facts.lastReportedAt, report.publishedAt);
  if (first && last && daysBetween(first, last) > UNDATED_SPAN_DAYS) return false;
  const after = (published: string | null, day: string | null) =>
    published !== null && day !== null && published > day && daysBetween(published, day) > REPORTED_AFTER_DAYS;
  return !after(report.publishedAt, facts.date) && !after(facts.firstReportedAt, report.date);
}

/** When both sides name two people or more, more than half of the fewer must be shared. */
function samePrincipals(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  const people = (m: ReadonlyMap<string, string>) => [...m].filter(([, kind]) => kind === 'PERSON').map(([k]) => k);
  const peopleA = people(a);
  const peopleB = new Set(people(b));
  if (peopleA.length < 2 || peopleB.size < 2) return true;
  const shared = peopleA.filter((key) => peopleB.has(key)).length;
  return shared * 2 > Math.min(peopleA.length, peopleB.size);
}

/** The facts of a node after it took in a report (what later reports of the batch match against). */
export function absorbMeeting(facts: MeetingFacts, report: MeetingReport): MeetingFacts {
  return {
    ...facts,
    participants: new Map([...report.participants, ...facts.participants]),
    placeKey: facts.placeKey ?? report.placeKey,
    date: facts.date ?? report.date,
    datePrecision: facts.date ? facts.datePrecision : report.datePrecision,
    articles: new Set([...facts.articles, report.articleId]),
    firstReportedAt: earliest(facts.firstReportedAt, report.publishedAt),
    lastReportedAt: latest(facts.lastReportedAt, report.publishedAt),
  };
}

export function meetingFactsOf(id: string, report: MeetingReport): MeetingFacts {
  return {
    id,
    kind: report.kind,
    participants: report.participants,
    placeKey: report.placeKey,
    date: report.date,
    datePrecision: report.datePrecision,
    articles: new Set([report.articleId]),
    firstReportedAt: report.publishedAt,
    lastReportedAt: report.publishedAt,
  };
}

export function earliest(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b < a) ? b : a;
}

export function latest(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b > a) ? b : a;
}

import type { CypherQuery } from '../cypher.js';
import type { Row } from '../executor.js';
import {
  absorbMediation,
  mediationFactsOf,
  mediationMatchScore,
  type MediationFacts,
  type MediationReport,
} from '../mediation/coreference.js';
import { mediationCandidates } from '../mediation/write.js';
import {
  absorbMeeting,
  meetingFactsOf,
  meetingMatchScore,
  type MeetingFacts,
  type MeetingReport,
} from '../meeting/coreference.js';
import { type MeetingLookup, meetingCandidates } from '../meeting/write.js';
import {
  absorbStatement,
  statementFactsOf,
  statementMatchScore,
  statementTextKey,
  type StatementFacts,
  type StatementReport,
} from '../statement/coreference.js';
import { statementCandidates } from '../statement/write.js';
import { type EventLabel, rekeyEvents } from '../shared/event-ids.js';
import { matchReports, type EventRule, type PendingReport } from './match.js';
import type { BatchRows, ReportProps } from './rows.js';

type Run = (query: CypherQuery) => Promise<Row[]>;

/**
 * Event coreference, inside the batch's write transaction and after its actors are written:
 * gives every statement, mediation and meeting row the node it joins (an existing one, one an
 * earlier article of the batch started, or its own), and every node the smallest id of its
 * reports, renaming a node of the graph that a report with a smaller id joins. Writing the actors locked every
 * actor node the batch touches until commit, and two reports of one event share an actor, so a
 * concurrent batch reporting the same event waits for this one and then sees its nodes.
 * Returns the meetings and mediations that took in a report of another article (their fields
 * need deriving from all of their reports).
 */
export async function resolveEventIds(
  run: Run,
  rows: BatchRows,
): Promise<{ joinedMeetings: string[]; joinedMediations: string[] }> {
  const kindOf = new Map(rows.actors.map((actor) => [actor.key, actor.kind]));
  const joinedMeetings = await resolve(run, rows.meetings, MEETINGS, (row) => meetingReport(row, kindOf));
  const joinedMediations = await resolve(run, rows.mediations, MEDIATIONS, (row) => ({
    mediators: new Map(row.mediators.map((key) => [key, kindOf.get(key) ?? ''])),
    parties: row.parties,
    articleId: row.articleId,
    publishedAt: row.publishedAt,
  }));
  await resolve(run, rows.statements, STATEMENTS, (row) => ({
    speaker: row.speaker,
    textKey: statementTextKey(row.text),
    articleId: row.articleId,
    publishedAt: row.publishedAt,
  }));
  return { joinedMeetings, joinedMediations };
}

interface Kind<Row extends ReportProps, Report, Facts extends { id: string }> {
  label: EventLabel;
  rule: EventRule<Report, Facts>;
  candidates(rows: { index: number; row: Row }[]): CypherQuery;
  factsFromGraph(record: Record<string, unknown>): Facts;
}

async function resolve<R extends ReportProps, Report, Facts extends { id: string }>(
  run: Run,
  rows: R[],
  kind: Kind<R, Report, Facts>,
  reportOf: (row: R) => Report,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const graphCandidates = new Map<number, Facts[]>();
  for (const record of await run(kind.candidates(rows.map((row, index) => ({ index, row }))))) {
    const index = Number(record.index);
    const list = graphCandidates.get(index) ?? [];
    list.push(kind.factsFromGraph(record));
    graphCandidates.set(index, list);
  }
  const pending: PendingReport<Report>[] = rows.map((row) => ({
    provisionalId: row.id,
    articleId: row.articleId,
    report: reportOf(row),
  }));
  const ids = matchReports(pending, graphCandidates, kind.rule);
  const canonical = new Map<string, string>();
  const joined = new Set<string>();
  rows.forEach((row, index) => {
    const id = ids[index]!;
    if (id !== row.id) joined.add(id);
    const smallest = canonical.get(id) ?? id;
    canonical.set(id, row.id < smallest ? row.id : smallest);
  });
  const rekeys = [...canonical].filter(([from, to]) => from !== to).map(([from, to]) => ({ from, to }));
  if (rekeys.length) await run(rekeyEvents(kind.label, rekeys));
  rows.forEach((row, index) => {
    row.id = canonical.get(ids[index]!)!;
  });
  return [...joined].map((id) => canonical.get(id)!);
}

function meetingReport(row: BatchRows['meetings'][number], kindOf: Map<string, string>): MeetingReport {
  return {
    kind: row.kind,
    participants: new Map(row.participants.map((key) => [key, kindOf.get(key) ?? ''])),
    placeKey: row.placeKey,
    date: row.date,
    datePrecision: row.datePrecision,
    articleId: row.articleId,
    publishedAt: row.publishedAt,
  };
}

export function meetingLookup(index: number, row: BatchRows['meetings'][number]): MeetingLookup {
  const range = row.date ? daysAround(row.date, row.datePrecision) : null;
  return {
    index,
    participants: row.participants,
    placeKey: row.placeKey,
    placeCountry: row.placeCountry,
    placeRank: row.placeRank,
    date: row.date,
    datePrecision: row.datePrecision,
    publishedAt: row.publishedAt,
    from: range?.from ?? null,
    to: range?.to ?? null,
    monthStart: row.date ? `${row.date.slice(0, 7)}-01` : null,
  };
}

/** A day give or take one, or a whole month: the dates that agree with `date`. */
function daysAround(date: string, precision: 'DAY' | 'MONTH' | null): { from: string; to: string } {
  const day = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (precision === 'MONTH') {
    const start = Date.parse(`${date.slice(0, 7)}-01`);
    const next = new Date(start);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return { from: iso(start), to: iso(next.getTime() - day) };
  }
  const at = Date.parse(date);
  return { from: iso(at - day), to: iso(at + day) };
}

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

const MEETINGS: Kind<BatchRows['meetings'][number], MeetingReport, MeetingFacts> = {
  label: 'Meeting',
  rule: {
    score: meetingMatchScore,
    absorb: absorbMeeting,
    factsOf: meetingFactsOf,
    reportBlocks: (report) => report.participants.keys(),
    factBlocks: (facts) => facts.participants.keys(),
  },
  candidates: (rows) => meetingCandidates(rows.map(({ index, row }) => meetingLookup(index, row))),
  factsFromGraph: (record) => ({
    id: String(record.id),
    kind: String(record.kind),
    participants: new Map((record.participants as [string, string][]).map(([key, kind]) => [key, kind])),
    placeKey: str(record.placeKey),
    date: str(record.date),
    datePrecision: str(record.datePrecision) as MeetingFacts['datePrecision'],
    articles: new Set(),
    firstReportedAt: str(record.firstReportedAt),
    lastReportedAt: str(record.lastReportedAt),
  }),
};

const MEDIATIONS: Kind<BatchRows['mediations'][number], MediationReport, MediationFacts> = {
  label: 'Mediation',
  rule: {
    score: mediationMatchScore,
    absorb: absorbMediation,
    factsOf: mediationFactsOf,
    reportBlocks: (report) => report.mediators.keys(),
    factBlocks: (facts) => facts.mediators.keys(),
  },
  candidates: (rows) =>
    mediationCandidates(
      rows.map(({ index, row }) => ({
        index,
        mediators: row.mediators,
        parties: row.parties,
        publishedAt: row.publishedAt,
      })),
    ),
  factsFromGraph: (record) => ({
    id: String(record.id),
    mediators: new Map(record.mediators as [string, string][]),
    parties: new Set(record.parties as string[]),
    articles: new Set(),
    firstReportedAt: str(record.firstReportedAt),
    lastReportedAt: str(record.lastReportedAt),
  }),
};

const STATEMENTS: Kind<BatchRows['statements'][number], StatementReport, StatementFacts> = {
  label: 'Statement',
  rule: {
    score: statementMatchScore,
    absorb: absorbStatement,
    factsOf: statementFactsOf,
    reportBlocks: (report) => [report.speaker],
    factBlocks: (facts) => [facts.speaker],
  },
  candidates: (rows) =>
    statementCandidates(rows.map(({ index, row }) => ({ index, speaker: row.speaker, publishedAt: row.publishedAt }))),
  factsFromGraph: (record) => ({
    id: String(record.id),
    speaker: String(record.speaker),
    textKey: statementTextKey(String(record.text)),
    articles: new Set(),
    firstReportedAt: str(record.firstReportedAt),
    lastReportedAt: str(record.lastReportedAt),
  }),
};

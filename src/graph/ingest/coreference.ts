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
  nearIdenticalLengths,
  statementFactsOf,
  statementMatchScore,
  statementTextKey,
  type StatementFacts,
  type StatementReport,
} from '../statement/coreference.js';
import { type StatementLookup, statementCandidates } from '../statement/write.js';
import { dissolveMeetings, storedMeetingReport, storedMeetingReports } from '../meeting/reports.js';
import { type EventLabel, rekeyEvents } from '../shared/event-ids.js';
import { type ClusterPlan, nodesToReread, planClusters, type StoredReport } from './cluster.js';
import type { EventRule } from './match.js';
import type { BatchRows, ReportProps } from './rows.js';

type Run = (query: CypherQuery) => Promise<Row[]>;

/** What coreference decided for a batch: ids are on the rows; these are the graph's changes. */
export interface EventIdPlan {
  rekeys: { label: EventLabel; from: string; to: string }[];
  /** Meetings whose reports were grouped otherwise: deleted before the batch's meetings are merged. */
  dissolvedMeetings: string[];
  /** Meetings and mediations holding reports of several articles (their fields need deriving from all). */
  joinedMeetings: string[];
  joinedMediations: string[];
}

/**
 * Event coreference, inside the batch's write transaction and after its actors are written:
 * gives every statement, mediation and meeting row the node it joins (an existing one, one
 * another report of the batch starts, or its own), and every node the smallest id of its reports
 * (src/graph/ingest/cluster.ts). Meetings the batch's reports may join are clustered again with
 * them from their stored reports; the reports of a meeting that splits or merges with another
 * are appended to `rows.meetings`. Reads only: applyEventIds makes the changes. Writing the actors
 * locked every actor node the batch touches until commit, and two reports of one event share an
 * actor, so a concurrent batch reporting the same event waits for this one and then sees its nodes.
 */
export async function resolveEventIds(run: Run, rows: BatchRows): Promise<EventIdPlan> {
  const kindOf = new Map(rows.actors.map((actor) => [actor.key, actor.kind]));
  const meetings = await resolve(run, rows.meetings, MEETINGS, (row) => meetingReport(row, kindOf), kindOf);
  rows.meetings.push(...meetings.restored);
  const mediations = await resolve(run, rows.mediations, MEDIATIONS, (row) => ({
    mediators: new Map(row.mediators.map((key) => [key, kindOf.get(key) ?? ''])),
    parties: new Map(row.parties.map((key) => [key, kindOf.get(key) ?? ''])),
    articleId: row.articleId,
    publishedAt: row.publishedAt,
  }));
  const statements = await resolve(run, rows.statements, STATEMENTS, (row) => ({
    speaker: row.speaker,
    textKey: statementTextKey(row.text),
    articleId: row.articleId,
    publishedAt: row.publishedAt,
  }));
  const labelled = (label: EventLabel, plan: ClusterPlan<unknown>) => plan.rekeys.map((r) => ({ label, ...r }));
  return {
    rekeys: [
      ...labelled('Meeting', meetings),
      ...labelled('Mediation', mediations),
      ...labelled('Statement', statements),
    ],
    dissolvedMeetings: meetings.dissolved,
    joinedMeetings: meetings.joined,
    joinedMediations: mediations.joined,
  };
}

/** Ids of the graph's events whose contributions the plan changes (before it is applied). */
export function eventsBefore(plan: EventIdPlan): string[] {
  return [...plan.dissolvedMeetings, ...plan.rekeys.map((rekey) => rekey.from)];
}

/** Deletes the dissolved meetings, then renames nodes (a new id may be a dissolved node's). */
export async function applyEventIds(run: Run, plan: EventIdPlan): Promise<void> {
  if (plan.dissolvedMeetings.length) await run(dissolveMeetings(plan.dissolvedMeetings));
  for (const label of ['Meeting', 'Mediation', 'Statement'] as const) {
    const rekeys = plan.rekeys.filter((rekey) => rekey.label === label).map(({ from, to }) => ({ from, to }));
    if (rekeys.length) await run(rekeyEvents(label, rekeys));
  }
}

interface Kind<Row extends ReportProps, Report, Facts extends { id: string }> {
  label: EventLabel;
  rule: EventRule<Report, Facts>;
  candidates(rows: { index: number; row: Row }[]): CypherQuery;
  factsFromGraph(record: Record<string, unknown>): Facts;
  /** Reads back the reports of graph nodes, to cluster them again with the batch's (meetings). */
  stored?(ids: string[]): CypherQuery;
  storedFromGraph?(
    record: Record<string, unknown>,
    reportId: string,
  ): StoredReport<Row> & { kinds: [string, string][] };
}

async function resolve<R extends ReportProps, Report, Facts extends { id: string }>(
  run: Run,
  rows: R[],
  kind: Kind<R, Report, Facts>,
  reportOf: (row: R) => Report,
  kindOf?: Map<string, string>,
): Promise<ClusterPlan<R>> {
  if (rows.length === 0) return { rowIds: [], rekeys: [], dissolved: [], restored: [], joined: [] };
  const graphCandidates = new Map<number, Facts[]>();
  for (const record of await run(kind.candidates(rows.map((row, index) => ({ index, row }))))) {
    const index = Number(record.index);
    const list = graphCandidates.get(index) ?? [];
    list.push(kind.factsFromGraph(record));
    graphCandidates.set(index, list);
  }
  const stored = await storedReports(run, rows, graphCandidates, kind, reportOf);
  for (const report of stored)
    for (const [key, actorKind] of report.kinds) kindOf?.set(key, kindOf.get(key) ?? actorKind);
  const reread = new Set(stored.map((report) => report.node));
  for (const [index, list] of graphCandidates)
    graphCandidates.set(
      index,
      list.filter((facts) => !reread.has(facts.id)),
    );
  const plan = planClusters(rows, stored, graphCandidates, kind.rule, reportOf);
  rows.forEach((row, index) => {
    row.id = plan.rowIds[index]!;
  });
  return plan;
}

/** The stored reports of the graph's nodes that a report of the batch scores against. */
async function storedReports<R extends ReportProps, Report, Facts extends { id: string }>(
  run: Run,
  rows: R[],
  graphCandidates: ReadonlyMap<number, Facts[]>,
  kind: Kind<R, Report, Facts>,
  reportOf: (row: R) => Report,
): Promise<(StoredReport<R> & { kinds: [string, string][] })[]> {
  if (!kind.stored || !kind.storedFromGraph) return [];
  const ids = nodesToReread(rows, graphCandidates, kind.rule, reportOf);
  if (ids.length === 0) return [];
  const seen = new Set<string>();
  return (await run(kind.stored(ids))).map((record) => {
    // Reports stored without their id (older graphs): the node's first keeps the node's id.
    const node = String(record.node);
    const reportId = record.reportId ? String(record.reportId) : seen.has(node) ? `${node}/${record.articleId}` : node;
    seen.add(node);
    return kind.storedFromGraph!(record, reportId);
  });
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

export function statementLookup(index: number, row: BatchRows['statements'][number]): StatementLookup {
  return { index, speaker: row.speaker, publishedAt: row.publishedAt, ...nearIdenticalLengths(row.textKeyLength) };
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
  stored: storedMeetingReports,
  storedFromGraph: storedMeetingReport,
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
    parties: new Map(record.parties as [string, string][]),
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
  candidates: (rows) => statementCandidates(rows.map(({ index, row }) => statementLookup(index, row))),
  factsFromGraph: (record) => ({
    id: String(record.id),
    speaker: String(record.speaker),
    textKey: statementTextKey(String(record.text)),
    articles: new Set(),
    firstReportedAt: str(record.firstReportedAt),
    lastReportedAt: str(record.lastReportedAt),
  }),
};

import type { MeetingStatus } from '../../domain/article.js';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import { storedDate } from '../ingest/prepare.js';
import { cypher, type CypherQuery } from '../cypher.js';
import type { Executor, Row } from '../executor.js';
import { eventIdsOfKind, refreshRecency } from '../actor/recency.js';
import { maintaining } from '../maintained/maintain.js';
import { refreshMeetings } from '../meeting/write.js';
import { type CuratorKey, recordCuration } from './record.js';

export const EVENT_LABELS = { MEETING: 'Meeting', MEDIATION: 'Mediation', STATEMENT: 'Statement' } as const;
export type EventKind = keyof typeof EVENT_LABELS;

/** Edges of an event node other than REPORTED_IN, with their direction seen from the event. */
const EVENT_EDGES: Record<EventKind, { type: string; out: boolean }[]> = {
  MEETING: [
    { type: 'ATTENDS', out: false },
    { type: 'AT', out: true },
  ],
  MEDIATION: [
    { type: 'MEDIATES', out: false },
    { type: 'BETWEEN', out: true },
  ],
  STATEMENT: [
    { type: 'MADE', out: false },
    { type: 'VIA', out: true },
  ],
};

/** Statements that fold event `$dup` into `$surv`: its reports and edges move, then it goes. */
function foldStatements(kind: EventKind, params: { surv: string; dup: string }): CypherQuery[] {
  const label = EVENT_LABELS[kind];
  const start = `MATCH (d:${label} {id: $dup}), (s:${label} {id: $surv})`;
  const moves = EVENT_EDGES[kind].map(({ type, out }) =>
    cypher(
      out
        ? `${start} MATCH (d)-[r:${type}]->(t) MERGE (s)-[n:${type}]->(t) ON CREATE SET n = properties(r) DELETE r`
        : `${start} MATCH (d)<-[r:${type}]-(t) MERGE (s)<-[n:${type}]-(t) ON CREATE SET n = properties(r) DELETE r`,
      params,
    ),
  );
  return [
    ...moves,
    cypher(
      `${start} MATCH (d)-[r:REPORTED_IN]->(a:Article)
      MERGE (s)-[n:REPORTED_IN]->(a) ON CREATE SET n = properties(r)
      DELETE r`,
      params,
    ),
    cypher(
      `${start}
      SET s.firstReportedAt = CASE WHEN s.firstReportedAt IS NULL OR d.firstReportedAt < s.firstReportedAt THEN d.firstReportedAt ELSE s.firstReportedAt END,
        s.lastReportedAt = CASE WHEN s.lastReportedAt IS NULL OR d.lastReportedAt > s.lastReportedAt THEN d.lastReportedAt ELSE s.lastReportedAt END
      DETACH DELETE d`,
      params,
    ),
  ];
}

/** Analyst fixes to events. Each method is one transaction, recorded as a Curation. */
export class EventCuration {
  constructor(
    private readonly executor: Executor,
    private readonly curator: CuratorKey,
  ) {}

  /** Folds every event of `ids` into the first; later reports keep matching the merged node. */
  async merge(kind: EventKind, ids: readonly string[]): Promise<string> {
    const [survivor, ...duplicates] = [...new Set(ids)];
    if (!survivor || duplicates.length === 0) {
      throw new EventGraphError(ErrorCode.BadUserInput, 'mergeEvents needs two events or more');
    }
    await this.executor.writeTransaction(async (run) => {
      await requireEvents(run, kind, [survivor, ...duplicates]);
      await maintaining(run, { events: [survivor, ...duplicates], articles: [] }, async () => {
        for (const dup of duplicates) for (const q of foldStatements(kind, { surv: survivor, dup })) await run(q);
        if (kind === 'MEETING') await run(refreshMeetings([survivor]));
      });
      // Ingestion re-clusters a meeting's reports (src/graph/ingest/cluster.ts), never a curator's merge.
      if (kind === 'MEETING')
        await run(cypher('MATCH (m:Meeting {id: $id}) SET m.curatedMerge = true', { id: survivor }));
      await run(refreshRecency(eventIdsOfKind(kind, [survivor])));
      await run(recordCuration('mergeEvents', survivor, { kind, merged: duplicates }, this.curator));
    });
    return survivor;
  }

  /** A status that later reports do not change (refreshMeetings keeps the curated one). */
  async setMeetingStatus(id: string, status: MeetingStatus): Promise<void> {
    await this.executor.writeTransaction(async (run) => {
      await requireEvents(run, 'MEETING', [id]);
      await run(
        cypher('MATCH (m:Meeting {id: $id}) SET m.curatedStatus = $status, m.status = $status', { id, status }),
      );
      await run(recordCuration('setMeetingStatus', id, { status }, this.curator));
    });
  }

  /** A date (ISO day or month) that later reports do not change. */
  async setMeetingDate(id: string, date: string): Promise<void> {
    let stored: ReturnType<typeof storedDate>;
    try {
      stored = storedDate(date);
    } catch {
      throw new EventGraphError(ErrorCode.BadUserInput, `"${date}" is not a date (YYYY-MM-DD or YYYY-MM)`);
    }
    await this.executor.writeTransaction(async (run) => {
      await requireEvents(run, 'MEETING', [id]);
      await maintaining(run, { events: [id], articles: [] }, () =>
        run(
          cypher(
            `MATCH (m:Meeting {id: $id})
          SET m.curatedDate = date($date), m.curatedDatePrecision = $precision, m.date = date($date), m.datePrecision = $precision,
            m.dated = true`,
            { id, date: stored.date, precision: stored.precision },
          ),
        ),
      );
      await run(refreshRecency(eventIdsOfKind('MEETING', [id])));
      await run(recordCuration('setMeetingDate', id, { date }, this.curator));
    });
  }
}

async function requireEvents(run: (q: CypherQuery) => Promise<Row[]>, kind: EventKind, ids: string[]): Promise<void> {
  const found = await run(cypher(`UNWIND $ids AS id MATCH (e:${EVENT_LABELS[kind]} {id: id}) RETURN id`, { ids }));
  const missing = ids.filter((id) => !found.some((row) => row.id === id));
  if (missing.length) {
    throw new EventGraphError(
      ErrorCode.NotFound,
      `no ${kind.toLowerCase()} with id ${missing.map((id) => `"${id}"`).join(', ')}`,
    );
  }
}

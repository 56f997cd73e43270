import type { ExtractedArticle } from '../../src/domain/article.js';
import { meetingLookup, statementLookup } from '../../src/graph/ingest/coreference.js';
import { prepareBatch } from '../../src/graph/ingest/prepare.js';
import type { MeetingLookup } from '../../src/graph/meeting/write.js';
import type { StatementLookup } from '../../src/graph/statement/write.js';
import type { BatchRows, EvidenceProps, MentionWriteRow } from '../../src/graph/ingest/rows.js';
import { geocodeArticlePlaces, type PlaceGeoRow, sharedGazetteer } from '../../src/geo/index.js';

/**
 * The floor's parameters for one batch: the same extracted data as our ingestion, resolved to
 * the same actor nodes (by our prepareBatch, with the name map kept in memory instead of read
 * from the graph), then grouped on the client so that every write is a plain UNWIND.
 */
export interface FloorRows {
  articles: BatchRows['articles'];
  topics: { a: string; key: string; name: string }[];
  datelines: { a: string; key: string; name: string }[];
  actors: {
    key: string;
    name: string;
    kind: string;
    names: string[];
    articles: number;
    first: string | null;
    last: string | null;
  }[];
  names: { key: string; target: string; texts: string[]; articles: number; fresh: boolean }[];
  mentions: MentionWriteRow[];
  affiliations: BatchRows['affiliations'];
  statements: (EvidenceProps & {
    id: string;
    speaker: string;
    text: string;
    textKeyLength: number;
    direct: boolean;
    date: string | null;
    datePrecision: string | null;
    via: string | null;
  })[];
  vias: (EvidenceProps & { id: string; via: string })[];
  mediations: (EvidenceProps & {
    id: string;
    subject: string | null;
    mediators: string[];
    parties: string[];
    reportId: string;
  })[];
  mediationEdges: (EvidenceProps & { m: string; x: string; type: 'MEDIATES' | 'BETWEEN' })[];
  meetings: (EvidenceProps & {
    id: string;
    kind: string;
    status: string;
    date: string | null;
    datePrecision: string | null;
    place: string | null;
    placeKey: string | null;
    placeCountry: string | null;
    placeRank: number;
    participants: string[];
    reportId: string;
  })[];
  attends: (EvidenceProps & { m: string; x: string })[];
  places: (EvidenceProps & { m: string; key: string; name: string })[];
  /** Coordinates of the batch's places, from the gazetteer, as ours locates them. */
  located: PlaceGeoRow[];
  /** The maintained counterpart edges and daily counts, added up on the client (the batch's events are new). */
  counterparts: {
    a: string;
    b: string;
    meetings: number;
    mediations: number;
    statements: number;
    first: string | null;
    last: string | null;
  }[];
  days: { actor: string; day: string; articles: number; statements: number; meetings: number; mediations: number }[];
  /** Event coreference reads, one row per report: the candidates the graph holds (see FLOOR_MATCHING). */
  meetingCandidates: MeetingLookup[];
  mediationCandidates: { index: number; mediators: string[]; parties: string[]; publishedAt: string | null }[];
  statementCandidates: StatementLookup[];
}

/** Name key → actor key, as the graph's ActorName-[:NAMES]->Actor edges would say. */
export type NameMap = Map<string, string>;

export function floorRows(batch: readonly ExtractedArticle[], names: NameMap): FloorRows {
  const rows = prepareBatch(batch, names, 'rules');
  const out: FloorRows = {
    articles: rows.articles,
    topics: [],
    datelines: [],
    actors: [],
    names: [],
    mentions: [],
    affiliations: [],
    statements: [],
    vias: [],
    mediations: [],
    mediationEdges: [],
    meetings: [],
    attends: [],
    places: [],
    located: geocodeArticlePlaces(batch, sharedGazetteer()),
    counterparts: [],
    days: [],
    meetingCandidates: [],
    mediationCandidates: [],
    statementCandidates: [],
  };
  for (const a of rows.articles) {
    for (const t of a.topics) out.topics.push({ a: a.id, key: t.key, name: t.name });
    if (a.datelineKey && a.dateline) out.datelines.push({ a: a.id, key: a.datelineKey, name: a.dateline });
  }

  for (const actor of rows.actors) {
    out.actors.push({
      key: actor.key,
      name: actor.name,
      kind: actor.kind,
      names: actor.names.flatMap((n) => n.texts),
      articles: actor.articles,
      first: actor.first,
      last: actor.last,
    });
    for (const name of actor.names) {
      const owner = names.get(name.key);
      if (owner === undefined) names.set(name.key, actor.key);
      if (owner === undefined || owner === actor.key)
        out.names.push({
          key: name.key,
          target: actor.key,
          texts: name.texts,
          articles: name.articles,
          fresh: owner === undefined,
        });
    }
  }
  out.mentions = rows.mentions;
  out.affiliations = rows.affiliations;

  const once = new Set<string>();
  const first = (key: string) => {
    if (once.has(key)) return false;
    once.add(key);
    return true;
  };
  out.meetingCandidates = rows.meetings.map((r, index) => meetingLookup(index, r));
  out.mediationCandidates = rows.mediations.map((r, index) => ({
    index,
    mediators: r.mediators,
    parties: r.parties,
    publishedAt: r.publishedAt,
  }));
  out.statementCandidates = rows.statements.map((r, index) => statementLookup(index, r));
  for (const r of rows.statements) {
    if (!first(`st|${r.id}|${r.articleId}`)) continue;
    out.statements.push(r);
    if (r.via) out.vias.push({ ...evidence(r), id: r.id, via: r.via });
  }
  for (const r of rows.mediations) {
    if (!first(`med|${r.id}|${r.articleId}`)) continue;
    out.mediations.push({
      ...evidence(r),
      id: r.id,
      subject: r.subject,
      mediators: r.mediators,
      parties: r.parties,
      reportId: r.reportId,
    });
    for (const x of r.mediators) out.mediationEdges.push({ ...evidence(r), m: r.id, x, type: 'MEDIATES' });
    for (const x of r.parties) out.mediationEdges.push({ ...evidence(r), m: r.id, x, type: 'BETWEEN' });
  }
  for (const r of rows.meetings) {
    if (!first(`meet|${r.id}|${r.articleId}`)) continue;
    out.meetings.push({
      ...evidence(r),
      id: r.id,
      kind: r.kind,
      status: r.status,
      date: r.date,
      datePrecision: r.datePrecision,
      place: r.placeName,
      placeKey: r.placeKey,
      placeCountry: r.placeCountry,
      placeRank: r.placeRank,
      participants: r.participants,
      reportId: r.reportId,
    });
    for (const x of r.participants) out.attends.push({ ...evidence(r), m: r.id, x });
    if (r.placeKey && r.placeName) out.places.push({ ...evidence(r), m: r.id, key: r.placeKey, name: r.placeName });
  }
  maintainedRows(out);
  return out;
}

type Field = 'articles' | 'statements' | 'meetings' | 'mediations';

/** Counterpart edges and daily counts of the batch's articles and (new) events, as our ingestion keeps them. */
function maintainedRows(out: FloorRows): void {
  const published = new Map(out.articles.map((a) => [a.id, a.publishedAt]));
  const days = new Map<string, FloorRows['days'][number]>();
  const count = (actor: string, day: string | null | undefined, field: Field) => {
    if (!day) return;
    const key = `${actor}|${day}`;
    const row = days.get(key) ?? { actor, day, articles: 0, statements: 0, meetings: 0, mediations: 0 };
    row[field] += 1;
    days.set(key, row);
  };
  const pairs = new Map<string, FloorRows['counterparts'][number]>();
  const link = (links: string[], day: string | null | undefined, field: Exclude<Field, 'articles'>) => {
    const times = new Map<string, number>();
    for (const x of links) times.set(x, (times.get(x) ?? 0) + 1);
    const keys = [...times.keys()].sort();
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = [keys[i]!, keys[j]!];
        const row = pairs.get(`${a}|${b}`) ?? {
          a,
          b,
          meetings: 0,
          mediations: 0,
          statements: 0,
          first: null,
          last: null,
        };
        row[field] += times.get(a)! * times.get(b)!;
        if (day && (!row.first || day < row.first)) row.first = day;
        if (day && (!row.last || day > row.last)) row.last = day;
        pairs.set(`${a}|${b}`, row);
      }
  };
  const group = <T extends { m: string }>(rows: T[], key: (row: T) => string) => {
    const by = new Map<string, Set<string>>();
    for (const row of rows) by.set(row.m, (by.get(row.m) ?? new Set()).add(key(row)));
    return by;
  };
  const attendees = group(out.attends, (a) => a.x);
  const mediationLinks = group(out.mediationEdges, (e) => `${e.type}|${e.x}`);
  for (const m of out.mentions) count(m.actor, published.get(m.articleId), 'articles');
  for (const s of out.statements) {
    count(s.speaker, s.date ?? published.get(s.articleId), 'statements');
    link(s.via ? [s.speaker, s.via] : [s.speaker], null, 'statements');
  }
  for (const m of out.meetings) {
    const day = m.date ?? published.get(m.articleId);
    const participants = [...(attendees.get(m.id) ?? [])];
    for (const x of participants) count(x, day, 'meetings');
    link(participants, day, 'meetings');
  }
  for (const m of out.mediations) {
    const day = published.get(m.articleId);
    const links = [...(mediationLinks.get(m.id) ?? [])].map((e) => e.slice(e.indexOf('|') + 1));
    for (const x of new Set(links)) count(x, day, 'mediations');
    link(links, day, 'mediations');
  }
  out.counterparts = [...pairs.values()];
  out.days = [...days.values()];
}

function evidence(r: EvidenceProps): EvidenceProps {
  return {
    articleId: r.articleId,
    sentenceIndex: r.sentenceIndex,
    start: r.start,
    end: r.end,
    confidence: r.confidence,
  };
}

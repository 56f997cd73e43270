import type { ExtractedArticle } from '../../src/domain/article.js';
import { meetingLookup } from '../../src/graph/ingest/coreference.js';
import { prepareBatch } from '../../src/graph/ingest/prepare.js';
import type { MeetingLookup } from '../../src/graph/meeting/write.js';
import type { BatchRows, EvidenceProps, MentionWriteRow } from '../../src/graph/ingest/rows.js';

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
    direct: boolean;
    date: string | null;
    datePrecision: string | null;
    via: string | null;
  })[];
  vias: (EvidenceProps & { id: string; via: string })[];
  mediations: (EvidenceProps & { id: string; subject: string | null })[];
  mediationEdges: (EvidenceProps & { m: string; x: string; type: 'MEDIATES' | 'BETWEEN' })[];
  meetings: (EvidenceProps & {
    id: string;
    kind: string;
    status: string;
    date: string | null;
    datePrecision: string | null;
    place: string | null;
  })[];
  attends: (EvidenceProps & { m: string; x: string })[];
  places: (EvidenceProps & { m: string; key: string; name: string })[];
  /** Event coreference reads, one row per report: the candidates the graph holds (see FLOOR_MATCHING). */
  meetingCandidates: MeetingLookup[];
  mediationCandidates: { index: number; mediators: string[]; parties: string[]; publishedAt: string | null }[];
  statementCandidates: { index: number; speaker: string; publishedAt: string | null }[];
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
  out.statementCandidates = rows.statements.map((r, index) => ({
    index,
    speaker: r.speaker,
    publishedAt: r.publishedAt,
  }));
  for (const r of rows.statements) {
    if (!first(`st|${r.id}|${r.articleId}`)) continue;
    out.statements.push(r);
    if (r.via) out.vias.push({ ...evidence(r), id: r.id, via: r.via });
  }
  for (const r of rows.mediations) {
    if (!first(`med|${r.id}|${r.articleId}`)) continue;
    out.mediations.push({ ...evidence(r), id: r.id, subject: r.subject });
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
    });
    for (const x of r.participants) out.attends.push({ ...evidence(r), m: r.id, x });
    if (r.placeKey && r.placeName) out.places.push({ ...evidence(r), m: r.id, key: r.placeKey, name: r.placeName });
  }
  return out;
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

import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type {
  ActorLookaheadSpec,
  EvidenceSpec,
  MediationsSpec,
  MeetingsSpec,
  StatementsSpec,
} from '../../graph/actor/lookahead/spec.js';
import type { MediationSide } from '../../graph/mediation/repository.js';
import type { MediationRow } from '../../graph/mediation/row.js';
import type { MeetingRow } from '../../graph/meeting/row.js';
import type { EvidenceRow } from '../../graph/shared/evidence-row.js';
import type { StatementRow } from '../../graph/statement/row.js';
import { pageKey, type Page } from '../../graph/shared/list-query.js';
import { ACTOR_PROPERTIES, ARTICLE_PROPERTIES, PLACE_PROPERTIES } from '../../graph/shared/projections.js';
import { requestedPage } from '../pagination.js';
import { argumentsOf, below, fieldsBelow, fieldsNamed, has, selectionOf, type Selection } from './selection.js';

/**
 * What a request reads below `actor(id)`: its statements, meetings and mediations connections
 * (each alias with its own page and role) and, on their nodes, evidence (with articles),
 * participants, mediators and parties. Null when no connection is selected. A connection whose
 * arguments are invalid is left out: its resolver goes through the loaders and reports the error.
 */
export function planActorLookahead(
  info: GraphQLResolveInfo,
  key: string,
  maxPageSize: number,
): ActorLookaheadSpec | null {
  const selection = selectionOf(info);
  const lists = (name: string) => connectionsNamed(selection, name, maxPageSize);
  const spec = {
    key,
    statements: statementsIn(lists('statements')),
    meetings: meetingsIn(lists('meetings')),
    mediations: mediationsIn(lists('mediations')),
    ...rowFields(info),
  };
  const empty = spec.statements.length + spec.meetings.length + spec.mediations.length === 0;
  return empty ? null : spec;
}

/** Row properties besides the key; the API's Actor and Article fields of the same names read them. */
const ACTOR_ROW_FIELDS = ACTOR_PROPERTIES.filter((p) => p !== 'key');
const ARTICLE_ROW_FIELDS = ARTICLE_PROPERTIES.filter((p) => p !== 'id');

const RELATED_ACTORS = new Set(['participants', 'mediators', 'parties']);
/** Evidence rows are reached only through fields of this name. */
const EVIDENCE = new Set(['evidence']);
/** A meeting's place is reached only through fields of this name; its API fields are named as its row's. */
const PLACES = new Set(['place']);
const PLACE_ROW_FIELDS = PLACE_PROPERTIES.filter((p) => p !== 'key');

/**
 * The row properties the compiled query reads for related actors, evidence articles, the listed
 * events and their evidence: the loaders it primes are the whole request's, so every field of
 * that name the operation selects, not only below this actor, is read. Related actors are reached
 * only through participants, mediators and parties, evidence only through evidence fields; the rest
 * in many ways, so any field of a property's name counts.
 */
function rowFields(
  info: GraphQLResolveInfo,
): Omit<ActorLookaheadSpec, 'key' | 'statements' | 'meetings' | 'mediations'> {
  const operation = { info, fields: [] } satisfies Selection;
  const all = fieldsBelow(operation, info.operation.selectionSet);
  const namesBelow = (parents: ReadonlySet<string>) =>
    new Set(
      below(
        operation,
        all.filter((f) => parents.has(f.name.value)),
      ).fields.map(nameOf),
    );
  const anywhere = new Set(all.map(nameOf));
  const read = <K extends string>(fieldsOf: Record<K, readonly string[]>, names = anywhere): K[] =>
    (Object.keys(fieldsOf) as K[]).filter((p) => fieldsOf[p].some((name) => names.has(name)));
  return {
    relatedActorFields: ACTOR_ROW_FIELDS.filter((name) => namesBelow(RELATED_ACTORS).has(name)),
    articleFields: ARTICLE_ROW_FIELDS.filter((name) => anywhere.has(name)),
    statementFields: read(STATEMENT_ROW_FIELDS),
    meetingFields: read(MEETING_ROW_FIELDS),
    mediationFields: read(MEDIATION_ROW_FIELDS),
    evidenceFields: read(EVIDENCE_ROW_FIELDS, namesBelow(EVIDENCE)),
    placeFields: PLACE_ROW_FIELDS.filter((name) => namesBelow(PLACES).has(name)),
  };
}

/**
 * The API fields that read each property of an event or evidence row (`id` and `articleId` are
 * always read). A property is read when a field of one of those names is selected anywhere in the
 * operation, on whatever type: reading one too many is harmless, one too few is not.
 */
const STATEMENT_ROW_FIELDS: Record<Exclude<keyof StatementRow, 'id'>, readonly string[]> = {
  text: ['text'],
  direct: ['direct'],
  date: ['date'],
  confidence: ['confidence'],
  speakerKey: ['speaker'],
  viaKey: ['via'],
};
const MEETING_ROW_FIELDS: Record<Exclude<keyof MeetingRow, 'id'>, readonly string[]> = {
  kind: ['kind'],
  status: ['status'],
  date: ['date'],
  confidence: ['confidence'],
  place: ['place'],
};
const MEDIATION_ROW_FIELDS: Record<Exclude<keyof MediationRow, 'id'>, readonly string[]> = {
  subject: ['subject'],
  subjects: ['subjects'],
  confidence: ['confidence'],
  firstReportedAt: ['firstReportedAt'],
  lastReportedAt: ['lastReportedAt'],
};
/** The span is also what an evidence's sentence and words are looked up by. */
const SPAN_FIELDS = ['sentenceIndex', 'start', 'end', 'sentence', 'text'];
const EVIDENCE_ROW_FIELDS: Record<Exclude<keyof EvidenceRow, 'articleId'>, readonly string[]> = {
  sentenceIndex: SPAN_FIELDS,
  start: SPAN_FIELDS,
  end: SPAN_FIELDS,
  confidence: ['confidence'],
};

const nameOf = (field: FieldNode) => field.name.value;

function statementsIn(selected: Selected[]): StatementsSpec[] {
  return distinct(
    selected.map(({ page, total, node }) => ({ page, total, evidence: evidenceIn(node) })),
    (s) => pageKey(s.page),
    (a, b) => ({ ...a, total: a.total || b.total, evidence: eitherEvidence(a.evidence, b.evidence) }),
  );
}

function meetingsIn(selected: Selected[]): MeetingsSpec[] {
  return distinct(
    selected.map(({ page, total, node }) => ({
      page,
      total,
      participants: has(node, 'participants'),
      evidence: evidenceIn(node),
    })),
    (s) => pageKey(s.page),
    (a, b) => ({
      ...a,
      total: a.total || b.total,
      participants: a.participants || b.participants,
      evidence: eitherEvidence(a.evidence, b.evidence),
    }),
  );
}

function mediationsIn(selected: Selected[]): MediationsSpec[] {
  return distinct(
    selected.map(({ page, total, node, args }) => ({
      side: (args.role as MediationSide | null | undefined) ?? null,
      page,
      total,
      mediators: has(node, 'mediators'),
      parties: has(node, 'parties'),
      evidence: evidenceIn(node),
    })),
    (s) => `${s.side ?? 'ANY'}/${pageKey(s.page)}`,
    (a, b) => ({
      ...a,
      total: a.total || b.total,
      mediators: a.mediators || b.mediators,
      parties: a.parties || b.parties,
      evidence: eitherEvidence(a.evidence, b.evidence),
    }),
  );
}

interface Selected {
  page: Page;
  /** Whether the connection's `totalCount` is selected. */
  total: boolean;
  args: Record<string, unknown>;
  /** What is selected on the connection's nodes (`edges { node { … } }`). */
  node: Selection;
}

function connectionsNamed(selection: Selection, name: string, maxPageSize: number): Selected[] {
  const actorType = selection.info.schema.getType('Actor') ?? undefined;
  return fieldsNamed(selection, name).flatMap((field: FieldNode) => {
    const args = argumentsOf(actorType, field, selection.info);
    const page = args && validPage(args, maxPageSize);
    if (!args || !page) return [];
    const total = has(below(selection, [field]), 'totalCount');
    return [{ page, total, args, node: below(selection, [field], 'edges', 'node') }];
  });
}

function validPage(args: Record<string, unknown>, maxPageSize: number): Page | null {
  try {
    return requestedPage(args, maxPageSize);
  } catch {
    return null;
  }
}

function evidenceIn(node: Selection): EvidenceSpec | null {
  const evidence = fieldsNamed(node, 'evidence');
  return evidence.length ? { articles: has(below(node, evidence), 'article') } : null;
}

/** One entry per id: entries that share an id are merged (related rows read if any entry reads them). */
function distinct<T>(items: T[], idOf: (item: T) => string, merge: (a: T, b: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item);
    const seen = byId.get(id);
    byId.set(id, seen ? merge(seen, item) : item);
  }
  return [...byId.values()];
}

function eitherEvidence(a: EvidenceSpec | null, b: EvidenceSpec | null): EvidenceSpec | null {
  return a || b ? { articles: Boolean(a?.articles || b?.articles) } : null;
}

import DataLoader from 'dataloader';
import type { ActorRow, AffiliationRow } from '../graph/actor/row.js';
import type { CounterpartRow, TimelineItemRow } from '../graph/actor/traversal-rows.js';
import type { ArticleRow, ArticleTextRow, TopicRow } from '../graph/article/row.js';
import type { RowsMaybeCounted, RowsWithTotal } from '../graph/shared/batch.js';
import { spanKey, type EvidenceRow, type EvidenceTextRow, type SpanRef } from '../graph/shared/evidence-row.js';
import { pageKey, type Page } from '../graph/shared/list-query.js';
import type { MediationRow } from '../graph/mediation/row.js';
import type { MediationSide } from '../graph/mediation/repository.js';
import type { MeetingRow, PlaceRow } from '../graph/meeting/row.js';
import type { StatementRow } from '../graph/statement/row.js';
import type { Repositories } from './repositories.js';
import { RequestLoader } from './request-loader.js';

/**
 * Per-request batching: every relationship field goes through one of these, so a request costs
 * one query per field level, whatever the number of parents.
 */
export function createLoaders(repos: Repositories) {
  return {
    article: single((ids) => repos.articles.byIds(ids)),
    articleText: single<ArticleTextRow>((ids) => repos.articles.textsByIds(ids)),
    evidenceText: byObject<SpanRef, EvidenceTextRow>(spanKey, (spans) => repos.articles.spanTexts(spans)),
    actor: single((keys) => repos.actors.byKeys(keys)),
    statement: single((ids) => repos.statements.byIds(ids)),
    mediation: single((ids) => repos.mediations.byIds(ids)),
    meeting: single((ids) => repos.meetings.byIds(ids)),
    place: single<PlaceRow>((keys) => repos.meetings.placesByKeys(keys)),
    topic: single<TopicRow>((keys) => repos.articles.topicsByKeys(keys)),

    articleTopics: many<TopicRow>((ids) => repos.articles.topicsOf(ids)),
    articleActors: many<ActorRow>((ids) => repos.actors.mentionedIn(ids)),
    articleStatements: many<StatementRow>((ids) => repos.statements.reportedIn(ids)),
    articleMediations: many<MediationRow>((ids) => repos.mediations.reportedIn(ids)),
    articleMeetings: many<MeetingRow>((ids) => repos.meetings.reportedIn(ids)),

    affiliations: many<AffiliationRow>((keys) => repos.actors.affiliations(keys, false)),
    members: many<AffiliationRow>((keys) => repos.actors.affiliations(keys, true)),
    mediators: many<ActorRow>((ids) => repos.mediations.actors(ids, 'MEDIATOR')),
    parties: many<ActorRow>((ids) => repos.mediations.actors(ids, 'PARTY')),
    participants: many<ActorRow>((ids) => repos.meetings.participants(ids)),

    statementEvidence: many<EvidenceRow>((ids) => repos.statements.evidence(ids)),
    mediationEvidence: many<EvidenceRow>((ids) => repos.mediations.evidence(ids)),
    meetingEvidence: many<EvidenceRow>((ids) => repos.meetings.evidence(ids)),

    actorStatements: paged<StatementRow>((keys, page) => repos.statements.bySpeakers(keys, page)),
    actorMeetings: paged<MeetingRow>((keys, page) => repos.meetings.byParticipants(keys, page)),
    actorArticles: paged<ArticleRow>((keys, page) => repos.articles.mentioning(keys, page)),
    timeline: memo((range: { from: string | null; to: string | null }) =>
      paged<TimelineItemRow>((keys, page) => repos.traversal.timelines(keys, range, page)),
    ),
    counterparts: memo((options: { hops: 1 | 2; first: number }) =>
      many<CounterpartRow>((keys) => repos.traversal.counterparts(keys, options.hops, options.first)),
    ),
    actorMediations: {
      ANY: paged<MediationRow>((keys, page) => repos.mediations.byActors(keys, null, page)),
      MEDIATOR: paged<MediationRow>((keys, page) => repos.mediations.byActors(keys, 'MEDIATOR', page)),
      PARTY: paged<MediationRow>((keys, page) => repos.mediations.byActors(keys, 'PARTY', page)),
    } satisfies Record<MediationSide | 'ANY', unknown>,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** One loader per distinct set of arguments (as told apart by `idOf`), created on first use and kept for the request. */
function memo<A, L>(
  create: (args: A) => L,
  idOf: (args: A) => string = (args) => JSON.stringify(args),
): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const id = idOf(args);
    let loader = made.get(id);
    if (!loader) made.set(id, (loader = create(args)));
    return loader;
  };
}

/**
 * Batches are sent on the next macrotask, not at the end of the current microtask run: fields of
 * one level reached through promise chains of different lengths still land in one batch, so the
 * number of queries depends on the query's depth, never on the number of results.
 */
const OPTIONS = { batchScheduleFn: (send: () => void) => setImmediate(send), maxBatchSize: 1000 };

const byItself = (key: string): string => key;

function single<T>(fetch: (keys: readonly string[]) => Promise<Map<string, T>>) {
  const loader = new DataLoader<string, T | null>(async (keys) => {
    const found = await fetch(keys);
    return keys.map((key) => found.get(key) ?? null);
  }, OPTIONS);
  return new RequestLoader(loader, byItself);
}

/** Like `single`, for keys that are objects: `keyOf` gives the string they are cached and found by. */
function byObject<K, T>(keyOf: (key: K) => string, fetch: (keys: readonly K[]) => Promise<Map<string, T>>) {
  const loader = new DataLoader<K, T | null, string>(
    async (keys) => {
      const found = await fetch(keys);
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    },
    { ...OPTIONS, cacheKeyFn: keyOf },
  );
  return new RequestLoader(loader, keyOf);
}

function many<T>(fetch: (keys: readonly string[]) => Promise<Map<string, T[]>>) {
  const loader = new DataLoader<string, T[]>(async (keys) => {
    const found = await fetch(keys);
    return keys.map((key) => found.get(key) ?? []);
  }, OPTIONS);
  return new RequestLoader(loader, byItself);
}

/**
 * Paged relationship lists: one loader per page, so `actors { statements(first: 5) }` is one query
 * for all actors. They count every total; the actor look-ahead primes them with pages whose total
 * it counted only when selected.
 */
function paged<T>(fetch: (keys: readonly string[], page: Page) => Promise<Map<string, RowsWithTotal<T>>>) {
  return memo(
    (page: Page) =>
      new RequestLoader(
        new DataLoader<string, RowsMaybeCounted<T>>(async (keys) => {
          const found = await fetch(keys, page);
          return keys.map((key) => found.get(key) ?? { rows: [], total: 0 });
        }, OPTIONS),
        byItself,
      ),
    pageKey,
  );
}

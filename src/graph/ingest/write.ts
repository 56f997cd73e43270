import type { ExtractedArticle } from '../../domain/article.js';
import { findDuplicateCandidates, flagDuplicates } from '../article/duplicates.js';
import { createArticles, findExistingArticles } from '../article/write.js';
import {
  claimActorNames,
  claimPersonBlocks,
  lockKnownActors,
  personContexts,
  createMentions,
  mergeActors,
  mergeAffiliations,
} from '../actor/write.js';
import type { CypherQuery } from '../cypher.js';
import type { Executor, Row } from '../executor.js';
import { eventIdsOf, refreshRecency } from '../actor/recency.js';
import { rejoinPeople } from '../actor/rejoin.js';
import { snapshot } from '../maintained/contributions.js';
import { maintainAfter } from '../maintained/maintain.js';
import { mergeMediations, refreshMediations } from '../mediation/write.js';
import { sharedGazetteer, geocodeArticlePlaces } from '../../geo/index.js';
import { mergeMeetings, refreshMeetings } from '../meeting/write.js';
import { locatePlaces } from '../place/write.js';
import { mergeStatements } from '../statement/write.js';
import { applyEventIds, eventsBefore, resolveEventIds } from './coreference.js';
import { BatchPeople, nameFitter, newPersonBlocks } from './people.js';
import { personProfile } from '../actor/resolution.js';
import { knownKeyOf, nameKeysOf, prepareBatch } from './prepare.js';

/** Actors the batch resolved names to were folded or deleted meanwhile: a retry reads them again. */
export class StaleActorsError extends Error {
  constructor(readonly keys: readonly string[]) {
    super(`actors changed by a concurrent write: ${keys.join(', ')}`);
    this.name = 'StaleActorsError';
  }
}

export interface WriteOutcome {
  stored: ExtractedArticle[];
  /** Articles whose content hash the graph already holds: re-ingesting changes nothing. */
  alreadyStored: ExtractedArticle[];
}

/**
 * Writes a batch of extracted articles in ONE transaction: every article of the batch is in the
 * graph whole, or none is. Articles already in the graph (same content hash) are left alone.
 */
export async function writeArticles(
  executor: Executor,
  batch: readonly ExtractedArticle[],
  extractorName: string,
): Promise<WriteOutcome> {
  const unique = dedupeById(batch);
  return executor.writeTransaction(async (run) => {
    const existing = new Set(
      (await run(findExistingArticles(unique.map((e) => e.article.id)))).map((row) => String(row.id)),
    );
    const fresh = unique.filter((e) => !existing.has(e.article.id));
    const alreadyStored = unique.filter((e) => existing.has(e.article.id));
    if (fresh.length === 0) return { stored: [], alreadyStored };
    flagDuplicates(fresh, await run(findDuplicateCandidates(fresh)));

    const known = new Map<string, string>();
    const countries = new Map<string, string[]>();
    const kinds = new Map<string, string>();
    for (const row of await run(claimActorNames(nameKeysOf(fresh)))) {
      if (row.actor === null) continue;
      known.set(String(row.key), String(row.actor));
      kinds.set(String(row.actor), String(row.kind));
      if (Array.isArray(row.countries)) countries.set(String(row.actor), row.countries.map(String));
    }
    const people = await findPeople(run, fresh, known);
    people.addCountries(countries);
    people.addKinds(kinds);
    const doubtful = people.doubtful(fresh, (actor, extracted) => knownKeyOf(actor, known, extracted.article.id));
    if (doubtful.length) {
      const rows = await run(personContexts(doubtful));
      people.addCooccurring(rows.map((row) => [String(row.key), (row.cooccurring as string[]) ?? []]));
    }
    const rows = prepareBatch(fresh, known, extractorName, people);
    const stored = new Set([...known.values(), ...people.storedKeys()]);
    const gone = await run(lockKnownActors(rows.actors.map((row) => row.key).filter((key) => stored.has(key))));
    if (gone.length) throw new StaleActorsError(gone.map((row) => String(row.key)));

    await run(createArticles(rows.articles));
    if (rows.actors.length) await run(mergeActors(rows.actors));
    if (rows.mentions.length) await run(createMentions(rows.mentions));
    if (rows.affiliations.length) await run(mergeAffiliations(rows.affiliations));
    const plan = await resolveEventIds(run, rows);
    const { joinedMeetings, joinedMediations } = plan;
    const events = [
      ...[...rows.statements, ...rows.mediations, ...rows.meetings].map((row) => row.id),
      ...eventsBefore(plan),
    ];
    const before = await snapshot(run, { events, articles: [] });
    await applyEventIds(run, plan);
    if (rows.statements.length) await run(mergeStatements(rows.statements));
    if (rows.mediations.length) await run(mergeMediations(rows.mediations));
    if (joinedMediations.length) await run(refreshMediations(joinedMediations));
    if (rows.meetings.length) {
      await run(mergeMeetings(rows.meetings));
      if (joinedMeetings.length) await run(refreshMeetings(joinedMeetings));
    }
    await run(refreshRecency(eventIdsOf(rows)));
    const places = geocodeArticlePlaces(fresh, sharedGazetteer());
    if (places.length) await run(locatePlaces(places));
    await maintainAfter(run, before, { events, articles: rows.articles.map((row) => row.id) });
    const persons = rows.actors.filter((row) => row.kind === 'PERSON').map((row) => row.key);
    await rejoinPeople(run, persons, people.undecided);
    return { stored: fresh, alreadyStored };
  });
}

/** The people a batch's new person names may be (actor resolution), their NameBlock keys locked. */
async function findPeople(
  run: (query: CypherQuery) => Promise<Row[]>,
  fresh: readonly ExtractedArticle[],
  known: ReadonlyMap<string, string>,
): Promise<BatchPeople> {
  const blocks = newPersonBlocks(fresh, known);
  if (blocks.length === 0) return new BatchPeople([]);
  const named = await run(claimPersonBlocks(blocks));
  const fits = nameFitter(fresh);
  const fitting = named.filter((row) => fits(((row.names as string[][]) ?? []).flat()));
  if (fitting.length === 0) return new BatchPeople([]);
  const contexts = await run(personContexts(fitting.map((row) => String(row.key))));
  return new BatchPeople(
    contexts.map((row) => personProfile({ ...row, names: fitting.find((f) => f.key === row.key)?.names })),
  );
}

/** Throws BadArticleError when an extraction refers to actors it does not list, or has bad spans. */
export function checkExtraction(extracted: ExtractedArticle): void {
  prepareBatch([extracted], new Map(), 'check');
}

function dedupeById(batch: readonly ExtractedArticle[]): ExtractedArticle[] {
  const seen = new Map<string, ExtractedArticle>();
  for (const extracted of batch) if (!seen.has(extracted.article.id)) seen.set(extracted.article.id, extracted);
  return [...seen.values()];
}

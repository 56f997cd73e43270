import type { ActorLookaheadRow, ActorLookaheadSpec, WithRelated } from '../../graph/actor/lookahead/spec.js';
import type { ActorRow } from '../../graph/actor/row.js';
import type { RowsMaybeCounted } from '../../graph/shared/batch.js';
import type { EvidenceRow } from '../../graph/shared/evidence-row.js';
import type { ApiContext } from '../context.js';
import type { CompiledLookahead } from './cache.js';
import type { Loaders } from '../loaders.js';
import type { RequestLoader } from '../request-loader.js';

/**
 * Reads an actor and the lists a request selects below it in one query, then primes the request's
 * loaders with exactly the rows they would have loaded, so the nested resolvers find them cached.
 */
export async function loadActorLookahead(
  ctx: ApiContext,
  compiled: CompiledLookahead,
  key: string,
): Promise<ActorRow | null> {
  const spec = { ...compiled.plan, key };
  const page = await ctx.repos.actorLookahead.read(spec, compiled.query);
  if (!page) return null;
  primeLoaders(ctx.loaders, spec, page);
  return page.actor;
}

export function primeLoaders(loaders: Loaders, spec: ActorLookaheadSpec, page: ActorLookaheadRow): void {
  loaders.actor.prime(spec.key, page.actor);
  spec.statements.forEach((list, i) => {
    const found = page.statements[i]!;
    loaders.actorStatements(list.page).prime(spec.key, rowsOf(found));
    for (const item of found.rows) primeEvidence(loaders, loaders.statementEvidence, item);
  });
  spec.meetings.forEach((list, i) => {
    const found = page.meetings[i]!;
    loaders.actorMeetings(list.page).prime(spec.key, rowsOf(found));
    for (const item of found.rows) {
      primeActors(loaders.participants, item.row.id, item.participants);
      primeEvidence(loaders, loaders.meetingEvidence, item);
    }
  });
  spec.mediations.forEach((list, i) => {
    const found = page.mediations[i]!;
    loaders.actorMediations[list.side ?? 'ANY'](list.page).prime(spec.key, rowsOf(found));
    for (const item of found.rows) {
      primeActors(loaders.mediators, item.row.id, item.mediators);
      primeActors(loaders.parties, item.row.id, item.parties);
      primeEvidence(loaders, loaders.mediationEvidence, item);
    }
  });
}

function rowsOf<T>(found: RowsMaybeCounted<WithRelated<T>>): RowsMaybeCounted<T> {
  return { rows: found.rows.map((item) => item.row), total: found.total };
}

function primeActors(loader: RequestLoader<string, ActorRow[]>, id: string, rows: ActorRow[] | undefined): void {
  if (rows) loader.prime(id, rows);
}

function primeEvidence(
  loaders: Loaders,
  loader: RequestLoader<string, EvidenceRow[]>,
  item: WithRelated<{ id: string }>,
): void {
  if (!item.evidence) return;
  loader.prime(
    item.row.id,
    item.evidence.map((e) => e.evidence),
  );
  for (const { article } of item.evidence) if (article) loaders.article.prime(article.id, article);
}

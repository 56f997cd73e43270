import type { ExtractedActor, ExtractedArticle } from '../../domain/article.js';
import { nameKey } from '../../domain/keys.js';
import { blockKeys } from '../actor/fuzzy.js';
import { matchPerson, type PersonContext, type PersonProfile } from '../actor/resolution.js';

/** The key an actor of the article resolves to, when one is known. */
type TargetOf = (actor: ExtractedActor) => string | undefined;

/**
 * Person resolution across articles for one batch: the people the graph returned as candidates,
 * plus those the batch's earlier articles introduced. A new person name (no exact name known)
 * joins a known person when matchPerson says so; the reason is kept per name key.
 */
export class BatchPeople {
  private readonly profiles: PersonProfile[];
  /** Name key → why it was merged into a person with another spelling. */
  readonly reasons = new Map<string, string>();

  constructor(graphProfiles: readonly PersonProfile[]) {
    this.profiles = [...graphProfiles];
  }

  /** The known person each new person of the article is, for those that match one. */
  match(
    extracted: ExtractedArticle,
    targetOf: TargetOf,
    primaryOf: (actor: ExtractedActor) => string,
  ): Map<ExtractedActor, string> {
    const out = new Map<ExtractedActor, string>();
    if (this.profiles.length === 0) return out;
    const keyOf = (actor: ExtractedActor) => targetOf(actor) ?? primaryOf(actor);
    for (const actor of extracted.actors) {
      if (actor.kind !== 'PERSON' || targetOf(actor) !== undefined) continue;
      const names = [actor.name, ...actor.aliases];
      const found = matchPerson(names, contextOf(extracted, actor, keyOf), this.profiles);
      if (!found) continue;
      out.set(actor, found.key);
      for (const name of names) this.reasons.set(nameKey(name), found.reason);
    }
    return out;
  }

  /** The article's people become candidates for the batch's later articles. */
  register(extracted: ExtractedArticle, keyOf: (actor: ExtractedActor) => string): void {
    for (const actor of extracted.actors) {
      if (actor.kind !== 'PERSON') continue;
      this.profiles.push({
        key: keyOf(actor),
        names: [actor.name, ...actor.aliases],
        ...contextOf(extracted, actor, keyOf),
      });
    }
  }
}

function contextOf(
  extracted: ExtractedArticle,
  actor: ExtractedActor,
  keyOf: (actor: ExtractedActor) => string,
): PersonContext {
  const byName = (name: string) => {
    const key = nameKey(name);
    return extracted.actors.find((other) => [other.name, ...other.aliases].some((n) => nameKey(n) === key));
  };
  const affiliated = actor.affiliations.map((a) => byName(a.actor)).filter((a): a is ExtractedActor => !!a);
  return {
    countries: new Set(affiliated.filter((a) => a.kind === 'COUNTRY').map(keyOf)),
    affiliations: new Set(affiliated.map(keyOf)),
    cooccurring: new Set(extracted.actors.filter((other) => other !== actor).map(keyOf)),
  };
}

/** NameBlock keys of the batch's person names that no actor holds yet: where to look for other spellings. */
export function newPersonBlocks(articles: readonly ExtractedArticle[], known: ReadonlyMap<string, string>): string[] {
  const blocks = new Set<string>();
  for (const { actors } of articles) {
    for (const actor of actors) {
      const names = [actor.name, ...actor.aliases];
      if (actor.kind !== 'PERSON' || names.some((name) => known.has(nameKey(name)))) continue;
      for (const name of names) for (const block of blockKeys(name)) blocks.add(block);
    }
  }
  return [...blocks];
}

/** A candidate person as claimPersonBlocks returns it. */
export function personProfile(row: Record<string, unknown>): PersonProfile {
  const affiliations = (row.affiliations as [string, string][]) ?? [];
  return {
    key: String(row.key),
    names: ((row.names as string[][]) ?? []).flat(),
    countries: new Set(affiliations.filter(([, kind]) => kind === 'COUNTRY').map(([key]) => key)),
    affiliations: new Set(affiliations.map(([key]) => key)),
    cooccurring: new Set((row.cooccurring as string[]) ?? []),
  };
}

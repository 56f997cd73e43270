import type { ExtractedActor, ExtractedArticle } from '../../domain/article.js';
import { nameKey } from '../../domain/keys.js';
import { blockKeys, namesCompatible, personTokens } from '../actor/fuzzy.js';
import { matchPerson, type PersonContext, type PersonProfile, undecidedPeople } from '../actor/resolution.js';

/** Two same-named people with different countries sharing this many surrounding actors are one. */
const HOMONYM_MAX_SHARED = 2;

/** The key an actor of the article resolves to, when one is known. */
type TargetOf = (actor: ExtractedActor) => string | undefined;

/**
 * Person resolution across articles for one batch: the people the graph returned as candidates,
 * plus those the batch's earlier articles introduced. A new person name (no exact name known)
 * joins a known person when matchPerson says so; the reason is kept per name key.
 */
export class BatchPeople {
  /** One profile per person key: its names and context over every article seen (graph and batch). */
  private readonly profiles = new Map<string, PersonProfile>();
  /** NameBlock key → the people filed under it: a name is compared only with those (as in the graph). */
  private readonly blocked = new Map<string, Set<string>>();
  /** Name key → why it was merged into a person with another spelling. */
  readonly reasons = new Map<string, string>();
  /** Pairs of person keys whose names may be one person's but whose contexts did not (yet) agree. */
  readonly undecided: [string, string][] = [];
  /** Person key → the countries it is affiliated with (graph and batch). */
  private readonly countries = new Map<string, Set<string>>();
  /** Person key → actors the same articles mention (graph and batch), where it was looked up. */
  private readonly around = new Map<string, Set<string>>();

  /** The people the graph returned as candidates. */
  private readonly stored: readonly string[];

  constructor(graphProfiles: readonly PersonProfile[]) {
    this.stored = graphProfiles.map((profile) => profile.key);
    for (const profile of graphProfiles) {
      this.addProfile(profile);
      this.addContext(profile);
    }
  }

  /**
   * A person's evidence is the union over its articles, whether they came in earlier batches (the
   * graph's context) or earlier in this one: a batch boundary does not change what matches.
   */
  private addProfile(profile: PersonProfile): void {
    for (const block of profile.names.flatMap(blockKeys)) {
      const keys = this.blocked.get(block) ?? new Set<string>();
      keys.add(profile.key);
      this.blocked.set(block, keys);
    }
    const known = this.profiles.get(profile.key);
    if (!known) {
      this.profiles.set(profile.key, profile);
      return;
    }
    const union = <T>(a: Iterable<T>, b: Iterable<T>) => new Set([...a, ...b]);
    this.profiles.set(profile.key, {
      key: profile.key,
      names: [...union(known.names, profile.names)],
      countries: union(known.countries, profile.countries),
      affiliations: union(known.affiliations, profile.affiliations),
      cooccurring: union(known.cooccurring, profile.cooccurring),
    });
  }

  storedKeys(): readonly string[] {
    return this.stored;
  }

  addContext(profile: PersonProfile): void {
    this.addCountries([[profile.key, [...profile.countries]]]);
    this.addCooccurring([[profile.key, [...profile.cooccurring]]]);
  }

  addCooccurring(entries: Iterable<[string, readonly string[]]>): void {
    for (const [key, keys] of entries) {
      const set = this.around.get(key) ?? new Set<string>();
      for (const other of keys) set.add(other);
      this.around.set(key, set);
    }
  }

  /** Known people this batch ties to another country: their surroundings decide (homonymKey). */
  doubtful(
    articles: readonly ExtractedArticle[],
    keyIn: (actor: ExtractedActor, extracted: ExtractedArticle) => string,
  ): string[] {
    const out = new Set<string>();
    for (const extracted of articles) {
      const keyOf = (actor: ExtractedActor) => keyIn(actor, extracted);
      for (const actor of extracted.actors) {
        const known = this.countries.get(keyOf(actor));
        if (actor.kind !== 'PERSON' || !known || known.size === 0) continue;
        const here = contextOf(extracted, actor, keyOf).countries;
        if (here.size > 0 && ![...here].some((c) => known.has(c))) out.add(keyOf(actor));
      }
    }
    return [...out].sort();
  }

  /** Actor key → kind, for the actors the batch's names already belong to. */
  private readonly kinds = new Map<string, string>();

  addKinds(entries: Iterable<[string, string]>): void {
    for (const [key, kind] of entries) if (!this.kinds.has(key)) this.kinds.set(key, kind);
  }

  addCountries(entries: Iterable<[string, readonly string[]]>): void {
    for (const [key, countries] of entries) {
      const set = this.countries.get(key) ?? new Set<string>();
      for (const country of countries) set.add(country);
      this.countries.set(key, set);
    }
  }

  /**
   * Two people with one name ("Mohammed Ali" of Egypt, "Mohammed Ali" of Pakistan): when the
   * person the name resolves to and this article's person are affiliated with different
   * countries and hardly share a surrounding actor, this one is another actor, keyed by its name
   * and country (the same one for every later article that ties that name to that country).
   */
  homonymKey(
    extracted: ExtractedArticle,
    actor: ExtractedActor,
    target: string,
    keyOf: (actor: ExtractedActor) => string,
  ): string | null {
    const kind = this.kinds.get(target);
    // Georgia the country and Georgia the US state: a country is never the same actor as a non-country.
    if (kind && kind !== actor.kind && (kind === 'COUNTRY' || actor.kind === 'COUNTRY')) {
      return `${target} (${actor.kind.toLowerCase()})`;
    }
    if (actor.kind !== 'PERSON') return null;
    const context = contextOf(extracted, actor, keyOf);
    const here = [...context.countries].sort();
    const known = this.countries.get(target);
    if (here.length === 0 || !known || known.size === 0 || here.some((c) => known.has(c))) return null;
    const around = this.around.get(target);
    const sharedAround = [...context.cooccurring].filter((key) => around?.has(key)).length;
    if (!around || sharedAround >= HOMONYM_MAX_SHARED) return null;
    return `${target} (${here[0]})`;
  }

  /**
   * A person reached only through a name it shares with a known one ("Dagalo") whose full names cannot be that
   * person's ("Abdul Rahim Dagalo" and "Mohamed Hamdan Dagalo", brothers): its own key, else null.
   */
  namesakeKey(actor: ExtractedActor, target: string, ownKey: string): string | null {
    if (actor.kind !== 'PERSON' || ownKey === target) return null;
    const mine = fullNames([actor.name, ...actor.aliases]);
    const theirs = fullNames(this.profiles.get(target)?.names ?? []);
    if (mine.length === 0 || theirs.length === 0) return null;
    return mine.some((a) => theirs.some((b) => namesCompatible(a, b) !== null)) ? null : ownKey;
  }

  /** The known person each new person of the article is, for those that match one. */
  match(
    extracted: ExtractedArticle,
    targetOf: TargetOf,
    primaryOf: (actor: ExtractedActor) => string,
  ): Map<ExtractedActor, string> {
    const out = new Map<ExtractedActor, string>();
    if (this.profiles.size === 0) return out;
    const profilesSharingBlock = (names: readonly string[]) => {
      const keys = new Set(names.flatMap(blockKeys).flatMap((block) => [...(this.blocked.get(block) ?? [])]));
      return [...keys].sort().map((key) => this.profiles.get(key)!);
    };
    const keyOf = (actor: ExtractedActor) => targetOf(actor) ?? primaryOf(actor);
    for (const actor of extracted.actors) {
      if (actor.kind !== 'PERSON' || targetOf(actor) !== undefined) continue;
      const names = [actor.name, ...actor.aliases];
      const context = contextOf(extracted, actor, keyOf);
      const candidates = profilesSharingBlock(names);
      const found = matchPerson(names, context, candidates);
      if (!found) {
        const own = primaryOf(actor);
        for (const key of undecidedPeople(names, context, candidates)) if (key !== own) this.undecided.push([own, key]);
        continue;
      }
      out.set(actor, found.key);
      for (const name of names) this.reasons.set(nameKey(name), found.reason);
    }
    return out;
  }

  /** The article's people become candidates for the batch's later articles. */
  register(extracted: ExtractedArticle, keyOf: (actor: ExtractedActor) => string): void {
    for (const actor of extracted.actors) {
      this.addKinds([[keyOf(actor), actor.kind]]);
      if (actor.kind !== 'PERSON') continue;
      const context = contextOf(extracted, actor, keyOf);
      this.addProfile({ key: keyOf(actor), names: [actor.name, ...actor.aliases], ...context });
      this.addCountries([[keyOf(actor), [...context.countries]]]);
      this.addCooccurring([[keyOf(actor), [...context.cooccurring]]]);
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

/** Names of two words or more: a family name alone may be two people's. */
function fullNames(names: readonly string[]): string[] {
  return names.filter((name) => personTokens(name).length > 1);
}

/**
 * NameBlock keys of the batch's person names whose full names no actor holds yet: where to look for other
 * spellings (and, for a person known only by a shared family name, whose that name is).
 */
export function newPersonBlocks(articles: readonly ExtractedArticle[], known: ReadonlyMap<string, string>): string[] {
  const blocks = new Set<string>();
  for (const { actors } of articles) {
    for (const actor of actors) {
      const names = [actor.name, ...actor.aliases];
      const full = fullNames(names);
      if (actor.kind !== 'PERSON' || (full.length ? full : names).some((name) => known.has(nameKey(name)))) continue;
      for (const name of names) for (const block of blockKeys(name)) blocks.add(block);
    }
  }
  return [...blocks];
}

/**
 * Whether one of the batch's person names may be one of `names` (worth reading that person's
 * context): compared with the batch's names filed under a NameBlock key of theirs only.
 */
export function nameFitter(articles: readonly ExtractedArticle[]): (names: readonly string[]) => boolean {
  const byBlock = new Map<string, string[]>();
  for (const { actors } of articles) {
    for (const actor of actors) {
      if (actor.kind !== 'PERSON') continue;
      for (const name of [actor.name, ...actor.aliases]) {
        for (const block of blockKeys(name)) {
          const names = byBlock.get(block);
          if (names) names.push(name);
          else byBlock.set(block, [name]);
        }
      }
    }
  }
  return (names) =>
    names.some((theirs) =>
      blockKeys(theirs).some((block) =>
        (byBlock.get(block) ?? []).some((mine) => namesCompatible(mine, theirs) !== null),
      ),
    );
}

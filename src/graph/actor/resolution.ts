import { namesCompatible } from './fuzzy.js';

/** What is known of a person around its names: where it belongs and whom it appears with. */
export interface PersonContext {
  /** Keys of the countries it is affiliated with. */
  countries: ReadonlySet<string>;
  /** Keys of every actor it is affiliated with. */
  affiliations: ReadonlySet<string>;
  /** Keys of the actors the same articles mention. */
  cooccurring: ReadonlySet<string>;
}

export interface PersonProfile extends PersonContext {
  key: string;
  names: readonly string[];
}

export interface PersonMatch {
  key: string;
  /** Why the names were merged, recorded on the name in the graph. */
  reason: string;
}

/** Shared actors around two names needed to merge them: more for a bare family name. */
const NEEDED_COOCCURRING = 2;
const NEEDED_COOCCURRING_BARE = 3;

/**
 * The known person a new person name is, or null. The names must be compatible (namesCompatible)
 * and the context must agree: no two different countries, and a shared affiliation or enough
 * shared co-occurring actors. Spelling alone never merges. Best-supported candidate first; ties
 * go to the smaller key, so the outcome is deterministic.
 */
export function matchPerson(
  names: readonly string[],
  context: PersonContext,
  candidates: readonly PersonProfile[],
): PersonMatch | null {
  let best: { match: PersonMatch; score: number } | null = null;
  for (const candidate of candidates) {
    // The article names that actor separately: it is someone else.
    if (context.cooccurring.has(candidate.key)) continue;
    const compatible = compatibleNames(names, candidate.names);
    if (!compatible) continue;
    if (disjoint(context.countries, candidate.countries)) continue;
    const affiliations = shared(context.affiliations, candidate.affiliations);
    const around = shared(context.cooccurring, candidate.cooccurring).filter((key) => key !== candidate.key);
    const needed = compatible.reason === 'a name without its given name' ? NEEDED_COOCCURRING_BARE : NEEDED_COOCCURRING;
    if (affiliations.length === 0 && around.length < needed) continue;
    const score = 2 * affiliations.length + around.length;
    const better = !best || score > best.score || (score === best.score && candidate.key < best.match.key);
    if (!better) continue;
    const support = [...affiliations.map((k) => `affiliation ${k}`), ...around.slice(0, 5)].join(', ');
    best = {
      score,
      match: {
        key: candidate.key,
        reason: `${compatible.reason}: "${compatible.a}" / "${compatible.b}"; shared context: ${support}`,
      },
    };
  }
  return best?.match ?? null;
}

/**
 * Known people whose names may be `names` but whom the context did not support (matchPerson
 * found none): worth comparing again when either gains articles.
 */
export function undecidedPeople(
  names: readonly string[],
  context: PersonContext,
  candidates: readonly PersonProfile[],
): string[] {
  return candidates
    .filter((candidate) => !context.cooccurring.has(candidate.key) && compatibleNames(names, candidate.names))
    .map((candidate) => candidate.key);
}

function compatibleNames(
  names: readonly string[],
  known: readonly string[],
): { reason: string; a: string; b: string } | null {
  for (const a of names) {
    for (const b of known) {
      const reason = namesCompatible(a, b);
      if (reason) return { reason, a, b };
    }
  }
  return null;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((key) => b.has(key)).sort();
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && shared(a, b).length === 0;
}

/** A person as the graph returns it: names (lists of texts), affiliations (key and kind), co-occurring actors. */
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

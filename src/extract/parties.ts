import { type ActorGroup, isArmy, isStateOrBody } from './actors/resolve.js';
import type { Mention, SentenceAnalysis } from './actors/mentions.js';
import type { ArticleContext } from './context.js';
import { lexicon } from './lexicon/index.js';

/** Actors joined by "between A and B" inside tokens [a, b) of a sentence. */
export function betweenPair(ctx: ArticleContext, an: SentenceAnalysis): ActorGroup[] {
  const k = an.tokens.findIndex((t) => t.lower === 'between');
  // "flights between Sanaa and Amman": places a route joins, no sides
  if (k < 0 || lexicon().mediationWords.routeNouns.has(an.tokens[k - 1]?.lower ?? '')) return [];
  const end = phraseEnd(an, k + 1);
  const sides: Array<{ at: number; end?: number; g: ActorGroup }> = [];
  for (const m of an.mentions) {
    const g = m.t0 > k && m.t1 <= end ? sideNamedBy(ctx, m) : undefined;
    // "between Cambodian Prime Minister Hun Manet and Thailand's …": a leader stands for the state the title named
    const titled = m.kind === 'PERSON' && sides.some((s) => s.g.key === m.affiliation?.key && s.at < m.t0);
    if (g && !titled && !describesPerson(an, sides.at(-1), m)) sides.push({ at: m.t0, end: m.t1, g });
  }
  for (let j = k + 1; j < end; j++) {
    const g = an.tokens[j - 1]?.lower === 'the' ? sideReference(ctx, an.tokens[j]!.lower) : undefined;
    if (g && !an.mentions.some((m) => m.t0 <= j && m.t1 > j)) sides.push({ at: j, g });
  }
  const out = [...new Set(sides.sort((x, y) => x.at - y.at).map((s) => s.g))].slice(0, 2);
  return out.length === 2 ? out : [];
}

/**
 * "between the delegation of Fayez al-Sarraj, head of the Presidential Council, and that of Haftar": a body
 * named in a title set off after a person describes that person, it is no side of its own.
 */
function describesPerson(an: SentenceAnalysis, last: { end?: number; g: ActorGroup } | undefined, m: Mention): boolean {
  if (!last?.end || last.g.kind !== 'PERSON' || m.kind === 'PERSON') return false;
  const gap = an.tokens.slice(last.end, m.t0);
  return (
    gap[0]?.text === ',' &&
    gap.slice(1).some((t) => lexicon().titleSet.has(t.lower)) &&
    gap.every((t) => t.text === ',' || (t.word && !t.cap))
  );
}

/**
 * The side a mention names: its actor, or for a country's name or capital ("between Washington and Tehran")
 * the country as the article knows it; no place, no outlet.
 */
export function sideNamedBy(ctx: ArticleContext, m: Mention): ActorGroup | undefined {
  const g =
    m.entry?.kind === 'COUNTRY'
      ? ctx.index.groups.get(`lex:${m.entry.name}`)
      : m.kind === 'PLACE'
        ? undefined
        : ctx.index.group(m);
  return g && g.kind !== 'MEDIA' ? g : undefined;
}

/** "the army": the article's army; "the government": the country the article names most. */
function sideReference(ctx: ArticleContext, word: string): ActorGroup | undefined {
  const ref = lexicon().meetingWords.sideReferences.get(word);
  if (!ref) return undefined;
  const groups = [...ctx.index.groups.values()];
  if (ref === 'army') return groups.find(isArmy);
  const countries = groups.filter((g) => g.kind === 'COUNTRY').sort((a, b) => b.mentions.length - a.mentions.length);
  return countries[0];
}

/**
 * The end of the coordinated phrase from token `from` ("the army and the RSF", "President X of A and B"): names,
 * titles and linking words; "between the government and the rebels are brokered by Norway and Cuba" ends at "are".
 */
function phraseEnd(an: SentenceAnalysis, from: number): number {
  const words = lexicon().meetingWords;
  let k = from;
  let limit = from + PHRASE_WORDS;
  while (k < an.tokens.length && k < limit) {
    const t = an.tokens[k]!;
    const named = an.mentions.find((m) => m.t0 === k && m.kind !== 'PLACE');
    const aside = t.text === ',' ? titleAsideEnd(an, k) : -1;
    if (named) k = named.t1;
    else if (aside > 0) {
      // "the delegation of X, head of the Presidential Council, and that of Y": past the title set off
      limit += aside - k;
      k = aside + 1;
    } else if (/^(that|those)$/.test(t.lower) && an.tokens[k + 1]?.lower === 'of') k += 2;
    else if (t.cap || words.participantLinks.has(t.lower) || words.titleWords.has(t.lower)) k++;
    else break;
  }
  return k;
}

/** Words a coordinated phrase of sides may run to, past any title set off by commas. */
const PHRASE_WORDS = 14;

/** ", head of the Presidential Council (…), and": the comma closing a title set off at `comma`, followed by "and", or -1. */
function titleAsideEnd(an: SentenceAnalysis, comma: number): number {
  const { tokens } = an;
  const first = tokens[comma + 1]?.lower === 'the' ? tokens[comma + 2] : tokens[comma + 1];
  if (!first || !lexicon().titleSet.has(first.lower)) return -1;
  const close = tokens.findIndex((t, k) => k > comma && k <= comma + TITLE_ASIDE_WORDS && t.text === ',');
  return close > 0 && tokens[close + 1]?.lower === 'and' ? close : -1;
}

/** Words of a title set off between the sides ("head of the Presidential Council of the … (GNA)"). */
const TITLE_ASIDE_WORDS = 18;

/** The article's most frequent "between A and B" pair, without the excluded actors; none when it names no pair. */
export function articlePair(ctx: ArticleContext, exclude: Set<ActorGroup>): ActorGroup[] {
  const counts = new Map<string, { pair: ActorGroup[]; n: number }>();
  for (const an of ctx.analyses) {
    const p = betweenPair(ctx, an).filter((g) => !exclude.has(g));
    if (p.length === 2 && !background(ctx, p, an)) {
      const key = p
        .map((g) => g.key)
        .sort()
        .join('|');
      const c = counts.get(key) ?? { pair: p, n: 0 };
      c.n++;
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.pair ?? [];
}

/**
 * The two sides of the article's dispute: the most frequent "between A and B" pair, else the first
 * states or bodies it names as "A and B", else the two most-mentioned parties.
 */
export function articleParties(ctx: ArticleContext, exclude: Set<ActorGroup>): ActorGroup[] {
  const pair = articlePair(ctx, exclude);
  if (pair.length > 0) return pair;
  const headline = titlePair(ctx, exclude);
  if (headline.length > 0) return headline;
  const coordinated = firstJoinedPair(ctx, exclude);
  const ranked = mostNamedBodies(ctx, exclude);
  // "the mission included Zambia's Hichilema and Comoros President Assoumani": a pair named once, in passing, is not
  // the dispute of an article that names two others throughout
  const inPassing =
    coordinated.every((g) => g.mentions.length === 1) &&
    ranked.length === 2 &&
    ranked.every((g) => g.mentions.length >= NAMED_THROUGHOUT);
  return coordinated.length > 0 && !inPassing ? coordinated : ranked;
}

/** How often the two most-named states or bodies are named for them to be the article's sides over a pair named once. */
const NAMED_THROUGHOUT = 3;

/** The two states or bodies the article names most, none excluded. */
function mostNamedBodies(ctx: ArticleContext, exclude: Set<ActorGroup>): ActorGroup[] {
  const excluded = new Set([...exclude].map((g) => g.key));
  const ranked = [...ctx.index.groups.values()]
    // "the Barbados agreement": an actor only ever named as a modifier is no side
    .filter((g) => g.active && (g.kind === 'ORGANIZATION' || g.kind === 'COUNTRY') && !servesAny(g, excluded))
    .filter((g) => !g.mentions.every((m) => m.modifier))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  return ranked.slice(0, 2);
}

/** The key of the country an actor is or is a ministry of ("Qatar", "Qatari Foreign Ministry"), else null. */
export function countryKeyOf(g: ActorGroup): string | null {
  return g.key.startsWith('ministry:') ? `lex:${g.key.split(':')[1]}` : g.kind === 'COUNTRY' ? g.key : null;
}

/** One of the actors keyed, or one of their organs: Norway's foreign ministry, a body affiliated with it. */
function servesAny(g: ActorGroup, keys: ReadonlySet<string>): boolean {
  const country = countryKeyOf(g);
  return keys.has(g.key) || (country !== null && keys.has(country)) || g.affiliations.some((a) => keys.has(a.key));
}

/** The actor named right after `m` and its "'s" ("Lebanon's Hezbollah"), before token `limit`; else `m` itself. */
export function possessedBy(an: SentenceAnalysis, m: Mention, limit = an.tokens.length): Mention {
  if (!/^['’]s?$/.test(an.tokens[m.t1]?.text ?? '')) return m;
  return an.mentions.find((x) => x.t0 === m.t1 + 1 && x.t0 < limit && x.kind !== 'PLACE') ?? m;
}

/**
 * "Cambodia and Thailand will resolve…": the first two states or bodies the article joins by "and", none excluded;
 * first a pair the article names again ("delegations from India and Brazil were among those present", named
 * once, are not the sides of a conflict named throughout).
 */
function firstJoinedPair(ctx: ArticleContext, exclude: Set<ActorGroup>): ActorGroup[] {
  const pairs = ctx.analyses
    .map((an) => ({ an, pair: joinedPairIn(ctx, an, exclude) }))
    .filter(({ an, pair }) => pair.length > 0 && !background(ctx, pair, an))
    .map(({ pair }) => pair);
  return pairs.find((pair) => pair.every((g) => g.mentions.length > 1)) ?? pairs[0] ?? [];
}

/** Where an article's background starts: a pair named only in its last third, and nowhere else, is background. */
const BACKGROUND_FROM = 2 / 3;

/** "The war in Sudan between the army and the RSF…" closing the article: a pair named there only, in passing. */
const background = (ctx: ArticleContext, pair: readonly ActorGroup[], an: SentenceAnalysis): boolean =>
  an.sentence.index >= BACKGROUND_FROM * ctx.analyses.length &&
  pair.every((g) => g.mentions.every((m) => m.sentence === an.sentence.index));

/** The two states or bodies joined by "and" nearest before or in sentence `index` ("A and B … a joint statement"). */
export function nearestJoinedPair(ctx: ArticleContext, index: number): ActorGroup[] {
  for (let k = index; k >= 0; k--) {
    const pair = joinedPairIn(ctx, ctx.analyses[k]!, new Set());
    if (pair.length > 0) return pair;
  }
  return [];
}

/**
 * The two states or bodies sentence `index` joins by "and", if it does; not bodies whose people the sentence names
 * ("the directors of the CIA and Mossad met the mediators": those who meet, not the sides of a dispute).
 */
export function joinedPairOf(ctx: ArticleContext, index: number): ActorGroup[] {
  const an = ctx.analyses[index];
  return an ? joinedPairIn(ctx, an, new Set(), false) : [];
}

/** The first two states or bodies one sentence joins by "and", none excluded. */
function joinedPairIn(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  exclude: Set<ActorGroup>,
  peopleOf = true,
): ActorGroup[] {
  const body = (m: Mention) => stateOrBodySide(ctx, m, exclude);
  const { listTopicLeads, sideGroups } = lexicon().mediationWords;
  for (const [n, m] of an.mentions.entries()) {
    const joined = an.mentions[n + 1];
    if (!joined || an.tokens[m.t1]?.lower !== 'and' || !describedGap(an, m.t1 + 1, joined.t0)) continue;
    // "Israel and Lebanon's Hezbollah": the side is the one possessed
    const next = possessedBy(an, joined);
    // "efforts for Libya, Somalia and Haiti": the end of a longer list, or places talked about, name no pair
    // ("representatives of A and B", "the foreign ministers of A and B" are the sides' people)
    // ("the directors of the CIA and Mossad": past an article)
    const lead = an.tokens[m.t0 - 1]?.lower === 'the' ? m.t0 - 2 : m.t0 - 1;
    const group = an.tokens[lead - 1]?.lower ?? '';
    // ("the directors of …", "the heads of …": a title in the plural)
    const titles = group.endsWith('s') && lexicon().titleSet.has(group.slice(0, -1));
    const people =
      /^(of|from)$/.test(an.tokens[lead]?.lower ?? '') &&
      (sideGroups.has(group) || titles || lexicon().meetingWords.groupNounKinds.get(group) === 'PERSON');
    if (listTopicLeads.has(an.tokens[m.t0 - 1]?.lower ?? '') && !people) continue;
    if (endsLongerList(an, m)) continue;
    const [a, b] = [body(m), body(next)];
    // (the ministers of two states stand for them; "the directors of the CIA and Mossad" for no side)
    if (people && !peopleOf && !(a?.kind === 'COUNTRY' && b?.kind === 'COUNTRY')) continue;
    if (a && b && a !== b) return [a, b];
  }
  return [];
}

/** "The United States, Saudi Arabia, the UAE and Egypt invited…": the "A and B" that ends a list of more names no pair. */
function endsLongerList(an: SentenceAnalysis, m: Mention): boolean {
  const start = an.tokens[m.t0 - 1]?.lower === 'the' ? m.t0 - 1 : m.t0;
  if (an.tokens[start - 1]?.text !== ',') return false;
  return an.mentions.some((o) => o.t1 === start - 1 && o.kind !== 'PLACE');
}

/** "former secretary-general of …": a role one held once (the body is no longer served). */
export const formerRole = (role: string | null | undefined): boolean => !!role && /^former\b/i.test(role);

/** A side named by a leader stands for the state the leader serves ("Pashinyan and Azerbaijani President Aliyev"). */
export function stateOf(ctx: ArticleContext, g: ActorGroup | undefined): ActorGroup | undefined {
  if (g?.kind !== 'PERSON') return g;
  const served = g.affiliations
    .filter((a) => !formerRole(a.role))
    .map((a) => ctx.index.groups.get(a.key))
    .find((x) => x?.kind === 'COUNTRY');
  return served ?? g;
}

/** "Sudan's army and the paramilitary RSF": nothing, or a word describing a group (after "the"), before the name. */
function describedGap(an: SentenceAnalysis, from: number, to: number): boolean {
  const { groupDescriptors } = lexicon().meetingWords;
  const gap = an.tokens.slice(from, to);
  const described = gap.at(-1) !== undefined && groupDescriptors.has(gap.at(-1)!.lower);
  return gap.length === 0 || (gap.length <= 2 && described && (gap.length === 1 || gap[0]!.lower === 'the'));
}

/** The state or body a mention names as a side (a leader: the state served), unless excluded. */
function stateOrBodySide(ctx: ArticleContext, m: Mention, exclude: Set<ActorGroup>): ActorGroup | undefined {
  const g = stateOf(ctx, sideNamedBy(ctx, m));
  return g && isStateOrBody(g) && !exclude.has(g) ? g : undefined;
}

/** "Thailand, Cambodia agree to…", "Chad and Niger sign…": two states or bodies the headline joins, none excluded. */
function titlePair(ctx: ArticleContext, exclude: Set<ActorGroup>): ActorGroup[] {
  const an = ctx.title;
  if (!an) return [];
  const side = (m: Mention) => stateOrBodySide(ctx, m, exclude);
  for (const [n, m] of an.mentions.entries()) {
    const next = an.mentions[n + 1];
    const link = next ? an.tokens.slice(m.t1, next.t0) : [];
    if (!next || link.length !== 1 || !/^(and|,)$/.test(link[0]!.lower)) continue;
    const [a, b] = [side(m), side(possessedBy(an, next))];
    if (a && b && a !== b) return [a, b];
  }
  return [];
}

import type { ActorKind, Affiliation, Evidence, ExtractedActor } from '../../domain/article.js';
import { cachedNameKey as nameKey } from '../keys.js';
import grammar from '../lexicon/grammar.json' with { type: 'json' };
import { type LexEntry, lexicon } from '../lexicon/index.js';
import { ARMY_REF, type Mention, type SentenceAnalysis } from './mentions.js';
import { isNameCap } from './scan.js';
import { PORTFOLIO_WORDS, ROYAL_TITLES, TITLES_INSIDE_NAMES, isAcronym } from './words.js';

/** An actor of the article: its mentions merged. */
export interface ActorGroup {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  mentions: Mention[];
  active: boolean;
  affiliations: Array<{ key: string; role: string | null; mention: Mention }>;
}

export interface ActorIndex {
  groups: Map<string, ActorGroup>;
  /** mention → group key after merging */
  keyOf(m: Mention): string;
  group(m: Mention): ActorGroup | undefined;
}

const PARTICLES = ['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da'];
const INNER_TITLES: ReadonlySet<string> = new Set([...TITLES_INSIDE_NAMES].map((t) => t.toLowerCase()));

/** The words of a person name without particles; memoised (asked for in sorts and pairwise scans). */
const partsCache = new Map<string, readonly string[]>();
function stripParticles(s: string): readonly string[] {
  let parts = partsCache.get(s);
  if (parts === undefined) {
    if (partsCache.size > 100_000) partsCache.clear();
    parts = nameKey(s)
      .split(' ')
      // "Seyed Araghchi" is "Abbas Araghchi": an honorific inside a name tells no one apart
      .filter((w) => w && !PARTICLES.includes(w) && !INNER_TITLES.has(w))
      // "Alburhan" is "al-Burhan", but "Albin" is not "bin"
      .map((w) => {
        const x = w.replace(/^(al|el)(?=[a-z]{3})/, '');
        return PARTICLES.includes(x) ? w : x;
      });
    partsCache.set(s, parts);
  }
  return parts;
}

const PATRONYMIC: ReadonlySet<string> = new Set(grammar.patronymicParticles);

/**
 * "Salman bin Abdulaziz" in "Mohammed bin Salman bin Abdulaziz": the shorter name opens with a name the longer one
 * gives after "bin", its father's; two people.
 */
function fatherIn(short: string, long: string, royal = false): boolean {
  // (a name of one word, "Salman", "Bin Salman", may be how the article calls the son; "King Salman" is not)
  const [first, ...rest] = nameKey(short).split(' ');
  if ((rest.length < 2 && !royal) || !first || PARTICLES.includes(first)) return false;
  const words = nameKey(long).split(' ');
  return words[0] !== first && words.some((w, i) => i > 0 && w === first && PATRONYMIC.has(words[i - 1]!));
}

/** `long` holds every part of `short` and more, and is not the name of `short`'s son ("Mohammed bin Salman …"). */
function longerNameOf(long: Mention, short: Mention): boolean {
  const parts = stripParticles(short.surface);
  const longParts = stripParticles(long.surface);
  return (
    longParts.length > parts.length &&
    parts.every((p) => longParts.includes(p)) &&
    !fatherIn(short.surface, long.surface, ROYAL_TITLES.has(short.title?.split(' ').at(-1) ?? ''))
  );
}

/** A state or a body (organization): what can be a side, a host or a mediator, as against a person or an outlet. */
export const isStateOrBody = (g: ActorGroup): boolean => g.kind === 'COUNTRY' || g.kind === 'ORGANIZATION';

/** An organization named as an army ("Sudan's army", "the Sudanese Armed Forces"). */
export const isArmy = (g: ActorGroup): boolean =>
  g.kind === 'ORGANIZATION' && [g.name, ...g.aliases].some((n) => /\b(army|armed forces|military)\b/i.test(n));

/** Merges mentions into actors: lexicon keys, persons by name parts, acronyms by initials. */
export function resolveActors(analyses: SentenceAnalysis[], body: string, home: string | null = null): ActorIndex {
  const all = analyses.flatMap((a) => a.mentions).filter((m) => m.kind !== 'PLACE');
  const redirect = new Map<string, string>();
  const final = (k: string): string => {
    let x = k;
    for (let n = 0; n < 10 && redirect.has(x); n++) x = redirect.get(x)!;
    return x;
  };

  // Persons: a name whose parts are contained in a longer person name is that person.
  const persons = new Map<string, Mention>();
  for (const m of all) if (m.kind === 'PERSON' && !m.partial && !persons.has(m.key)) persons.set(m.key, m);
  const full = [...persons.values()].sort(
    (a, b) => stripParticles(b.surface).length - stripParticles(a.surface).length,
  );
  for (const p of full) {
    const owner = full.find((f) => longerNameOf(f, p));
    if (owner && owner.key !== p.key) redirect.set(p.key, owner.key);
  }
  // "Kim Yo Jong, the sister of leader Kim Jong Un … meet Kim again", "former President Kim Dae-jung": of the
  // persons a short name may be, one in office named by a title, else one named more often, else the first
  const named = all.filter((m) => m.kind === 'PERSON' && !m.partial);
  const former = (n: Mention): boolean =>
    /\b(former|ex-|late)\s+(\p{L}+\s+){0,3}$/iu.test(body.slice(Math.max(0, n.start - 40), n.start));
  const standing = (c: Mention): number => {
    const own = named.filter((n) => n.key === c.key);
    if (own.every(former)) return -1;
    const titled = (n: Mention): boolean =>
      !!n.title ||
      lexicon().titleSet.has(
        /(\p{L}+)\s+$/u.exec(body.slice(Math.max(0, n.start - 30), n.start))?.[1]?.toLowerCase() ?? '',
      );
    return own.length + (own.some((n) => titled(n) && !former(n)) ? own.length + 1 : 0);
  };
  const ownerAt = (m: Mention): Mention | undefined => {
    const candidates = full.filter((f) => longerNameOf(f, m));
    if (candidates.length < 2) return candidates[0];
    const scores = candidates.map(standing);
    return candidates[scores.indexOf(Math.max(...scores))];
  };
  // a single name that speaks somewhere ("Roque said") is a person named only by surname
  const speakers = new Set(all.filter((m) => m.partial && m.speaks).map((m) => m.key));
  for (const m of all) {
    if (!m.partial) continue;
    const owner = ownerAt(m);
    if (owner) {
      m.key = owner.key;
      m.partial = false;
    } else if (speakers.has(m.key)) {
      m.partial = false;
    } else {
      // a single capitalised word that names no person in the article: an acronym-like org or nothing
      m.kind = 'PLACE';
    }
  }
  // Acronyms: "AUC" and "African Union Commission" when not already linked
  const orgs = all.filter((m) => m.kind === 'ORGANIZATION' && !m.partial);
  // an acronym given in parentheses anywhere ("… Mission in Libya (UNSMIL)") names that organization everywhere
  const byAcronym = new Map<string, string>();
  for (const m of all)
    for (const a of m.aliases) if (isAcronym(a) && a !== m.surface && !byAcronym.has(a)) byAcronym.set(a, m.key);
  for (const m of orgs) {
    if (!isAcronym(m.surface)) continue;
    const named = byAcronym.get(m.surface);
    // a known acronym is the lexicon's unless the article spells it out as another name
    if (m.key.startsWith('lex:') && (!named || named.startsWith('lex:'))) continue;
    const long = named
      ? undefined
      : orgs.find((o) => o !== m && (initials(o.name) === m.surface || initialsAll(o.name) === m.surface));
    const to = named ?? long?.key;
    if (to && final(to) !== m.key) redirect.set(m.key, final(to));
  }

  // "Peoples’ Equality and Democracy Party (DEM Party)" then "the DEM Party", "Mohamed Hamdan Dagalo, known as
  // Hemedti" then "Hemedti": a name given as another's alias names that actor everywhere
  const aliased = all.filter((m) => m.kind === 'ORGANIZATION' || m.kind === 'PERSON');
  const byAlias = new Map<string, string>();
  for (const m of aliased)
    for (const a of m.aliases)
      if (nameKey(a) !== nameKey(m.name) && !byAlias.has(`${m.kind}:${nameKey(a)}`))
        byAlias.set(`${m.kind}:${nameKey(a)}`, m.key);
  for (const m of aliased) {
    const own = m.key.startsWith('name:') || m.key.startsWith('person:');
    const to = own ? byAlias.get(`${m.kind}:${nameKey(m.surface)}`) : undefined;
    if (to && final(to) !== final(m.key)) redirect.set(m.key, final(to));
  }

  // "Stability", "Conflict Mediation": capitalised words the article also writes in lower case are not a name
  const untitled = all.filter((m) => m.kind === 'PERSON' && !m.title && !m.entry);
  const lowerWords = untitled.length > 0 ? lowerCaseWords(body) : new Set<string>();
  for (const m of untitled) if (commonWords(m.surface, lowerWords)) m.kind = 'PLACE';
  // "met Zelenskiy at Castel Gandolfo": an untitled name the article only ever writes after "at" or "in" is a place
  const locative = (m: Mention): boolean => /\b(?:at|in)\s+$/.test(body.slice(Math.max(0, m.start - 4), m.start));
  for (const m of untitled) {
    const same = all.filter((o) => o.key === m.key);
    if (same.every((o) => o.kind === 'PERSON' && !o.title && !o.speaks && locative(o))) m.kind = 'PLACE';
  }

  // an unknown acronym that the article never spells out nor uses as a group is a word in capitals, not an actor
  const attested = new Set(all.filter((m) => !m.needsEvidence).map((m) => m.key));
  for (const m of all)
    if (m.needsEvidence && final(m.key) === m.key && !attested.has(m.key) && !byAcronym.has(m.surface))
      m.kind = 'PLACE';

  // a bare "Foreign Ministry" is the one ministry of that department the article names with its country
  for (const m of orgs) {
    const d = /^(?:the )?(?:(\w+) Ministry|Ministry of (\w+)(?: Affairs)?)$/i.exec(m.surface);
    if (!d || m.key.startsWith('ministry:')) continue;
    const dept = (d[1] ?? d[2]!).toLowerCase().replace(/^defence$/, 'defense');
    const owners = [
      ...new Set(
        orgs
          .filter((o) => o.key.startsWith('ministry:') && o.key.toLowerCase().endsWith(`:${dept}`))
          .map((o) => final(o.key)),
      ),
    ];
    if (owners.length === 1) redirect.set(m.key, owners[0]!);
    // (none named so: the ministry of the article's home country, the dateline's or the national outlet's, when the
    // article names that country most: an outlet writes its own government's "Foreign Ministry" bare)
    else if (owners.length === 0 && home && PORTFOLIO_WORDS.has(d[1] ?? d[2]!) && home === mostNamedCountry(all)) {
      const bare = m.key;
      homeMinistry(m, lexicon().countryByName.get(home)!);
      // (its acronym, "(MoFA)", names the same ministry)
      redirect.set(bare, m.key);
    }
  }
  referBackToGroups(analyses, all);
  const groups = new Map<string, ActorGroup>();
  for (const m of all) {
    if (m.kind === 'PLACE') continue;
    const key = final(m.key);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        name: m.name,
        kind: m.kind as ActorKind,
        aliases: new Set(),
        mentions: [],
        active: false,
        affiliations: [],
      };
      groups.set(key, g);
    }
    g.mentions.push(m);
    if (m.active) g.active = true;
    for (const a of m.aliases) g.aliases.add(a);
    if (m.kind === 'PERSON' && stripParticles(m.surface).length > stripParticles(g.name).length) g.name = m.surface;
    if (m.affiliation) g.affiliations.push({ ...m.affiliation, key: final(m.affiliation.key), mention: m });
  }
  // "army spokesman X", "the army chief X": the article's armed force
  const army = [...groups.values()].find(isArmy);
  for (const g of groups.values()) {
    g.affiliations = g.affiliations.filter((a) => a.key !== ARMY_REF || !!army);
    for (const a of g.affiliations) if (a.key === ARMY_REF) a.key = army!.key;
  }
  // "government of President Gustavo Petro", "Abiy's government": the country the person leads (none when the
  // article links the person to none); a possessor that is no person: the article's main country
  const govOfPerson =
    /\b(?:government of (?:the )?(?:President|Prime Minister|Premier) [A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)*|[A-Z][\p{L}-]+['’]s government)/gu;
  for (const match of body.matchAll(govOfPerson)) {
    const countries = [...groups.values()].filter((g) => g.kind === 'COUNTRY');
    // "Rwanda's government", "South Sudan's government": a country's own government is that country (read as a
    // mention; the pattern may start inside the country's name)
    const possessor = (m: Mention): boolean => m.start <= match.index! && m.end > match.index!;
    if ([...groups.values()].some((g) => g.kind !== 'PERSON' && g.mentions.some(possessor))) continue;
    const counted = countries
      .map((g) => ({ g, n: g.mentions.length }))
      .filter(({ g }) => !g.mentions.some((m) => m.start <= match.index! && m.end >= match.index!))
      .sort((a, b) => b.n - a.n);
    if (counted.length === 0) continue;
    // "Venezuelan President Nicolas Maduro's government": the country the person is affiliated with
    const leader = [...groups.values()].find(
      (g) =>
        g.kind === 'PERSON' &&
        g.mentions.some((m) => m.start <= match.index! + match[0].length && m.end > match.index!),
    );
    const led = leader?.affiliations.map((a) => groups.get(a.key)).find((g) => g?.kind === 'COUNTRY');
    if (leader && !led) continue;
    // the possessor must be a person (not a country named "X's government", handled as a mention)
    const top = led ?? counted[0]!.g;
    top.active = true;
    top.aliases.add(match[0]);
  }
  return {
    groups,
    keyOf: (m) => final(m.key),
    group: (m) => groups.get(final(m.key)),
  };
}

/**
 * "The Palestinian group had announced", "the Lebanese movement said": a country's adjective between "the" and a
 * group noun stands for the organization of that country named latest before it (Hamas, Hezbollah), not the country.
 */
function referBackToGroups(analyses: readonly SentenceAnalysis[], all: readonly Mention[]): void {
  const nouns = new Set(grammar.demonymGroupNouns);
  for (const an of analyses) {
    for (const m of an.mentions) {
      if (m.entry?.kind !== 'COUNTRY' || (m.matchedAs !== 'adjective' && m.matchedAs !== 'demonym')) continue;
      const before = an.tokens[m.t0 - 1];
      const noun = an.tokens[m.t1];
      // ("the Palestinian group Hamas": an apposition names it)
      if (before?.lower !== 'the' || !noun || !nouns.has(noun.lower) || isNameCap(an.tokens[m.t1 + 1])) continue;
      const country = m.entry.name;
      const group = all.findLast(
        (o) =>
          o.start < m.start &&
          o.kind === 'ORGANIZATION' &&
          (o.entry?.country === country || o.affiliation?.key === m.key),
      );
      if (!group) continue;
      Object.assign(m, { key: group.key, name: group.name, kind: group.kind, entry: group.entry, aliases: [] });
    }
  }
}

/**
 * "the Foreign Ministry" in an article from Cairo about Egypt: Egypt's, named as the article would name it with its
 * country ("Egyptian Foreign Ministry", "Indian Ministry of External Affairs").
 */
function homeMinistry(m: Mention, country: LexEntry): void {
  const adjective = country.adjectives?.[0] ?? country.name;
  const bare = m.surface.replace(/^the /i, '');
  m.aliases = [...new Set([bare, ...m.aliases])];
  m.key = `ministry:${country.name}:${nameKey(bare)}`;
  m.name = `${adjective} ${bare}`;
}

/** The country the article's mentions name most (by name or adjective: a capital is often only where talks are). */
function mostNamedCountry(all: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of all)
    if (m.entry?.kind === 'COUNTRY' && m.matchedAs !== 'capital')
      counts.set(m.entry.name, (counts.get(m.entry.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The words the body writes in lower case. */
function lowerCaseWords(body: string): Set<string> {
  return new Set(body.match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu) ?? []);
}

/** True when every word of `name` also occurs in lower case in the body (a common word, not a name). */
function commonWords(name: string, lowerWords: Set<string>): boolean {
  const parts = name.split(/[\s-]+/);
  const words = parts.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  return words.length > 0 && words.length === parts.length && words.every((w) => lowerWords.has(w.toLowerCase()));
}

/** Initials of every word but "of/the/and" ("Support Mission in Libya" → "SMIL"). */
function initialsAll(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !/^(of|the|and|for)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

const evidence = (m: Mention): Evidence => ({ sentenceIndex: m.sentence, start: m.start, end: m.end });

/**
 * How often an actor like this one is right: a lexicon entry almost always, a titled person usually, an
 * unknown name more often the more it recurs.
 */
function actorConfidence(g: ActorGroup, takesPart: boolean): number {
  const named = g.mentions.filter((m) => m.matchedAs === 'name').length;
  // a known country or body that no item names is often a place or topic ("the envoy for Western Sahara")
  if (g.key.startsWith('lex:') || g.key.startsWith('ministry:')) return named >= 2 && takesPart ? 0.95 : 0.8;
  const titled = g.mentions.some((m) => m.title || m.affiliation);
  if (g.kind === 'PERSON' && titled) return Math.min(0.88, 0.78 + 0.05 * (g.mentions.length - 1));
  return Math.min(0.85, 0.45 + 0.1 * Math.min(4, named));
}

/** The word endings and words spelled two ways, each way to the other ("isation" ↔ "ization", "Defence" ↔ "Defense"). */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = grammar.spellingVariants.pairs.flatMap(([a, b]) => [
  [new RegExp(`${a}\\b`), b!] as const,
  [new RegExp(`${b}\\b`), a!] as const,
]);

/** "Organisation of African Unity" → "Organization of African Unity": the name in the other spelling, if any. */
function otherSpellings(name: string): string[] {
  return SPELLINGS.filter(([re]) => re.test(name)).map(([re, to]) => name.replace(re, to));
}

/** The actors to report: those that take part (not mere locations). */
export function toActors(index: ActorIndex, takingPart: ReadonlySet<string>): ExtractedActor[] {
  const out: ExtractedActor[] = [];
  const nameOf = (key: string): string | undefined => index.groups.get(key)?.name;
  for (const g of index.groups.values()) {
    if (!g.active) continue;
    const spelled = g.kind === 'ORGANIZATION' ? otherSpellings(g.name) : [];
    const aliases = [...g.aliases, ...spelled].filter((a) => nameKey(a) !== nameKey(g.name) && a.length > 1);
    const uniq = [...new Map(aliases.map((a) => [nameKey(a), a])).values()];
    const affiliations: Affiliation[] = [];
    for (const a of g.affiliations) {
      const n = nameOf(a.key) ?? (a.key.startsWith('lex:') ? a.key.slice(4) : undefined);
      if (n && n !== g.name) affiliations.push({ actor: n, role: a.role, evidence: evidence(a.mention) });
    }
    out.push({
      name: g.name,
      kind: g.kind,
      aliases: uniq,
      affiliations,
      mentions: g.mentions.map(evidence),
      confidence: actorConfidence(g, takingPart.has(g.name)),
      ...(g.mentions[0]?.rule ? { rule: g.mentions[0].rule } : {}),
    });
  }
  return out;
}

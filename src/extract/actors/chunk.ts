import { cachedNameKey as nameKey } from '../keys.js';
import { lexicon } from '../lexicon/index.js';
import grammar from '../lexicon/grammar.json' with { type: 'json' };
import type { Token } from '../tokens.js';
import type { Mention } from './mentions.js';
import { isNameCap, type Scan, span } from './scan.js';
import {
  ACTOR_NOUNS,
  CAPITAL_SUBJECT_VERBS,
  CAP_STOP,
  COURTESY_TITLES,
  isCourtesyTitle,
  SURNAME_TITLES,
  COMMON_SUBJECTS,
  CONNECTORS,
  EVENT_HEADS,
  GROUP_APPOSITION_NOUNS,
  GROUP_NOUNS,
  MEDIA_HEADS,
  MINISTRY_DEPARTMENTS,
  NAME_PARTICLES,
  NON_ACTOR_HEADS,
  NON_PERSON_LEADS,
  ORG_ADJ_STOP,
  PORTFOLIO_WORDS,
  ORG_HEADS,
  PERSONAL_STAFF,
  PLACE_LEADS,
  SAINT_PREFIXES,
  SITE_NOUNS,
  TITLE_WORDS,
  GIVEN_NAME_TITLES,
  TITLES_INSIDE_NAMES,
  MONONYM_TITLES,
  ROYAL_TITLES,
  VENUE_HEADS,
  VENUE_WORDS,
  isAcronym,
} from './words.js';

/** The pieces of a capitalised run: what makes it an organization, an outlet, a person or nothing. */

const isAllCaps = (t: Token | undefined): boolean =>
  !!t && t.word && /\p{L}{2}/u.test(t.text) && !/\p{Ll}/u.test(t.text);

/** End of the run of words in capitals starting at i ("ADDIS ABABA"), i when tokens[i] is not one. */
export function allCapsRun(tokens: Token[], i: number): number {
  let k = i;
  while (isAllCaps(tokens[k])) k++;
  return k;
}

/** Words in capitals read as the lexicon name they spell ("REUTERS" → Reuters), as a place or a passive mention. */
export function capsLexicon(
  scan: Scan,
  a: number,
  b: number,
): Omit<Mention, 'sentence' | 'start' | 'end' | 't0' | 't1' | 'surface'> | null {
  const { tokens, body } = scan;
  const lex = lexicon();
  const text = span(tokens, a, b, body);
  const titled = text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const hit = lex.forms.get(titled) ?? lex.lowerForms.get(text.toLowerCase());
  if (!hit && !lex.places.has(titled)) return null;
  if (!hit || hit.role === 'capital' || hit.role === 'demonym')
    return {
      kind: 'PLACE',
      key: `place:${nameKey(titled)}`,
      name: titled,
      aliases: [],
      matchedAs: 'name',
      active: false,
    };
  const e = hit.entry;
  return {
    kind: e.kind,
    key: `lex:${e.name}`,
    name: e.name,
    aliases: [],
    matchedAs: hit.role,
    active: false,
    entry: e,
  };
}

/** "X leader", "X said", "X fighters": the word after an acronym shows it names a group of people. */
function actsAsGroup(tokens: Token[], after: number): boolean {
  const lex = lexicon();
  const next = tokens[after]?.lower ?? '';
  const clause = tokens[after]?.text === ',' && /^(which|who)$/.test(tokens[after + 1]?.lower ?? '');
  return clause || lex.titleSet.has(next) || lex.reporting.has(next) || ACTOR_NOUNS.has(next) || GROUP_NOUNS.has(next);
}

/**
 * A country word glued to a capitalised run that ends in an organization or outlet head ("Tigray Defense
 * Forces", "Russian Orthodox Church"): the whole run is one name.
 */
export function startsLongerName(scan: Scan, k: number, adjective: boolean): boolean {
  const { tokens } = scan;
  let e = k;
  while (
    e < tokens.length &&
    isNameCap(tokens[e]) &&
    tokens[e]!.start === tokens[e - 1]!.end + 1 &&
    // ("Libyan National Army": an organization's adjective and head, though they also open titles)
    (!TITLE_WORDS.has(tokens[e]!.text) || ORG_ADJ_STOP.has(tokens[e]!.text) || (e > k && isHead(tokens[e]!.text))) &&
    (!CAP_STOP.has(tokens[e]!.text) || ORG_ADJ_STOP.has(tokens[e]!.text)) &&
    !scan.lexAt(e)
  ) {
    e++;
    // "Palestinian Prisoners' Society"
    if (pluralPossessive(tokens, e)) e++;
  }
  if (e === k) return false;
  if (e === k + 1 && adjective) return false;
  return isHead(tokens[e - 1]!.text);
}

/** "Workers’ Party", "People's Army": a possessive at k, glued to its word, inside a name that ends in an organization head. */
export function pluralPossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return (
    !!t &&
    t.start === tokens[k - 1]!.end &&
    (((t.text === "'" || t.text === '’') && /s$/.test(tokens[k - 1]!.text)) ||
      // "New People's Army", "People’s Party"
      (/^['’]s$/.test(t.text) && grammar.possessiveNameWords.includes(tokens[k - 1]!.text))) &&
    isNameCap(tokens[k + 1]) &&
    tokens.slice(k + 1, k + 5).some((x) => ORG_HEADS.has(x.text))
  );
}

const isHead = (word: string): boolean => ORG_HEADS.has(word) || MEDIA_HEADS.has(word);

/** True when a lexicon organization/outlet starts at k and the chunk before is a title ("Chief ... of the UN"). */
export function lexStartsOrg(scan: Scan, k: number, chunkStart: number): boolean {
  const { tokens } = scan;
  const h = scan.lexAt(k);
  // keep going inside a longer unknown name only when the previous word is a name word
  const prev = tokens[k - 1]!;
  if (!h || k <= chunkStart) return false;
  if (h.role !== 'name') {
    if (h.entry.kind !== 'COUNTRY') return false;
    // "Cho had told Iwaya Seoul hoped…": a capital before its verb is the next clause's subject
    if (h.role === 'capital' && CAPITAL_SUBJECT_VERBS.has(tokens[k + h.length]?.lower ?? '')) return true;
    // "Former Kenyan president", "Representatives of Venezuelan President X": the adjective starts a new mention
    const after = tokens[k + h.length];
    return (
      TITLE_WORDS.has(prev.text) ||
      (CONNECTORS.has(prev.lower) && !!after && (TITLE_WORDS.has(after.text) || ACTOR_NOUNS.has(after.lower)))
    );
  }
  // a multi-word organization name ending in an organization head after a plain name word is the end of a longer name
  if (
    h.entry.kind !== 'COUNTRY' &&
    h.length >= 2 &&
    !TITLE_WORDS.has(prev.text) &&
    !CONNECTORS.has(prev.lower) &&
    ORG_HEADS.has(tokens[k + h.length - 1]?.text ?? '') &&
    !scan.lexAt(k - 1)
  )
    return false;
  // a person's multi-word name is not cut by a one-word organization name ("Therese Kayikwamba Wagner")
  if (h.entry.kind !== 'COUNTRY' && h.length === 1 && !isNameCap(tokens[k + 1])) {
    let n = k;
    while (n > chunkStart && !TITLE_WORDS.has(tokens[n - 1]!.text) && !CONNECTORS.has(tokens[n - 1]!.lower)) n--;
    const name = tokens.slice(n, k);
    // ("Foreign Minister Therese Wagner": one given name is enough after a title)
    const titled = name.length === 1 && TITLE_WORDS.has(tokens[n - 1]?.text ?? '');
    if (
      (name.length >= 2 || titled) &&
      !name.some((t) => ORG_HEADS.has(t.text) || CAP_STOP.has(t.text) || scan.lexAt(t.i))
    )
      return false;
  }
  return TITLE_WORDS.has(prev.text) || CONNECTORS.has(prev.lower) || h.entry.kind !== 'COUNTRY';
}

/** A named organization or outlet the lexicon does not know, keyed by its own name. */
export function namedActor(
  kind: 'ORGANIZATION' | 'MEDIA',
  surface: string,
): Pick<Mention, 'kind' | 'key' | 'name' | 'aliases' | 'matchedAs' | 'active'> {
  return { kind, key: `name:${nameKey(surface)}`, name: surface, aliases: [surface], matchedAs: 'name', active: true };
}

export function classifyChunk(scan: Scan, a: number, b: number): Mention[] | null {
  const { tokens, body } = scan;
  const sentenceIndex = scan.sentence.index;
  const words = tokens.slice(a, b);
  const texts = words.map((w) => w.text);
  const surface = span(tokens, a, b, body);
  const lex = lexicon();
  const base = (x: number, y: number): Pick<Mention, 'sentence' | 'start' | 'end' | 't0' | 't1' | 'surface'> => ({
    sentence: sentenceIndex,
    start: tokens[x]!.start,
    end: tokens[y - 1]!.end,
    t0: x,
    t1: y,
    surface: span(tokens, x, y, body),
  });
  const last = texts[texts.length - 1]!;
  // "The Minister of Foreign Affairs and National Community Abroad, Ahmed Attaf,": a title set off before the name
  if (
    texts.length >= 3 &&
    TITLE_WORDS.has(texts[0]!) &&
    !ORG_HEADS.has(texts[0]!) &&
    /^(of|for)$/.test(texts[1]!) &&
    tokens[b]?.text === ',' &&
    isNameCap(tokens[b + 1]) &&
    isNameCap(tokens[b + 2])
  )
    return null;
  // "the Commission", "the Movement": a reference to an organization named before, not a new actor
  if (texts.length === 1 && (ORG_HEADS.has(last) || MEDIA_HEADS.has(last))) return null;
  const capWords = texts.filter((t) => /^\p{Lu}/u.test(t));
  const orgHeadAt = texts.findIndex((t) => ORG_HEADS.has(t));
  const scoped = regionThenName(tokens, a, texts);
  if (scoped > 0) {
    const place = span(tokens, a, a + scoped, body);
    return [
      {
        ...base(a, a + scoped),
        kind: 'PLACE',
        key: `place:${nameKey(place)}`,
        name: place,
        aliases: [],
        matchedAs: 'name',
        active: false,
      },
      personMention(tokens, a + scoped, b, body, sentenceIndex, ''),
    ];
  }
  if ((NON_ACTOR_HEADS.has(last) && orgHeadAt < 0) || PLACE_LEADS.has(texts[0]!)) return null;
  // "Joint Comprehensive Plan Towards Peace", "Framework for Lasting Peace": a document named by its purpose
  if (orgHeadAt < 0 && texts.some((t, k) => NON_ACTOR_HEADS.has(t) && PURPOSE_WORDS.has(texts[k + 1] ?? '')))
    return null;
  // "St. Vincent", "San Cristobal", "Santa Marta", or a place the lexicon knows
  const saintPlace =
    SAINT_PREFIXES.has(texts[0]!) && texts.length >= 2 && !texts.some((t) => TITLE_WORDS.has(t) || ORG_HEADS.has(t));
  // "the Chong Chom border checkpoint", "the Kerem Shalom crossing": the words name a site
  const site = tokens[b]?.lower === 'border' ? tokens[b + 1] : tokens[b];
  const named = !!site && !site.cap && SITE_NOUNS.has(site.lower) && !lex.forms.has(surface) && orgHeadAt < 0;
  if (saintPlace || lex.places.has(surface) || named)
    return [
      {
        ...base(a, b),
        kind: 'PLACE',
        key: `place:${nameKey(surface)}`,
        name: surface,
        aliases: [],
        matchedAs: 'name',
        active: false,
      },
    ];
  // "US-North Korea summit", "Russia-Ukraine talks": countries joined as a modifier, not a name
  const dash = texts[0]!.indexOf('-');
  if (dash > 0 && lex.forms.get(texts[0]!.slice(0, dash))?.entry.kind === 'COUNTRY') return null;
  // "Kenyatta International Convention Centre", "Press Center": a venue, not an organization
  if (VENUE_HEADS.has(last) && VENUE_WORDS.has(texts[texts.length - 2] ?? '')) return null;
  // "Conference on Confidence Building Measures", "Forum on Conflict Mediation": a gathering named after its subject
  if (texts.some((t, k) => EVENT_HEADS.has(t) && texts[k + 1] === 'on')) return null;
  // "Freedom House", "House of Peace": a building; "House of Representatives" (a body of people) stays an organization
  const house = texts.lastIndexOf('House');
  if (
    house >= 0 &&
    texts.every((t) => !ORG_HEADS.has(t) || t === 'House') &&
    (house === texts.length - 1 || (texts[house + 1] === 'of' && !/s$/.test(texts[house + 2] ?? '')))
  )
    return null;
  // "Adviser on the Peace Process Jesus Dureza", "Chairman of the State Affairs Commission Kim Jong Un":
  // after a title and what it is in charge of, the words after the last head noun are the person
  const split = titleHeadName(tokens, a, texts);
  if (split) {
    const out: Mention[] = [];
    const orgWords = tokens.slice(a + split.of, a + split.orgEnd).map((t) => t.text);
    if (ORG_HEADS.has(orgWords[orgWords.length - 1]!)) {
      const orgSurface = span(tokens, a + split.of, a + split.orgEnd, body);
      out.push({ ...base(a + split.of, a + split.orgEnd), ...namedActor('ORGANIZATION', orgSurface) });
    }
    out.push(personMention(tokens, a + split.name, b, body, sentenceIndex, texts.slice(0, split.name).join(' ')));
    return out;
  }
  // ("Press Secretary Sarah Sanders": a media word before a title is part of the title)
  if (
    texts.some((t, k) => MEDIA_HEADS.has(t) && !TITLE_WORDS.has(texts[k + 1] ?? '')) &&
    !texts.some((t) => ORG_HEADS.has(t) && t !== 'Agency' && t !== 'Center')
  ) {
    return [{ ...base(a, b), ...namedActor('MEDIA', surface) }];
  }
  // "Office of Prime Minister Benjamin Netanyahu": an organization named after a person
  const orgAt = texts.findIndex((t) => ORG_HEADS.has(t));
  const titled = personSuffix(texts);
  if (
    orgAt >= 0 &&
    titled &&
    texts[orgAt + 1] !== 'of' &&
    titled.start > orgAt &&
    TITLE_WORDS.has(texts[orgAt + 1] ?? '')
  ) {
    // "Cabinet Secretary for Foreign Affairs Alfred Mutua": a title, not an organization
    return [personMention(tokens, a + titled.start, b, body, sentenceIndex, texts.slice(0, titled.start).join(' '))];
  }
  if (orgAt >= 0 && titled && titled.start > orgAt) {
    // "Department of External Church Relations Metropolitan Hilarion": the organization ends where the title starts
    let t0 = titled.start;
    while (t0 > orgAt + 1 && TITLE_WORDS.has(texts[t0 - 1]!) && !/^(of|for|the|and|to|on)$/i.test(texts[t0 - 1]!)) t0--;
    if (t0 < titled.start && !/^(of|for|the|and|to|on)$/i.test(texts[t0 - 1]!)) {
      const orgSurface = span(tokens, a, a + t0, body);
      return [
        { ...base(a, a + t0), ...namedActor('ORGANIZATION', orgSurface) },
        personMention(tokens, a + titled.start, b, body, sentenceIndex, texts.slice(t0, titled.start).join(' ')),
      ];
    }
  }
  // "the Ministry of Foreign Affairs Mohammed Al-Khulaifi": the ministry ends with its department, the person follows
  // ("the Ministry of Foreign Affairs Dr. Majed bin Mohammed Al Ansari": past a courtesy title)
  const department = orgAt >= 0 ? departmentEnd(texts, orgAt) : -1;
  let nameAt = department;
  while (nameAt > 0 && nameAt < texts.length && TITLE_WORDS.has(texts[nameAt]!) && !ORG_HEADS.has(texts[nameAt]!))
    nameAt++;
  const names = department > 0 ? texts.slice(nameAt) : [];
  const nameWord = (t: string): boolean => isNameWord(t) && !ORG_HEADS.has(t);
  if (
    names.length >= 2 &&
    names.length <= (nameAt > department ? 6 : 4) &&
    names.every(nameWord) &&
    !NAME_PARTICLES.has(names[0]!.toLowerCase())
  ) {
    const orgSurface = span(tokens, a, a + department, body);
    return [
      { ...base(a, a + department), ...namedActor('ORGANIZATION', orgSurface) },
      personMention(tokens, a + nameAt, b, body, sentenceIndex, texts.slice(0, department).join(' ')),
    ];
  }
  if (orgAt >= 0) {
    const out: Mention[] = [];
    // leading title words before an org head are dropped ("Secretary of the Council" stays whole)
    out.push({ ...base(a, b), ...namedActor('ORGANIZATION', surface) });
    // a person inside after a title ("Office of Prime Minister Benjamin Netanyahu")
    const person = personSuffix(texts);
    if (
      person &&
      person.start > orgAt &&
      TITLE_WORDS.has(texts[person.start - 1]!) &&
      !/^(of|for|and|to|the)$/i.test(texts[person.start - 1]!)
    )
      out.push(personMention(tokens, a + person.start, b, body, sentenceIndex, texts.slice(0, person.start).join(' ')));
    return out;
  }
  if (words.length === 1 && isAcronym(last) && !CAP_STOP.has(last)) {
    const m: Mention = { ...base(a, b), ...namedActor('ORGANIZATION', surface) };
    // "the UN peacekeeping force UNIFIL", "the rebel group M23": named as a group just before
    if (!actsAsGroup(tokens, b) && !GROUP_APPOSITION_NOUNS.has(tokens[a - 1]?.lower ?? '')) m.needsEvidence = true;
    return [m];
  }
  // "the Geneva International Discussions": a standing format named after its meetings (no person); two words
  // ("Istanbul Talks") name the meetings only
  if (lex.meetingNouns.has(last.toLowerCase()))
    return texts.length >= 3 && capWords.length === texts.length
      ? [{ ...base(a, b), ...namedActor('ORGANIZATION', surface) }]
      : null;
  // "the Gali IPRM": a place's branch of a body named by its acronym, no person ("Henry Ford III" is one)
  if (texts.length >= 2 && /^\p{Lu}{2,7}$/u.test(last) && !/^[IVX]+$/.test(last)) return null;
  // "Ms King told reporters": after a courtesy title, a title word is a surname
  const courtesy = (tokens[a - 1]?.text ?? '').replace(/\.$/, '').toLowerCase();
  if (texts.length === 1 && SURNAME_TITLES.has(last) && COURTESY_TITLES.has(courtesy))
    return [{ ...personMention(tokens, a, b, body, sentenceIndex, ''), partial: true }];
  const person = personSuffix(texts);
  if (!person) return null;
  // "Bedouin Arab tribes", "Druze Muslim fighters": untitled capitalised words before a group noun describe a group
  if (person.start === 0 && GROUP_NOUNS.has(tokens[b]?.text ?? '') && /s$/.test(tokens[b]!.text)) return null;
  const nameWords = texts.slice(person.start);
  if (NON_PERSON_LEADS.has(nameWords[0]!)) return null;
  if (nameWords.length >= 2 && nameWords.some((t) => lex.forms.get(t)?.role === 'adjective')) return null;
  const nameLen = texts.length - person.start;
  const title = texts.slice(0, person.start).join(' ');
  // "Madonna of Kazan", "University of Helsinki": a word after "of" is a name only after a title
  const titleWords = texts.slice(0, person.start).filter((t) => !/^(of|for|and|to|the|on)$/i.test(t));
  if (
    /\b(of|for|to|on)\b/i.test(title) &&
    nameLen === 1 &&
    !titleWords.some((t) => TITLE_WORDS.has(t) || lex.titleSet.has(t.toLowerCase()))
  )
    return null;
  // "the Sultan of Sokoto, Muhammad Sa'ad Abubakar": the word after "of" is the title's domain, the person follows
  if (/\bof$/i.test(title) && nameLen === 1 && tokens[b]?.text === ',' && tokens[b + 1]?.cap) return null;
  if (nameLen === 1 && !title) {
    // a single capitalised word: a surname or first name of a person named elsewhere, resolved later
    // "according to al-Haj": a particle-led surname counts as capitalised
    if (capWords.length === 0 && !(texts.length === 1 && isNameCap(tokens[a]) && !tokens[a]!.cap)) return null;
    const m: Mention = { ...personMention(tokens, a, b, body, sentenceIndex, ''), partial: true };
    // "Roque said", "Roque insisted", "Duterte decided not to", "Okafor urged her", "Netanyahu's office": a name
    // that speaks, decides or has an office is a person's ("the Kingdom said" is not a name)
    const verb = tokens[b]?.lower ?? '';
    if (
      /^\p{Lu}\p{Ll}{2,}$/u.test(last) &&
      !/^(the|a|an|this|that)$/.test(tokens[a - 1]?.lower ?? '') &&
      // "Witnesses said", "Analysts said": a common noun opening the sentence
      !COMMON_SUBJECTS.has(last.toLowerCase()) &&
      !ACTOR_NOUNS.has(last.toLowerCase()) &&
      !GROUP_NOUNS.has(last.toLowerCase()) &&
      !lex.titleSet.has(last.toLowerCase()) &&
      ((lex.reporting.has(verb) && /(ed|s|said|told)$/.test(verb)) ||
        (/^['’]s$/.test(tokens[b]?.text ?? '') && PERSONAL_STAFF.has(tokens[b + 1]?.text ?? '')) ||
        (/^[a-z]{3,}ed$/.test(tokens[b]?.text ?? '') && /^(he|she|his|her)$/.test(tokens[b + 1]?.lower ?? '')) ||
        (/^[a-z]{4,}ed$/.test(tokens[b]?.text ?? '') && /^(not|to)$/.test(tokens[b + 1]?.lower ?? '')) ||
        speaksAfterAside(tokens, b))
    )
      m.speaks = true;
    return [m];
  }
  const m = personMention(tokens, a + person.start, b, body, sentenceIndex, title);
  // ("Saudi King Salman": also named "King Salman")
  const royal = texts[person.start - 1] ?? '';
  if (nameLen === 1 && ROYAL_TITLES.has(royal)) m.aliases.push(`${royal} ${m.surface}`);
  return [m];
}

/**
 * "adviser for Africa Massad Boulos", "envoy for the Middle East Steve Witkoff": after a title and
 * "for", "to" or "on", a region the lexicon knows is what the title covers, and two or more name
 * words after it are the person. Returns how many words of the chunk the region takes (0: none).
 */
function regionThenName(tokens: Token[], a: number, texts: string[]): number {
  const lex = lexicon();
  let k = a - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (!/^(for|to|on)$/.test(tokens[k]?.lower ?? '') || !lex.titleSet.has(tokens[k - 1]?.lower ?? '')) return 0;
  for (let n = Math.min(3, texts.length - 2); n >= 1; n--)
    if (lex.places.has(texts.slice(0, n).join(' ')) && texts.slice(n).every((t) => /^\p{Lu}/u.test(t))) return n;
  return 0;
}

/**
 * "Adviser on the Peace Process Jesus Dureza", "(the chairman of) the State Affairs Commission Kim Jong Un":
 * a title, a connector, what the title is in charge of (ending in a head noun), then two to four name words.
 * Returns where the charge starts (after "of the", or before the chunk at an adjective read apart) and where the
 * name starts, relative to the chunk.
 */
function titleHeadName(
  tokens: Token[],
  a: number,
  texts: string[],
): { of: number; orgEnd: number; name: number } | null {
  const lex = lexicon();
  let cut = 0;
  texts.forEach((t, k) => {
    if (/^(of|for|the|on)$/.test(t)) cut = k + 1;
  });
  // the title is inside the chunk ("Adviser on the ...") or just before it ("the chairman of the ...")
  // skip an adjective read apart from the chunk ("of the Presidential Administration Office")
  let at = a;
  while (at > 0 && ORG_ADJ_STOP.has(tokens[at - 1]!.text)) at--;
  const before = (k: number): string => tokens[at - k]?.lower ?? '';
  const titledBefore =
    /^(of|for|on)$/.test(before(1)) ||
    (before(1) === 'the' && /^(of|for|on)$/.test(before(2)) && lex.titleSet.has(before(3)));
  if (cut > 0 ? !TITLE_WORDS.has(texts[0]!) && !lex.titleSet.has(texts[0]!.toLowerCase()) : !titledBefore) return null;
  let head = -1;
  for (let k = texts.length - 1; k >= cut; k--)
    if (ORG_HEADS.has(texts[k]!) || NON_ACTOR_HEADS.has(texts[k]!)) {
      head = k;
      break;
    }
  if (head < cut) return null;
  // ("… of the European External Action Service HE Enrique Mora": past an honorific)
  let start = head + 1;
  while (isCourtesyTitle(texts[start] ?? '')) start++;
  const name = texts.slice(start);
  const nameWord = (t: string): boolean => isNameWord(t) && !lex.forms.has(t);
  if (name.length < 2 || name.length > 4 || !name.every(nameWord) || !/^\p{Lu}/u.test(name[0]!)) return null;
  return { of: cut > 0 ? cut : at - a, orgEnd: head + 1, name: start };
}

/** "Ministry of Foreign Affairs …": the index after the department words of a ministry head at `at`, or -1. */
function departmentEnd(texts: string[], at: number): number {
  if (texts[at] !== 'Ministry' || texts[at + 1] !== 'of') return -1;
  for (const n of [2, 1]) {
    const words = texts.slice(at + 2, at + 2 + n);
    if (words.length === n && MINISTRY_DEPARTMENTS.has(words.join(' ').toLowerCase())) return at + 2 + n;
  }
  return -1;
}

/** "Plan Towards Peace", "Agreement on Cessation": the capitalised preposition after a document's head. */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['Towards', 'Toward', 'For', 'On', 'To']);

/** A word of a person's name: capitalised (not a title, stop word or outlet head) or a particle. */
const isNameWord = (t: string): boolean =>
  NAME_PARTICLES.has(t.toLowerCase()) ||
  (/^\p{Lu}\p{Ll}/u.test(t) && !TITLE_WORDS.has(t) && !CAP_STOP.has(t) && !MEDIA_HEADS.has(t));

/** The person name at the end of a chunk after title words: "Foreign Minister Qin Gang" → "Qin Gang". */
function personSuffix(texts: string[]): { start: number } | null {
  let s = texts.length;
  // "Horn of Africa Olusegun Obasanjo", "Secretary for Foreign Affairs Alfred Mutua": the name follows the last connector
  let cut = 0;
  texts.forEach((t, k) => {
    if (/^(of|for|the|on|and|to)$/.test(t)) cut = k + 1;
  });
  cut = afterPortfolio(texts, cut);
  while (s > cut && !TITLE_WORDS.has(texts[s - 1]!) && !ORG_HEADS.has(texts[s - 1]!)) s--;
  const lex = lexicon();
  const isPlace = (t: string): boolean =>
    lex.places.has(t) || (lex.forms.get(t)?.entry.kind === 'COUNTRY' && lex.forms.get(t)?.role !== 'adjective');
  if (s === cut && cut > 0) {
    while (
      s < texts.length &&
      (NAME_PARTICLES.has(texts[s]!.toLowerCase()) || (isPlace(texts[s]!) && s < texts.length - 2))
    )
      s++;
    return s < texts.length ? { start: s } : null;
  }
  s = texts.length;
  // "Resources Minister Madeleine King": a title word after a given name ends the name, it is a surname
  const surnameTitle =
    s >= 3 &&
    SURNAME_TITLES.has(texts[s - 1]!) &&
    isNameWord(texts[s - 2]!) &&
    !lex.forms.has(texts[s - 2]!) &&
    TITLE_WORDS.has(texts[s - 3]!);
  if (surnameTitle) s -= 2;
  while (s > 0 && !TITLE_WORDS.has(texts[s - 1]!) && !ORG_HEADS.has(texts[s - 1]!)) s--;
  // "President Hassan Sheikh Mohamud", "President Hassan Sheikh": an honorific after a title and one name word is inside the name
  // ("counterpart Hassan Sheikh Mohamud": so too when the chunk opens with that name word)
  if (
    s >= 2 &&
    TITLES_INSIDE_NAMES.has(texts[s - 1]!) &&
    (s === 2 || TITLE_WORDS.has(texts[s - 3]!)) &&
    /^\p{Lu}\p{Ll}/u.test(texts[s - 2]!) &&
    !TITLE_WORDS.has(texts[s - 2]!) &&
    !ORG_HEADS.has(texts[s - 2]!)
  )
    s -= 2;
  // "Foreign Minister Amir Khan Muttaqi": a title that is also a given name, after a title and before two name words
  // (so too opening the chunk, as after "acting foreign minister, Amir Khan Muttaqi")
  if (GIVEN_NAME_TITLES.has(texts[s - 1] ?? '') && (s === 1 || TITLE_WORDS.has(texts[s - 2]!)) && texts.length - s >= 2)
    s -= 1;
  // ("de la Calle" loses its particles; "Le Thi Thu Hang" opens with a family name written like one)
  while (s < texts.length && NAME_PARTICLES.has(texts[s]!.toLowerCase()) && !familyNameFirst(texts, s)) s++;
  // "(Commissioner for Children's) Rights Maria Lvova-Belova": the last words of a portfolio, after its possessive
  if (s === 0) while (PORTFOLIO_WORDS.has(texts[s]!) && texts.length - s > 2) s++;
  // "Pope Francis", "Patriarch Kirill": one known by one name keeps the title
  if (s === texts.length - 1 && MONONYM_TITLES.has(texts[s - 1] ?? '')) s -= 1;
  if (s >= texts.length) return null;
  if (texts.slice(s).some((t) => MEDIA_HEADS.has(t))) return null;
  return { start: s };
}

/** "Le Thi Thu Hang", "Le Hoai Trung": a capitalised particle before three name words or more is a family name. */
function familyNameFirst(texts: string[], s: number): boolean {
  return (
    /^\p{Lu}/u.test(texts[s]!) && texts.length - s >= 4 && texts.slice(s + 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t))
  );
}

/**
 * "Minister of Water Resources Hani Sewilam", "Minister of Water and Energy Habtamu Itefa": after a title's
 * "of", "for" or "on", the words of its portfolio are not the person's; returns where the name may start
 * (`cut` when no portfolio follows; the chunk's end when nothing follows it: "Office of the Adviser on Peace").
 */
function afterPortfolio(texts: string[], cut: number): number {
  const connector = texts.findLastIndex(
    (t, k) => /^(of|for|on)$/.test(t) && k > 0 && (TITLE_WORDS.has(texts[k - 1]!) || texts[k - 1] === 'Ministry'),
  );
  // ("… for Foreign Affairs and Security Policy Josep Borrell": the portfolio goes on past its "and")
  const joined = texts[cut - 1] === 'and' && PORTFOLIO_WORDS.has(texts[cut - 2] ?? '');
  if ((connector < 0 || !PORTFOLIO_WORDS.has(texts[connector + 1] ?? '')) && !joined) return cut;
  let k = joined ? cut : connector + 1;
  // ("Commissioner for Children's Rights Maria Lvova-Belova": a portfolio word's possessive)
  while (k < texts.length && (PORTFOLIO_WORDS.has(texts[k]!) || /^(and|,|['’]s)$/.test(texts[k]!))) k++;
  return Math.max(k, cut);
}

function personMention(
  tokens: Token[],
  a: number,
  b: number,
  body: string,
  sentenceIndex: number,
  title: string,
): Mention {
  const surface = span(tokens, a, b, body);
  const m: Mention = {
    sentence: sentenceIndex,
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
    t0: a,
    t1: b,
    surface,
    kind: 'PERSON',
    key: `person:${nameKey(surface)}`,
    name: surface,
    aliases: [surface],
    matchedAs: 'name',
    active: true,
  };
  if (title) m.title = title;
  return m;
}

/** How long a relative clause about a speaker may be before the reporting verb (", who …, told"). */
const RELATIVE_ASIDE_REACH = 24;

/** "Biden, speaking at the White House, said", "Okafor, 64, told": an aside between commas, then a report. */
function speaksAfterAside(tokens: Token[], b: number): boolean {
  if (tokens[b]?.text !== ',') return false;
  const next = tokens[b + 1]?.text ?? '';
  // (", who is also a member of the Political Bureau of …, told": a relative clause about the speaker)
  const who = next === 'who';
  if (!/^\p{Ll}+ing$/u.test(next) && !/^\d{2}$/.test(next) && !who) return false;
  const reach = who ? RELATIVE_ASIDE_REACH : 16;
  const close = tokens.findIndex((t, k) => k > b + 1 && k <= b + reach && t.text === ',');
  const verb = tokens[close + 1]?.lower ?? '';
  return close > 0 && lexicon().reporting.has(verb) && /(ed|s|said|told)$/.test(verb);
}

import type { ActorKind, Sentence } from '../../domain/article.js';
import { firstMatch } from '../rule.js';
import { cachedNameKey as nameKey } from '../keys.js';
import { lexicon, type LexEntry } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import { MENTION_RULES } from './mention-rules.js';
import { createScan, span } from './scan.js';
import {
  ALIAS_LEADS,
  commaBeforeName,
  ACCREDITED_POSTS,
  HONORIFIC_INITIALS,
  isCourtesyTitle,
  STYLES_OF_ADDRESS,
  GROUP_APPOSITION_NOUNS,
  inFormerTitle,
  MEDIA_NOUNS,
  TITLE_WORDS,
} from './words.js';

export type MentionKind = ActorKind | 'PLACE';

/** Affiliation key of a generic "army"/"military" in a title, resolved to the article's armed force. */
export const ARMY_REF = 'ref:army';

/** One mention of a (candidate) actor in a sentence. */
export interface Mention {
  sentence: number;
  /** Body offsets. */
  start: number;
  end: number;
  /** Token range in the sentence, end exclusive. */
  t0: number;
  t1: number;
  surface: string;
  kind: MentionKind;
  /** Grouping key: mentions with the same key are one actor (before person-name merging). */
  key: string;
  /** Display name of the actor. */
  name: string;
  /** Proper-name variants this mention contributes. */
  aliases: string[];
  /** How the mention was recognised: its name, a country adjective, a capital, a demonym, or a reference. */
  matchedAs: 'name' | 'adjective' | 'capital' | 'demonym' | 'reference';
  /** True when the mention shows the actor taking part (not a mere location or attribute). */
  active: boolean;
  entry?: LexEntry;
  /** For persons: the title before the name ("Foreign Minister"). */
  title?: string;
  /** A key this mention's owner is affiliated with (the org/country named in its title). */
  affiliation?: { key: string; role: string | null };
  /** For unknown single capitalised words: resolved later against person names. */
  partial?: boolean;
  /** A single unknown name that says something ("Roque said"): a person even if never named in full. */
  speaks?: boolean;
  /** A modifier, not a head ("Iran-aligned" in "the Iran-aligned Houthi movement"). */
  modifier?: boolean;
  /** An unknown acronym: an actor only if the article spells it out or uses it as a group ("PKK leader"). */
  needsEvidence?: boolean;
  /** The mention rule that read it. */
  rule?: string;
}

export interface SentenceAnalysis {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
}

/** Finds actor mentions in one sentence: at each word, the first mention rule that matches reads it. */
export function findMentions(sentence: Sentence, body: string): SentenceAnalysis {
  const scan = createScan(sentence, body);
  const { tokens } = scan;
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = tokens[i]!.word ? firstMatch(MENTION_RULES, { scan, i }) : undefined;
    if (!found) {
      i++;
      continue;
    }
    for (const m of found.output.mentions) mentions.push({ ...m, rule: m.rule ?? found.rule });
    i = Math.max(i + 1, found.output.next);
  }
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.entry || m.kind === 'MEDIA' || m.kind === 'COUNTRY') continue;
    const prev = m.t0 > 0 ? tokens[m.t0 - 1]!.lower : '';
    const mediaNoun = (k: number): boolean =>
      MEDIA_NOUNS.has(scan.lowerAt(k)) && (scan.lowerAt(k) !== 'agency' || scan.lowerAt(k - 1) === 'news');
    // ("on state television, Télé Sahel, on Wednesday": the outlet set off by commas after its noun)
    const apposed = prev === ',' && mediaNoun(m.t0 - 2) && tokens[m.t1]?.text === ',';
    if (mediaNoun(m.t0 - 1) || apposed || (prev === 'the' && mediaNoun(m.t0 - 2) && tokens[m.t0 - 1]!.cap)) {
      const from = prev === 'the' ? m.t0 - 1 : m.t0;
      const surface = span(tokens, from, m.t1, body);
      Object.assign(m, {
        ...scan.base(from, m.t1),
        kind: 'MEDIA',
        key: `name:${nameKey(surface.replace(/^the /i, ''))}`,
        name: surface,
        aliases: [surface],
        partial: false,
        active: true,
      });
      delete m.title;
      mentions.splice(n + 1, mentions.slice(n + 1).filter((o) => o.t0 < m.t1).length);
    }
  }
  // "peace in Syria, Iraq and Ukraine", "efforts for Yemen, Lebanon, Sudan": a country listed after a place is a place too
  for (let n = 1; n < mentions.length; n++) {
    const m = mentions[n]!;
    const prev = mentions[n - 1]!;
    if (m.kind !== 'COUNTRY' || m.matchedAs !== 'name' || !m.active || prev.active || !prev.entry) continue;
    if (prev.entry.kind !== 'COUNTRY' || (prev.kind !== 'COUNTRY' && prev.kind !== 'PLACE')) continue;
    // after a city only its own country qualifies it ("Nairobi, Kenya"); "in Nairobi, Ethiopia and Somalia met" names actors
    if (prev.kind === 'PLACE' && prev.entry.name !== m.entry?.name) continue;
    const gap = tokens.slice(prev.t1, m.t0).map((t) => t.lower);
    if (gap.length >= 1 && gap.length <= 2 && gap.every((w) => /^(,|and|or|all)$/.test(w))) m.active = false;
  }
  // Parenthetical aliases: "National Liberation Army (ELN)", "Hamas (Islamic Resistance Movement)"; "X, known as Y"
  for (let m = 0; m + 1 < mentions.length; m++) {
    const outer = mentions[m]!;
    const inner = mentions[m + 1]!;
    const parenthesised = tokens[outer.t1]?.text === '(' && inner.t0 === outer.t1 + 1 && tokens[inner.t1]?.text === ')';
    // "Alberto Fernández (Argentina)": a person's country in brackets is whom they serve, no other name of theirs
    const countryOfPerson = outer.kind === 'PERSON' && inner.entry?.kind === 'COUNTRY';
    if ((parenthesised || aliasLeadBetween(tokens, outer, inner)) && outer.kind !== 'PLACE' && !countryOfPerson) {
      // "the Coordination of Azawad Movements (CMA)": the name runs back to where its initials spell the acronym
      const spelled = parenthesised ? spelledOutBefore(tokens, outer, inner.surface) : -1;
      if (spelled >= 0) {
        const surface = span(tokens, spelled, outer.t1, body);
        Object.assign(outer, {
          ...scan.base(spelled, outer.t1),
          kind: 'ORGANIZATION',
          key: `name:${nameKey(surface)}`,
          name: surface,
          aliases: [surface],
        });
        delete outer.title;
        delete outer.affiliation;
        mentions.splice(0, m, ...mentions.slice(0, m).filter((o) => o.t1 <= spelled));
        m = mentions.indexOf(outer);
      }
      // "Barisan Revolusi Nasional (BRN)": a name with its acronym is an organization, not a person
      if (outer.kind === 'PERSON' && /^[A-Z]{2,7}$/.test(inner.surface) && acronymOf(outer.surface) === inner.surface) {
        outer.kind = 'ORGANIZATION';
        outer.key = `name:${nameKey(outer.surface)}`;
        delete outer.title;
        inner.kind = 'ORGANIZATION';
      }
      // "Independent Restoration Assembly (IRA)": the article's own spelling-out of an acronym beats the lexicon's
      const definesAcronym =
        /^[A-Z]{2,7}$/.test(inner.surface) && acronymOf(outer.surface.replace(/^the /i, '')) === inner.surface;
      if (
        inner.key !== outer.key &&
        (!inner.key.startsWith('lex:') || (definesAcronym && !outer.key.startsWith('lex:')))
      ) {
        inner.key = outer.key;
        inner.name = outer.name;
        inner.kind = outer.kind;
      } else if (inner.key !== outer.key && !outer.key.startsWith('lex:')) {
        outer.aliases.push(outer.surface);
        outer.key = inner.key;
        outer.name = inner.name;
        outer.kind = inner.kind;
      }
      outer.aliases.push(inner.surface);
    }
  }
  // "the Comuneros del Sur, a dissident faction of the ELN,": a name described as a group is an organization
  for (const m of mentions) {
    if (m.kind !== 'PERSON' || m.entry || m.title || !describedAsGroup(tokens, m.t1)) continue;
    m.kind = 'ORGANIZATION';
    m.key = `name:${nameKey(m.surface)}`;
  }
  attachAffiliations(tokens, mentions);
  attachAffiliations(tokens, mentions);
  return { sentence, tokens, mentions };
}

/** ", a dissident faction of …", ", an armed group": an apposition after token `t1` that calls it a group. */
function describedAsGroup(tokens: Token[], t1: number): boolean {
  if (tokens[t1]?.text !== ',' || !/^(a|an)$/.test(tokens[t1 + 1]?.lower ?? '')) return false;
  for (let k = t1 + 2; k < tokens.length && k <= t1 + 5; k++) {
    const t = tokens[k]!;
    if (GROUP_APPOSITION_NOUNS.has(t.lower)) return true;
    if (!t.word || t.cap || t.lower === 'of') return false;
  }
  return false;
}

/**
 * "the Coordination of Azawad Movements (CMA)", "Ejército de Liberación Nacional (ELN)": where a name of
 * capitalised words (joined by "of", "for", "and", "the") starts before `outer` whose initials are the
 * acronym's letters in any order (many acronyms come from another language's word order); -1 when the
 * name is `outer` alone or none fits. Three letters at least: two would fit too much.
 */
function spelledOutBefore(tokens: Token[], outer: Mention, acronym: string): number {
  if (!/^[A-Z]{3,7}$/.test(acronym)) return -1;
  const letters = [...acronym].sort().join('');
  const initials = (from: number): string =>
    tokens
      .slice(from, outer.t1)
      .filter((t) => t.cap && t.word)
      .map((t) => t.text[0]!.toUpperCase())
      .sort()
      .join('');
  if (initials(outer.t0) === letters || acronymOf(outer.surface) === acronym) return -1;
  for (let k = outer.t0 - 1; k >= 0 && k >= outer.t0 - 6; k--) {
    const t = tokens[k]!;
    if (!t.word || !(t.cap || /^(of|for|and|the)$/.test(t.lower))) return -1;
    if (t.cap && initials(k) === letters) return k;
  }
  return -1;
}

/** "Mohamed Hamdan Dagalo, known as Hemedti": only an alias lead (after an optional comma) between the two. */
function aliasLeadBetween(tokens: Token[], outer: Mention, inner: Mention): boolean {
  const from = tokens[outer.t1]?.text === ',' ? outer.t1 + 1 : outer.t1;
  const gap = inner.t0 - from;
  return gap > 0 && ALIAS_LEADS.some((p) => p.length === gap && p.every((w, n) => tokens[from + n]?.lower === w));
}

const COUNTERPART = 'counterpart';

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * "The Foreign Minister of Bahrain, Abdullatif Al Zayani," / "Minister of Foreign Affairs of the Kingdom
 * of Bahrain, Dr. X,": a title of a body, then the person's name after a comma.
 */
function titleOfBefore(tokens: Token[], mentions: Mention[], p: Mention): Mention['affiliation'] | null {
  const comma = commaBeforeName(tokens, p.t0);
  const body = mentions.find((o) => o.t1 === comma && o.kind !== 'PERSON' && o.kind !== 'PLACE');
  if (comma < 0 || !body) return null;
  let of = body.t0 - 1;
  if (tokens[of]?.lower === 'the') of--;
  if (tokens[of]?.lower !== 'of') return null;
  const words: string[] = [];
  for (let k = of - 1; k >= 0 && k >= of - 6; k--) {
    const t = tokens[k]!;
    if (!t.word || t.lower === 'the' || !(t.cap || t.lower === 'of')) break;
    if (mentions.some((o) => o.t0 <= k && k < o.t1)) break;
    words.unshift(t.text);
  }
  const start = of - words.length;
  const opens = start === 0 || /^(the|,)$/i.test(tokens[start - 1]?.text ?? '');
  if (!opens || !words.some(isTitleWord)) return null;
  return { key: body.key, role: words.join(' ') };
}

/** A word of a title: a role of the lexicon ("minister", "envoy") or a title written before names ("Gen."). */
export const isTitleWord = (word: string): boolean =>
  lexicon().titleSet.has(word.toLowerCase()) || TITLE_WORDS.has(word);

/** "'s top diplomat," after a body's name: the title it possesses, up to a comma or the sentence's end. */
function possessedTitle(tokens: Token[], at: number): string | null {
  if (!/^['’]s?$/.test(tokens[at]?.text ?? '')) return null;
  const words: string[] = [];
  for (let k = at + 1; k < tokens.length && k <= at + 4; k++) {
    const t = tokens[k]!;
    if (!t.word) return /^[,.;]$/.test(t.text) && words.some(isTitleWord) ? words.join(' ') : null;
    words.push(t.text);
  }
  return null;
}

/** How many words a title's "for …" may take before the comma and the name ("envoy for the Horn of Africa, X"). */
const TITLE_FOR_REACH = 8;

/**
 * The last word of a title set off from the name at `t0` by a comma ("chairperson, Moussa Faki"), past what
 * the title is for ("envoy for Sudan, Ramtane Lamamra"); -1 when there is none.
 */
function titleBeforeComma(tokens: Token[], t0: number, titleWord: (t: Token | undefined) => boolean): number {
  if (tokens[t0 - 1]?.text !== ',') return -1;
  if (titleWord(tokens[t0 - 2])) return t0 - 2;
  for (let j = t0 - 2; j >= Math.max(1, t0 - 1 - TITLE_FOR_REACH); j--) {
    if (!tokens[j]!.word) return -1;
    // ("The Minister of Foreign Affairs, X": "of" after a capitalised title; "Kim's chief of protocol, X" has none)
    const leads = /^(for|on|to)$/.test(tokens[j]!.lower) || (tokens[j]!.lower === 'of' && !!tokens[j - 1]?.cap);
    if (leads && titleWord(tokens[j - 1])) return j - 1;
  }
  return -1;
}

/**
 * "UN special envoy for Syria Geir Pedersen", "Russia's envoy to the United Nations Vassily Nebenzia":
 * what a title covers, named after it, is not whom the person serves. When the actor ending at token
 * `end` follows "for", "to" or "on" after a title word, returns where that title ends and the words
 * of what it covers ("for Syria"); else null.
 */
function titleScopeEndingAt(
  tokens: Token[],
  mentions: Mention[],
  end: number,
  titleWord: (t: Token | undefined) => boolean,
): { titleEnd: number; words: string[] } | null {
  const covered = mentions.find((o) => o.t1 - 1 === end && o.kind !== 'PERSON');
  if (!covered) return null;
  let q = covered.t0 - 1;
  if (tokens[q]?.lower === 'the') q--;
  if (!/^(for|to|on)$/.test(tokens[q]?.lower ?? '') || !titleWord(tokens[q - 1])) return null;
  return { titleEnd: q - 1, words: tokens.slice(q, covered.t1).map((t) => t.text) };
}

/**
 * "Prime Minister Sheikh", "official Sheikh": the office, without the courtesy titles written before a name
 * ("Crown Prince" is an office of its own).
 */
function officeOf(text: string): string | null {
  const words = text.split(' ').filter(Boolean);
  const office = (w: string, k: number) =>
    !isCourtesyTitle(w) ||
    // ("Crown Prince": a courtesy word inside an office)
    (!HONORIFIC_INITIALS.has(w) && lexicon().titleSet.has(`${words[k - 1] ?? ''} ${w}`.toLowerCase()));
  return words.filter(office).join(' ') || null;
}

/** "ambassador", "envoy": a post held at a body on behalf of someone else. */
function accreditedPost(roleWords: string[]): boolean {
  return roleWords.some((w) => ACCREDITED_POSTS.has(w.toLowerCase()));
}

/** "Britain's U.N.": the state whose possessive stands right before the body mention, if any. */
function senderBefore(tokens: Token[], mentions: Mention[], body: Mention): Mention | undefined {
  if (body.kind !== 'ORGANIZATION' || !/^['’]s?$/.test(tokens[body.t0 - 1]?.text ?? '')) return undefined;
  return mentions.find((o) => o.t1 === body.t0 - 1 && o.entry?.kind === 'COUNTRY');
}

/**
 * Titles and appositions: "Hamas spokesman Hazem Qassem", "Kenyan President William Ruto",
 * "Redwan Hussain, National Security Advisor to the Prime Minister", "the leader of the
 * Palestinian movement, Ismail Haniya".
 */
function attachAffiliations(tokens: Token[], mentions: Mention[]): void {
  const lex = lexicon();
  for (let m = 0; m < mentions.length; m++) {
    const p = mentions[m]!;
    if (p.kind !== 'PERSON') continue;
    // look back over title words to an org/country mention
    const titleWord = (t: Token | undefined) => !!t && isTitleWord(t.text);
    // "the African Union Commission chairperson, Moussa Faki", "the UN envoy for Sudan, Ramtane Lamamra": the
    // title and the name apart by a comma (what the title is for between them)
    const titleEnd = titleBeforeComma(tokens, p.t0, titleWord);
    const apart = titleEnd >= 0;
    let k = apart ? titleEnd : p.t0 - 1;
    const start = k + 1;
    const roleWords: string[] = [];
    // "Deputy Prime Minister and Foreign Minister Ishaq Dar": one person's two offices
    const joinsTitles = (k: number) =>
      tokens[k]!.text === 'and' &&
      (titleWord(tokens[k - 1]) || !!titleScopeEndingAt(tokens, mentions, k - 1, titleWord)) &&
      titleWord(tokens[k + 1]);
    let scoped = 0;
    // a title ends at a determiner or a clause word ("a planned meeting between the army chief X" → "army chief")
    for (;;) {
      // "Ambassador to Türkiye and Special Envoy for Syria": what a title covers, then the title
      // (only right before the name, a title or "and": "a US official to Caracas since Trump" has none)
      const next = tokens[k + 1];
      const heads = k + 1 === start || titleWord(next) || next?.lower === 'and';
      const scope = apart || !heads ? null : titleScopeEndingAt(tokens, mentions, k, titleWord);
      if (scope) {
        roleWords.unshift(...scope.words);
        scoped += scope.words.length;
        k = scope.titleEnd;
        continue;
      }
      const more =
        k >= 0 &&
        tokens[k]!.word &&
        (joinsTitles(k) ||
          (!/^(the|a|an|between|with|by|and|to|from|said|says|told|met|meets|as|on|upon|at|called|calls)$/.test(
            tokens[k]!.text,
          ) &&
            (titleWord(tokens[k]) || /^[a-z-]+$/.test(tokens[k]!.text)))) &&
        start - k - scoped <= (roleWords.includes('and') ? 8 : 5) &&
        !mentions.some((o) => o.t1 - 1 === k);
      if (!more) break;
      roleWords.unshift(tokens[k]!.text);
      k--;
    }
    // "Egypt's President Abdel Fattah al-Sisi", "Serbia's Petar Petkovic": the owner before its possessive
    if (/^['’]s?$/.test(tokens[k]?.text ?? '')) k--;
    // "RTS quoted Vucic": plain words between an actor and a person are not a title
    const titled = roleWords.length === 0 || roleWords.some(isTitleWord);
    let owner = titled
      ? mentions.find((o) => o.t1 - 1 === k && o !== p && o.kind !== 'PERSON' && o.kind !== 'PLACE')
      : undefined;
    // "Britain's U.N. ambassador X": the body a post is accredited to, and before it the state that sends X
    const sender = owner && accreditedPost(roleWords) ? senderBefore(tokens, mentions, owner) : undefined;
    if (sender && owner) {
      roleWords.unshift(owner.surface);
      owner = sender;
    }
    let role = officeOf(roleWords.join(' '));
    const title = officeOf(p.title ?? '');
    if (title && !(role ?? '').includes(title)) role = role ? `${title} ${role}` : title;
    // "Lavrov and his Turkish counterpart Hakan Fidan": the counterpart holds the office of the person before
    if (role === COUNTERPART)
      role =
        mentions.slice(0, m).findLast((o) => o.kind === 'PERSON' && o.affiliation?.role)?.affiliation?.role ?? role;
    if (owner) {
      // "former Nigerian leader X": X no longer serves Nigeria, and the role says so
      const former = inFormerTitle(tokens, owner.t0, lex.titleSet) && !!role && !/^former\b/i.test(role);
      p.affiliation = { key: owner.key, role: former ? `former ${role}` : role };
      if (owner.matchedAs === 'adjective' && !inFormerTitle(tokens, owner.t0, lex.titleSet)) owner.active = true;
      continue;
    }
    const titledOf = titleOfBefore(tokens, mentions, p);
    if (titledOf) {
      p.affiliation = titledOf;
      continue;
    }
    // "The Minister of Foreign Affairs, Ahmed Attaf,": the title set off before the name is the person's ("the minister")
    if (apart && role && !p.title) p.title = role;
    const forceAt = roleWords.findIndex((w) => /^(army|military)$/i.test(w));
    if (forceAt >= 0) {
      const rest = roleWords.slice(forceAt + 1).join(' ');
      p.affiliation = { key: ARMY_REF, role: rest || null };
      continue;
    }
    // "Sayyid Badr Albusaidi, Minister of Foreign Affairs, said": an office set off after the name, no body named
    // ("His Highness Sayyid Badr …": a style of address is no office)
    const styled = !p.title || p.title.split(' ').every((w) => STYLES_OF_ADDRESS.has(w));
    const office = !styled || p.affiliation ? null : officeSetOffAfter(tokens, mentions, p);
    if (office) {
      p.title = office;
      continue;
    }
    // ", the lead negotiator for X," / ", spokesman for the ELN," after the name
    if (tokens[p.t1]?.text === ',') {
      const after = mentions.find((o) => o.t0 > p.t1 && o.t0 <= p.t1 + 8 && o.kind !== 'PERSON' && o.kind !== 'PLACE');
      const between = after ? tokens.slice(p.t1 + 1, after.t0).map((t) => t.lower) : [];
      // "X, said the Secretary-General “calls on Y”": a clause, not an apposition
      const clause = between.some((w) => lex.reporting.has(w) || /^[“”"]$/.test(w));
      if (after && between.some((w) => lex.titleSet.has(w)) && !between.includes(',') && !clause) {
        p.affiliation = {
          key: after.key,
          role:
            between.filter((w) => !['the', 'a', 'an', 'of', 'for', 'to', 'with', 'at'].includes(w)).join(' ') || null,
        };
      } else if (after && between.every((w) => w === 'the') && !clause) {
        // ", the EU's top diplomat,": the body's, then its title
        const role = possessedTitle(tokens, after.t1);
        if (role) p.affiliation = { key: after.key, role };
      }
    }
  }
}

/** ", Minister of Foreign Affairs," right after a person: the office's words, when the aside names nobody. */
function officeSetOffAfter(tokens: Token[], mentions: Mention[], p: Mention): string | null {
  if (tokens[p.t1]?.text !== ',') return null;
  const close = tokens.findIndex((t, k) => k > p.t1 + 1 && k <= p.t1 + 1 + OFFICE_ASIDE_WORDS && t.text === ',');
  if (close < 0) return null;
  const words = tokens.slice(p.t1 + 1, close);
  const lex = lexicon();
  if (!words.every((t) => t.word) || !lex.titleSet.has(words[0]!.lower) || !/^\p{Lu}/u.test(words[0]!.text))
    return null;
  // (the office itself read as a body's name is no body: "Minister of Foreign Affairs")
  if (mentions.some((o) => o.t0 > p.t1 && o.t1 <= close && !(o.t0 === p.t1 + 1 && o.t1 === close))) return null;
  return officeOf(words.map((t) => t.text).join(' '));
}

/** Words of an office set off after a name ("Minister of Foreign Affairs and International Cooperation"). */
const OFFICE_ASIDE_WORDS = 8;

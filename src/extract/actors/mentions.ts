import type { ActorKind, Sentence } from '../../domain/article.js';
import { cachedNameKey as nameKey } from '../keys.js';
import { lexicon, type FormHit, type LexEntry } from '../lexicon/index.js';
import { tokenize, type Token } from '../tokens.js';
import {
  ACTOR_NOUNS,
  CAP_STOP,
  CONNECTORS,
  DATE_WORDS,
  GROUP_NOUNS,
  LOCATIVE,
  MEDIA_HEADS,
  MEDIA_NOUNS,
  NAME_PARTICLES,
  NON_ACTOR_HEADS,
  NON_PERSON_LEADS,
  ORG_ADJ_STOP,
  ORG_HEADS,
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
  /** How the actor is named: by its name, a country adjective, a capital, a demonym. */
  via: 'name' | 'adjective' | 'capital' | 'demonym' | 'reference';
  /** True when the mention shows the actor taking part (not a mere location or attribute). */
  active: boolean;
  entry?: LexEntry;
  /** For persons: the title before the name ("Foreign Minister"). */
  title?: string;
  /** A key this mention's owner is affiliated with (the org/country named in its title). */
  affiliation?: { key: string; role: string | null };
  /** For unknown single capitalised words: resolved later against person names. */
  partial?: boolean;
  /** A modifier, not a head ("Iran-aligned" in "the Iran-aligned Houthi movement"). */
  modifier?: boolean;
  /** An unknown acronym: an actor only if the article spells it out or uses it as a group ("PKK leader"). */
  needsEvidence?: boolean;
}

export interface SentenceAnalysis {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
}

const isNameCap = (t: Token | undefined): boolean =>
  !!t && t.word && (t.cap || /^(al|el|ad|as|ash|an|ar|at|az|bin|ibn)-\p{Lu}/u.test(t.text));

const DEPTS: Array<[RegExp, string, string]> = [
  [/^foreign( affairs)?$/i, 'Foreign', 'Foreign Affairs'],
  [/^defen[cs]e$/i, 'Defense', 'Defense'],
  [/^interior$/i, 'Interior', 'Interior'],
  [/^finance$/i, 'Finance', 'Finance'],
  [/^justice$/i, 'Justice', 'Justice'],
  [/^information$/i, 'Information', 'Information'],
  [/^health$/i, 'Health', 'Health'],
];

function dept(words: string): [string, string] | null {
  for (const [re, short, full] of DEPTS) if (re.test(words)) return [short, full];
  return null;
}

function ministryMention(
  country: LexEntry,
  short: string,
  full: string,
  surface: string,
): Pick<Mention, 'kind' | 'key' | 'name' | 'aliases'> {
  const adj = country.adjectives?.[0] ?? country.name;
  const name = `${adj} ${short} Ministry`;
  return {
    kind: 'ORGANIZATION',
    key: `ministry:${country.name}:${short}`,
    name,
    aliases: [
      surface.replace(/^the /i, ''),
      `${country.name}'s ${short} Ministry`,
      `Ministry of ${full} of ${country.name}`,
      `${adj} Ministry of ${full}`,
      `Ministry of ${adj} ${full}`,
      `${country.name} Ministry of ${full}`,
    ],
  };
}

/** First tokens of all lexicon forms (exact and lower-cased): most tokens start none, and are skipped at once. */
let firstTokens: { exact: Set<string>; lower: Set<string> } | undefined;
function lexFirstTokens(): { exact: Set<string>; lower: Set<string> } {
  if (!firstTokens) {
    const lex = lexicon();
    const exact = new Set<string>();
    const lower = new Set<string>();
    for (const f of lex.forms.keys()) {
      const t = tokenize(f, 0)[0];
      if (t) {
        exact.add(t.text);
        lower.add(t.lower);
      }
    }
    for (const f of lex.lowerForms.keys()) {
      const t = tokenize(f, 0)[0];
      if (t) lower.add(t.lower);
    }
    firstTokens = { exact, lower };
  }
  return firstTokens;
}

/** lexAt results for the sentence being analysed (the same positions are asked for many times). */
let cacheTokens: Token[] | null = null;
let cache: Array<FormHit | null | undefined> = [];

/** Longest lexicon form starting at token i. */
function lexAt(tokens: Token[], i: number): FormHit | undefined {
  if (cacheTokens !== tokens) {
    cacheTokens = tokens;
    cache = [];
  }
  const known = cache[i];
  if (known !== undefined) return known ?? undefined;
  const first = tokens[i];
  const ft = lexFirstTokens();
  const hit = first && (ft.exact.has(first.text) || ft.lower.has(first.lower)) ? lexAtUncached(tokens, i) : undefined;
  cache[i] = hit ?? null;
  return hit;
}

function lexAtUncached(tokens: Token[], i: number): FormHit | undefined {
  const lex = lexicon();
  let best: FormHit | undefined;
  let text = '';
  for (let n = 0; n < lex.maxFormTokens && i + n < tokens.length; n++) {
    const t = tokens[i + n]!;
    text = n === 0 ? t.text : `${text}${t.start > tokens[i + n - 1]!.end ? ' ' : ''}${t.text}`;
    const lower = text.toLowerCase();
    const hit = lex.forms.get(text) ?? (n > 0 ? lex.lowerForms.get(lower) : undefined);
    if (hit && (n > 0 || tokens[i]!.cap)) best = { ...hit, length: n + 1 };
    // every longer candidate starts with `text`: none can match once no form starts with it
    if (!lex.formPrefixes.has(text) && !lex.lowerFormPrefixes.has(lower)) break;
  }
  return best;
}

const span = (tokens: Token[], a: number, b: number, body: string): string =>
  body.slice(tokens[a]!.start, tokens[b - 1]!.end);

/** Finds actor mentions in one sentence. */
export function findMentions(sentence: Sentence, body: string): SentenceAnalysis {
  const lex = lexicon();
  const tokens = tokenize(sentence.text, sentence.start);
  const mentions: Mention[] = [];
  const lowerAt = (k: number): string => tokens[k]?.lower ?? '';
  const base = (a: number, b: number): Pick<Mention, 'sentence' | 'start' | 'end' | 't0' | 't1' | 'surface'> => ({
    sentence: sentence.index,
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
    t0: a,
    t1: b,
    surface: span(tokens, a, b, body),
  });
  const locative = (a: number): boolean => {
    let k = a - 1;
    if (lowerAt(k) === 'the') k--;
    return LOCATIVE.has(lowerAt(k));
  };
  const _possessive = (k: number): boolean =>
    tokens[k]?.text === "'" || tokens[k]?.text === '’' || /^['’]s$/.test(tokens[k]?.text ?? '');
  const skipPossessive = (k: number): number => {
    if ((tokens[k]?.text === "'" || tokens[k]?.text === '’') && lowerAt(k + 1) === 's') return k + 2;
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) return k + 1;
    return k;
  };

  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (!tok.word) {
      i++;
      continue;
    }
    // "Iranian-backed", "UN-brokered", "U.S.-led": the prefix names an actor
    const compound = tok.text.includes('-')
      ? /^(.+?)-(backed|led|brokered|mediated|sponsored|aligned|supported|allied|funded|hosted|facilitated|run|controlled)$/i.exec(
          tok.text,
        )
      : null;
    if (compound) {
      const hit = lex.forms.get(compound[1]!);
      if (hit && hit.role !== 'capital') {
        const e = hit.entry;
        mentions.push({
          ...base(i, i + 1),
          kind: e.kind,
          key: `lex:${e.name}`,
          name: e.name,
          aliases: [],
          via: hit.role === 'name' ? 'name' : 'adjective',
          active: true,
          entry: e,
          modifier: true,
        });
      }
      i++;
      continue;
    }
    // "Ministry of (Turkish) Foreign Affairs (of Turkey)"
    if (tok.text === 'Ministry' && lowerAt(i + 1) === 'of') {
      let k = i + 2;
      let country: LexEntry | undefined;
      const adjHit = lexAt(tokens, k);
      if (adjHit && adjHit.entry.kind === 'COUNTRY' && adjHit.role === 'adjective') {
        country = adjHit.entry;
        k += adjHit.length;
      }
      const d = dept(`${tokens[k]?.text ?? ''}${lowerAt(k + 1) === 'affairs' ? ' affairs' : ''}`);
      if (d) {
        k += lowerAt(k + 1) === 'affairs' ? 2 : 1;
        if (!country && lowerAt(k) === 'of') {
          const j = lowerAt(k + 1) === 'the' ? k + 2 : k + 1;
          const h = lexAt(tokens, j);
          if (h && h.entry.kind === 'COUNTRY') {
            country = h.entry;
            k = j + h.length;
          }
        }
        if (country) {
          const surface = span(tokens, i, k, body);
          mentions.push({ ...base(i, k), ...ministryMention(country, d[0], d[1], surface), via: 'name', active: true });
          i = k;
          continue;
        }
      }
    }
    // "Government of Colombia", "government of the United States"
    if (tok.lower === 'government' && lowerAt(i + 1) === 'of') {
      const j = lowerAt(i + 2) === 'the' ? i + 3 : i + 2;
      const h = lexAt(tokens, j);
      if (h && h.entry.kind === 'COUNTRY' && h.role === 'name') {
        const e = h.entry;
        mentions.push({
          ...base(i, j + h.length),
          kind: 'COUNTRY',
          key: `lex:${e.name}`,
          name: e.name,
          aliases: [span(tokens, i, j + h.length, body)],
          via: 'name',
          active: true,
          entry: e,
        });
        i = j + h.length;
        continue;
      }
    }
    // "United Nations-hosted": a multi-word lexicon name glued to a compound suffix
    if (tok.cap && lex.maxFormTokens > 1) {
      let glued: Mention | undefined;
      for (let n = 1; n < Math.min(4, lex.maxFormTokens) && i + n < tokens.length && !glued; n++) {
        if (!tokens[i + n]!.text.includes('-')) continue;
        const last = /^(.+?)-(backed|led|brokered|mediated|sponsored|hosted|facilitated)$/i.exec(tokens[i + n]!.text);
        if (!last) continue;
        const name = `${span(tokens, i, i + n, body)} ${last[1]}`;
        const h = lex.forms.get(name);
        if (h && h.role !== 'capital')
          glued = {
            ...base(i, i + n + 1),
            kind: h.entry.kind,
            key: `lex:${h.entry.name}`,
            name: h.entry.name,
            aliases: [],
            via: 'name',
            active: true,
            entry: h.entry,
          };
        if (!last || tokens[i + n]!.start !== tokens[i + n - 1]!.end + 1) break;
      }
      if (glued) {
        mentions.push(glued);
        i = glued.t1;
        continue;
      }
    }
    const hit = isNameCap(tok) || tok.cap ? lexAt(tokens, i) : undefined;
    if (hit) {
      const e = hit.entry;
      const k = i + hit.length;
      // a lexicon name that is only the start of a longer unknown name ("Kenya Airways") is not it
      if (e.kind === 'COUNTRY' && hit.role !== 'demonym' && startsLongerName(tokens, k, hit.role === 'adjective')) {
        // handled as a chunk below ("Tigray Defense Forces" style)
      } else if (e.kind === 'COUNTRY') {
        const country = e;
        const afterPos = skipPossessive(k);
        const hasPos = afterPos !== k;
        const j = afterPos;
        // "<Adj>/<Country>'s/<Capital>'s Foreign Ministry" / "foreign ministry" / "Ministry of Foreign Affairs"
        const d1 = dept(`${lowerAt(j)}${lowerAt(j + 1) === 'affairs' ? ' affairs' : ''}`);
        if ((hit.role === 'adjective' || hasPos || hit.role === 'name') && d1) {
          const m = j + (lowerAt(j + 1) === 'affairs' ? 2 : 1);
          if (lowerAt(m) === 'ministry') {
            const surface = span(tokens, i, m + 1, body);
            mentions.push({
              ...base(i, m + 1),
              ...ministryMention(country, d1[0], d1[1], surface),
              via: 'name',
              active: true,
            });
            i = m + 1;
            continue;
          }
        }
        if ((hit.role === 'adjective' || hasPos) && lowerAt(j) === 'ministry' && lowerAt(j + 1) === 'of') {
          const d2 = dept(`${tokens[j + 2]?.text ?? ''}${lowerAt(j + 3) === 'affairs' ? ' affairs' : ''}`);
          if (d2) {
            const m = j + 2 + (lowerAt(j + 3) === 'affairs' ? 2 : 1);
            mentions.push({
              ...base(i, m),
              ...ministryMention(country, d2[0], d2[1], span(tokens, i, m, body)),
              via: 'name',
              active: true,
            });
            i = m;
            continue;
          }
        }
        // "the Ethiopian government", "Yemen's internationally recognized government", "Abiy's government"
        if (hit.role === 'adjective' || hasPos || hit.role === 'name') {
          let g = j;
          while (
            g < j + 4 &&
            g < tokens.length &&
            tokens[g]!.word &&
            !/^(government|gov't|govt|authorities|administration)$/i.test(tokens[g]!.text) &&
            /^[a-z-]+$/.test(tokens[g]!.text) &&
            hasPos
          )
            g++;
          if (
            /^(government|gov't|govt|authorities|administration)$/i.test(tokens[g]?.text ?? '') &&
            (g === j || hasPos)
          ) {
            const surface = span(tokens, i, g + 1, body);
            mentions.push({
              ...base(i, g + 1),
              kind: 'COUNTRY',
              key: `lex:${e.name}`,
              name: e.name,
              aliases: [surface.replace(/^the /i, '')],
              via: 'name',
              active: true,
              entry: e,
            });
            i = g + 1;
            continue;
          }
          // "Sudanese army", "Ethiopian military": a known armed force or a generic one
          if (/^(army|military|armed)$/i.test(lowerAt(j)) && hit.role !== 'capital') {
            const end = lowerAt(j) === 'armed' && lowerAt(j + 1) === 'forces' ? j + 2 : j + 1;
            const surface = span(tokens, i, end, body);
            const known =
              lex.forms.get(surface) ??
              lex.lowerForms.get(surface.toLowerCase()) ??
              lex.lowerForms.get(`${(e.adjectives?.[0] ?? e.name).toLowerCase()} army`);
            if (known && known.entry.kind === 'ORGANIZATION') {
              mentions.push({
                ...base(i, end),
                kind: 'ORGANIZATION',
                key: `lex:${known.entry.name}`,
                name: known.entry.name,
                aliases: [surface],
                via: 'name',
                active: true,
                entry: known.entry,
                affiliation: { key: `lex:${e.name}`, role: null },
              });
            } else {
              const name = `${e.adjectives?.[0] ?? e.name} army`;
              mentions.push({
                ...base(i, end),
                kind: 'ORGANIZATION',
                key: `army:${e.name}`,
                name,
                aliases: [surface],
                via: 'name',
                active: true,
                affiliation: { key: `lex:${e.name}`, role: null },
              });
            }
            i = end;
            continue;
          }
        }
        let active: boolean;
        const next = lowerAt(j);
        if (hit.role === 'adjective') {
          active = ACTOR_NOUNS.has(next) || (isNameCap(tokens[j]) && TITLE_WORDS.has(tokens[j]!.text));
        } else if (hit.role === 'capital') {
          active =
            (hasPos && ACTOR_NOUNS.has(next)) ||
            (!locative(i) && !hasPos && lex.reporting.has(next)) ||
            /^(accusing|accused|accuse|between|urged|warned)$/.test(lowerAt(i - 1)) ||
            (lowerAt(i - 1) === 'and' && lowerAt(i - 3) === 'between');
        } else if (hit.role === 'demonym') {
          active = lowerAt(i - 1) === 'the' && !tokens[k]?.word && e.kind === 'COUNTRY' && !/s$/.test(tok.text);
        } else {
          // "officials from Qatar", "delegations from Russia": the country takes part
          active = !locative(i) || (lowerAt(i - 1) === 'from' && ACTOR_NOUNS.has(lowerAt(i - 2)));
        }
        mentions.push({
          ...base(i, k),
          kind: 'COUNTRY',
          key: `lex:${e.name}`,
          name: e.name,
          aliases: hit.role === 'name' ? [span(tokens, i, k, body)] : [],
          via: hit.role,
          active,
          entry: e,
        });
        // a capital that is not the state is a place
        if (hit.role === 'capital' && !active) mentions[mentions.length - 1]!.kind = 'PLACE';
        i = k;
        continue;
      } else {
        // "United Nations Support Mission in Libya": a lexicon name that starts a longer organization name
        if (e.kind === 'ORGANIZATION') {
          let e2 = k;
          while (
            e2 < tokens.length &&
            isNameCap(tokens[e2]) &&
            !CAP_STOP.has(tokens[e2]!.text) &&
            !lexAt(tokens, e2) &&
            tokens[e2]!.start === tokens[e2 - 1]!.end + 1
          )
            e2++;
          if (e2 > k && ORG_HEADS.has(tokens[e2 - 1]!.text)) {
            const where = /^(in|for|to|on)$/.test(lowerAt(e2)) ? lexAt(tokens, e2 + 1) : undefined;
            if (where && where.entry.kind === 'COUNTRY' && where.role === 'name') e2 += 1 + where.length;
            const long = span(tokens, i, e2, body);
            mentions.push({
              ...base(i, e2),
              kind: 'ORGANIZATION',
              key: `name:${nameKey(long)}`,
              name: long,
              aliases: [long],
              via: 'name',
              active: true,
              affiliation: { key: `lex:${e.name}`, role: null },
            });
            i = e2;
            continue;
          }
        }
        // organization or outlet from the lexicon
        const surface = span(tokens, i, k, body);
        mentions.push({
          ...base(i, k),
          kind: e.kind,
          key: `lex:${e.name}`,
          name: e.name,
          aliases: [surface],
          via: 'name',
          active: true,
          entry: e,
        });
        i = k;
        continue;
      }
    }
    // "National News Agency", "Supreme Council": an adjective that starts an organization or outlet name
    if (ORG_ADJ_STOP.has(tok.text) && lowerAt(i - 1) !== 'according') {
      let k = i + 1;
      while (k < tokens.length && isNameCap(tokens[k]) && !CAP_STOP.has(tokens[k]!.text) && !lexAt(tokens, k)) k++;
      const head = tokens[k - 1]!.text;
      if (k > i + 1 && (ORG_HEADS.has(head) || MEDIA_HEADS.has(head))) {
        const m = classifyChunk(tokens, i, k, body, sentence.index, false);
        if (m) {
          mentions.push(...m);
          i = k;
          continue;
        }
      }
    }
    // "the Kenyan daily The Standard": an outlet whose name starts with "The"
    if (
      tok.text === 'The' &&
      MEDIA_NOUNS.has(lowerAt(i - 1)) &&
      lowerAt(i - 1) !== 'agency' &&
      isNameCap(tokens[i + 1]) &&
      !lexAt(tokens, i + 1)
    ) {
      let k = i + 1;
      while (k < tokens.length && isNameCap(tokens[k]) && !CAP_STOP.has(tokens[k]!.text)) k++;
      const surface = span(tokens, i, k, body);
      mentions.push({
        ...base(i, k),
        kind: 'MEDIA',
        key: `name:${nameKey(surface.slice(4))}`,
        name: surface,
        aliases: [surface],
        via: 'name',
        active: true,
      });
      i = k;
      continue;
    }
    // Unknown capitalised chunk
    if (CAP_STOP.has(tok.text) || DATE_WORDS.has(tok.text.replace(/\.$/, ''))) {
      i++;
      continue;
    }
    const caps = allCapsRun(tokens, i);
    if (caps > i + 1 || (caps === i + 1 && tok.text.length > 7)) {
      // a heading, dateline or credit in capitals ("MOSCOW (Reuters) -", "PHOTO: AFP/REUTERS"): only known names count
      const known = capsLexicon(tokens, i, caps, body);
      if (known) mentions.push({ ...base(i, caps), ...known });
      i = caps;
      continue;
    }
    if (isNameCap(tok)) {
      let k = i + 1;
      while (k < tokens.length) {
        const t = tokens[k]!;
        if (isNameCap(t) && !DATE_WORDS.has(t.text.replace(/\.$/, '')) && !lexStartsOrg(tokens, k, i)) {
          k++;
          continue;
        }
        // "Movement for the Liberation of Azawad": "of the"/"for the" inside an organization's name
        if (
          (t.lower === 'of' || t.lower === 'for') &&
          tokens[k + 1]?.lower === 'the' &&
          isNameCap(tokens[k + 2]) &&
          !CAP_STOP.has(tokens[k + 2]!.text) &&
          tokens.slice(i, k).some((x) => ORG_HEADS.has(x.text))
        ) {
          k += 2;
          continue;
        }
        if (
          t.word &&
          CONNECTORS.has(t.lower) &&
          isNameCap(tokens[k + 1]) &&
          !CAP_STOP.has(tokens[k + 1]!.text) &&
          !(t.lower === 'and' && !TITLE_WORDS.has(tokens[k - 1]!.text))
        ) {
          k++;
          continue;
        }
        break;
      }
      let a = i;
      while (a < k && CAP_STOP.has(tokens[a]!.text)) a++;
      if (a < k) {
        const m = classifyChunk(tokens, a, k, body, sentence.index, i === 0 || !tokens[i - 1]!.word);
        if (m) mentions.push(...m);
      }
      i = k;
      continue;
    }
    i++;
  }
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.entry || m.kind === 'MEDIA' || m.kind === 'COUNTRY') continue;
    const prev = m.t0 > 0 ? tokens[m.t0 - 1]!.lower : '';
    const mediaNoun = (k: number): boolean =>
      MEDIA_NOUNS.has(lowerAt(k)) && (lowerAt(k) !== 'agency' || lowerAt(k - 1) === 'news');
    if (mediaNoun(m.t0 - 1) || (prev === 'the' && mediaNoun(m.t0 - 2) && tokens[m.t0 - 1]!.cap)) {
      const from = prev === 'the' ? m.t0 - 1 : m.t0;
      const surface = span(tokens, from, m.t1, body);
      Object.assign(m, {
        ...base(from, m.t1),
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
  // Parenthetical aliases: "National Liberation Army (ELN)", "Hamas (Islamic Resistance Movement)"
  for (let m = 0; m + 1 < mentions.length; m++) {
    const outer = mentions[m]!;
    const inner = mentions[m + 1]!;
    if (
      tokens[outer.t1]?.text === '(' &&
      inner.t0 === outer.t1 + 1 &&
      tokens[inner.t1]?.text === ')' &&
      outer.kind !== 'PLACE'
    ) {
      // "Barisan Revolusi Nasional (BRN)": a name with its acronym is an organization, not a person
      if (outer.kind === 'PERSON' && /^[A-Z]{2,7}$/.test(inner.surface) && acronymOf(outer.surface) === inner.surface) {
        outer.kind = 'ORGANIZATION';
        outer.key = `name:${nameKey(outer.surface)}`;
        delete outer.title;
        inner.kind = 'ORGANIZATION';
      }
      if (inner.key !== outer.key && !inner.key.startsWith('lex:')) {
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
  attachAffiliations(tokens, mentions);
  return { sentence, tokens, mentions };
}

const isAllCaps = (t: Token | undefined): boolean =>
  !!t && t.word && /\p{L}{2}/u.test(t.text) && !/\p{Ll}/u.test(t.text);

/** End of the run of words in capitals starting at i ("ADDIS ABABA"), i when tokens[i] is not one. */
function allCapsRun(tokens: Token[], i: number): number {
  let k = i;
  while (isAllCaps(tokens[k])) k++;
  return k;
}

/** Words in capitals read as the lexicon name they spell ("REUTERS" → Reuters), as a place or a passive mention. */
function capsLexicon(
  tokens: Token[],
  a: number,
  b: number,
  body: string,
): Omit<Mention, 'sentence' | 'start' | 'end' | 't0' | 't1' | 'surface'> | null {
  const lex = lexicon();
  const text = span(tokens, a, b, body);
  const titled = text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const hit = lex.forms.get(titled) ?? lex.lowerForms.get(text.toLowerCase());
  if (!hit && !lex.places.has(titled)) return null;
  if (!hit || hit.role === 'capital' || hit.role === 'demonym')
    return { kind: 'PLACE', key: `place:${nameKey(titled)}`, name: titled, aliases: [], via: 'name', active: false };
  const e = hit.entry;
  return { kind: e.kind, key: `lex:${e.name}`, name: e.name, aliases: [], via: hit.role, active: false, entry: e };
}

/** "X leader", "X said", "X fighters": the word after an acronym shows it names a group of people. */
function actsAsGroup(tokens: Token[], after: number): boolean {
  const lex = lexicon();
  const next = tokens[after]?.lower ?? '';
  const clause = tokens[after]?.text === ',' && /^(which|who)$/.test(tokens[after + 1]?.lower ?? '');
  return clause || lex.titleSet.has(next) || lex.reporting.has(next) || ACTOR_NOUNS.has(next) || GROUP_NOUNS.has(next);
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * A country word glued to a capitalised run that ends in an organization or outlet head ("Tigray Defense
 * Forces", "Russian Orthodox Church"): the whole run is one name.
 */
function startsLongerName(tokens: Token[], k: number, adjective: boolean): boolean {
  let e = k;
  while (
    e < tokens.length &&
    isNameCap(tokens[e]) &&
    tokens[e]!.start === tokens[e - 1]!.end + 1 &&
    !TITLE_WORDS.has(tokens[e]!.text) &&
    (!CAP_STOP.has(tokens[e]!.text) || ORG_ADJ_STOP.has(tokens[e]!.text)) &&
    !lexAt(tokens, e)
  )
    e++;
  if (e === k) return false;
  if (e === k + 1 && adjective) return false;
  return isHead(tokens[e - 1]!.text);
}

const isHead = (word: string): boolean => ORG_HEADS.has(word) || MEDIA_HEADS.has(word);

/** True when a lexicon organization/outlet starts at k and the chunk before is a title ("Chief ... of the UN"). */
function lexStartsOrg(tokens: Token[], k: number, chunkStart: number): boolean {
  const h = lexAt(tokens, k);
  // keep going inside a longer unknown name only when the previous word is a name word
  const prev = tokens[k - 1]!;
  if (!h || k <= chunkStart) return false;
  if (h.role !== 'name') {
    if (h.entry.kind !== 'COUNTRY') return false;
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
    !lexAt(tokens, k - 1)
  )
    return false;
  // a person's multi-word name is not cut by a one-word organization name ("Therese Kayikwamba Wagner")
  if (h.entry.kind !== 'COUNTRY' && h.length === 1 && !isNameCap(tokens[k + 1])) {
    let n = k;
    while (n > chunkStart && !TITLE_WORDS.has(tokens[n - 1]!.text) && !CONNECTORS.has(tokens[n - 1]!.lower)) n--;
    const name = tokens.slice(n, k);
    if (name.length >= 2 && !name.some((t) => ORG_HEADS.has(t.text) || CAP_STOP.has(t.text) || lexAt(tokens, t.i)))
      return false;
  }
  return TITLE_WORDS.has(prev.text) || CONNECTORS.has(prev.lower) || h.entry.kind !== 'COUNTRY';
}

function classifyChunk(
  tokens: Token[],
  a: number,
  b: number,
  body: string,
  sentenceIndex: number,
  sentenceInitial: boolean,
): Mention[] | null {
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
  // "the Commission", "the Movement": a reference to an organization named before, not a new actor
  if (texts.length === 1 && (ORG_HEADS.has(last) || MEDIA_HEADS.has(last))) return null;
  const capWords = texts.filter((t) => /^\p{Lu}/u.test(t));
  const orgHeadAt = texts.findIndex((t) => ORG_HEADS.has(t));
  if ((NON_ACTOR_HEADS.has(last) && orgHeadAt < 0) || /^(Hotel|Camp|Port|Lake|Mount|Fort)$/.test(texts[0]!))
    return null;
  // "St. Vincent", "San Cristobal", "Santa Marta": a place
  if (
    /^(St\.?|Saint|Sainte|San|Santa|Santo|São|Sao)$/.test(texts[0]!) &&
    texts.length >= 2 &&
    !texts.some((t) => TITLE_WORDS.has(t) || ORG_HEADS.has(t))
  ) {
    return [
      {
        ...base(a, b),
        kind: 'PLACE',
        key: `place:${nameKey(surface)}`,
        name: surface,
        aliases: [],
        via: 'name',
        active: false,
      },
    ];
  }
  if (lex.places.has(surface))
    return [
      {
        ...base(a, b),
        kind: 'PLACE',
        key: `place:${nameKey(surface)}`,
        name: surface,
        aliases: [],
        via: 'name',
        active: false,
      },
    ];
  if (
    texts.some((t) => MEDIA_HEADS.has(t)) &&
    !texts.some((t) => ORG_HEADS.has(t) && t !== 'Agency' && t !== 'Center')
  ) {
    return [
      {
        ...base(a, b),
        kind: 'MEDIA',
        key: `name:${nameKey(surface)}`,
        name: surface,
        aliases: [surface],
        via: 'name',
        active: true,
      },
    ];
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
  if (orgAt >= 0) {
    const out: Mention[] = [];
    // leading title words before an org head are dropped ("Secretary of the Council" stays whole)
    out.push({
      ...base(a, b),
      kind: 'ORGANIZATION',
      key: `name:${nameKey(surface)}`,
      name: surface,
      aliases: [surface],
      via: 'name',
      active: true,
    });
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
  if (words.length === 1 && /^[A-Z]{2,7}$/.test(last) && !CAP_STOP.has(last)) {
    const m: Mention = {
      ...base(a, b),
      kind: 'ORGANIZATION',
      key: `name:${nameKey(surface)}`,
      name: surface,
      aliases: [surface],
      via: 'name',
      active: true,
    };
    if (!actsAsGroup(tokens, b)) m.needsEvidence = true;
    return [m];
  }
  const person = personSuffix(texts);
  if (!person) return null;
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
  if (nameLen === 1 && !title) {
    // a single capitalised word: a surname or first name of a person named elsewhere, resolved later
    if (capWords.length === 0) return null;
    return [
      { ...personMention(tokens, a, b, body, sentenceIndex, ''), partial: true, active: !sentenceInitial || true },
    ];
  }
  return [personMention(tokens, a + person.start, b, body, sentenceIndex, title)];
}

/** The person name at the end of a chunk after title words: "Foreign Minister Qin Gang" → "Qin Gang". */
function personSuffix(texts: string[]): { start: number } | null {
  let s = texts.length;
  // "Horn of Africa Olusegun Obasanjo", "Secretary for Foreign Affairs Alfred Mutua": the name follows the last connector
  let cut = 0;
  texts.forEach((t, k) => {
    if (/^(of|for|the|on|and|to)$/.test(t)) cut = k + 1;
  });
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
  while (s > 0 && !TITLE_WORDS.has(texts[s - 1]!) && !ORG_HEADS.has(texts[s - 1]!)) s--;
  while (s < texts.length && NAME_PARTICLES.has(texts[s]!.toLowerCase())) s++;
  if (s >= texts.length) return null;
  if (texts.slice(s).some((t) => MEDIA_HEADS.has(t))) return null;
  return { start: s };
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
    via: 'name',
    active: true,
  };
  if (title) m.title = title;
  return m;
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
    let k = p.t0 - 1;
    const roleWords: string[] = [];
    // a title ends at a determiner or a clause word ("a planned meeting between the army chief X" → "army chief")
    while (
      k >= 0 &&
      tokens[k]!.word &&
      !/^(the|a|an|between|with|by|and|to|from|said|says|told|met|meets|as)$/.test(tokens[k]!.text) &&
      (lex.titleSet.has(tokens[k]!.lower) || TITLE_WORDS.has(tokens[k]!.text) || /^[a-z-]+$/.test(tokens[k]!.text)) &&
      p.t0 - k <= 5
    ) {
      if (!mentions.some((o) => o.t1 - 1 === k)) {
        roleWords.unshift(tokens[k]!.text);
        k--;
      } else break;
    }
    // "RTS quoted Vucic": plain words between an actor and a person are not a title
    const titled =
      roleWords.length === 0 || roleWords.some((w) => lex.titleSet.has(w.toLowerCase()) || TITLE_WORDS.has(w));
    const owner = titled
      ? mentions.find((o) => o.t1 - 1 === k && o !== p && o.kind !== 'PERSON' && o.kind !== 'PLACE')
      : undefined;
    let role = roleWords.join(' ').trim() || null;
    if (p.title && !(role ?? '').includes(p.title)) role = role ? `${p.title} ${role}` : p.title;
    if (owner) {
      p.affiliation = { key: owner.key, role };
      if (owner.via === 'adjective') owner.active = true;
      continue;
    }
    const forceAt = roleWords.findIndex((w) => /^(army|military)$/i.test(w));
    if (forceAt >= 0) {
      const rest = roleWords.slice(forceAt + 1).join(' ');
      p.affiliation = { key: ARMY_REF, role: rest || null };
      continue;
    }
    // ", the lead negotiator for X," / ", spokesman for the ELN," after the name
    if (tokens[p.t1]?.text === ',') {
      const after = mentions.find((o) => o.t0 > p.t1 && o.t0 <= p.t1 + 8 && o.kind !== 'PERSON' && o.kind !== 'PLACE');
      const between = after ? tokens.slice(p.t1 + 1, after.t0).map((t) => t.lower) : [];
      if (after && between.some((w) => lex.titleSet.has(w)) && !between.includes(',')) {
        p.affiliation = {
          key: after.key,
          role: between.filter((w) => !['the', 'a', 'an', 'of', 'for', 'to', 'with'].includes(w)).join(' ') || null,
        };
      }
    }
  }
}

import { cachedNameKey as nameKey } from '../keys.js';
import grammar from '../lexicon/grammar.json' with { type: 'json' };
import { type FormHit, type LexEntry, lexicon } from '../lexicon/index.js';
import type { Rule } from '../rule.js';
import {
  allCapsRun,
  capsLexicon,
  classifyChunk,
  lexStartsOrg,
  namedActor,
  pluralPossessive,
  startsLongerName,
} from './chunk.js';
import type { Token } from '../tokens.js';
import type { Mention } from './mentions.js';
import { isNameCap, type Scan, span } from './scan.js';
import {
  ACTOR_NOUNS,
  AREA_NOUNS,
  CAPITAL_SUBJECT_VERBS,
  CLAUSE_SUBORDINATORS,
  CAP_STOP,
  CONNECTORS,
  NAME_PARTICLES,
  DATE_WORDS,
  EVENT_HEADS,
  SUBJECT_ADVERBS,
  inFormerTitle,
  MEDIA_HEADS,
  MEDIA_NOUNS,
  NON_ACTOR_HEADS,
  ORG_ADJ_STOP,
  ORG_HEADS,
  PORTFOLIO_WORDS,
  TITLE_WORDS,
  TOPIC_WORDS,
} from './words.js';

/** How many words a person's name after "Government of" may have. */
const GOVERNMENT_PERSON_WORDS = 4;

/** "Nicolás Maduro" at token j: a run of two to four capitalised words that reads as a person's name, else undefined. */
function personNamedAt(scan: Scan, j: number): Mention | undefined {
  const { tokens } = scan;
  let e = j;
  while (e < tokens.length && e - j < GOVERNMENT_PERSON_WORDS && isNameCap(tokens[e]) && !scan.lexAt(e)) e++;
  if (e - j < 2 || isNameCap(tokens[e]) || ORG_ADJ_STOP.has(tokens[j]!.text)) return undefined;
  if (tokens.slice(j, e).some((t) => ORG_HEADS.has(t.text) || TITLE_WORDS.has(t.text))) return undefined;
  const found = classifyChunk(scan, j, e);
  return found?.length === 1 && found[0]!.kind === 'PERSON' ? found[0] : undefined;
}

/** Where a mention rule looks: token i of a sentence. */
export interface MentionInput {
  scan: Scan;
  i: number;
}

/** The mentions a rule read at token i (possibly none) and the token to read next. */
export interface MentionMatch {
  mentions: Mention[];
  next: number;
}

type MentionRule = Rule<MentionInput, MentionMatch>;

/** "foreign affairs" → the ministry's short and full department names, from lexicon/grammar.json. */
function dept(words: string): [string, string] | null {
  const lower = words.toLowerCase();
  const m = grammar.ministries.find((x) => x.words.includes(lower));
  return m ? [m.short, m.full] : null;
}

/** The lexicon actor a part of the compound word at token i names ("Iranian-backed", "Russian-Ukrainian"), a modifier. */
function compoundMention(scan: Scan, i: number, hit: FormHit): Mention {
  const e = hit.entry;
  return {
    ...scan.base(i, i + 1),
    kind: e.kind,
    key: `lex:${e.name}`,
    name: e.name,
    aliases: [],
    matchedAs: hit.role === 'name' ? 'name' : 'adjective',
    active: true,
    entry: e,
    modifier: true,
  };
}

/** "Iranian-backed" → "Iranian": the name before an actor compound suffix. */
function compoundPrefix(word: string, suffixes: readonly string[]): string | null {
  const dash = word.lastIndexOf('-');
  return dash > 0 && suffixes.includes(word.slice(dash + 1).toLowerCase()) ? word.slice(0, dash) : null;
}

const isGovernment = (word: string): boolean => grammar.governmentNouns.includes(word.toLowerCase());

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

/** "the Kenyan presidency", "Niger's junta": the head of state's office or a military government, an organ of its country. */
function organMention(
  country: LexEntry,
  head: string,
  surface: string,
): Pick<Mention, 'kind' | 'key' | 'name' | 'aliases'> {
  const adj = country.adjectives?.[0] ?? country.name;
  return {
    kind: 'ORGANIZATION',
    key: `ministry:${country.name}:${head}`,
    name: `${adj} ${head}`,
    aliases: [surface.replace(/^the /i, ''), `${head} of ${country.name}`, `${country.name}'s ${head}`],
  };
}

/** True when the run of name words from k (up to four) ends in an organization head. */
function endsInOrgHead(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  let e = k;
  while (e < k + 4 && isNameCap(tokens[e]) && !CAP_STOP.has(tokens[e]!.text) && !scan.lexAt(e)) e++;
  return e > k && ORG_HEADS.has(tokens[e - 1]!.text);
}

/** The mention rules, in priority order: the first that matches at a token reads it (and the tokens it spans). */
export const MENTION_RULES: readonly MentionRule[] = [
  {
    name: 'actor-led compound',
    examples: [
      { text: 'Iranian-backed militias attacked the base.', expect: 'Iran' },
      { text: 'Congo and Rwanda signed a Washington-brokered deal.', expect: 'United States' },
    ],
    /** "Iranian-backed", "UN-brokered", "U.S.-led": the prefix names an actor */
    match: ({ scan, i }) => {
      const { tokens } = scan;
      const tok = tokens[i]!;
      const lex = lexicon();
      const found: Mention[] = [];
      const compound = compoundPrefix(tok.text, grammar.actorCompoundSuffixes);
      if (compound) {
        const hit = lex.forms.get(compound);
        // "Moscow-backed", "Washington-brokered": a capital stands for its state, but "London-based" only places
        const placed = grammar.placeCompoundSuffixes.includes(tok.lower.slice(compound.length + 1));
        if (hit && (hit.role !== 'capital' || !placed)) found.push(compoundMention(scan, i, hit));
        return { mentions: found, next: i + 1 };
      }
      return undefined;
    },
  },
  {
    name: 'two states joined by a hyphen',
    examples: [
      { text: 'The prospects for direct Russian-Ukrainian negotiations in Istanbul improved.', expect: 'Ukraine' },
      { text: 'The Saudi-Iranian deal was signed in Beijing.', expect: 'Saudi Arabia' },
    ],
    /** "Russian-Ukrainian negotiations", "the Israeli-Palestinian conflict": both states, each over its part of the word */
    match: ({ scan, i }) => {
      const tok = scan.tokens[i]!;
      const parts = tok.text.split('-');
      if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p))) return undefined;
      const hits = parts.map((p) => lexicon().forms.get(p));
      if (!hits.every((h) => h?.entry.kind === 'COUNTRY' && h.role !== 'capital') || hits[0]!.entry === hits[1]!.entry)
        return undefined;
      const second = tok.start + parts[0]!.length + 1;
      const mentions = [
        { ...compoundMention(scan, i, hits[0]!), end: second - 1, surface: parts[0]! },
        { ...compoundMention(scan, i, hits[1]!), start: second, surface: parts[1]! },
      ];
      return { mentions, next: i + 1 };
    },
  },
  {
    name: 'Ministry of Foreign Affairs of X',
    examples: [
      { text: 'The Ministry of Foreign Affairs of Turkey issued a statement.', expect: 'Turkish Foreign Ministry' },
    ],
    /** "Ministry of (Turkish) Foreign Affairs (of Turkey)" */
    match: ({ scan, i }) => {
      const { tokens, body } = scan;
      const tok = tokens[i]!;
      const found: Mention[] = [];
      if (tok.text === 'Ministry' && scan.lowerAt(i + 1) === 'of') {
        let k = i + 2;
        let country: LexEntry | undefined;
        const adjHit = scan.lexAt(k);
        if (adjHit && adjHit.entry.kind === 'COUNTRY' && adjHit.role === 'adjective') {
          country = adjHit.entry;
          k += adjHit.length;
        }
        const d = dept(`${tokens[k]?.text ?? ''}${scan.lowerAt(k + 1) === 'affairs' ? ' affairs' : ''}`);
        if (d) {
          k += scan.lowerAt(k + 1) === 'affairs' ? 2 : 1;
          if (!country && scan.lowerAt(k) === 'of') {
            const j = scan.lowerAt(k + 1) === 'the' ? k + 2 : k + 1;
            const h = scan.lexAt(j);
            if (h && h.entry.kind === 'COUNTRY') {
              country = h.entry;
              k = j + h.length;
            }
          }
          if (country) {
            const surface = span(tokens, i, k, body);
            found.push({
              ...scan.base(i, k),
              ...ministryMention(country, d[0], d[1], surface),
              matchedAs: 'name',
              active: true,
            });
            return { mentions: found, next: k };
          }
        }
      }
      return undefined;
    },
  },
  {
    name: 'Presidency of X',
    examples: [
      {
        text: 'The Presidency of the Syrian Arab Republic said the two presidents met.',
        expect: 'Syrian Presidency',
      },
    ],
    /** "the Presidency of the Syrian Arab Republic": a head of state's office, an organ of the state it names */
    match: ({ scan, i }) => {
      const { tokens, body } = scan;
      if (tokens[i]!.text !== 'Presidency' || scan.lowerAt(i + 1) !== 'of' || scan.lexAt(i)) return undefined;
      const j = scan.lowerAt(i + 2) === 'the' ? i + 3 : i + 2;
      const h = scan.lexAt(j);
      if (h?.entry.kind !== 'COUNTRY' || h.role !== 'name') return undefined;
      const e = j + h.length;
      const organ = organMention(h.entry, 'Presidency', span(tokens, i, e, body));
      return { mentions: [{ ...scan.base(i, e), ...organ, matchedAs: 'name', active: true }], next: e };
    },
  },
  {
    name: 'Government of X',
    examples: [
      { text: 'The Government of Colombia resumed talks.', expect: 'Colombia' },
      {
        text: 'Mexico sought to mediate between the Government of Nicolás Maduro and the opposition.',
        expect: 'Nicolás Maduro',
      },
      {
        text: 'The Tripoli-based Government of National Unity rejected the deal.',
        expect: 'Government of National Unity',
      },
    ],
    /** "Government of Colombia", "government of the United States"; "Government of National Unity" is a body */
    match: ({ scan, i }) => {
      const { tokens, body } = scan;
      const tok = tokens[i]!;
      const found: Mention[] = [];
      if (tok.text === 'Government' && scan.lowerAt(i + 1) === 'of' && ORG_ADJ_STOP.has(tokens[i + 2]?.text ?? '')) {
        let e = i + 3;
        while (e < tokens.length && isNameCap(tokens[e]) && !scan.lexAt(e)) e++;
        found.push({ ...scan.base(i, e), ...namedActor('ORGANIZATION', span(tokens, i, e, body)) });
        return { mentions: found, next: e };
      }
      if (tok.lower === 'government' && scan.lowerAt(i + 1) === 'of') {
        const j = scan.lowerAt(i + 2) === 'the' ? i + 3 : i + 2;
        // "the Government of Nicolás Maduro": the person it is named after (its country is not known from the name)
        const person = j === i + 2 ? personNamedAt(scan, j) : undefined;
        if (person) return { mentions: [person], next: person.t1 };
        const h = scan.lexAt(j);
        if (h && h.entry.kind === 'COUNTRY' && h.role === 'name') {
          const e = h.entry;
          found.push({
            ...scan.base(i, j + h.length),
            kind: 'COUNTRY',
            key: `lex:${e.name}`,
            name: e.name,
            aliases: [span(tokens, i, j + h.length, body)],
            matchedAs: 'name',
            active: true,
            entry: e,
          });
          return { mentions: found, next: j + h.length };
        }
      }
      return undefined;
    },
  },
  {
    name: 'lexicon name glued to a compound',
    examples: [{ text: 'They met for African Union-mediated talks.', expect: 'African Union' }],
    /** "United Nations-hosted": a multi-word lexicon name glued to a compound suffix */
    match: ({ scan, i }) => {
      const { tokens, body } = scan;
      const tok = tokens[i]!;
      const lex = lexicon();
      const found: Mention[] = [];
      if (tok.cap && lex.maxFormTokens > 1) {
        let glued: Mention | undefined;
        for (let n = 1; n < Math.min(4, lex.maxFormTokens) && i + n < tokens.length && !glued; n++) {
          if (!tokens[i + n]!.text.includes('-')) continue;
          const last = compoundPrefix(tokens[i + n]!.text, grammar.nameCompoundSuffixes);
          if (!last) continue;
          const name = `${span(tokens, i, i + n, body)} ${last}`;
          const h = lex.forms.get(name);
          // "Sudan's army-led government": the government (its country) is the one named, not the army
          const leadsGovernment = /-led$/i.test(tokens[i + n]!.text) && isGovernment(tokens[i + n + 1]?.text ?? '');
          if (h && h.role !== 'capital' && !leadsGovernment)
            glued = {
              ...scan.base(i, i + n + 1),
              kind: h.entry.kind,
              key: `lex:${h.entry.name}`,
              name: h.entry.name,
              aliases: [],
              matchedAs: 'name',
              active: true,
              entry: h.entry,
            };
          if (!last || tokens[i + n]!.start !== tokens[i + n - 1]!.end + 1) break;
        }
        if (glued) {
          found.push(glued);
          return { mentions: found, next: glued.t1 };
        }
      }
      return undefined;
    },
  },
  {
    name: 'lexicon name',
    examples: [
      { text: 'Kenyan President William Ruto met Qatari mediators.', expect: 'Kenya' },
      { text: 'The Sudanese army and the Ethiopian Foreign Ministry spoke.', expect: 'Ethiopian Foreign Ministry' },
      { text: "Ethiopia's government welcomed the deal.", expect: 'Ethiopia' },
      { text: 'Russian and Ukrainian delegations met in Istanbul.', expect: 'Russia' },
      { text: 'Delegates of the National People’s Congress voted.', expect: "National People's Congress" },
      // read as a place: the subject or area talked about ("discuss Armenia", "envoy for Myanmar")
      { text: 'The ministers will discuss Armenia and Georgia.', expect: 'Armenia' },
      { text: 'The talks resumed, the Kenyan presidency said.', expect: 'Kenyan Presidency' },
      { text: "Niger's junta rejected the ECOWAS ultimatum.", expect: 'Nigerien junta' },
    ],
    /** A country (its ministries, government and army), organization or outlet of the lexicon */
    match: ({ scan, i }) => {
      const { tokens, body } = scan;
      const tok = tokens[i]!;
      const lex = lexicon();
      const found: Mention[] = [];
      const hit = isNameCap(tok) || tok.cap ? scan.lexAt(i) : undefined;
      if (hit) {
        const e = hit.entry;
        const k = i + hit.length;
        // a lexicon name that is only the start of a longer unknown name ("Kenya Airways") is not it
        // ("the Libyan National Army": a demonym before an adjective that opens an organization's name is its start)
        const opensName = hit.role !== 'demonym' || ORG_ADJ_STOP.has(tokens[k]?.text ?? '');
        if (e.kind === 'COUNTRY' && opensName && startsLongerName(scan, k, hit.role === 'adjective')) {
          // handled as a chunk below ("Tigray Defense Forces" style)
        } else if (e.kind === 'COUNTRY') {
          const country = e;
          const afterPos = scan.skipPossessive(k);
          const hasPos = afterPos !== k;
          const j = afterPos;
          // "<Adj>/<Country>'s/<Capital>'s Foreign Ministry" / "foreign ministry" / "Ministry of Foreign Affairs"
          const d1 = dept(`${scan.lowerAt(j)}${scan.lowerAt(j + 1) === 'affairs' ? ' affairs' : ''}`);
          if ((hit.role === 'adjective' || hasPos || hit.role === 'name') && d1) {
            const m = j + (scan.lowerAt(j + 1) === 'affairs' ? 2 : 1);
            if (scan.lowerAt(m) === 'ministry') {
              const surface = span(tokens, i, m + 1, body);
              found.push({
                ...scan.base(i, m + 1),
                ...ministryMention(country, d1[0], d1[1], surface),
                matchedAs: 'name',
                active: true,
              });
              return { mentions: found, next: m + 1 };
            }
          }
          if ((hit.role === 'adjective' || hasPos) && scan.lowerAt(j) === 'ministry' && scan.lowerAt(j + 1) === 'of') {
            const d2 = dept(`${tokens[j + 2]?.text ?? ''}${scan.lowerAt(j + 3) === 'affairs' ? ' affairs' : ''}`);
            if (d2) {
              const m = j + 2 + (scan.lowerAt(j + 3) === 'affairs' ? 2 : 1);
              found.push({
                ...scan.base(i, m),
                ...ministryMention(country, d2[0], d2[1], span(tokens, i, m, body)),
                matchedAs: 'name',
                active: true,
              });
              return { mentions: found, next: m };
            }
          }
          const organ = lex.organNouns.get(scan.lowerAt(j));
          if ((hit.role === 'adjective' || hasPos) && organ) {
            found.push({
              ...scan.base(i, j + 1),
              ...organMention(country, organ, span(tokens, i, j + 1, body)),
              matchedAs: 'name',
              active: true,
            });
            return { mentions: found, next: j + 1 };
          }
          // "the Ethiopian government", "Yemen's internationally recognized government", "Abiy's government"
          if (hit.role === 'adjective' || hasPos || hit.role === 'name') {
            let g = j;
            while (
              g < j + 4 &&
              g < tokens.length &&
              tokens[g]!.word &&
              !isGovernment(tokens[g]!.text) &&
              /^[a-z-]+$/.test(tokens[g]!.text) &&
              hasPos
            )
              g++;
            if (isGovernment(tokens[g]?.text ?? '') && (g === j || hasPos)) {
              const surface = span(tokens, i, g + 1, body);
              found.push({
                ...scan.base(i, g + 1),
                kind: 'COUNTRY',
                key: `lex:${e.name}`,
                name: e.name,
                aliases: [surface.replace(/^the /i, '')],
                matchedAs: 'name',
                active: true,
                entry: e,
              });
              return { mentions: found, next: g + 1 };
            }
            // "Sudanese army", "Ethiopian military": a known armed force or a generic one
            if (grammar.armedForceNouns.includes(scan.lowerAt(j)) && hit.role !== 'capital') {
              const end = scan.lowerAt(j) === 'armed' && scan.lowerAt(j + 1) === 'forces' ? j + 2 : j + 1;
              const surface = span(tokens, i, end, body);
              const known =
                lex.forms.get(surface) ??
                lex.lowerForms.get(surface.toLowerCase()) ??
                lex.lowerForms.get(`${(e.adjectives?.[0] ?? e.name).toLowerCase()} army`);
              if (known && known.entry.kind === 'ORGANIZATION') {
                found.push({
                  ...scan.base(i, end),
                  kind: 'ORGANIZATION',
                  key: `lex:${known.entry.name}`,
                  name: known.entry.name,
                  aliases: [surface],
                  matchedAs: 'name',
                  active: true,
                  entry: known.entry,
                  affiliation: { key: `lex:${e.name}`, role: null },
                });
              } else {
                const name = `${e.adjectives?.[0] ?? e.name} army`;
                found.push({
                  ...scan.base(i, end),
                  kind: 'ORGANIZATION',
                  key: `army:${e.name}`,
                  name,
                  aliases: [surface],
                  matchedAs: 'name',
                  active: true,
                  affiliation: { key: `lex:${e.name}`, role: null },
                });
              }
              return { mentions: found, next: end };
            }
          }
          let active: boolean;
          const next = scan.lowerAt(j);
          if (hit.role === 'adjective') {
            active =
              ACTOR_NOUNS.has(next) ||
              // "the Israeli negotiating team", "the Chinese visiting delegation"
              (/^[a-z]+ing$/.test(next) && ACTOR_NOUNS.has(scan.lowerAt(j + 1))) ||
              (isNameCap(tokens[j]) && TITLE_WORDS.has(tokens[j]!.text)) ||
              coordinatedBeforeActorNoun(scan, j);
          } else if (hit.role === 'capital') {
            active =
              (hasPos && ACTOR_NOUNS.has(next)) ||
              (!scan.locative(i) && !hasPos && (lex.reporting.has(next) || reportsAfterAdverb(scan, j))) ||
              (opensSentence(tokens, i) && !hasPos && CAPITAL_SUBJECT_VERBS.has(next)) ||
              /^(accusing|accused|accuse|between|urged|warned)$/.test(scan.lowerAt(i - 1)) ||
              (scan.lowerAt(i - 1) === 'and' && scan.lowerAt(i - 3) === 'between');
          } else if (hit.role === 'demonym') {
            active = scan.lowerAt(i - 1) === 'the' && !tokens[k]?.word && e.kind === 'COUNTRY' && !/s$/.test(tok.text);
          } else {
            // "officials from Qatar", "delegations from Russia": the country takes part
            active = !scan.locative(i) || (scan.lowerAt(i - 1) === 'from' && ACTOR_NOUNS.has(scan.lowerAt(i - 2)));
            // "discuss Syria", "the envoy for Yemen", "efforts on Sudan": the subject or area talked about
            const p = scan.lowerAt(i - 1) === 'the' ? i - 2 : i - 1;
            if (
              TOPIC_WORDS.has(scan.lowerAt(p)) ||
              (/^(for|on)$/.test(scan.lowerAt(p)) && AREA_NOUNS.has(scan.lowerAt(p - 1)))
            )
              active = false;
          }
          if (inFormerTitle(tokens, i, lex.titleSet)) active = false;
          found.push({
            ...scan.base(i, k),
            kind: 'COUNTRY',
            key: `lex:${e.name}`,
            name: e.name,
            aliases: hit.role === 'name' ? [span(tokens, i, k, body)] : [],
            matchedAs: hit.role,
            active,
            entry: e,
          });
          // a capital that is not the state is a place
          if (hit.role === 'capital' && !active) found[found.length - 1]!.kind = 'PLACE';
          return { mentions: found, next: k };
        } else {
          // "United Nations Support Mission in Libya": a lexicon name that starts a longer organization name
          if (e.kind === 'ORGANIZATION') {
            let e2 = k;
            while (
              e2 < tokens.length &&
              isNameCap(tokens[e2]) &&
              !CAP_STOP.has(tokens[e2]!.text) &&
              !scan.lexAt(e2) &&
              tokens[e2]!.start === tokens[e2 - 1]!.end + 1
            )
              e2++;
            if (e2 > k && ORG_HEADS.has(tokens[e2 - 1]!.text)) {
              const where = /^(in|for|to|on)$/.test(scan.lowerAt(e2)) ? scan.lexAt(e2 + 1) : undefined;
              if (where && where.entry.kind === 'COUNTRY' && where.role === 'name') e2 += 1 + where.length;
              const long = span(tokens, i, e2, body);
              found.push({
                ...scan.base(i, e2),
                kind: 'ORGANIZATION',
                key: `name:${nameKey(long)}`,
                name: long,
                aliases: [long],
                matchedAs: 'name',
                active: true,
                affiliation: { key: `lex:${e.name}`, role: null },
              });
              return { mentions: found, next: e2 };
            }
          }
          // "The Independent Restoration Assembly": an outlet's name that starts a longer organization name is not it
          if (e.kind === 'MEDIA' && startsLongerName(scan, k, false)) return undefined;
          // organization or outlet from the lexicon
          const surface = span(tokens, i, k, body);
          found.push({
            ...scan.base(i, k),
            kind: e.kind,
            key: `lex:${e.name}`,
            name: e.name,
            aliases: [surface],
            matchedAs: 'name',
            active: true,
            entry: e,
          });
          return { mentions: found, next: k };
        }
      }
      return undefined;
    },
  },
  {
    name: 'organization name starting with an adjective',
    examples: [
      { text: 'The Supreme Revolutionary Council met on Monday.', expect: 'Supreme Revolutionary Council' },
      {
        text: 'The National Front for the Liberation of Tarkana rejected the offer.',
        expect: 'National Front for the Liberation of Tarkana',
      },
      { text: 'Delegates left the International Forum on Water Security early.', expect: '' },
      {
        text: 'He chairs the Central Committee of the Farmers’ Party of Tarkana.',
        expect: 'Central Committee of the Farmers’ Party of Tarkana',
      },
    ],
    /** "National News Agency", "Supreme Council": an adjective that starts an organization or outlet name */
    match: ({ scan, i }) => {
      const { tokens } = scan;
      const tok = tokens[i]!;
      const found: Mention[] = [];
      if (ORG_ADJ_STOP.has(tok.text) && scan.lowerAt(i - 1) !== 'according') {
        let k = i + 1;
        while (k < tokens.length && isNameCap(tokens[k]) && !CAP_STOP.has(tokens[k]!.text) && !scan.lexAt(k)) k++;
        const head = tokens[k - 1]!.text;
        const nameFrom = (j: number): number => {
          let e = j;
          while (e < tokens.length && isNameCap(tokens[e]) && !CAP_STOP.has(tokens[e]!.text)) {
            e++;
            if (pluralPossessive(tokens, e)) e++;
          }
          return e;
        };
        // "International Forum on Conflict Mediation": a gathering named after its subject, not an actor
        if (k > i + 1 && EVENT_HEADS.has(head) && scan.lowerAt(k) === 'on' && nameFrom(k + 1) > k + 1)
          return { mentions: [], next: nameFrom(k + 1) };
        // "National Movement for the Liberation of Azawad", "Arab Movement of Azawad": the name goes on after "of"/"for the"
        const headed = ORG_HEADS.has(head) || MEDIA_HEADS.has(head);
        if (k > i + 1 && ORG_HEADS.has(head)) {
          for (;;) {
            const w = scan.lowerAt(k);
            const j = (w === 'of' || w === 'for') && scan.lowerAt(k + 1) === 'the' ? k + 2 : w === 'of' ? k + 1 : -1;
            if (j < 0 || nameFrom(j) === j || scan.lexAt(j)) break;
            k = nameFrom(j);
          }
        }
        if (k > i + 1 && headed) {
          const m = classifyChunk(scan, i, k);
          if (m) {
            found.push(...m);
            return { mentions: found, next: k };
          }
        }
      }
      return undefined;
    },
  },
  {
    name: 'outlet named The X',
    examples: [{ text: 'The Kenyan daily The Standard reported the talks.', expect: 'The Standard' }],
    /** "the Kenyan daily The Standard": an outlet whose name starts with "The" */
    match: ({ scan, i }) => {
      const { tokens, body } = scan;
      const tok = tokens[i]!;
      const found: Mention[] = [];
      if (
        tok.text === 'The' &&
        MEDIA_NOUNS.has(scan.lowerAt(i - 1)) &&
        scan.lowerAt(i - 1) !== 'agency' &&
        isNameCap(tokens[i + 1]) &&
        !scan.lexAt(i + 1)
      ) {
        let k = i + 1;
        while (k < tokens.length && isNameCap(tokens[k]) && !CAP_STOP.has(tokens[k]!.text)) k++;
        const surface = span(tokens, i, k, body);
        found.push({
          ...scan.base(i, k),
          kind: 'MEDIA',
          key: `name:${nameKey(surface.slice(4))}`,
          name: surface,
          aliases: [surface],
          matchedAs: 'name',
          active: true,
        });
        return { mentions: found, next: k };
      }
      return undefined;
    },
  },
  {
    name: 'sentence-opening word',
    examples: [
      { text: 'However, Dec. 8 passed quietly.', expect: '' },
      { text: 'Speaking at a luncheon in Asmara, President Isaias said the war was over.', expect: '' },
    ],
    /** Words that open sentences or name dates never start a name ("However", "Dec.", a participle: "Speaking at…") */
    match: ({ scan, i }) => {
      const { tokens } = scan;
      const tok = tokens[i]!;
      const found: Mention[] = [];
      const participle = i === 0 && /\p{Ll}ing$/u.test(tok.text) && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap;
      if (CAP_STOP.has(tok.text) || DATE_WORDS.has(tok.text.replace(/\.$/, '')) || participle) {
        return { mentions: found, next: i + 1 };
      }
      return undefined;
    },
  },
  {
    name: 'words in capitals',
    examples: [{ text: 'ADDIS ABABA (Reuters) - The talks resumed.', expect: 'Addis Ababa' }],
    /** A heading, dateline or credit in capitals ("MOSCOW (Reuters) -", "PHOTO: AFP/REUTERS"): only known names count */
    match: ({ scan, i }) => {
      const { tokens } = scan;
      const tok = tokens[i]!;
      const found: Mention[] = [];
      const caps = allCapsRun(tokens, i);
      if (caps > i + 1 || (caps === i + 1 && tok.text.length > 7)) {
        // a heading, dateline or credit in capitals ("MOSCOW (Reuters) -", "PHOTO: AFP/REUTERS"): only known names count
        const known = capsLexicon(scan, i, caps);
        if (known) found.push({ ...scan.base(i, caps), ...known });
        return { mentions: found, next: caps };
      }
      return undefined;
    },
  },
  {
    name: 'page furniture and bylines',
    examples: [
      { text: 'Short Url', expect: '' },
      { text: 'Reporting by Jane Okoro; Editing by Tom Brand', expect: '' },
      { text: 'Photo: Anna Lindqvist', expect: '' },
    ],
    /** "Published Date", "Reporting by X", "Photo: X": words of the page and its credits, never actors */
    match: ({ scan, i }) => {
      const { tokens } = scan;
      if (!isNameCap(tokens[i])) return undefined;
      let k = i + 1;
      while (k < tokens.length && isNameCap(tokens[k])) k++;
      const words = (a: number, b: number): string =>
        tokens
          .slice(a, b)
          .filter((t) => t.word)
          .map((t) => t.lower)
          .join(' ');
      const furniture = grammar.pageFurniture.some((f) => f.toLowerCase() === words(i, k));
      // the credit's lead is all that precedes the name in its clause ("Reporting by", "; Editing by", "Photo:")
      let a = i;
      while (a > 0 && !/^[;(]$/.test(tokens[a - 1]!.text)) a--;
      const credit = a < i && grammar.bylineLeads.includes(words(a, i));
      return furniture || credit ? { mentions: [], next: k } : undefined;
    },
  },
  {
    name: "a leader's administration",
    examples: [{ text: 'The deal was brokered by the Trump administration.', expect: 'United States' }],
    /** "the Trump administration": the government of the country its leader governs, as the lexicon knows it */
    match: ({ scan, i }) => {
      const { tokens, body } = scan;
      if (!isNameCap(tokens[i]) || scan.lowerAt(i + 1) !== 'administration') return undefined;
      const governs = lexicon().administrations.get(tokens[i]!.text);
      const e = governs ? lexicon().countryByName.get(governs) : undefined;
      if (!e) return undefined;
      const mention: Mention = {
        ...scan.base(i, i + 2),
        kind: 'COUNTRY',
        key: `lex:${e.name}`,
        name: e.name,
        aliases: [span(tokens, i, i + 2, body)],
        matchedAs: 'name',
        active: true,
        entry: e,
      };
      return { mentions: [mention], next: i + 2 };
    },
  },
  {
    name: 'capitalised chunk',
    examples: [
      { text: 'Foreign Minister Lena Varga of Hungary spoke in Vienna.', expect: 'Lena Varga' },
      { text: 'Rebel commander Idriss Mahamat met reporters.', expect: 'Idriss Mahamat' },
      { text: 'The Arakan Liberation Front said it would attend.', expect: 'Arakan Liberation Front' },
      { text: 'President Abdi Sheikh Warsame of Kenya signed the decree.', expect: 'Abdi Sheikh Warsame' },
      { text: 'The Adviser on the Peace Process Maria Lantos arrived in Oslo.', expect: 'Maria Lantos' },
      { text: 'The head of the Tarkana Church’s Department of Outreach Bishop Anselm spoke.', expect: 'Anselm' },
      { text: 'They walked into the Friendship House for lunch.', expect: '' },
      { text: 'Okafor said the vote would be held in May.', expect: 'Okafor' },
      { text: 'Mensah decided not to attend the talks.', expect: 'Mensah' },
      { text: 'Clashes erupted between Fulani Muslim herders and Tiv Christian communities.', expect: '' },
      { text: 'He spoke on the Kashmir Conflict at length.', expect: '' },
      { text: 'The Brazil-Argentina summit ended early.', expect: '' },
      { text: 'Patriarch Daniel of Bucharest and all Romania blessed the accord.', expect: 'Patriarch Daniel' },
      { text: 'Former envoy Martha K. Osei testified on Thursday.', expect: 'Martha K. Osei' },
      { text: 'They landed at “Amilcar Cabral” International Airport.', expect: '' },
      {
        text: 'The Strategic Framework for the Defence of the People of Tarkana (CSP-DPT) rejected the offer.',
        expect: 'Strategic Framework for the Defence of the People of Tarkana',
      },
      { text: 'Delegates gathered at the Umoja International Convention Centre.', expect: '' },
      {
        text: "Fighters of the Tarkana People's Liberation Army withdrew.",
        expect: "Tarkana People's Liberation Army",
      },
      {
        text: 'The Farmers’ Progress and Unity Party (FPUP) joined the talks.',
        expect: 'Farmers’ Progress and Unity Party',
      },
      { text: 'Tarkanian Minister of Water Resources Lena Okafor spoke first.', expect: 'Lena Okafor' },
      { text: 'The Minister of Water and Energy Lena Okafor spoke first.', expect: 'Lena Okafor' },
      {
        text: 'The Ministry of Water Resources and Irrigation said the talks would resume.',
        expect: 'Ministry of Water Resources and Irrigation',
      },
      { text: 'Adviser on Peace, Reconciliation and Unity Carlos Mendes spoke first.', expect: 'Carlos Mendes' },
      {
        text: 'An analyst at the Center for Strategic and International Studies said so.',
        expect: 'Center for Strategic and International Studies',
      },
      { text: 'The Caspian International Discussions resumed on Monday.', expect: 'Caspian International Discussions' },
      { text: 'The Gali IPRM has not met since 2018.', expect: '' },
      { text: 'Commission Chairperson Amina Diallo spoke first.', expect: 'Amina Diallo' },
      { text: 'Foreign Minister Therese Wagner of Congo arrived first.', expect: 'Therese Wagner' },
      { text: 'Two people were hurt, Gov. Oleh Syniehubov said.', expect: 'Oleh Syniehubov' },
      { text: 'Cho had told Takeshi Iwaya Seoul hoped the process would go on.', expect: 'Takeshi Iwaya' },
      { text: 'The spokesman, Colonel-Major Amadou Sani, read a statement.', expect: 'Amadou Sani' },
      { text: 'He spoke with the acting foreign minister, Amir Khan Muttaqi, on Monday.', expect: 'Amir Khan Muttaqi' },
      {
        text: 'The Optimistic Party for the Development of Mozambique (Podemos) said so.',
        expect: 'Optimistic Party for the Development of Mozambique',
      },
      { text: 'Commanders will meet at the Baan Phek border checkpoint on Friday.', expect: 'Baan Phek' },
    ],
    /** A run of capitalised words: an organization by its head, an acronym, or a person by name shape and title */
    match: ({ scan, i }) => {
      const { tokens } = scan;
      const tok = tokens[i]!;
      const found: Mention[] = [];
      if (isNameCap(tok)) {
        let k = i + 1;
        while (k < tokens.length) {
          const t = tokens[k]!;
          if (isNameCap(t) && !DATE_WORDS.has(t.text.replace(/\.$/, '')) && !lexStartsOrg(scan, k, i)) {
            k++;
            continue;
          }
          // "James B. Comey", "George W. Bush": the full stop of a middle initial stays inside the name
          if (
            t.text === '.' &&
            /^\p{Lu}$/u.test(tokens[k - 1]!.text) &&
            t.start === tokens[k - 1]!.end &&
            isNameCap(tokens[k + 1]) &&
            tokens[k + 1]!.start === t.end + 1 &&
            !CAP_STOP.has(tokens[k + 1]!.text)
          ) {
            k++;
            continue;
          }
          // "Kurdistan Workers’ Party", "Peoples’ Democratic Party": a plural possessive inside an organization's name
          if (pluralPossessive(tokens, k)) {
            k++;
            continue;
          }
          // "Justice and Development Party", "Peoples’ Equality and Democracy Party": "and" inside a party's name
          if (
            t.lower === 'and' &&
            isNameCap(tokens[k + 1]) &&
            !CAP_STOP.has(tokens[k + 1]!.text) &&
            !tokens.slice(i, k).some((x) => ORG_HEADS.has(x.text) || scan.lexAt(x.i)) &&
            endsInOrgHead(scan, k + 1)
          ) {
            k++;
            continue;
          }
          // "Ministry of Water Resources and Irrigation", "Minister of Water and Energy": "and" inside a portfolio
          // ("Adviser on Peace, Reconciliation and Unity": so too a comma in a list of them that "and" ends)
          if (
            (t.lower === 'and' || (t.text === ',' && portfolioListGoesOn(tokens, k))) &&
            inPortfolio(tokens, i, k) &&
            PORTFOLIO_WORDS.has(tokens[k + 1]?.text ?? '')
          ) {
            k++;
            continue;
          }
          // "Optimistic Party for the Development of Mozambique (Podemos)": a country ending a name its acronym follows
          const country = t.lower === 'of' ? scan.lexAt(k + 1) : undefined;
          if (
            country?.entry.kind === 'COUNTRY' &&
            country.role === 'name' &&
            tokens[k + 1 + country.length]?.text === '(' &&
            tokens.slice(i, k).some((x) => ORG_HEADS.has(x.text))
          ) {
            k += 1 + country.length;
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
          // "Ursula von der Leyen", "Alexander Van der Bellen": particles in a row before the family name
          const particles = particleRunAt(tokens, k);
          if (particles > 1 && isNameCap(tokens[k + particles]) && !CAP_STOP.has(tokens[k + particles]!.text)) {
            k += particles;
            continue;
          }
          break;
        }
        // "Foreign Minister Lena Varga of Hungary": a connector before a known name ends the chunk
        while (k > i + 1 && !tokens[k - 1]!.cap && CONNECTORS.has(tokens[k - 1]!.lower)) k--;
        // "Patriarch Kirill of Moscow": a person's seat after "of" is read on its own (as a place)
        const of = tokens.slice(i, k).findLastIndex((x) => x.lower === 'of');
        const seat = of > 0 ? scan.lexAt(i + of + 1) : undefined;
        if (
          seat &&
          seat.entry.kind === 'COUNTRY' &&
          i + of + 1 + seat.length === k &&
          tokens.slice(i, i + of).some((x) => TITLE_WORDS.has(x.text))
        )
          k = i + of;
        // "“Jose Marti” International Airport": a quoted name inside a place's name
        if (/^[”"]$/.test(tokens[k]?.text ?? '') && isNameCap(tokens[k + 1])) {
          let e = k + 1;
          while (e < tokens.length && e < k + 5 && isNameCap(tokens[e])) e++;
          if (NON_ACTOR_HEADS.has(tokens[e - 1]!.text)) return { mentions: [], next: e };
        }
        let a = i;
        while (a < k && CAP_STOP.has(tokens[a]!.text)) a++;
        if (a < k) {
          const m = classifyChunk(scan, a, k);
          if (m) found.push(...m);
        }
        return { mentions: found, next: k };
      }
      return undefined;
    },
  },
];

/** Tokens i..k end in portfolio words after a ministry's or a title's "of"/"for" ("Minister of Water Resources"). */
function inPortfolio(tokens: Token[], i: number, k: number): boolean {
  let j = k - 1;
  while (j > i && (PORTFOLIO_WORDS.has(tokens[j]!.text) || tokens[j]!.text === ',')) j--;
  const head = tokens[j - 1]?.text ?? '';
  if (j === k - 1 || !/^(of|for|on)$/.test(tokens[j]!.lower)) return false;
  return (
    head === 'Ministry' || ORG_HEADS.has(head) || TITLE_WORDS.has(head) || lexicon().titleSet.has(head.toLowerCase())
  );
}

/** The comma at `k` goes on a list of portfolio words that "and" ends ("Peace, Reconciliation and Unity"). */
function portfolioListGoesOn(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (PORTFOLIO_WORDS.has(tokens[j]?.text ?? '') || tokens[j]?.text === ',') j++;
  return j > k + 1 && tokens[j]?.lower === 'and' && PORTFOLIO_WORDS.has(tokens[j + 1]?.text ?? '');
}

/** "Beijing also expressed…", "Moscow has repeatedly warned…": a reporting verb one or two adverbs after the capital at `j`. */
/**
 * Token i opens a clause as its subject: the sentence's first word after at most a conjunction or a
 * sentence adverb ("But Kyiv has…"), or the first after a subordinator or a reporting verb ("said that
 * Baghdad was…", "said Doha would…").
 */
function opensSentence(tokens: Token[], i: number): boolean {
  if (CLAUSE_SUBORDINATORS.has(tokens[i - 1]?.lower ?? '')) return true;
  // "the emir said Doha would…": the reported clause's subject, with no "that"
  const before = tokens[i - 1];
  if (before && !before.cap && lexicon().reporting.has(before.lower) && !/^(told|tells|tell)$/.test(before.lower))
    return true;
  const words = tokens.slice(0, i).filter((t) => t.word);
  return words.length === 0 || (words.length === 1 && CAP_STOP.has(words[0]!.text));
}

function reportsAfterAdverb(scan: Scan, j: number): boolean {
  let k = j;
  while (k < j + 2 && (SUBJECT_ADVERBS.has(scan.lowerAt(k)) || /^[a-z]+ly$/.test(scan.lowerAt(k)))) k++;
  return k > j && lexicon().reporting.has(scan.lowerAt(k));
}

/**
 * "Russian and Ukrainian delegations", "Saudi, Emirati and Qatari officials", "Israeli and Hamas
 * negotiators": an adjective coordinated with others (or, last, a name) before a noun of people is as
 * active as the last one.
 */
function coordinatedBeforeActorNoun(scan: Scan, j: number): boolean {
  let k = j;
  for (let n = 0; n < 4; n++) {
    if (!/^(and|or|,)$/.test(scan.lowerAt(k))) return false;
    const next = scan.lexAt(k + 1);
    if (next?.role !== 'adjective' && next?.role !== 'name') return false;
    k = k + 1 + next.length;
    if (ACTOR_NOUNS.has(scan.lowerAt(k))) return true;
    if (next.role === 'name') return false;
  }
  return false;
}

/** How many name particles ("von der", "de la") stand in a row from token k. */
function particleRunAt(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (tokens[k + n]?.word && NAME_PARTICLES.has(tokens[k + n]!.lower) && n < 3) n++;
  return n;
}

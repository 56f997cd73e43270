import { similarity } from 'talisman/metrics/jaro-winkler.js';
import { nameKey } from '../../domain/keys.js';
import nicknames from '../../extract/lexicon/nicknames.json' with { type: 'json' };
import roles from '../../extract/lexicon/roles.json' with { type: 'json' };

/** Titles and honorifics, as name keys, that a person's name may carry or drop ("Patriarch", "President"). */
const TITLE_WORDS = new Set(
  [...roles.titles, ...roles.honorifics].flatMap((t) => nameKey(t).split(' ')).filter(Boolean),
);

/** Given name → the nickname groups it belongs to (Bill and William share one). */
const NICKNAME_GROUPS = (() => {
  const groups = new Map<string, number[]>();
  nicknames.groups.forEach((group, id) => {
    for (const name of group) groups.set(name, [...(groups.get(name) ?? []), id]);
  });
  return groups;
})();

/** Jaro-Winkler similarity at or above which two name parts are one spelled two ways. */
const SAME_SPELLING = 0.88;

/** A person's name as tokens: accents, case, punctuation and titles gone, hyphens joined. */
export function personTokens(name: string): string[] {
  return nameKey(name.replace(/-/g, ''))
    .split(' ')
    .filter((token) => token && !TITLE_WORDS.has(token));
}

/**
 * A spelling skeleton of one name part: transliteration variants folded (kh/h, ph/f/p, y/i, ou/u,
 * doubled letters, an initial h), vowels after the first letter dropped. "Muhammad" and
 * "Mohammed" share "mhmd". Used to find candidates, never to decide.
 */
export function skeleton(token: string): string {
  const folded = token
    .replace(/kh/g, 'h')
    .replace(/ph|f/g, 'p')
    .replace(/y/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/^h/, '')
    .replace(/(.)\1+/g, '$1');
  return (folded[0] ?? '') + folded.slice(1).replace(/[aeiou]/g, '');
}

/** "Al Zayani" as "alzayani", as "al-Zayani" is read: an Arabic article joined to the name it opens. */
function joinedArticles(tokens: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const next = tokens[k + 1];
    if (/^(al|el)$/.test(tokens[k]!) && next) {
      out.push(tokens[k]! + next);
      k++;
    } else out.push(tokens[k]!);
  }
  return out;
}

/** The keys under which a person is found: the skeletons of its first and last name parts. */
export function blockKeys(name: string): string[] {
  const tokens = personTokens(name);
  if (tokens.length === 0) return [];
  return [...new Set([`f:${skeleton(tokens[0]!)}`, `l:${skeleton(tokens.at(-1)!)}`])];
}

function sameGivenName(a: string, b: string): boolean {
  if (a === b || skeleton(a) === skeleton(b) || similarity(a, b) >= SAME_SPELLING) return true;
  // Ukrainian and Belarusian "h" where Russian spelling has "g": "Serhii" and "Sergiy", "Oleh" and "Oleg"
  if (romanised(slavicH(a)) === romanised(slavicH(b))) return true;
  const groups = NICKNAME_GROUPS.get(a) ?? [];
  return (NICKNAME_GROUPS.get(b) ?? []).some((id) => groups.includes(id));
}

const slavicH = (part: string): string => part.replace(/g(?!h)/g, 'h');

function samePart(a: string, b: string): boolean {
  return a === b || spelledAlike(a, b);
}

/** Jaro-Winkler at SAME_SPELLING, past a shared "Abdul-" or "al-" ("Abdulsalam" and "Abdullah" are not alike). */
function spelledAlike(a: string, b: string): boolean {
  const [x, y] = withoutSharedPrefix(a, b);
  return similarity(x, y) >= SAME_SPELLING;
}

/** Both names past their "Abdul-" or "al-" when both have one (doubled letters single: "Allawi" is "Alawi"). */
function withoutSharedPrefix(a: string, b: string): [string, string] {
  const [sa, sb] = [a.replace(/(.)\1+/g, '$1'), b.replace(/(.)\1+/g, '$1')];
  const [pa, pb] = [SHARED_PREFIX.exec(sa)?.[0], SHARED_PREFIX.exec(sb)?.[0]];
  return pa && pb ? [sa.slice(pa.length), sb.slice(pb.length)] : [a, b];
}

/** "Abdul-", "Abdel-", "al-", "el-" joined to a family name. */
const SHARED_PREFIX = /^(abd[aeiou]?l|[ae]l)(?=..)/;

/**
 * A name part with the letters romanisations disagree on folded: zh/j, aspirates (ph/p, th/t, kh/k), y/i,
 * ou/u, an "r" before a consonant ("Narkphanit"/"Nakpanich"), doubled letters.
 */
function romanised(part: string): string {
  return part
    .replace(/d?zh/g, 'j') // Russian "zh" where Central Asian spellings write "j": "Zhaparov", "Japarov"
    .replace(/([ptkgd])h/g, '$1')
    .replace(/y/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/r(?=[bcdfgjklmnpqstvwxz])/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Family names spelled two ways: alike as written, or once their romanisation is folded. */
function sameFamilyName(a: string, b: string): boolean {
  return spelledAlike(a, b) || spelledAlike(romanised(a), romanised(b));
}

/** Every token of `short` appears in `long`, in order, the first ones matching (a dropped middle or family name). */
function isContained(short: string[], long: string[]): boolean {
  let at = 0;
  for (const token of short) {
    while (at < long.length && !samePart(token, long[at]!)) at += 1;
    if (at === long.length) return false;
    at += 1;
  }
  return true;
}

/**
 * Why two person names may be one person ("transliteration", "nickname", "missing middle or
 * family name"), or null. The given names must agree (same spelling, a close one, or a
 * nickname) and the rest must be spelled alike or one contained in the other; a single name part
 * must be the other's family name.
 */
export function namesCompatible(a: string, b: string): string | null {
  const ta = joinedArticles(personTokens(a));
  const tb = joinedArticles(personTokens(b));
  if (ta.length === 0 || tb.length === 0) return null;
  if (ta.join(' ') === tb.join(' ')) return 'the same name but for titles or punctuation';
  if (ta.length === 1 || tb.length === 1) {
    const [one, many] = ta.length === 1 ? [ta[0]!, tb] : [tb[0]!, ta];
    return many.length > 1 && many.at(-1) === one ? 'a name without its given name' : null;
  }
  if (!sameGivenName(ta[0]!, tb[0]!)) {
    // A dropped given name or an honorific we do not know: the family names carry it.
    return ta.length !== tb.length && ta.at(-1) === tb.at(-1) && (isContained(ta, tb) || isContained(tb, ta))
      ? 'one name contains the other'
      : null;
  }
  const nickname =
    ta[0] !== tb[0] && similarity(ta[0]!, tb[0]!) < SAME_SPELLING && skeleton(ta[0]!) !== skeleton(tb[0]!);
  const restA = ta.slice(1);
  const restB = tb.slice(1);
  if (sameFamilyName(restA.join(''), restB.join(''))) {
    return nickname ? 'a nickname of the given name' : 'a spelling variant (transliteration, hyphen or dropped letter)';
  }
  if (isContained(ta, tb) || isContained(tb, ta)) return 'a missing middle or family name';
  return null;
}

/** A word or punctuation token of a sentence, with UTF-16 offsets into the article body. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the token in its sentence. */
  i: number;
  /** Starts with an upper-case letter or a digit-letter mix like "G7"/"M23". */
  cap: boolean;
  word: boolean;
}

/** "34th", "2nd": a number, not a name. */
const ORDINAL = /^\d+(st|nd|rd|th)$/i;

const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’´.&-][\p{L}\p{N}]+)*|\S/gu;
const ABBREV =
  /^(Gen|Lt|Col|Maj|Brig|Adm|Sen|Rep|Gov|Pres|Msgr|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No|Mt)$/;

/** A compound ending in an initialism whose last period the word pattern leaves out: "China-U.S", "EU-U.K". */
const INITIALISM_END = /-(?:\p{Lu}\.)+\p{Lu}$/u;

/** Ends with "'s", "’s" or "´s" (an acute accent typed for an apostrophe). */
const isPossessiveS = (t: string): boolean => t.endsWith('s') && /['’´]/.test(t[t.length - 2] ?? '');

/** Tokenises `text` (which starts at `offset` in the body). */
export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let t = m[0];
    let start = offset + m.index;
    // possessive "'s" is its own token ("movement's" → "movement" "'s") when at least two characters precede it
    if (t.length > 3 && isPossessiveS(t)) {
      const name = t.slice(0, -2);
      out.push({
        text: name,
        lower: name.toLowerCase(),
        start,
        end: start + name.length,
        i: out.length,
        cap: /^[\p{Lu}]/u.test(name),
        word: true,
      });
      start += name.length;
      // "Francisco´s": the accent typed for an apostrophe reads as one (same length, offsets kept)
      t = t.slice(-2).replace('´', '’');
      out.push({
        text: t,
        lower: t.toLowerCase(),
        start,
        end: start + t.length,
        i: out.length,
        cap: false,
        word: false,
      });
      continue;
    }
    // "Gen." keeps its period; a trailing period of other words is punctuation
    // "China-U.S." keeps the initialism's last period too
    if (text[m.index + t.length] === '.' && (ABBREV.test(t) || INITIALISM_END.test(t))) t += '.';
    const word = /[\p{L}\p{N}]/u.test(t);
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      i: out.length,
      // "M23", "G7" are capitalised; an ordinal ("34th") is not
      cap: word && /^[\p{Lu}\p{N}]/u.test(t) && /\p{L}/u.test(t) && !ORDINAL.test(t),
      word,
    });
  }
  // drop the period glued to an abbreviation from the stream (in place, renumbering)
  let n = 0;
  for (let k = 0; k < out.length; k++) {
    const tok = out[k]!;
    if (tok.text === '.' && k > 0 && out[k - 1]!.text.endsWith('.') && out[k - 1]!.end === tok.end) continue;
    tok.i = n;
    out[n++] = tok;
  }
  out.length = n;
  return out;
}

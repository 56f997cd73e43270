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

const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’.&\-][\p{L}\p{N}]+)*|\S/gu;
const ABBREV = /^(Gen|Lt|Col|Maj|Brig|Adm|Sen|Rep|Gov|Pres|Msgr|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No|Mt)$/;

/** Tokenises `text` (which starts at `offset` in the body). */
export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let t = m[0];
    const start = offset + m.index!;
    // "Gen." keeps its period; a trailing period of other words is punctuation
    if (text[m.index! + t.length] === '.' && ABBREV.test(t)) t += '.';
    const word = /[\p{L}\p{N}]/u.test(t);
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      i: out.length,
      cap: word && /^[\p{Lu}\p{N}]/u.test(t) && /\p{L}/u.test(t),
      word,
    });
  }
  // drop the period glued to an abbreviation from the stream
  return out.filter((tok, k) => !(tok.text === '.' && k > 0 && out[k - 1]!.text.endsWith('.') && out[k - 1]!.end === tok.end))
    .map((tok, k) => ({ ...tok, i: k }));
}

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
    let start = offset + m.index!;
    // possessive "'s" is its own token ("movement's" → "movement" "'s")
    const pos = /^(.+?)(['’]s)$/u.exec(t);
    if (pos && pos[1]!.length > 1) {
      out.push({ text: pos[1]!, lower: pos[1]!.toLowerCase(), start, end: start + pos[1]!.length, i: out.length, cap: /^[\p{Lu}]/u.test(pos[1]!), word: true });
      start += pos[1]!.length;
      t = pos[2]!;
      out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, i: out.length, cap: false, word: false });
      continue;
    }
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

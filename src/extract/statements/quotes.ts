/** Quoted passages of a body (curly or straight quotes), possibly spanning sentences of a paragraph. */
export interface Quote {
  /** Offsets of the opening and closing quote marks (end exclusive, includes the marks). */
  start: number;
  end: number;
  /** Offsets of the text inside the marks. */
  innerStart: number;
  innerEnd: number;
}

export function findQuotes(body: string): Quote[] {
  const out: Quote[] = [];
  for (const p of body.matchAll(/[^\n]+/g)) quotesOfParagraph(p[0], p.index!, out);
  return out;
}

/** Typewriter quotes: `` opens, '' closes (two characters each). */
const TYPEWRITER_OPEN = '``';
const TYPEWRITER_CLOSE = "''";

function quotesOfParagraph(text: string, base: number, out: Quote[]): void {
  let open = -1;
  let openLength = 1;
  let openChar = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open < 0) {
      if (text.startsWith(TYPEWRITER_OPEN, i)) {
        open = i;
        openLength = 2;
        openChar = TYPEWRITER_OPEN;
        i++;
      } else if (c === '“' || (c === '"' && opensStraightQuote(text, i))) {
        open = i;
        openLength = 1;
        openChar = c;
      }
      continue;
    }
    const closeLength =
      openChar === TYPEWRITER_OPEN
        ? text.startsWith(TYPEWRITER_CLOSE, i)
          ? 2
          : Number(c === '”')
        : Number(c === '”' || c === '"');
    if (closeLength === 0) continue;
    out.push({
      start: base + open,
      end: base + i + closeLength,
      innerStart: base + open + openLength,
      innerEnd: base + i,
    });
    i += closeLength - 1;
    open = -1;
  }
  if (open >= 0) {
    // an unclosed quote runs to the end of the paragraph (a quote closing the article)
    out.push({
      start: base + open,
      end: base + text.length,
      innerStart: base + open + openLength,
      innerEnd: base + text.length,
    });
  }
}

/** A straight quote opens after a space, bracket, dash, another quote or a sentence end. */
function opensStraightQuote(text: string, i: number): boolean {
  const before = text[i - 1];
  return i === 0 || /[\s([—–-]/.test(before!) || before === '"' || /[.!?]/.test(before!);
}

/** The first quote (in body order) whose end lies in [from, to] and that `accept`s, found by binary search. */
export function quoteEndingIn(
  quotes: readonly Quote[],
  from: number,
  to: number,
  accept: (q: Quote) => boolean = () => true,
): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end >= from) hi = mid;
    else lo = mid + 1;
  }
  for (let k = lo; k < quotes.length && quotes[k]!.end <= to; k++) if (accept(quotes[k]!)) return quotes[k];
  return undefined;
}

/** The quote whose marks enclose `offset`, if any. */
export function quoteAround(quotes: readonly Quote[], offset: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo - 1];
  return q && q.innerStart <= offset && offset < q.innerEnd ? q : undefined;
}

/** The first quote whose opening mark is within one character of `offset`. */
export function quoteOpeningAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start >= offset - 1) hi = mid;
    else lo = mid + 1;
  }
  const q = quotes[lo];
  return q && q.start <= offset + 1 ? q : undefined;
}

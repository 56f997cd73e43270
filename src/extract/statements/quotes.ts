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
  const paragraphs = body.matchAll(/[^\n]+/g);
  for (const p of paragraphs) {
    const text = p[0];
    const base = p.index!;
    let open = -1;
    let openChar = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (open < 0) {
        if (
          c === '“' ||
          (c === '"' &&
            (i === 0 || /[\s([—–-]/.test(text[i - 1]!) || text[i - 1] === '"' || /[.!?]/.test(text[i - 1]!)))
        ) {
          open = i;
          openChar = c;
        }
      } else if ((openChar === '“' && (c === '”' || c === '"')) || (openChar === '"' && (c === '"' || c === '”'))) {
        out.push({ start: base + open, end: base + i + 1, innerStart: base + open + 1, innerEnd: base + i });
        open = -1;
      }
    }
    if (open >= 0) {
      // an unclosed quote runs to the end of the paragraph (a quote closing the article)
      out.push({
        start: base + open,
        end: base + text.length,
        innerStart: base + open + 1,
        innerEnd: base + text.length,
      });
    }
  }
  return out;
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

/**
 * Site furniture that is not news: comment forms, "related articles" blocks, share buttons,
 * in-text promotions. Patterns cover the languages of the reprint sites we see (English,
 * Spanish, French, Portuguese, Italian, German).
 */

/** A line starting with one of these, and everything after it, is dropped. */
const TAIL_MARKERS: RegExp[] = [
  /^(en esta categor[ií]a|tu direcci[oó]n de correo|deja (un|una) (comentario|respuesta)|noticias relacionadas|art[ií]culos relacionados|te puede interesar|compartir( en)?\b|comparte esta)/i,
  /^(your email address will not be published|leave a (reply|comment)|post a comment|related (articles|posts|news|stories|content)\b|you may also like|more (stories|news) from|recommended (for you|stories)|share this( article| story)?\b|share on\b|subscribe to (our|the) newsletter|sign up for|follow us on|comments?\s*$|\d+ comments?\b|read more\b|click here\b|tags?:|filed under|advertisement\s*$|copyright|©|all rights reserved)/i,
  /^(votre adresse (e-mail|de messagerie) ne sera pas publi[ée]e|laisser un commentaire|lire aussi|articles? (similaires|li[ée]s)|partager\b)/i,
  /^(o seu endere[cç]o de e-mail n[aã]o ser[aá] publicado|deixe um coment[aá]rio|leia tamb[eé]m|notizie correlate|lascia un commento|il tuo indirizzo email non sar[aà] pubblicato|leggi anche)/i,
  /^(ihre e-mail-adresse wird nicht ver[öo]ffentlicht|hinterlasse einen kommentar|lesen sie auch|verwandte artikel)/i,
];

/** A line starting with one of these is dropped on its own (promotions inside the text). */
const LINE_MARKERS: RegExp[] = [
  /^(also read|read also|see also|related|watch|listen|lea tambi[eé]n|ver tambi[eé]n|lire aussi|leia tamb[eé]m)\s*:/i,
  /^(advertisement|publicidad|publicit[eé]|anzeige)\s*$/i,
];

export function isTailMarker(line: string): boolean {
  const t = line.trim();
  return TAIL_MARKERS.some((re) => re.test(t));
}

export function isPromotionLine(line: string): boolean {
  const t = line.trim();
  return LINE_MARKERS.some((re) => re.test(t));
}

/** A photo caption line: ends with a credit such as "(Photo: AP)", "(Xinhua/Ding Lin)", "(X/@user)". */
export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  return (
    /\((?:photo|foto|image|picture|file photo|credit)s?\s*[:/]?[^)]*\)\s*$/i.test(t) ||
    /\([^()\s/]+(?: [^()\s/]+)?\/[^()]{1,40}\)\s*$/.test(t) ||
    /^(photo|foto|image|picture|file photo)\s*:/i.test(t)
  );
}

/** Trailing photo credit "(Photo: AP)" on a text line: removed, never the source. */
export const PHOTO_CREDIT = /\s*\((?:photo|foto|image|picture|file photo|credit)s?\s*[:/]?[^)]*\)\s*$/i;

/** True for a URL-only line. */
export function isUrlLine(line: string): boolean {
  return /^\s*(https?:\/\/|www\.)\S+\s*$/i.test(line);
}

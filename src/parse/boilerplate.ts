/**
 * Site furniture that is not news, as named line rules `{ name, examples, match }` (the examples
 * are checked by test/unit/parse-boilerplate.test.ts). Each rule says what a matching line does:
 *
 * - `line`: the line alone is dropped (ads, gallery counters, copyright, captions, share widgets);
 * - `block`: the line opens a block of furniture (related links, tags, "Like this:") that runs
 *   until the next article-like paragraph, or to the end when none follows;
 * - `end`: the article is over (comment forms, "Back to top").
 *
 * Patterns cover the languages of the reprint sites we see (English, Spanish, French, Portuguese,
 * Italian, German).
 */
export type BoilerplateEffect = 'line' | 'block' | 'end';

export interface BoilerplateRule {
  readonly name: string;
  readonly effect: BoilerplateEffect;
  /** Lines the rule must match (unit-tested). */
  readonly examples: readonly string[];
  match(line: string): boolean;
}

const anyOf =
  (...res: Array<RegExp | ((line: string) => boolean)>) =>
  (line: string): boolean =>
    res.some((re) => (re instanceof RegExp ? re.test(line) : re(line)));

/** A short line (at most `n` words): widgets and labels are short, prose is not. */
const short = (line: string, n: number): boolean => line.split(/\s+/).length <= n;

const PHOTO_WORD = '(?:photo|foto|image|picture|file photo|credit|photo credit|pic)s?';

/** "(Photo: AP)", "(photo credit: AfricaNews)": may close a caption or a paragraph of prose. */
export const PHOTO_CREDIT = new RegExp(String.raw`\s*\(${PHOTO_WORD}\s*[:/]?[^)]*\)\s*$`, 'iu');

/** Credits that only captions carry: "(AP Photo/Hatem Moussa)", "(Xinhua/Ding Lin)", "PHOTO: AFP". */
const CAPTION_MARK =
  /\s*(?:\([^()\s/]+(?: [^()\s/]+){0,2}\/[^()]{1,40}\)|\b(?:PHOTO|Photo|IMAGE|Image|Credit)s?\s*:\s*[A-Z][\p{L}\d .&/'-]{1,40}|\b(?:Getty Images|AFP via Getty Images|Shutterstock)|\(\s*[A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+){0,3} (?:Photo|photo)\s*\))\s*$/u;

/** Prose: a few words with a sentence end somewhere ("…Paris. (Sputnik)" counts). */
const isProse = (text: string): boolean => text.split(/\s+/).length >= 8 && /[.!?]["”’)]*(\s|$)/.test(text);

/** A photo caption: a caption-only credit, or a photo credit on text that is not prose. */
export function isCaption(line: string): boolean {
  if (CAPTION_MARK.test(line)) return true;
  const rest = line.replace(PHOTO_CREDIT, '');
  return rest !== line && !isProse(rest);
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'advertisement',
    effect: 'line',
    examples: [
      'Advertisement',
      'ADVERTISEMENT',
      'Publicidad',
      'Scroll to continue with content',
      'Sponsored',
      'Advertisement - Scroll to continue',
    ],
    match: anyOf(
      /^(advertisement|advertising|ad|publicidad|publicit[eé]|anzeige|sponsored( content)?|story continues below( this)? (ad|advertisement)|scroll to continue( with content)?|continue reading( below)?)\s*[.:]?$/i,
      /^advertisement\s*[-–—:|]\s*[\w ]{0,40}$/i,
    ),
  },
  {
    name: 'gallery widget',
    effect: 'line',
    examples: ['Full Screen', '1 / 9', 'Photo 3 of 12', 'Enlarge this image', 'Next', 'View gallery', '12 photos'],
    match: anyOf(
      /^(full ?screen|exit full ?screen|enlarge( this)?( image| photo)?|expand|close|previous|next|prev|view (gallery|slideshow|all photos)|open gallery|gallery|slideshow|play video|watch( now)?|replay|show original|hide caption|toggle caption|caption|zoom)\s*$/i,
      /^(photo|image|slide|picture)?\s*\d{1,3}\s*(\/|of)\s*\d{1,3}$/i,
      /^\d{1,3} (photos|images|pictures)$/i,
    ),
  },
  {
    name: 'copyright line',
    effect: 'line',
    examples: [
      'Copyright 2024 The Associated Press. All rights reserved.',
      '© 2023 Reuters',
      'This material may not be published, broadcast, rewritten or redistributed.',
    ],
    match: anyOf(
      /^(copyright\b|\(c\) \d{4}|©)/i,
      /\ball rights reserved\.?$/i,
      /^this (material|article|content) may not be (published|reproduced|copied)/i,
    ),
  },
  {
    name: 'date and link stamps',
    effect: 'line',
    examples: [
      'Published Date: 12 March 2024',
      'Modified Date: 13 March 2024',
      'Short Url',
      'Updated: 10:32 GMT',
      '3 min read',
    ],
    match: anyOf(
      /^(published|modified|updated|posted|last updated|first published|date)( date| on| at)?\s*[:|-]/i,
      /^(short ?url|short link|permalink|copy link|link copied)\b/i,
      /^\d{1,2} min(ute)?s? read$/i,
      /^(listen to (this )?(article|story)|listen|audio)( \d{1,2}:\d{2})?\s*$/i,
    ),
  },
  {
    name: 'share widget',
    effect: 'line',
    examples: ['Share', 'Facebook Twitter WhatsApp Email', 'Share on Facebook', 'Print', 'Tweet'],
    match: (line) =>
      short(line, 8) &&
      /^((share|tweet|print|email|e-mail|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|copy( link)?|comments?|save|bookmark|flipboard|share (on|via|this)( \w+)?)[\s|·•,/]*)+$/i.test(
        line,
      ),
  },
  {
    name: 'newsletter prompt',
    effect: 'line',
    examples: [
      'Sign up for our daily newsletter',
      'Subscribe to our newsletter to get the latest news',
      'Get the latest news delivered to your inbox',
      'Save articles to read them later and create your own reading list.',
      "Follow AP's coverage of the war at https://example.org/hub",
    ],
    match: anyOf(
      /^(sign up|subscribe|register)\b.{0,80}\b(newsletter|updates|alerts|inbox|free)\b/i,
      /^(get|receive) (the latest|our|breaking)\b.{0,60}\b(inbox|newsletter|email)\b/i,
      /^(subscribe|sign up|log ?in|register)( now| here| today)?\s*[.!]?$/i,
      /^save (articles?|this article|stories|for later)\b/i,
      /^follow (us|our|(?:the )?[\p{L}.]+['’]s coverage|the latest)\b/iu,
    ),
  },
  {
    name: 'cookie notice',
    effect: 'line',
    examples: [
      'This site uses cookies to deliver our services and to show you relevant ads. By using our site, you acknowledge that you have read and understand our Cookie Policy, Privacy Policy, and our Terms of Service.',
      'We use cookies to improve your experience on our website.',
      'By continuing to browse this site you agree to our use of cookies.',
      'Accept all cookies',
      'Manage cookie preferences',
    ],
    match: anyOf(
      /\b(site|website|we)\b.{0,40}\buses? cookies\b/i,
      /\b(use|using|browse|browsing)\b.{0,60}\b(site|website)\b.{0,80}\b(cookies?|cookie policy|privacy policy)\b/i,
      /^(accept|reject|allow|manage)( all)? cookies?( settings| preferences)?\s*[.!]?$/i,
      /^manage cookie (settings|preferences)\s*[.!]?$/i,
    ),
  },
  {
    name: 'read-also promotion',
    effect: 'line',
    examples: [
      'Read also: Talks stall in Geneva',
      'ALSO READ: Something else',
      'Read more: envoy quits',
      'Lire aussi',
      'Read alsoSudan: envoys meet in Jeddah',
    ],
    match: anyOf(
      /^(also read|read also|read more|see also|related|watch|listen|more|recommended|suggested|lea tambi[eé]n|ver tambi[eé]n|lire aussi|leia tamb[eé]m|leggi anche|lesen sie auch)\s*[:|>»-]/i,
      /^(read also|also read|lire aussi|leia tamb[eé]m|leggi anche|lesen sie auch|lea tambi[eé]n)\b/i,
      // "Read alsoSudan: …": the promotion glued to the linked headline
      /^(?:[Rr]ead [Aa]lso|[Aa]lso [Rr]ead|[Rr]ead [Mm]ore|READ ALSO|ALSO READ|READ MORE)(?=\p{Lu})/u,
      /^read (the )?(full|original) (article|story)\b/i,
      /^click here\b/i,
    ),
  },
  {
    name: 'separator',
    effect: 'line',
    examples: ['___', '* * *', '-----'],
    match: (line) => /^[_\-–—=*•·~\s]{3,}$/.test(line),
  },
  {
    name: 'video or media title',
    effect: 'line',
    examples: ['Envoy arrives for talks 01:28', 'Leaders meet in Doha 2:05'],
    match: (line) => short(line, 16) && /\b\d{1,2}:\d{2}$/.test(line) && !/[.!?]/.test(line.slice(0, -5)),
  },
  {
    name: 'handle or hashtag line',
    effect: 'line',
    examples: ['@SakhaNews', '#Gaza #ceasefire'],
    match: (line) => /^([@#][\w.]+\s*)+$/.test(line),
  },
  {
    name: 'caption with credit',
    effect: 'line',
    examples: [
      'Envoys arrive at the venue (AP Photo/Jane Doe)',
      'Delegates pose for a photo in Doha. PHOTO: AFP',
      'Chad peace talks in Doha (photo credit: AfricaNews)',
    ],
    match: isCaption,
  },
  {
    name: 'credit line',
    effect: 'line',
    examples: [
      'File photo',
      '(Reporting by Jane Doe; Editing by John Roe)',
      'Edited by: Jane Doe',
      'Associated Press writer Jane Roe in Cairo contributed to this report.',
      'Image caption, Leaders at the summit',
      'Our Standards: The Trust Principles.',
      'Media contact: Press Office, Palais des Nations, 1211 Geneva 10, Switzerland',
      'For media enquiries: Jane Doe, +41 22 917 1234',
    ],
    match: anyOf(
      /^(photo|foto|image|picture|file photo|photo credit|credit|getty images)s?\s*(:|$)/i,
      /^(image|media|video) (source|caption),/i,
      /\bcontributed( reporting)? to this (report|story|article)\.?$/i,
      /^our standards:/i,
      // a press release's contact line: "Media contact: Press Office, …"
      /^(media|press|news)?\s*(contacts?|enquiries|inquiries)\s*:|^for (media|press) (contacts?|enquiries|inquiries)\s*:/i,
      /^\((reporting|writing|additional reporting|editing) by\b[^)]*\)\.?$/i,
      /^(reporting|writing|editing|edited|compiled|translated) by\s*:?\s*[A-Z]/i,
    ),
  },
  {
    name: 'related links',
    effect: 'block',
    examples: ['Related Articles', 'You may also like', 'More stories from Africa', 'Tags: Gaza, truce', 'Like this:'],
    match: anyOf(
      /^(related (articles|posts|news|stories|content|coverage|topics)|you may (also )?like|you might (also )?(like|be interested)|more (stories|news|from|on this)\b|recommended (for you|stories|articles)|most (read|popular|viewed)|trending( now)?|latest (news|stories|articles)|top stories|editor'?s picks)\b/i,
      /^(tags?|topics?|filed under|categories|keywords)\s*:/i,
      /^(like this|like loading|originally published (at|on|in)|share this( article| story)?|follow us on)\b/i,
      /^(en esta categor[ií]a|noticias relacionadas|art[ií]culos relacionados|te puede interesar|compartir( en)?\b|comparte esta|articles? (similaires|li[ée]s)|partager\b|notizie correlate|verwandte artikel)/i,
    ),
  },
  {
    name: 'comment form',
    effect: 'end',
    examples: [
      'Leave a reply',
      'Your email address will not be published.',
      'Post new comment',
      'Sorry we are not currently accepting comments on this article.',
      'Back to top button',
    ],
    match: anyOf(
      /^(your email address will not be published|leave a (reply|comment)|post (a |new )?comment|add (a )?comment|sorry,? we are not (currently )?accepting comments|comments are closed|join the (conversation|discussion)|\d+ comments?\b|comments?\s*\(?\d*\)?\s*$|back to top\b|this question is for testing whether)/i,
      /^(tu direcci[oó]n de correo|deja (un|una) (comentario|respuesta)|votre adresse (e-mail|de messagerie) ne sera pas publi[ée]e|laisser un commentaire|o seu endere[cç]o de e-mail n[aã]o ser[aá] publicado|deixe um coment[aá]rio|lascia un commento|il tuo indirizzo email non sar[aà] pubblicato|ihre e-mail-adresse wird nicht ver[öo]ffentlicht|hinterlasse einen kommentar)/i,
    ),
  },
  {
    name: 'end of a press release',
    effect: 'end',
    examples: ['– ENDS –', '-ENDS-', '###', 'About CARICOM', 'About the Caribbean Community', 'Notes to editors'],
    match: anyOf(/^[-–—\s]*ends[-–—\s]*$/i, /^#{3}$/, /^notes? (to|for) editors:?$/i, (line: string) =>
      /^About (the )?\p{Lu}[\p{L}&.-]*( [\p{Lu}&][\p{L}&.-]*){0,5}$/u.test(line),
    ),
  },
];

/** The first rule matching the line, if any. */
export function boilerplateOf(line: string): BoilerplateRule | undefined {
  const t = line.trim();
  return BOILERPLATE_RULES.find((rule) => rule.match(t));
}

/** True when the text ends like a sentence (closing quote or bracket allowed). */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*\s*$/.test(text.trim());
}

/**
 * A paragraph of prose: at least twelve words ending like a sentence, and no furniture. Related
 * headlines, widgets and labels are shorter or end without punctuation.
 */
export function isArticleLike(line: string): boolean {
  return line.split(/\s+/).length >= 12 && endsSentence(line) && boilerplateOf(line) === undefined;
}

/** True for a URL-only line. */
export function isUrlLine(line: string): boolean {
  return /^\s*(https?:\/\/|www\.)\S+\s*$/i.test(line);
}

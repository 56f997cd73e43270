import { sharedGazetteer } from '../geo/index.js';
import agencyList from './agencies.json' with { type: 'json' };
import { MONTH_NAME_SOURCE } from '../domain/calendar.js';

/**
 * Datelines and source credits in the forms wire services and reprint sites print them:
 * "BEIRUT, Lebanon (AP) —", "MOSCOW, December 27. /TASS/.", "KUALA LUMPUR, Oct 26 (Bernama) --",
 * "ISLAMABAD:", "SINGAPORE •", a closing "(Reuters)", "— Reuters", "/BGNES", "Name/DMS",
 * "Source: X" and bylines "By AFP". Photo credits and personal bylines are never the source.
 */

const AGENCIES = new Map(agencyList.agencies.map((name) => [name.toLowerCase(), name]));

/** The canonical spelling of a known news agency, else undefined. */
export function knownAgency(name: string): string | undefined {
  return AGENCIES.get(name.trim().toLowerCase());
}

const PLACE_WORD = String.raw`(?:[A-Z][\p{L}'’.-]*|[A-Z]{2,}|de|del|da|al|el|es|of|la)`;
const PLACE = `(?:${PLACE_WORD})(?: ${PLACE_WORD}){0,3}`;
/** "WASHINGTON/MOSCOW": a story filed from several cities; the first is the dateline. */
const OTHER_PLACES = `(?:/${PLACE}){0,2}`;
/** ", Lebanon", ", SOUTH KOREA", ", (Sahrawi refugee camp in Algeria)", " [India]": what follows the city. */
const REGION = String.raw`(?:,\s*(?:${PLACE}|\([^()]{2,60}\))|\s*\[[^\]]{2,40}\])`;
const MONTH = MONTH_NAME_SOURCE;
const DATE_PART = String.raw`(?:${MONTH} \d{1,2}(?:,? \d{4})?|\d{1,2} ${MONTH}(?: \d{4})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})`;
/** "Jumada Al-Awwal 22, 1442, ": a date of the Hijri calendar (years 1400–1499 AH are 1979–2077). */
const HIJRI_DATE = String.raw`(?:\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)? \d{1,2},? 14\d\d,? )`;
/** "(Reuters)", "(UrduPoint News / Sputnik - 16th November, 2020)", "/TASS/." */
const AGENCY = String.raw`(?:\(([^()]{2,70})\)|/([^/\s][^/]{0,30})/\.?)`;
const SEP = String.raw`(?:\.?\s*-{1,2}|\.-|[–—:•|])`;

interface DatelineForm {
  name: string;
  re: RegExp;
  /** A bare place and separator: weaker evidence, accepted only under conditions. */
  bare?: boolean;
  /** The agency is written without brackets: the form holds only when it is an agency we know. */
  knownAgencyOnly?: boolean;
  /** Nothing but the place marks it: the form holds only for a large city the gazetteer knows. */
  knownCityOnly?: boolean;
}

const DATELINE_FORMS: DatelineForm[] = [
  {
    name: 'place, date, agency',
    re: new RegExp(
      String.raw`^(${PLACE})${OTHER_PLACES}(?:${REGION}|\s\([^()]{2,40}\)){0,2},? ${DATE_PART}\.?\s*(?:${AGENCY}\s*${SEP}?|${SEP})\s*`,
      'u',
    ),
  },
  {
    // "Riyadh, Jumada Al-Awwal 22, 1442, January 06, 2021, SPA --": a Hijri date before the Gregorian one, and the
    // agency's name without brackets
    name: 'place, dates, bare agency',
    knownAgencyOnly: true,
    // "YEREVAN, SEPTEMBER 16, ARMENPRESS. The …": a full stop after the agency
    re: new RegExp(
      String.raw`^(${PLACE}),? ${HIJRI_DATE}?${DATE_PART},?\s+(\p{Lu}[\p{L}]{1,10})\s*(?:${SEP}\s*|\.\s+(?=\p{Lu}))`,
      'iu', // "SEPTEMBER 16": a month in capitals
    ),
  },
  {
    name: 'place and agency',
    re: new RegExp(String.raw`^(${PLACE})${OTHER_PLACES}${REGION}{0,2}\s*${AGENCY}\s*${SEP}?\s*`, 'u'),
  },
  {
    // "BAKU, Azerbaijan, May 27. The foreign ministers…": a place in capitals and a date, closed by a full stop
    name: 'place, date and full stop',
    re: new RegExp(String.raw`^(\p{Lu}[\p{Lu}'’ -]{2,30})${REGION}{0,2},? ${DATE_PART}\.\s+(?=\p{Lu})`, 'u'),
  },
  {
    // "ASTANA. KAZINFORM -": the agency after a full stop
    name: 'place. agency',
    knownAgencyOnly: true,
    re: new RegExp(String.raw`^([A-Z][\p{Lu}'’ -]{1,30})\. (\p{Lu}[\p{L}-]{1,15})\s*${SEP}\s+`, 'u'),
  },
  { name: 'place and separator', re: new RegExp(String.raw`^(${PLACE})${REGION}?\s*${SEP}\s+`, 'u'), bare: true },
  {
    // "Arusha. The fifth and final session…": a city and a full stop, as Tanzanian and Kenyan papers print it
    name: 'city and full stop',
    knownCityOnly: true,
    re: /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\.\s+(?=\p{Lu}\p{Ll})/u,
  },
];

/** How large a city named only with a full stop must be to open a story ("Arusha."; not "Hope."). */
const DATELINE_CITY_POPULATION = 100_000;

const NOT_PLACES =
  /^(Update|Note|Editor|Breaking|Exclusive|Analysis|Opinion|Watch|Video|Live|Photos?|Source|Sources|Read|Related|Tags?|Published|Updated|Corrected|Correction|Editorial|Commentary|Explainer|By|On|In|At|For|From|Since|After|Before|Until|The|As|But|And|Then|Later|Earlier|Media Note|Media Advisory|Readout|Press Release|Press Statement|Joint Statement|Statement|Fact Sheet|Note to Correspondents)$/i;

export interface DatelineMatch {
  place: string;
  agency: string | null;
  length: number;
}

function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const isUpper = (s: string): boolean => s === s.toUpperCase() && /\p{Lu}{3,}/u.test(s);

/**
 * The source named in a dateline's brackets: a known agency among several credited outlets
 * ("UrduPoint News / Sputnik" → Sputnik, "REUTERS, AFP" → "Reuters, AFP"), else the first outlet
 * ("The Straits Times/ANN"). A trailing date is dropped.
 */
export function agencyOf(credit: string): string | null {
  const text = credit.replace(/\s*[-–—,]\s*\d.*$/, '').trim();
  if (!text) return null;
  const parts = text
    .split(/\s*[/,;]\s*|\s+and\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const known = parts.map(knownAgency).filter((a): a is string => a !== undefined);
  if (known.length > 0) return known.join(', ');
  return knownAgency(text) ?? parts[0] ?? null;
}

/** Recognises a dateline at the start of a paragraph. */
export function matchDateline(text: string): DatelineMatch | null {
  // "January 20, 2026 (PORT SUDAN) –": the date first, the place in brackets
  const dateFirst = new RegExp(String.raw`^${DATE_PART}\s*\((${PLACE})\)\s*${SEP}\s*`, 'u').exec(text);
  if (dateFirst && !NOT_PLACES.test(dateFirst[1]!.trim()))
    return { place: titleCase(dateFirst[1]!.trim()), agency: null, length: dateFirst[0].length };
  // "APA-Lomé (Togo) –": the agency joined to the place by a hyphen
  const joined = new RegExp(
    String.raw`^([A-Z]{2,8})-(${PLACE})${REGION}?\s*(?:\([^()]{2,30}\))?\s*${SEP}\s*`,
    'u',
  ).exec(text);
  const joinedAgency = joined ? knownAgency(joined[1]!) : undefined;
  if (joined && joinedAgency && !NOT_PLACES.test(joined[2]!.trim()))
    return { place: titleCase(joined[2]!.trim()), agency: joinedAgency, length: joined[0].length };
  for (const form of DATELINE_FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const place = m[1]!.trim();
    const words = place.split(/\s+/);
    if (words.length > 4 || NOT_PLACES.test(place) || knownAgency(place)) continue;
    const credit = m[2] ?? m[3] ?? null;
    if (form.knownAgencyOnly && !knownAgency(credit ?? '')) continue;
    if (form.knownCityOnly && sharedGazetteer().cityPopulation(place) < DATELINE_CITY_POPULATION) continue;
    if (form.bare) {
      // "Jeddah: ...", "ADDIS ABABA – ...": a bare place needs an all-caps form or a short name,
      // and the rest of the line must read as a sentence.
      if (!isUpper(place) && words.length > 2) continue;
      if (text.length - m[0].length < 20) continue;
    } else if (form.name === 'place and agency' && credit) {
      // "Chisinau (dpa) -": a known agency may write its name in lower case
      if (!/^[\p{Lu}\d]/u.test(credit) && !knownAgency(credit)) continue;
      // "The Barisan Revolusi Nasional (BRN) said …": a name and its acronym inside a sentence
      if (!/[-–—:•|]/.test(m[0]) && !isUpper(place) && m[0].length < text.trimEnd().length) continue;
    }
    return { place: titleCase(place), agency: credit ? agencyOf(credit) : null, length: m[0].length };
  }
  return null;
}

/** "(CNN) — ", "(AFP) ": an agency credit opening the story without a place. */
export function openingCredit(text: string): { source: string; length: number } | null {
  const m = new RegExp(String.raw`^\(([\p{L}][\p{L}\d .&/'-]{1,30})\)\s*(?:${SEP}\s*)?`, 'u').exec(text);
  if (!m || text.length - m[0].length < 20 || NOT_PLACES.test(m[1]!)) return null;
  const source =
    knownAgency(m[1]!) ?? (/^(\p{Lu}[\p{L}\d&.'-]*)( \p{Lu}[\p{L}\d&.'-]*){0,2}$/u.test(m[1]!) ? m[1]! : null);
  return source ? { source, length: m[0].length } : null;
}

/** A dateline standing alone on its line: "PARIS", "MOSCOW --", "Riyadh (South24)". */
export function datelineLine(line: string): DatelineMatch | null {
  const dl = matchDateline(line);
  if (dl && dl.length >= line.length - 1) return dl;
  // "Muscat, 12 January 2025" alone on its line: a dateline without its dash
  // (only a place the gazetteer knows: "Friday, 12 January 2025" is no dateline)
  const dashed = /\d{4}$/.test(line) ? matchDateline(`${line} -`) : null;
  if (dashed && dashed.length >= line.length && sharedGazetteer().locate(dashed.place))
    return { ...dashed, length: line.length };
  // "Baku, October 17, AZERTAC": the agency after the date
  const dated = new RegExp(String.raw`^(${PLACE}),\s*${DATE_PART},?\s+([\p{L}][\p{L}-]{1,20})$`, 'u').exec(line);
  const agency = dated ? knownAgency(dated[2]!) : undefined;
  if (dated && agency && !NOT_PLACES.test(dated[1]!))
    return { place: titleCase(dated[1]!), agency, length: line.length };
  const credited = placeThenOutlet(line);
  if (credited) return credited;
  const bare = new RegExp(String.raw`^(${PLACE})${REGION}?\s*${SEP}?\s*$`, 'u').exec(line);
  if (!bare) return null;
  const place = bare[1]!.trim();
  if (!isUpper(place) || place.split(/\s+/).length > 3 || knownAgency(place) || NOT_PLACES.test(place)) return null;
  return { place: titleCase(place), agency: null, length: line.length };
}

/** An outlet's name: up to four capitalised words, "The" before them ("The Daily Star", "Asharq Al-Awsat"). */
const OUTLET_NAME = String.raw`(?:The )?\p{Lu}[\p{L}\d&.'-]*(?: \p{Lu}[\p{L}\d&.'-]*){0,3}`;

const PLACE_THEN_OUTLET = new RegExp(String.raw`^(${PLACE})\s+[-–—]\s+(${OUTLET_NAME})$`, 'u');

/** "Baghdad - Asharq Al-Awsat", "Baghdad - INA" alone on a line: a city the gazetteer knows, then the outlet. */
function placeThenOutlet(line: string): DatelineMatch | null {
  const m = PLACE_THEN_OUTLET.exec(line);
  if (!m || NOT_PLACES.test(m[1]!)) return null;
  const gazetteer = sharedGazetteer();
  const agency = knownAgency(m[2]!);
  if (!gazetteer.locate(m[1]!) || (!agency && gazetteer.locate(m[2]!))) return null;
  return { place: titleCase(m[1]!), agency: agency ?? m[2]!, length: line.length };
}

export const MEDIA_WORDS =
  /\b(Media|News(?:\d+)?|Network|Times|Post|Press|Agency|Herald|Tribune|Daily|Radio|TV|Television|Journal|Gazette|Online|Observer|Monitor|Reporter|Chronicle|Standard|Mail|Express|Telegraph|Nation|Guardian|Review|Today|Insider|Wire|Broadcasting)\b/;

/** "Shabelle Media Network (Mogadishu)": an outlet with its city, as aggregators print it. */
export function outletLine(line: string): string | null {
  const m = /^([A-Z][\p{L}\d&'.-]*(?: [\p{L}\d&'.-]+){0,5}) \(([A-Z][\p{L} .'-]{1,30})\)$/u.exec(line);
  if (!m || !MEDIA_WORDS.test(m[1]!)) return null;
  return m[1]!;
}

/** "Ahram Online , Monday 12 Jan 2026", "The Daily Star | March 12, 2024": the outlet a header's date line opens with. */
export function outletBeforeDate(line: string): string | null {
  const m = /^((?:The )?[A-Z][\p{L}\d&'.-]*(?: [A-Z][\p{L}\d&'.-]*){0,4})\s*[,|/–—-]\s+\S/u.exec(line);
  if (!m) return null;
  return knownAgency(m[1]!) ?? (MEDIA_WORDS.test(m[1]!) ? m[1]! : null);
}

const OUTLET_LINE = new RegExp(`^${OUTLET_NAME}$`, 'u');

/** A name with a media word that is no staff title ("SABC News", not "Staff Reporter"). */
const saysItIsAnOutlet = (name: string): boolean => MEDIA_WORDS.test(name) && !/\b(?:Reporter|Staff)\b/.test(name);

const OUTLET_CLOSING = new RegExp(String.raw`\s[-–—|]\s+(${OUTLET_NAME})$`, 'u');

/** "SABC News" alone on a line: an outlet that says what it is (not "Latest News", not "Staff Reporter"). */
export function outletNamed(line: string): string | null {
  if (!OUTLET_LINE.test(line) || !saysItIsAnOutlet(line)) return null;
  return /^(?:Latest|More|Top|Most|Related|Breaking|Read|Follow|Subscribe|Other|World|Local|Business)\b/.test(line)
    ? null
    : line;
}

/** "Published on 24/05/2024 - 09:40 - Agência Brasil": a known agency closing a header's date line. */
export function outletAfterDate(line: string): string | null {
  const m = OUTLET_CLOSING.exec(line);
  return m ? (knownAgency(m[1]!) ?? null) : null;
}

const NAME = String.raw`[A-Z][\p{L}.'’-]+`;
const BYLINE = new RegExp(
  String.raw`^(?:By|BY|Written [Bb]y|Reported [Bb]y):?\s+(${NAME}(?:\s+(?:${NAME}|and|&|de|van|von|al|bin|der|la))*)(?:\s*(?:,|\||–|—|-|\bin\b)\s*(.*))?$`,
  'u',
);

/**
 * A byline ("By Jane Doe", "By AFP, 29 March 2022", "By Jane Doe | Reuters"): never body text.
 * Returns the agency it credits, or null for a personal byline; undefined when it is no byline.
 */
export function bylineOf(line: string): string | null | undefined {
  if (line.split(/\s+/).length > 14) return undefined;
  const filed = /^(.{2,40}?) in (\p{Lu}[\p{L}' -]{1,30})$/u.exec(line); // "Reuters in Jerusalem"
  if (filed && knownAgency(filed[1]!)) return knownAgency(filed[1]!)!;
  const desk = deskCredit(line);
  if (desk) return desk;
  const paired = PERSON_THEN_OUTLET.exec(line); // "Rana Kassem| The Daily Star"
  if (paired && (knownAgency(paired[1]!) || MEDIA_WORDS.test(paired[1]!))) return knownAgency(paired[1]!) ?? paired[1]!;
  const m = BYLINE.exec(line);
  if (!m) return undefined;
  const names = [m[1]!, ...(m[2] ?? '').split(/\s*[,|]\s*|\s+[-–—]\s+/)].map((name) =>
    name.replace(/\s+(?:reporter|correspondent)$/i, '').trim(),
  );
  for (const name of names) {
    const agency = knownAgency(name) ?? knownAgency(name.replace(/\s+\d.*$/, '').trim());
    if (agency) return agency;
  }
  // "By Africanews", "By Vatican News": one word is no person's name; a media word names the outlet
  const named = m[1]!;
  const outletWords = !named.includes(' ') || saysItIsAnOutlet(named);
  if (!m[2] && outletWords) return named;
  return null;
}

const PERSON_THEN_OUTLET = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s*\|\s*(${OUTLET_NAME})$`,
  'u',
);

const DESK_NAME = String.raw`(?:The )?\p{Lu}[\p{L}\d&.'/-]*(?: \p{Lu}[\p{L}\d&.'/-]*){0,4}`;
/** "by The Kyiv Independent news desk", "Al Jazeera Staff", "The Hindu Bureau", "By RFE/RL's Balkan Service". */
const DESK_CREDIT = new RegExp(
  String.raw`^(?:[Bb]y:?\s+)?(${DESK_NAME})(?:'s(?: \p{Lu}\p{L}+){1,3}? (?:Service|Desk)| (?:[Nn]ews [Dd]esk|[Nn]ewsroom|[Ss]taff|[Dd]esk|Bureau|[Rr]eporter|[Cc]orrespondent|Report))\.?$`,
  'u',
);

/** The outlet of a desk or staff credit; a bare "X Report" or "X Reporter" only when X says it is an outlet. */
function deskCredit(line: string): string | null {
  const m = DESK_CREDIT.exec(line);
  if (!m) return null;
  const name = m[1]!;
  const known = knownAgency(name);
  if (known) return known;
  const weak = /\s(?:Report|[Rr]eporter|[Cc]orrespondent)\.?$/.test(line) && !/^[Bb]y/.test(line);
  if (weak && !MEDIA_WORDS.test(name)) return null;
  if (/^(?:Staff|Special|Senior|Chief|Our|Foreign|Political|Diplomatic)$/i.test(name)) return null;
  return name;
}

/** "Source: Reuters", "Sources: AFP, Reuters", "Published in Dawn, March 5th, 2024". */
export function sourceLine(line: string): string | null {
  const reprint =
    /^(?:[Oo]riginally |[Ff]irst )?[Pp]ublished (?:in|by) (?:[Tt]he )?(\p{Lu}[\p{L}\d&.'-]*(?: \p{Lu}[\p{L}\d&.'-]*){0,3})(?:,|\s+on\b|\.?$)/u.exec(
      line,
    );
  if (reprint) return reprint[1]!;
  const m = /^sources?\s*:\s*([\p{Lu}][\p{L}\d .,&/'-]{1,60}?)\.?\s*(?:\|.*)?$/iu.exec(line);
  return m ? agencyOf(m[1]!) : null;
}

const CREDIT_NAME = String.raw`[\p{L}][\p{L}\d&.'-]*(?: [\p{Lu}][\p{L}\d&.'-]*){0,3}`;
/** After the last sentence: "(Sputnik)", "/BGNES", "Celerina Monte/DMS", "— Reuters", "… news agency "TASS"". */
const CLOSING_CREDITS: RegExp[] = [
  new RegExp(String.raw`(?:^|(?<=[.!?"”’]))\s*\((${CREDIT_NAME}(?:\s*[/,-]\s*${CREDIT_NAME})?)\)\s*\.?$`, 'u'),
  new RegExp(String.raw`(?:^|(?<=[.!?"”’]))\s*(?:${NAME}(?: ${NAME}){0,3}\s*)?/\s*([\p{Lu}][\p{L}-]{1,20})\s*$`, 'u'),
  new RegExp(String.raw`(?:^|(?<=[.!?"”’]))\s*[-–—]{1,2}\s*(${CREDIT_NAME})\.?\s*$`, 'u'),
  // translated reprints: "…, transfers information agency "ITAR-TASS"."
  new RegExp(
    String.raw`,\s*(?:reports|transfers|informs) (?:the )?(?:information|news) agency ["“«]?(${CREDIT_NAME})["”»]?\s*\.?$`,
    'u',
  ),
];

export interface ClosingCredit {
  source: string;
  /** The paragraph without its credit. */
  rest: string;
}

/** A source credit closing the text (photo credits were removed before). */
export function closingCredit(paragraph: string): ClosingCredit | null {
  for (const re of CLOSING_CREDITS) {
    const m = re.exec(paragraph);
    if (!m || /\d/.test(m[1]!)) continue;
    // a lower-case credit is only a known agency's own spelling: "(dpa)"
    if (/^\p{Ll}/u.test(m[1]!) && !knownAgency(m[1]!)) continue;
    const source = agencyOf(m[1]!);
    if (!source) continue;
    return { source, rest: paragraph.slice(0, m.index).trimEnd() };
  }
  return null;
}

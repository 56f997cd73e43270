import { isoDate, monthNumber } from '../parse/dates.js';
import { ISO_DAY, MONTH_START_SOURCE } from '../domain/calendar.js';

/** A date expression found in a sentence, resolved against the publication date. */
export interface DateMention {
  start: number;
  end: number;
  date: string;
  /** true when the expression only gives a month ("last month", "in August"). */
  monthOnly: boolean;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/**
 * The patterns, compiled once. All are global: every loop below runs `exec` until it returns
 * null, which resets `lastIndex` to 0 for the next call.
 */
/** Every month pattern needs one of these (case-sensitive, as they are): one scan skips the five of them. */
const MONTH_START = new RegExp(MONTH_START_SOURCE);
// "June 28-29, 2023": a span of days starts on its first, and the year after the span is its year
const MONTH_DAY = new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2})?(?:,? (\\d{4}))?\\b`, 'g');
// "5-6 June": a span of days starts on its first
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2})? ${MONTH_RE}(?:,? (\\d{4}))?\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE} (\\d{4})\\b`, 'g');
const MONTH_LAST_YEAR = new RegExp(`\\b(?:[Ii]n\\s+)?${MONTH_RE} last year\\b`, 'g');
const MONTH_THIS_YEAR = new RegExp(`\\b(?:[Ii]n\\s+)?${MONTH_RE} this year\\b`, 'g');
// "in October", "scheduled for October", "by the end of October", "mid-October"
const IN_MONTH = new RegExp(
  `\\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|(?:scheduled|planned|set|slated|due) for|(?:back|moved|postponed|delayed|rescheduled|deferred) to|(?:end|beginning|start|middle) of)\\s+|mid-?\\s*)${MONTH_RE}\\b`,
  'g',
);
const WEEKDAY = /\b(last|next|this|on|late|early)?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi;
const RELATIVE: Array<[RegExp, (pub: Date) => string, boolean]> = [
  [/\b(today|tonight|this morning|this afternoon|this evening)\b/gi, (pub) => fmt(pub), false],
  [/\byesterday\b/gi, (pub) => fmt(addDays(pub, -1)), false],
  [/\btomorrow\b/gi, (pub) => fmt(addDays(pub, 1)), false],
  [
    /\b(late |early )?last month\b/gi,
    (pub) => month(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, 1))),
    true,
  ],
  [/\bnext month\b/gi, (pub) => month(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + 1, 1))), true],
  [/\b(earlier |later )?this month\b/gi, (pub) => month(pub), true],
  [/\blast week\b/gi, (pub) => month(addDays(pub, -7)), true],
  [/\bthis week\b/gi, (pub) => month(pub), true],
  [/\bnext week\b/gi, (pub) => month(addDays(pub, 7)), true],
];

const MAY_HAVE_DATE = new RegExp(
  `\\d|day|night|tomorrow|month|week|year|morning|afternoon|evening|${MONTH_START_SOURCE}|since|until`,
  'i',
);
const fmt = (d: Date): string => d.toISOString().slice(0, 10);
const month = (d: Date): string => d.toISOString().slice(0, 7);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

function parsePub(pub: string | null): Date | null {
  if (!pub || !ISO_DAY.test(pub)) return null;
  return new Date(`${pub}T00:00:00Z`);
}

/** Which way a date without a year points: to come (a planned event), gone (an event held), or either. */
export type DateDirection = 'future' | 'past' | 'either';

/**
 * Year for a month/day without a year: the publication year, or the previous one if that would be far
 * in the future; for a planned event, the next such month ("will host a conference in November"); for
 * an event held, the last such month ("last met in Tirana in May", published in March: last year's May).
 */
function yearFor(pub: Date, m: number, direction: DateDirection): number {
  const y = pub.getUTCFullYear();
  const month = pub.getUTCMonth() + 1;
  if (direction === 'future') return m < month ? y + 1 : y;
  if (direction === 'past') return m > month ? y - 1 : y;
  return m > month + 2 ? y - 1 : y;
}

/**
 * Finds date expressions: "on November 18", "Nov 21", "21 November 2023", "on Wednesday",
 * "last Tuesday", "today", "yesterday", "last week", "last month", "next month", "in August",
 * "in March 2021". `direction` makes bare weekdays and months point forward (planned events) or months
 * back (events held).
 */
export function findDates(
  text: string,
  publishedAt: string | null,
  direction: DateDirection = 'either',
): DateMention[] {
  const future = direction === 'future';
  // most sentences name no date at all
  if (!MAY_HAVE_DATE.test(text)) return [];
  const pub = parsePub(publishedAt);
  const out: DateMention[] = [];
  const push = (start: number, end: number, date: string | null, monthOnly: boolean): void => {
    if (date && !out.some((o) => start < o.end && end > o.start)) out.push({ start, end, date, monthOnly });
  };
  let m: RegExpExecArray | null;
  const namesMonth = MONTH_START.test(text);
  while (namesMonth && (m = MONTH_DAY.exec(text))) {
    const mo = monthNumber(m[1]!)!;
    const y = m[3] ? Number(m[3]) : pub ? yearFor(pub, mo, direction) : null;
    if (y) push(m.index, m.index + m[0].length, isoDate(y, mo, Number(m[2])), false);
  }
  while (namesMonth && (m = DAY_MONTH.exec(text))) {
    const mo = monthNumber(m[2]!)!;
    const y = m[3] ? Number(m[3]) : pub ? yearFor(pub, mo, direction) : null;
    if (y) push(m.index, m.index + m[0].length, isoDate(y, mo, Number(m[1])), false);
  }
  while (namesMonth && (m = MONTH_YEAR.exec(text)))
    push(m.index, m.index + m[0].length, isoDate(Number(m[2]), monthNumber(m[1]!)!), true);
  if (!pub) return out.sort((a, b) => a.start - b.start);
  // "in May last year"
  while (namesMonth && (m = MONTH_LAST_YEAR.exec(text)))
    push(m.index, m.index + m[0].length, isoDate(pub.getUTCFullYear() - 1, monthNumber(m[1]!)!), true);
  // "in February this year"
  while (namesMonth && (m = MONTH_THIS_YEAR.exec(text)))
    push(m.index, m.index + m[0].length, isoDate(pub.getUTCFullYear(), monthNumber(m[1]!)!), true);
  while (namesMonth && (m = IN_MONTH.exec(text))) {
    const mo = monthNumber(m[1]!)!;
    push(m.index, m.index + m[0].length, isoDate(yearFor(pub, mo, direction), mo), true);
  }
  while ((m = WEEKDAY.exec(text))) {
    const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const mod = (m[1] ?? '').toLowerCase();
    const dow = pub.getUTCDay();
    let delta: number;
    if (mod === 'next' || (future && mod !== 'last')) delta = (target - dow + 7) % 7 || (mod === 'next' ? 7 : 0);
    else delta = -((dow - target + 7) % 7);
    if (mod === 'last' && delta === 0) delta = -7;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    push(start, m.index + m[0].length, fmt(addDays(pub, delta)), false);
  }
  for (const [re, f, monthOnly] of RELATIVE)
    while ((m = re.exec(text))) push(m.index, m.index + m[0].length, f(pub), monthOnly);
  return out.sort((a, b) => a.start - b.start);
}

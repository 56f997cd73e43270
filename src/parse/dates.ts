/** ISO date validation and the loose date forms found in article headers. */
import { MONTH_START_SOURCE } from '../domain/calendar.js';

const MONTH_WORD = new RegExp(`\\b(?:${MONTH_START_SOURCE})[a-z]*\\b`);

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day?: number): string | null {
  if (month < 1 || month > 12 || year < 1000 || year > 9999) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Validates a publication date given by a caller: `YYYY-MM-DD`, `YYYY-MM`, or a full ISO
 * timestamp (reduced to its date part). Returns null when it is not a real date.
 */
export function normalizeIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/.exec(
    value.trim(),
  );
  if (!m) return null;
  return isoDate(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
}

/**
 * Finds a full date in a header line ("11/09/2023", "Thu, 14-09-2023 12:27 AM",
 * "April 07, 2023", "26th Saturday, November 2022"). Numeric dates are read month-first with
 * slashes and day-first with dashes or dots, unless one reading is impossible.
 */
export function dateInHeader(text: string): string | null {
  const line = unglue(text);
  let m = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(line);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/.exec(line);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const monthFirst = a > 12 ? false : b > 12 ? true : m[2] === '/';
    return monthFirst ? isoDate(y, a, b) : isoDate(y, b, a);
  }
  m = /\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(line);
  if (m && monthNumber(m[1]!)) return isoDate(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  m = /\b(\d{1,2})(?:st|nd|rd|th)? (?:[A-Z][a-z]+,? )?([A-Z][a-z]{2,8})\.?,? (\d{4})\b/.exec(line);
  if (m && monthNumber(m[2]!)) return isoDate(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
  return null;
}

/** "March 4, 20249:53 AM" (a year glued to the time by a page copy) → "March 4, 2024 9:53 AM". */
function unglue(line: string): string {
  return line.replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g, '$1 $2');
}

/** True when a line is a date/time stamp rather than prose (header lines to drop). */
export function isDateLine(line: string): boolean {
  const t = unglue(line).trim();
  if (t.split(/\s+/).length > 12) return false;
  const hasDate =
    /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(t) ||
    /\b\d{4}-\d{2}-\d{2}\b/.test(t) ||
    /\b\d{1,2}:\d{2}\b/.test(t) ||
    (/\b(19|20)\d{2}\b/.test(t) && MONTH_WORD.test(t));
  if (!hasDate) return false;
  // prose has a verb-like lower-case run; a stamp is mostly numbers and names
  const words = t.split(/\s+/).filter((w) => /^[a-z]{4,}$/.test(w));
  return words.length <= 1;
}

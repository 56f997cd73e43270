/** Month names and the ISO day shape: one definition for the parser, the extractor, the CLI and the API. */

/** The three-letter start every English month name and abbreviation shares ("Sept" too). */
export const MONTH_STARTS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Regex source of a month name or abbreviation, with an optional dot ("March", "Mar.", "Sept"). */
export const MONTH_NAME_SOURCE = `(?:${MONTH_STARTS.join('|')})[a-z]*\\.?`;

/** Regex source that finds where a month name could start (case-sensitive, as they are written). */
export const MONTH_START_SOURCE = MONTH_STARTS.join('|');

/** `2023-11-21`: a calendar day in ISO form. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

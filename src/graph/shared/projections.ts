import type { ActorRow } from '../actor/row.js';
import type { ArticleRow } from '../article/row.js';
import type { MediationRow } from '../mediation/row.js';
import type { MeetingRow, PlaceRow } from '../meeting/row.js';
import type { StatementRow } from '../statement/row.js';
import type { EvidenceRow } from './evidence-row.js';

/** Map projections shared by the repositories: the Cypher side of the row types. */

/**
 * Date properties, sent as their ISO day: the driver decodes a Date with 64-bit Integer arithmetic
 * (a tenth of the API's time on the actor page), a string costs nothing, and the row holds the
 * same ISO day either way.
 */
const DATE_PROPERTIES = new Set(['publishedAt', 'firstSeen', 'lastSeen', 'firstReportedAt', 'lastReportedAt']);

/** A map projection of `v`'s properties, dates as ISO days. */
export function projection(v: string, properties: readonly string[]): string {
  const entries = properties.map((p) => (DATE_PROPERTIES.has(p) ? `${p}: toString(${v}.${p})` : `.${p}`));
  return `${v} { ${entries.join(', ')} }`;
}

export const ARTICLE_PROPERTIES = [
  'id',
  'title',
  'publishedAt',
  'source',
  'dateline',
  'url',
  'siteName',
  'keywords',
  'ingestedAt',
  'extractor',
  'warnings',
] as const satisfies readonly (keyof ArticleRow)[];

/** An article without its text: lists and evidence print titles, and bodies are large. */
export const ARTICLE_PROJECTION = (v: string) => projection(v, ARTICLE_PROPERTIES);

/** The article's text, read only when a client selects `body` or `sentences`. */
export const ARTICLE_TEXT_PROJECTION = (v: string) => `${v} { .body, .sentences }`;

export const PLACE_PROPERTIES = [
  'key',
  'name',
  'latitude',
  'longitude',
  'countryCode',
  'kind',
] as const satisfies readonly (keyof PlaceRow)[];

/** A place with where it is (null coordinates when the gazetteer did not know the name). */
export const PLACE_PROJECTION = (v: string) => projection(v, PLACE_PROPERTIES);

/** A meeting's place, with its key and the listed properties (the actor look-ahead reads only those selected). */
export const MEETING_PLACE =
  (properties: readonly (keyof PlaceRow)[] = PLACE_PROPERTIES) =>
  (v: string) =>
    `head([(${v})-[:AT]->(p:Place) | ${projection('p', ['key', ...properties.filter((x) => x !== 'key')])}])`;

export const ACTOR_PROPERTIES = [
  'key',
  'name',
  'kind',
  'aliases',
  'mentionCount',
  'firstSeen',
  'lastSeen',
] as const satisfies readonly (keyof ActorRow)[];

export const ACTOR_PROJECTION = (v: string) => projection(v, ACTOR_PROPERTIES);

/**
 * A row type's map projection: each property with its Cypher expression (null: the property of
 * that name). `all` reads every property; `of` the listed ones (the actor look-ahead reads only
 * what a request selects). `extra` adds entries in front, e.g. `eventType: 'Statement'`.
 */
export class RowProjection<K extends string> {
  constructor(private readonly entries: Record<K, ((v: string) => string) | null>) {}

  all(v: string, extra = ''): string {
    return this.of(v, Object.keys(this.entries) as K[], extra);
  }

  of(
    v: string,
    properties: readonly K[],
    extra = '',
    overrides: Partial<Record<K, (v: string) => string>> = {},
  ): string {
    const parts = properties.map((p) => {
      const expr = overrides[p] ?? this.entries[p];
      return expr ? `${p}: ${expr(v)}` : `.${p}`;
    });
    return `${v} { ${[...(extra ? [extra] : []), ...parts].join(', ')} }`;
  }
}

export const STATEMENT_ROW = new RowProjection<keyof StatementRow>({
  id: null,
  text: null,
  direct: null,
  confidence: null,
  date: (v) => isoDate(v),
  speakerKey: (v) => `head([(sp:Actor)-[:MADE]->(${v}) | sp.key])`,
  viaKey: (v) => `head([(${v})-[:VIA]->(va:Actor) | va.key])`,
});

export const MEDIATION_ROW = new RowProjection<keyof MediationRow>({
  id: null,
  subject: null,
  subjects: null,
  confidence: null,
  firstReportedAt: (v) => `toString(${v}.firstReportedAt)`,
  lastReportedAt: (v) => `toString(${v}.lastReportedAt)`,
});

export const MEETING_ROW = new RowProjection<keyof MeetingRow>({
  id: null,
  kind: null,
  status: null,
  confidence: null,
  date: (v) => isoDate(v),
  place: MEETING_PLACE(),
});

export const STATEMENT_PROJECTION = (v: string, extra = '') => STATEMENT_ROW.all(v, extra);
export const MEDIATION_PROJECTION = (v: string, extra = '') => MEDIATION_ROW.all(v, extra);
export const MEETING_PROJECTION = (v: string, extra = '') => MEETING_ROW.all(v, extra);

/** A stored date with its precision back to `2023-11-21` or `2023-11`. */
function isoDate(v: string): string {
  return `CASE WHEN ${v}.date IS NULL THEN null
    WHEN ${v}.datePrecision = 'MONTH' THEN substring(toString(${v}.date), 0, 7)
    ELSE toString(${v}.date) END`;
}

export const EVIDENCE_PROPERTIES = [
  'articleId',
  'sentenceIndex',
  'start',
  'end',
  'confidence',
] as const satisfies readonly (keyof EvidenceRow)[];

/**
 * Evidence of an edge `rel` to article `a`: where the span is; its words are read apart
 * (SPAN_TEXT). `properties` narrows it (the article id is always read).
 */
export const EVIDENCE_PROJECTION = (
  rel: string,
  a: string,
  properties: readonly (keyof EvidenceRow)[] = EVIDENCE_PROPERTIES,
) =>
  `{ ${['articleId', ...properties.filter((p) => p !== 'articleId')].map((p) => (p === 'articleId' ? `articleId: ${a}.id` : `${p}: ${rel}.${p}`)).join(', ')} }`;

/**
 * The sentence and the words of a span `s` (sentenceIndex, start, end) of article `a`. Offsets go
 * through toInteger: JavaScript numbers arrive as floats.
 */
export const SPAN_TEXT = (s: string, a: string) => `{
  sentence: ${a}.sentences[toInteger(${s}.sentenceIndex)],
  text: substring(${a}.body, toInteger(${s}.start), toInteger(${s}.end) - toInteger(${s}.start)) }`;

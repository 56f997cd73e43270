/** Map projections shared by the repositories: the Cypher side of the row types. */
export const ARTICLE_PROJECTION = (v: string) =>
  `${v} { .id, .title, .publishedAt, .source, .dateline, .url, .keywords, .body, .sentences, .ingestedAt, .extractor }`;

export const ACTOR_PROJECTION = (v: string) =>
  `${v} { .key, .name, .kind, .aliases, .mentionCount, .firstSeen, .lastSeen }`;

/** `extra` adds entries to a projection, e.g. `eventType: 'Statement'`. */
export const STATEMENT_PROJECTION = (v: string, extra = '') => `${v} { ${extra ? `${extra}, ` : ''}.id, .text, .direct, .confidence,
  date: ${isoDate(v)},
  speakerKey: head([(sp:Actor)-[:MADE]->(${v}) | sp.key]),
  viaKey: head([(${v})-[:VIA]->(va:Actor) | va.key]) }`;

export const MEDIATION_PROJECTION = (v: string, extra = '') =>
  `${v} { ${extra ? `${extra}, ` : ''}.id, .subject, .subjects, .confidence, .firstReportedAt, .lastReportedAt }`;

export const MEETING_PROJECTION = (v: string, extra = '') => `${v} { ${extra ? `${extra}, ` : ''}.id, .kind, .status, .confidence,
  date: ${isoDate(v)},
  place: head([(${v})-[:AT]->(p:Place) | p { .key, .name }]) }`;

/** A stored date with its precision back to `2023-11-21` or `2023-11`. */
function isoDate(v: string): string {
  return `CASE WHEN ${v}.date IS NULL THEN null
    WHEN ${v}.datePrecision = 'MONTH' THEN substring(toString(${v}.date), 0, 7)
    ELSE toString(${v}.date) END`;
}

/** Evidence of an edge `rel` to article `a`, with the sentence and the span's words. */
export const EVIDENCE_PROJECTION = (rel: string, a: string) => `{ articleId: ${a}.id,
  sentenceIndex: ${rel}.sentenceIndex, sentence: ${a}.sentences[${rel}.sentenceIndex],
  start: ${rel}.start, end: ${rel}.end,
  text: substring(${a}.body, ${rel}.start, ${rel}.end - ${rel}.start), confidence: ${rel}.confidence }`;

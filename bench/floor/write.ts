import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../src/config.js';
import { sessionOf } from '../db.js';
import type { CypherQuery } from '../../src/graph/cypher.js';
import { mediationCandidates } from '../../src/graph/mediation/write.js';
import { meetingCandidates } from '../../src/graph/meeting/write.js';
import { statementCandidates } from '../../src/graph/statement/write.js';
import type { FloorRows } from './rows.js';

/** The latest-N keys of an actor's edge `e` from actor `x` to event `n` (src/graph/actor/recency.ts). */
const RECENCY = (e: string, x: string, n: string, dated: boolean) =>
  `SET ${e}.actorKey = ${x}.key, ${e}.recency = ${dated ? `coalesce(toString(${n}.date), '~') + '|' + ` : ''}coalesce(toString(${n}.lastReportedAt), '~')`;
/** Evidence on a merged edge: the first report. */
const EDGE = (
  e: string,
) => `ON CREATE SET ${e}.articleId = r.articleId, ${e}.sentenceIndex = toInteger(r.sentenceIndex),
  ${e}.start = toInteger(r.start), ${e}.end = toInteger(r.end), ${e}.confidence = r.confidence`;
const REPORT = `{sentenceIndex: toInteger(r.sentenceIndex), start: toInteger(r.start), end: toInteger(r.end), confidence: r.confidence}`;
const STATEMENT_REPORT = REPORT.replace('}', ', via: r.via}');
/** A meeting's report keeps what the article said of it, as ours does (coreference re-reads it). */
const MEETING_REPORT = REPORT.replace(
  '}',
  `, kind: r.kind, status: r.status, date: CASE WHEN r.date IS NULL THEN null ELSE date(r.date) END,
  datePrecision: r.datePrecision, placeKey: r.placeKey, placeName: r.place, placeRank: r.placeRank,
  placeCountry: r.placeCountry, actors: r.participants, reportId: r.reportId}`,
);
/** First/last report dates and best confidence of an event node `n` reported in article `a`. */
const REPORTED = (
  n: string,
) => `SET ${n}.firstReportedAt = CASE WHEN ${n}.firstReportedAt IS NULL OR a.publishedAt < ${n}.firstReportedAt THEN a.publishedAt ELSE ${n}.firstReportedAt END,
  ${n}.lastReportedAt = CASE WHEN ${n}.lastReportedAt IS NULL OR a.publishedAt > ${n}.lastReportedAt THEN a.publishedAt ELSE ${n}.lastReportedAt END,
  ${n}.confidence = CASE WHEN ${n}.confidence IS NULL OR r.confidence > ${n}.confidence THEN r.confidence ELSE ${n}.confidence END`;

/**
 * The reads event coreference needs before the writes (candidate meetings, mediations and
 * statements per report), the same queries our ingestion sends, with their window parameters.
 */
const FLOOR_MATCHING: [keyof FloorRows, CypherQuery][] = [
  ['meetingCandidates', meetingCandidates([])],
  ['mediationCandidates', mediationCandidates([])],
  ['statementCandidates', statementCandidates([])],
];

/**
 * The hand-written floor: the coreference reads, then one plain `UNWIND … MERGE` per kind of
 * node or edge, parameters grouped on the client, all in one transaction per batch.
 */
export const FLOOR_STATEMENTS: [keyof FloorRows, string, Record<string, unknown>?][] = [
  ...FLOOR_MATCHING.map(([key, query]): [keyof FloorRows, string, Record<string, unknown>] => [
    key,
    query.text,
    query.params,
  ]),
  [
    'articles',
    `UNWIND $rows AS r CREATE (a:Article {id: r.id}) SET a.title = r.title, a.titleKey = r.titleKey, a.body = r.body, a.url = r.url,
    a.siteName = r.siteName, a.source = r.source, a.sourceKey = r.sourceKey, a.warnings = r.warnings, a.dateline = r.dateline, a.publishedAt = date(r.publishedAt), a.keywords = r.keywords,
    a.sentences = r.sentences, a.sentenceStarts = [i IN r.sentenceStarts | toInteger(i)], a.extractor = r.extractor, a.ingestedAt = datetime()`,
  ],
  [
    'topics',
    `UNWIND $rows AS r MATCH (a:Article {id: r.a}) MERGE (t:Topic {key: r.key}) ON CREATE SET t.name = r.name CREATE (a)-[:TAGGED]->(t)`,
  ],
  [
    'datelines',
    `UNWIND $rows AS r MATCH (a:Article {id: r.a}) MERGE (p:Place {key: r.key}) ON CREATE SET p.name = r.name CREATE (a)-[:DATELINED]->(p)`,
  ],
  [
    'actors',
    `UNWIND $rows AS r MERGE (x:Actor {key: r.key})
    ON CREATE SET x.name = r.name, x.kind = r.kind, x.aliases = [], x.mentionCount = 0, x.createdAt = datetime()
    SET x.aliases = x.aliases + [n IN r.names WHERE n <> x.name AND NOT n IN x.aliases], x.mentionCount = x.mentionCount + r.articles,
      x.firstSeen = CASE WHEN x.firstSeen IS NULL OR date(r.first) < x.firstSeen THEN date(r.first) ELSE x.firstSeen END,
      x.lastSeen = CASE WHEN x.lastSeen IS NULL OR date(r.last) > x.lastSeen THEN date(r.last) ELSE x.lastSeen END`,
  ],
  [
    'names',
    `UNWIND $rows AS r MATCH (x:Actor {key: r.target})
    MERGE (n:ActorName {key: r.key}) ON CREATE SET n.texts = [], n.support = 0, n.curated = false
    SET n.texts = n.texts + [t IN r.texts WHERE NOT t IN n.texts], n.support = n.support + toInteger(r.articles)
    FOREACH (_ IN CASE WHEN r.fresh THEN [1] ELSE [] END | CREATE (n)-[:NAMES]->(x))`,
  ],
  [
    'mentions',
    `UNWIND $rows AS r MATCH (a:Article {id: r.articleId}), (x:Actor {key: r.actor})
    CREATE (a)-[:MENTIONS {count: size(r.starts), sentenceIndexes: [i IN r.sentences | toInteger(i)], starts: [i IN r.starts | toInteger(i)],
      ends: [i IN r.ends | toInteger(i)], confidence: r.confidence, nameKeys: r.nameKeys, affiliatedTo: r.affiliatedTo,
      affiliationRoles: r.affiliationRoles, affiliationSentences: [i IN r.affiliationSentences | toInteger(i)],
      affiliationStarts: [i IN r.affiliationStarts | toInteger(i)], affiliationEnds: [i IN r.affiliationEnds | toInteger(i)]}]->(x)`,
  ],
  [
    'affiliations',
    `UNWIND $rows AS r MATCH (p:Actor {key: r.from}), (o:Actor {key: r.to})
    MERGE (p)-[e:AFFILIATED_WITH {role: r.role}]->(o) ${EDGE('e')}, e.support = 0
    SET e.support = e.support + toInteger(r.articles)`,
  ],
  [
    'statements',
    `UNWIND $rows AS r MATCH (a:Article {id: r.articleId}), (sp:Actor {key: r.speaker})
    MERGE (s:Statement {id: r.id}) ON CREATE SET s.text = r.text, s.textKeyLength = toInteger(r.textKeyLength), s.direct = r.direct, s.date = date(r.date), s.datePrecision = r.datePrecision,
      s.speaker = r.speaker
    ${REPORTED('s')}
    CREATE (s)-[:REPORTED_IN ${STATEMENT_REPORT}]->(a)
    MERGE (sp)-[e:MADE]->(s) ${EDGE('e')}
    ${RECENCY('e', 'sp', 's', true)}`,
  ],
  [
    'vias',
    `UNWIND $rows AS r MATCH (s:Statement {id: r.id}), (v:Actor {key: r.via}) MERGE (s)-[e:VIA]->(v) ${EDGE('e')}`,
  ],
  [
    'mediations',
    `UNWIND $rows AS r MATCH (a:Article {id: r.articleId})
    MERGE (m:Mediation {id: r.id}) ON CREATE SET m.subject = r.subject, m.subjects = []
    SET m.subjects = CASE WHEN r.subject IS NULL OR r.subject IN m.subjects THEN m.subjects ELSE m.subjects + r.subject END
    ${REPORTED('m').replace('SET ', ', ')}
    CREATE (m)-[:REPORTED_IN ${REPORT.replace('}', ', mediators: r.mediators, parties: r.parties, subject: r.subject}')}]->(a)`,
  ],
  [
    'mediationEdges',
    `UNWIND [r IN $rows WHERE r.type = 'MEDIATES'] AS r MATCH (x:Actor {key: r.x}), (m:Mediation {id: r.m})
    MERGE (x)-[e:MEDIATES]->(m) ${EDGE('e')}
    WITH count(*) AS done
    UNWIND [r IN $rows WHERE r.type = 'BETWEEN'] AS r MATCH (x:Actor {key: r.x}), (m:Mediation {id: r.m})
    MERGE (m)-[e:BETWEEN]->(x) ${EDGE('e')}
    WITH count(*) AS done
    // a new report moves the mediation's last report: every edge's key follows (the candidate read seeks on them)
    UNWIND $rows AS r WITH DISTINCT r.m AS id MATCH (m:Mediation {id: id})
    CALL (m) { MATCH (x:Actor)-[e:MEDIATES]->(m) ${RECENCY('e', 'x', 'm', false)} }
    CALL (m) { MATCH (m)-[e:BETWEEN]->(x:Actor) ${RECENCY('e', 'x', 'm', false)} }`,
  ],
  [
    'meetings',
    `UNWIND $rows AS r MATCH (a:Article {id: r.articleId})
    MERGE (m:Meeting {id: r.id}) ON CREATE SET m.kind = r.kind, m.status = r.status, m.date = date(r.date),
      m.datePrecision = r.datePrecision, m.location = r.place, m.placeKey = r.placeKey, m.placeCountry = r.placeCountry,
      m.placeRank = r.placeRank, m.placeKnown = r.placeCountry IS NOT NULL, m.dated = r.date IS NOT NULL
    SET m.status = CASE WHEN r.status = 'HELD' THEN 'HELD' WHEN r.status = 'CANCELLED' AND m.status <> 'HELD' THEN 'CANCELLED'
      WHEN m.status = 'UNKNOWN' THEN r.status ELSE m.status END
    ${REPORTED('m').replace('SET ', ', ')}
    CREATE (m)-[:REPORTED_IN ${MEETING_REPORT}]->(a)`,
  ],
  [
    'attends',
    `UNWIND $rows AS r MATCH (x:Actor {key: r.x}), (m:Meeting {id: r.m}) MERGE (x)-[e:ATTENDS]->(m) ${EDGE('e')}
    ${RECENCY('e', 'x', 'm', true)}`,
  ],
  [
    'places',
    `UNWIND $rows AS r MATCH (m:Meeting {id: r.m}) MERGE (p:Place {key: r.key}) ON CREATE SET p.name = r.name
    MERGE (m)-[e:AT]->(p) ${EDGE('e')}`,
  ],
  [
    'located',
    `UNWIND $rows AS r MATCH (p:Place {key: r.key}) WHERE p.kind IS NULL
    SET p.latitude = r.latitude, p.longitude = r.longitude, p.countryCode = r.countryCode, p.kind = r.kind`,
  ],
  [
    'counterparts',
    `UNWIND $rows AS r OPTIONAL MATCH ()-[found:COUNTERPART {pair: r.a + '|' + r.b}]->()
    CALL (r, found) {
      WITH found WHERE found IS NOT NULL RETURN found AS c
      UNION ALL
      WITH r, found WHERE found IS NULL MATCH (a:Actor {key: r.a}), (b:Actor {key: r.b})
      MERGE (a)-[c:COUNTERPART]->(b) ON CREATE SET c.pair = r.a + '|' + r.b, c.meetings = 0, c.mediations = 0, c.statements = 0
      RETURN c
    }
    WITH c, r, CASE WHEN r.first IS NULL THEN null ELSE date(r.first) END AS first,
      CASE WHEN r.last IS NULL THEN null ELSE date(r.last) END AS last
    SET c.meetings = c.meetings + toInteger(r.meetings), c.mediations = c.mediations + toInteger(r.mediations),
      c.statements = c.statements + toInteger(r.statements),
      c.firstDate = CASE WHEN first IS NULL OR (c.firstDate IS NOT NULL AND c.firstDate <= first) THEN c.firstDate ELSE first END,
      c.lastDate = CASE WHEN last IS NULL OR (c.lastDate IS NOT NULL AND c.lastDate >= last) THEN c.lastDate ELSE last END`,
  ],
  [
    'days',
    `UNWIND $rows AS r MERGE (c:ActorDay {actor: r.actor, day: date(r.day)})
    ON CREATE SET c.articles = 0, c.statements = 0, c.meetings = 0, c.mediations = 0
    SET c.articles = c.articles + toInteger(r.articles), c.statements = c.statements + toInteger(r.statements),
      c.meetings = c.meetings + toInteger(r.meetings), c.mediations = c.mediations + toInteger(r.mediations)`,
  ],
];

/** Milliseconds spent in each statement, summed over batches, when a caller wants the breakdown. */
export type StatementTimes = Map<string, number>;

/** Writes one batch in one transaction; returns the milliseconds it took. */
export async function writeFloorBatch(
  driver: Driver,
  config: Neo4jConfig,
  rows: FloorRows,
  times?: StatementTimes,
): Promise<number> {
  const session = sessionOf(driver, config);
  const t0 = performance.now();
  try {
    await session.executeWrite(async (tx) => {
      for (const [key, text, fixed] of FLOOR_STATEMENTS) {
        const params = rows[key] as unknown[];
        if (!params.length) continue;
        const t = performance.now();
        await tx.run(text, { ...fixed, rows: params });
        times?.set(key, (times.get(key) ?? 0) + performance.now() - t);
      }
    });
    return performance.now() - t0;
  } finally {
    await session.close();
  }
}

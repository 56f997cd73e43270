/**
 * Cypher fragment for a merged edge `rel` that carries evidence: the first report's sentence and
 * span, and the ids of every article that supports it (used when an article is deleted).
 * Reads the UNWIND variable `row` (an EvidenceProps). Static text; all values are parameters.
 * Offsets go through toInteger: JavaScript numbers arrive as floats, and list indexes must be integers.
 */
export function edgeEvidence(rel: string): string {
  return `
  ON CREATE SET ${rel}.articleId = row.articleId, ${rel}.sentenceIndex = toInteger(row.sentenceIndex),
    ${rel}.start = toInteger(row.start), ${rel}.end = toInteger(row.end), ${rel}.confidence = row.confidence,
    ${rel}.articleIds = [row.articleId]
  ON MATCH SET ${rel}.articleIds = CASE WHEN row.articleId IN ${rel}.articleIds
    THEN ${rel}.articleIds ELSE ${rel}.articleIds + row.articleId END`;
}

/** The REPORTED_IN edge from an event node `node` to article `a`, and the node's report dates. */
export function reportedIn(node: string): string {
  return `
  MERGE (${node})-[rep:REPORTED_IN]->(a)
    ON CREATE SET rep.sentenceIndex = toInteger(row.sentenceIndex), rep.start = toInteger(row.start),
      rep.end = toInteger(row.end),
      rep.confidence = row.confidence
  SET ${node}.firstReportedAt = CASE WHEN ${node}.firstReportedAt IS NULL OR a.publishedAt < ${node}.firstReportedAt
      THEN a.publishedAt ELSE ${node}.firstReportedAt END,
    ${node}.lastReportedAt = CASE WHEN ${node}.lastReportedAt IS NULL OR a.publishedAt > ${node}.lastReportedAt
      THEN a.publishedAt ELSE ${node}.lastReportedAt END,
    ${node}.confidence = CASE WHEN ${node}.confidence IS NULL OR row.confidence > ${node}.confidence
      THEN row.confidence ELSE ${node}.confidence END`;
}

/** `date(x)` that passes null through. */
export function optionalDate(expr: string): string {
  return `CASE WHEN ${expr} IS NULL THEN null ELSE date(${expr}) END`;
}

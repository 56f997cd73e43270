/**
 * Cypher fragment for a merged edge `rel` that carries evidence: the sentence and span of the
 * first report. Which articles support the edge is not listed on it (such a list would grow with
 * the corpus): events are supported by their REPORTED_IN edges, affiliations by a count and by
 * their articles' MENTIONS edges. Reads the UNWIND variable `row` (an EvidenceProps).
 * Offsets go through toInteger: JavaScript numbers arrive as floats, and list indexes must be integers.
 */
export function edgeEvidence(rel: string): string {
  return `
  ON CREATE SET ${rel} += ${evidenceMap()}`;
}

/**
 * After a SET clause: gives `rel` the row's evidence when it has none (new, or its evidence
 * article was deleted while other articles still support it).
 */
export function evidenceIfMissing(rel: string): string {
  return `,
    ${rel} += CASE WHEN ${rel}.articleId IS NULL THEN ${evidenceMap()} ELSE {} END`;
}

function evidenceMap(): string {
  return `{articleId: row.articleId, sentenceIndex: toInteger(row.sentenceIndex), start: toInteger(row.start),
    end: toInteger(row.end), confidence: row.confidence}`;
}

/** The REPORTED_IN edge from an event node `node` to article `a`, and the node's report dates. */
export function reportedIn(node: string, extra = ''): string {
  return `
  MERGE (${node})-[rep:REPORTED_IN]->(a)
    ON CREATE SET rep.sentenceIndex = toInteger(row.sentenceIndex), rep.start = toInteger(row.start),
      rep.end = toInteger(row.end),
      rep.confidence = row.confidence${extra ? `, ${extra}` : ''}
  SET ${node}.firstReportedAt = CASE WHEN ${node}.firstReportedAt IS NULL OR a.publishedAt < ${node}.firstReportedAt
      THEN a.publishedAt ELSE ${node}.firstReportedAt END,
    ${node}.lastReportedAt = CASE WHEN ${node}.lastReportedAt IS NULL OR a.publishedAt > ${node}.lastReportedAt
      THEN a.publishedAt ELSE ${node}.lastReportedAt END,
    ${node}.confidence = CASE WHEN ${node}.confidence IS NULL OR row.confidence > ${node}.confidence
      THEN row.confidence ELSE ${node}.confidence END`;
}

/** `date(x)` that passes null through. */
export function cypherDateOrNull(expr: string): string {
  return `CASE WHEN ${expr} IS NULL THEN null ELSE date(${expr}) END`;
}

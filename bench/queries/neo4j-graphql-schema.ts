/**
 * Type definitions for @neo4j/graphql 7 over the same graph: the labels, properties and
 * relationships that EventGraph writes (README, "The graph"). Read-only: no mutations generated.
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Article @node @mutation(operations: []) {
    id: String!
    title: String!
    publishedAt: Date
    source: String
    dateline: String
    url: String
    keywords: [String!]
    mentions: [Actor!]! @relationship(type: "MENTIONS", direction: OUT)
    topics: [Topic!]! @relationship(type: "TAGGED", direction: OUT)
    datelinePlace: [Place!]! @relationship(type: "DATELINED", direction: OUT)
  }

  type Topic @node @mutation(operations: []) {
    key: String!
    name: String
  }

  type Place @node @mutation(operations: []) {
    key: String!
    name: String
  }

  type Actor
    @node
    @mutation(operations: [])
    @fulltext(indexes: [{ indexName: "actor_names", queryName: "actorsByName", fields: ["name"] }]) {
    key: String!
    name: String!
    kind: String!
    aliases: [String!]
    mentionCount: Int
    firstSeen: Date
    lastSeen: Date
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
    statements: [Statement!]! @relationship(type: "MADE", direction: OUT)
    meetings: [Meeting!]! @relationship(type: "ATTENDS", direction: OUT)
    mediates: [Mediation!]! @relationship(type: "MEDIATES", direction: OUT)
    mediatedIn: [Mediation!]! @relationship(type: "BETWEEN", direction: IN)
    affiliatedWith: [Actor!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Affiliation")
  }

  type Affiliation @relationshipProperties {
    role: String
  }

  type Report @relationshipProperties {
    sentenceIndex: Int
    start: Int
    end: Int
    confidence: Float
  }

  type Statement @node @mutation(operations: []) {
    id: String!
    text: String!
    direct: Boolean
    date: Date
    confidence: Float
    firstReportedAt: Date
    lastReportedAt: Date
    speaker: [Actor!]! @relationship(type: "MADE", direction: IN)
    via: [Actor!]! @relationship(type: "VIA", direction: OUT)
    reportedIn: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Report")
  }

  type Mediation @node @mutation(operations: []) {
    id: String!
    subject: String
    subjects: [String!]
    confidence: Float
    firstReportedAt: Date
    lastReportedAt: Date
    mediators: [Actor!]! @relationship(type: "MEDIATES", direction: IN)
    parties: [Actor!]! @relationship(type: "BETWEEN", direction: OUT)
    reportedIn: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Report")
  }

  type Meeting @node @mutation(operations: []) {
    id: String!
    kind: String
    status: String
    date: Date
    location: String
    confidence: Float
    firstReportedAt: Date
    lastReportedAt: Date
    participants: [Actor!]! @relationship(type: "ATTENDS", direction: IN)
    place: [Place!]! @relationship(type: "AT", direction: OUT)
    reportedIn: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Report")
  }
`;

/** Flat parameter rows for the batched UNWIND writes. Every row names the article it came from. */

export interface EvidenceProps {
  articleId: string;
  sentenceIndex: number;
  start: number;
  end: number;
  confidence: number;
}

export interface ArticleWriteRow {
  id: string;
  title: string;
  /** nameKey of the title: suspected duplicates are looked up by it. */
  titleKey: string;
  body: string;
  url: string | null;
  siteName: string | null;
  source: string | null;
  sourceKey: string | null;
  dateline: string | null;
  datelineKey: string | null;
  publishedAt: string | null;
  keywords: string[];
  topics: { key: string; name: string }[];
  sentences: string[];
  sentenceStarts: number[];
  extractor: string;
  warnings: string[];
}

/** One row per Actor node a batch touches: what the batch adds to it, grouped over its articles. */
export interface ActorWriteRow {
  /** The key of the Actor node the extracted actors are merged into. */
  key: string;
  name: string;
  kind: string;
  /**
   * Every name the batch uses for the actor, its surface forms, how many articles use it, and how
   * many call the actor by it first (`primary`: the first of their MENTIONS nameKeys).
   */
  names: { key: string; texts: string[]; articles: number; primary: number; reason: string | null }[];
  /** For people: the keys under which actor resolution finds them (NameBlock nodes). */
  blocks: string[];
  /** How many articles of the batch mention the actor. */
  articles: number;
  first: string | null;
  last: string | null;
}

/**
 * One row per (article, actor): the MENTIONS edge. It also records which names and which
 * affiliations this article supports, so that deleting the article takes back exactly its support
 * without any list on a shared node or edge growing with the corpus.
 */
export interface MentionWriteRow {
  articleId: string;
  actor: string;
  sentences: number[];
  starts: number[];
  ends: number[];
  confidence: number;
  /** The names this article supports, the one it calls the actor by first. */
  nameKeys: string[];
  /** Parallel lists, one entry per affiliation this article states for the actor, with its span. */
  affiliatedTo: string[];
  affiliationRoles: string[];
  affiliationSentences: number[];
  affiliationStarts: number[];
  affiliationEnds: number[];
}

/** One row per AFFILIATED_WITH edge a batch supports: the first evidence and how many articles. */
export interface AffiliationWriteRow extends EvidenceProps {
  from: string;
  to: string;
  /** '' when only membership is known: relationship properties cannot be null in MERGE. */
  role: string;
  articles: number;
}

/** What event coreference reads besides the evidence: the reporting article's date. */
export interface ReportProps extends EvidenceProps {
  /** The node the report joins: a provisional id from prepareBatch until coreference resolves it. */
  id: string;
  /** The report's own id (the provisional one): the smallest of a node's reports' is the node's id. */
  reportId: string;
  publishedAt: string | null;
}

export interface StatementWriteRow extends ReportProps {
  speaker: string;
  text: string;
  /** Length of the text's key (statementTextKey): stored, so that coreference reads only texts of a fitting length. */
  textKeyLength: number;
  direct: boolean;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | null;
  via: string | null;
}

export interface MediationWriteRow extends ReportProps {
  mediators: string[];
  parties: string[];
  subject: string | null;
}

export interface MeetingWriteRow extends ReportProps {
  kind: string;
  participants: string[];
  placeKey: string | null;
  placeName: string | null;
  /** 1 when the place is a country, 0 for a city or venue: a merged meeting keeps the most precise. */
  placeRank: number;
  /** The country the place names or lies in, when the place table knows it. */
  placeCountry: string | null;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | null;
  status: string;
}

export interface BatchRows {
  articles: ArticleWriteRow[];
  actors: ActorWriteRow[];
  mentions: MentionWriteRow[];
  affiliations: AffiliationWriteRow[];
  statements: StatementWriteRow[];
  mediations: MediationWriteRow[];
  meetings: MeetingWriteRow[];
}

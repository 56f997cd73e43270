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
  body: string;
  url: string | null;
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
}

export interface ActorWriteRow {
  articleId: string;
  /** The key of the Actor node this extracted actor is merged into. */
  target: string;
  name: string;
  kind: string;
  /** Every name of the actor in this article, with its key. */
  names: { key: string; text: string }[];
  mentionSentences: number[];
  mentionStarts: number[];
  mentionEnds: number[];
  confidence: number;
  publishedAt: string | null;
}

export interface AffiliationWriteRow extends EvidenceProps {
  from: string;
  to: string;
  /** '' when only membership is known: relationship properties cannot be null in MERGE. */
  role: string;
}

export interface StatementWriteRow extends EvidenceProps {
  id: string;
  speaker: string;
  text: string;
  direct: boolean;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | null;
  via: string | null;
}

export interface MediationWriteRow extends EvidenceProps {
  id: string;
  mediators: string[];
  parties: string[];
  subject: string | null;
}

export interface MeetingWriteRow extends EvidenceProps {
  id: string;
  kind: string;
  participants: string[];
  placeKey: string | null;
  placeName: string | null;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | null;
  status: string;
}

export interface BatchRows {
  articles: ArticleWriteRow[];
  actors: ActorWriteRow[];
  affiliations: AffiliationWriteRow[];
  statements: StatementWriteRow[];
  mediations: MediationWriteRow[];
  meetings: MeetingWriteRow[];
}

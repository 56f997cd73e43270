/**
 * The one domain type that flows parse → extract → graph → api/cli.
 *
 * `ExtractedArticle` is the JSON contract of ../shared/eval/GUIDELINE.md (the fields the scorer
 * reads) plus what the graph needs on top: the body, the sentences, evidence spans, confidence,
 * affiliations. Extra fields are ignored by the scorer, so one object serves both.
 */

export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'MEDIA'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const MEETING_KINDS = ['MEETING', 'TALKS', 'SUMMIT', 'VISIT', 'CALL', 'CONFERENCE'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['HELD', 'PLANNED', 'CANCELLED', 'UNKNOWN'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** ISO date: `2023-11-21`, or `2023-11` when only the month is known. */
export type IsoDate = string;

/** A sentence of the article body; `start`/`end` are UTF-16 offsets into `body`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Where an extracted item came from: a sentence and a character span in the body. */
export interface Evidence {
  sentenceIndex: number;
  /** UTF-16 offset into `ArticleMeta.body` (inclusive). */
  start: number;
  /** UTF-16 offset into `ArticleMeta.body` (exclusive). */
  end: number;
}

/** Article-level fields. The first five are the scored contract. */
export interface ArticleMeta {
  title: string;
  keywords: string[];
  dateline: string | null;
  publishedAt: IsoDate | null;
  source: string | null;
  url: string | null;
  /** The web site a page was read from (JSON-LD publisher, og:site_name); absent for text input. */
  siteName?: string | null;
  /** sha256 of the normalised title + body: the article's identity. */
  id: string;
  body: string;
  sentences: Sentence[];
  /**
   * Ingest health: no publication date, body much shorter than the input, no sentence, not
   * English, suspected duplicate. Absent when the article did not come through the parser.
   */
  warnings?: string[];
}

export interface Affiliation {
  /** Name (or alias) of another actor in the same article. */
  actor: string;
  /** "spokesman", "Prime Minister", "leader"; null when only membership is known. */
  role: string | null;
  evidence: Evidence;
}

export interface ExtractedActor {
  name: string;
  kind: ActorKind;
  /** Proper-name variants and acronyms only, never generic references such as "the movement". */
  aliases: string[];
  affiliations: Affiliation[];
  /** Every mention of the actor in the article. */
  mentions: Evidence[];
  confidence: number;
  /** Name of the extraction rule that produced the item (for `extract --explain`). */
  rule?: string;
}

export interface ExtractedStatement {
  /** Name of the actor who said it (matches an actor's name or alias). */
  speaker: string;
  text: string;
  direct: boolean;
  date: IsoDate | null;
  /** Outlet or channel that carried it (an actor name), else null. */
  via: string | null;
  evidence: Evidence;
  confidence: number;
  /** Name of the extraction rule that produced the item (for `extract --explain`). */
  rule?: string;
}

export interface ExtractedMediation {
  mediators: string[];
  parties: string[];
  subject: string | null;
  evidence: Evidence[];
  confidence: number;
  /** Name of the extraction rule that produced the item (for `extract --explain`). */
  rule?: string;
}

export interface ExtractedMeeting {
  kind: MeetingKind;
  participants: string[];
  location: string | null;
  date: IsoDate | null;
  status: MeetingStatus;
  evidence: Evidence[];
  confidence: number;
  /** Name of the extraction rule that produced the item (for `extract --explain`). */
  rule?: string;
}

export interface ExtractedArticle {
  article: ArticleMeta;
  actors: ExtractedActor[];
  statements: ExtractedStatement[];
  mediations: ExtractedMediation[];
  meetings: ExtractedMeeting[];
}

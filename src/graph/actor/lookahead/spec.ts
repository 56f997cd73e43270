import type { ArticleRow } from '../../article/row.js';
import type { MediationSide } from '../../mediation/repository.js';
import type { MediationRow } from '../../mediation/row.js';
import type { MeetingRow, PlaceRow } from '../../meeting/row.js';
import type { RowsMaybeCounted } from '../../shared/batch.js';
import type { EvidenceRow } from '../../shared/evidence-row.js';
import type { Page } from '../../shared/list-query.js';
import type { StatementRow } from '../../statement/row.js';
import type { ActorRow } from '../row.js';

/**
 * What a request reads below one actor, compiled into one query: each relationship list with its
 * page, and which relationships of the listed events are read too.
 */
export interface ActorLookaheadSpec {
  key: string;
  statements: StatementsSpec[];
  meetings: MeetingsSpec[];
  mediations: MediationsSpec[];
  /**
   * Properties of the participants', mediators' and parties' rows read besides `key` (absent: the
   * whole row). Their loaders are primed with these rows, so every field the request reads on such
   * an actor anywhere must be listed.
   */
  relatedActorFields?: readonly (keyof ActorRow)[];
  /** Properties of the evidence's article rows read besides `id` (absent: the whole row); the same caveat. */
  articleFields?: readonly (keyof ArticleRow)[];
  /** Properties of the listed statements, meetings and mediations read besides `id` (absent: the whole row); the same caveat. */
  statementFields?: readonly (keyof StatementRow)[];
  meetingFields?: readonly (keyof MeetingRow)[];
  mediationFields?: readonly (keyof MediationRow)[];
  /** Properties of the evidence rows read besides `articleId` (absent: the whole row); the same caveat. */
  evidenceFields?: readonly (keyof EvidenceRow)[];
  /** Properties of the listed meetings' places read besides `key` (absent: the whole row); the same caveat. */
  placeFields?: readonly (keyof PlaceRow)[];
}

/** Evidence of each listed event; `articles`: with the article rows it points to. */
export interface EvidenceSpec {
  articles: boolean;
}

/** A list's page, and whether its total is counted (the request selects `totalCount`). */
interface ListPageSpec {
  page: Page;
  total: boolean;
}

export interface StatementsSpec extends ListPageSpec {
  evidence: EvidenceSpec | null;
}

export interface MeetingsSpec extends ListPageSpec {
  participants: boolean;
  evidence: EvidenceSpec | null;
}

export interface MediationsSpec extends ListPageSpec {
  side: MediationSide | null;
  mediators: boolean;
  parties: boolean;
  evidence: EvidenceSpec | null;
}

/** One piece of evidence, and its article when the spec asked for articles. */
export interface EvidenceWithArticle {
  evidence: EvidenceRow;
  article?: ArticleRow | null;
}

/** A listed event with the related rows the spec asked for (absent when not asked for). */
export interface WithRelated<T> {
  row: T;
  evidence?: EvidenceWithArticle[];
  participants?: ActorRow[];
  mediators?: ActorRow[];
  parties?: ActorRow[];
}

/** The answer, list by list in the order of the spec. */
export interface ActorLookaheadRow {
  actor: ActorRow;
  statements: RowsMaybeCounted<WithRelated<StatementRow>>[];
  meetings: RowsMaybeCounted<WithRelated<MeetingRow>>[];
  mediations: RowsMaybeCounted<WithRelated<MediationRow>>[];
}

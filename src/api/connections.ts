import type { ActorRow, AffiliationRow } from '../graph/actor/row.js';
import type { ArticleRow } from '../graph/article/row.js';
import type { MediationRow } from '../graph/mediation/row.js';
import type { MeetingRow } from '../graph/meeting/row.js';
import type { StatementRow } from '../graph/statement/row.js';
import type { TimelineItemRow } from '../graph/actor/traversal-rows.js';
import type { Connection } from './pagination.js';

/** Connection parents, named for codegen's mappers. */
export type ArticleConnectionRow = Connection<ArticleRow>;
export type ActorConnectionRow = Connection<ActorRow>;
export type AffiliationConnectionRow = Connection<AffiliationRow>;
export type StatementConnectionRow = Connection<StatementRow>;
export type MediationConnectionRow = Connection<MediationRow>;
export type MeetingConnectionRow = Connection<MeetingRow>;
export type TimelineConnectionRow = Connection<TimelineItemRow>;
export type TimelineEdgeRow = TimelineConnectionRow['edges'][number];

/** `totalCount` is computed only when a client selects it. */
export const totalCountResolver = { totalCount: (c: Connection<unknown>) => c.totalCount() };

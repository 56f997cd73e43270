import type { ActorKind } from '../../domain/article.js';
import type { EvidenceRow } from '../shared/evidence-row.js';

export interface ActorRow {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** An AFFILIATED_WITH edge seen from one end; `actorKey` is the other end. */
export interface AffiliationRow {
  actorKey: string;
  role: string | null;
  evidence: EvidenceRow[];
}

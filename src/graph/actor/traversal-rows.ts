import type { MediationRow } from '../mediation/row.js';
import type { MeetingRow } from '../meeting/row.js';
import type { StatementRow } from '../statement/row.js';
import type { ActorRow } from './row.js';

export type EventLabel = 'Statement' | 'Meeting' | 'Mediation';

/** A statement, meeting or mediation row; the union member is told apart by `eventType`. */
export type EventRow =
  | (StatementRow & { eventType: 'Statement' })
  | (MeetingRow & { eventType: 'Meeting' })
  | (MediationRow & { eventType: 'Mediation' });

export interface TimelineItemRow {
  date: string | null;
  event: EventRow;
}

export interface CounterpartRow {
  actor: ActorRow;
  distance: number;
  weight: number;
  meetings: number;
  mediations: number;
  firstSeen: string | null;
  lastSeen: string | null;
  viaKeys: string[];
}

export interface PathStepRow {
  fromKey: string;
  toKey: string;
  eventType: EventLabel;
  eventId: string;
  fromRole: string;
  toRole: string;
}

export interface PathRow {
  length: number;
  steps: PathStepRow[];
}

export interface GraphNodeRow {
  type: 'Actor' | EventLabel;
  local: string;
  label: string;
  kind: string | null;
}

export interface GraphEdgeRow {
  source: GraphNodeRow;
  target: GraphNodeRow;
  type: string;
}

export interface GraphViewRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

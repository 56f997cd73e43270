import type { ActorRow } from '../actor/row.js';
import type { PlaceRow } from '../meeting/row.js';

export interface StatsRow {
  articles: number;
  actors: number;
  persons: number;
  organizations: number;
  countries: number;
  media: number;
  statements: number;
  mediations: number;
  meetings: number;
  places: number;
  topics: number;
}

export interface ActorCountRow {
  actor: ActorRow;
  count: number;
}

export interface PlaceCountRow {
  place: PlaceRow;
  count: number;
  held: number;
  planned: number;
}

export interface ActivityRow {
  start: string;
  count: number;
}

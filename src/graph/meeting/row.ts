import type { MeetingKind, MeetingStatus } from '../../domain/article.js';

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  /** ISO `2023-11-21` or `2023-11`. */
  date: string | null;
  confidence: number;
  place: PlaceRow | null;
}

export interface PlaceRow {
  key: string;
  name: string;
  /** Set at ingestion from the gazetteer; null when the name is not a known place. */
  latitude: number | null;
  longitude: number | null;
  countryCode: string | null;
  kind: 'CITY' | 'COUNTRY' | 'REGION' | null;
}

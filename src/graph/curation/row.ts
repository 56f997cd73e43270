/** A curation as the API reads it. */
export interface CurationRow {
  id: string;
  action: string;
  target: string;
  /** JSON of the mutation's arguments. */
  details: string;
  at: string;
  keyId: string | null;
}

export interface StatementRow {
  id: string;
  text: string;
  direct: boolean;
  /** ISO `2023-11-21` or `2023-11`. */
  date: string | null;
  confidence: number;
  speakerKey: string;
  viaKey: string | null;
}

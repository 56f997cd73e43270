export interface MediationRow {
  id: string;
  subject: string | null;
  subjects: string[];
  confidence: number;
  firstReportedAt: string | null;
  lastReportedAt: string | null;
}

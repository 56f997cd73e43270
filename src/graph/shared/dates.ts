/** How two reported dates of one event relate. `near`: a few days apart, as rounds of talks are. */
export type DateAgreement = 'agree' | 'near' | 'unknown' | 'conflict';

export interface DatedFact {
  /** ISO day (the first of the month when only the month is known). */
  date: string | null;
  precision: 'DAY' | 'MONTH' | null;
}

const DAY_MS = 86_400_000;
/** Two day-precise dates this many days apart or fewer may be one meeting (a round of talks). */
const NEAR_DAYS = 7;

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

export function dateAgreement(a: DatedFact, b: DatedFact): DateAgreement {
  if (!a.date || !b.date) return 'unknown';
  if (a.precision === 'MONTH' || b.precision === 'MONTH') {
    return a.date.slice(0, 7) === b.date.slice(0, 7) ? 'agree' : 'conflict';
  }
  const days = daysBetween(a.date, b.date);
  if (days <= 1) return 'agree';
  return days <= NEAR_DAYS ? 'near' : 'conflict';
}

/** Days from `day` to the interval [first, last] (0 inside it); 0 when anything is unknown. */
export function daysOutside(day: string | null, first: string | null, last: string | null): number {
  if (!day || !first || !last) return 0;
  if (day < first) return daysBetween(day, first);
  if (day > last) return daysBetween(day, last);
  return 0;
}

/** Shared display helpers. */
export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

export function inRange(date: string | null | undefined, from: string | null, to: string | null): boolean {
  if (!date) return !from && !to;
  const day = date.length === 7 ? `${date}-01` : date;
  return (!from || day >= from) && (!to || day <= to);
}

/** A meeting's label: kind, place and date ("Talks · Doha · 2023-11-21"). */
export function meetingLabel(m: { kind: string; date?: string | null; place?: { name: string } | null }): string {
  return [titleCase(m.kind), m.place?.name, m.date].filter(Boolean).join(' · ');
}

export const KIND_COLOURS: Record<string, string> = {
  PERSON: '#2f6fb3',
  ORGANIZATION: '#7a4fb0',
  COUNTRY: '#2e8b57',
  MEDIA: '#8a6d3b',
  Statement: '#c2571a',
  Meeting: '#b8860b',
  Mediation: '#b03060',
};

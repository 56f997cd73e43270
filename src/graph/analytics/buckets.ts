import { unreachable } from '../../domain/unreachable.js';
export type BucketUnit = 'DAY' | 'WEEK' | 'MONTH';

/** The first day of the bucket that holds `iso` (weeks start on Monday, as Cypher's date.truncate). */
export function bucketStart(iso: string, unit: BucketUnit): string {
  const day = new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  switch (unit) {
    case 'DAY':
      break;
    case 'WEEK':
      day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
      break;
    case 'MONTH':
      day.setUTCDate(1);
      break;
    default:
      return unreachable(unit, 'bucket');
  }
  return isoDay(day);
}

/** Every bucket start from the one holding `from` to the one holding `to`, inclusive. */
export function bucketStarts(from: string, to: string, unit: BucketUnit, max: number): string[] {
  const out: string[] = [];
  const last = bucketStart(to, unit);
  const day = new Date(`${bucketStart(from, unit)}T00:00:00Z`);
  for (let start = isoDay(day); start <= last; start = isoDay(advance(day, unit))) {
    out.push(start);
    if (out.length > max) throw new RangeError(`more than ${max} ${unit.toLowerCase()} buckets`);
  }
  return out;
}

/** Moves `day` (a bucket start) to the next bucket's start, in place. */
function advance(day: Date, unit: BucketUnit): Date {
  if (unit === 'MONTH') day.setUTCMonth(day.getUTCMonth() + 1);
  else day.setUTCDate(day.getUTCDate() + (unit === 'WEEK' ? 7 : 1));
  return day;
}

const isoDay = (day: Date): string => day.toISOString().slice(0, 10);

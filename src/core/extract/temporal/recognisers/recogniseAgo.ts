import { readDuration } from '../durations';
import { periodReading, type Reading } from '../reading';
import { lowerAt, type Scan } from '../scan';
import { periodAgo } from '../values/durationValues';

/** "two years ago": the year, month, week or day that long before the reference date; "years ago" is the past. */
export function recogniseAgo(scan: Scan, index: number): Reading | undefined {
  const duration = readDuration(scan, index);
  if (!duration || lowerAt(scan, duration.next) !== 'ago') return undefined;
  const next = duration.next + 1;
  const period = periodAgo(next, scan.reference.date, duration);
  return period ? periodReading(period) : { next, kind: 'date', timexType: 'DATE', timex: 'PAST_REF', relative: true };
}

import { PARTS_OF_DAY } from '../../../tables/temporalWords';
import { lowerAt, type Scan } from '../scan';
import { atPartOfDay, type Period } from '../values/period';

/** "… morning" after a day makes it a time: "Friday morning" → `2010-07-16TMO`. */
export function withPartOfDay(scan: Scan, period: Period): Period {
  const part = PARTS_OF_DAY.get(lowerAt(scan, period.next));
  if (!part || !period.range) return period;
  return atPartOfDay(period, period.next + 1, period.range.earliest, part);
}

import { addDays } from '../../../calendar';
import { PARTS_OF_DAY, RELATIVE_DAYS } from '../../../tables/temporalWords';
import { isGluedHyphen, lowerAt, type Scan } from '../scan';
import { atPartOfDay, dayPeriod, type Period } from '../values/period';
import { withPartOfDay } from './partOfDay';

/** "today", "yesterday", "tomorrow morning", "tonight", "this morning", "last night". */
export function readRelativeDay(scan: Scan, index: number): Period | undefined {
  // "earlier today", "later tonight": the adverb belongs to the extent and leaves the day as it is.
  if ((lowerAt(scan, index) === 'earlier' || lowerAt(scan, index) === 'later') && RELATIVE_DAYS.has(lowerAt(scan, index + 1))) return readRelativeDay(scan, index + 1);
  const word = lowerAt(scan, index);
  const relative = RELATIVE_DAYS.get(word);
  if (relative) {
    // Part of a compound ("today-only"), not a day of its own.
    if (isGluedHyphen(scan, index + 1)) return undefined;
    const date = addDays(scan.reference.date, relative.days);
    const period = dayPeriod(index + 1, date, true);
    if (relative.partOfDay) return atPartOfDay(period, index + 1, date, relative.partOfDay);
    return withPartOfDay(scan, period);
  }
  const part = PARTS_OF_DAY.get(lowerAt(scan, index + 1));
  if (!part) return undefined;
  if (word === 'this') return atPartOfDay(dayPeriod(index + 2, scan.reference.date, true), index + 2, scan.reference.date, part);
  if (word === 'last' && part === 'NI') {
    const date = addDays(scan.reference.date, -1);
    return atPartOfDay(dayPeriod(index + 2, date, true), index + 2, date, part);
  }
  return undefined;
}

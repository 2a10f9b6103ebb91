import type { DurationUnit } from '../../../calendar';
import { readDuration } from '../durations';
import { anchorFor } from '../periods/anchoredPeriods';
import { periodReading, type Reading } from '../reading';
import { lowerAt, type Scan } from '../scan';
import { shiftedPeriod } from '../values/shiftedPeriod';

/** The calendar unit a length is counted in when it places a date; clock units place none. */
const PLACING_UNIT: Partial<Record<DurationUnit, string>> = { Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter', DE: 'year' };

/** Values of a date placed from no date the text named, as coarse as the unit. */
const UNKNOWN_VALUE: Readonly<Record<string, string>> = { year: 'XXXX', quarter: 'XXXX-QX', month: 'XXXX-XX', week: 'XXXX-WXX', day: 'XXXX-XX-XX' };

/**
 * "a year earlier", "three days later": a date that far from the date the text named last, as
 * TimeML marks it (DATE, "earlier"/"later" in the extent; "an hour before" stays a length). With
 * no date named, "earlier" counts back from the reference date as "ago" does ("from $4 million a
 * year earlier"), while "later" follows a story the text does not date and gets no day.
 */
export function recogniseEarlierLater(scan: Scan, index: number): Reading | undefined {
  const duration = readDuration(scan, index);
  if (!duration || duration.amount === undefined || duration.amountMax !== undefined || !Number.isInteger(duration.amount)) return undefined;
  const word = lowerAt(scan, duration.next);
  if (word !== 'earlier' && word !== 'later') return undefined;
  const unit = PLACING_UNIT[duration.unit];
  if (unit === undefined) return undefined;
  const next = duration.next + 1;
  const count = duration.unit === 'DE' ? duration.amount * 10 : duration.amount;
  const anchor = anchorFor(scan, unit);
  if (!anchor.named && word === 'later') return { next, kind: 'date', timexType: 'DATE', timex: UNKNOWN_VALUE[unit], relative: true, reason: 'no date named before' };
  const period = shiftedPeriod(next, anchor.date, unit, word === 'earlier' ? -count : count);
  return period && periodReading({ ...period, reason: anchor.reason });
}

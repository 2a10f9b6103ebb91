import type { DurationUnit } from '../../../calendar';
import { ANCHOR_SHIFT_WORDS, PLAN_ADVERBS, PLAN_WORDS } from '../../../tables/temporalWords';
import { readDuration } from '../durations';
import { granularityOf, startOfTimex } from '../periods/anaphoricPeriods';
import { anchorFor } from '../periods/anchoredPeriods';
import { periodReading, type Reading } from '../reading';
import { lowerAt, type Scan } from '../scan';
import { shiftedPeriod } from '../values/shiftedPeriod';

/** The calendar unit a length is counted in when it places a date; clock units place none. */
const PLACING_UNIT: Partial<Record<DurationUnit, string>> = { Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter', DE: 'year' };

/** Values of a date placed from no date the text named, as coarse as the unit. */
const UNKNOWN_VALUE: Readonly<Record<string, string>> = { year: 'XXXX', quarter: 'XXXX-QX', month: 'XXXX-XX', week: 'XXXX-WXX', day: 'XXXX-XX-XX' };

/**
 * "a year earlier", "three days later", "two years afterwards": a date that far from the date the
 * text named last, as TimeML marks it (DATE, the shift word in the extent; "an hour before" stays
 * a length). With no date named, "earlier" counts back from the reference date as "ago" does
 * ("from $4 million a year earlier"), while "later" follows a story the text does not date and
 * gets no day. "three days later than planned" is read by laterThanPlanned.
 */
export function recogniseEarlierLater(scan: Scan, index: number): Reading | undefined {
  const duration = readDuration(scan, index);
  if (!duration || duration.amount === undefined || duration.amountMax !== undefined || !Number.isInteger(duration.amount)) return undefined;
  const word = lowerAt(scan, duration.next);
  const direction = ANCHOR_SHIFT_WORDS.get(word);
  if (direction === undefined) return undefined;
  const unit = PLACING_UNIT[duration.unit];
  if (unit === undefined) return undefined;
  const next = duration.next + 1;
  if (lowerAt(scan, next) === 'than') return laterThanPlanned(scan, next);
  const count = duration.unit === 'DE' ? duration.amount * 10 : duration.amount;
  const anchor = anchorFor(scan, unit);
  if (!anchor.named && direction > 0) return { next, kind: 'date', timexType: 'DATE', timex: UNKNOWN_VALUE[unit], relative: true, reason: 'no date named before' };
  const period = shiftedPeriod(next, anchor.date, unit, direction * count);
  return period && periodReading({ ...period, reason: anchor.reason });
}

/**
 * "arrives on May 3, two days later than planned": the phrase measures how far the date just
 * named moved from a plan, so it names that date itself, not one two days after it. It reads as
 * the date named before it in the same sentence, the comparison in the extent; with no such date
 * it is a day the text does not give. An unplanned comparison ("later than its rival") is left
 * to the duration reader.
 */
function laterThanPlanned(scan: Scan, than: number): Reading | undefined {
  let cursor = than + 1;
  if (PLAN_ADVERBS.has(lowerAt(scan, cursor))) cursor++;
  if (!PLAN_WORDS.has(lowerAt(scan, cursor))) return undefined;
  const named = scan.namedInSentence;
  const granularity = named === undefined ? undefined : granularityOf(named);
  const start = named === undefined ? undefined : startOfTimex(named);
  if (granularity === undefined || start === undefined) return { next: cursor + 1, kind: 'date', timexType: 'DATE', timex: 'XXXX-XX-XX', relative: true, reason: 'no date named before' };
  const period = shiftedPeriod(cursor + 1, start, granularity, 0);
  return period && periodReading({ ...period, reason: `the date named before (${named})` });
}

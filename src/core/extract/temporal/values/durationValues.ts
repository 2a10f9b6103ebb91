import { addDurationWithinCalendar, formatIsoWeek, isoWeek, isoWeekRange, parseIsoDate, type CalendarRange, type DurationUnit } from '../../../calendar';
import type { IsoDate } from '../../../model';
import { TIMEX_UNIT } from '../../../tables/temporalWords';
import type { Duration } from '../durations';
import { dayPeriod, monthPeriod, yearPeriod, type Period } from './period';

/** A duration as TIMEX3 writes it: `P6M`, `PT12H`, `PXY` for "several years". */
export function durationTimex(unit: DurationUnit, amount: number | undefined): string {
  const written = TIMEX_UNIT[unit];
  const count = amount === undefined ? 'X' : String(Math.round(amount * written.factor * 1000) / 1000);
  return `P${written.time ? 'T' : ''}${count}${written.letter}`;
}

/** A duration read in the text; "two to three years" is written as its upper end, `P3Y`. */
export function durationText(duration: Duration): string {
  return durationTimex(duration.unit, duration.amountMax ?? duration.amount);
}

/**
 * When a deadline counted from the reference date falls: a day for "in six months", a range for
 * "in two to three years" or "in six months to a year" (`upper`), and for a vague count the range
 * it stands for ("in a few years": two to six years on). Undefined for a count with no bounds
 * ("in many years") and for a span beyond any date that can be written ("in 9000 years").
 */
export function deadlineDays(reference: IsoDate, duration: Duration, upper: Duration | undefined): { due?: IsoDate; range?: CalendarRange } | undefined {
  if (duration.amount === undefined) {
    if (!duration.vagueSpan || upper) return undefined;
    return deadlineDays(reference, { ...duration, amount: duration.vagueSpan[0], amountMax: duration.vagueSpan[1], vagueSpan: undefined }, undefined);
  }
  const earliest = addDurationWithinCalendar(reference, duration.amount, duration.unit);
  const longest = upper?.amount !== undefined ? upper : duration.amountMax !== undefined ? { amount: duration.amountMax, unit: duration.unit } : undefined;
  const latest = longest?.amount !== undefined ? addDurationWithinCalendar(reference, longest.amount, longest.unit) : earliest;
  if (earliest === undefined || latest === undefined) return undefined;
  return longest ? { range: { earliest, latest } } : { due: earliest };
}

/** The days of a span that ends at the reference date: "the past two years". Undefined for "the past few years". */
export function spanToNow(reference: IsoDate, duration: Duration): CalendarRange | undefined {
  const earliest = duration.amount === undefined ? undefined : addDurationWithinCalendar(reference, duration.amountMax ?? duration.amount, duration.unit, -1);
  return earliest === undefined ? undefined : { earliest, latest: reference };
}

/**
 * "two years ago": the year, month, week or day that long before the reference date, as fine as
 * the unit. Undefined when the text gives no single date: "a few years ago", "two or three years ago".
 */
export function periodAgo(next: number, reference: IsoDate, duration: Duration): Period | undefined {
  if (duration.amount === undefined || duration.amountMax !== undefined) return undefined;
  const date = addDurationWithinCalendar(reference, duration.amount, duration.unit, -1);
  if (date === undefined) return undefined;
  const parsed = parseIsoDate(date);
  switch (AGO_GRANULARITY[duration.unit]) {
    case 'year':
      return yearPeriod(next, parsed.year, true);
    case 'month':
      return monthPeriod(next, parsed.year, parsed.month, true);
    case 'week':
      return { next, timex: formatIsoWeek(isoWeek(date)), type: 'DATE', range: isoWeekRange(date), relative: true };
    case 'day':
      return dayPeriod(next, date, true);
  }
}

const AGO_GRANULARITY: Readonly<Record<DurationUnit, 'year' | 'month' | 'week' | 'day'>> = {
  CE: 'year', DE: 'year', Y: 'year', Q: 'month', M: 'month', W: 'week', D: 'day', H: 'day', MIN: 'day', S: 'day',
};

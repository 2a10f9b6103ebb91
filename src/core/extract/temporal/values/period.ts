import { daysInMonth, formatIsoDate, formatYearMonth, monthRange, monthsRange, yearRange, type CalendarRange } from '../../../calendar';
import type { IsoDate, TimexType } from '../../../model';

/**
 * A calendar expression read at a token: its TIMEX3 value, the days it spans, and the token
 * after it. Fiscal years and the reference words ("now", "the past") have no range.
 */
export interface Period {
  next: number;
  timex: string;
  type: TimexType;
  range?: CalendarRange;
  /** True when the value depends on the reference date. */
  relative: boolean;
  /** Why an underspecified expression resolved as it did: "past tense". */
  reason?: string;
}

/** A calendar year: `2024`. */
export function yearPeriod(next: number, year: number, relative = false, reason?: string): Period {
  return { next, timex: String(year), type: 'DATE', range: yearRange(year), relative, reason };
}

/** A month of a year: `2024-03`. */
export function monthPeriod(next: number, year: number, month: number, relative = false, reason?: string): Period {
  return { next, timex: formatYearMonth(year, month), type: 'DATE', range: monthRange(year, month), relative, reason };
}

/** One day: `2024-03-14`. */
export function dayPeriod(next: number, date: IsoDate, relative = false, reason?: string): Period {
  return { next, timex: date, type: 'DATE', range: { earliest: date, latest: date }, relative, reason };
}

/** A part of a day ("morning" → `MO`) turns a day into a time: `2010-07-16TMO`. */
export function atPartOfDay(period: Period, next: number, date: IsoDate, part: string): Period {
  return { ...period, next, timex: `${date}T${part}`, type: 'TIME' };
}

/** A decade as TIMEX3 writes it: its first three digits ("199" for the 1990s). */
export function decadePeriod(next: number, decade: number, relative: boolean): Period {
  return { next, timex: String(decade), type: 'DATE', range: { earliest: yearRange(decade * 10).earliest, latest: yearRange(decade * 10 + 9).latest }, relative };
}

/** A century as TIMEX3 writes it: its first two digits ("20" for 2000–2099). */
export function centuryPeriod(next: number, century: number, relative: boolean): Period {
  return { next, timex: String(century), type: 'DATE', range: { earliest: yearRange(century * 100).earliest, latest: yearRange(century * 100 + 99).latest }, relative };
}

/** A season of `year`; a season whose months run past December (winter) ends in the next year. */
export function seasonPeriod(next: number, year: number, code: string, firstMonth: number, lastMonth: number, relative: boolean): Period {
  const range = lastMonth > 12
    ? { earliest: monthRange(year, firstMonth).earliest, latest: monthRange(year + 1, lastMonth - 12).latest }
    : monthsRange(year, firstMonth, lastMonth);
  return { next, timex: `${year}-${code}`, type: 'DATE', range, relative };
}

/** The date of a month and day in `year`; a day past the month's end ("February 30") is its last day. */
export function monthDayDate(year: number, month: number, day: number): IsoDate {
  return formatIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

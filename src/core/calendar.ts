import type { IsoDate } from './model';

/**
 * Pure calendar arithmetic on `YYYY-MM-DD` strings. Dates are calendar days, never instants:
 * computations count days in the proleptic Gregorian calendar, by integer arithmetic or through
 * `Date.UTC` and the `getUTC*` readers, so the result never depends on the time zone of the
 * machine (a local-time `Date` would move a day across midnight).
 */

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

export function parseIsoDate(date: IsoDate): CalendarDay {
  // Extraction parses dates in its inner loops; reading the digits in place spares the match.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    const day = digitsAt(date, 8, 2);
    if (year >= 0 && month >= 0 && day >= 0) return { year, month, day };
  }
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not a calendar date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The decimal value of `length` ASCII digits at `start`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  // The dates extraction makes, written without three calls to padStart; `pad` writes the rest.
  if (year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatYearMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0–99 as 1900–1999; those and months out of range keep its answer.
  if (year >= 100 && month >= 1 && month <= 12 && Number.isInteger(year) && Number.isInteger(month)) {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 (negative before), as `Date.UTC` counts them. Exported for its tests. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  // Date.UTC reads years 0–99 as 1900–1999; those keep its answer. Days past the month's end
  // run on into the next, in both.
  if (year >= 100 && month >= 1 && month <= 12) return daysFromCivil(year, month, day);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The date of a day number, as a `Date` at that many days past the epoch gives it. Exported for its tests. */
export function fromDayNumber(days: number): IsoDate {
  if (Number.isInteger(days) && Math.abs(days) <= MAX_DATE_DAYS) {
    const { year, month, day } = civilFromDays(days);
    return formatIsoDate(year, month, day);
  }
  const value = new Date(days * DAY_MS);
  return formatIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

/** A `Date` holds at most this many days either side of the epoch. */
const MAX_DATE_DAYS = 100_000_000;

// The proleptic Gregorian calendar `Date` uses, by counting 400-year eras from 0000-03-01
// (H. Hinnant's days_from_civil and civil_from_days). Integer arithmetic rather than a `Date` per
// step: extraction does date arithmetic for most expressions it resolves.
const DAYS_PER_ERA = 146_097;
const EPOCH_FROM_ERA_START = 719_468;

function daysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_FROM_ERA_START;
}

function civilFromDays(days: number): CalendarDay {
  const shifted = days + EPOCH_FROM_ERA_START;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + Math.round(days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Adds calendar months, clamping to the end of a shorter month (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4); the remainder is taken to be positive before the epoch too.
  const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7;
  return weekday === 0 ? 7 : weekday;
}

export interface IsoWeek {
  year: number;
  week: number;
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(date: IsoDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = parseIsoDate(thursday).year;
  const week = Math.floor(daysBetween(formatIsoDate(year, 1, 1), thursday) / 7) + 1;
  return { year, week };
}

/** `2006-W14` */
export function formatIsoWeek(week: IsoWeek): string {
  return `${pad(week.year, 4)}-W${pad(week.week, 2)}`;
}

/** Monday of the ISO week that holds `date`. */
export function startOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Calendar quarter, 1–4. */
export function quarterOf(date: IsoDate): number {
  return Math.floor((parseIsoDate(date).month - 1) / 3) + 1;
}

export interface CalendarRange {
  earliest: IsoDate;
  latest: IsoDate;
}

export function yearRange(year: number): CalendarRange {
  return { earliest: formatIsoDate(year, 1, 1), latest: formatIsoDate(year, 12, 31) };
}

export function monthRange(year: number, month: number): CalendarRange {
  return { earliest: formatIsoDate(year, month, 1), latest: formatIsoDate(year, month, daysInMonth(year, month)) };
}

/** First to last month of a span of months (quarters, halves, seasons). */
export function monthsRange(year: number, firstMonth: number, lastMonth: number): CalendarRange {
  return { earliest: monthRange(year, firstMonth).earliest, latest: monthRange(year, lastMonth).latest };
}

export function quarterRange(year: number, quarter: number): CalendarRange {
  return monthsRange(year, quarter * 3 - 2, quarter * 3);
}

export function isoWeekRange(date: IsoDate): CalendarRange {
  const monday = startOfIsoWeek(date);
  return { earliest: monday, latest: addDays(monday, 6) };
}

/**
 * The nearest date with the given ISO weekday, looking back (`-1`) or ahead (`1`); the
 * reference day itself counts, as news writes "announced Monday" on the Monday it happened.
 */
export function nearestWeekday(reference: IsoDate, weekday: number, direction: 1 | -1): IsoDate {
  const offset = (weekday - isoWeekday(reference)) * direction;
  return addDays(reference, direction * (((offset % 7) + 7) % 7));
}

/** Units a duration is counted in, as TIMEX3 writes them (`P2Y`, `P6M`, `PT30M`). */
export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE' | 'Q';

/** Moves a date by a (possibly fractional) number of units; fractions of a year go by months. */
export function addDuration(date: IsoDate, amount: number, unit: DurationUnit, direction: 1 | -1 = 1): IsoDate {
  const step = DURATION_STEPS[unit];
  if (step.months > 0) {
    const months = amount * step.months;
    const whole = Math.trunc(months);
    const shifted = addMonths(date, direction * whole);
    return addDays(shifted, direction * Math.round((months - whole) * 30));
  }
  return addDays(date, direction * Math.floor(amount * step.days));
}

/**
 * `addDuration`, or undefined when the date would leave the years 0001–9998 (a year of margin
 * below 9999 for the day rounding of long spans): "in 9000 years" has no date to be due on.
 */
export function addDurationWithinCalendar(date: IsoDate, amount: number, unit: DurationUnit, direction: 1 | -1 = 1): IsoDate | undefined {
  const step = DURATION_STEPS[unit];
  const years = step.months > 0 ? (amount * step.months) / 12 : (amount * step.days) / 365;
  const year = parseIsoDate(date).year + direction * years;
  return year >= 1 && year <= 9998 ? addDuration(date, amount, unit, direction) : undefined;
}

/** How many months or days one unit is: calendar units move by months so ends of months clamp. */
const DURATION_STEPS: Readonly<Record<DurationUnit, { months: number; days: number }>> = {
  CE: { months: 1200, days: 0 },
  DE: { months: 120, days: 0 },
  Y: { months: 12, days: 0 },
  Q: { months: 3, days: 0 },
  M: { months: 1, days: 0 },
  W: { months: 0, days: 7 },
  D: { months: 0, days: 1 },
  H: { months: 0, days: 1 / 24 },
  MIN: { months: 0, days: 1 / 1440 },
  S: { months: 0, days: 1 / 86400 },
};

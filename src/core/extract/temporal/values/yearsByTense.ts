import { nearestWeekday, parseIsoDate } from '../../../calendar';
import type { IsoDate } from '../../../model';
import type { Tense } from '../tense';
import { monthDayDate } from './period';

/**
 * The year of an underspecified date ("in November", "June 18", "the third quarter"): in a past
 * sentence the last such date up to the reference date, in a future one the next from it.
 */

/** The year of a month named without one: "in November". */
export function yearOfMonth(reference: IsoDate, tense: Tense, month: number): number {
  const today = parseIsoDate(reference);
  if (tense === 'past' && month > today.month) return today.year - 1;
  if (tense === 'future' && month < today.month) return today.year + 1;
  return today.year;
}

/** The year of a month and day named without one: "June 18", "Christmas". */
export function yearOfMonthDay(reference: IsoDate, tense: Tense, month: number, day: number): number {
  const today = parseIsoDate(reference);
  const sameYear = monthDayDate(today.year, month, day);
  if (tense === 'past') return sameYear <= reference ? today.year : today.year - 1;
  if (tense === 'future') return sameYear >= reference ? today.year : today.year + 1;
  // With no tense, the occurrence nearest the reference date: "December 30" read in January is last year's.
  const monthsAway = month - today.month;
  if (monthsAway > 6) return today.year - 1;
  if (monthsAway < -6) return today.year + 1;
  return today.year;
}

/**
 * The year of a quarter or half named without one ("the third quarter"), given the one the
 * reference date falls in: in a past sentence, one not yet over is last year's.
 */
export function yearOfPart(reference: IsoDate, tense: Tense, ordinal: number, current: number): number {
  const year = parseIsoDate(reference).year;
  if (tense === 'past') return ordinal >= current ? year - 1 : year;
  if (tense === 'future' && ordinal < current) return year + 1;
  return year;
}

/** A weekday named alone ("Friday"): the next one in a future sentence, else the last one. */
export function weekdayByTense(reference: IsoDate, tense: Tense, weekday: number): IsoDate {
  return nearestWeekday(reference, weekday, tense === 'future' ? 1 : -1);
}

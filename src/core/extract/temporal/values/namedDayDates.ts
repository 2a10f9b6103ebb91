import { addDays, daysBetween, daysInMonth, formatIsoDate, nearestWeekday, parseIsoDate } from '../../../calendar';
import type { IsoDate } from '../../../model';
import type { NamedDayRule } from '../../../tables/namedDays';
import type { Tense } from '../tense';

/** The date of a named day in `year`, or undefined for a name that holds no date ("Black Monday"). */
export function namedDayDate(rule: NamedDayRule, year: number): IsoDate | undefined {
  if ('undated' in rule) return undefined;
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
  if ('day' in rule) return formatIsoDate(year, rule.month, rule.day);
  const day = rule.nth > 0
    ? addDays(nearestWeekday(formatIsoDate(year, rule.month, 1), rule.weekday, 1), 7 * (rule.nth - 1))
    : nearestWeekday(formatIsoDate(year, rule.month, daysInMonth(year, rule.month)), rule.weekday, -1);
  return addDays(day, rule.offset ?? 0);
}

/**
 * The occurrence of a named day the tense points to: in a past sentence the last one up to the
 * reference date, in a future one the next from it, with no tense the nearest. Computed per year
 * because days such as Thanksgiving and Easter move.
 */
export function namedDayByTense(rule: NamedDayRule, reference: IsoDate, tense: Tense): IsoDate | undefined {
  const year = parseIsoDate(reference).year;
  const dates = [year - 1, year, year + 1].map((candidate) => namedDayDate(rule, candidate));
  if (dates.some((date) => date === undefined)) return undefined;
  const [before, same, after] = dates as IsoDate[];
  if (tense === 'past') return same <= reference ? same : before;
  if (tense === 'future') return same >= reference ? same : after;
  return [before, same, after].reduce((best, date) => (Math.abs(daysBetween(reference, date)) < Math.abs(daysBetween(reference, best)) ? date : best));
}

/** Easter Sunday in the Gregorian calendar, by the anonymous (Meeus–Jones–Butcher) computus. */
export function easterSunday(year: number): IsoDate {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const leapYears = Math.floor(yearOfCentury / 4);
  const yearRest = yearOfCentury % 4;
  const weekdayShift = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
  const correction = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const monthDay = epact + weekdayShift - 7 * correction + 114;
  return formatIsoDate(year, Math.floor(monthDay / 31), (monthDay % 31) + 1);
}

import { addDays, nearestWeekday, parseIsoDate, quarterOf } from '../../../calendar';
import { MONTH_NAMES } from '../../../tables/months';
import { PERIOD_NOUNS, PERIOD_SHIFTS, SEASONS } from '../../../tables/temporalWords';
import { WEEKDAY_NAMES } from '../../../tables/weekdays';
import { isCapitalised, lowerAt, type Scan } from '../scan';
import { dayPeriod, monthPeriod, seasonPeriod, type Period } from '../values/period';
import { shiftedPeriod } from '../values/shiftedPeriod';
import { withPartOfDay } from './partOfDay';

/**
 * "in the new year", "early in the new year": the year after the reference date's, said in its
 * closing months; in January the new year is the one just begun. Capitalised, "New Year" is the
 * holiday; "the new year's budget" or "the new year ahead" stay with the general reading.
 */
function readNewYear(scan: Scan, index: number): Period | undefined {
  if (lowerAt(scan, index) !== 'the' || lowerAt(scan, index + 1) !== 'new' || lowerAt(scan, index + 2) !== 'year') return undefined;
  if (isCapitalised(scan, index + 1) || !NEW_YEAR_PREPOSITIONS.has(lowerAt(scan, index - 1))) return undefined;
  const after = lowerAt(scan, index + 3);
  if (after === "'" || after === '’' || after === 's') return undefined;
  const reference = scan.reference.date;
  return shiftedPeriod(index + 3, reference, 'year', parseIsoDate(reference).month === 1 ? 0 : 1);
}

const NEW_YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'until', 'into', 'after', 'before', 'for', 'over']);

/**
 * "last week", "this year", "next month", "the last quarter", "this weekend", "last November",
 * "next Friday", "this summer", "later this year", "earlier this month".
 */
export function readShiftedPeriod(scan: Scan, index: number): Period | undefined {
  const newYear = readNewYear(scan, index);
  if (newYear) return newYear;
  let cursor = index;
  if (lowerAt(scan, cursor) === 'later' || lowerAt(scan, cursor) === 'earlier') cursor++;
  if (lowerAt(scan, cursor) === 'the' && cursor === index) cursor++;
  const shiftWord = lowerAt(scan, cursor);
  const shift = PERIOD_SHIFTS.get(shiftWord);
  if (shift === undefined) return undefined;
  const hasThe = lowerAt(scan, cursor - 1) === 'the';
  // "the following week", "the next day" count from a date in the text (anchoredPeriods.ts).
  if (shiftWord === 'following' || (hasThe && shiftWord === 'next')) return undefined;
  const nounIndex = cursor + 1;
  const noun = lowerAt(scan, nounIndex);
  const reference = scan.reference.date;
  const today = parseIsoDate(reference);
  const granularity = PERIOD_NOUNS.get(noun);
  if (granularity) {
    // "the past decade" and "the last year" are spans ending now, read by the past-span recogniser.
    if (hasThe && shift < 0 && granularity !== 'quarter') return undefined;
    const rest = restOfYearInQuarter(scan, index, granularity, shift, nounIndex + 1);
    return rest ?? shiftedPeriod(nounIndex + 1, reference, granularity, shift);
  }
  const month = MONTH_NAMES.get(noun);
  if (month && !month.abbreviation && isCapitalised(scan, nounIndex)) {
    // "last November" is the latest November before this month, "next November" the first after it.
    const year = shift === 0 ? today.year : shift < 0 ? (month.month < today.month ? today.year : today.year - 1) : month.month > today.month ? today.year : today.year + 1;
    return monthPeriod(nounIndex + 1, year, month.month, true);
  }
  const weekday = WEEKDAY_NAMES.get(noun);
  if (weekday !== undefined && isCapitalised(scan, nounIndex)) {
    const due = shift < 0 ? nearestWeekday(addDays(reference, -1), weekday, -1) : nearestWeekday(addDays(reference, shift > 0 ? 1 : 0), weekday, 1);
    return withPartOfDay(scan, dayPeriod(nounIndex + 1, due, true));
  }
  const season = SEASONS.get(noun);
  if (season) {
    const year = shift === 0 ? today.year : shift < 0 ? (season.firstMonth < today.month ? today.year - (season.lastMonth >= today.month ? 1 : 0) : today.year - 1) : season.firstMonth > today.month ? today.year : today.year + 1;
    return seasonPeriod(nounIndex + 1, year, season.code, season.firstMonth, season.lastMonth, true);
  }
  return undefined;
}

/**
 * "later this year" said in October can only mean the last quarter: when what is left of the
 * year lies in the reference date's quarter, that quarter is the value TIMEX3 asks for, the most
 * precise one the text supports. Elsewhere in the year, and for "earlier this year", it stays the year.
 */
function restOfYearInQuarter(scan: Scan, index: number, granularity: string, shift: number, next: number): Period | undefined {
  if (granularity !== 'year' || shift !== 0 || lowerAt(scan, index) !== 'later' || quarterOf(scan.reference.date) !== 4) return undefined;
  const period = shiftedPeriod(next, scan.reference.date, 'quarter', 0);
  return period && { ...period, reason: 'the rest of the year lies in its last quarter' };
}

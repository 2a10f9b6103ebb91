import { addDays, addYears, formatIsoDate, formatIsoWeek, isoWeek, isoWeekRange, monthRange, parseIsoDate, quarterOf, quarterRange, yearRange } from '../../../calendar';
import type { IsoDate } from '../../../model';
import { ANAPHORIC_UNITS, YEAR_BEFORE_PHRASES } from '../../../tables/temporalWords';
import { lowerAt, matchWords, type Scan } from '../scan';
import { dayPeriod, monthPeriod, yearPeriod, type Period } from '../values/period';

/**
 * Phrases that point back to a date named earlier in the paragraph: "that day", "on the same
 * day", "by that time", "that year", and with a year back "the same month a year ago", "the
 * same period last year". The date they point to is the last one the paragraph named (kept in
 * `scan.context`); with none, a phrase that moves a year back counts from the reference date and
 * any other is read as nothing rather than guessed. "at the same time" joins two actions and
 * names no time.
 */
export function readAnaphoricPeriod(scan: Scan, index: number): Period | undefined {
  const opening = openingEnd(scan, index);
  if (opening === undefined) return undefined;
  const unit = lowerAt(scan, opening);
  if (!ANAPHORIC_UNITS.has(unit)) return undefined;
  if (unit === 'time' && lowerAt(scan, index) === 'the') return undefined;
  const shift = YEAR_BEFORE_PHRASES.find((words) => matchWords(scan, opening + 1, words));
  if (shift && unit === 'time') return undefined;
  const next = shift ? opening + 1 + shift.length : opening + 1;
  const antecedent = scan.context.antecedent;
  const fiscal = antecedent === undefined ? undefined : fiscalYearOf(antecedent);
  if (fiscal !== undefined && (unit === 'period' || unit === 'year')) {
    return { next, timex: `FY${fiscal - (shift ? 1 : 0)}`, type: 'DATE', relative: true, reason: `the fiscal year named before (${antecedent})` };
  }
  const base = antecedent ? startOfTimex(antecedent) : undefined;
  if (!shift && base === undefined) return undefined;
  const reason = base !== undefined ? `the date named before (${antecedent})` : 'the reference date';
  const start = addYears(base ?? scan.reference.date, shift ? -1 : 0);
  const granularity = unit === 'period' || unit === 'time' ? (antecedent ? granularityOf(antecedent) : undefined) : unit;
  if (granularity === undefined) return undefined;
  return { ...periodOf(next, start, granularity), relative: true, reason };
}

/**
 * The year of a fiscal-year value (`FY2024`). A fiscal year has no calendar range (its start
 * differs by country), so "the same period last year" after one is the fiscal year before it.
 */
export function fiscalYearOf(timex: string): number | undefined {
  const match = /^FY(\d{4})$/.exec(timex);
  return match ? Number(match[1]) : undefined;
}

/** The token after "that", "the same" or "that same", or undefined. */
function openingEnd(scan: Scan, index: number): number | undefined {
  const word = lowerAt(scan, index);
  if (word === 'that') return lowerAt(scan, index + 1) === 'same' ? index + 2 : index + 1;
  if (word === 'the' && lowerAt(scan, index + 1) === 'same') return index + 2;
  return undefined;
}

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

function periodOf(next: number, date: IsoDate, granularity: string): Period {
  const { year, month } = parseIsoDate(date);
  switch (granularity) {
    case 'day':
      return dayPeriod(next, date);
    case 'week':
      return { next, timex: formatIsoWeek(isoWeek(date)), type: 'DATE', range: isoWeekRange(date), relative: true };
    case 'month':
      return monthPeriod(next, year, month);
    case 'quarter': {
      const quarter = quarterOf(date);
      return { next, timex: `${year}-Q${quarter}`, type: 'DATE', range: quarterRange(year, quarter), relative: true };
    }
    default:
      return yearPeriod(next, year);
  }
}

/** The unit of a calendar value: `2024-03-12` a day, `2024-03` a month, `2024-Q1` a quarter. */
export function granularityOf(timex: string): Granularity | undefined {
  if (/^\d{4}-\d{2}-\d{2}/.test(timex)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(timex)) return 'week';
  if (/^\d{4}-\d{2}$/.test(timex)) return 'month';
  if (/^\d{4}-Q\d$/.test(timex)) return 'quarter';
  if (/^\d{4}$/.test(timex)) return 'year';
  return undefined;
}

/** The first day of a calendar value, or undefined for one that is not a calendar period. */
export function startOfTimex(timex: string): IsoDate | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(timex);
  if (day) return formatIsoDate(Number(day[1]), Number(day[2]), Number(day[3]));
  const quarter = /^(\d{4})-Q(\d)$/.exec(timex);
  if (quarter) return quarterRange(Number(quarter[1]), Number(quarter[2])).earliest;
  const week = /^(\d{4})-W(\d{2})$/.exec(timex);
  if (week) return isoWeekStart(Number(week[1]), Number(week[2]));
  const month = /^(\d{4})-(\d{2})$/.exec(timex);
  if (month) return monthRange(Number(month[1]), Number(month[2])).earliest;
  const year = /^(\d{4})$/.exec(timex);
  return year ? yearRange(Number(year[1])).earliest : undefined;
}

/** Monday of ISO week `week` of `year`: the week that holds January 4 is week 1. */
function isoWeekStart(year: number, week: number): IsoDate {
  return addDays(isoWeekRange(formatIsoDate(year, 1, 4)).earliest, 7 * (week - 1));
}

import { addDays, addMonths, formatIsoDate, formatIsoWeek, isoWeek, isoWeekRange, parseIsoDate, quarterOf, quarterRange } from '../../../calendar';
import type { IsoDate } from '../../../model';
import { centuryPeriod, dayPeriod, decadePeriod, monthPeriod, yearPeriod, type Period } from './period';

/**
 * The period of `granularity` holding the reference date, moved by `shift` such periods:
 * "this year" (0), "last week" (-1), "next quarter" (1), and from a date the text named, "the following day" (1). Weeks are ISO weeks, as TIMEX3 writes them.
 */
export function shiftedPeriod(next: number, reference: IsoDate, granularity: string, shift: number): Period | undefined {
  const today = parseIsoDate(reference);
  switch (granularity) {
    case 'day':
      return dayPeriod(next, addDays(reference, shift), true);
    case 'year':
      return yearPeriod(next, today.year + shift, true);
    case 'month': {
      const date = addMonths(formatIsoDate(today.year, today.month, 1), shift);
      const parsed = parseIsoDate(date);
      return monthPeriod(next, parsed.year, parsed.month, true);
    }
    case 'week':
    case 'weekend': {
      const day = addDays(reference, shift * 7);
      const week = isoWeekRange(day);
      const label = formatIsoWeek(isoWeek(day));
      if (granularity === 'week') return { next, timex: label, type: 'DATE', range: week, relative: true };
      return { next, timex: `${label}-WE`, type: 'DATE', range: { earliest: addDays(week.earliest, 5), latest: week.latest }, relative: true };
    }
    case 'quarter': {
      const index = today.year * 4 + quarterOf(reference) - 1 + shift;
      const year = Math.floor(index / 4);
      const quarter = index - year * 4 + 1;
      return { next, timex: `${year}-Q${quarter}`, type: 'DATE', range: quarterRange(year, quarter), relative: true };
    }
    case 'decade':
      return decadePeriod(next, Math.floor(today.year / 10) + shift, true);
    case 'century':
      return centuryPeriod(next, Math.floor(today.year / 100) + shift, true);
    default:
      return undefined;
  }
}

import { formatIsoDate } from '../../../calendar';
import { HOLIDAYS } from '../../../tables/temporalWords';
import { yearDigitsAt } from '../numberTokens';
import { isCapitalised, matchWords, type Scan } from '../scan';
import { tenseAt, tenseReason } from '../tense';
import { dayPeriod, type Period } from '../values/period';
import { yearOfMonthDay } from '../values/yearsByTense';

/** "Christmas", "New Year's Day", "Halloween 2023", resolved to the nearest one the tense allows. */
export function readHoliday(scan: Scan, index: number): Period | undefined {
  if (!isCapitalised(scan, index)) return undefined;
  const holiday = HOLIDAYS.find((candidate) => matchWords(scan, index, candidate.words));
  if (!holiday) return undefined;
  const next = index + holiday.words.length;
  const year = yearDigitsAt(scan, next);
  if (year !== undefined) return dayPeriod(next + 1, formatIsoDate(year, holiday.month, holiday.day));
  const tense = tenseAt(scan, index);
  return dayPeriod(next, formatIsoDate(yearOfMonthDay(scan.reference.date, tense, holiday.month, holiday.day), holiday.month, holiday.day), true, tenseReason(tense));
}

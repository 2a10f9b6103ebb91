import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../../../tables/weekdays';
import { glued, isCapitalised, lowerAt, type Scan } from '../scan';
import { tenseAt, tenseReason } from '../tense';
import { dayPeriod, type Period } from '../values/period';
import { weekdayByTense } from '../values/yearsByTense';
import { endsNamedDay } from './holidays';
import { readDayMonth, readMonthDate } from './monthDates';
import { withPartOfDay } from './partOfDay';

/** "Friday", "Fri.", "Friday morning", "Friday, February 25, 2022". */
export function readWeekday(scan: Scan, index: number): Period | undefined {
  const token = scan.words[index];
  // Called past the sentence's last token too: a clock time can end a sentence.
  if (!token) return undefined;
  let weekday = WEEKDAY_NAMES.get(token.lower);
  let cursor = index + 1;
  if (weekday === undefined) {
    weekday = WEEKDAY_ABBREVIATIONS.get(token.lower);
    if (weekday === undefined || lowerAt(scan, cursor) !== '.' || !glued(scan, index, cursor)) return undefined;
    cursor++;
  }
  if (!isCapitalised(scan, index) || endsNamedDay(scan, index)) return undefined;
  // A weekday before a full date only names the date's weekday: the date carries the value.
  const dateIndex = lowerAt(scan, cursor) === ',' ? cursor + 1 : cursor;
  const date = readMonthDate(scan, dateIndex) ?? readDayMonth(scan, dateIndex);
  if (date) return date;
  const tense = tenseAt(scan, index);
  return withPartOfDay(scan, dayPeriod(cursor, weekdayByTense(scan.reference.date, tense, weekday), true, tenseReason(tense)));
}

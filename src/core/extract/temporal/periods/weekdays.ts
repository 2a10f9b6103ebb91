import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../../../tables/weekdays';
import { glued, isCapitalised, lowerAt, type Scan } from '../scan';
import { tenseAt, tenseReason } from '../tense';
import { dayPeriod, type Period } from '../values/period';
import { shiftedPeriod } from '../values/shiftedPeriod';
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

/** Saturday, as ISO 8601 numbers weekdays. */
const SATURDAY = 6;

/**
 * "the weekend", "over the weekend": the weekend the tense points to, the last one in a past (or
 * untensed) sentence, the next one in a future sentence (`2024-W10-WE`).
 */
export function readTheWeekend(scan: Scan, index: number): Period | undefined {
  if (lowerAt(scan, index) !== 'the' || lowerAt(scan, index + 1) !== 'weekend') return undefined;
  const tense = tenseAt(scan, index);
  const saturday = weekdayByTense(scan.reference.date, tense, SATURDAY);
  const period = shiftedPeriod(index + 2, saturday, 'weekend', 0);
  return period && { ...period, reason: tenseReason(tense) };
}

import { parseIsoDate } from '../../../calendar';
import { MONTH_CONTEXT_BEFORE, MONTH_NAMES } from '../../../tables/months';
import { HYPHENS } from '../../../tables/temporalWords';
import { continuesNumber, dayAt, integerAt, yearDigitsAt } from '../numberTokens';
import { isCapitalised, isGluedHyphen, lowerAt, skipGluedDot, type Scan } from '../scan';
import { tenseAt, tenseReason } from '../tense';
import { dayPeriod, monthDayDate, monthPeriod, type Period } from '../values/period';
import { yearOfMonth, yearOfMonthDay } from '../values/yearsByTense';

/** "February 26, 2022", "June 18", "November 2006", "May of 2008", "November", "Feb. 3". */
export function readMonthDate(scan: Scan, index: number): Period | undefined {
  const token = scan.words[index];
  // Called past the sentence's last token too: "early" or "the end of" can end a headline.
  if (!token) return undefined;
  const name = MONTH_NAMES.get(token.lower);
  if (!name || !isCapitalised(scan, index)) return undefined;
  let cursor = index + 1;
  if (name.abbreviation) {
    cursor = skipGluedDot(scan, cursor);
    if (cursor === index + 1 && integerAt(scan, cursor) === undefined) return undefined;
  }
  const day = dayAt(scan, cursor);
  if (day) {
    let after = day.next;
    if (lowerAt(scan, after) === ',') after++;
    const year = yearDigitsAt(scan, after);
    if (year !== undefined) return dayPeriod(after + 1, monthDayDate(year, name.month, day.day));
    const named = namedYearAt(scan, day.next);
    if (named) return dayPeriod(named.next, monthDayDate(named.year, name.month, day.day), true, named.reason);
    return monthDayWithoutYear(scan, index, day.next, name.month, day.day);
  }
  const yearIndex = lowerAt(scan, cursor) === 'of' || lowerAt(scan, cursor) === ',' ? cursor + 1 : cursor;
  const year = yearDigitsAt(scan, yearIndex);
  if (year !== undefined && !continuesNumber(scan, yearIndex)) return monthPeriod(yearIndex + 1, year, name.month);
  const named = namedYearAt(scan, cursor);
  if (named) return monthPeriod(named.next, named.year, name.month, true, named.reason);
  if (name.needsContext && !hasMonthContext(scan, index)) return undefined;
  if (name.abbreviation) return undefined;
  // A month name before a capitalised word is a given name ("June Carter"), unless "in June" says otherwise.
  if (isCapitalised(scan, cursor) && !hasMonthContext(scan, index)) return undefined;
  const tense = tenseAt(scan, index);
  return monthPeriod(cursor, yearOfMonth(scan.reference.date, tense, name.month), name.month, true, tenseReason(tense));
}

/** "11 December", "11 December 2009", "5th of May". */
export function readDayMonth(scan: Scan, index: number): Period | undefined {
  const day = dayAt(scan, index);
  if (!day) return undefined;
  let cursor = day.next;
  if (lowerAt(scan, cursor) === 'of') cursor++;
  const name = MONTH_NAMES.get(lowerAt(scan, cursor));
  if (!name || !isCapitalised(scan, cursor)) return undefined;
  // "5 Apr. 2024": an abbreviation's dot; after "April" a dot ends the sentence.
  cursor = name.abbreviation ? skipGluedDot(scan, cursor + 1) : cursor + 1;
  if (lowerAt(scan, cursor) === ',') cursor++;
  const year = yearDigitsAt(scan, cursor);
  if (year !== undefined) return dayPeriod(cursor + 1, monthDayDate(year, name.month, day.day));
  const end = lowerAt(scan, cursor - 1) === ',' ? cursor - 1 : cursor;
  return monthDayWithoutYear(scan, index, end, name.month, day.day);
}

/**
 * "on the 15th", "by the 3rd": a day of a month the sentence does not name is one of the
 * reference month's, or of the month before or after it as the tense says. Not "the 15th
 * century", "the 3rd floor" or "the 3rd of May" (read as a day and month).
 */
export function readOrdinalDay(scan: Scan, index: number): Period | undefined {
  if (lowerAt(scan, index) !== 'the' || !ORDINAL_DAY_BEFORE.has(lowerAt(scan, index - 1))) return undefined;
  const day = dayAt(scan, index + 1);
  if (!day || day.next !== index + 3 || !ORDINAL_DAY_AFTER.has(lowerAt(scan, day.next))) return undefined;
  const tense = tenseAt(scan, index);
  const reference = parseIsoDate(scan.reference.date);
  const shift = tense === 'past' && day.day > reference.day ? -1 : tense === 'future' && day.day < reference.day ? 1 : 0;
  const monthIndex = reference.year * 12 + reference.month - 1 + shift;
  const date = monthDayDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, day.day);
  return dayPeriod(day.next, date, true, tenseReason(tense));
}

const ORDINAL_DAY_BEFORE: ReadonlySet<string> = new Set(['on', 'by', 'until', 'till', 'before', 'after', 'from', 'since']);
/** What may follow such a day: the end of the phrase, not a noun it numbers. */
const ORDINAL_DAY_AFTER: ReadonlySet<string> = new Set(['', ',', '.', ';', ':', ')', 'and', 'or', 'but', 'at', 'when', 'in', 'to', 'after', 'before', 'with']);

/** A month and day without a year take the year from the tense of the sentence. */
function monthDayWithoutYear(scan: Scan, index: number, next: number, month: number, day: number): Period {
  const tense = tenseAt(scan, index);
  return dayPeriod(next, monthDayDate(yearOfMonthDay(scan.reference.date, tense, month, day), month, day), true, tenseReason(tense));
}

/** "may" and "march" are months only after a temporal word: "in May", "since March", "mid-March". */
function hasMonthContext(scan: Scan, index: number): boolean {
  const before = lowerAt(scan, index - 1);
  if (MONTH_CONTEXT_BEFORE.has(before)) return true;
  return HYPHENS.has(before) && MONTH_CONTEXT_BEFORE.has(lowerAt(scan, index - 2));
}

/** Words that name a year relative to the reference date after a month: "January next year". */
const NAMED_YEAR_SHIFTS: ReadonlyMap<string, number> = new Map([['this', 0], ['next', 1], ['last', -1]]);

/**
 * "January next year", "September of this year", "June 3 last year": the year written after the
 * month is part of one expression, so the month is in that year whatever the tense says.
 */
function namedYearAt(scan: Scan, index: number): { next: number; year: number; reason: string } | undefined {
  const cursor = lowerAt(scan, index) === 'of' ? index + 1 : index;
  const shift = NAMED_YEAR_SHIFTS.get(lowerAt(scan, cursor));
  if (shift === undefined || lowerAt(scan, cursor + 1) !== 'year' || isGluedHyphen(scan, cursor + 2)) return undefined;
  return { next: cursor + 2, year: parseIsoDate(scan.reference.date).year + shift, reason: `${lowerAt(scan, cursor)} year` };
}

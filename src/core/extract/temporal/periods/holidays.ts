import { HOLIDAYS, NAMED_AFTER_DAY, type NamedDay } from '../../../tables/namedDays';
import { yearDigitsAt } from '../numberTokens';
import { isCapitalised, lowerAt, matchWords, type Scan } from '../scan';
import { tenseAt, tenseReason } from '../tense';
import { namedDayByTense, namedDayDate } from '../values/namedDayDates';
import { dayPeriod, type Period } from '../values/period';

/**
 * "Christmas", "New Year's Day", "Thanksgiving 2023", "Black Friday", "Easter Monday": the
 * occurrence the tense points to. A name that holds a weekday but no date ("Black Monday") and an
 * Independence Day of another country are read as nothing, never as a plain weekday or July 4.
 */
export function readHoliday(scan: Scan, index: number): Period | undefined {
  const holiday = namedDayAt(scan, index);
  if (!holiday || 'undated' in holiday.rule || isOtherCountrysDay(scan, index, holiday)) return undefined;
  const next = index + holiday.words.length;
  // "Easter Island", "the Christmas Island crab": a place or an event named after the day.
  if (isCapitalised(scan, next) && NAMED_AFTER_DAY.has(lowerAt(scan, next))) return undefined;
  const year = yearDigitsAt(scan, next);
  if (year !== undefined) {
    const date = namedDayDate(holiday.rule, year);
    return date === undefined ? undefined : dayPeriod(next + 1, date);
  }
  const tense = tenseAt(scan, index);
  const date = namedDayByTense(holiday.rule, scan.reference.date, tense);
  return date === undefined ? undefined : dayPeriod(next, date, true, tenseReason(tense));
}

/** True when the weekday at `index` ends a named day ("Black Friday", "Easter Monday"): it is no plain weekday. */
export function endsNamedDay(scan: Scan, index: number): boolean {
  for (let first = index - 1; first >= Math.max(0, index - 3); first--) {
    const holiday = namedDayAt(scan, first);
    if (holiday && first + holiday.words.length === index + 1) return true;
  }
  return false;
}

function namedDayAt(scan: Scan, index: number): NamedDay | undefined {
  if (!isCapitalised(scan, index)) return undefined;
  return HOLIDAYS.find((candidate) => matchWords(scan, index, candidate.words));
}

/** Names that leave "Independence Day" the United States' own. */
const AMERICAN: ReadonlySet<string> = new Set(['us', 'u.s', 'usa', 'american', 'america', 'national', 'this', 'last', 'next']);

/** "India's Independence Day", "Ukrainian Independence Day": not July 4. */
function isOtherCountrysDay(scan: Scan, index: number, holiday: NamedDay): boolean {
  if (holiday.words[0] !== 'independence') return false;
  let before = index - 1;
  if (lowerAt(scan, before) === 's' && (lowerAt(scan, before - 1) === "'" || lowerAt(scan, before - 1) === '’')) before -= 2;
  if (before < 0 || AMERICAN.has(lowerAt(scan, before))) return false;
  // A capitalised word that opens the sentence is no country: "On Independence Day".
  return isCapitalised(scan, before) && (before > 0 || before !== index - 1);
}

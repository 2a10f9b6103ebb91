import { UTC_ZONES } from '../../../tables/temporalWords';
import { digitsAt, integerAt, isPrecededByMoney } from '../numberTokens';
import { glued, lowerAt, type Scan } from '../scan';
import type { Period } from '../values/period';
import { readRelativeDay } from './relativeDays';
import { readWeekday } from './weekdays';

/** "18:00 UTC", "6:40 p.m. (GMT +8)", "6 pm", on the last day named in the sentence (else the reference date). */
export function readClockTime(scan: Scan, index: number): Period | undefined {
  const digits = digitsAt(scan, index);
  if (digits === undefined || isPrecededByMoney(scan, index)) return undefined;
  let hour: number;
  let minute = 0;
  const clock = /^(\d{1,2}):(\d{2})$/.exec(digits);
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
    if (hour > 24 || minute > 59) return undefined;
  } else {
    const value = integerAt(scan, index);
    if (value === undefined || value < 1 || value > 12 || digits.length > 2) return undefined;
    hour = value;
  }
  let cursor = index + 1;
  const meridiem = readMeridiem(scan, cursor);
  if (meridiem) {
    if (hour > 12) return undefined;
    if (meridiem.pm && hour < 12) hour += 12;
    if (!meridiem.pm && hour === 12) hour = 0;
    cursor = meridiem.next;
  } else if (!clock) {
    // "6" alone is a count, not six o'clock.
    return undefined;
  }
  let zone = '';
  const zoneWord = lowerAt(scan, cursor);
  if (UTC_ZONES.has(zoneWord) || zoneWord === 'z') {
    zone = 'Z';
    cursor++;
  }
  // An offset in brackets after the time ("(GMT +8)") belongs to the expression but not to its value.
  if (lowerAt(scan, cursor) === '(' && UTC_ZONES.has(lowerAt(scan, cursor + 1))) {
    for (let close = cursor + 2; close <= cursor + 5 && close < scan.words.length; close++) {
      if (lowerAt(scan, close) !== ')') continue;
      cursor = close + 1;
      break;
    }
  }
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  // "12:00 UTC Monday", "16:00 GMT today": the day written after the time is one expression with it.
  const dayAfter = readWeekday(scan, cursor) ?? readRelativeDay(scan, cursor);
  if (dayAfter?.range && dayAfter.range.earliest === dayAfter.range.latest && dayAfter.type === 'DATE') {
    const named = dayAfter.range.earliest;
    return { next: dayAfter.next, timex: `${named}T${time}${zone}`, type: 'TIME', range: { earliest: named, latest: named }, relative: true, reason: dayAfter.reason };
  }
  const day = scan.anchorDay ?? scan.reference.date;
  return { next: cursor, timex: `${day}T${time}${zone}`, type: 'TIME', range: { earliest: day, latest: day }, relative: scan.anchorDay === undefined };
}

/** "a.m.", "p.m.", "am", "pm", glued or not, but never a lone "a" ("$105 a barrel"). */
function readMeridiem(scan: Scan, index: number): { pm: boolean; next: number } | undefined {
  const word = lowerAt(scan, index);
  if (word === 'am' || word === 'pm') return { pm: word === 'pm', next: index + 1 };
  if ((word === 'a' || word === 'p') && lowerAt(scan, index + 1) === '.' && lowerAt(scan, index + 2) === 'm' && glued(scan, index, index + 1) && glued(scan, index + 1, index + 2)) {
    const next = lowerAt(scan, index + 3) === '.' && glued(scan, index + 2, index + 3) ? index + 4 : index + 3;
    return { pm: word === 'p', next };
  }
  return undefined;
}

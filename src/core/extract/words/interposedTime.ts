import { RELATIVE_DAYS } from '../../tables/temporalWords';
import { WEEKDAY_NAMES } from '../../tables/weekdays';

/**
 * A time or a tally standing between a verb and the infinitive it governs: "voted 7-2 on Tuesday
 * to offer", "agreed yesterday to sell". Readers of the verb group and of the tense skip it to
 * find the verb the "to" belongs to.
 */

const PERIODS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'night']);

/**
 * How many words, ending at `last`, are such a stretch (0 when none). `wordAt` gives the
 * lower-cased word at an index ('' outside the text).
 */
export function interposedLengthBefore(wordAt: (index: number) => string, last: number): number {
  let at = last;
  for (let parts = 0; parts < 3; parts++) {
    const word = wordAt(at);
    if (WEEKDAY_NAMES.has(word) && wordAt(at - 1) === 'on') at -= 2;
    else if (RELATIVE_DAYS.has(word) || word === 'unanimously') at -= 1;
    else if (PERIODS.has(word) && (wordAt(at - 1) === 'last' || wordAt(at - 1) === 'this')) at -= 2;
    // "7-2", "312-250": a vote's tally.
    else if (/^\d+$/.test(word) && wordAt(at - 1) === '-' && /^\d+$/.test(wordAt(at - 2))) at -= 3;
    else break;
  }
  return last - at;
}

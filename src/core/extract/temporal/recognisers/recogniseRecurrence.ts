import { DURATION_NUMBERS, DURATION_UNITS, RATE_BEFORE, RECURRENCE_WORDS, SEASONS } from '../../../tables/temporalWords';
import { WEEKDAY_NAMES } from '../../../tables/weekdays';
import { readCount } from '../durations';
import type { Reading } from '../reading';
import { lowerAt, type Scan } from '../scan';
import { durationTimex } from '../values/durationValues';

/**
 * Recurrences: "annual", "every week", "every Monday", "each two years", "per year", and "a
 * year" after a rate ("15 a year", "$2 million a year") but not "a barrel".
 */
export function recogniseRecurrence(scan: Scan, index: number): Reading | undefined {
  const word = lowerAt(scan, index);
  const adjective = RECURRENCE_WORDS.get(word);
  if (adjective) return { next: index + 1, kind: 'date', timexType: 'SET', timex: adjective, relative: false };
  if (word === 'every' || word === 'each') return readEvery(scan, index);
  if (word !== 'a' && word !== 'an' && word !== 'per') return undefined;
  const unit = DURATION_UNITS.get(lowerAt(scan, index + 1));
  if (!unit || unit.plural || unit.needsCount) return undefined;
  const before = scan.words[index - 1];
  const isRate = word === 'per' || (before !== undefined && (before.isNumber || RATE_BEFORE.has(before.lower) || DURATION_NUMBERS.has(before.lower)));
  if (!isRate) return undefined;
  return { next: index + 2, kind: 'date', timexType: 'SET', timex: durationTimex(unit.unit, 1), relative: false };
}

/** "every Monday", "every week", "every two years", "each summer", after the "every" or "each" at `index`. */
function readEvery(scan: Scan, index: number): Reading | undefined {
  const weekday = WEEKDAY_NAMES.get(lowerAt(scan, index + 1));
  if (weekday !== undefined) return { next: index + 2, kind: 'date', timexType: 'SET', timex: `XXXX-WXX-${weekday}`, relative: false };
  const season = SEASONS.get(lowerAt(scan, index + 1));
  if (season !== undefined) return { next: index + 2, kind: 'date', timexType: 'SET', timex: `XXXX-${season.code}`, relative: false };
  const count = readCount(scan, index + 1, false);
  const unitIndex = count && count.value !== undefined && count.explicit ? count.next : index + 1;
  const unit = DURATION_UNITS.get(lowerAt(scan, unitIndex));
  if (!unit || unit.needsCount && unitIndex === index + 1) return undefined;
  const amount = unitIndex === index + 1 ? 1 : count?.value;
  return { next: unitIndex + 1, kind: 'date', timexType: 'SET', timex: durationTimex(unit.unit, amount), relative: false };
}

import { CLOCK_WORD_PREPOSITIONS, CLOCK_WORDS } from '../../../tables/temporalWords';
import { lowerAt, type Scan } from '../scan';
import type { Period } from '../values/period';

/**
 * "at noon", "by midnight": a clock time (`T12:00`, `T24:00`) on the day the sentence named,
 * else the reference date. It needs a preposition before it, so that names ("Midnight Oil") and
 * nouns ("the midnight sun") stay out.
 */
export function readClockWord(scan: Scan, index: number): Period | undefined {
  const time = CLOCK_WORDS.get(lowerAt(scan, index));
  if (time === undefined || !CLOCK_WORD_PREPOSITIONS.has(lowerAt(scan, index - 1))) return undefined;
  const day = scan.anchorDay ?? scan.reference.date;
  return { next: index + 1, timex: `${day}T${time}`, type: 'TIME', range: { earliest: day, latest: day }, relative: scan.anchorDay === undefined };
}

import { BOUND_PHRASES, BOUND_WORDS } from '../../../tables/temporalWords';
import type { TemporalBound } from '../../../model';
import { readPeriod } from '../periods/readPeriod';
import type { Reading } from '../reading';
import { isGluedHyphen, lowerAt, matchWords, type Scan } from '../scan';
import { boundValue } from '../values/bounds';

/**
 * A bound before a period: "before August 2019", "pre-1979", "by mid-2023", "since 2014",
 * "until October 2007", "no later than June". See boundValue for what each commits to.
 */
export function recogniseBound(scan: Scan, index: number): Reading | undefined {
  const opening = readBoundWords(scan, index);
  if (!opening) return undefined;
  const period = readPeriod(scan, opening.next);
  if (!period || !period.range) return undefined;
  const value = boundValue(opening.bound, period.range, scan.reference.date);
  const reading: Reading = { next: period.next, kind: value.deadline ? 'deadline' : 'date', timexType: period.type, timex: period.timex, bound: opening.bound, relative: period.relative, reason: period.reason };
  // "pre-1979" is one word; "before 1979" leaves its preposition out of the TIMEX3 extent.
  if (!opening.prefix) reading.extentFirst = opening.next;
  if (value.due) reading.due = value.due;
  if (value.range) reading.range = value.range;
  return reading;
}

/** The words of the bound, phrases before single words: "no later than", "pre-". */
function readBoundWords(scan: Scan, index: number): { bound: TemporalBound; next: number; prefix?: boolean } | undefined {
  const phrase = BOUND_PHRASES.find((candidate) => matchWords(scan, index, candidate.words));
  if (phrase) return { bound: phrase.bound, next: index + phrase.words.length };
  const word = lowerAt(scan, index);
  const bound = BOUND_WORDS.get(word);
  if (!bound) return undefined;
  // "pre" and "post" are prefixes, glued to their period by a hyphen: "pre-1979".
  if (word !== 'pre' && word !== 'post') return { bound, next: index + 1 };
  return isGluedHyphen(scan, index + 1) ? { bound, next: index + 2, prefix: true } : undefined;
}

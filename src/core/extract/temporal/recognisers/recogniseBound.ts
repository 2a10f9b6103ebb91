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
  const bound = opening.bound === 'before' && namesAnEnd(scan, opening.next) ? 'by' : opening.bound;
  const value = boundValue(bound, period.range, scan.reference.date);
  const reading: Reading = { next: period.next, kind: value.deadline ? 'deadline' : 'date', timexType: period.type, timex: period.timex, bound, relative: period.relative, reason: period.reason };
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
  // "until at least March": the hedge keeps the bound.
  if (word !== 'pre' && word !== 'post') return { bound, next: matchWords(scan, index + 1, AT_LEAST) ? index + 3 : index + 1 };
  return isGluedHyphen(scan, index + 1) ? { bound, next: index + 2, prefix: true } : undefined;
}

const AT_LEAST: readonly string[] = ['at', 'least'];

/**
 * "before the end of the month", "before year-end": the end of a period is its last stretch, and
 * what must happen before it is over must happen by its last day, not before the stretch begins.
 */
function namesAnEnd(scan: Scan, index: number): boolean {
  let cursor = index;
  if (lowerAt(scan, cursor) === 'the') cursor++;
  if (lowerAt(scan, cursor) === 'very') cursor++;
  const word = lowerAt(scan, cursor);
  if ((word === 'end' || word === 'close') && lowerAt(scan, cursor + 1) === 'of') return true;
  if (word !== 'year') return false;
  return lowerAt(scan, cursor + 1) === 'end' || (isGluedHyphen(scan, cursor + 1) && lowerAt(scan, cursor + 2) === 'end');
}

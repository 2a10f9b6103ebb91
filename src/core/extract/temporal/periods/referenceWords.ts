import { DURATION_UNITS, PERIOD_NOUNS, REFERENCE_WORDS, THE_REFERENCE } from '../../../tables/temporalWords';
import { isGluedHyphen, lowerAt, type Scan } from '../scan';
import type { Period } from '../values/period';

/** "now", "currently", "recently", "more recently", "in the past", "the future", "recent years". */
export function readReferenceWord(scan: Scan, index: number): Period | undefined {
  let cursor = index;
  if ((lowerAt(scan, cursor) === 'more' || lowerAt(scan, cursor) === 'most') && lowerAt(scan, cursor + 1) === 'recently') cursor++;
  const value = REFERENCE_WORDS.get(lowerAt(scan, cursor));
  if (value) {
    if (isGluedHyphen(scan, cursor + 1)) return undefined;
    return { next: cursor + 1, timex: value, type: 'DATE', relative: true };
  }
  if (lowerAt(scan, index) === 'the' && lowerAt(scan, index - 1) === 'in') {
    const named = THE_REFERENCE.get(lowerAt(scan, index + 1));
    // "in the past year" is a span, read by the past-span recogniser.
    if (named && !PERIOD_NOUNS.has(lowerAt(scan, index + 2)) && !DURATION_UNITS.has(lowerAt(scan, index + 2))) {
      return { next: index + 2, timex: named, type: 'DATE', relative: true };
    }
  }
  if (lowerAt(scan, index) === 'recent' && DURATION_UNITS.get(lowerAt(scan, index + 1))?.plural) {
    return { next: index + 2, timex: 'PAST_REF', type: 'DATE', relative: true };
  }
  return undefined;
}

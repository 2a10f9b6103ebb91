import { isCapitalised, isGluedHyphen, lowerAt, type Scan } from '../scan';
import type { Reading } from '../reading';

/**
 * "the Soviet era", "the post-war era", "ending the Stuart era", "the Cold War era": an era named
 * by a name or by "post-"/"pre-" lies in the past (`PAST_REF`). Read from "era" back, as the name
 * before it starts nothing by itself. "a new era", "the digital era" and "this era" are not read:
 * their time depends on the story; nor is an era after a number ("the post-2008 era"), whose
 * year is read on its own.
 */
export function recogniseEra(scan: Scan, index: number): Reading | undefined {
  if (lowerAt(scan, index) !== 'era') return undefined;
  let first = nameStart(scan, index - 1);
  if (first === undefined) return undefined;
  if (lowerAt(scan, first - 1) === 'the') first--;
  return { next: index + 1, first, kind: 'date', timexType: 'DATE', timex: 'PAST_REF', relative: true };
}

/** The first word of the name that ends at `last`: one or two capitalised words, or "post-"/"pre-" and a word. */
function nameStart(scan: Scan, last: number): number | undefined {
  if (last < 1) return undefined;
  if (isGluedHyphen(scan, last - 1) && (lowerAt(scan, last - 2) === 'post' || lowerAt(scan, last - 2) === 'pre')) {
    return scan.words[last].isNumber ? undefined : last - 2;
  }
  if (!isCapitalised(scan, last)) return undefined;
  // The first word of a sentence is capitalised whatever it is.
  const start = last >= 2 && isCapitalised(scan, last - 1) ? last - 1 : last;
  return start === 0 ? undefined : start;
}

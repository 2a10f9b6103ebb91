import { BARE_PLURAL_LEADS, DURATION_FOLLOWERS, DURATION_LEADS, DURATION_UNITS, UNGIVEN_LENGTH_ADJECTIVES } from '../../../tables/temporalWords';
import { readDuration } from '../durations';
import type { Reading } from '../reading';
import { isGluedHyphen, lowerAt, matchWords, type Scan } from '../scan';
import { durationText, durationTimex } from '../values/durationValues';

/** A duration on its own: "two years", "18 months", "a 27-year contract", "several years". */
export function recogniseDuration(scan: Scan, index: number): Reading | undefined {
  const duration = readDuration(scan, index);
  if (!duration) return undefined;
  // "a year" alone is too often part of something else ("a year-end", "a year of"); it counts
  // after a rate or in a deadline, which other recognisers handle, or after a word such as "for".
  if (!scan.words[index].isNumber && (lowerAt(scan, index) === 'a' || lowerAt(scan, index) === 'an')) {
    if (!DURATION_LEADS.has(lowerAt(scan, index - 1)) && !DURATION_FOLLOWERS.has(lowerAt(scan, duration.next))) return undefined;
  }
  return { next: duration.next, kind: 'date', timexType: 'DURATION', timex: durationText(duration), relative: false };
}

/**
 * A plural unit with no count after a word that makes it a length of time: "in minutes", "for
 * decades", "after years of talks", "the highest in years", "decades in the making" (`PTXM`,
 * `PXY`), and "years ago" (`PAST_REF`). The extent is the unit alone, as TIMEX3 leaves the preposition out.
 */
export function recogniseBarePlural(scan: Scan, index: number): Reading | undefined {
  const unit = DURATION_UNITS.get(lowerAt(scan, index));
  if (!unit || !unit.plural || unit.needsCount || isGluedHyphen(scan, index + 1)) return undefined;
  const before = scan.words[index - 1];
  if (lowerAt(scan, index + 1) === 'ago' && (before === undefined || !before.isNumber)) return { next: index + 2, kind: 'date', timexType: 'DATE', timex: 'PAST_REF', relative: true };
  if (!BARE_PLURAL_LEADS.has(lowerAt(scan, index - 1)) && !matchWords(scan, index + 1, IN_THE_MAKING)) return undefined;
  return { next: index + 1, kind: 'date', timexType: 'DURATION', timex: durationTimex(unit.unit, undefined), relative: false };
}

/** "decades in the making": how long something took, with no lead word before it. */
const IN_THE_MAKING: readonly string[] = ['in', 'the', 'making'];

/**
 * "for an indefinite period", "an unspecified period of time": a length the text says it does not
 * give (`PXD`), with its article in the extent.
 */
export function recogniseUngivenLength(scan: Scan, index: number): Reading | undefined {
  const article = lowerAt(scan, index);
  if ((article !== 'an' && article !== 'a') || !UNGIVEN_LENGTH_ADJECTIVES.has(lowerAt(scan, index + 1)) || lowerAt(scan, index + 2) !== 'period') return undefined;
  const next = matchWords(scan, index + 3, ['of', 'time']) ? index + 5 : index + 3;
  return { next, kind: 'date', timexType: 'DURATION', timex: 'PXD', relative: false };
}

/** "for years", "over the years": an unspecified number of years. */
export function recogniseVagueSpan(scan: Scan, index: number): Reading | undefined {
  const word = lowerAt(scan, index);
  let cursor = index;
  if (word === 'over' && lowerAt(scan, index + 1) === 'the') cursor += 2;
  else if (word === 'for') cursor += 1;
  else return undefined;
  const unit = DURATION_UNITS.get(lowerAt(scan, cursor));
  if (!unit || !unit.plural || unit.needsCount) return undefined;
  return { next: cursor + 1, first: word === 'over' ? index : cursor, kind: 'date', timexType: 'DURATION', timex: durationTimex(unit.unit, undefined), relative: false };
}

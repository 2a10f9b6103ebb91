import { parseIsoDate, quarterOf, quarterRange, monthsRange } from '../../../calendar';
import { PERIOD_NOUNS, PERIOD_ORDINALS, PERIOD_SHIFTS } from '../../../tables/temporalWords';
import { integerAt, yearDigitsAt } from '../numberTokens';
import { glued, isGluedHyphen, lowerAt, type Scan } from '../scan';
import { tenseAt, tenseReason } from '../tense';
import type { Period } from '../values/period';
import { yearOfPart } from '../values/yearsByTense';

/** "Q3 2024", "the third quarter of 2009", "first-quarter", "the second half of 2024", "H1 2025". */
export function readQuarter(scan: Scan, index: number): Period | undefined {
  let cursor = index;
  if (lowerAt(scan, cursor) === 'the') cursor++;
  let ordinal: number | undefined;
  let unit: 'Q' | 'H' | undefined;
  const word = lowerAt(scan, cursor);
  if ((word === 'q' || word === 'h') && glued(scan, cursor, cursor + 1)) {
    ordinal = integerAt(scan, cursor + 1);
    unit = word === 'q' ? 'Q' : 'H';
    cursor += 2;
  } else {
    ordinal = PERIOD_ORDINALS.get(word);
    // "the final quarter", "the last half of 2009": the last of the year ("the last quarter" alone is the one before now).
    const isLast = word === 'final' || (word === 'last' && readYearAfter(scan, cursor + 2) !== undefined);
    if (ordinal === undefined && !isLast) return undefined;
    cursor++;
    if (isGluedHyphen(scan, cursor)) cursor++;
    const noun = lowerAt(scan, cursor);
    unit = noun === 'quarter' ? 'Q' : noun === 'half' ? 'H' : undefined;
    if (isLast) ordinal = unit === 'Q' ? 4 : 2;
    cursor++;
  }
  if (!unit || ordinal === undefined || ordinal < 1 || ordinal > (unit === 'Q' ? 4 : 2)) return undefined;
  // "the first quarter of a century", "the third quarter of the match": not a quarter of a year.
  if (unit === 'Q' && lowerAt(scan, cursor) === 'of' && (lowerAt(scan, cursor + 1) === 'a' || lowerAt(scan, cursor + 1) === 'the' && !PERIOD_NOUNS.has(lowerAt(scan, cursor + 2)) && !PERIOD_SHIFTS.has(lowerAt(scan, cursor + 2)))) {
    return undefined;
  }
  const explicit = readYearAfter(scan, cursor);
  let year = explicit?.year;
  let reason: string | undefined;
  if (year === undefined) {
    const tense = tenseAt(scan, index);
    const reference = scan.reference.date;
    const current = unit === 'Q' ? quarterOf(reference) : parseIsoDate(reference).month <= 6 ? 1 : 2;
    year = yearOfPart(reference, tense, ordinal, current);
    reason = tenseReason(tense);
  }
  const next = explicit?.next ?? cursor;
  const range = unit === 'Q' ? quarterRange(year, ordinal) : monthsRange(year, ordinal * 6 - 5, ordinal * 6);
  return { next, timex: `${year}-${unit}${ordinal}`, type: 'DATE', range, relative: explicit === undefined || explicit.relative, reason };
}

/** A year after a period name: "2024", "of 2009", "of this year", "of last year", "of the year". */
function readYearAfter(scan: Scan, index: number): { year: number; next: number; relative: boolean } | undefined {
  let cursor = index;
  if (lowerAt(scan, cursor) === ',') cursor++;
  const hasOf = lowerAt(scan, cursor) === 'of';
  if (hasOf) cursor++;
  const year = yearDigitsAt(scan, cursor);
  if (year !== undefined) return { year, next: cursor + 1, relative: false };
  if (!hasOf) return undefined;
  const reference = parseIsoDate(scan.reference.date).year;
  const shift = PERIOD_SHIFTS.get(lowerAt(scan, cursor));
  if (shift !== undefined && lowerAt(scan, cursor + 1) === 'year') return { year: reference + shift, next: cursor + 2, relative: true };
  if (lowerAt(scan, cursor) === 'the' && lowerAt(scan, cursor + 1) === 'year') return { year: reference, next: cursor + 2, relative: true };
  return undefined;
}

import type { DurationUnit } from '../../calendar';
import {
  APPROXIMATORS,
  DURATION_ADJECTIVES,
  DURATION_MODIFIERS,
  DURATION_NUMBERS,
  DURATION_UNITS,
  HYPHENS,
  PREPOSITION_MODIFIERS,
  PREPOSITIONS_BEFORE_MODIFIER,
  VAGUE_COUNT_SPANS,
  VAGUE_COUNTS,
} from '../../tables/temporalWords';
import { isGluedHyphen, lowerAt, matchWords, type Scan } from './scan';
import { isPrecededByMoney } from './numberTokens';

/** A length of time read at a token: "six months", "two to three years", "several years". */
export interface Duration {
  next: number;
  /** Undefined for vague counts: "several years". */
  amount?: number;
  /** Upper end of "two to three years". */
  amountMax?: number;
  /** The counts a vague count stands for: two to six for "a few" (VAGUE_COUNT_SPANS). */
  vagueSpan?: readonly [number, number];
  unit: DurationUnit;
}

/** "two and a half years", "a year and a half". */
const AND_A_HALF: readonly string[] = ['and', 'a', 'half'];

/** A count before a unit. */
export interface Count {
  next: number;
  /** Undefined for vague counts: "several", "a few". */
  value?: number;
  max?: number;
  /** For a vague count, the counts it stands for ("a few": two to six). */
  vagueSpan?: readonly [number, number];
  /** Written as digits or a number word other than "a"/"an". */
  explicit: boolean;
}

/**
 * "six months", "two to three years", "almost two and a half years", "fifty-year", "12-hour",
 * "a year and a half", "decades-long". Ages ("56-year-old") are not durations.
 */
export function readDuration(scan: Scan, index: number): Duration | undefined {
  if (index < 0 || index >= scan.words.length) return undefined;
  let cursor = modifierEnd(scan, index);
  if (cursor === index && APPROXIMATORS.has(lowerAt(scan, cursor)) && lowerAt(scan, cursor + 1) !== 'a' && lowerAt(scan, cursor + 1) !== 'an') cursor++;
  let count = readCount(scan, cursor);
  if (!count && cursor > index) {
    cursor = index;
    count = readCount(scan, cursor);
  }
  if (!count) return readVaguePluralUnit(scan, index);
  let unitIndex = count.next;
  if (DURATION_ADJECTIVES.has(lowerAt(scan, unitIndex)) && DURATION_UNITS.has(lowerAt(scan, unitIndex + 1))) unitIndex++;
  const hyphenated = isGluedHyphen(scan, unitIndex);
  if (hyphenated) unitIndex++;
  const unit = DURATION_UNITS.get(lowerAt(scan, unitIndex));
  if (!unit) return undefined;
  if (unit.needsCount && !count.explicit) return undefined;
  if (unit.unit === 'Q' && lowerAt(scan, unitIndex + 1) === 'of') return undefined;
  if (hyphenated && unit.plural) return undefined;
  // A singular unit after a plural count is a compound, not a duration ("two year-old children").
  if (!hyphenated && count.value !== undefined && count.value > 1 && !unit.plural && count.max === undefined && unit.unit !== 'Q') {
    if (!scan.words[cursor].isNumber) return undefined;
  }
  let next = unitIndex + 1;
  if (isAge(scan, next)) return undefined;
  let amount = count.value;
  if (matchWords(scan, next, AND_A_HALF) && amount !== undefined) {
    amount += 0.5;
    next += 3;
  }
  if (isGluedHyphen(scan, next) && lowerAt(scan, next + 1) === 'long') next += 2;
  return { next, amount, amountMax: count.max, vagueSpan: count.vagueSpan, unit: unit.unit };
}

/** Where the count starts after a modifier at `index` ("at least", "a mere", "in over"), or `index`. */
function modifierEnd(scan: Scan, index: number): number {
  const phrase = DURATION_MODIFIERS.find((words) => matchWords(scan, index, words));
  if (phrase) return index + phrase.length;
  return PREPOSITION_MODIFIERS.has(lowerAt(scan, index)) && PREPOSITIONS_BEFORE_MODIFIER.has(lowerAt(scan, index - 1)) ? index + 1 : index;
}

/** "two", "18", "a", "twenty-five", "two and a half", "half a", "a few", "several", "two to three". */
export function readCount(scan: Scan, index: number, allowRange = true): Count | undefined {
  const single = readSingleCount(scan, index);
  if (!single) return undefined;
  if (!allowRange || single.value === undefined) return single;
  const joiner = lowerAt(scan, single.next);
  const isJoiner = joiner === 'to' || joiner === 'or' || (HYPHENS.has(joiner) && scan.words[single.next] !== undefined);
  if (!isJoiner) return single;
  const upper = readSingleCount(scan, single.next + 1);
  if (!upper || upper.value === undefined || upper.value <= single.value || !upper.explicit) return single;
  return { next: upper.next, value: single.value, max: upper.value, explicit: true };
}

function readSingleCount(scan: Scan, index: number): Count | undefined {
  const token = scan.words[index];
  if (!token) return undefined;
  const word = token.lower;
  if (token.isNumber) {
    if (!/^\d{1,4}(?:\.\d+)?$/.test(word) || isPrecededByMoney(scan, index)) return undefined;
    return withHalf(scan, { next: index + 1, value: Number(word), explicit: true });
  }
  if (word === 'a' || word === 'an') {
    const nextWord = lowerAt(scan, index + 1);
    if (nextWord === 'couple') return { next: lowerAt(scan, index + 2) === 'of' ? index + 3 : index + 2, value: 2, explicit: true };
    if (nextWord === 'few') return { next: index + 2, vagueSpan: VAGUE_COUNT_SPANS.get('few'), explicit: true };
    if (nextWord === 'half') return undefined;
    return { next: index + 1, value: 1, explicit: false };
  }
  if (word === 'half' && (lowerAt(scan, index + 1) === 'a' || lowerAt(scan, index + 1) === 'an')) return { next: index + 2, value: 0.5, explicit: true };
  if (VAGUE_COUNTS.has(word)) return { next: index + 1, vagueSpan: VAGUE_COUNT_SPANS.get(word), explicit: true };
  const value = DURATION_NUMBERS.get(word);
  if (value === undefined || word === 'half' || word === 'couple') return undefined;
  let next = index + 1;
  let total = value;
  // "twenty-five"
  if (value >= 20 && value < 100 && isGluedHyphen(scan, next)) {
    const unit = DURATION_NUMBERS.get(lowerAt(scan, next + 1));
    if (unit !== undefined && unit < 10) {
      total += unit;
      next += 2;
    }
  }
  return withHalf(scan, { next, value: total, explicit: true });
}

/** "two and a half" */
function withHalf(scan: Scan, count: Count): Count {
  if (matchWords(scan, count.next, AND_A_HALF) && count.value !== undefined) {
    return { ...count, next: count.next + 3, value: count.value + 0.5 };
  }
  return count;
}

/** "-old" or "old" after a duration makes an age: "56-year-old", "two years old". */
function isAge(scan: Scan, index: number): boolean {
  if (isGluedHyphen(scan, index) && lowerAt(scan, index + 1) === 'old') return true;
  return lowerAt(scan, index) === 'old';
}

/** "decades-long", "years-long" */
function readVaguePluralUnit(scan: Scan, index: number): Duration | undefined {
  const unit = DURATION_UNITS.get(lowerAt(scan, index));
  if (!unit || !unit.plural || !isGluedHyphen(scan, index + 1) || lowerAt(scan, index + 2) !== 'long') return undefined;
  return { next: index + 3, unit: unit.unit };
}

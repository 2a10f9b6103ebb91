import { MONTH_NAMES } from '../../tables/months';
import {
  APPROXIMATORS,
  BOUND_PHRASES,
  CLOCK_WORDS,
  BOUND_WORDS,
  DEADLINE_PREPOSITIONS,
  DURATION_MODIFIERS,
  DURATION_NUMBERS,
  DURATION_UNITS,
  FISCAL_WORDS,
  HOLIDAYS,
  PARTS_OF_DAY,
  PERIOD_NOUNS,
  PERIOD_ORDINALS,
  PERIOD_PARTS,
  PERIOD_SHIFTS,
  RECURRENCE_WORDS,
  REFERENCE_INTENSIFIERS,
  REFERENCE_WORDS,
  RELATIVE_DAYS,
  SEASONS,
  THE_REFERENCE,
  VAGUE_COUNTS,
} from '../../tables/temporalWords';
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../../tables/weekdays';
import type { Word } from '../words/scanWords';
import type { Scan } from './scan';

/**
 * What a token can do for the scan: start an expression (`strong`), start one only if a strong
 * token follows closely (`weak`), or nothing. Most words start nothing, and no recogniser is
 * asked about them.
 */
export type Trigger = 'strong' | 'weak' | 'none';

/** Words that carry time themselves: a month, a unit, a count, "today". Numbers are strong too. */
const STRONG_TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.keys(),
  ...WEEKDAY_NAMES.keys(),
  ...WEEKDAY_ABBREVIATIONS.keys(),
  ...[...DURATION_NUMBERS.keys()].filter((word) => word !== 'a' && word !== 'an'),
  ...DURATION_UNITS.keys(),
  ...VAGUE_COUNTS,
  ...RECURRENCE_WORDS.keys(),
  ...RELATIVE_DAYS.keys(),
  ...REFERENCE_WORDS.keys(),
  ...SEASONS.keys(),
  ...PERIOD_ORDINALS.keys(),
  ...PERIOD_PARTS.keys(),
  ...PERIOD_NOUNS.keys(),
  ...PARTS_OF_DAY.keys(),
  ...THE_REFERENCE.keys(),
  ...HOLIDAYS.filter((holiday) => holiday.words.length === 1).map((holiday) => holiday.words[0]),
  ...FISCAL_WORDS,
  // "recent years", "Q3", "H1", "FY2024", "the current crisis", "in the near term"
  'recent', 'q', 'h', 'fy', 'current', 'term', 'run',
  // "that time", "the same period last year", "at a later date", "the Soviet era", "at noon"
  'time', 'period', 'date', 'stage', 'point', 'era', ...CLOCK_WORDS.keys(),
]);

/**
 * Function words that can open an expression ("the past decade", "in six months", "by 2025")
 * but open one only when a word that carries time follows within WEAK_TRIGGER_WINDOW words;
 * checking that first keeps the scan from running every recogniser on every "the" and "in". It
 * is also a rule of the grammar: in "no later than the very end of 2025" the time word is too far
 * from "no", and the expression is read from "the". A word on both lists is strong.
 */
const WEAK_TRIGGERS: ReadonlySet<string> = new Set([
  ...PERIOD_SHIFTS.keys(),
  ...BOUND_WORDS.keys(),
  ...BOUND_PHRASES.map((phrase) => phrase.words[0]),
  ...DEADLINE_PREPOSITIONS,
  ...APPROXIMATORS,
  // "the past decade", "a year", "from six months", "every week", "per year", "more recently", "later this year"
  'the', 'a', 'an', 'from', 'between', 'every', 'each', 'per', 'more', 'most', 'later', 'earlier', 'that', 'early', 'late', 'these', 'all',
  ...REFERENCE_INTENSIFIERS,
  ...DURATION_MODIFIERS.map((words) => words[0]),
  // A holiday of several words opens with a plain word and names its time later: "New Year's Day".
  ...HOLIDAYS.filter((holiday) => holiday.words.length > 1).map((holiday) => holiday.words[0]),
]);

const WEAK_TRIGGER_WINDOW = 4;

const TRIGGERS: ReadonlyMap<string, Trigger> = new Map<string, Trigger>([
  ...[...WEAK_TRIGGERS].map((word): [string, Trigger] => [word, 'weak']),
  ...[...STRONG_TRIGGERS].map((word): [string, Trigger] => [word, 'strong']),
]);

/** The trigger of each word of a sentence. */
export function triggersOf(words: readonly Word[]): Trigger[] {
  return words.map((word, index) => {
    if (word.isNumber || isApostropheBeforeDigits(word, words[index + 1])) return 'strong';
    return TRIGGERS.get(word.lower) ?? 'none';
  });
}

/**
 * An apostrophe opens an expression only glued to digits ("the '90s", "class of ’99"); as a
 * trigger on its own it sent every possessive through all the recognisers.
 */
function isApostropheBeforeDigits(word: Word, next: Word | undefined): boolean {
  return (word.lower === "'" || word.lower === '’') && next !== undefined && next.isNumber && word.end === next.start;
}

/** True when an expression may start at the token: a strong trigger, or a weak one with a strong one close after it. */
export function isTrigger(scan: Scan, index: number): boolean {
  const trigger = scan.triggers[index];
  if (trigger === 'strong') return true;
  if (trigger !== 'weak') return false;
  const last = Math.min(scan.words.length - 1, index + WEAK_TRIGGER_WINDOW);
  for (let next = index + 1; next <= last; next++) if (scan.triggers[next] === 'strong') return true;
  return false;
}

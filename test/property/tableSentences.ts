import fc from 'fast-check';
import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SIGNS_AFTER, CURRENCY_SYMBOLS } from '../../src/core/tables/currencies';
import { MONTH_NAMES } from '../../src/core/tables/months';
import { FRACTION_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, TENS_WORDS, VAGUE_COUNT_WORDS } from '../../src/core/tables/numberWords';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RANGE_JOINERS } from '../../src/core/tables/qualifiers';
import { REPORTING_VERBS, SOURCE_AFTER_CUES } from '../../src/core/tables/reporting';
import { UNITS } from '../../src/core/tables/units';
import {
  APPROXIMATORS,
  BOUND_PHRASES,
  BOUND_WORDS,
  DURATION_NUMBERS,
  DURATION_UNITS,
  PARTS_OF_DAY,
  PERIOD_NOUNS,
  PERIOD_ORDINALS,
  PERIOD_PARTS,
  PERIOD_SHIFTS,
  RECURRENCE_WORDS,
  REFERENCE_WORDS,
  RELATIVE_DAYS,
  SEASONS,
  VAGUE_COUNTS,
} from '../../src/core/tables/temporalWords';
import { HOLIDAYS } from '../../src/core/tables/namedDays';
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../../src/core/tables/weekdays';

/**
 * Words from every table that starts or continues an expression (dates, figures, attribution), so that random sentences built from them end, as
 * real headlines and truncated lines do, in the middle of an expression: "The work was late",
 * "by the end of", "Revenue rose 5% to $". Every recogniser reads past its first token; none may
 * read past the sentence.
 */
/** The temporal tables' words and the function words around them ("the", "in", "over", "later"). */
export const TEMPORAL_VOCABULARY = [
  ...MONTH_NAMES.keys(),
  ...WEEKDAY_NAMES.keys(),
  ...WEEKDAY_ABBREVIATIONS.keys(),
  ...DURATION_UNITS.keys(),
  ...PERIOD_PARTS.keys(),
  ...PERIOD_NOUNS.keys(),
  ...SEASONS.keys(),
  ...APPROXIMATORS,
  ...BOUND_WORDS.keys(),
  ...BOUND_PHRASES.flatMap((phrase) => phrase.words),
  ...DURATION_NUMBERS.keys(),
  ...HOLIDAYS.flatMap((holiday) => holiday.words),
  ...PARTS_OF_DAY.keys(),
  ...PERIOD_ORDINALS.keys(),
  ...PERIOD_SHIFTS.keys(),
  ...RECURRENCE_WORDS.keys(),
  ...REFERENCE_WORDS.keys(),
  ...RELATIVE_DAYS.keys(),
  ...VAGUE_COUNTS,
  'the', 'of', 'in', 'by', 'from', 'to', 'and', 'a', 'an', 'between', 'since', 'until', 'before', 'after', 'within', 'next', 'last', 'past',
  'this', 'every', 'each', 'per', 'ago', 'fiscal', 'financial', 'year', 'FY', 'Q', 'H', 'over', 'for', 'during', 'inside', 'throughout',
  'later', 'earlier', 'more', 'most', 'recent', 'recently', 'coming', 'previous', 'following', 'old', 'long', 'couple', 'few', 'am', 'p.m.', 'UTC',
  '2024', '1990', '1990s', '26th', '2024-03-14', '7/8/07', '90', '5', '12', '9999', '3.5', '18:00', "'", '’', '-', '.', ',', '/',
];

export const VOCABULARY = [
  ...TEMPORAL_VOCABULARY,
  ...CURRENCY_CODES,
  ...CURRENCY_NAMES.keys(),
  ...CURRENCY_SIGNS_AFTER.keys(),
  ...CURRENCY_SYMBOLS.keys(),
  ...FRACTION_WORDS.keys(),
  ...SCALE_ABBREVIATIONS.keys(),
  ...SCALE_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...VAGUE_COUNT_WORDS.keys(),
  ...QUALIFIERS_AFTER.keys(),
  ...QUALIFIERS_BEFORE.keys(),
  ...RANGE_JOINERS.keys(),
  ...REPORTING_VERBS,
  ...SOURCE_AFTER_CUES,
  ...UNITS.flatMap((unit) => [...(unit.words ?? []), ...(unit.abbreviations ?? [])]),
  'said', 'will', 'plans', 'pledged', 'to', 'build', 'two', 'twenty', 'half', 'dozens', 'million', 'per cent', 'percent', '%', '$', '€', 'USD',
  'more than', 'about', 'at', 'noon', 'pm', '5000', '1,100', '–', ':', '(', ')', '"', 'Mr.', 'The Ministry', 'It',
];

/** Sentences of up to ten words of `vocabulary`, each as written or with a capital (months, weekdays and holidays need one). */
export function sentenceOf(vocabulary: readonly string[]): fc.Arbitrary<string> {
  const word = fc.tuple(fc.constantFrom(...vocabulary), fc.boolean()).map(([text, capital]) => (capital ? text.charAt(0).toUpperCase() + text.slice(1) : text));
  return fc.array(word, { minLength: 1, maxLength: 10 }).chain((words) =>
    fc.array(fc.constantFrom(' ', '', '\n', '-', '\n\n'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((text, index) => text + gaps[index]).join('').trimEnd()),
  );
}

export const sentenceStoppingAnywhere: fc.Arbitrary<string> = sentenceOf(VOCABULARY);

/**
 * What in a quote carries its value: digits, number words, and the words that name or bound a
 * date. When a re-anchored quote differs from the stored one in these, the annotation's value
 * (a figure's number, a deadline's due date) was read from text that no longer says it: "in six
 * months" become "in nine months" is the same place with a different fact (issue 18, item 6).
 * The vocabularies are the extractors' own tables, so a word they read as a value is one here.
 */
import { MONTH_NAMES } from '../tables/months';
import { SCALE_WORDS, SMALL_NUMBER_WORDS, TENS_WORDS } from '../tables/numberWords';
import { BOUND_WORDS, DURATION_NUMBERS, DURATION_UNITS, PERIOD_NOUNS, PERIOD_SHIFTS, RELATIVE_DAYS, SEASONS } from '../tables/temporalWords';
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../tables/weekdays';

/** Articles count a duration ("a year") but change without changing a value far more often ("a"/"the"). */
const NOT_VALUE_WORDS: ReadonlySet<string> = new Set(['a', 'an']);

const VALUE_WORDS: ReadonlySet<string> = new Set(
  [SMALL_NUMBER_WORDS, TENS_WORDS, SCALE_WORDS, DURATION_NUMBERS, DURATION_UNITS, PERIOD_NOUNS, PERIOD_SHIFTS, RELATIVE_DAYS, SEASONS, BOUND_WORDS, MONTH_NAMES, WEEKDAY_NAMES, WEEKDAY_ABBREVIATIONS]
    .flatMap((table) => [...table.keys()])
    .filter((word) => !NOT_VALUE_WORDS.has(word)),
);

/** Runs of digits, words, and the symbols that make a number an amount. */
const TOKEN = /\p{Nd}+|\p{L}+|[%$€£¥₹]/gu;

/** The value-bearing tokens of a text in order, lower-cased: "in Six months, by 2025" → six, months, by, 2025. */
export function valueTokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    const lower = token.toLowerCase();
    if (/^\p{Nd}/u.test(lower) || /^[%$€£¥₹]$/u.test(lower) || VALUE_WORDS.has(lower)) tokens.push(lower);
  }
  return tokens;
}

/** True when the value-bearing tokens of the two quotes differ (see valueTokensOf). */
export function valueWordsDiffer(storedQuote: string, currentQuote: string): boolean {
  const before = valueTokensOf(storedQuote);
  const after = valueTokensOf(currentQuote);
  return before.length !== after.length || before.some((token, index) => token !== after[index]);
}

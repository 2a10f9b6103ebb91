import { DURATION_UNITS, FUTURE_TERM_PREPOSITIONS, FUTURE_TERMS, NOT_REFERENCE_NOUNS, PERIOD_NOUNS, REFERENCE_ADJECTIVES, REFERENCE_INTENSIFIERS, REFERENCE_WORDS, THE_REFERENCE } from '../../../tables/temporalWords';
import { isCapitalised, isGluedHyphen, lowerAt, matchWords, type Scan } from '../scan';
import type { Period } from '../values/period';

/**
 * "now", "currently", "very soon", "more recently", "in the past", "the future", "recent years",
 * "the current crisis", "in the near term".
 */
export function readReferenceWord(scan: Scan, index: number): Period | undefined {
  let cursor = index;
  const first = lowerAt(scan, cursor);
  if ((first === 'more' || first === 'most' || REFERENCE_INTENSIFIERS.has(first)) && REFERENCE_WORDS.has(lowerAt(scan, cursor + 1))) cursor++;
  const word = lowerAt(scan, cursor);
  const value = REFERENCE_WORDS.get(word);
  if (value) {
    if (isGluedHyphen(scan, cursor + 1)) return undefined;
    // "as soon as" joins two clauses; it names no time.
    if (word === 'soon' && lowerAt(scan, cursor - 1) === 'as' && lowerAt(scan, cursor + 1) === 'as') return undefined;
    return { next: cursor + 1, timex: value, type: 'DATE', relative: true };
  }
  if (first === 'the') return readAfterThe(scan, index);
  if (first === 'recent' && DURATION_UNITS.get(lowerAt(scan, index + 1))?.plural) {
    return { next: index + 2, timex: 'PAST_REF', type: 'DATE', relative: true };
  }
  return readReferenceAdjective(scan, index);
}

/** "the past", "the future", "the near term", from the "the" at `index`. */
function readAfterThe(scan: Scan, index: number): Period | undefined {
  const term = FUTURE_TERMS.find((words) => matchWords(scan, index + 1, words));
  // "the long term outlook" uses the term as an adjective: a preposition makes it a time.
  if (term) return FUTURE_TERM_PREPOSITIONS.has(lowerAt(scan, index - 1)) ? { next: index + 1 + term.length, timex: 'FUTURE_REF', type: 'DATE', relative: true } : undefined;
  if (lowerAt(scan, index - 1) !== 'in') return undefined;
  const named = THE_REFERENCE.get(lowerAt(scan, index + 1));
  // "in the past year" is a span, read by the past-span recogniser.
  if (!named || PERIOD_NOUNS.has(lowerAt(scan, index + 2)) || DURATION_UNITS.has(lowerAt(scan, index + 2))) return undefined;
  return { next: index + 2, timex: named, type: 'DATE', relative: true };
}

/**
 * "the current crisis", "the recent downturn": the adjective right after "the", before a noun
 * that is not a period ("the current quarter" is a date of its own) nor part of a fixed term
 * ("the current account").
 */
function readReferenceAdjective(scan: Scan, index: number): Period | undefined {
  const value = REFERENCE_ADJECTIVES.get(lowerAt(scan, index));
  if (!value || lowerAt(scan, index - 1) !== 'the' || isCapitalised(scan, index)) return undefined;
  const noun = scan.words[index + 1];
  if (noun === undefined || !/^\p{Ll}/u.test(scan.text.slice(noun.start, noun.end)) || noun.lower === 'and' || noun.lower === 'or') return undefined;
  if (PERIOD_NOUNS.has(noun.lower) || DURATION_UNITS.has(noun.lower) || NOT_REFERENCE_NOUNS.has(noun.lower)) return undefined;
  return { next: index + 1, timex: value, type: 'DATE', relative: true };
}

import { MONTH_NAMES } from '../../tables/months';
import {
  ANAPHORIC_DETERMINERS,
  CLOCK_WORDS_AFTER,
  COUNT_LEAD_WORDS,
  DESIGNATION_WORDS_BEFORE,
  MODEL_DETERMINERS,
  YEAR_CONTEXT_WORDS,
  YEAR_RANGE,
} from '../../tables/numberWords';
import { QUALIFIERS_BEFORE } from '../../tables/qualifiers';
import { COUNT_PHRASE_STOP_WORDS } from '../../tables/units';
import { isAllDigits, type NumberReading } from './numbers';
import { isNumberWord, isPluralNoun, type Bound, type WordBefore } from './context';
import { SPACE, alternation, stickyMatch } from './tablePatterns';
import { readCurrencyBefore } from './unitsAndCurrencies';

/**
 * Numbers that name, order or date rather than count: models ("S400", "Boeing 747"), labels
 * ("No. 1", "Flight 447"), days and clock times, years, identifiers and phone numbers. News text
 * is full of them; each rule below names one kind and why.
 */

/** Shapes that make any number a name, whatever follows: "F-35", "737-800", "@user1", "No. 1". */
export function namesRatherThanCounts(text: string, number: NumberReading, before: WordBefore | undefined): boolean {
  if (number.spelled) return false;
  if (stickyMatch(GLUED_BEFORE, text, number.start) && !readCurrencyBefore(text, number.start, 0)) return true;
  if (stickyMatch(COLON_OR_SLASH_AND_DIGIT, text, number.baseEnd)) return true;
  const word = before?.word ?? stickyMatch(WORD_GLUED_BEFORE, text, number.start)?.[1];
  // "No. 1", "Flight 447", "version 10.4"; an all-capitals word is an acronym, not the label ("ID" aside).
  return word !== undefined && DESIGNATION_WORDS_BEFORE.has(word.toLowerCase()) && !/^\p{Lu}{3,}$/u.test(word);
}

/** "February 26", "26 February", "6:40 p.m.", "9am". */
export function isClockOrDate(text: string, number: NumberReading, before: WordBefore | undefined): boolean {
  if (stickyMatch(CLOCK_AFTER, text, number.baseEnd)) return true;
  if (!Number.isInteger(number.base) || number.base > 31 || number.scale) return false;
  if (before && isMonthName(before.word, before.stop)) return true;
  const after = stickyMatch(WORD_AFTER, text, number.baseEnd);
  return after !== null && isMonthName(after[1], false);
}

/** A letter, digit or underscore at `position`, glued to the number that ends there: "21st", "1990s", "3G", "200LR". */
export function hasLetterGluedAfter(text: string, position: number): boolean {
  return stickyMatch(LETTER_AFTER, text, position) !== null;
}

/** A letter right before the number at `position`: "S400", "A320" (unless it ends a currency: "Rs500"). */
export function hasLetterGluedBefore(text: string, position: number): boolean {
  return LETTER.test(text.charAt(position - 1));
}

/** "737-800", "747": a three-digit number that is not a multiple of five is a model, not an amount. */
export function looksLikeModelNumber(reading: NumberReading): boolean {
  return Number.isInteger(reading.base) && reading.base >= 100 && reading.base % 5 !== 0 && !reading.scale;
}

/**
 * Whether a number with no currency and no unit is a count worth reporting. `bound` is the
 * qualifier before it, `hasNoun` whether a counted noun follows, `isRange` whether it opens one.
 */
export function isCount(text: string, number: NumberReading, before: WordBefore | undefined, bound: Bound | undefined, hasNoun: boolean, isRange: boolean): boolean {
  const lowerBefore = before?.word.toLowerCase();
  if (number.spelled) {
    // "one of the", "no one", "one another": the pronoun; "zero tolerance": an idiom.
    if (number.value <= 1 && !bound && !number.scale && number.value === number.base) return false;
    // "the two countries" points back at things already named.
    if (lowerBefore && ANAPHORIC_DETERMINERS.has(lowerBefore) && !bound) return false;
    // "Formula One", "the Big Four": a capitalised number word inside a name.
    if (/^\p{Lu}/u.test(text[number.start]) && !stickyMatch(SENTENCE_START, text, number.start)) return false;
    return true;
  }
  if (!bound && number.value === 1 && !hasNoun) return false;
  if (isIdentifier(number)) return false;
  if (isYear(number)) {
    if (isRange) return false;
    // "in 2014", "the 2022 elections": a year unless a qualifier or a counted plural says otherwise.
    const yearContext = lowerBefore !== undefined && (YEAR_CONTEXT_WORDS.has(lowerBefore) || MONTH_NAMES.has(lowerBefore));
    if (!bound && (!hasNoun || yearContext)) return false;
  }
  if (bound) return true;
  const word = before?.word;
  // "Boeing 747", "iPhone 4", "Trent 900": a number right after a name is part of the name.
  if (word && isNameWord(word) && !(POSSESSIVE.test(word) && hasNoun)) return false;
  // "the 787", "their 737 airliner": an unround number after a determiner with nothing counted names a model.
  if (!hasNoun && lowerBefore !== undefined && MODEL_DETERMINERS.has(lowerBefore) && looksLikeModelNumber(number)) return false;
  if (!hasNoun && modifiesSingular(text, number)) return false;
  return true;
}

/** Identifiers and phone numbers: a leading zero ("0300") or a long run without separators. */
function isIdentifier(number: NumberReading): boolean {
  const digits = number.digits ?? '';
  return /^0[0-9]/.test(digits) || (digits.length >= 7 && isAllDigits(digits) && !number.scale);
}

function isYear(number: NumberReading): boolean {
  return (
    !number.spelled &&
    !number.scale &&
    number.digits?.length === 4 &&
    isAllDigits(number.digits) &&
    number.base >= YEAR_RANGE.min &&
    number.base <= YEAR_RANGE.max
  );
}

function isMonthName(word: string, withStop: boolean): boolean {
  const month = MONTH_NAMES.get(word.toLowerCase());
  if (!month) return false;
  // "Jan" and "Jun" are also given names: abbreviations count with a stop or a capital.
  if (month.abbreviation && !withStop && !/^\p{Lu}/u.test(word)) return false;
  // "may" and "march" are months only when capitalised next to a number.
  return !month.needsContext || /^\p{Lu}/u.test(word);
}

/** A capitalised or camel-cased word that is not a function word: "Boeing", "iPhone", "Flight". */
function isNameWord(word: string): boolean {
  if (!/\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  return !COUNT_PHRASE_STOP_WORDS.has(lower) && !SINGLE_WORD_QUALIFIERS.has(lower) && !MONTH_NAMES.has(lower) && !COUNT_LEAD_WORDS.has(lower);
}

/**
 * A count above one takes a plural noun; an unround number ("737", not "250") before a
 * singular word, a capitalised word or the end of a headline names a model or a version
 * ("737 replacement", "787 Dreamliner", "unveils long-range 777"). Participles and gerunds
 * ("147 killed", "250 required") still follow counts, so they are let through. Round and small
 * numbers are left alone: "22 new Boeing jets" is a count with an adjective in between.
 */
function modifiesSingular(text: string, number: NumberReading): boolean {
  if (!looksLikeModelNumber(number)) return false;
  const next = stickyMatch(NEXT_WORD_AT, text, number.end);
  if (!next) return stickyMatch(LINE_END_AT, text, number.end) !== null;
  const word = next[1];
  if (/^\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (COUNT_PHRASE_STOP_WORDS.has(lower) || isNumberWord(lower) || isPluralNoun(lower)) return false;
  return !/(?:ed|ing)$/.test(lower);
}

/**
 * Glued to the digits on the left: a letter ("S400"), `_`, `@` or `#`, a word and a joiner
 * ("F-35", "pre-1979", "18:00"), or the apostrophe of a short year ("iLife '11", "class of ’99").
 */
const GLUED_BEFORE = /(?<=[\p{L}\p{N}][-–/:.]|[\p{L}_@#]|(?<![\p{L}\p{N}])['’])/uy;
/** A word glued to the number, with an optional full stop between: "No.1". */
const WORD_GLUED_BEFORE = /(?<=(?<![\p{L}\p{N}'’])(\p{L}[\p{L}\p{N}'’]*)\.?)/uy;
/** "18:00", "7/8". */
const COLON_OR_SLASH_AND_DIGIT = /[:/][0-9]/y;
const CLOCK_AFTER = new RegExp(`${SPACE}?(?:${alternation(CLOCK_WORDS_AFTER)})(?![\\p{L}\\p{N}])`, 'iuy');
const WORD_AFTER = /[ \u00a0]+(\p{L}+)/uy;
const LETTER_AFTER = /[\p{L}\p{N}_]/uy;
const LETTER = /\p{L}/u;
const SENTENCE_START = /(?<=(?:^|[\n.!?:;])[ \t\u00a0"“‘'(]*)/y;
const NEXT_WORD_AT = /[ \u00a0]+(\p{L}[\p{L}\p{N}'’-]*)/uy;
const LINE_END_AT = /[ \u00a0]*(?:\r?\n|$|["”])/uy;
const POSSESSIVE = /['’]s?$/;
/** One-word qualifiers ("over", "about") lead into a count even capitalised at a sentence's start. */
const SINGLE_WORD_QUALIFIERS: ReadonlySet<string> = new Set([...QUALIFIERS_BEFORE.keys()].filter((phrase) => !phrase.includes(' ')));

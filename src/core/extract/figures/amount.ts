import type { FigureCategory } from '../../model';
import { readNumberAt } from './numbers';
import { isFollowedByOf, qualifierBefore, rangeOpenerBefore, readCountedPhrase, readHyphenCount, readQualifierAfter, readRate, wordBefore } from './context';
import { makeFigure, type FigureRead } from './figureFact';
import { hasLetterGluedAfter, hasLetterGluedBefore, isClockOrDate, isCount, namesRatherThanCounts } from './notACount';
import { readRange } from './range';
import { readCurrencyAfter, readCurrencyBefore, readMeasure } from './unitsAndCurrencies';

/**
 * Reads the figure whose number starts at `at`: digits or number words with what stands around
 * them, in this order: currency and qualifier before; qualifier, unit, currency, the second end of
 * a range and a qualifier again after; then for a count its noun, and a rate. `floor` is where
 * the figure before ended: nothing before the number may reach back past it.
 */
export function readAmount(text: string, at: number, floor: number): FigureRead {
  const number = readNumberAt(text, at);
  const skip: FigureRead = { resumeAt: number?.end ?? at + 1 };
  if (!number) return skip;
  const before = wordBefore(text, at);
  if (namesRatherThanCounts(text, number, before)) return skip;
  // Days and clock times are turned away first: the test reads only the number and its
  // neighbours, and everything read before it below could only end in the same skip.
  if (!number.spelled && isClockOrDate(text, number, before)) return skip;

  const currencyBefore = readCurrencyBefore(text, at, floor);
  let currency: string | undefined;
  let start = at;
  if (currencyBefore && (!currencyBefore.needsScale || number.scale)) {
    currency = currencyBefore.code;
    start = currencyBefore.start;
  } else if (!number.spelled && hasLetterGluedBefore(text, at)) {
    return skip;
  }
  let value = number.value;
  let cursor = number.end;
  // "-0.3%", "−8°C", "minus 12 points": a sign before the number, after a space or a bracket.
  const negative = currency === undefined ? signBefore(text, start, floor) : undefined;
  if (negative !== undefined) {
    start = negative;
    value = -value;
  }
  // "500m" is metres unless money is named ("$500m") or people or things are counted ("1.3m workers").
  if (number.scale?.needsCurrency && !currency && !countsAfterScale(text, number.end)) {
    value = negative === undefined ? number.base : -number.base;
    cursor = number.baseEnd;
  }

  const bound = qualifierBefore(text, start, floor);
  const opener = rangeOpenerBefore(text, bound?.start ?? start);

  let suffixBound = readQualifierAfter(text, cursor);
  if (suffixBound) cursor = suffixBound.end;

  let measure = currency ? undefined : readMeasure(text, cursor);
  const measureStart = cursor;
  if (measure) cursor = measure.end;
  const currencyAfter = readCurrencyAfter(text, cursor);
  if (currencyAfter) {
    currency = currencyAfter.code;
    value *= currencyAfter.factor;
    cursor = currencyAfter.end;
    measure = undefined;
  }

  // A letter glued to the digits that no unit, scale or currency took: "21st", "1990s", "3G", "200LR".
  if (!number.spelled && cursor === number.baseEnd && hasLetterGluedAfter(text, cursor)) return skip;

  let valueMax: number | undefined;
  const range = readRange(text, cursor, number, value, opener?.opener, currency !== undefined);
  // "10% to 15 km" and "rose 3.4% to €61.20" are two figures; the first is kept.
  const unitsDiffer = (range?.measure && measure && range.measure.unit !== measure.unit) || (range?.currency !== undefined && measure !== undefined);
  if (range && !unitsDiffer) {
    valueMax = range.value;
    if (range.currency && !currency) currency = range.currency;
    measure = measure ?? range.measure;
    if (range.scaleFactor && !number.scale && value * range.scaleFactor <= range.value) value *= range.scaleFactor;
    cursor = range.end;
    if (value > valueMax) {
      valueMax = undefined;
      cursor = range.firstEnd;
    }
  }
  if (!suffixBound && valueMax === undefined) {
    suffixBound = readQualifierAfter(text, cursor);
    if (suffixBound) cursor = suffixBound.end;
  }

  const category: FigureCategory = currency ? 'money' : (measure?.category ?? 'count');
  // Plain durations ("in six months", "two years ago") are temporal expressions, owned by the
  // temporal extractor; a measured stretch of something ("75 hours of video") stays a figure.
  if (category === 'duration' && measure && !measure.adjectival && !isFollowedByOf(text, cursor)) return { resumeAt: cursor };

  let unit = currency ?? measure?.unit;
  let end = cursor;
  // The extent leaves out what is counted: occasions ("four times"), a stretch of time ("75 hours
  // of video", a TIMEX3 of its own in annotated news) and, below, counted nouns and rates.
  let extentEnd = measure && !measure.adjectival && (measure.unit === 'times' || measure.category === 'duration') ? measureStart : cursor;
  if (category === 'count') {
    const phrase = readCountedPhrase(text, cursor);
    const counted = phrase ?? readHyphenCount(text, number);
    if (counted) {
      unit = counted.noun;
      end = counted.end;
    }
    // "a 30-member board" is one word: its extent cannot stop inside it.
    if (counted && !phrase) extentEnd = end;
    if (!isCount(text, number, before, bound, counted !== undefined, valueMax !== undefined)) return { resumeAt: Math.max(cursor, number.end) };
  }
  const rate = readRate(text, end);
  if (rate) {
    extentEnd = Math.min(extentEnd, end);
    end = rate.end;
  }

  const qualifier = bound?.qualifier ?? (suffixBound ? { text: suffixBound.text, relation: suffixBound.relation } : undefined);
  // "between 2 and 3 million": the opener belongs to the range it opens.
  const figureStart = valueMax !== undefined && opener && opener.start >= floor ? opener.start : (bound?.start ?? start);
  return { figure: makeFigure(text, figureStart, end, { category, value, valueMax, unit, qualifier, per: rate?.noun }, extentEnd), resumeAt: end };
}

/** A minus sign glued before `at` ("-5", "−5") or the word "minus" before it: where the sign starts, or undefined. */
function signBefore(text: string, at: number, floor: number): number | undefined {
  const sign = text[at - 1];
  if ((sign === '-' || sign === '\u2212') && at - 1 >= floor && (at - 1 === 0 || /[\s([]/u.test(text[at - 2]))) return at - 1;
  const word = /(?:^|[\s(])(minus)\s+$/iu.exec(text.slice(Math.max(floor, at - 7), at));
  return word ? at - word[0].length + word[0].indexOf(word[1]) : undefined;
}

/** "1.3m workers", "2bn users": a plural noun right after a one-letter scale makes it a count in millions. */
function countsAfterScale(text: string, scaleEnd: number): boolean {
  return /^ \p{Ll}/u.test(text.slice(scaleEnd, scaleEnd + 2)) && readCountedPhrase(text, scaleEnd) !== undefined;
}

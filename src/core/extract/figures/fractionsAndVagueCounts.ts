import type { FigureQualifier } from '../../model';
import { FRACTION_BLOCKERS, FRACTION_WORDS, SMALL_NUMBER_WORDS, VAGUE_COUNT_WORDS } from '../../tables/numberWords';
import { DURATION_UNITS } from '../../tables/temporalWords';
import { qualifierBefore, readCountedPhrase, wordBefore } from './context';
import { makeFigure, type FigureRead } from './figureFact';
import { NOT_WORD_AFTER, SPACE, alternation, singleSpaced, stickyMatch } from './tablePatterns';
import { readCurrencyNameAfter } from './unitsAndCurrencies';

/**
 * Figures written as words for a share or a rough number rather than as a number: "two-thirds
 * of", "half of", "tens of thousands of people", "millions of dollars". `floor` is where the
 * figure before ended: a qualifier may not reach back past it.
 */

/** "half of", "a third of", "two-thirds of": a share, reported in per cent. */
export function readFraction(text: string, at: number, floor: number): FigureRead | undefined {
  // "cut by a third", "rose by half": after "by" a share needs no "of".
  const match = stickyMatch(FRACTION_AT, text, at) ?? (wordBefore(text, at)?.word.toLowerCase() === 'by' ? stickyMatch(FRACTION_AFTER_BY_AT, text, at) : null);
  if (!match) return undefined;
  const fraction = FRACTION_WORDS.get(match[2].toLowerCase());
  if (!fraction) return undefined;
  const numerator = match[1] ? FRACTION_NUMERATORS.get(match[1].toLowerCase()) : undefined;
  if (fraction.needsNumerator && numerator === undefined) return undefined;
  const end = at + match[0].length;
  // "the first half of", "the third of May": a period or a position, not a share.
  const before = wordBefore(text, at);
  if (before && FRACTION_BLOCKERS.has(before.word.toLowerCase())) return { resumeAt: end };
  const bound = qualifierBefore(text, at, floor);
  const percent = (numerator ?? 1) * fraction.share * 100;
  // To two decimals: a third is 33.33%.
  const value = Math.round(percent * 100) / 100;
  return { figure: makeFigure(text, bound?.start ?? at, end, { category: 'percent', value, unit: '%', qualifier: bound?.qualifier }), resumeAt: end };
}

/**
 * "one in four children", "two in five adults", "3 out of 10 voters": a proportion, reported in
 * per cent (25%); the extent is the proportion, the span runs through what it counts. Not "two in
 * five minutes", a count within a stretch of time, nor a number followed by a year ("5 in 2020").
 */
export function readProportion(text: string, at: number, floor: number): FigureRead | undefined {
  const match = stickyMatch(PROPORTION_AT, text, at);
  if (!match) return undefined;
  const part = proportionTerm(match[1]);
  const whole = proportionTerm(match[2]);
  if (part === undefined || whole === undefined || part < 1 || part >= whole) return undefined;
  const extentEnd = at + match[0].length;
  const counted = readCountedPhrase(text, extentEnd);
  if (counted && DURATION_UNITS.has(counted.noun.toLowerCase())) return undefined;
  const bound = qualifierBefore(text, at, floor);
  const end = counted?.end ?? extentEnd;
  const value = Math.round((part / whole) * 10_000) / 100;
  return { figure: makeFigure(text, bound?.start ?? at, end, { category: 'percent', value, unit: '%', qualifier: bound?.qualifier }, extentEnd), resumeAt: end };
}

/** A term of a proportion: a small number word, or digits below a thousand (a year is never one) or grouped with commas. */
function proportionTerm(written: string): number | undefined {
  const word = SMALL_NUMBER_WORDS.get(written.toLowerCase());
  if (word !== undefined) return word;
  if (!/^\d{1,3}(?:,\d{3})*$/.test(written)) return undefined;
  return Number(written.replace(/,/g, ''));
}

/** "thousands of pages", "tens of thousands of people", "millions of dollars": at least the least the words can mean. */
export function readVagueCount(text: string, at: number, floor: number): FigureRead | undefined {
  const match = stickyMatch(VAGUE_AT, text, at);
  if (!match) return undefined;
  const vague = VAGUE_COUNT_WORDS.get(singleSpaced(match[1].toLowerCase()));
  if (!vague) return undefined;
  const afterOf = at + match[0].length;
  const wordsEnd = at + match[1].length;
  const qualifier: FigureQualifier = { text: text.slice(at, wordsEnd), relation: 'ge' };
  const start = qualifierBefore(text, at, floor)?.start ?? at;
  const money = readCurrencyNameAfter(text, afterOf);
  if (money) {
    return { figure: makeFigure(text, start, money.end, { category: 'money', value: vague.value * money.factor, unit: money.code, qualifier }), resumeAt: money.end };
  }
  const counted = readCountedPhrase(text, afterOf);
  const end = counted?.end ?? wordsEnd;
  // "thousands of" is the figure as news annotation marks it; the pages it counts are not.
  return { figure: makeFigure(text, start, end, { category: 'count', value: vague.value, unit: counted?.noun, qualifier }, afterOf), resumeAt: end };
}

/** The words that may stand before a fraction word: "a third", "two-thirds", "three quarters". */
const FRACTION_NUMERATORS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ...[...SMALL_NUMBER_WORDS].filter(([, value]) => value >= 1 && value <= 9),
]);
/** Group 1 is the numerator, group 2 the fraction word; "of" must follow. */
const FRACTION_AT = new RegExp(
  `(?:(${alternation(FRACTION_NUMERATORS.keys())})(?:${SPACE}+|-))?(${alternation(FRACTION_WORDS.keys())})(?=${SPACE}+of${NOT_WORD_AFTER})`,
  'iuy',
);
const FRACTION_AFTER_BY_AT = new RegExp(`(?:(${alternation(FRACTION_NUMERATORS.keys())})(?:${SPACE}+|-))?(${alternation(FRACTION_WORDS.keys())})${NOT_WORD_AFTER}(?!-)`, 'iuy');
const VAGUE_AT = new RegExp(`(${alternation(VAGUE_COUNT_WORDS.keys())})${SPACE}+of${NOT_WORD_AFTER}`, 'iuy');

/** Group 1 is the part, group 2 the whole: "one in four", "3 out of 10". */
const PROPORTION_TERM = `(?:${alternation(SMALL_NUMBER_WORDS.keys())}|\\d{1,3}(?:,\\d{3})*)`;
const PROPORTION_AT = new RegExp(`(${PROPORTION_TERM})${SPACE}+(?:in|out${SPACE}+of)${SPACE}+(${PROPORTION_TERM})${NOT_WORD_AFTER}(?![.,]\\d)`, 'iuy');

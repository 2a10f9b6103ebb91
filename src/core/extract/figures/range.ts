import { RANGE_JOINERS } from '../../tables/qualifiers';
import { readNumberAt, type NumberReading } from './numbers';
import { hasLetterGluedAfter, looksLikeModelNumber } from './notACount';
import { SPACE, alternation, stickyMatch } from './tablePatterns';
import { isUnitAbbreviationAt, readCurrencyAfter, readCurrencyAt, readMeasure, type Measure } from './unitsAndCurrencies';

/** The second end of a range: "5% to 7%", "between 2 and 3 million", "$12 million-$20 million". */
export interface RangeEnd {
  value: number;
  end: number;
  /** Where the figure ends if the range is rejected after all. */
  firstEnd: number;
  measure: Measure | undefined;
  currency: string | undefined;
  /** The second end's scale, shared with a bare first end: "between 2 and 3 million". */
  scaleFactor: number | undefined;
}

/**
 * The second end of a range whose first end (`first`, read as `firstValue`) stops at `position`.
 * `opener` is "between" or "from" when one stands before the first end; `isMoney` whether the
 * first end named a currency.
 */
export function readRange(text: string, position: number, first: NumberReading, firstValue: number, opener: string | undefined, isMoney: boolean): RangeEnd | undefined {
  const joiner = stickyMatch(RANGE_JOINER_AT, text, position);
  if (!joiner) return undefined;
  const word = (joiner[2] ?? joiner[1]).toLowerCase();
  const rule = RANGE_JOINERS.get(word);
  if (!rule || (rule.needsBetween && opener !== 'between')) return undefined;
  // "from 5% to 7%" reads as a change between two figures, not as one range.
  if (word === 'to' && opener === 'from') return undefined;
  const isHyphen = joiner[1] !== undefined;
  let cursor = position + joiner[0].length;
  let currency: string | undefined;
  const currencyBefore = readCurrencyAt(text, cursor);
  if (currencyBefore) {
    currency = currencyBefore.code;
    cursor = currencyBefore.end;
  }
  const second = readNumberAt(text, cursor);
  if (!second || second.spelled !== first.spelled) return undefined;
  // A hyphen after a number word joins words, and after an unround number a model's variant
  // ("737-800"): neither joins the ends of a range.
  if (isHyphen && (first.spelled || looksLikeModelNumber(first))) return undefined;
  let value = second.value;
  let end = second.end;
  // "5-10m" is metres unless money is named.
  if (second.scale?.needsCurrency && !isMoney && !currency) {
    value = second.base;
    end = second.baseEnd;
  }
  if (!second.spelled && hasLetterGluedAfter(text, end) && !isUnitAbbreviationAt(text, end)) return undefined;
  const measure = isMoney || currency ? undefined : readMeasure(text, end);
  if (measure) end = measure.end;
  const currencyAfter = readCurrencyAfter(text, end);
  if (currencyAfter) {
    currency = currencyAfter.code;
    end = currencyAfter.end;
  }
  // A smaller second end makes no range, unless it carries a scale the first end lacks.
  if (value < firstValue && !(second.scale && !first.scale)) return undefined;
  return { value, end, firstEnd: position, measure, currency, scaleFactor: second.scale?.factor };
}

/** Group 1 is a dash joiner (spaces around it optional), group 2 a word joiner (spaces required). */
const RANGE_JOINER_AT = new RegExp(
  `${SPACE}*(${alternation([...RANGE_JOINERS.keys()].filter((joiner) => !/\p{L}/u.test(joiner)))})${SPACE}*` +
    `|${SPACE}+(${alternation([...RANGE_JOINERS.keys()].filter((joiner) => /\p{L}/u.test(joiner)))})${SPACE}+`,
  'iuy',
);

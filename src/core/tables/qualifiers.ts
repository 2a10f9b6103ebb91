import type { QualifierRelation } from '../model';

/**
 * Words that bound a figure: "almost 70%" is at most 70%, "more than 100 companies" exceeds
 * 100. The extractor matches the longest phrase ending right before the number (or its
 * currency sign), so "just under" wins over "under". Matched case-insensitively.
 */
export const QUALIFIERS_BEFORE: ReadonlyMap<string, QualifierRelation> = new Map<string, QualifierRelation>([
  ['almost', 'le'],
  ['nearly', 'le'],
  ['close to', 'le'],
  ['just shy of', 'lt'],
  ['up to', 'le'],
  ['at most', 'le'],
  ['no more than', 'le'],
  ['not more than', 'le'],
  ['a maximum of', 'le'],
  ['as many as', 'le'],
  ['as much as', 'le'],
  ['as high as', 'le'],
  ['at least', 'ge'],
  ['no less than', 'ge'],
  ['not less than', 'ge'],
  ['no fewer than', 'ge'],
  ['a minimum of', 'ge'],
  ['as few as', 'ge'],
  ['as little as', 'ge'],
  ['as low as', 'ge'],
  ['more than', 'gt'],
  ['over', 'gt'],
  ['well over', 'gt'],
  ['just over', 'gt'],
  ['above', 'gt'],
  ['upwards of', 'gt'],
  ['in excess of', 'gt'],
  ['greater than', 'gt'],
  ['higher than', 'gt'],
  ['exceeded', 'gt'],
  ['exceeding', 'gt'],
  ['exceeds', 'gt'],
  ['topped', 'gt'],
  ['surpassed', 'gt'],
  ['less than', 'lt'],
  ['fewer than', 'lt'],
  ['lower than', 'lt'],
  ['under', 'lt'],
  ['just under', 'lt'],
  ['below', 'lt'],
  ['just below', 'lt'],
  ['well below', 'lt'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['approx.', 'approx'],
  ['circa', 'approx'],
  ['an estimated', 'approx'],
  ['estimated', 'approx'],
  ['an approximate', 'approx'],
  ['exactly', 'eq'],
  ['precisely', 'eq'],
  ['a total of', 'eq'],
]);

/** Bounds written after the number: "290+ seats", "100 or more people", "20 or so". */
export const QUALIFIERS_AFTER: ReadonlyMap<string, QualifierRelation> = new Map<string, QualifierRelation>([
  ['+', 'ge'],
  ['-plus', 'ge'],
  ['or more', 'ge'],
  ['or above', 'ge'],
  ['or higher', 'ge'],
  ['and above', 'ge'],
  ['and over', 'ge'],
  ['or over', 'ge'],
  ['or less', 'le'],
  ['or fewer', 'le'],
  ['or below', 'le'],
  ['or under', 'le'],
  ['or so', 'approx'],
  ['odd', 'approx'],
]);

/**
 * Words joining the two ends of a range. `needsBetween` marks "and", which makes a range only
 * after "between" ("between 2 and 3 million"); otherwise "500 and 1,000 songs" are two figures.
 */
export interface RangeJoiner {
  needsBetween: boolean;
}

export const RANGE_JOINERS: ReadonlyMap<string, RangeJoiner> = new Map<string, RangeJoiner>([
  ['to', { needsBetween: false }],
  ['-', { needsBetween: false }],
  ['–', { needsBetween: false }],
  ['—', { needsBetween: false }],
  ['and', { needsBetween: true }],
]);

/** Words before the first number that open a range ("between 2 and 3 million", "from 10 to 15"). */
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'from']);

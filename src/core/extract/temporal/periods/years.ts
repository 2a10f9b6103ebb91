import { YEAR_CONTEXT_BEFORE, COUNT_AFTER_NUMBER, HYPHENS } from '../../../tables/temporalWords';
import { continuesNumber, isPrecededByMoney, twoDigitsAt, yearDigitsAt } from '../numberTokens';
import { glued, isGluedHyphen, lowerAt, textAt, type Scan } from '../scan';
import { yearRange } from '../../../calendar';
import { decadePeriod, yearPeriod, type Period } from '../values/period';

/**
 * A bare four-digit number as a year. Numbers between 1900 and 2099 are years unless a count
 * noun follows ("2000 employees"); other four-digit numbers need a temporal word before them
 * ("in 1492"). Model names ("S400", "A380") are glued to letters and never years.
 */
export function readYear(scan: Scan, index: number): Period | undefined {
  const year = yearDigitsAt(scan, index);
  if (year === undefined) return undefined;
  const before = index > 0 ? scan.words[index - 1] : undefined;
  if (before && glued(scan, index - 1, index) && /[a-z0-9]/i.test(textAt(scan, index - 1)) && !YEAR_CONTEXT_BEFORE.has(before.lower)) return undefined;
  // After a hyphen only a year range ("1990-2000") or a temporal prefix ("mid-2011") makes a year.
  if (before && HYPHENS.has(before.lower) && glued(scan, index - 1, index) && !YEAR_CONTEXT_BEFORE.has(lowerAt(scan, index - 2)) && yearDigitsAt(scan, index - 2) === undefined) return undefined;
  if (isGluedHyphen(scan, index + 1) && /^[a-z]/i.test(lowerAt(scan, index + 2))) return undefined;
  if (isPrecededByMoney(scan, index)) return undefined;
  const after = scan.words[index + 1];
  if (after && glued(scan, index, index + 1) && /^[a-z0-9%]/i.test(textAt(scan, index + 1))) return undefined;
  const afterWord = after ? after.lower : '';
  if (COUNT_AFTER_NUMBER.has(afterWord)) return undefined;
  const inContext = before !== undefined && YEAR_CONTEXT_BEFORE.has(before.lower);
  if (!inContext) {
    if (year < 1900 || year > 2099) return undefined;
    if (after && isPluralNoun(scan, index + 1) && !(before && before.lower === 'the')) return undefined;
  }
  return yearPeriod(index + 1, year);
}

/** A year where a temporal word already stands before it ("early 2009", "the end of 2025"), but not a decade. */
export function readYearInContext(scan: Scan, index: number): Period | undefined {
  const year = yearDigitsAt(scan, index);
  if (year === undefined || (glued(scan, index, index + 1) && lowerAt(scan, index + 1) === 's')) return undefined;
  return yearPeriod(index + 1, year);
}

/** How far ahead of the reference year a two-digit year may point: plans name the next few years. */
const AHEAD_YEARS = 10;

/**
 * A two-digit year after an apostrophe glued to it: "since '82", "the class of ’07". It is the
 * latest such year at most AHEAD_YEARS after the reference year ('82 read in 2024 is 1982, '30 is 2030).
 */
export function readApostropheYear(scan: Scan, index: number): Period | undefined {
  const mark = lowerAt(scan, index);
  if ((mark !== "'" && mark !== '’') || !glued(scan, index, index + 1)) return undefined;
  const short = twoDigitsAt(scan, index + 1);
  // A letter or a digit glued before the apostrophe makes it a possessive or a quote mark.
  if (short === undefined || (index > 0 && glued(scan, index - 1, index))) return undefined;
  if (continuesNumber(scan, index + 1)) return undefined;
  // Only after a word that asks for a year ("since '82", "class of '16"): after a name it is a version ("Office '11").
  if (!YEAR_CONTEXT_BEFORE.has(lowerAt(scan, index - 1))) return undefined;
  const referenceYear = Number(scan.reference.date.slice(0, 4));
  const century = Math.floor(referenceYear / 100) * 100;
  const year = century + short > referenceYear + AHEAD_YEARS ? century - 100 + short : century + short;
  return yearPeriod(index + 2, year, true, `two-digit year, the latest up to ${AHEAD_YEARS} years after the reference year`);
}

/** "the 1990s", "1990s", "the '90s". */
export function readDecade(scan: Scan, index: number): Period | undefined {
  let cursor = lowerAt(scan, index) === 'the' ? index + 1 : index;
  let decadeStart: number;
  if ((lowerAt(scan, cursor) === "'" || lowerAt(scan, cursor) === '’') && glued(scan, cursor, cursor + 1)) {
    const short = twoDigitsAt(scan, cursor + 1);
    if (short === undefined || short % 10 !== 0) return undefined;
    // '30s to '90s are last century's; '00s to '20s this one's.
    decadeStart = short >= 30 ? 1900 + short : 2000 + short;
    cursor += 1;
  } else if (cursor > index && twoDigitsAt(scan, cursor) !== undefined) {
    // "the 70s": two digits need "the" before them, as "70s" alone may be an age or a speed.
    const short = twoDigitsAt(scan, cursor) ?? 1;
    if (short % 10 !== 0) return undefined;
    decadeStart = short >= 30 ? 1900 + short : 2000 + short;
  } else {
    const digits = yearDigitsAt(scan, cursor);
    if (digits === undefined || digits % 10 !== 0) return undefined;
    decadeStart = digits;
  }
  if (lowerAt(scan, cursor + 1) !== 's' || !glued(scan, cursor, cursor + 1)) return undefined;
  return decadePeriod(cursor + 2, decadeStart / 10, false);
}

/** A lower-case word ending in -s, as counted things are: "employees", "units". */
function isPluralNoun(scan: Scan, index: number): boolean {
  const text = textAt(scan, index);
  return text.length > 3 && text === lowerAt(scan, index) && text.endsWith('s') && !text.endsWith('ss');
}

/** "the 20th century", "the 19th century": TIMEX3 writes a century as its first two digits (`19`). */
export function readCentury(scan: Scan, index: number): Period | undefined {
  return lowerAt(scan, index) === 'the' ? readOrdinalCentury(scan, index + 1) : undefined;
}

/** "20th century" without its "the", after a part word: "the early 20th century". */
export function readOrdinalCentury(scan: Scan, index: number): Period | undefined {
  const ordinal = twoDigitsAt(scan, index);
  const suffix = lowerAt(scan, index + 1);
  if (ordinal === undefined || ordinal < 1 || ordinal > 29 || !['st', 'nd', 'rd', 'th'].includes(suffix) || !glued(scan, index, index + 1)) return undefined;
  if (lowerAt(scan, index + 2) !== 'century') return undefined;
  const first = (ordinal - 1) * 100;
  return { next: index + 3, timex: String(ordinal - 1).padStart(2, '0'), type: 'DATE', range: { earliest: yearRange(Math.max(first, 1)).earliest, latest: yearRange(first + 99).latest }, relative: false };
}

import { FISCAL_WORDS, PERIOD_NOUNS, PERIOD_PARTS } from '../../../tables/temporalWords';
import { isGluedHyphen, lowerAt, type Scan } from '../scan';
import { narrowToPart } from '../values/narrowToPart';
import type { Period } from '../values/period';
import { shiftedPeriod } from '../values/shiftedPeriod';
import { anchorFor } from './anchoredPeriods';
import { readFiscalYear } from './fiscalYears';
import { readMonthDate } from './monthDates';
import { readQuarter } from './quarters';
import { readShiftedPeriod } from './shiftedPeriods';
import { readDecade, readOrdinalCentury, readYearInContext } from './years';

/**
 * "early 2009", "mid-2011", "late last year", "mid-August", "the end of 2025", "the very
 * beginning of the year", "the early 20th century". See narrowToPart for the value.
 */
export function readPartOfPeriod(scan: Scan, index: number): Period | undefined {
  const yearEnd = readYearEnd(scan, index);
  if (yearEnd) return yearEnd;
  let cursor = index;
  const hasThe = lowerAt(scan, cursor) === 'the';
  if (hasThe) cursor++;
  if (hasThe && lowerAt(scan, cursor) === 'very') cursor++;
  const partWord = PERIOD_PARTS.get(lowerAt(scan, cursor));
  if (!partWord) return undefined;
  cursor++;
  if (partWord.needsOf) {
    if (lowerAt(scan, cursor) !== 'of') return undefined;
    cursor++;
  } else if (isGluedHyphen(scan, cursor)) {
    cursor++;
  }
  const inner = readInnerPeriod(scan, cursor);
  if (!inner) return undefined;
  // Fiscal years have no calendar range (their start differs by country): the part keeps the value.
  if (!inner.range) return inner.timex.startsWith('FY') ? inner : undefined;
  return narrowToPart(inner, partWord.part);
}

/** The period after "early", "mid-" or "the end of": a year, a month, a quarter or half, a decade, a century. */
function readInnerPeriod(scan: Scan, index: number): Period | undefined {
  if (lowerAt(scan, index) === 'the' && FISCAL_WORDS.has(lowerAt(scan, index + 1))) return readFiscalYear(scan, index + 1);
  const noun = lowerAt(scan, index) === 'the' ? PERIOD_NOUNS.get(lowerAt(scan, index + 1)) : undefined;
  if (noun) return shiftedPeriod(index + 2, scan.reference.date, noun, 0);
  return (
    readShiftedPeriod(scan, index) ??
    readDecade(scan, index) ??
    readMonthDate(scan, index) ??
    // "the end of the first quarter (of 2022)", "the end of the second half".
    readQuarter(scan, index) ??
    readYearInContext(scan, index) ??
    readOrdinalCentury(scan, index)
  );
}

/**
 * "year-end", "by year end", "the year-end": the end of the year the text is about (the one of
 * the date named last, else the reference year). "a year-end bonus" is read too: it dates the bonus.
 */
function readYearEnd(scan: Scan, index: number): Period | undefined {
  const hasThe = lowerAt(scan, index) === 'the';
  const yearIndex = hasThe ? index + 1 : index;
  if (lowerAt(scan, yearIndex) !== 'year') return undefined;
  const endIndex = isGluedHyphen(scan, yearIndex + 1) ? yearIndex + 2 : yearIndex + 1;
  if (lowerAt(scan, endIndex) !== 'end' || (hasThe && endIndex === yearIndex + 1)) return undefined;
  const anchor = anchorFor(scan, 'year');
  const year = shiftedPeriod(endIndex + 1, anchor.date, 'year', 0);
  return year && { ...narrowToPart(year, 'end'), reason: anchor.reason };
}

import { NOT_YEAR_BEFORE, ORDINAL_SUFFIXES } from '../../tables/temporalWords';
import { glued, lowerAt, textAt, type Scan } from './scan';

/** The digits of a number as written ("2014", "18:00", "1,100"), or undefined for a word that is no number. */
export function digitsAt(scan: Scan, index: number): string | undefined {
  const word = scan.words[index];
  return word !== undefined && word.isNumber ? word.lower : undefined;
}

/** The value of a number of plain digits ("2014", not "1,100" or "2.5"), or undefined. */
export function integerAt(scan: Scan, index: number): number | undefined {
  const digits = digitsAt(scan, index);
  return digits !== undefined && /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** A four-digit year at the word (1000–2999), or undefined. */
export function yearDigitsAt(scan: Scan, index: number): number | undefined {
  if (digitsAt(scan, index)?.length !== 4) return undefined;
  const value = integerAt(scan, index);
  return value !== undefined && value >= 1000 && value <= 2999 ? value : undefined;
}

/** A number written with exactly two digits: "07", "90". */
export function twoDigitsAt(scan: Scan, index: number): number | undefined {
  return digitsAt(scan, index)?.length === 2 ? integerAt(scan, index) : undefined;
}

/** A day number, with its ordinal suffix when glued: `26`, `2nd`. Returns the day and the next token. */
export function dayAt(scan: Scan, index: number): { day: number; next: number } | undefined {
  const digits = digitsAt(scan, index);
  const value = integerAt(scan, index);
  if (digits === undefined || digits.length > 2 || value === undefined || value < 1 || value > 31) return undefined;
  const suffix = lowerAt(scan, index + 1);
  const next = ORDINAL_SUFFIXES.has(suffix) && glued(scan, index, index + 1) ? index + 2 : index + 1;
  // "26-year" or "5:30" are not days.
  if (glued(scan, next - 1, next) && /^[-:%]$/.test(lowerAt(scan, next))) return undefined;
  return { day: value, next };
}

/** True when a currency sign or a word such as "room" makes the number at the word an amount or a code. */
export function isPrecededByMoney(scan: Scan, index: number): boolean {
  const before = lowerAt(scan, index - 1);
  return NOT_YEAR_BEFORE.has(before) || (before === '.' && lowerAt(scan, index - 2) === 'rs');
}

/** True when the number runs on into letters, digits or a hyphen ("2009-10", "1990s"), not into punctuation. */
export function continuesNumber(scan: Scan, index: number): boolean {
  return glued(scan, index, index + 1) && /^[A-Za-z0-9\u2010-\u2013-]/.test(textAt(scan, index + 1));
}

import { NOT_YEAR_BEFORE, ORDINAL_SUFFIXES } from '../../tables/temporalWords';
import { glued, lowerAt, type Scan } from './scan';

/** The value of a token of plain digits ("2014", not "1,100" or "2.5"), or undefined. */
export function integerAt(scan: Scan, index: number): number | undefined {
  const token = scan.tokens[index];
  return token && token.isNumber && /^\d+$/.test(token.text) ? Number(token.text) : undefined;
}

/** A four-digit year at the token (1000–2999), or undefined. */
export function yearDigitsAt(scan: Scan, index: number): number | undefined {
  const token = scan.tokens[index];
  if (!token || token.text.length !== 4) return undefined;
  const value = integerAt(scan, index);
  return value !== undefined && value >= 1000 && value <= 2999 ? value : undefined;
}

/** A number written with exactly two digits: "07", "90". */
export function twoDigitsAt(scan: Scan, index: number): number | undefined {
  const token = scan.tokens[index];
  return token && token.text.length === 2 ? integerAt(scan, index) : undefined;
}

/** A day number, with its ordinal suffix when glued: `26`, `2nd`. Returns the day and the next token. */
export function dayAt(scan: Scan, index: number): { day: number; next: number } | undefined {
  const value = integerAt(scan, index);
  if (value === undefined || value < 1 || value > 31 || scan.tokens[index].text.length > 2) return undefined;
  const suffix = lowerAt(scan, index + 1);
  const next = ORDINAL_SUFFIXES.has(suffix) && glued(scan, index, index + 1) ? index + 2 : index + 1;
  // "26-year" or "5:30" are not days.
  if (glued(scan, next - 1, next) && /^[-:%]$/.test(lowerAt(scan, next))) return undefined;
  return { day: value, next };
}

/** True when a currency sign or a word such as "room" makes the number at the token an amount or a code. */
export function isPrecededByMoney(scan: Scan, index: number): boolean {
  const before = lowerAt(scan, index - 1);
  return NOT_YEAR_BEFORE.has(before) || (before === '.' && lowerAt(scan, index - 2) === 'rs');
}

/** True when the number token runs on into letters, digits or a hyphen ("2009-10", "1990s"), not into punctuation. */
export function continuesNumber(scan: Scan, index: number): boolean {
  return glued(scan, index, index + 1) && /^[A-Za-z0-9\u2010-\u2013-]/.test(scan.tokens[index + 1].text);
}

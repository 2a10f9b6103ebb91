import { parseIsoDate } from '../../../calendar';
import { FISCAL_WORDS, PERIOD_SHIFTS } from '../../../tables/temporalWords';
import { digitsAt, integerAt, yearDigitsAt } from '../numberTokens';
import { isGluedHyphen, lowerAt, type Scan } from '../scan';
import type { Period } from '../values/period';

/**
 * "FY2024", "FY24", "FY2023-24", "fiscal 2023", "fiscal year 2023", "the financial year". No
 * range: when a fiscal year starts differs by country and company.
 */
export function readFiscalYear(scan: Scan, index: number): Period | undefined {
  const word = lowerAt(scan, index);
  if (word === 'fy') return readFy(scan, index);
  if (!FISCAL_WORDS.has(word)) return undefined;
  let cursor = index + 1;
  if (lowerAt(scan, cursor) === 'year') cursor++;
  const year = yearDigitsAt(scan, cursor);
  if (year !== undefined) return { next: cursor + 1, timex: `FY${year}`, type: 'DATE', relative: false };
  if (cursor === index + 1) return undefined;
  const before = lowerAt(scan, index - 1);
  const shift = PERIOD_SHIFTS.get(before) ?? (before === 'the' ? 0 : undefined);
  if (shift === undefined) return undefined;
  const current = parseIsoDate(scan.reference.date).year + shift;
  return { next: cursor, timex: `FY${current}`, type: 'DATE', relative: true };
}

/** "FY2024", "FY24", "FY2023-24", from the "FY" at `index`. */
function readFy(scan: Scan, index: number): Period | undefined {
  let cursor = index + 1;
  const digits = digitsAt(scan, cursor);
  const value = integerAt(scan, cursor);
  if (digits === undefined || value === undefined || (digits.length !== 2 && digits.length !== 4)) return undefined;
  let year = digits.length === 2 ? 2000 + value : value;
  cursor++;
  // "FY2023-24" names the year the fiscal year ends in.
  const end = isGluedHyphen(scan, cursor) && integerAt(scan, cursor + 1) !== undefined ? digitsAt(scan, cursor + 1) : undefined;
  if (end !== undefined) {
    year = end.length === 2 ? Math.floor(year / 100) * 100 + Number(end) : Number(end);
    cursor += 2;
  }
  return { next: cursor, timex: `FY${year}`, type: 'DATE', relative: false };
}

import { daysInMonth, formatIsoDate } from '../../../calendar';
import { digitsAt, integerAt, isPrecededByMoney, twoDigitsAt, yearDigitsAt } from '../numberTokens';
import { glued, isGluedHyphen, lowerAt, type Scan } from '../scan';
import { dayPeriod, monthPeriod, type Period } from '../values/period';

/** "2024-03-14", "2024-03" and "7/8/07" (month first, as in American writing, unless the first number exceeds 12). */
export function readNumericDate(scan: Scan, index: number): Period | undefined {
  const year = yearDigitsAt(scan, index);
  if (year !== undefined && isGluedHyphen(scan, index + 1)) return readIsoDate(scan, index, year);
  return readSlashedDate(scan, index);
}

/** "2024-03-14", "2024-03", after the year at `index`. */
function readIsoDate(scan: Scan, index: number, year: number): Period | undefined {
  const month = twoDigitsAt(scan, index + 2);
  if (month === undefined || month < 1 || month > 12) return undefined;
  if (isGluedHyphen(scan, index + 3)) {
    const day = twoDigitsAt(scan, index + 4);
    if (day === undefined || day < 1 || day > daysInMonth(year, month)) return undefined;
    return dayPeriod(index + 5, formatIsoDate(year, month, day));
  }
  return monthPeriod(index + 3, year, month);
}

/** "7/8/07", "14/03/2024". */
function readSlashedDate(scan: Scan, index: number): Period | undefined {
  if (isPrecededByMoney(scan, index) || lowerAt(scan, index + 1) !== '/' || !glued(scan, index, index + 1)) return undefined;
  const first = integerAt(scan, index);
  const second = integerAt(scan, index + 2);
  const third = integerAt(scan, index + 4);
  if (first === undefined || second === undefined || third === undefined || lowerAt(scan, index + 3) !== '/') return undefined;
  if (!glued(scan, index + 1, index + 2) || !glued(scan, index + 2, index + 3) || !glued(scan, index + 3, index + 4)) return undefined;
  const yearText = digitsAt(scan, index + 4);
  if (yearText === undefined || (yearText.length !== 2 && yearText.length !== 4)) return undefined;
  // Two-digit years up to 50 are this century's.
  const fullYear = yearText.length === 2 ? (third <= 50 ? 2000 + third : 1900 + third) : third;
  const [month, day] = first > 12 ? [second, first] : [first, second];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(fullYear, month)) return undefined;
  return dayPeriod(index + 5, formatIsoDate(fullYear, month, day));
}

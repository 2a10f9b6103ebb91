import { addDays, formatIsoDate, parseIsoDate } from '../../../calendar';
import { WEEK_OF_MONTH_ORDINALS } from '../../../tables/temporalWords';
import { lowerAt, type Scan } from '../scan';
import type { Period } from '../values/period';
import { readMonthDate } from './monthDates';

/**
 * "the last week of March", "the first week of May 2019": the month as the value, as for "the end
 * of June", and the seven days as the range (the last seven for "last" and "final").
 */
export function readWeekOfMonth(scan: Scan, index: number): Period | undefined {
  if (lowerAt(scan, index) !== 'the') return undefined;
  const ordinal = WEEK_OF_MONTH_ORDINALS.get(lowerAt(scan, index + 1));
  if (ordinal === undefined || lowerAt(scan, index + 2) !== 'week' || lowerAt(scan, index + 3) !== 'of') return undefined;
  const month = readMonthDate(scan, index + 4);
  if (!month?.range || !/^\d{4}-\d{2}$/.test(month.timex)) return undefined;
  const { year, month: number } = parseIsoDate(month.range.earliest);
  const earliest = ordinal > 0 ? formatIsoDate(year, number, 7 * (ordinal - 1) + 1) : addDays(month.range.latest, -6);
  return { ...month, range: { earliest, latest: addDays(earliest, 6) } };
}

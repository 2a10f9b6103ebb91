import { formatIsoDate, monthRange, monthsRange, parseIsoDate, yearRange } from '../../../calendar';
import type { PeriodPart } from '../../../tables/temporalWords';
import type { Period } from './period';

/**
 * The part of a year, month or decade that "early", "mid-" or "the end of" names. The value stays
 * the whole period, as MEANTIME writes it, except mid-year, which MEANTIME writes as June
 * (`2011-06-XX`); the range narrows to the part, so "by mid-2023" is due at the end of June and
 * "by early 2025" at the end of April.
 */
export function narrowToPart(period: Period, part: PeriodPart): Period {
  const range = period.range;
  if (!range) return period;
  const first = parseIsoDate(range.earliest);
  const last = parseIsoDate(range.latest);
  if (/^\d{4}$/.test(period.timex)) {
    const year = first.year;
    const months = PART_MONTHS[part];
    const timex = part === 'mid' ? `${year}-06-XX` : period.timex;
    const narrowed = part === 'mid' ? monthRange(year, 6) : monthsRange(year, months[0], months[1]);
    return { ...period, timex, range: narrowed };
  }
  if (/^\d{4}-\d{2}$/.test(period.timex)) {
    const days = PART_DAYS[part];
    const lastDay = Math.min(days[1], last.day);
    return { ...period, range: { earliest: formatIsoDate(first.year, first.month, days[0]), latest: formatIsoDate(first.year, first.month, lastDay) } };
  }
  if (/^\d{3}$/.test(period.timex)) {
    const years = PART_DECADE_YEARS[part];
    return { ...period, range: { earliest: yearRange(first.year + years[0]).earliest, latest: yearRange(first.year + years[1]).latest } };
  }
  return period;
}

/** Each part as a third of the period: months of a year, days of a month, years of a decade. */
const PART_MONTHS: Readonly<Record<PeriodPart, [number, number]>> = { start: [1, 4], mid: [5, 8], end: [9, 12] };
const PART_DAYS: Readonly<Record<PeriodPart, [number, number]>> = { start: [1, 10], mid: [11, 20], end: [21, 31] };
const PART_DECADE_YEARS: Readonly<Record<PeriodPart, [number, number]>> = { start: [0, 3], mid: [4, 6], end: [7, 9] };

import { SEASON_DETERMINERS, SEASONS } from '../../../tables/temporalWords';
import { yearDigitsAt } from '../numberTokens';
import { lowerAt, type Scan } from '../scan';
import { tenseAt } from '../tense';
import { seasonPeriod, type Period } from '../values/period';
import { yearOfMonth } from '../values/yearsByTense';

/** "summer 2024", "the summer of 2024", "in the spring". */
export function readSeason(scan: Scan, index: number): Period | undefined {
  const season = SEASONS.get(lowerAt(scan, index));
  if (!season) return undefined;
  let cursor = index + 1;
  if (lowerAt(scan, cursor) === 'of') cursor++;
  const year = yearDigitsAt(scan, cursor);
  if (year !== undefined) return seasonPeriod(cursor + 1, year, season.code, season.firstMonth, season.lastMonth, false);
  // Without a year a season needs a determiner, and "fall of" is a fall of something.
  if (!SEASON_DETERMINERS.has(lowerAt(scan, index - 1)) || (season.needsContext && lowerAt(scan, index + 1) === 'of')) return undefined;
  const yearByTense = yearOfMonth(scan.reference.date, tenseAt(scan, index), season.firstMonth);
  return seasonPeriod(index + 1, yearByTense, season.code, season.firstMonth, season.lastMonth, true);
}

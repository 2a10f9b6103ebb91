import type { Scan } from '../scan';
import type { Period } from '../values/period';
import { readAnaphoricPeriod } from './anaphoricPeriods';
import { readBareUnit, readNeighbourPeriod } from './anchoredPeriods';
import { readClockTime } from './clockTimes';
import { readClockWord } from './clockWords';
import { readFiscalYear } from './fiscalYears';
import { readHoliday } from './holidays';
import { readLooseReference } from './looseReferences';
import { readDayMonth, readMonthDate, readOrdinalDay } from './monthDates';
import { readNumericDate } from './numericDates';
import { readSessionPart } from './partOfDay';
import { readPartOfPeriod } from './partsOfPeriods';
import { readQuarter } from './quarters';
import { readReferenceWord } from './referenceWords';
import { readRelativeDay } from './relativeDays';
import { readSeason } from './seasons';
import { readShiftedPeriod } from './shiftedPeriods';
import { readApostropheYear, readCentury, readDecade, readYear } from './years';
import { readTheWeekend, readWeekday } from './weekdays';
import { readWeekOfMonth } from './weeksOfMonths';

/**
 * The readers of a calendar expression, most specific first: on readings of the same length the
 * earlier reader wins. Each turns down a token it cannot start at by its first test.
 */
const PERIOD_READERS: ReadonlyArray<(scan: Scan, index: number) => Period | undefined> = [
  readNumericDate,
  readMonthDate,
  readDayMonth,
  readOrdinalDay,
  readDecade,
  readCentury,
  readQuarter,
  readFiscalYear,
  readPartOfPeriod,
  readNeighbourPeriod,
  readShiftedPeriod,
  readSeason,
  readWeekday,
  readTheWeekend,
  readRelativeDay,
  readHoliday,
  readClockTime,
  readClockWord,
  readReferenceWord,
  readLooseReference,
  readYear,
  readAnaphoricPeriod,
  readBareUnit,
  readWeekOfMonth,
  readApostropheYear,
  readSessionPart,
];

/** The longest calendar expression starting at the token, or undefined. */
export function readPeriod(scan: Scan, index: number): Period | undefined {
  if (index < 0 || index >= scan.words.length) return undefined;
  let best: Period | undefined;
  for (const read of PERIOD_READERS) {
    const period = read(scan, index);
    if (period && (!best || period.next > best.next)) best = period;
  }
  return best;
}

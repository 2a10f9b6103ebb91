import { DURATION_UNITS, WHOLE_UNIT_ADJECTIVES } from '../../../tables/temporalWords';
import type { Reading } from '../reading';
import { isGluedHyphen, lowerAt, type Scan } from '../scan';

/** TIMEX3 lengths of one unit; clock units take `T`. */
const ONE_UNIT: Readonly<Record<string, string>> = { Y: 'P1Y', M: 'P1M', W: 'P1W', D: 'P1D', H: 'PT1H', MIN: 'PT1M', DE: 'P10Y', CE: 'P100Y' };

/**
 * "for the entire year", "the whole day", "the full month", "all day": one unit of time taken
 * whole, a length rather than a date, so it needs no date to point back to.
 */
export function recogniseWholeUnit(scan: Scan, index: number): Reading | undefined {
  if (lowerAt(scan, index) === 'all') return readAllUnit(scan, index);
  if (lowerAt(scan, index) !== 'the' || !WHOLE_UNIT_ADJECTIVES.has(lowerAt(scan, index + 1))) return undefined;
  const unit = DURATION_UNITS.get(lowerAt(scan, index + 2));
  if (!unit || unit.plural || unit.needsCount) return undefined;
  const timex = ONE_UNIT[unit.unit];
  if (timex === undefined) return undefined;
  return { next: index + 3, kind: 'date', timexType: 'DURATION', timex, relative: false };
}

/** Units "all" takes whole without "the": "all day", "all week", "all year", not "all minutes". */
const ALL_UNITS: ReadonlyMap<string, string> = new Map([['day', 'P1D'], ['week', 'P1W'], ['month', 'P1M'], ['year', 'P1Y']]);

/** "rained all day", "open all year": one unit taken whole. "all year round" keeps "round" out, as a manner. */
function readAllUnit(scan: Scan, index: number): Reading | undefined {
  const timex = ALL_UNITS.get(lowerAt(scan, index + 1));
  if (timex === undefined || isGluedHyphen(scan, index + 2)) return undefined;
  return { next: index + 2, kind: 'date', timexType: 'DURATION', timex, relative: false };
}

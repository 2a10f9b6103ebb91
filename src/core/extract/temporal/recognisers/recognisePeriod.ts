import { readPeriod } from '../periods/readPeriod';
import { periodReading, type Reading } from '../reading';
import type { Scan } from '../scan';

/** A calendar expression on its own: "February 26, 2022", "Friday", "1979", "this week". */
export function recognisePeriod(scan: Scan, index: number): Reading | undefined {
  const period = readPeriod(scan, index);
  return period ? periodReading(period) : undefined;
}

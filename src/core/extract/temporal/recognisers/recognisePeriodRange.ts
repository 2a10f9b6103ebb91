import { daysBetween, parseIsoDate } from '../../../calendar';
import type { IsoDate } from '../../../model';
import { readPeriod } from '../periods/readPeriod';
import type { Reading } from '../reading';
import { lowerAt, type Scan } from '../scan';
import type { Period } from '../values/period';

/** Words that close a range opened by "from" or "between": "from 2009 to 2011", "between 2014 and 2016". */
const CLOSERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['from', new Set(['to', 'until', 'till', 'through', 'into'])],
  ['between', new Set(['and'])],
]);

/**
 * "from 2009 to 2011", "between March 2010 and June 2011", "from May 3, 2020 to May 9, 2020":
 * one expression whose value is its length (`P2Y`, as MEANTIME marks such ranges) and whose
 * range runs from the first end's start to the second end's last day. Both ends must name the
 * same kind of period (years, months or days) and the second must come later; otherwise each end
 * stays a date of its own. It bounds a plan (a deadline) when it starts after the reference date.
 */
export function recognisePeriodRange(scan: Scan, index: number): Reading | undefined {
  const closers = CLOSERS.get(lowerAt(scan, index));
  if (!closers) return undefined;
  const from = readPeriod(scan, index + 1);
  if (!from?.range || !closers.has(lowerAt(scan, from.next))) return undefined;
  const to = readPeriod(scan, from.next + 1);
  if (!to?.range) return undefined;
  const length = lengthBetween(from, from.range.earliest, to, to.range.earliest);
  if (length === undefined) return undefined;
  const range = { earliest: from.range.earliest, latest: to.range.latest };
  const reading: Reading = { next: to.next, kind: 'date', timexType: 'DURATION', timex: length, range, relative: from.relative || to.relative, reason: from.reason ?? to.reason };
  reading.ends = [{ first: index + 1, next: from.next, timex: from.timex }, { first: from.next + 1, next: to.next, timex: to.timex }];
  if (range.earliest > scan.reference.date) reading.kind = 'deadline';
  return reading;
}

/** The TIMEX3 length from one end to the other in the ends' own unit, or undefined when they differ in kind or order. */
function lengthBetween(from: Period, fromStart: IsoDate, to: Period, toStart: IsoDate): string | undefined {
  const kind = granularity(from.timex);
  if (kind === undefined || kind !== granularity(to.timex)) return undefined;
  const start = parseIsoDate(fromStart);
  const end = parseIsoDate(toStart);
  const amount = kind === 'Y' ? end.year - start.year
    : kind === 'M' ? (end.year - start.year) * 12 + end.month - start.month
      : daysBetween(fromStart, toStart);
  return amount > 0 ? `P${amount}${kind}` : undefined;
}

function granularity(timex: string): 'Y' | 'M' | 'D' | undefined {
  if (/^\d{4}$/.test(timex)) return 'Y';
  if (/^\d{4}-\d{2}$/.test(timex)) return 'M';
  if (/^\d{4}-\d{2}-\d{2}$/.test(timex)) return 'D';
  return undefined;
}

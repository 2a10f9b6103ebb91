import { DURATION_UNITS } from '../../../tables/temporalWords';
import { readDuration } from '../durations';
import type { Reading } from '../reading';
import { lowerAt, type Scan } from '../scan';
import { durationText, spanToNow } from '../values/durationValues';

/** "the past decade", "the last two years", "in the past few years": spans that end now. */
export function recognisePastSpan(scan: Scan, index: number): Reading | undefined {
  if (lowerAt(scan, index) !== 'the') return undefined;
  const word = lowerAt(scan, index + 1);
  if (word !== 'past' && word !== 'last' && word !== 'previous') return undefined;
  const cursor = index + 2;
  let duration = readDuration(scan, cursor);
  if (!duration) {
    // "the past decade": a unit alone counts one, a plural some.
    const unit = DURATION_UNITS.get(lowerAt(scan, cursor));
    if (!unit || unit.needsCount) return undefined;
    // "the previous year" is the year before a date the text named (anchoredPeriods.ts).
    if (word === 'previous' && !unit.plural) return undefined;
    duration = { next: cursor + 1, amount: unit.plural ? undefined : 1, unit: unit.unit };
  }
  const reading: Reading = { next: duration.next, kind: 'date', timexType: 'DURATION', timex: durationText(duration), relative: true };
  const range = spanToNow(scan.reference.date, duration);
  if (range) reading.range = range;
  return reading;
}

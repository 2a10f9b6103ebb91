import { DEADLINE_PREPOSITIONS, DURATION_UNITS, NOT_FROM_NOW_AFTER, NOT_SUPERLATIVES, SPAN_BEFORE_IN, VAGUE_COUNT_SPANS } from '../../../tables/temporalWords';
import { readCount, readDuration, type Duration } from '../durations';
import type { Reading } from '../reading';
import { lowerAt, matchWords, type Scan } from '../scan';
import { deadlineDays, durationText } from '../values/durationValues';

/**
 * Deadlines counted from the reference date: "in six months", "within a year", "in the next
 * two to three years", "in six months to one year", "over the next four years", "in two years'
 * time". "In" is a span, not a deadline, after a superlative: "the first time in two years".
 */
export function recogniseDeadlineDuration(scan: Scan, index: number): Reading | undefined {
  const word = lowerAt(scan, index);
  let cursor = index;
  const startsWithPreposition = DEADLINE_PREPOSITIONS.has(word);
  if (startsWithPreposition) cursor++;
  const hasNext = lowerAt(scan, cursor) === 'the' && (lowerAt(scan, cursor + 1) === 'next' || lowerAt(scan, cursor + 1) === 'coming');
  if (hasNext) cursor += 2;
  // Without "the next", only "in", "within" and "inside" count forward: "for six months" is a plain span.
  if (!hasNext && !(word === 'in' || word === 'within' || word === 'inside')) return undefined;
  if (word === 'in' && !hasNext && (SPAN_BEFORE_IN.has(lowerAt(scan, index - 1)) || hasSuperlativeBefore(scan, index))) return undefined;
  let duration = readDuration(scan, cursor);
  if (!duration && hasNext) {
    // "the next year", "the coming months"
    const unit = DURATION_UNITS.get(lowerAt(scan, cursor));
    if (!unit || unit.needsCount) return undefined;
    // Without a preposition "the next year" is the year after a date the text named (anchoredPeriods.ts).
    if (!startsWithPreposition && !unit.plural) return undefined;
    // "in the coming weeks": as many as "a few" of them.
    duration = unit.plural ? { next: cursor + 1, unit: unit.unit, vagueSpan: VAGUE_COUNT_SPANS.get('few') } : { next: cursor + 1, amount: 1, unit: unit.unit };
  }
  if (!duration) return undefined;
  if (NOT_FROM_NOW_AFTER.has(lowerAt(scan, duration.next))) return undefined;
  let upper: Duration | undefined;
  const joiner = lowerAt(scan, duration.next);
  if ((joiner === 'to' || joiner === 'or') && duration.amountMax === undefined) upper = readDuration(scan, duration.next + 1);
  let next = upper ? upper.next : duration.next;
  if (matchWords(scan, next, ["'", 'time']) || matchWords(scan, next, ['’', 'time'])) next += 2;
  else if (lowerAt(scan, next) === 'time' && lowerAt(scan, next - 1) === "'") next += 1;
  const first = startsWithPreposition || hasNext ? index : cursor;
  const reading = deadlineReading(scan, first, next, duration, upper);
  if (startsWithPreposition) reading.extentFirst = index + 1;
  return reading;
}

/** A superlative among the three words before "in": "the wettest month in ten years" spans back. */
function hasSuperlativeBefore(scan: Scan, index: number): boolean {
  for (let before = index - 1; before >= index - 3; before--) {
    const word = lowerAt(scan, before);
    if (word.length >= 5 && word.endsWith('est') && !NOT_SUPERLATIVES.has(word)) return true;
  }
  return false;
}

/** "from six months to one year", "between two and three years", and "six months to a year" after "in" or "within". */
export function recogniseDurationRange(scan: Scan, index: number): Reading | undefined {
  const hasFrom = lowerAt(scan, index) === 'from' || lowerAt(scan, index) === 'between';
  const cursor = hasFrom ? index + 1 : index;
  const lower = readDuration(scan, cursor) ?? (hasFrom ? bareCount(scan, cursor) : undefined);
  if (!lower || lower.amount === undefined || lower.amountMax !== undefined) return undefined;
  const joiner = lowerAt(scan, lower.next);
  if (joiner !== 'to' && joiner !== 'and' && joiner !== 'until') return undefined;
  const upper = readDuration(scan, lower.next + 1);
  if (!upper || upper.amount === undefined) return undefined;
  // A bare lower count takes the upper end's unit: "between 6 and 9 months". Such a range is a
  // length ("took between 6 and 9 months"), a deadline only after "in" or "within".
  if (lower.unit === undefined) {
    if (lower.amount >= upper.amount) return undefined;
    if (lowerAt(scan, index - 1) === 'in' || lowerAt(scan, index - 1) === 'within') return deadlineReading(scan, index, upper.next, { ...lower, unit: upper.unit }, upper);
    return { next: upper.next, first: index, kind: 'date', timexType: 'DURATION', timex: durationText(upper), relative: false };
  }
  if (!hasFrom && lowerAt(scan, index - 1) !== 'in' && lowerAt(scan, index - 1) !== 'within') return undefined;
  return deadlineReading(scan, index, upper.next, lower, upper);
}

/** A count with no unit after it, waiting for the unit of the range's other end: the "6" of "between 6 and 9 months". */
function bareCount(scan: Scan, index: number): (Omit<Duration, 'unit'> & { unit?: undefined }) | undefined {
  const count = readCount(scan, index, false);
  if (!count || count.value === undefined || !count.explicit) return undefined;
  return { next: count.next, amount: count.value };
}

/** A deadline when the text gives its length; a vague one ("in a few years") is only a date. */
function deadlineReading(scan: Scan, first: number, next: number, duration: Duration, upper: Duration | undefined): Reading {
  const reading: Reading = { next, first, kind: 'date', timexType: 'DURATION', timex: durationText(upper ?? duration), relative: true };
  const days = deadlineDays(scan.reference.date, duration, upper);
  if (!days) return reading;
  reading.kind = 'deadline';
  if (days.range) reading.range = days.range;
  else reading.due = days.due;
  return reading;
}

import type { CalendarRange } from '../../calendar';
import type { IsoDate, TemporalBound, TemporalFact, TimexType } from '../../model';
import type { Scan } from './scan';
import type { Period } from './values/period';

/** What a recogniser read: the fact without its span, and the token after it. */
export interface Reading {
  next: number;
  /** First token of the span when it is not the token the recogniser started at. */
  first?: number;
  /**
   * First token of the TIMEX3 extent when the span opens with words TIMEX3 leaves out: the
   * preposition of "by 2030", "since 1998", "within the next six months".
   */
  extentFirst?: number;
  kind: 'date' | 'deadline';
  timexType: TimexType;
  timex: string;
  due?: IsoDate;
  range?: CalendarRange;
  bound?: TemporalBound;
  /** True when the value depends on the reference date. */
  relative: boolean;
  /** Why an underspecified expression resolved as it did: "past tense". */
  reason?: string;
  /** The ends of a range read as one expression, as tokens `first` up to `next`. */
  ends?: ReadonlyArray<{ first: number; next: number; timex: string }>;
}

/**
 * Reads an expression that becomes a fact at the token, or returns undefined. Every recogniser is
 * asked at every token that may start an expression, so each turns down a token it cannot start
 * at by its first test.
 */
export type Recogniser = (scan: Scan, index: number) => Reading | undefined;

/** A period as a date fact: due on its day when it is one day, else spanning its range. */
export function periodReading(period: Period): Reading {
  const reading: Reading = { next: period.next, kind: 'date', timexType: period.type, timex: period.timex, relative: period.relative, reason: period.reason };
  if (period.range) {
    if (period.range.earliest === period.range.latest) reading.due = period.range.earliest;
    else reading.range = period.range;
  }
  return reading;
}

/** The fact of a reading that started at token `index`, with its span and how its value was derived. */
export function toFact(scan: Scan, index: number, reading: Reading): TemporalFact {
  const first = scan.words[reading.first ?? index];
  const last = scan.words[reading.next - 1];
  const spanText = scan.text.slice(first.start, last.end);
  const result = reading.due ?? (reading.range ? `${reading.range.earliest}..${reading.range.latest}` : reading.timex);
  const reference = `${scan.reference.date} (${scan.reference.from})`;
  const derivation = reading.relative
    ? `"${spanText}" + ${reference}${reading.reason ? `, ${reading.reason}` : ''} → ${result}`
    : `"${spanText}" → ${result}`;
  const fact: TemporalFact = { start: first.start, end: last.end, text: spanText, kind: reading.kind, timexType: reading.timexType, timex: reading.timex, derivation };
  if (reading.due) fact.due = reading.due;
  if (reading.range) fact.range = reading.range;
  if (reading.bound) fact.bound = reading.bound;
  if (reading.ends) {
    fact.ends = reading.ends.map((end) => {
      const start = scan.words[end.first].start;
      const stop = scan.words[end.next - 1].end;
      return { start, end: stop, text: scan.text.slice(start, stop), timex: end.timex };
    });
  }
  if (reading.extentFirst !== undefined && reading.extentFirst < reading.next && scan.words[reading.extentFirst].start > first.start) {
    const start = scan.words[reading.extentFirst].start;
    fact.extent = { start, end: last.end, text: scan.text.slice(start, last.end) };
  }
  return fact;
}

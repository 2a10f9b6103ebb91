import type { IsoDate, ReferenceDate, TemporalFact } from '../../model';
import type { ScannedText } from '../scannedText';
import type { Word } from '../words/scanWords';
import { toFact, type Reading, type Recogniser } from './reading';
import { recogniseAgo } from './recognisers/recogniseAgo';
import { recogniseBound } from './recognisers/recogniseBound';
import { recogniseDeadlineDuration, recogniseDurationRange } from './recognisers/recogniseDeadline';
import { recogniseBarePlural, recogniseDuration, recogniseUngivenLength, recogniseVagueSpan } from './recognisers/recogniseDuration';
import { recogniseEarlierLater } from './recognisers/recogniseEarlierLater';
import { recogniseEra } from './recognisers/recogniseEra';
import { recognisePastSpan } from './recognisers/recognisePastSpan';
import { recognisePeriod } from './recognisers/recognisePeriod';
import { recognisePeriodRange } from './recognisers/recognisePeriodRange';
import { recogniseRecurrence } from './recognisers/recogniseRecurrence';
import { recogniseWholeUnit } from './recognisers/recogniseWholeUnit';
import { scanOf, type Scan, type TemporalContext } from './scan';
import { isTrigger } from './triggers';

/**
 * Temporal expressions, deadlines and their resolution against the reference date (design.md
 * §3). A hand-written scanner rather than chrono-node: chrono misses ranges, bounds and bare
 * years, misreads "$105 a" as a time, and on the MEANTIME texts this scanner is several times
 * faster than chrono alone (docs/timex.md). It reads the words the word scan cut each sentence
 * into; at each word that may start an expression (triggers.ts) every recogniser tries to read
 * one and the longest reading wins. Underspecified dates ("Friday", "in November") take their
 * year or week from the verb tense nearest to them. Values follow TIMEX3 as MEANTIME writes them
 * (docs/timex.md).
 *
 * Facts come in document order, without overlaps.
 */
export function extractTemporal(scanned: ScannedText, reference: ReferenceDate): TemporalFact[] {
  const context: TemporalContext = {};
  return scanned.sentences.flatMap((_sentence, index) => readSentence(scanned.text, scanned.words[index], reference, context));
}

/** The recognisers in order of preference: on readings of the same length the earlier one wins. */
const RECOGNISERS: readonly Recogniser[] = [
  recogniseRecurrence,
  recogniseBound,
  recogniseDeadlineDuration,
  recogniseDurationRange,
  recognisePeriodRange,
  recognisePastSpan,
  recogniseAgo,
  recogniseEarlierLater,
  recognisePeriod,
  recogniseVagueSpan,
  recogniseDuration,
  recogniseBarePlural,
  recogniseUngivenLength,
  recogniseWholeUnit,
  recogniseEra,
];

function readSentence(text: string, words: readonly Word[], reference: ReferenceDate, context: TemporalContext): TemporalFact[] {
  const scan = scanOf(text, words, reference, context);
  const facts: TemporalFact[] = [];
  // Clock times read before any day of the sentence ("18:00 UTC on Tuesday") wait for that day.
  const unanchoredTimes: Array<{ index: number; reading: Reading }> = [];
  let index = 0;
  while (index < scan.words.length) {
    const reading = isTrigger(scan, index) ? readAt(scan, index) : undefined;
    if (!reading) {
      index++;
      continue;
    }
    // A clock time (`T18:00`) waits; a part of a named day (`TMO`) carries its day already.
    if (reading.timexType === 'TIME' && scan.anchorDay === undefined && /T\d/.test(reading.timex)) unanchoredTimes.push({ index, reading });
    else if (reading.due && reading.timexType === 'DATE' && scan.anchorDay === undefined) anchorTimes(scan, unanchoredTimes.splice(0), reading.due, facts);
    facts.push(toFact(scan, index, reading));
    if (reading.due && reading.timexType === 'DATE') scan.anchorDay = reading.due;
    if (reading.timexType !== 'DURATION' && reading.timexType !== 'SET' && /^(?:\d{4}|FY\d{4}$)/.test(reading.timex)) {
      context.antecedent = reading.timex;
      scan.namedInSentence = reading.timex;
    }
    index = reading.next;
  }
  return facts;
}

/** The longest reading any recogniser finds at the token; on a tie the earlier recogniser wins. */
function readAt(scan: Scan, index: number): Reading | undefined {
  let best: Reading | undefined;
  for (const recognise of RECOGNISERS) {
    const reading = recognise(scan, index);
    if (reading && reading.next > index && (!best || reading.next > best.next)) best = reading;
  }
  return best;
}

/** Moves the clock times read before the sentence named a day onto that day. */
function anchorTimes(scan: Scan, pending: ReadonlyArray<{ index: number; reading: Reading }>, day: IsoDate, facts: TemporalFact[]): void {
  for (const { index, reading } of pending) {
    const at = facts.findIndex((fact) => fact.start === scan.words[reading.first ?? index].start);
    if (at < 0) continue;
    const moved: Reading = { ...reading, timex: day + reading.timex.slice(reading.timex.indexOf('T')), due: day, range: undefined, reason: 'the day named in the sentence' };
    facts[at] = toFact(scan, index, moved);
  }
}

import { FINITE_PAST, FUTURE_BEFORE_TO, FUTURE_MARKERS, NOT_PAST_ED, PARTICIPLE_AUXILIARIES, PAST_MARKERS, SCHEDULE_PLURAL_VERBS, SCHEDULE_PRESENT_VERBS } from '../../tables/temporalWords';
import { DETERMINERS } from '../clauses/clauseWords';
import { interposedLengthBefore } from '../words/interposedTime';
import { isCapitalised, lowerAt, type Scan, type TenseMarker } from './scan';

/** The tense an underspecified date ("Friday", "in November") takes its year or week from. */
export type Tense = 'past' | 'future' | undefined;

/**
 * The tense an underspecified date at the token takes: "since" always looks back ("the best week
 * since November"); after "until", "through" or "by" a sentence without past or future markers
 * looks forward ("closed until Friday"); otherwise the tense of the marker nearest to the token,
 * the earlier marker winning a tie.
 */
export function tenseAt(scan: Scan, index: number): Tense {
  const bound = boundBefore(scan, index);
  if (bound === 'since') return 'past';
  // "talks were scheduled for June 12": a date set for an event is the occurrence nearest the
  // reference date, whatever the tense of the setting (it may be over by now, or still to come).
  if (isScheduledFor(scan, index)) return undefined;
  const tense = markedTenseAt(scan, index);
  return tense === undefined && bound !== undefined && FORWARD_BOUNDS.has(bound) ? 'future' : tense;
}

/** Participles that set a date with "for": "scheduled for", "set for", "planned for". */
const SETTING_FOR: ReadonlySet<string> = new Set(['scheduled', 'rescheduled', 'set', 'planned', 'slated', 'pencilled', 'penciled', 'booked', 'fixed', 'due']);

function isScheduledFor(scan: Scan, index: number): boolean {
  let before = index - 1;
  if (lowerAt(scan, before) === 'the' || lowerAt(scan, before) === 'on') before--;
  return lowerAt(scan, before) === 'for' && SETTING_FOR.has(lowerAt(scan, before - 1));
}

/** Bounds that look forward in a sentence with no tense of its own. */
const FORWARD_BOUNDS: ReadonlySet<string> = new Set(['until', 'till', 'through', 'by', 'before']);

/** The bound word right before the date, past an "on" or a "the": "until Friday", "since the spring". */
function boundBefore(scan: Scan, index: number): string | undefined {
  let before = index - 1;
  if (lowerAt(scan, before) === 'the' || lowerAt(scan, before) === 'on') before--;
  const word = lowerAt(scan, before);
  return word === 'since' || FORWARD_BOUNDS.has(word) ? word : undefined;
}

/**
 * The nearest marker between the same commas as the date, else the nearest in the sentence: in
 * "X will close three libraries by the end of March, officials announced on Monday" March is
 * the plan's and Monday the announcement's.
 */
function markedTenseAt(scan: Scan, index: number): Tense {
  scan.tenseMarkers ??= findTenseMarkers(scan);
  const stretches = (scan.stretches ??= stretchesOf(scan));
  const stretch = stretches[index];
  let best: Tense;
  let bestDistance = Infinity;
  let sameStretch = false;
  for (const marker of scan.tenseMarkers) {
    // "voted on Tuesday to offer": Tuesday is the vote's, not the offer's.
    if (marker.skips !== undefined && index >= marker.skips && index < marker.index) continue;
    const distance = Math.abs(marker.index - index);
    const inStretch = stretches[marker.index] === stretch;
    if ((inStretch && !sameStretch) || (inStretch === sameStretch && distance < bestDistance)) {
      best = marker.tense;
      bestDistance = distance;
      sameStretch = inStretch;
    }
  }
  return best;
}

function stretchesOf(scan: Scan): number[] {
  let commas = 0;
  return scan.words.map((word) => (word.lower === ',' ? commas++ : commas));
}

/** How a tense is named in a fact's derivation. */
export function tenseReason(tense: Tense): string {
  return tense ? `${tense} tense` : 'no tense, nearest';
}

function findTenseMarkers(scan: Scan): TenseMarker[] {
  const markers: TenseMarker[] = [];
  for (let index = 0; index < scan.words.length; index++) {
    const tense = markerTense(scan, index);
    if (!tense) continue;
    const skipped = lowerAt(scan, index) === 'to' ? interposedBefore(scan, index) : 0;
    markers.push(skipped > 0 ? { index, tense, skips: index - skipped } : { index, tense });
  }
  return markers;
}

/** "is expected to", "voted 7-2 on Tuesday to offer": how many words of a time stand between the "to" and its verb. */
function interposedBefore(scan: Scan, to: number): number {
  return interposedLengthBefore((at) => lowerAt(scan, at), to - 1);
}

function markerTense(scan: Scan, index: number): Tense {
  const word = scan.words[index].lower;
  const before = lowerAt(scan, index - 1);
  // "won't" is future; "won" alone is the past of "win".
  if (word === 'won' && (lowerAt(scan, index + 1) === "'" || lowerAt(scan, index + 1) === '’')) return 'future';
  if (word === 'll') return before === "'" || before === '’' ? 'future' : undefined;
  if (FUTURE_MARKERS.has(word) && word !== 'won') return 'future';
  // "may be signed", "might open": a modal looks forward unless "have" makes it past, and "May" is a month.
  if ((word === 'may' || word === 'might') && lowerAt(scan, index + 1) !== 'have' && !isCapitalised(scan, index)) return 'future';
  if (word === 'to' && (FUTURE_BEFORE_TO.has(lowerAt(scan, index - 1 - interposedBefore(scan, index))) || lowerAt(scan, index + 1) === 'be')) return 'future';
  // "will have hired 150 nurses by the summer": a future perfect looks forward.
  if (before === 'have' && (lowerAt(scan, index - 2) === 'will' || lowerAt(scan, index - 2) === 'shall' || lowerAt(scan, index - 2) === 'll')) return 'future';
  // "is planned", "will be completed": a participle, not a past tense.
  if (PARTICIPLE_AUXILIARIES.has(before) && !FINITE_PAST.has(word)) return undefined;
  // "promised MPs an update before the summer recess": what was promised is still to come; "promised
  // on Monday", "pledged in March" date the promise itself.
  if (PROMISED.has(word)) return WHEN_AFTER_VERB.has(lowerAt(scan, index + 1)) ? 'past' : 'future';
  // "Voting closes on Sunday": a timetable in the present; "the closes" or "its starts" are nouns.
  if (SCHEDULE_PRESENT_VERBS.has(word) && !DETERMINERS.has(before)) return 'future';
  if (SCHEDULE_PLURAL_VERBS.has(word) && before.length > 3 && before.endsWith('s') && !DETERMINERS.has(before)) return 'future';
  if (PAST_MARKERS.has(word)) return 'past';
  if (word.length >= 5 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) return 'past';
  return undefined;
}


const PROMISED: ReadonlySet<string> = new Set(['promised', 'pledged', 'vowed', 'offered', 'undertook']);
const WHEN_AFTER_VERB: ReadonlySet<string> = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'yesterday', 'during', 'today']);

import { FINITE_PAST, FUTURE_BEFORE_TO, FUTURE_MARKERS, NOT_PAST_ED, PARTICIPLE_AUXILIARIES, PAST_MARKERS, SCHEDULE_PLURAL_VERBS, SCHEDULE_PRESENT_VERBS } from '../../tables/temporalWords';
import { isCapitalised, lowerAt, type Scan } from './scan';

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
  const tense = markedTenseAt(scan, index);
  return tense === undefined && bound !== undefined && FORWARD_BOUNDS.has(bound) ? 'future' : tense;
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

function markedTenseAt(scan: Scan, index: number): Tense {
  scan.tenseMarkers ??= findTenseMarkers(scan);
  let best: Tense;
  let bestDistance = Infinity;
  for (const marker of scan.tenseMarkers) {
    const distance = Math.abs(marker.index - index);
    if (distance < bestDistance) {
      best = marker.tense;
      bestDistance = distance;
    }
  }
  return best;
}

/** How a tense is named in a fact's derivation. */
export function tenseReason(tense: Tense): string {
  return tense ? `${tense} tense` : 'no tense, nearest';
}

function findTenseMarkers(scan: Scan): Array<{ index: number; tense: 'past' | 'future' }> {
  const markers: Array<{ index: number; tense: 'past' | 'future' }> = [];
  for (let index = 0; index < scan.words.length; index++) {
    const tense = markerTense(scan, index);
    if (tense) markers.push({ index, tense });
  }
  return markers;
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
  if (word === 'to' && (FUTURE_BEFORE_TO.has(before) || lowerAt(scan, index + 1) === 'be')) return 'future';
  // "is planned", "will be completed": a participle, not a past tense.
  if (PARTICIPLE_AUXILIARIES.has(before) && !FINITE_PAST.has(word)) return undefined;
  // "Voting closes on Sunday": a timetable in the present; "the closes" or "its starts" are nouns.
  if (SCHEDULE_PRESENT_VERBS.has(word) && !DETERMINERS.has(before)) return 'future';
  if (SCHEDULE_PLURAL_VERBS.has(word) && before.length > 3 && before.endsWith('s') && !DETERMINERS.has(before)) return 'future';
  if (PAST_MARKERS.has(word)) return 'past';
  if (word.length >= 5 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) return 'past';
  return undefined;
}

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those']);

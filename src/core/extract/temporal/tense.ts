import { FINITE_PAST, FUTURE_BEFORE_TO, FUTURE_MARKERS, NOT_PAST_ED, PARTICIPLE_AUXILIARIES, PAST_MARKERS } from '../../tables/temporalWords';
import { lowerAt, type Scan } from './scan';

/** The tense an underspecified date ("Friday", "in November") takes its year or week from. */
export type Tense = 'past' | 'future' | undefined;

/** The tense of the marker nearest to the token; the earlier marker wins a tie. */
export function tenseAt(scan: Scan, index: number): Tense {
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
  if (word === 'to' && (FUTURE_BEFORE_TO.has(before) || lowerAt(scan, index + 1) === 'be')) return 'future';
  // "is planned", "will be completed": a participle, not a past tense.
  if (PARTICIPLE_AUXILIARIES.has(before) && !FINITE_PAST.has(word)) return undefined;
  if (PAST_MARKERS.has(word)) return 'past';
  if (word.length >= 5 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) return 'past';
  return undefined;
}

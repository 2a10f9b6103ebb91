import {
  EXACT_PROXIMITY_WEIGHT,
  EXACT_SEARCH_WINDOW,
  MIN_EXACT_CONTEXT_AGREEMENT,
  NEAR_EXACT_CONTEXT_AGREEMENT,
  ONE_SIDE_CONTEXT_AGREEMENT,
  POSITION_HORIZON,
  WIDE_FUZZY_WINDOW,
} from './anchoringThresholds';
import { contextAgreement, prefixSimilarity, suffixSimilarity } from './contextSimilarity';
import { proximity } from './searchTarget';
import type { Candidate, NormalisedQuote, SearchTarget } from './searchTarget';

interface RankedOccurrence extends Candidate {
  /** Mean of the prefix and suffix similarities. */
  agreement: number;
  prefix: number;
  suffix: number;
}

/**
 * Finds the quote verbatim: among repeats the occurrence whose context agrees best, distance
 * from `expected` deciding between equals. Looks near `expected` first and reads the whole
 * text only when nothing nearby agrees clearly. Returns undefined when no occurrence carries
 * enough evidence (see MIN_EXACT_CONTEXT_AGREEMENT).
 */
export function findExactQuote(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  return findExactQuoteNearby(target, anchor, expected) ?? findExactQuoteAnywhere(target, anchor, expected);
}

/** The quote verbatim near `expected`, when its context agrees clearly. */
export function findExactQuoteNearby(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  const { quote } = anchor;
  // Most anchors sit exactly where their neighbours' shift predicts, with their context intact:
  // that occurrence has the highest possible score, so the window need not be read.
  if (target.text.startsWith(quote, expected)) {
    const end = expected + quote.length;
    const agreement = contextAgreement(target.text, expected, end, anchor);
    if (agreement === 1) return { start: expected, end, score: 1 + EXACT_PROXIMITY_WEIGHT };
  }
  const nearby = target.occurrencesWithin(quote, expected - EXACT_SEARCH_WINDOW, expected + quote.length + EXACT_SEARCH_WINDOW);
  const nearBest = bestOccurrence(target.text, anchor, nearby, expected);
  return nearBest !== undefined && nearBest.agreement >= NEAR_EXACT_CONTEXT_AGREEMENT ? nearBest : undefined;
}

/** The quote verbatim anywhere in the text (see findExactQuote). */
export function findExactQuoteAnywhere(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  const { quote } = anchor;
  // A copy in the neighbourhood whose context still agrees is the annotated text with its
  // surroundings edited; an intact copy far away (a repeated paragraph) is another place.
  const wide = bestOccurrence(target.text, anchor, target.occurrencesWithin(quote, expected - WIDE_FUZZY_WINDOW, expected + quote.length + WIDE_FUZZY_WINDOW), expected);
  if (wide !== undefined && contextCarries(wide)) return wide;
  const everywhere = target.occurrencesOf(quote);
  const best = bestOccurrence(target.text, anchor, everywhere, expected);
  if (best === undefined) return undefined;
  // Even a long quote present once is not taken on its own: with both sides of its context
  // rewritten it may as well be the same words in another sentence, after the annotated ones
  // were deleted ("in six months" twice in a report). A person re-attaches it instead.
  return contextCarries(best) ? best : undefined;
}

/**
 * Whether a candidate found by the fuzzy search (whose score weighs the quote itself most)
 * carries the context an exact occurrence must (see contextCarries): the same or nearly the
 * same words in a sentence built alike are not the annotated text.
 */
export function candidateContextCarries(text: string, anchor: NormalisedQuote, candidate: Candidate): boolean {
  const prefix = prefixSimilarity(text, candidate.start, anchor.prefix, anchor.prefixCut);
  const suffix = suffixSimilarity(text, candidate.end, anchor.suffix, anchor.suffixCut);
  return contextCarries({ ...candidate, prefix, suffix, agreement: (prefix + suffix) / 2 });
}

/**
 * Whether an occurrence's context is evidence enough that it is the annotated text: both sides
 * agreeing well, or one side nearly intact (a sentence whose start was rewritten keeps its end)
 * with the other not wholly unlike. Two sides that each half agree are the same words in a
 * sentence built alike ("the harbour board of X will open in six months in X"), which the
 * same words in another sentence must not be taken for (issue 18: a move needs its context).
 */
function contextCarries(occurrence: RankedOccurrence): boolean {
  if (occurrence.agreement >= NEAR_EXACT_CONTEXT_AGREEMENT) return true;
  return occurrence.agreement >= MIN_EXACT_CONTEXT_AGREEMENT && Math.max(occurrence.prefix, occurrence.suffix) >= ONE_SIDE_CONTEXT_AGREEMENT;
}

function bestOccurrence(text: string, anchor: NormalisedQuote, starts: readonly number[], expected: number): RankedOccurrence | undefined {
  let best: RankedOccurrence | undefined;
  for (const start of starts) {
    const end = start + anchor.quote.length;
    const prefix = prefixSimilarity(text, start, anchor.prefix, anchor.prefixCut);
    const suffix = suffixSimilarity(text, end, anchor.suffix, anchor.suffixCut);
    const agreement = (prefix + suffix) / 2;
    const score = agreement + EXACT_PROXIMITY_WEIGHT * proximity(start, expected, POSITION_HORIZON);
    if (best === undefined || score > best.score) best = { start, end, score, agreement, prefix, suffix };
  }
  return best;
}

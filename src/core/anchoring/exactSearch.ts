import {
  CONTEXT_TIE_MARGIN,
  EXACT_PROXIMITY_WEIGHT,
  EXACT_SEARCH_WINDOW,
  MIN_EXACT_CONTEXT_AGREEMENT,
  NEAR_EXACT_CONTEXT_AGREEMENT,
  ONE_SIDE_CONTEXT_AGREEMENT,
  POSITION_AGREEMENT_DISTANCE,
  POSITION_HORIZON,
  WIDE_FUZZY_WINDOW,
} from './anchoringThresholds';
import { contextAgreement, keepsNearContext, prefixSimilarity, suffixSimilarity } from './contextSimilarity';
import { proximity } from './searchTarget';
import type { Candidate, NormalisedQuote, SearchTarget } from './searchTarget';

interface RankedOccurrence extends Candidate {
  /** Mean of the prefix and suffix similarities. */
  agreement: number;
  prefix: number;
  suffix: number;
}

/**
 * Finds the quote verbatim: among repeats whose context carries (see contextCarries) the one
 * agreeing best, distance from `expected` deciding between equals. Looks near `expected` first
 * and reads the whole text only when nothing nearby carries. Returns undefined when no
 * occurrence carries enough evidence, or when the best one is not told apart from another.
 */
export function findExactQuote(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  return findExactQuoteNearby(target, anchor, expected) ?? findExactQuoteAnywhere(target, anchor, expected);
}

/** The quote verbatim near `expected`, when its context carries. */
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
  return chooseOccurrence(target, anchor, nearby, expected);
}

/** The quote verbatim anywhere in the text (see findExactQuote). */
export function findExactQuoteAnywhere(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  const { quote } = anchor;
  // A copy in the neighbourhood whose context still carries is the annotated text with its
  // surroundings edited; an intact copy far away (a repeated paragraph) is another place.
  const wide = chooseOccurrence(target, anchor, target.occurrencesWithin(quote, expected - WIDE_FUZZY_WINDOW, expected + quote.length + WIDE_FUZZY_WINDOW), expected);
  // Even a long quote present once is not taken on its own: with its context rewritten it may
  // as well be the same words in another sentence, after the annotated ones were deleted ("in
  // six months" twice in a report). A person re-attaches it instead.
  return wide ?? chooseOccurrence(target, anchor, target.occurrencesOf(quote), expected);
}

/**
 * Whether a candidate found by the fuzzy search (whose score weighs the quote itself most)
 * carries the context an exact occurrence must, and is told apart from the quote's verbatim
 * occurrences elsewhere (see chooseOccurrence): the same or nearly the same words in a sentence
 * built alike are not the annotated text.
 */
export function candidateContextCarries(target: SearchTarget, anchor: NormalisedQuote, candidate: Candidate, expected: number): boolean {
  const occurrence = rankOccurrence(target.text, anchor, candidate.start, expected, candidate.end);
  return contextCarries(target.text, anchor, occurrence, expected) && !rivalled(target, anchor, occurrence);
}

/**
 * Whether an occurrence's context is evidence enough that it is the annotated text (issue 18:
 * a move needs its context or position to agree):
 * - one side nearly intact (a sentence whose start was rewritten keeps its end), the other not
 *   wholly unlike;
 * - or both sides agreeing well, the words right beside the quote kept verbatim on one side
 *   (see keepsNearContext), where the annotation was expected (from its neighbours'
 *   displacement) or stored. Both sides agreeing well elsewhere is what the same words in a
 *   sentence built alike score ("the harbour board of X will open in six months in X"), which
 *   must not be taken for the annotated text, nor when another name stands beside the quote.
 */
function contextCarries(text: string, anchor: NormalisedQuote, occurrence: RankedOccurrence, expected: number): boolean {
  if (occurrence.agreement >= MIN_EXACT_CONTEXT_AGREEMENT && Math.max(occurrence.prefix, occurrence.suffix) >= ONE_SIDE_CONTEXT_AGREEMENT) return true;
  if (occurrence.agreement < NEAR_EXACT_CONTEXT_AGREEMENT || !keepsNearContext(text, occurrence.start, occurrence.end, anchor)) return false;
  return Math.min(Math.abs(occurrence.start - expected), Math.abs(occurrence.start - anchor.storedStart)) <= POSITION_AGREEMENT_DISTANCE;
}

/**
 * The best-ranked occurrence among `starts` whose context carries, unless another place rivals
 * it (see rivalled). One keeping a side of its context verbatim ranks above any keeping
 * neither, however well their context agrees on average: 32 characters verbatim are evidence
 * that chance does not produce, while a sentence built alike agrees at 0.8 or more with another
 * name in it.
 */
function chooseOccurrence(target: SearchTarget, anchor: NormalisedQuote, starts: readonly number[], expected: number): RankedOccurrence | undefined {
  let best: RankedOccurrence | undefined;
  for (const start of starts) {
    const occurrence = rankOccurrence(target.text, anchor, start, expected);
    if (contextCarries(target.text, anchor, occurrence, expected) && (best === undefined || ranksAbove(occurrence, best))) best = occurrence;
  }
  return best === undefined || rivalled(target, anchor, best) ? undefined : best;
}

function ranksAbove(occurrence: RankedOccurrence, other: RankedOccurrence): boolean {
  const verbatim = keepsSideVerbatim(occurrence);
  return verbatim !== keepsSideVerbatim(other) ? verbatim : occurrence.score > other.score;
}

function keepsSideVerbatim(occurrence: RankedOccurrence): boolean {
  return occurrence.prefix === 1 || occurrence.suffix === 1;
}

/**
 * Whether a candidate keeping neither side of its context verbatim has a rival: another
 * occurrence of the quote in the whole text, carrying or not, that keeps a side verbatim or
 * whose context agrees within CONTEXT_TIE_MARGIN of the candidate's. Two sentences built alike
 * agree with the stored context about equally, and then neither is known to be the annotated one.
 */
function rivalled(target: SearchTarget, anchor: NormalisedQuote, candidate: RankedOccurrence): boolean {
  if (keepsSideVerbatim(candidate)) return false;
  const length = anchor.quote.length;
  return target.occurrencesOf(anchor.quote).some((start) => {
    if (start < candidate.end && candidate.start < start + length) return false;
    const other = rankOccurrence(target.text, anchor, start, candidate.start);
    return keepsSideVerbatim(other) || other.agreement > candidate.agreement - CONTEXT_TIE_MARGIN;
  });
}

function rankOccurrence(text: string, anchor: NormalisedQuote, start: number, expected: number, end = start + anchor.quote.length): RankedOccurrence {
  const prefix = prefixSimilarity(text, start, anchor.prefix, anchor.prefixCut);
  const suffix = suffixSimilarity(text, end, anchor.suffix, anchor.suffixCut);
  const agreement = (prefix + suffix) / 2;
  const score = agreement + EXACT_PROXIMITY_WEIGHT * proximity(start, expected, POSITION_HORIZON);
  return { start, end, score, agreement, prefix, suffix };
}

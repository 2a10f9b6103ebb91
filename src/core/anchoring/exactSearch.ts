import {
  EXACT_PROXIMITY_WEIGHT,
  EXACT_SEARCH_WINDOW,
  MIN_EXACT_CONTEXT_AGREEMENT,
  MIN_FUZZY_QUOTE_LENGTH,
  NEAR_EXACT_CONTEXT_AGREEMENT,
  ONE_SIDE_CONTEXT_AGREEMENT,
  POSITION_HORIZON,
  WIDE_FUZZY_WINDOW,
} from './anchoringThresholds';
import { contextAgreement, prefixSimilarity, suffixSimilarity } from './contextSimilarity';
import { proximity } from './searchTarget';
import type { Candidate, NormalisedQuote, SearchTarget } from './searchTarget';

interface RankedOccurrence extends Candidate {
  agreement: number;
}

/**
 * Finds the quote verbatim: among repeats the occurrence whose context agrees best, distance
 * from `expected` deciding between equals. Looks near `expected` first and reads the whole
 * text only when nothing nearby agrees clearly. Returns undefined when no occurrence carries
 * enough evidence (see MIN_EXACT_CONTEXT_AGREEMENT).
 */
export function findExactQuote(target: SearchTarget, anchor: NormalisedQuote, expected: number, quoteCodePoints: number): Candidate | undefined {
  return findExactQuoteNearby(target, anchor, expected) ?? findExactQuoteAnywhere(target, anchor, expected, quoteCodePoints);
}

/** The quote verbatim near `expected`, when its context agrees clearly. */
export function findExactQuoteNearby(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  const { quote } = anchor;
  // Most anchors sit exactly where their neighbours' shift predicts, with their context intact:
  // that occurrence has the highest possible score, so the window need not be read.
  if (target.text.startsWith(quote, expected)) {
    const end = expected + quote.length;
    const agreement = contextAgreement(target.text, expected, end, anchor.prefix, anchor.suffix);
    if (agreement === 1) return { start: expected, end, score: 1 + EXACT_PROXIMITY_WEIGHT };
  }
  const nearby = target.occurrencesWithin(quote, expected - EXACT_SEARCH_WINDOW, expected + quote.length + EXACT_SEARCH_WINDOW);
  const nearBest = bestOccurrence(target.text, anchor, nearby, expected);
  return nearBest !== undefined && nearBest.agreement >= NEAR_EXACT_CONTEXT_AGREEMENT ? nearBest : undefined;
}

/** The quote verbatim anywhere in the text (see findExactQuote). */
export function findExactQuoteAnywhere(target: SearchTarget, anchor: NormalisedQuote, expected: number, quoteCodePoints: number): Candidate | undefined {
  const { quote } = anchor;
  // A copy in the neighbourhood whose context still half agrees is the annotated text with its
  // surroundings edited; an intact copy far away (a repeated paragraph) is another place.
  const wide = bestOccurrence(target.text, anchor, target.occurrencesWithin(quote, expected - WIDE_FUZZY_WINDOW, expected + quote.length + WIDE_FUZZY_WINDOW), expected);
  if (wide !== undefined && wide.agreement >= MIN_EXACT_CONTEXT_AGREEMENT) return wide;
  const everywhere = target.occurrencesOf(quote);
  const best = bestOccurrence(target.text, anchor, everywhere, expected);
  if (best === undefined) return undefined;
  if (best.agreement >= MIN_EXACT_CONTEXT_AGREEMENT) return best;
  // A quote present once may be the annotated text with its surroundings rewritten, but it may
  // as well be the same words in another sentence after the annotated ones were deleted ("in six
  // months" twice in a report): it is taken only when one side of its context still agrees or it
  // stands where the annotation was expected. A short or repeated quote is never taken on that.
  if (quoteCodePoints < MIN_FUZZY_QUOTE_LENGTH || everywhere.length !== 1) return undefined;
  const oneSideAgrees = Math.max(prefixSimilarity(target.text, best.start, anchor.prefix), suffixSimilarity(target.text, best.end, anchor.suffix)) >= ONE_SIDE_CONTEXT_AGREEMENT;
  const inPlace = Math.abs(best.start - expected) <= quote.length;
  return oneSideAgrees || inPlace ? best : undefined;
}

function bestOccurrence(text: string, anchor: NormalisedQuote, starts: readonly number[], expected: number): RankedOccurrence | undefined {
  let best: RankedOccurrence | undefined;
  for (const start of starts) {
    const end = start + anchor.quote.length;
    const agreement = contextAgreement(text, start, end, anchor.prefix, anchor.suffix);
    const score = agreement + EXACT_PROXIMITY_WEIGHT * proximity(start, expected, POSITION_HORIZON);
    if (best === undefined || score > best.score) best = { start, end, score, agreement };
  }
  return best;
}

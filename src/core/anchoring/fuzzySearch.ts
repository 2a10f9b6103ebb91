import search from 'approx-string-match';
import {
  FUZZY_ACCEPT_SCORE,
  FUZZY_MIN_MARGIN,
  FUZZY_WEIGHTS,
  MAX_FUZZY_ERROR_RATE,
  NEAR_FUZZY_WINDOW,
  POSITION_HORIZON,
  WIDE_FUZZY_WINDOW,
} from './anchoringThresholds';
import { prefixSimilarity, suffixSimilarity } from './contextSimilarity';
import { proximity } from './searchTarget';
import type { Candidate, NormalisedQuote, SearchTarget } from './searchTarget';

/** Why a fuzzy search gave up: no candidate good enough, or two too close to call. */
type FuzzyVerdict = { kind: 'accepted'; match: Candidate } | { kind: 'weak' } | { kind: 'ambiguous' };

/**
 * Finds an approximate occurrence of the quote, widening from a window around `expected` to
 * the whole text (within the target's budget) while nothing acceptable is found. A match is
 * returned only when it scores at least FUZZY_ACCEPT_SCORE and leads every candidate that does
 * not overlap it by FUZZY_MIN_MARGIN; ambiguity ends the search, since a wider window can only
 * add rivals.
 */
export function findFuzzyQuote(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  const textLength = target.text.length;
  const quoteLength = anchor.quote.length;
  const windows = [NEAR_FUZZY_WINDOW + quoteLength, WIDE_FUZZY_WINDOW + quoteLength, textLength];
  let searchedFrom = 0;
  let searchedTo = 0;
  for (const [stage, radius] of windows.entries()) {
    const from = Math.max(0, expected - radius);
    const to = Math.min(textLength, expected + quoteLength + radius);
    if (stage > 0 && from >= searchedFrom && to <= searchedTo) continue; // The text is no wider than the last window.
    if (stage > 0) {
      // Twice the width: the runner-up search reads the window a second time.
      const cost = 2 * (to - from);
      if (cost > target.wideSearchBudget) return undefined;
      target.wideSearchBudget -= cost;
    }
    const verdict = judgeWindow(target, anchor, expected, from, to);
    if (verdict.kind === 'accepted') return verdict.match;
    if (verdict.kind === 'ambiguous') return undefined;
    searchedFrom = from;
    searchedTo = to;
  }
  return undefined;
}

/**
 * The near window only (±NEAR_FUZZY_WINDOW): an annotation whose own text was lightly edited is
 * found where it was before a verbatim copy elsewhere is looked for, and cheaply.
 */
export function findFuzzyQuoteNearby(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  const radius = NEAR_FUZZY_WINDOW + anchor.quote.length;
  const verdict = judgeWindow(target, anchor, expected, Math.max(0, expected - radius), Math.min(target.text.length, expected + anchor.quote.length + radius));
  return verdict.kind === 'accepted' ? verdict.match : undefined;
}

/**
 * The best approximate occurrence in the near window, at least FUZZY_ACCEPT_SCORE, however
 * close its rivals: for weighing against a verbatim copy already found (see reanchor), where
 * the question is which of the two, not whether one stands out.
 */
export function bestFuzzyQuoteNearby(target: SearchTarget, anchor: NormalisedQuote, expected: number): Candidate | undefined {
  const radius = NEAR_FUZZY_WINDOW + anchor.quote.length;
  const { best } = strongestInWindow(target, anchor, expected, Math.max(0, expected - radius), Math.min(target.text.length, expected + anchor.quote.length + radius));
  return best !== undefined && best.score >= FUZZY_ACCEPT_SCORE ? best : undefined;
}

function judgeWindow(target: SearchTarget, anchor: NormalisedQuote, expected: number, from: number, to: number): FuzzyVerdict {
  const { best, runnerUp } = strongestInWindow(target, anchor, expected, from, to);
  if (best === undefined || best.score < FUZZY_ACCEPT_SCORE) return { kind: 'weak' };
  if (runnerUp !== undefined && best.score - runnerUp.score < FUZZY_MIN_MARGIN) return { kind: 'ambiguous' };
  return { kind: 'accepted', match: best };
}

/**
 * The highest-scoring approximate occurrence in [from, to) and the best one not overlapping it.
 * `search` reports only the occurrences with the fewest errors, so others are looked for again
 * on either side of the best; one of those may score higher (a verbatim copy in unrelated
 * surroundings against the annotated text with a letter changed and its context intact), and
 * then it is the best and its own sides are searched.
 */
function strongestInWindow(target: SearchTarget, anchor: NormalisedQuote, expected: number, from: number, to: number): { best?: Candidate; runnerUp?: Candidate } {
  const maxErrors = Math.floor(anchor.quote.length * MAX_FUZZY_ERROR_RATE);
  // The window is read a quote's length wider on each side: a quote lying across its edge would
  // otherwise be seen cut, its missing characters counted as errors, and matched without them.
  const margin = anchor.quote.length;
  const low = Math.max(0, from - margin);
  const high = Math.min(target.text.length, to + margin);
  const seen = approximateMatches(target, anchor, expected, low, high, maxErrors);
  let best = highestScoring(seen);
  // Each step moves to a strictly higher score among finitely many positions, so this ends; a
  // few steps suffice in practice, and the bound keeps a pathological text cheap.
  for (let step = 0; best !== undefined && step < 4; step++) {
    const current: Candidate = best;
    seen.push(...approximateMatches(target, anchor, expected, low, current.start, maxErrors), ...approximateMatches(target, anchor, expected, current.end, high, maxErrors));
    const runnerUp = highestScoring(seen.filter((candidate) => !overlaps(candidate, current)));
    if (runnerUp === undefined || runnerUp.score <= current.score) return { best: current, runnerUp };
    best = runnerUp;
  }
  return { best, runnerUp: undefined };
}

function approximateMatches(target: SearchTarget, anchor: NormalisedQuote, expected: number, from: number, to: number, maxErrors: number): Candidate[] {
  if (to - from <= 0) return [];
  const window = target.text.slice(from, to);
  return search(window, anchor.quote, maxErrors).map((match) => {
    const start = from + match.start;
    const end = from + match.end;
    return { start, end, score: fuzzyScore(target.text, anchor, start, end, match.errors, expected) };
  });
}

/** The weighted score of design.md §5: quote, prefix, suffix and position (FUZZY_WEIGHTS). */
function fuzzyScore(text: string, anchor: NormalisedQuote, start: number, end: number, errors: number, expected: number): number {
  const quoteSimilarity = 1 - errors / anchor.quote.length;
  return (
    FUZZY_WEIGHTS.quote * quoteSimilarity +
    FUZZY_WEIGHTS.prefix * prefixSimilarity(text, start, anchor.prefix, anchor.prefixCut) +
    FUZZY_WEIGHTS.suffix * suffixSimilarity(text, end, anchor.suffix, anchor.suffixCut) +
    FUZZY_WEIGHTS.position * proximity(start, expected, POSITION_HORIZON)
  );
}

function highestScoring(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) if (best === undefined || candidate.score > best.score) best = candidate;
  return best;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

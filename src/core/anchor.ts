/**
 * Anchoring (design.md §5): where an annotation sits, how it follows live edits, and how it is
 * found again after the text changed outside the editor. Offsets are JS (UTF-16) offsets into
 * the document; sidecars store code points, converted by `anchorToCodePoints` and
 * `anchorFromCodePoints`.
 */
import { MIN_FUZZY_QUOTE_LENGTH, NEAR_EXACT_CONTEXT_AGREEMENT, WIDE_FUZZY_EXTRA_BUDGET } from './anchoring/anchoringThresholds';
import { contextAgreement } from './anchoring/contextSimilarity';
import { findExactQuoteAnywhere, findExactQuoteNearby, candidateContextCarries } from './anchoring/exactSearch';
import { bestFuzzyQuoteNearby, findFuzzyQuote, findFuzzyQuoteNearby } from './anchoring/fuzzySearch';
import { normaliseLineEndings } from './anchoring/lineEndings';
import { SearchTarget } from './anchoring/searchTarget';
import type { Candidate, NormalisedQuote } from './anchoring/searchTarget';
import { alignTexts, liesInUnchangedTail } from './anchoring/textAlignment';
import type { TextAlignment } from './anchoring/textAlignment';
import { DEFAULT_CONTEXT_LENGTH, type Anchor } from './anchoring/anchorContext';

// Anchors are made in a light module of their own (the exporters, bundled with the editor's
// first bundle, make them without the search code); they are part of this module's contract.
export { anchorContextBounds, anchorFromCodePoints, anchorToCodePoints, createAnchor, type Anchor } from './anchoring/anchorContext';

/**
 * - `exact`: the stored position still holds the quote.
 * - `moved`: the quote was found verbatim elsewhere.
 * - `fuzzy`: text close to the quote was found; `score` says how close.
 * - `orphaned`: not found with enough confidence; the annotation keeps its quote and context.
 * - `changed`: an edit touched the span while the user typed (see `shift`).
 */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphaned' | 'changed';

export interface AnchorResult {
  state: AnchorState;
  /** UTF-16 offsets in the new text; absent when orphaned. */
  start?: number;
  end?: number;
  /** For `fuzzy`: the candidate's score in [0, 1] (see FUZZY_WEIGHTS). */
  score?: number;
}

export interface ReanchorOptions {
  /**
   * Characters the wide and whole-document fuzzy searches may scan in total; by default the
   * document's length plus WIDE_FUZZY_EXTRA_BUDGET. Raise it for a one-off thorough check
   * (the CLI), where time matters less than in the editor.
   */
  wideSearchBudget?: number;
}

/** A live edit as VS Code reports it: [start, end) of the old text replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface ShiftedSpan {
  start: number;
  end: number;
  /** True when the edit touched the span itself, whose text therefore differs now. */
  changed: boolean;
}

/**
 * Finds each anchor again in `newText`, in the order of design.md §5: (a) the stored position
 * still holds the quote; (b) the quote verbatim elsewhere, repeats told apart by context and
 * distance; (c) an approximate match, accepted only when clearly good and clearly ahead of the
 * runner-up; otherwise orphaned. Line endings do not matter for matching (an anchor made on LF
 * text matches the same text saved with CRLF); offsets returned are `newText`'s own.
 *
 * `oldText`, the text the anchors were made on, is optional: with it, anchors in the unchanged
 * head or tail of the document are placed without any search.
 */
export function reanchor(anchors: readonly Anchor[], newText: string, oldText?: string, options: ReanchorOptions = {}): AnchorResult[] {
  const target = new SearchTarget(newText, options.wideSearchBudget ?? newText.length + WIDE_FUZZY_EXTRA_BUDGET);
  const alignment = oldText === undefined ? undefined : alignTexts(oldText, newText);
  const results: AnchorResult[] = new Array<AnchorResult>(anchors.length);
  // In document order, each anchor is expected where the previous one's displacement puts it:
  // edits shift whole stretches of text, so neighbours move alike.
  const order = anchors.map((_, index) => index).sort((a, b) => anchors[a].start - anchors[b].start);
  let drift = 0;
  for (const index of order) {
    const anchor = anchors[index];
    const result = reanchorOne(anchor, target, oldText, alignment, drift);
    if (result.start !== undefined) drift = result.start - anchor.start;
    results[index] = result;
  }
  return results;
}

function reanchorOne(anchor: Anchor, target: SearchTarget, oldText: string | undefined, alignment: TextAlignment | undefined, drift: number): AnchorResult {
  const newText = target.normalised.original;
  // The quote where it was stored, with one side of its context still there: a copy that an
  // edit happened to bring to the same offset, in other surroundings, is left to the search.
  if (holdsQuoteAt(newText, anchor.exact, anchor.start) && (newText.endsWith(anchor.prefix, anchor.start) || newText.startsWith(anchor.suffix, anchor.start + anchor.exact.length))) {
    return { state: 'exact', start: anchor.start, end: anchor.start + anchor.exact.length };
  }
  if (alignment !== undefined && oldText !== undefined && liesInUnchangedTail(alignment, anchor.start) && holdsQuoteAt(oldText, anchor.exact, anchor.start)) {
    // The tail of the document is identical, so the quote moved by exactly the length change.
    const start = anchor.start + alignment.delta;
    return { state: 'moved', start, end: start + anchor.exact.length };
  }
  if (anchor.exact.length === 0) return { state: 'orphaned' };

  const quote: NormalisedQuote = {
    quote: normaliseLineEndings(anchor.exact),
    prefix: normaliseLineEndings(anchor.prefix),
    suffix: normaliseLineEndings(anchor.suffix),
    ...contextCuts(anchor),
    storedStart: target.normalised.toNormalised(clamp(anchor.start, 0, newText.length)),
  };
  const expected = target.normalised.toNormalised(clamp(anchor.start + drift, 0, newText.length));
  const quoteCodePoints = countCodePoints(quote.quote);
  const nearExact = findExactQuoteNearby(target, quote, expected);
  if (nearExact !== undefined) return copyOrEditedOriginal(target, anchor, quote, quoteCodePoints, expected, nearExact);
  // A light edit of the annotated text itself is more likely than the same quote far away:
  // the near window is judged before a verbatim copy elsewhere is looked for.
  const nearFuzzy = quoteCodePoints >= MIN_FUZZY_QUOTE_LENGTH ? carried(target, quote, findFuzzyQuoteNearby(target, quote, expected), expected) : undefined;
  const exactMatch = nearFuzzy ? undefined : findExactQuoteAnywhere(target, quote, expected);
  if (exactMatch !== undefined) return copyOrEditedOriginal(target, anchor, quote, quoteCodePoints, expected, exactMatch);
  if (quoteCodePoints < MIN_FUZZY_QUOTE_LENGTH) return { state: 'orphaned' };
  const fuzzyMatch = nearFuzzy ?? carried(target, quote, findFuzzyQuote(target, quote, expected), expected);
  if (fuzzyMatch === undefined) return { state: 'orphaned' };
  if (target.text.slice(fuzzyMatch.start, fuzzyMatch.end) === quote.quote) return verbatimResult(target, anchor, fuzzyMatch);
  return fuzzyResult(target, fuzzyMatch);
}

/**
 * A verbatim occurrence whose context agrees only in part may be another sentence with the
 * same words, while the annotated one, its surroundings intact, was edited ("six" → "nine"
 * months, a typo fixed): a reworded quote near where the annotation was expected, whose context
 * agrees better and which is closer, is the annotation's own text.
 */
function copyOrEditedOriginal(target: SearchTarget, anchor: Anchor, quote: NormalisedQuote, quoteCodePoints: number, expected: number, copy: Candidate): AnchorResult {
  const copyAgreement = contextAgreement(target.text, copy.start, copy.end, quote);
  if (copyAgreement === 1 || quoteCodePoints < MIN_FUZZY_QUOTE_LENGTH) return verbatimResult(target, anchor, copy);
  // Where it was expected from its neighbours' displacement, and where it was stored: an edit
  // between them can make either one the better guess.
  const stored = quote.storedStart;
  for (const near of expected === stored ? [expected] : [expected, stored]) {
    const inPlace = bestFuzzyQuoteNearby(target, quote, near);
    const inPlaceIsBetter =
      inPlace !== undefined &&
      !overlapsCandidate(inPlace, copy) &&
      candidateContextCarries(target, quote, inPlace, near) &&
      contextAgreement(target.text, inPlace.start, inPlace.end, quote) > Math.max(copyAgreement, NEAR_EXACT_CONTEXT_AGREEMENT) &&
      Math.abs(inPlace.start - near) < Math.abs(copy.start - near);
    if (inPlaceIsBetter) return fuzzyResult(target, inPlace);
  }
  return verbatimResult(target, anchor, copy);
}

/**
 * A fuzzy match whose context is evidence enough and not rivalled by a verbatim occurrence
 * elsewhere (candidateContextCarries): the score weighs the quote most, so nearly the same words
 * in a sentence built alike could reach it on their own.
 */
function carried(target: SearchTarget, quote: NormalisedQuote, match: Candidate | undefined, expected: number): Candidate | undefined {
  return match !== undefined && candidateContextCarries(target, quote, match, expected) ? match : undefined;
}

function overlapsCandidate(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function fuzzyResult(target: SearchTarget, match: Candidate): AnchorResult {
  return { state: 'fuzzy', start: target.normalised.toOriginal(match.start), end: target.normalised.toOriginal(match.end), score: match.score };
}

/** A match whose text is the quote (up to line endings): `exact` if it did not move at all. */
function verbatimResult(target: SearchTarget, anchor: Anchor, match: Candidate): AnchorResult {
  const start = target.normalised.toOriginal(match.start);
  const end = target.normalised.toOriginal(match.end);
  return { state: start === anchor.start ? 'exact' : 'moved', start, end };
}

/**
 * Moves spans through one live edit (VS Code's `contentChanges`, applied one after another):
 * spans before the edit stay, spans after it move by the length change. An insertion exactly
 * at a span's start goes before the span and one exactly at its end stays outside, as typing
 * next to a highlighted quote should not grow it. An edit that reaches into a span marks it
 * `changed`; the span then covers what is left of it plus any text that replaced part of it.
 */
export function shift(spans: ReadonlyArray<{ start: number; end: number }>, change: TextChange): ShiftedSpan[] {
  const delta = change.text.length - (change.end - change.start);
  return spans.map((span) => shiftSpan(span, change, delta));
}

function shiftSpan(span: { start: number; end: number }, change: TextChange, delta: number): ShiftedSpan {
  const editIsBefore = change.end <= span.start;
  if (editIsBefore) return { start: span.start + delta, end: span.end + delta, changed: false };
  const editIsAfter = change.start >= span.end;
  if (editIsAfter) return { start: span.start, end: span.end, changed: false };
  const start = Math.min(span.start, change.start);
  const end = change.end >= span.end ? change.start + change.text.length : span.end + delta;
  return { start, end: Math.max(start, end), changed: true };
}

function holdsQuoteAt(text: string, quote: string, start: number): boolean {
  return start >= 0 && start + quote.length <= text.length && text.startsWith(quote, start);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text, i + 1)) i++;
    count++;
  }
  return count;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether the stored context is short because the document's edge cut it. Judged on the stored
 * lengths, before line endings are normalised: a context shorter than an emoji's worth under the
 * full length is short. A short prefix was cut only if it reaches back to the document's start;
 * one that does not was written short by a person (a sidecar edited by hand), who then chose the
 * suffix's length too. Cut context agrees with a candidate only as far as it goes (see
 * contextSimilarity.ts); chosen context is compared as it is.
 */
function contextCuts(anchor: Anchor): { prefixCut: boolean; suffixCut: boolean } {
  const shortPrefix = anchor.prefix.length < DEFAULT_CONTEXT_LENGTH - 1;
  const shortSuffix = anchor.suffix.length < DEFAULT_CONTEXT_LENGTH - 1;
  // One character of slack: a line ending stored as CRLF and counted once.
  const prefixCut = shortPrefix && anchor.start <= anchor.prefix.length + 1;
  const writtenShort = shortPrefix && !prefixCut;
  return { prefixCut, suffixCut: shortSuffix && !writtenShort };
}

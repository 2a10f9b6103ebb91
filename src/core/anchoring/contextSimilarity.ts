/**
 * How well stored context agrees with the text around a candidate position. A hand-written
 * edit distance rather than `approx-string-match`: context is at most ~32 characters and is
 * compared thousands of times per re-anchoring, where the library's per-call set-up dominates.
 */
import { DEFAULT_CONTEXT_LENGTH } from './anchorContext';
import type { NormalisedQuote } from './searchTarget';

/**
 * Similarity in [0, 1] of the stored `prefix` to the text that ends at `position`: one minus
 * the edit distance of the prefix to the best-aligned text ending exactly there, over the
 * prefix length. An empty stored prefix (the quote opened the document) agrees only with a
 * candidate that opens the document too.
 */
export function prefixSimilarity(text: string, position: number, prefix: string, cutByEdge = false): number {
  if (prefix.length === 0) return position === 0 ? 1 : 0;
  if (text.endsWith(prefix, position)) return cutByEdge ? edgeAgreement(prefix.length, position) : 1;
  const near = prefix.slice(prefix.length - nearLength(prefix.length));
  const similarity = (sideSimilarity(prefix, text, position, -1) + sideSimilarity(near, text, position, -1)) / 2;
  return cutByEdge ? similarity * edgeAgreement(prefix.length, position) : similarity;
}

/** Like `prefixSimilarity`, for the stored `suffix` and the text that starts at `position`. */
export function suffixSimilarity(text: string, position: number, suffix: string, cutByEdge = false): number {
  if (suffix.length === 0) return position === text.length ? 1 : 0;
  if (text.startsWith(suffix, position)) return cutByEdge ? edgeAgreement(suffix.length, text.length - position) : 1;
  const near = suffix.slice(0, nearLength(suffix.length));
  const similarity = (sideSimilarity(suffix, text, position, 1) + sideSimilarity(near, text, position, 1)) / 2;
  return cutByEdge ? similarity * edgeAgreement(suffix.length, text.length - position) : similarity;
}

/**
 * The half of the context next to the quote counts twice (its similarity is averaged with the
 * whole context's): the words right beside a quote ("from Dunmore" against "from Ashby") say
 * more about whether it is the same place than text a sentence away, where unrelated edits
 * (a paragraph inserted after it) land.
 */
function nearLength(length: number): number {
  return Math.ceil(length / 2);
}

function sideSimilarity(context: string, text: string, origin: number, step: 1 | -1): number {
  return Math.max(0, 1 - anchoredEditDistance(context, text, origin, step) / context.length);
}

/**
 * Context cut short by the start or end of the document says "and then the text ends" as
 * much as it says its few characters: a quote that ended a document with the suffix "." does
 * not agree with a copy followed by "." and a whole paragraph. The share of the candidate's
 * context (up to DEFAULT_CONTEXT_LENGTH characters) that the stored context accounts for.
 */
function edgeAgreement(storedLength: number, available: number): number {
  const candidateLength = Math.min(available, DEFAULT_CONTEXT_LENGTH);
  return candidateLength <= storedLength ? 1 : storedLength / candidateLength;
}

/**
 * Whether the half of the stored context next to the quote is in place verbatim on at least one
 * side of [start, end): the words right beside a quote are what a sentence built alike changes
 * (its own names), while an edit beside the annotated text usually reaches one side only.
 */
export function keepsNearContext(text: string, start: number, end: number, quote: NormalisedQuote): boolean {
  const prefixNear = quote.prefix.slice(quote.prefix.length - nearLength(quote.prefix.length));
  const suffixNear = quote.suffix.slice(0, nearLength(quote.suffix.length));
  return (prefixNear.length > 0 && text.endsWith(prefixNear, start)) || (suffixNear.length > 0 && text.startsWith(suffixNear, end));
}

/** Mean of prefix and suffix similarity of the span [start, end) of `text`. */
export function contextAgreement(text: string, start: number, end: number, quote: NormalisedQuote): number {
  return (prefixSimilarity(text, start, quote.prefix, quote.prefixCut) + suffixSimilarity(text, end, quote.suffix, quote.suffixCut)) / 2;
}

/**
 * Edit distance between `context` and the text read from `origin` outwards (`step` 1 reads
 * forwards and compares `context` from its first character; -1 reads backwards and compares it
 * from its last), where the text side may end anywhere: the alignment is pinned to the
 * quote's boundary and free at the far end, since context was cut at an arbitrary character.
 */
function anchoredEditDistance(context: string, text: string, origin: number, step: 1 | -1): number {
  const contextLength = context.length;
  // A quarter more text than context lets insertions near the boundary still align.
  const available = step === 1 ? text.length - origin : origin;
  const textLength = Math.min(available, contextLength + Math.ceil(contextLength / 4));
  // One row of the dynamic programme per text character; row[i] = distance of the first i
  // context characters (counted from the boundary) to the text read so far.
  let row = new Int32Array(contextLength + 1);
  let next = new Int32Array(contextLength + 1);
  for (let i = 0; i <= contextLength; i++) row[i] = i;
  let best = row[contextLength];
  for (let j = 1; j <= textLength; j++) {
    const textCode = text.charCodeAt(step === 1 ? origin + j - 1 : origin - j);
    next[0] = j;
    for (let i = 1; i <= contextLength; i++) {
      const contextCode = context.charCodeAt(step === 1 ? i - 1 : contextLength - i);
      const substitution = row[i - 1] + (contextCode === textCode ? 0 : 1);
      next[i] = Math.min(substitution, row[i] + 1, next[i - 1] + 1);
    }
    [row, next] = [next, row];
    if (row[contextLength] < best) best = row[contextLength];
  }
  return best;
}

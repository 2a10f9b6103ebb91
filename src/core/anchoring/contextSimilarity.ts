/**
 * How well stored context agrees with the text around a candidate position. A hand-written
 * edit distance rather than `approx-string-match`: context is at most ~32 characters and is
 * compared thousands of times per re-anchoring, where the library's per-call set-up dominates.
 */

/**
 * Similarity in [0, 1] of the stored `prefix` to the text that ends at `position`: one minus
 * the edit distance of the prefix to the best-aligned text ending exactly there, over the
 * prefix length. An empty stored prefix (the quote opened the document) agrees only with a
 * candidate that opens the document too.
 */
export function prefixSimilarity(text: string, position: number, prefix: string): number {
  if (prefix.length === 0) return position === 0 ? 1 : 0;
  if (text.endsWith(prefix, position)) return 1;
  const distance = anchoredEditDistance(prefix, text, position, -1);
  return Math.max(0, 1 - distance / prefix.length);
}

/** Like `prefixSimilarity`, for the stored `suffix` and the text that starts at `position`. */
export function suffixSimilarity(text: string, position: number, suffix: string): number {
  if (suffix.length === 0) return position === text.length ? 1 : 0;
  if (text.startsWith(suffix, position)) return 1;
  const distance = anchoredEditDistance(suffix, text, position, 1);
  return Math.max(0, 1 - distance / suffix.length);
}

/** Mean of prefix and suffix similarity of the span [start, end) of `text`. */
export function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  return (prefixSimilarity(text, start, prefix) + suffixSimilarity(text, end, suffix)) / 2;
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

/** How an annotation is anchored when it is made: its quote and the context either side (design.md §5). */
import { OffsetMap } from '../offsets';

/** A quote with ~32 characters of context either side, and its [start, end) in UTF-16 offsets. */
export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Characters of context stored either side of a quote. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Anchors the span [start, end) of `text` with `contextLength` characters of context either
 * side, shortened by one where the cut would split a surrogate pair (an emoji).
 */
export function createAnchor(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): Anchor {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`Cannot anchor [${start}, ${end}): a span must satisfy 0 <= start <= end <= ${text.length} (the text's length).`);
  }
  const { prefixStart, suffixEnd } = anchorContextBounds(text, start, end, contextLength);
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd), start, end };
}

/** Where an anchor's prefix starts and its suffix ends (see createAnchor). */
export function anchorContextBounds(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): { prefixStart: number; suffixEnd: number } {
  let prefixStart = Math.max(0, start - contextLength);
  if (isLowSurrogate(text, prefixStart) && isHighSurrogate(text, prefixStart - 1)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (isHighSurrogate(text, suffixEnd - 1) && isLowSurrogate(text, suffixEnd)) suffixEnd--;
  return { prefixStart, suffixEnd };
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The anchor with code point offsets, as a sidecar stores it. Pass `offsets` when converting many. */
export function anchorToCodePoints(text: string, anchor: Anchor, offsets: OffsetMap = new OffsetMap(text)): Anchor {
  return { ...anchor, start: offsets.toCodePoint(anchor.start), end: offsets.toCodePoint(anchor.end) };
}

/** The anchor with UTF-16 offsets, from one read from a sidecar. Pass `offsets` when converting many. */
export function anchorFromCodePoints(text: string, anchor: Anchor, offsets: OffsetMap = new OffsetMap(text)): Anchor {
  return { ...anchor, start: offsets.toUtf16(anchor.start), end: offsets.toUtf16(anchor.end) };
}

/**
 * Converts between JS string offsets (UTF-16 code units, used inside the process) and Unicode
 * code point offsets (used in sidecars, CLI JSON and exports, as the W3C Web Annotation model
 * says). The two differ after every character outside the Basic Multilingual Plane (emoji).
 */
export class OffsetMap {
  /** UTF-16 offsets at which an astral character starts, ascending; empty for most texts. */
  private readonly astralStarts: number[] = [];

  constructor(text: string) {
    // The engine's own scan finds the (usually absent) surrogate pairs far faster than a loop in JS.
    const pairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
    for (let match = pairs.exec(text); match; match = pairs.exec(text)) this.astralStarts.push(match.index);
  }

  /** Code point offset of a UTF-16 offset (an offset inside a surrogate pair counts as after it). */
  toCodePoint(utf16: number): number {
    return utf16 - this.countBefore(utf16);
  }

  /** UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number {
    let low = 0;
    let high = this.astralStarts.length;
    // Find how many astral characters start before the target: the k-th starts at code point
    // astralStarts[k] - k.
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.astralStarts[middle] - middle < codePoint) low = middle + 1;
      else high = middle;
    }
    return codePoint + low;
  }

  private countBefore(utf16: number): number {
    let low = 0;
    let high = this.astralStarts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.astralStarts[middle] + 1 < utf16) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

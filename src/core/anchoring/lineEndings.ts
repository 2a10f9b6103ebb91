/** Replaces each CRLF by LF, so that quotes and context compare equal across line endings. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
}

/**
 * A text with CRLF line endings replaced by LF, and the way back: matching runs on the
 * normalised text, while results must be offsets into the document as it is.
 */
export class LineEndingNormalisedText {
  readonly text: string;
  /** Normalised offsets of the LFs that lost their CR, ascending; empty for LF-only text. */
  private readonly strippedLineFeeds: number[] = [];

  constructor(readonly original: string) {
    this.text = normaliseLineEndings(original);
    if (this.text.length === original.length) return;
    for (let index = original.indexOf('\r\n'); index !== -1; index = original.indexOf('\r\n', index + 2)) {
      this.strippedLineFeeds.push(index - this.strippedLineFeeds.length);
    }
  }

  /** Offset in the original text; a line break's start maps to its CR so spans keep the pair. */
  toOriginal(normalised: number): number {
    return normalised + this.countStrippedBefore(normalised);
  }

  /** Offset in the normalised text; an offset between CR and LF maps to the line break. */
  toNormalised(original: number): number {
    const feeds = this.strippedLineFeeds;
    let low = 0;
    let high = feeds.length;
    // The k-th stripped CR sat at original offset feeds[k] + k.
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (feeds[middle] + middle < original) low = middle + 1;
      else high = middle;
    }
    return original - low;
  }

  private countStrippedBefore(normalised: number): number {
    const feeds = this.strippedLineFeeds;
    let low = 0;
    let high = feeds.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (feeds[middle] < normalised) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

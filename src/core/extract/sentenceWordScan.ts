/**
 * What the temporal scan notes about each sentence's words for the other extractors: it looks
 * up every word of every sentence, and the same lookup answers their questions, which spares
 * each of them a pass of its own over the words. Indexed like the sentences.
 */
export interface SentenceWordScan {
  /** What `cueWordMasks(text, sentences)` returns. */
  cueMasks: Int32Array;
  /**
   * 0 where the sentence holds nothing a figure can start at (a digit, a number word, "a" or
   * "an" before a scale or a fraction) and where no such phrase runs into it from a neighbour;
   * `extractFigures` does not search those sentences.
   */
  mayHoldFigure: Uint8Array;
}

export function sentenceWordScanFor(sentenceCount: number): SentenceWordScan {
  return { cueMasks: new Int32Array(sentenceCount), mayHoldFigure: new Uint8Array(sentenceCount) };
}

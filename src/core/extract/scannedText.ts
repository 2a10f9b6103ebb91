import type { Sentence } from '../model';
import { splitSentences } from './sentences/splitSentences';
import { scanWords, type WordScan } from './words/scanWords';

/**
 * What every extractor reads: the text, the sentences to read in it (all of them, or one
 * paragraph's when a document is read again after an edit) and their words, indexed like the
 * sentences. Made once per extraction, so no extractor cuts the text into words again.
 */
export interface ScannedText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly words: WordScan;
}

/** `text` split into sentences (unless they are given) and words. */
export function scanText(text: string, sentences: readonly Sentence[] = splitSentences(text)): ScannedText {
  return { text, sentences, words: scanWords(text, sentences) };
}

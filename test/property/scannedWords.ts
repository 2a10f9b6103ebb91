import type { Sentence } from '../../src/core/model';
import { sentenceWordScanFor, type SentenceWordScan } from '../../src/core/extract/sentenceWordScan';
import { splitSentences } from '../../src/core/extract/sentences';
import { extractTemporal } from '../../src/core/extract/temporal';

/** A text's sentences and what the temporal scan notes of their words, as `extract` gets them. */
export function scannedWords(text: string): { sentences: Sentence[]; wordScan: SentenceWordScan } {
  const sentences = splitSentences(text);
  const wordScan = sentenceWordScanFor(sentences.length);
  extractTemporal(text, sentences, { date: '2024-03-14', from: 'caller' }, wordScan);
  return { sentences, wordScan };
}

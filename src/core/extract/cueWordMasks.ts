import type { Sentence } from '../model';
import { BOILERPLATE_MARKERS, COMMITMENT_CUES } from '../tables/commitmentCues';
import { REPORTING_VERBS, SOURCE_AFTER_CUES } from '../tables/reporting';
import { WordBits } from './wordBits';
import { bitsByWord } from './wordTable';

/**
 * Which cue words each sentence holds, found in one pass and shared by attribution and commitment
 * finding: each asks its patterns only of the sentences that hold a word every match of them
 * needs. One pass over the words in place of one per finder and pattern family.
 *
 * The bits: one per commitment cue (its index in COMMITMENT_CUES), one for the boilerplate
 * markers, one for the source-after cues ("according to") and one for the reporting verbs.
 */
export const COMMITMENT_CUE_BITS: readonly number[] = COMMITMENT_CUES.map((_, index) => 1 << index);
export const BOILERPLATE_BIT = 1 << COMMITMENT_CUES.length;
export const SOURCE_AFTER_BIT = BOILERPLATE_BIT << 1;
export const REPORTING_VERB_BIT = BOILERPLATE_BIT << 2;

/** The masks of the sentences, in their order. */
export function cueWordMasks(text: string, sentences: readonly Sentence[]): Int32Array {
  const masks = new Int32Array(sentences.length);
  const mayFold = coveredTextMayFold(text, sentences);
  sentences.forEach((sentence, index) => {
    const folds = mayFold && WordBits.mayFold(text.slice(sentence.start, sentence.end));
    masks[index] = folds ? foldingSentenceMask(text, sentence) : CUE_WORDS.of(text, sentence.start, sentence.end, false);
  });
  return masks;
}

/**
 * Completes masks that a word scanner filled by looking up each of a sentence's ASCII words in
 * CUE_WORD_BITS (as the temporal tokenizer does, sparing this module a pass over the words): the
 * sentences holding ſ or the Kelvin sign get the mask `cueWordMasks` gives them, which a plain
 * word lookup cannot.
 */
export function completeScannedCueWordMasks(text: string, sentences: readonly Sentence[], masks: Int32Array): void {
  if (!coveredTextMayFold(text, sentences)) return;
  sentences.forEach((sentence, index) => {
    if (WordBits.mayFold(text.slice(sentence.start, sentence.end))) masks[index] = foldingSentenceMask(text, sentence);
  });
}

/**
 * Asked of the stretch the sentences cover, not of the text: a paragraph read again is a small
 * part of a long document.
 */
function coveredTextMayFold(text: string, sentences: readonly Sentence[]): boolean {
  let coveredStart = text.length;
  let coveredEnd = 0;
  for (const sentence of sentences) {
    coveredStart = Math.min(coveredStart, sentence.start);
    coveredEnd = Math.max(coveredEnd, sentence.end);
  }
  return coveredEnd > coveredStart && WordBits.mayFold(text.slice(coveredStart, coveredEnd));
}

/**
 * The attribution patterns match without the `u` flag, where ſ and the Kelvin sign are not word
 * characters: "Rupeeſreplied" holds "replied" for them, and no word the mask would read. Such a
 * sentence is tried with them all.
 */
function foldingSentenceMask(text: string, sentence: Sentence): number {
  return CUE_WORDS.of(text, sentence.start, sentence.end, true) | SOURCE_AFTER_BIT | REPORTING_VERB_BIT;
}

/**
 * The bits of the ASCII-letter runs of `text[start, end)`: what the mask takes from a word that
 * also holds other letters ("Zürich" gives those of "Z" and "rich").
 */
export function cueBitsOfAsciiRuns(text: string, start: number, end: number): number {
  return CUE_WORDS.ofWords(text, start, end);
}

/**
 * A phrase cue ("according to", "pointed out") is matched only where its longest word stands as a
 * word, which is all the mask needs to know.
 */
function longestWord(phrase: string): string {
  return phrase.split(/\s+/).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** Every cue word (lower-case ASCII) and the bits of the mask it sets. */
export const CUE_WORD_BITS: ReadonlyMap<string, number> = bitsByWord([
  ...COMMITMENT_CUES.map((cue, index) => [cue.words, COMMITMENT_CUE_BITS[index]] as const),
  ...BOILERPLATE_MARKERS.map((marker) => [marker.words, BOILERPLATE_BIT] as const),
  [SOURCE_AFTER_CUES.map((cue) => longestWord(cue).toLowerCase()), SOURCE_AFTER_BIT],
  [REPORTING_VERBS.map((verb) => longestWord(verb).toLowerCase()), REPORTING_VERB_BIT],
]);

const CUE_WORDS = new WordBits(CUE_WORD_BITS);

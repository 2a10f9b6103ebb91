import { ARTICLE_COUNT_WORDS, FRACTION_WORDS, SCALE_WORDS, SMALL_NUMBER_WORDS, TENS_WORDS, VAGUE_COUNT_WORDS } from '../tables/numberWords';

/**
 * The words a figure can start at besides digits: number words, fractions and the first word of
 * a vague count ("three", "twenty", "half", "tens" of "tens of thousands"). Lower-case ASCII.
 */
export const FIGURE_ANCHOR_WORDS: readonly string[] = [
  ...SMALL_NUMBER_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...FRACTION_WORDS.keys(),
  ...[...VAGUE_COUNT_WORDS.keys()].map((phrase) => phrase.split(' ')[0]),
];

/** The words after which "a" or "an" starts a figure: a scale, a counted dozen or score, a fraction ("a hundred", "a third of"). */
export const ARTICLE_FOLLOWER_WORDS: readonly string[] = [...SCALE_WORDS.keys(), ...ARTICLE_COUNT_WORDS.keys(), ...FRACTION_WORDS.keys()];

for (const word of [...FIGURE_ANCHOR_WORDS, ...ARTICLE_FOLLOWER_WORDS]) {
  // Scanners find these as single words of ASCII letters (see the temporal tokenizer).
  if (!/^[a-z]+$/.test(word)) throw new Error(`figure anchor words are single lower-case ASCII words, not ${JSON.stringify(word)}`);
}

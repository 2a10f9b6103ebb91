import type { Sentence } from '../../model';

/**
 * One token of a sentence: a run of digits (with single inner `.`, `,` or `:` between digits:
 * `2014`, `18:00`, `1,100`, `2.5`), a run of letters, or any other single character.
 */
export interface Word {
  readonly start: number;
  readonly end: number;
  /** A run of digits, as above. */
  readonly isNumber: boolean;
  /** The token lower-cased; a number as written. */
  readonly lower: string;
}

/** The words of each sentence, indexed like the sentences. */
export type WordScan = ReadonlyArray<readonly Word[]>;

/**
 * Cuts every sentence into words once, for every extractor to read: the temporal recognisers walk
 * the tokens, and the others ask whether a sentence holds a word of their tables before running
 * their patterns on it. A hand-written loop rather than a regular expression: it is linear by
 * construction, and a token's kind falls out of the character it starts with.
 */
export function scanWords(text: string, sentences: readonly Sentence[]): WordScan {
  return sentences.map((sentence) => wordsOf(text, sentence.start, sentence.end));
}

/** The words of `text[start, end)`. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (isSpaceCode(code)) {
      index++;
      continue;
    }
    const isNumber = isDigitCode(code);
    const stop = isNumber ? digitRunEnd(text, index, end) : isLetterCode(code) ? letterRunEnd(text, index, end) : index + 1;
    const cut = text.slice(index, stop);
    words.push({ start: index, end: stop, isNumber, lower: isNumber ? cut : cut.toLowerCase() });
    index = stop;
  }
  return words;
}

/** True when a sentence holds any of `table`'s words (lower-case). */
export function holdsAnyWord(words: readonly Word[], table: ReadonlySet<string>): boolean {
  for (const word of words) if (table.has(word.lower)) return true;
  return false;
}

function digitRunEnd(text: string, start: number, end: number): number {
  let stop = start + 1;
  while (stop < end) {
    const next = text.charCodeAt(stop);
    if (isDigitCode(next)) stop++;
    else if ((next === 46 || next === 44 || next === 58) && stop + 1 < end && isDigitCode(text.charCodeAt(stop + 1))) stop += 2;
    else break;
  }
  return stop;
}

function letterRunEnd(text: string, start: number, end: number): number {
  let stop = start + 1;
  while (stop < end && isLetterCode(text.charCodeAt(stop))) stop++;
  return stop;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII and Latin-1 to Latin Extended-B letters: the letters of the news this reads. */
function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b;
}

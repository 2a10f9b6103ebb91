import { WordTable, isAsciiLetterCode, wordMask } from './wordTable';

/**
 * The bits of the words a sentence holds, as `wordMask` gives them, found by one regular
 * expression over the sentence rather than by a lookup per word: the expression engine passes
 * over the words no entry starts like in native code, which on news text takes about two thirds
 * of the time.
 *
 * The expression is matched without the `u` flag, which halves its speed; without it,
 * case-insensitive matching folds no character outside ASCII onto an ASCII letter, so it finds
 * exactly the ASCII words `wordMask` finds. A sentence holding one of the two letters that `iu`
 * patterns do fold onto ASCII ones (ſ, the Kelvin sign) goes to `wordMask` itself.
 */
export class WordBits {
  private readonly table: WordTable<number>;
  private readonly pattern: RegExp;

  /** `bits`: lower-case ASCII words and the bits each stands for. */
  constructor(bits: ReadonlyMap<string, number>) {
    for (const word of bits.keys()) if (!/^[a-z]+$/.test(word)) throw new Error(`WordBits takes lower-case ASCII words, not ${JSON.stringify(word)}`);
    this.table = new WordTable(bits);
    const words = [...bits.keys()].sort((a, b) => b.length - a.length);
    // The letter before a word is matched rather than looked behind at: about 1.5× as fast.
    this.pattern = new RegExp(`(?:^|[^A-Za-z])(?:${words.join('|')})(?![A-Za-z])`, 'gi');
  }

  /**
   * Whether `text` holds ſ or the Kelvin sign anywhere. A caller asking `of` about many stretches
   * of one text asks this once of the text they lie in, so that each is not searched for them.
   */
  static mayFold(text: string): boolean {
    return text.indexOf('\u017f') !== -1 || text.indexOf('\u212a') !== -1;
  }

  /**
   * The OR of the bits of every word in `text[start, end)`. `mayFold` false says that the stretch
   * holds neither ſ nor the Kelvin sign (`WordBits.mayFold` of a text around it was false).
   */
  of(text: string, start: number, end: number, mayFold = true): number {
    const stretch = text.slice(start, end);
    if (mayFold && WordBits.mayFold(stretch)) return wordMask(this.table, text, start, end);
    const pattern = this.pattern;
    let mask = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(stretch); match; match = pattern.exec(stretch)) {
      const found = match[0];
      mask |= this.table.get(found, isAsciiLetterCode(found.charCodeAt(0)) ? 0 : 1, found.length) ?? 0;
    }
    return mask;
  }
  /** The same read word by word (`wordMask`): for a stretch of a word or two, where the expression would cost more than it saves. */
  ofWords(text: string, start: number, end: number): number {
    return wordMask(this.table, text, start, end);
  }

}


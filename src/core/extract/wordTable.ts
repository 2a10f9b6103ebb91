/**
 * A table of lower-case words looked up case-insensitively by a span of the text, without cutting
 * the span out or lower-casing it. The scanners ask it about every word of a document and nearly
 * every answer is "no": hashing the ASCII letters in place spares a string (and its hash) per
 * word, which was a large share of extraction time and of its garbage.
 *
 * Spans holding other characters take the exact path: cut, lower-cased with `toLowerCase`, and
 * looked up by string, so the answer is always that of `map.get(slice.toLowerCase())`.
 */
export class WordTable<V> {
  private readonly byWord = new Map<string, V>();
  /** ASCII words and their values, in parallel; `chain` links words whose hashes share a slot. */
  private readonly words: string[] = [];
  private readonly values: V[] = [];
  private readonly chain: number[] = [];
  /** Open hash slots holding 1 + the index of the first word of the slot (0: empty). */
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  private readonly longest: number;
  /**
   * A bit per pair of lower-cased first two ASCII codes a word starts with (the second is 0 for
   * a one-letter word): most spans are turned away by this bit before any hashing.
   */
  private readonly starts = new Uint32Array((128 * 128) / 32);

  constructor(entries: Iterable<readonly [string, V]>) {
    let longest = 0;
    for (const [word, value] of entries) {
      const lower = word.toLowerCase();
      if (this.byWord.has(lower)) continue;
      this.byWord.set(lower, value);
      longest = Math.max(longest, lower.length);
      const second = lower.length > 1 ? lower.charCodeAt(1) : 0;
      if (lower.charCodeAt(0) < 128 && second < 128) setBit(this.starts, (lower.charCodeAt(0) << 7) | second);
      if (isPlainAscii(lower)) {
        this.words.push(lower);
        this.values.push(value);
      }
    }
    this.longest = longest;
    let size = 16;
    while (size < this.words.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.slotMask = size - 1;
    this.words.forEach((word, index) => {
      const slot = hashLower(word, 0, word.length) & this.slotMask;
      this.chain.push(this.slots[slot] - 1);
      this.slots[slot] = index + 1;
    });
  }

  /** How many words the table holds. */
  get size(): number {
    return this.byWord.size;
  }

  /** A table whose values are `true`: a set of words. */
  static of(words: Iterable<string>): WordTable<true> {
    return new WordTable([...words].map((word): [string, true] => [word, true]));
  }

  /** The value of the word `text.slice(start, end)`, compared case-insensitively. */
  get(text: string, start: number, end: number): V | undefined {
    const index = this.indexOf(text, start, end);
    return index >= 0 ? this.values[index] : index === NOT_ASCII ? this.byWord.get(text.slice(start, end).toLowerCase()) : undefined;
  }

  /**
   * `get` for a span of ASCII letters whose hash the caller computed with `extendLowerHash` while
   * it read them: the span is not read again.
   */
  getByLowerHash(text: string, start: number, end: number, hash: number): V | undefined {
    const length = end - start;
    for (let index = this.slots[hash & this.slotMask] - 1; index >= 0; index = this.chain[index]) {
      const word = this.words[index];
      if (word.length === length && equalsLower(text, start, word)) return this.values[index];
    }
    return undefined;
  }

  /** The index of the ASCII word in `words`, ABSENT, or NOT_ASCII for a span the exact path must answer. */
  private indexOf(text: string, start: number, end: number): number {
    const length = end - start;
    // Lower-casing never shortens a word (it lengthens only a few, such as "İ").
    if (length <= 0 || length > this.longest) return ABSENT;
    const first = text.charCodeAt(start);
    const second = length > 1 ? text.charCodeAt(start + 1) : 0;
    if (first < 128 && second < 128 && !hasBit(this.starts, (lowerCode(first) << 7) | lowerCode(second))) return ABSENT;
    let hash = 0;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code >= 128) return NOT_ASCII;
      hash = extendLowerHash(hash, lowerCode(code));
    }
    for (let index = this.slots[hash & this.slotMask] - 1; index >= 0; index = this.chain[index]) {
      const word = this.words[index];
      if (word.length === length && equalsLower(text, start, word)) return index;
    }
    return ABSENT;
  }

  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== undefined;
  }
}

/**
 * Each word of the groups with the OR of the bits of every group that lists it: the entries of a
 * table of word bits.
 */
export function bitsByWord(groups: Iterable<readonly [words: Iterable<string>, bits: number]>): Map<string, number> {
  const bits = new Map<string, number>();
  for (const [words, groupBits] of groups) for (const word of words) bits.set(word, (bits.get(word) ?? 0) | groupBits);
  return bits;
}

const ABSENT = -1;
const NOT_ASCII = -2;

/**
 * The OR of the table's values for every word in `text[start, end)`, a word being a run of ASCII
 * letters and of the two letters that case-insensitive Unicode matching folds onto ASCII ones
 * (ſ onto s, the Kelvin sign onto k): a pattern matched with the `iu` flags cannot hold a word
 * that this misses. Used to skip the patterns a sentence has no word for.
 */
export function wordMask(table: WordTable<number>, text: string, start: number, end: number): number {
  let mask = 0;
  for (let index = start; index < end; ) {
    if (!isWordLetterCode(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const wordStart = index;
    let folded = false;
    for (; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x17f || code === 0x212a) folded = true;
      else if (!isAsciiLetterCode(code)) break;
    }
    let bits: number | undefined;
    if (folded) {
      const word = text.slice(wordStart, index).toLowerCase().replace(/ſ/g, 's');
      bits = table.get(word, 0, word.length);
    } else {
      bits = table.get(text, wordStart, index);
    }
    if (bits !== undefined) mask |= bits;
  }
  return mask;
}

function isWordLetterCode(code: number): boolean {
  return isAsciiLetterCode(code) || code === 0x17f || code === 0x212a;
}

/** `[A-Za-z]` by code. */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isPlainAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) >= 128) return false;
  return true;
}

function setBit(bits: Uint32Array, bit: number): void {
  bits[bit >>> 5] |= 1 << (bit & 31);
}

function hasBit(bits: Uint32Array, bit: number): boolean {
  return (bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function hashLower(word: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) hash = extendLowerHash(hash, lowerCode(word.charCodeAt(index)));
  return hash;
}

/**
 * The table's hash of a word extended by one more letter, given by a lower-case code (an ASCII
 * letter's code `| 32`). Exported for scanners that hash a word while they find its end (see
 * `getByLowerHash`); the hash of a word starts at 0.
 */
export function extendLowerHash(hash: number, lowerCaseCode: number): number {
  return (Math.imul(hash, 31) + lowerCaseCode) | 0;
}

function equalsLower(text: string, start: number, word: string): boolean {
  for (let offset = 0; offset < word.length; offset++) if (lowerCode(text.charCodeAt(start + offset)) !== word.charCodeAt(offset)) return false;
  return true;
}

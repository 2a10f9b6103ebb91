import type { TextSpan } from '../model';

/**
 * Small, shallow phrase operations shared by attribution and commitment extraction. They work
 * on spans of the document so every result keeps its offsets.
 */

/** The span of `text` from `start` to `end`, with its text. */
export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Narrows [start, end) past surrounding white space and the given punctuation. */
export function trimSpan(text: string, start: number, end: number, punctuation = ''): TextSpan {
  let s = start;
  let e = end;
  while (s < e && strips(text, s, punctuation)) s++;
  while (e > s && strips(text, e - 1, punctuation)) e--;
  return span(text, s, e);
}

function strips(text: string, index: number, punctuation: string): boolean {
  const code = text.charCodeAt(index);
  return isWhiteSpaceCode(code) || (punctuation.length > 0 && punctuation.includes(text[index]));
}

/**
 * The characters `\s` matches, by code: trimming tests every character it passes, and a
 * regular expression per character was a measurable part of attribution.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Removes whole words from the end of the span while they are in `words`
 * ("the minister has also" → "the minister").
 */
export function dropTrailingWords(text: string, target: TextSpan, words: ReadonlySet<string>): TextSpan {
  let end = target.end;
  for (;;) {
    const trimmed = trimSpan(text, target.start, end, ',');
    const lastWord = trailingPlainWord(text, trimmed);
    if (lastWord === undefined || !words.has(lastWord.toLowerCase())) return trimmed;
    end = trimmed.end - lastWord.length;
  }
}

/**
 * The run of ASCII letters and apostrophes that ends the span, when it starts the span or follows
 * white space: what `/(?:^|\s)([A-Za-z']+)$/` captures, read backwards from the end rather than
 * tried at every position.
 */
function trailingPlainWord(text: string, target: TextSpan): string | undefined {
  let start = target.end;
  while (start > target.start && isPlainWordCode(text.charCodeAt(start - 1))) start--;
  if (start === target.end || (start > target.start && !isWhiteSpaceCode(text.charCodeAt(start - 1)))) return undefined;
  return text.slice(start, target.end);
}

/**
 * The ASCII letters that end `text[start, end)` before any white space after them: what
 * `/([A-Za-z]+)\s*$/` captures in that stretch, read backwards from its end rather than tried at
 * every position of it.
 */
export function lastAsciiWordBefore(text: string, start: number, end: number): string | undefined {
  let wordEnd = end;
  while (wordEnd > start && isWhiteSpaceCode(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > start && isAsciiLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
  return wordStart < wordEnd ? text.slice(wordStart, wordEnd) : undefined;
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isPlainWordCode(code: number): boolean {
  return isAsciiLetterCode(code) || code === 39;
}

/**
 * Words the span holds (letters, digits, inner hyphens and apostrophes), as
 * `/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*\/gu` matches them: a letter or digit, then letters,
 * digits, apostrophes, hyphens and dots ("U.S.", "F-35", "it’s").
 */
export function wordsOf(value: string): string[] {
  return wordsUpTo(value, Infinity);
}

/**
 * The first `limit` + 1 words of `wordsOf(value)`: enough to tell whether there are more than
 * `limit`, without cutting out every word of a long stretch. Read by code point rather than by
 * the expression, whose matches cost an array each: attribution asks this of every candidate
 * speaker.
 */
export function wordsUpTo(value: string, limit: number): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < value.length && words.length <= limit) {
    const code = value.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    if (!isLetterOrNumber(code)) {
      index += width;
      continue;
    }
    const start = index;
    index += width;
    while (index < value.length) {
      const next = value.codePointAt(index) as number;
      if (!isLetterOrNumber(next) && next !== 39 && next !== 0x2019 && next !== 45 && next !== 46) break;
      index += next > 0xffff ? 2 : 1;
    }
    words.push(value.slice(start, index));
  }
  return words;
}

/** True when `value` holds more than `limit` words of `wordsOf`, found without reading further. */
export function hasMoreWordsThan(value: string, limit: number): boolean {
  return wordsUpTo(value, limit).length > limit;
}

/** `\p{L}` or `\p{N}`: ASCII by range (nearly every character of the news read), other code points by the expression. */
function isLetterOrNumber(code: number): boolean {
  if (code < 128) return isAsciiLetterCode(code) || (code >= 48 && code <= 57);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Capitalised words only, allowing lower-case connectors inside names ("Bank of England"). */
export function isNameLike(value: string): boolean {
  const words = wordsUpTo(value, MAX_NAME_WORDS);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (!/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words[words.length - 1])) return false;
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || NAME_CONNECTORS.has(word));
}

const MAX_NAME_WORDS = 6;
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', 'al', 'bin', 'el', 'la', 'du', 'da']);

/** Collapses runs of white space so names read the same wherever the line wrapped. */
export function normaliseSpaces(value: string): string {
  // Most names and actions are already tidy; testing is several times cheaper than rebuilding.
  return UNTIDY_SPACE.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
}

/**
 * White space other than single inner spaces: a line break, tab or other space character
 * anywhere, two spaces in a row, or a space at an end (other white space at an end is caught by
 * the first alternative, which the engine can look for on its own).
 */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

import { CodePointClass, codePointBefore } from './codePointClass';

/**
 * The word before a number, read backwards from it by code point rather than by a lookbehind
 * pattern, which the engine ran with Unicode classes at every step (figure reading asks for it
 * at nearly every number). Each function says which pattern it reads as; the property tests
 * hold them to those patterns.
 */

/** A word and whether a full stop follows it ("No." before "1"). */
export interface WordBefore {
  word: string;
  stop: boolean;
}

/**
 * The word right before a position on the same line, with an optional full stop and at least one
 * space or no-break space after it: what `/(?<=(?<![\p{L}\p{N}'’])([\p{L}][\p{L}\p{N}'’]*)(\.?)[ \u00a0]+)/uy`
 * captures at the position.
 */
export function wordBeforeSpaces(text: string, position: number): WordBefore | null {
  let end = position;
  while (end > 0 && isSpaceOrNoBreakSpace(text.charCodeAt(end - 1))) end--;
  if (end === position) return null;
  const stop = end > 0 && text.charCodeAt(end - 1) === 46;
  const wordEnd = stop ? end - 1 : end;
  const start = wordStartBefore(text, wordEnd);
  return start === -1 ? null : { word: text.slice(start, wordEnd), stop };
}

/** The word glued to a position, with an optional full stop between: what `/(?<=(?<![\p{L}\p{N}'’])([\p{L}][\p{L}\p{N}'’]*)\.?)/uy` captures. */
export function wordGluedBefore(text: string, position: number): string | null {
  const wordEnd = position > 0 && text.charCodeAt(position - 1) === 46 ? position - 1 : position;
  const start = wordStartBefore(text, wordEnd);
  return start === -1 ? null : text.slice(start, wordEnd);
}

/**
 * Whether a letter, `_`, `@` or `#`, a letter or digit and a joiner (`-`, `–`, `/`, `:`, `.`), or
 * an apostrophe that does not follow a letter or digit stands right before the position: where
 * `/(?<=[\p{L}\p{N}][-–/:.]|[\p{L}_@#]|(?<![\p{L}\p{N}])['’])/uy` matches.
 */
export function isGluedBefore(text: string, position: number): boolean {
  if (position === 0) return false;
  const before = codePointBefore(text, position);
  if (before === 95 || before === 64 || before === 35 || LETTER.has(before)) return true;
  // The joiners and apostrophes are all one code unit.
  const at = position - 1;
  if (before === 45 || before === 0x2013 || before === 47 || before === 58 || before === 46) return LETTER_OR_NUMBER.endsAt(text, at);
  if (before === 39 || before === 0x2019) return !LETTER_OR_NUMBER.endsAt(text, at);
  return false;
}

/**
 * Where the run of letters, digits and apostrophes that ends at `end` starts, if it starts with a
 * letter; otherwise -1. A shorter run would start after a letter, digit or apostrophe, which the
 * patterns' `(?<![\p{L}\p{N}'’])` turns away, so the whole run is the only reading.
 */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const before = codePointBefore(text, start);
    if (!WORD_CHARACTER.has(before)) break;
    start -= before > 0xffff ? 2 : 1;
  }
  if (start === end) return -1;
  return LETTER.has(text.codePointAt(start) ?? -1) ? start : -1;
}

function isSpaceOrNoBreakSpace(code: number): boolean {
  return code === 32 || code === 0xa0;
}

const LETTER = new CodePointClass('[\\p{L}]', 'u');
const LETTER_OR_NUMBER = new CodePointClass('[\\p{L}\\p{N}]', 'u');
const WORD_CHARACTER = new CodePointClass("[\\p{L}\\p{N}'’]", 'u');

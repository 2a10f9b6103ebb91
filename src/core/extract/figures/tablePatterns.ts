/**
 * How the word tables become patterns. Every pattern the figure reader builds is sticky (or a
 * bounded lookbehind) and free of nested ambiguous quantifiers, so adversarial input costs linear
 * time.
 */

/** A space or a no-break space: news copy puts either between a number and its unit. */
export const SPACE = '[ \\u00a0]';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';

/**
 * The forms as one alternation, longest first so that "just under" wins over "under"; a space
 * inside a form matches any run of spaces, as copy writes them.
 */
export function alternation(forms: Iterable<string>): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, `${SPACE}+`))
    .join('|');
}

/** A matched form with each run of spaces made one space, as the tables write it. */
export function singleSpaced(form: string): string {
  return form.replace(/[ \u00a0]+/g, ' ');
}

/** The match of a sticky pattern exactly at `position`, or null. */
export function stickyMatch(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether a letter or a number starts at `position` (the word goes on). */
export function startsWord(text: string, position: number): boolean {
  const code = text.codePointAt(position);
  return code !== undefined && LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}

/**
 * A case-insensitive table of words as a sticky pattern with the `i` flag alone. V8 compiles a
 * large alternation several times slower under `iu` (the unit words cost a document's first
 * paragraph ~50 ms), while plain `i` folds the Latin letters the tables are written in. Without
 * `u` there is no `\p{…}`: `wordMatchAt` checks that the word ends where the match does.
 */
export function caseInsensitiveWordsPattern(before: string, forms: Iterable<string>): RegExp {
  return new RegExp(`${before}(${alternation(forms)})`, 'iy');
}

/** The match of such a pattern exactly at `position`, when what follows it does not continue the word. */
export function wordMatchAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  const match = stickyMatch(pattern, text, position);
  return match && !startsWord(text, position + match[0].length) ? match : null;
}

import { ARTICLE_COUNT_WORDS, FRACTION_WORDS, SCALE_WORDS, SMALL_NUMBER_WORDS, TENS_WORDS, VAGUE_COUNT_WORDS } from '../../tables/numberWords';
import { digitRunEnd } from './numbers';
import { SPACE, alternation, stickyMatch } from './tablePatterns';

/** Where a figure may start: its first token, digits or a word. */
export interface Candidate {
  start: number;
  end: number;
}

/**
 * The next place at or after `from` where a figure may start: digits not glued to other digits,
 * a number word standing on its own ("three", not "tree-three"), the first word of a fraction or
 * a vague count ("half", "tens"), or "a"/"an" before a scale or a fraction ("a hundred", "a third
 * of").
 */
export function nextCandidate(text: string, from: number): Candidate | undefined {
  let index = from;
  for (;;) {
    CANDIDATE.lastIndex = index;
    const found = CANDIDATE.exec(text);
    if (!found) return undefined;
    const start = found.index;
    const article = found[1];
    const isDigits = isDigit(found[0]);
    const end = isDigits ? digitRunEnd(text, start) : start + (article ?? found[0]).length;
    if (isDigits ? startsNumber(text, start, index) : startsWordFigure(text, start, end, article !== undefined)) return { start, end };
    index = end;
  }
}

/**
 * Digits start a number unless a digit or a numeral stands right before them, or they continue a
 * run such as "1,234" (a separator between digits). Where the search resumes inside a run, after
 * a figure that ended there, the digits start a token of their own.
 */
function startsNumber(text: string, start: number, resumedAt: number): boolean {
  if (start !== resumedAt && continuesDigitRun(text, start)) return false;
  return !NUMERAL.test(text.charAt(start - 1));
}

function continuesDigitRun(text: string, at: number): boolean {
  const previous = text.charAt(at - 1);
  return isDigit(previous) || ((previous === '.' || previous === ',') && isDigit(text.charAt(at - 2)));
}

function startsWordFigure(text: string, start: number, end: number, isArticle: boolean): boolean {
  // A letter, digit, apostrophe or hyphen before it makes the word part of another: "tree-three".
  if (WORD_JOINER.test(text.charAt(start - 1))) return false;
  // The candidate pattern sees only ASCII letters; the follower must not run on into any other
  // letter ("a hundredé" holds no scale).
  return !isArticle || stickyMatch(ARTICLE_FOLLOWER_AT, text, end) !== null;
}

function isDigit(character: string): boolean {
  return character.length === 1 && character >= '0' && character <= '9';
}

// Tested on the one code unit before a token: a numeral or a letter outside the Basic
// Multilingual Plane is a surrogate pair there, which neither class holds.
const NUMERAL = /\p{N}/u;
const WORD_JOINER = /[\p{L}\p{N}'’-]/u;

/** The words a figure can start at besides digits and articles. */
const ANCHOR_WORDS: readonly string[] = [
  ...SMALL_NUMBER_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...FRACTION_WORDS.keys(),
  ...[...VAGUE_COUNT_WORDS.keys()].map((phrase) => phrase.split(' ')[0]),
];
/** The words after which "a" or "an" starts a figure: a scale, a counted dozen or score, a fraction. */
const ARTICLE_FOLLOWERS: readonly string[] = [...SCALE_WORDS.keys(), ...ARTICLE_COUNT_WORDS.keys(), ...FRACTION_WORDS.keys()];

/**
 * A digit, or a whole word of ASCII letters that may start a figure; group 1 is an article, which
 * is a candidate of its own length. One pattern rather than a scan of every word: the expression
 * engine passes over the words that cannot start a figure (most of them) without a string cut for
 * each. Without the `u` flag, `i` folds no letter past ASCII onto the words.
 */
const CANDIDATE = new RegExp(`[0-9]|(?<![A-Za-z])(?:${alternation(ANCHOR_WORDS)}|(an?)${SPACE}+(?:${alternation(ARTICLE_FOLLOWERS)}))(?![A-Za-z])`, 'gi');
const ARTICLE_FOLLOWER_AT = new RegExp(`${SPACE}+(?:${alternation(ARTICLE_FOLLOWERS)})(?!\\p{L})`, 'iuy');

import { ARTICLE_COUNT_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, SMALL_NUMBER_WORDS, TENS_WORDS } from '../../tables/numberWords';

/**
 * Reading numbers as news copy writes them: digits with thousands separators and decimals
 * ("1,100", "20.1"), a scale after them ("1.5 million", "2bn", "Rs10 crore") and numbers in
 * words ("three", "twenty-five", "a hundred", "two and a half million").
 *
 * Every pattern here is anchored (sticky) and free of nested ambiguous quantifiers, so a long
 * run of digits or commas costs linear time.
 */

export interface ScaleReading {
  factor: number;
  needsCurrency: boolean;
  start: number;
  end: number;
}

export interface NumberReading {
  start: number;
  end: number;
  /** The amount, scale included. */
  value: number;
  /** The amount before the scale word: 1.5 for "1.5 million". */
  base: number;
  /** Where the number ends without its scale word. */
  baseEnd: number;
  scale: ScaleReading | undefined;
  /** Written in words ("three", "a hundred") rather than digits. */
  spelled: boolean;
  /** The digits as written, for shape checks (years, leading zeros); absent when spelled. */
  digits: string | undefined;
}

/** Longer than any amount news reports; longer runs are identifiers or noise. */
const MAX_DIGITS = 15;

const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN_DIGITS = /^\d+(?:\.\d+)?$/;

/** Where the digits at `start` end (digits, with single "." or "," between digits), read by hand: every number of a document comes through here. */
export function digitRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code >= 48 && code <= 57) end++;
    else if (end > start && (code === 44 || code === 46) && isDigit(text.charCodeAt(end + 1))) end += 2;
    else break;
  }
  return end;
}

/** True for a non-empty string of ASCII digits only, as `/^\d+$/` tests it, without the expression engine. */
export function isAllDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let index = 0; index < value.length; index++) if (!isDigit(value.charCodeAt(index))) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Parses digits as written ("1,100", "20.1", "1,000,000"); `undefined` for "1,1,1" or "1.2.3". */
export function parseDigits(raw: string): number | undefined {
  // Counted rather than stripped with a replace: every number of a document comes through here.
  let separators = 0;
  let commas = 0;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === 44) commas++;
    if (code === 44 || code === 46) separators++;
  }
  if (raw.length - separators > MAX_DIGITS) return undefined;
  if (commas === 0) return (separators === 0 ? isAllDigits(raw) : PLAIN_DIGITS.test(raw)) ? Number(raw) : undefined;
  return GROUPED_DIGITS.test(raw) ? Number(raw.replace(/,/g, '')) : undefined;
}

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

// Abbreviations sit on the digits or one space away ("2bn", "US$7.2 bn"); words need a space.
const SCALE_AFTER_DIGITS = new RegExp(
  `(?:[ \\u00a0]?(${alternation(SCALE_ABBREVIATIONS.keys())})|[ \\u00a0]+(${alternation(SCALE_WORDS.keys())}))(?![\\p{L}\\p{N}])`,
  'iuy',
);

const WORD_AT = /[A-Za-z]+/y;
const SEPARATOR_AT = /[ \u00a0]+|-/y;
const AND_A_HALF_AT = /[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half(?![A-Za-z])/iy;
const HALF_A_AT = /half[ \u00a0]+an?[ \u00a0]+/iy;
const ARTICLE_AT = /an?[ \u00a0]+/iy;
const OF_AFTER = /[ \u00a0]+of(?![A-Za-z])/iy;

/**
 * Reads the number that starts exactly at `start`, digits or words, with its scale word.
 * Returns `undefined` when no number starts there.
 */
export function readNumberAt(text: string, start: number): NumberReading | undefined {
  const code = text.charCodeAt(start);
  if (code >= 48 && code <= 57) return readDigitsAt(text, start);
  return readWordsAt(text, start);
}

function readDigitsAt(text: string, start: number): NumberReading | undefined {
  const digitsEnd = digitRunEnd(text, start);
  if (digitsEnd === start) return undefined;
  const digits = text.slice(start, digitsEnd);
  const base = parseDigits(digits);
  if (base === undefined) return undefined;
  const baseEnd = digitsEnd;
  // Every reading has every field, so that the figure reader's accesses stay monomorphic.
  const reading: NumberReading = { start, end: baseEnd, value: base, base, baseEnd, scale: undefined, spelled: false, digits };
  SCALE_AFTER_DIGITS.lastIndex = baseEnd;
  const scaleMatch = SCALE_AFTER_DIGITS.exec(text);
  if (scaleMatch) {
    const word = (scaleMatch[1] ?? scaleMatch[2]).toLowerCase();
    const scale = SCALE_ABBREVIATIONS.get(word) ?? SCALE_WORDS.get(word);
    if (scale) {
      const scaleStart = baseEnd + scaleMatch[0].length - word.length;
      // Fields named rather than spread: a spread here was a sixth of the digit reader's time.
      reading.scale = { factor: scale.factor, needsCurrency: scale.needsCurrency ?? false, start: scaleStart, end: SCALE_AFTER_DIGITS.lastIndex };
      reading.value = base * scale.factor;
      reading.end = SCALE_AFTER_DIGITS.lastIndex;
    }
  }
  return reading;
}

type WordKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';

interface NumberWord {
  kind: WordKind;
  value: number;
}

function classifyWord(word: string): NumberWord | undefined {
  const lower = word.toLowerCase();
  const small = SMALL_NUMBER_WORDS.get(lower);
  if (small !== undefined) return { kind: small < 10 ? 'unit' : 'teen', value: small };
  const tens = TENS_WORDS.get(lower);
  if (tens !== undefined) return { kind: 'tens', value: tens };
  if (lower === 'dozen') return { kind: 'dozen', value: 12 };
  const scale = SCALE_WORDS.get(lower);
  if (scale) return { kind: scale.factor === 100 ? 'hundred' : 'scale', value: scale.factor };
  return undefined;
}

/**
 * Which word may follow which: "twenty-five" but not "five twenty", "three hundred and ten",
 * "two million". `start` is the state before the first word.
 */
const MAY_FOLLOW: Readonly<Record<WordKind | 'start', readonly WordKind[]>> = {
  start: ['unit', 'teen', 'tens'],
  unit: ['hundred', 'scale', 'dozen'],
  teen: ['hundred', 'scale'],
  tens: ['unit', 'scale'],
  hundred: ['unit', 'teen', 'tens', 'scale'],
  scale: ['unit', 'teen', 'tens'],
  dozen: [],
};

function wordAt(text: string, position: number): { word: string; end: number } | undefined {
  WORD_AT.lastIndex = position;
  const match = WORD_AT.exec(text);
  return match ? { word: match[0], end: WORD_AT.lastIndex } : undefined;
}

function stickyEnd(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function readWordsAt(text: string, start: number): NumberReading | undefined {
  let position = start;
  let multiplier = 1;
  let state: WordKind | 'start' = 'start';
  // "half a million": the fraction multiplies the scale that follows.
  const afterHalf = stickyEnd(HALF_A_AT, text, position);
  if (afterHalf >= 0) {
    multiplier = 0.5;
    position = afterHalf;
    state = 'unit';
  }
  let total = 0;
  let current = 0;
  // "a hundred", "a dozen", "a million", "a score of": the article stands for one.
  if (state === 'start') {
    const afterArticle = stickyEnd(ARTICLE_AT, text, position);
    if (afterArticle >= 0) {
      const next = wordAt(text, afterArticle);
      const articleCount = next ? ARTICLE_COUNT_WORDS.get(next.word.toLowerCase()) : undefined;
      if (next && articleCount) {
        if (articleCount.needsOf && stickyEnd(OF_AFTER, text, next.end) < 0) return undefined;
        return spelledReading(start, next.end, articleCount.value);
      }
      const kind = next && classifyWord(next.word)?.kind;
      if (kind !== 'hundred' && kind !== 'scale' && kind !== 'dozen') return undefined;
      current = 1;
      state = 'unit';
      position = afterArticle;
    }
  }
  let end = -1;
  for (;;) {
    let wordStart = position;
    if (end >= 0) {
      const afterSeparator = stickyEnd(SEPARATOR_AT, text, position);
      if (afterSeparator < 0) break;
      // A hyphen joins only tens and units ("twenty-five"); "three-hour" ends at "three".
      if (text[position] === '-' && state !== 'tens') break;
      wordStart = afterSeparator;
    }
    let found = wordAt(text, wordStart);
    // "three hundred and ten", "two million and fifty": "and" only after a hundred or a scale.
    if (found && (state === 'hundred' || state === 'scale') && found.word.length === 3 && found.word.toLowerCase() === 'and') {
      const afterAnd = stickyEnd(SEPARATOR_AT, text, found.end);
      const next = afterAnd >= 0 ? wordAt(text, afterAnd) : undefined;
      const nextKind = next && classifyWord(next.word)?.kind;
      if (!next || (nextKind !== 'unit' && nextKind !== 'teen' && nextKind !== 'tens')) break;
      found = next;
    }
    const classified = found && classifyWord(found.word);
    if (!found || !classified || !MAY_FOLLOW[state].includes(classified.kind)) break;
    if (classified.kind === 'hundred') current = (current || 1) * 100;
    else if (classified.kind === 'dozen') current = (current || 1) * 12;
    else if (classified.kind === 'scale') {
      total += (current || 1) * classified.value;
      current = 0;
    } else current += classified.value;
    state = classified.kind;
    position = found.end;
    end = found.end;
  }
  if (end < 0) return undefined;
  // "two and a half", "two and a half million".
  const afterHalfWord = state === 'unit' || state === 'teen' || state === 'tens' ? stickyEnd(AND_A_HALF_AT, text, end) : -1;
  if (afterHalfWord >= 0) {
    current += 0.5;
    end = afterHalfWord;
    const afterSeparator = stickyEnd(SEPARATOR_AT, text, end);
    const next = afterSeparator >= 0 && text[end] !== '-' ? wordAt(text, afterSeparator) : undefined;
    const nextWord = next && classifyWord(next.word);
    if (next && nextWord?.kind === 'scale') {
      total += current * nextWord.value;
      current = 0;
      end = next.end;
    }
  }
  return spelledReading(start, end, (total + current) * multiplier);
}

function spelledReading(start: number, end: number, value: number): NumberReading {
  return { start, end, value, base: value, baseEnd: end, scale: undefined, spelled: true, digits: undefined };
}

/**
 * Parses a whole phrase as one number ("1.5 million", "twenty-five", "a hundred"); `undefined`
 * when the phrase holds anything else.
 */
export function parseNumber(phrase: string): number | undefined {
  const trimmed = phrase.trim();
  const reading = readNumberAt(trimmed, 0);
  if (!reading || reading.end !== trimmed.length) return undefined;
  if (reading.scale?.needsCurrency) return undefined;
  return reading.value;
}

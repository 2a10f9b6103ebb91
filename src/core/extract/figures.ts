import type { FigureCategory, FigureFact, FigureQualifier, QualifierRelation, Sentence } from '../model';
import { CURRENCY_CODE_ALIASES, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SIGNS_AFTER, CURRENCY_SYMBOLS } from '../tables/currencies';
import { MONTH_NAMES } from '../tables/months';
import {
  ANAPHORIC_DETERMINERS,
  CLOCK_WORDS_AFTER,
  COUNT_LEAD_WORDS,
  DESIGNATION_WORDS_BEFORE,
  FRACTION_BLOCKERS,
  FRACTION_WORDS,
  MODEL_DETERMINERS,
  SCALE_WORDS,
  SMALL_NUMBER_WORDS,
  TENS_WORDS,
  VAGUE_COUNT_WORDS,
  YEAR_CONTEXT_WORDS,
  YEAR_RANGE,
} from '../tables/numberWords';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RANGE_JOINERS, RANGE_OPENERS } from '../tables/qualifiers';
import type { UnitEntry } from '../tables/units';
import { COUNT_PHRASE_STOP_WORDS, IRREGULAR_PLURAL_ENDINGS, IRREGULAR_PLURALS, NOT_PLURAL_ENDING_IN_S, RATE_NOUNS, UNITS } from '../tables/units';
import { LedPattern } from './ledPattern';
import type { ScannedText } from './scannedText';
import { moveFactOffsets } from './shiftFact';
import type { NumberReading } from './numbers';
import { digitRunEnd, isAllDigits, readNumberAt } from './numbers';
import { ARTICLE_FOLLOWER_WORDS, FIGURE_ANCHOR_WORDS } from './figureAnchors';
import { WordTable, isAsciiLetterCode } from './wordTable';
import { isGluedBefore, wordBeforeSpaces, wordGluedBefore, type WordBefore } from './wordsBefore';

/**
 * Figure extraction: amounts of money, percentages, measures, durations written as adjectives
 * ("three-hour") and counts with what they count ("more than 100 Russian companies").
 *
 * One pass over word and digit tokens finds where a number may start (digits or a number
 * word); each candidate is then read by a short grammar of sticky patterns compiled from the
 * tables in `../tables`:
 * qualifier and currency before it, scale, unit, currency, range, rate and counted noun after
 * it. Numbers that name rather than count — models ("S400", "Boeing 747"), ordinals, years,
 * dates, clock times, identifiers — are dropped by shape and context. Temporal phrases such as
 * "in six months" are left to the temporal extractor; only the adjectival "three-year" is a
 * figure here.
 */
export function extractFigures(scanned: ScannedText): FigureFact[] {
  const { text, sentences } = scanned;
  if (sentences.length === 0) return [];
  const start = sentences[0].start;
  const figures = extractFiguresIn(text.slice(start, sentences[sentences.length - 1].end));
  if (start > 0) for (const figure of figures) moveFactOffsets(figure, 0, start);
  return figures;
}

function extractFiguresIn(text: string, search?: FigureSearch): FigureFact[] {
  const figures: FigureFact[] = [];
  const candidates = candidatePatternFor(text);
  // The word-before answer kept from the last call belongs to another text.
  lastWordBefore.position = -1;
  const progress: FigureProgress = { index: 0, floor: 0 };
  // The sentence-level answer reads articles as the plain pattern does (see candidatePatternFor).
  if (!search || candidates !== CANDIDATE_AT) {
    readFiguresIn(text, 0, text.length, candidates, progress, figures);
    return figures;
  }
  let regionStart = 0;
  search.sentences.forEach((sentence, index) => {
    if (search.mayHoldFigure[index] || !isWordBoundaryAround(text, sentence.start, sentence.end)) return;
    readFiguresIn(text, regionStart, sentence.start, candidates, progress, figures);
    regionStart = Math.max(regionStart, sentence.end);
  });
  readFiguresIn(text, regionStart, text.length, candidates, progress, figures);
  return figures;
}

/**
 * Which sentences of the text may hold a figure's start (SentenceWordScan.mayHoldFigure): the
 * others are not searched, which on news text is between a third and two thirds of it.
 */
export interface FigureSearch {
  sentences: readonly Sentence[];
  mayHoldFigure: Uint8Array;
}

/** Where the search has got to, and where the last figure ended (a qualifier before the next may not reach back past it). */
interface FigureProgress {
  index: number;
  floor: number;
}

/**
 * A sentence is passed over only where no ASCII word or number runs across its edges, so that
 * the candidate pattern reads the same characters around every word in the stretches searched.
 */
function isWordBoundaryAround(text: string, start: number, end: number): boolean {
  return (start === 0 || !isAsciiWordCode(text.charCodeAt(start - 1))) && (end === text.length || !isAsciiWordCode(text.charCodeAt(end)));
}

function isAsciiWordCode(code: number): boolean {
  return isAsciiLetterCode(code) || isDigitCode(code);
}

/**
 * Reads the figures that start in [start, end), from `progress.index` on. The candidate pattern
 * runs over the stretch alone, so that it stops at its end rather than running on through the
 * sentences passed over. It reads no differently there: a stretch ends where a passed-over
 * sentence starts and starts where one ends, with no word or number across either edge
 * (isWordBoundaryAround), and a phrase of an article and a scale cannot cross one either (the
 * sentence would hold its first or last word, and be searched).
 */
function readFiguresIn(text: string, start: number, end: number, candidates: RegExp, progress: FigureProgress, figures: FigureFact[]): void {
  let index = Math.max(progress.index, start);
  if (index >= end) return;
  const windowStart = start;
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  // The tokens a hand-written scan would cut (digit runs /\d+(?:[.,]\d+)*/ and ASCII letter
  // runs) that can start a figure are found by one pattern: the expression engine passes over
  // the words that cannot (most of them) in native code, and no string is cut for them.
  while (index < end) {
    const found = nextCandidate(candidates, window, index - windowStart);
    if (!found) break;
    const at = found.at + windowStart;
    if (at >= end) break;
    const isDigits = found.isDigits;
    const candidateEnd = isDigits ? digitRunEnd(text, at) : found.end + windowStart;
    // A digit inside a run ("1,234") starts no token of its own, unless the scan resumed there.
    if ((isDigits && at !== index && continuesDigitRun(text, at)) || !startsFigure(text, at, candidateEnd)) {
      index = candidateEnd;
      continue;
    }
    const read = readFigureAt(text, at, progress.floor);
    if (read.figure) {
      figures.push(read.figure);
      progress.floor = read.figure.end;
    }
    index = Math.max(candidateEnd, read.resumeAt);
  }
  progress.index = index;
}

/**
 * The next digit or candidate word at or after `index`. The search starts one character early, so
 * that a word starting at `index` is found with the character before it; a candidate found
 * before `index` belongs to what was read already, and the search starts again at `index`.
 */
function nextCandidate(pattern: RegExp, text: string, index: number): { at: number; end: number; isDigits: boolean } | undefined {
  if (index === 0) return candidateFrom(pattern, text, 0);
  const early = candidateFrom(pattern, text, index - 1);
  return !early || early.at >= index ? early : candidateFrom(pattern, text, index);
}

function candidateFrom(pattern: RegExp, text: string, from: number): { at: number; end: number; isDigits: boolean } | undefined {
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  if (!found) return undefined;
  const first = found[0].charCodeAt(0);
  const isDigits = found[0].length === 1 && isDigitCode(first);
  // A word match holds the character before the word, unless it is at the start of the text.
  const at = isDigits || isAsciiLetterCode(first) ? found.index : found.index + 1;
  // An article is matched with the word after it, but is a candidate of its own length.
  const article = found[1];
  return { at, end: article === undefined ? found.index + found[0].length : at + article.length, isDigits };
}

/**
 * The candidate pattern for a text: the one that passes over articles unless a scale or a
 * fraction follows, except in a text with one of the two letters that the `iu` follower test
 * folds onto ASCII (ſ, the Kelvin sign), which the plain pattern cannot see; there every article
 * is a candidate and the follower test decides, as before.
 */
function candidatePatternFor(text: string): RegExp {
  return text.indexOf('\u017f') === -1 && text.indexOf('\u212a') === -1 ? CANDIDATE_AT : CANDIDATE_OR_ANY_ARTICLE_AT;
}

/** True when the digit at `at` is inside a digit run: right after a digit, or after a digit and a separator. */
function continuesDigitRun(text: string, at: number): boolean {
  const previous = text.charCodeAt(at - 1);
  return isDigitCode(previous) || ((previous === 46 || previous === 44) && isDigitCode(text.charCodeAt(at - 2)));
}

/** Digits not glued to other digits, or a number word standing on its own ("three", not "tree-three"). */
function startsFigure(text: string, index: number, end: number): boolean {
  const previous = index > 0 ? text.charCodeAt(index - 1) : -1;
  if (isDigitCode(text.charCodeAt(index))) return previous < 128 ? !isDigitCode(previous) : !NUMERAL_CHAR.test(text[index - 1]);
  if (previous < 128 ? isAsciiWordJoinerCode(previous) : WORD_JOINER_CHAR.test(text[index - 1])) return false;
  if (end - index <= 2 && ARTICLES.has(text, index, end)) return stickyMatch(ARTICLE_ANCHOR_AT, text, end) !== null;
  return ANCHOR_WORDS.has(text, index, end);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}


/** The ASCII part of WORD_JOINER_CHAR: a letter, a digit, an apostrophe or a hyphen. */
function isAsciiWordJoinerCode(code: number): boolean {
  return isAsciiLetterCode(code) || isDigitCode(code) || code === 39 || code === 45;
}

const NUMERAL_CHAR = /\p{N}/u;
const WORD_JOINER_CHAR = /[\p{L}\p{N}'’-]/u;

// ---------------------------------------------------------------------------------------------
// Patterns compiled from the tables. Every one is sticky (or a bounded lookbehind) and free of
// nested ambiguous quantifiers, so adversarial input costs linear time.
// ---------------------------------------------------------------------------------------------

function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+'))
    .join('|');
}

const SPACE = '[ \\u00a0]';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';

const FRACTION_NUMERATORS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ...[...SMALL_NUMBER_WORDS].filter(([, value]) => value >= 1 && value <= 9),
]);

const ANCHOR_WORDS = WordTable.of(FIGURE_ANCHOR_WORDS);
const ARTICLES = WordTable.of(['a', 'an']);
/**
 * A digit, or a whole ASCII word that can start a figure with the character before it (matched
 * rather than looked behind at, about 1.5× as fast). Without the `u` flag, which would halve its
 * speed; case-insensitive matching then folds nothing outside ASCII onto the words, as the
 * ASCII-only runs of the scan it replaces did not.
 */
const CANDIDATE_AT = new RegExp(
  `[0-9]|(?:^|[^A-Za-z])(?:(?:${alternation(FIGURE_ANCHOR_WORDS)})|(an?)${SPACE}+(?:${alternation(ARTICLE_FOLLOWER_WORDS)}))(?![A-Za-z])`,
  'gi',
);
/**
 * The same with every article a candidate. Articles are most of the candidates of plain prose, and
 * CANDIDATE_AT passes over those that ARTICLE_ANCHOR_AT would turn away anyway.
 */
const CANDIDATE_OR_ANY_ARTICLE_AT = new RegExp(`[0-9]|(?:^|[^A-Za-z])(?:${alternation(FIGURE_ANCHOR_WORDS)})(?![A-Za-z])|(?:^|[^A-Za-z])(an?)(?![A-Za-z])`, 'gi');
/** "a" or "an" starts a figure only before a scale or a fraction: "a hundred", "a third of". */
const ARTICLE_ANCHOR_AT = new RegExp(`${SPACE}+(?:${alternation(ARTICLE_FOLLOWER_WORDS)})(?!\\p{L})`, 'iuy');

interface CurrencyForm {
  code: string;
  needsScale: boolean;
}

const CURRENCY_BEFORE_FORMS: ReadonlyMap<string, CurrencyForm> = new Map<string, CurrencyForm>([
  ...[...CURRENCY_SYMBOLS].map(([text, symbol]): [string, CurrencyForm] => [text, { code: symbol.code, needsScale: symbol.needsScale ?? false }]),
  ...[...CURRENCY_CODES].map((code): [string, CurrencyForm] => [code, { code: CURRENCY_CODE_ALIASES.get(code) ?? code, needsScale: false }]),
]);
const LETTER_CURRENCY_FORMS = [...CURRENCY_BEFORE_FORMS.keys()].filter((form) => /^\p{L}/u.test(form));
const SIGN_CURRENCY_FORMS = [...CURRENCY_BEFORE_FORMS.keys()].filter((form) => !/^\p{L}/u.test(form));
const CURRENCY_FORMS_SOURCE = `${NOT_WORD_BEFORE}(?:${alternation(LETTER_CURRENCY_FORMS)})|(?:${alternation(SIGN_CURRENCY_FORMS)})`;
/** A currency sign or code ending right before the number, at most one space away. */
const CURRENCY_BEFORE = new RegExp(`(?<=(${CURRENCY_FORMS_SOURCE})(${SPACE}?))`, 'uy');
/** The same forms starting at a position: the second end of a range ("$12 million and $20 million"). */
const CURRENCY_AT = new RegExp(`(?:${CURRENCY_FORMS_SOURCE})${SPACE}?`, 'uy');
const CURRENCY_CODE_AFTER = new RegExp(`${SPACE}?(${alternation(CURRENCY_CODES)})${NOT_WORD_AFTER}`, 'uy');
const GLUED_SIGNS_AFTER = [...CURRENCY_SIGNS_AFTER].filter(([, sign]) => sign.glued).map(([form]) => form);
const SPACED_SIGNS_AFTER = [...CURRENCY_SIGNS_AFTER].filter(([, sign]) => !sign.glued).map(([form]) => form);
const CURRENCY_SIGN_AFTER = new RegExp(`(?:(${alternation(GLUED_SIGNS_AFTER)})|${SPACE}?(${alternation(SPACED_SIGNS_AFTER)}))${NOT_WORD_AFTER}`, 'uy');
const CURRENCY_NAME_AFTER = new RegExp(`(?:${SPACE}+|-)(${alternation(CURRENCY_NAMES.keys())})${NOT_WORD_AFTER}`, 'iuy');

/** Group 1 is the qualifier, group 2 what separates it from the number ("almost a three-hour"). */
const QUALIFIER_BEFORE = new RegExp(`(?<=${NOT_WORD_BEFORE}(${alternation(QUALIFIERS_BEFORE.keys())})(${SPACE}+(?:an?${SPACE}+)?))`, 'iuy');
const QUALIFIER_AFTER = new RegExp(`${SPACE}*(${alternation(QUALIFIERS_AFTER.keys())})(?![\\p{L}\\p{N}+])`, 'iuy');
/** Group 1 is the opener, group 2 the space after it. */
const RANGE_OPENER_BEFORE = new RegExp(`(?<=${NOT_WORD_BEFORE}(${alternation(RANGE_OPENERS)})(${SPACE}+))`, 'iuy');
const RANGE_JOINER_AT = new RegExp(
  `${SPACE}*(${alternation([...RANGE_JOINERS.keys()].filter((joiner) => !/\p{L}/u.test(joiner)))})${SPACE}*` +
    `|${SPACE}+(${alternation([...RANGE_JOINERS.keys()].filter((joiner) => /\p{L}/u.test(joiner)))})${SPACE}+`,
  'iuy',
);

const UNIT_BY_FORM = new Map<string, UnitEntry>();
const UNIT_BY_ABBREVIATION = new Map<string, UnitEntry>();
for (const entry of UNITS) {
  for (const word of entry.words ?? []) UNIT_BY_FORM.set(word.toLowerCase(), entry);
  for (const abbreviation of entry.abbreviations ?? []) UNIT_BY_ABBREVIATION.set(abbreviation, entry);
}
const UNIT_ABBREVIATION_AT = new RegExp(`${SPACE}?(${alternation(UNIT_BY_ABBREVIATION.keys())})${NOT_WORD_AFTER}`, 'uy');
/** Group 1 is the hyphen of the adjectival form ("1,100-kilometre"), group 2 the unit. */
const UNIT_WORD_AT = new RegExp(`(?:${SPACE}+|${SPACE}?(-)${SPACE}?)(${alternation(UNIT_BY_FORM.keys())})${NOT_WORD_AFTER}`, 'iuy');
const OF_AT = new RegExp(`${SPACE}+of${NOT_WORD_AFTER}`, 'iuy');
/** Group 1 is the word introducing the rate ("a", "per"), absent for a slash; group 2 the noun. */
const RATE_AT = new RegExp(`(?:${SPACE}*\\/${SPACE}*|${SPACE}+(per|a|an)${SPACE}+)(\\p{L}+)${NOT_WORD_AFTER}`, 'iuy');
const COUNT_WORD_AT = /[ \u00a0]+((?:\p{L}[\p{L}\p{N}]*|\p{N}+s)(?:['’-][\p{L}\p{N}]+)*)/uy;
const HYPHEN_WORD_AT = /-(\p{Ll}+)(?![\p{L}\p{N}-])/uy;
const VAGUE_AT = new RegExp(`(${alternation(VAGUE_COUNT_WORDS.keys())})${SPACE}+of${NOT_WORD_AFTER}`, 'iuy');
const FRACTION_AT = new RegExp(
  `(?:(${alternation(FRACTION_NUMERATORS.keys())})(?:${SPACE}+|-))?(${alternation(FRACTION_WORDS.keys())})(?=${SPACE}+of${NOT_WORD_AFTER})`,
  'iuy',
);
const CLOCK_AFTER = new RegExp(`${SPACE}?(?:${alternation(CLOCK_WORDS_AFTER)})(?![\\p{L}\\p{N}])`, 'iuy');
/** The patterns tried after every number, each behind a test of the character it can start with. */
const LED = {
  qualifierAfter: new LedPattern(QUALIFIER_AFTER, QUALIFIERS_AFTER.keys(), { hyphen: false }),
  unitAbbreviation: new LedPattern(UNIT_ABBREVIATION_AT, UNIT_BY_ABBREVIATION.keys(), { hyphen: false }),
  unitWord: new LedPattern(UNIT_WORD_AT, UNIT_BY_FORM.keys(), { hyphen: true }),
  currencyName: new LedPattern(CURRENCY_NAME_AFTER, CURRENCY_NAMES.keys(), { hyphen: true }),
  currencyCode: new LedPattern(CURRENCY_CODE_AFTER, CURRENCY_CODES, { hyphen: false }),
  currencySign: new LedPattern(CURRENCY_SIGN_AFTER, [...GLUED_SIGNS_AFTER, ...SPACED_SIGNS_AFTER], { hyphen: false }),
  clock: new LedPattern(CLOCK_AFTER, CLOCK_WORDS_AFTER, { hyphen: false }),
  rangeJoiner: new LedPattern(RANGE_JOINER_AT, RANGE_JOINERS.keys(), { hyphen: false }),
  rate: new LedPattern(RATE_AT, ['/', 'per', 'a', 'an'], { hyphen: false }),
};

/**
 * Where a led pattern matches although its lead test turned the position away, as
 * "name@offset": always empty unless a form list above misses a first character. Run by the
 * tests over the corpora and generated text.
 */
export function findLeadGaps(text: string): string[] {
  const gaps: string[] = [];
  for (const [name, led] of Object.entries(LED)) {
    for (let position = 0; position <= text.length; position++) {
      if (led.mayMatchAt(text, position)) continue;
      led.pattern.lastIndex = position;
      if (led.pattern.exec(text)) gaps.push(`${name}@${position}`);
    }
  }
  return gaps;
}
/**
 * Glued to the digits on the left: a letter ("S400"), a word and a joiner ("F-35", "pre-1979",
 * "18:00"), or the apostrophe of a short year ("iLife '11", "class of ’99").
 */
const LETTER_AFTER = /[\p{L}\p{N}_]/uy;
const WORD_AFTER = /[ \u00a0]+([\p{L}]+)/uy;
const SENTENCE_START = /(?<=(?:^|[\n.!?:;])[ \t\u00a0"“‘'(]*)/y;

/**
 * The word right before a position on the same line, with an optional full stop ("No. 1"): see
 * `wordBeforeSpaces`. A number is judged by the word before it up to three times (is it a name,
 * a date, a count?), so the last answer is kept. Kept by position alone: extractFigures forgets it
 * when it starts on a text (comparing texts instead would compare their characters whenever two
 * are equal but not the same string).
 */
function wordBeforeAt(text: string, position: number): WordBefore | null {
  if (position !== lastWordBefore.position) {
    lastWordBefore.position = position;
    lastWordBefore.word = wordBeforeSpaces(text, position);
  }
  return lastWordBefore.word;
}

const lastWordBefore: { position: number; word: WordBefore | null } = { position: -1, word: null };

/**
 * A matched form with each run of spaces made one space, as the tables write it. Most forms hold
 * no run and no no-break space, and are handed back without a replace.
 */
function singleSpaced(form: string): string {
  return form.indexOf('\u00a0') === -1 && form.indexOf('  ') === -1 ? form : form.replace(/[ \u00a0]+/g, ' ');
}

function stickyMatch(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

// ---------------------------------------------------------------------------------------------
// Reading one figure
// ---------------------------------------------------------------------------------------------

interface FigureRead {
  figure?: FigureFact;
  /** Where the scan resumes: past the figure, or past a number that was not one. */
  resumeAt: number;
}

interface Bound {
  start: number;
  qualifier: FigureQualifier;
}

interface Measure {
  end: number;
  unit: string;
  category: Exclude<FigureCategory, 'count'>;
  /** Written as an adjective: "three-hour", "1,100-kilometre". */
  adjectival: boolean;
  /** Minor currency units: "50 cents". */
  factor?: number;
}

function readFigureAt(text: string, at: number, floor: number): FigureRead {
  // Fractions and vague counts open with a word ("two-thirds of", "thousands of"), never with digits.
  if (isDigitCode(text.charCodeAt(at))) return readAmount(text, at, floor);
  return readFraction(text, at, floor) ?? readVagueCount(text, at, floor) ?? readAmount(text, at, floor);
}

/** "half of", "a third of", "two-thirds of": a share, reported in per cent. */
function readFraction(text: string, at: number, floor: number): FigureRead | undefined {
  const match = stickyMatch(FRACTION_AT, text, at);
  if (!match) return undefined;
  const fraction = FRACTION_WORDS.get(match[2].toLowerCase());
  if (!fraction) return undefined;
  const numerator = match[1] ? FRACTION_NUMERATORS.get(match[1].toLowerCase()) : undefined;
  if (fraction.needsNumerator && numerator === undefined) return undefined;
  const before = wordBeforeAt(text, at);
  if (before && FRACTION_BLOCKERS.has(before.word.toLowerCase())) return { resumeAt: at + match[0].length };
  const end = at + match[0].length;
  const bound = qualifierBefore(text, at, floor);
  const value = roundShare((numerator ?? 1) * fraction.share * 100);
  return { figure: makeFigure(text, bound?.start ?? at, end, { category: 'percent', value, unit: '%', qualifier: bound?.qualifier }), resumeAt: end };
}

function roundShare(value: number): number {
  return Math.round(value * 100) / 100;
}

/** "thousands of pages", "tens of thousands of people", "millions of dollars". */
function readVagueCount(text: string, at: number, floor: number): FigureRead | undefined {
  const match = stickyMatch(VAGUE_AT, text, at);
  if (!match) return undefined;
  const vague = VAGUE_COUNT_WORDS.get(match[1].toLowerCase().replace(/\s+/g, ' '));
  if (!vague) return undefined;
  const afterOf = at + match[0].length;
  const wordsEnd = at + match[1].length;
  const qualifier: FigureQualifier = { text: text.slice(at, wordsEnd), relation: 'ge' };
  const bound = qualifierBefore(text, at, floor);
  const start = bound?.start ?? at;
  const money = LED.currencyName.matchAt(text, afterOf);
  if (money) {
    const name = CURRENCY_NAMES.get(money[1].toLowerCase().replace(/\s+/g, ' '));
    const end = afterOf + money[0].length;
    const value = vague.value * (name?.factor ?? 1);
    return { figure: makeFigure(text, start, end, { category: 'money', value, unit: name?.code, qualifier }), resumeAt: end };
  }
  const counted = readCountedPhrase(text, afterOf);
  const end = counted?.end ?? wordsEnd;
  return { figure: makeFigure(text, start, end, { category: 'count', value: vague.value, unit: counted?.noun, qualifier }), resumeAt: end };
}

function readAmount(text: string, at: number, floor: number): FigureRead {
  const number = readNumberAt(text, at);
  const skip: FigureRead = { resumeAt: number?.end ?? at + 1 };
  if (!number || namesRatherThanCounts(text, number)) return skip;
  // Days and clock times are turned away first: the test reads only the number and its
  // neighbours, and everything read before it below could only end in the same skip.
  if (!number.spelled && isClockOrDate(text, number)) return skip;

  const currencyBefore = readCurrencyBefore(text, at, floor);
  let currency: string | undefined;
  let start = at;
  if (currencyBefore && (!currencyBefore.needsScale || number.scale)) {
    currency = currencyBefore.code;
    start = currencyBefore.start;
  } else if (!number.spelled && LETTER_BEFORE_DIGITS.test(text[at - 1] ?? '')) {
    return skip;
  }
  let value = number.value;
  let cursor = number.end;
  if (number.scale?.needsCurrency && !currency) {
    value = number.base;
    cursor = number.baseEnd;
  }

  const bound = qualifierBefore(text, start, floor);
  const openerMatch = isSpace(text[(bound?.start ?? start) - 1]) ? stickyMatch(RANGE_OPENER_BEFORE, text, bound?.start ?? start) : null;
  const opener = openerMatch?.[1].toLowerCase();

  let suffixBound = readQualifierAfter(text, cursor);
  if (suffixBound) cursor = suffixBound.end;

  let measure = currency ? undefined : readMeasure(text, cursor);
  if (measure) cursor = measure.end;
  const currencyAfter = readCurrencyAfter(text, cursor);
  if (currencyAfter) {
    currency = currencyAfter.code;
    value *= currencyAfter.factor;
    cursor = currencyAfter.end;
    measure = undefined;
  }

  // A letter glued to the digits that no unit, scale or currency took: "21st", "1990s", "3G", "200LR".
  if (!number.spelled && cursor === number.baseEnd && stickyMatch(LETTER_AFTER, text, cursor)) return skip;

  let valueMax: number | undefined;
  const range = readRange(text, cursor, number, value, opener, currency !== undefined);
  if (range) {
    if (range.measure && measure && range.measure.unit !== measure.unit) {
      // "10% to 15 km" is two figures; keep the first.
    } else {
      valueMax = range.value;
      if (range.currency && !currency) currency = range.currency;
      measure = measure ?? range.measure;
      if (range.scaleFactor && !number.scale && value * range.scaleFactor <= range.value) value *= range.scaleFactor;
      cursor = range.end;
      if (value > valueMax) {
        valueMax = undefined;
        cursor = range.firstEnd;
      }
    }
  }
  if (!suffixBound && valueMax === undefined) {
    suffixBound = readQualifierAfter(text, cursor);
    if (suffixBound) cursor = suffixBound.end;
  }

  const category: FigureCategory = currency ? 'money' : measure?.category ?? 'count';
  // Plain durations ("in six months", "two years ago") are temporal expressions, owned by the
  // temporal extractor; a measured stretch of something ("75 hours of video") stays a figure.
  if (category === 'duration' && measure && !measure.adjectival && !stickyMatch(OF_AT, text, cursor)) return { resumeAt: cursor };

  let unit = currency ?? measure?.unit;
  if (measure?.factor) value *= measure.factor;
  let end = cursor;
  if (category === 'count') {
    const counted = readCountedPhrase(text, cursor) ?? readHyphenCount(text, number);
    if (counted) {
      unit = counted.noun;
      end = counted.end;
    }
    if (!isCount(text, number, bound, counted !== undefined, valueMax !== undefined)) return { resumeAt: Math.max(cursor, number.end) };
  }
  const rate = readRate(text, end);
  if (rate) end = rate.end;

  const qualifier = bound?.qualifier ?? (suffixBound ? { text: suffixBound.text, relation: suffixBound.relation } : undefined);
  // "between 2 and 3 million": the opener belongs to the range it opens.
  const openerStart = valueMax !== undefined && openerMatch ? (bound?.start ?? start) - openerMatch[1].length - openerMatch[2].length : undefined;
  const figureStart = openerStart !== undefined && openerStart >= floor ? openerStart : bound?.start ?? start;
  const figure = makeFigure(text, figureStart, end, { category, value, valueMax, unit, qualifier, per: rate?.noun });
  return { figure, resumeAt: end };
}

const LETTER_BEFORE_DIGITS = /[\p{L}]/u;

type FigureFields = Omit<FigureFact, 'kind' | 'start' | 'end' | 'text'>;

function makeFigure(text: string, start: number, end: number, fields: FigureFields): FigureFact {
  const figure: FigureFact = { kind: 'figure', start, end, text: text.slice(start, end), category: fields.category, value: tidy(fields.value) };
  if (fields.valueMax !== undefined) figure.valueMax = tidy(fields.valueMax);
  if (fields.unit !== undefined) figure.unit = fields.unit;
  if (fields.qualifier) figure.qualifier = fields.qualifier;
  if (fields.per !== undefined) figure.per = fields.per;
  return figure;
}

/** Drops binary noise from scaling: 33 × 0.01 is 0.33, not 0.33000000000000002. */
function tidy(value: number): number {
  // Whole numbers have no such noise, and most figures are whole.
  if (Number.isInteger(value) && value > 0 && value < 1e12) return value;
  return Number(value.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------
// Context before the number
// ---------------------------------------------------------------------------------------------

function readCurrencyBefore(text: string, at: number, floor: number): (CurrencyForm & { start: number }) | undefined {
  // Cheap first test: a sign or a code ends right before the number or one space before it.
  const formEnd = isSpaceCode(text.charCodeAt(at - 1)) ? at - 1 : at;
  if (formEnd < 1) return undefined;
  const last = text.charCodeAt(formEnd - 1);
  const beforeLast = formEnd >= 2 ? text.charCodeAt(formEnd - 2) : -1;
  const pair = beforeLast === -1 ? -1 : (isSpaceCode(beforeLast) ? 32 : beforeLast) * 0x10000 + last;
  if (!ONE_CHARACTER_CURRENCIES.has(last) && !CURRENCY_ENDINGS.has(pair)) return undefined;
  const match = stickyMatch(CURRENCY_BEFORE, text, at);
  if (!match) return undefined;
  const form = CURRENCY_BEFORE_FORMS.get(singleSpaced(match[1]));
  const start = at - match[1].length - match[2].length;
  if (!form || start < floor) return undefined;
  return { code: form.code, needsScale: form.needsScale, start };
}

function qualifierBefore(text: string, position: number, floor: number): Bound | undefined {
  if (!isSpace(text[position - 1]) || !mayEndQualifier(text, position - 1)) return undefined;
  const match = stickyMatch(QUALIFIER_BEFORE, text, position);
  if (!match) return undefined;
  const phrase = match[1];
  const relation = QUALIFIERS_BEFORE.get(singleSpaced(phrase.toLowerCase()));
  const start = position - phrase.length - match[2].length;
  if (!relation || start < floor) return undefined;
  return { start, qualifier: { text: phrase, relation } };
}

/**
 * The codes of the currency forms of one character, and of the last two characters of the others
 * (a space as " "), as first code × 0x10000 + second: tested on every number without cutting a string.
 */
const ONE_CHARACTER_CURRENCIES: ReadonlySet<number> = new Set([...CURRENCY_BEFORE_FORMS.keys()].filter((form) => form.length === 1).map((form) => form.charCodeAt(0)));
const CURRENCY_ENDINGS: ReadonlySet<number> = new Set(
  [...CURRENCY_BEFORE_FORMS.keys()].filter((form) => form.length > 1).map((form) => (isSpaceCode(form.charCodeAt(form.length - 2)) ? 32 : form.charCodeAt(form.length - 2)) * 0x10000 + form.charCodeAt(form.length - 1)),
);

/**
 * Whether the word before the spaces ending at `spaceEnd` can end a qualifier ("than", "about",
 * or the "a" of "almost a"): a necessary condition for QUALIFIER_BEFORE, tested without it.
 * A word glued to a character past ASCII is left to the pattern, whose case folding reads some
 * of them (ſ, K) as ASCII letters.
 */
function mayEndQualifier(text: string, spaceEnd: number): boolean {
  let wordEnd = spaceEnd;
  while (wordEnd > 0 && isSpace(text[wordEnd - 1])) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && isAsciiLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd) return text[wordEnd - 1] === '.' || text.charCodeAt(wordEnd - 1) >= 128;
  if (wordStart > 0 && text.charCodeAt(wordStart - 1) >= 128) return true;
  return QUALIFIER_LAST_WORDS.has(text, wordStart, wordEnd);
}

const QUALIFIER_LAST_WORDS = WordTable.of(['a', 'an', ...[...QUALIFIERS_BEFORE.keys()].map((phrase) => phrase.split(' ').pop() ?? phrase)]);

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\u00a0';
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0;
}

// ---------------------------------------------------------------------------------------------
// Context after the number
// ---------------------------------------------------------------------------------------------

function readQualifierAfter(text: string, position: number): { end: number; text: string; relation: QualifierRelation } | undefined {
  const match = LED.qualifierAfter.matchAt(text, position);
  if (!match) return undefined;
  const relation = QUALIFIERS_AFTER.get(singleSpaced(match[1].toLowerCase()));
  return relation ? { end: position + match[0].length, text: match[1], relation } : undefined;
}

function readMeasure(text: string, position: number): Measure | undefined {
  const abbreviation = LED.unitAbbreviation.matchAt(text, position);
  const word = LED.unitWord.matchAt(text, position);
  // The longer reading wins: "% points" over "%", "square kilometres" over nothing.
  if (word && (!abbreviation || word[0].length >= abbreviation[0].length)) {
    const entry = UNIT_BY_FORM.get(singleSpaced(word[2].toLowerCase()));
    if (entry) return { end: position + word[0].length, unit: entry.unit, category: entry.category, adjectival: word[1] !== undefined };
  }
  if (abbreviation) {
    const entry = UNIT_BY_ABBREVIATION.get(singleSpaced(abbreviation[1]));
    if (entry) return { end: position + abbreviation[0].length, unit: entry.unit, category: entry.category, adjectival: false };
  }
  return undefined;
}

function readCurrencyAfter(text: string, position: number): { end: number; code: string; factor: number } | undefined {
  const name = LED.currencyName.matchAt(text, position);
  if (name) {
    const entry = CURRENCY_NAMES.get(singleSpaced(name[1].toLowerCase()));
    if (entry) return { end: position + name[0].length, code: entry.code, factor: entry.factor ?? 1 };
  }
  const code = LED.currencyCode.matchAt(text, position);
  if (code) return { end: position + code[0].length, code: CURRENCY_CODE_ALIASES.get(code[1]) ?? code[1], factor: 1 };
  const sign = LED.currencySign.matchAt(text, position);
  const signEntry = sign && CURRENCY_SIGNS_AFTER.get(sign[1] ?? sign[2]);
  if (sign && signEntry) return { end: position + sign[0].length, code: signEntry.code, factor: signEntry.factor ?? 1 };
  return undefined;
}

interface RangeEnd {
  value: number;
  end: number;
  /** Where the figure ends if the range is rejected after all. */
  firstEnd: number;
  measure?: Measure;
  currency?: string;
  /** The second end's scale, shared with a bare first end: "between 2 and 3 million". */
  scaleFactor?: number;
}

function readRange(text: string, position: number, first: NumberReading, firstValue: number, opener: string | undefined, isMoney: boolean): RangeEnd | undefined {
  const joiner = LED.rangeJoiner.matchAt(text, position);
  if (!joiner) return undefined;
  const word = (joiner[2] ?? joiner[1]).toLowerCase();
  const rule = RANGE_JOINERS.get(word);
  if (!rule || (rule.needsBetween && opener !== 'between')) return undefined;
  // "from 5% to 7%" reads as a change between two figures, not as one range.
  if (word === 'to' && opener === 'from') return undefined;
  const isHyphen = joiner[1] !== undefined;
  let cursor = position + joiner[0].length;
  const currencySign = stickyMatch(CURRENCY_AT, text, cursor);
  let currency: string | undefined;
  if (currencySign) {
    currency = CURRENCY_BEFORE_FORMS.get(singleSpaced(currencySign[0].trim()))?.code;
    cursor += currencySign[0].length;
  }
  const second = readNumberAt(text, cursor);
  if (!second || second.spelled !== first.spelled) return undefined;
  if (isHyphen && (first.spelled || looksLikeModelNumber(first))) return undefined;
  let value = second.value;
  let end = second.end;
  if (second.scale?.needsCurrency && !isMoney && !currency) {
    value = second.base;
    end = second.baseEnd;
  }
  if (!second.spelled && stickyMatch(LETTER_AFTER, text, end) && !LED.unitAbbreviation.matchAt(text, end)) return undefined;
  const measure = isMoney || currency ? undefined : readMeasure(text, end);
  if (measure) end = measure.end;
  const currencyAfter = readCurrencyAfter(text, end);
  if (currencyAfter) {
    currency = currencyAfter.code;
    end = currencyAfter.end;
  }
  if (value < firstValue && !(second.scale && !first.scale)) return undefined;
  return { value, end, firstEnd: position, measure, currency, scaleFactor: second.scale?.factor };
}

/** "737-800", "747": a three-digit number that is not a multiple of five is a model, not an amount. */
function looksLikeModelNumber(reading: NumberReading): boolean {
  return Number.isInteger(reading.base) && reading.base >= 100 && reading.base % 5 !== 0 && !reading.scale;
}

function readRate(text: string, position: number): { end: number; noun: string } | undefined {
  const match = LED.rate.matchAt(text, position);
  if (!match) return undefined;
  const article = match[1]?.toLowerCase();
  const noun = match[2].toLowerCase();
  if ((article === 'a' || article === 'an') && !RATE_NOUNS.has(noun)) return undefined;
  if (noun === 'cent') return undefined;
  return { end: position + match[0].length, noun };
}

/** Up to three words of the counted noun phrase, ending at its first plural noun. */
function readCountedPhrase(text: string, position: number): { end: number; noun: string } | undefined {
  const words: Array<{ start: number; end: number; word: string }> = [];
  let cursor = position;
  while (words.length < 4) {
    const match = stickyMatch(COUNT_WORD_AT, text, cursor);
    if (!match) break;
    const word = match[1];
    const lower = word.toLowerCase();
    if (COUNT_PHRASE_STOP_WORDS.has(lower) || isNumberWord(lower) || /['’]s$/.test(lower)) break;
    words.push({ start: cursor + match[0].length - word.length, end: cursor + match[0].length, word });
    if (isPluralNoun(lower)) {
      const first = words[Math.max(0, words.length - 3)];
      const last = words[words.length - 1];
      return { end: last.end, noun: text.slice(first.start, last.end).replace(/\s+/g, ' ') };
    }
    cursor = cursor + match[0].length;
  }
  return undefined;
}

/** "a 30-member committee": digits made into an adjective with a noun. */
function readHyphenCount(text: string, number: NumberReading): { end: number; noun: string } | undefined {
  if (number.spelled) return undefined;
  const match = stickyMatch(HYPHEN_WORD_AT, text, number.end);
  return match ? { end: number.end + match[0].length, noun: match[1] } : undefined;
}

function isNumberWord(lower: string): boolean {
  return SMALL_NUMBER_WORDS.has(lower) || TENS_WORDS.has(lower) || SCALE_WORDS.has(lower);
}

function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOT_PLURAL_ENDING_IN_S.has(lower)) return false;
  if (IRREGULAR_PLURAL_ENDINGS.some((ending) => lower.endsWith(ending))) return true;
  return /[^s'’]s$/.test(lower) && !/(?:us|is|ss)$/.test(lower);
}

// ---------------------------------------------------------------------------------------------
// Numbers that name, order or date rather than count
// ---------------------------------------------------------------------------------------------

/** Shapes that make any number a name, whatever follows: "F-35", "737-800", "@user1", "No. 1". */
function namesRatherThanCounts(text: string, number: NumberReading): boolean {
  if (number.spelled) return false;
  if (isGluedBefore(text, number.start) && !readCurrencyBefore(text, number.start, 0)) return true;
  if (isGluedOn(text, number.baseEnd)) return true;
  const before = wordBeforeAt(text, number.start)?.word ?? wordGluedBefore(text, number.start);
  // "No. 1", "Flight 447", "version 10.4"; an all-capitals word is an acronym, not the label ("ID" aside).
  return before !== null && DESIGNATION_WORDS_BEFORE.has(before.toLowerCase()) && !/^\p{Lu}{3,}$/u.test(before);
}

/** A colon or slash with a digit right after the number: "18:00", "7/8". */
function isGluedOn(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return (code === 58 || code === 47) && isDigitCode(text.charCodeAt(position + 1));
}

/** "February 26", "26 February", "6:40 p.m.", "9am". */
function isClockOrDate(text: string, number: NumberReading): boolean {
  if (LED.clock.matchAt(text, number.baseEnd)) return true;
  if (!Number.isInteger(number.base) || number.base > 31 || number.scale) return false;
  const before = wordBeforeAt(text, number.start);
  if (before && isMonthName(before.word, before.stop)) return true;
  const after = stickyMatch(WORD_AFTER, text, number.baseEnd);
  return after !== null && isMonthName(after[1], false);
}

function isMonthName(word: string, withStop: boolean): boolean {
  const month = MONTH_NAMES.get(word.toLowerCase());
  if (!month) return false;
  if (month.abbreviation && !withStop && !/^\p{Lu}/u.test(word)) return false;
  // "may" and "march" are months only when capitalised next to a number.
  return !month.needsContext || /^\p{Lu}/u.test(word);
}

/**
 * Decides whether a number with no currency and no unit is a count worth reporting. News text
 * is full of numbers that are not amounts; each rule below names one kind and why.
 */
function isCount(text: string, number: NumberReading, bound: Bound | undefined, hasNoun: boolean, isRange: boolean): boolean {
  const before = wordBeforeAt(text, number.start);
  const wordBefore = before?.word;
  const lowerBefore = wordBefore?.toLowerCase();
  if (number.spelled) {
    // "one of the", "no one", "one another": the pronoun; "zero tolerance": an idiom.
    if (number.value <= 1 && !bound && !number.scale && number.value === number.base) return false;
    // "the two countries" points back at things already named.
    if (lowerBefore && ANAPHORIC_DETERMINERS.has(lowerBefore) && !bound) return false;
    // "Formula One", "the Big Four": a capitalised number word inside a name.
    if (/^\p{Lu}/u.test(text[number.start]) && !stickyMatch(SENTENCE_START, text, number.start)) return false;
    return true;
  }
  const digits = number.digits ?? '';
  if (!bound && number.value === 1 && !hasNoun) return false;
  // Identifiers and phone numbers: a leading zero ("0300") or a long run without separators.
  if ((digits.charCodeAt(0) === 48 && isDigitCode(digits.charCodeAt(1))) || (digits.length >= 7 && isAllDigits(digits) && !number.scale)) return false;
  if (isYear(number) && !isRange) {
    // "in 2014", "the 2022 elections": a year unless a qualifier or a counted plural says otherwise.
    const yearContext = lowerBefore !== undefined && (YEAR_CONTEXT_WORDS.has(lowerBefore) || MONTH_NAMES.has(lowerBefore));
    if (!bound && (!hasNoun || yearContext)) return false;
  }
  if (isRange && isYear(number)) return false;
  if (bound) return true;
  // "Boeing 747", "iPhone 4", "Trent 900": a number right after a name is part of the name.
  if (wordBefore && isNameWord(wordBefore) && !(POSSESSIVE.test(wordBefore) && hasNoun)) return false;
  // "the 787", "their 737 airliner": an unround number after a determiner with nothing counted names a model.
  if (!hasNoun && lowerBefore !== undefined && MODEL_DETERMINERS.has(lowerBefore) && looksLikeModelNumber(number)) return false;
  if (!hasNoun && modifiesSingular(text, number)) return false;
  return true;
}

/**
 * A count above one takes a plural noun; an unround number ("737", not "250") before a
 * singular word, a capitalised word or the end of a headline names a model or a version
 * ("737 replacement", "787 Dreamliner", "unveils long-range 777"). Participles and gerunds
 * ("147 killed", "250 required") still follow counts, so they are let through. Round and small
 * numbers are left alone: "22 new Boeing jets" is a count with an adjective in between.
 */
function modifiesSingular(text: string, number: NumberReading): boolean {
  if (!looksLikeModelNumber(number)) return false;
  const next = stickyMatch(NEXT_WORD_AT, text, number.end);
  if (!next) return stickyMatch(LINE_END_AT, text, number.end) !== null;
  const word = next[1];
  if (/^\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (COUNT_PHRASE_STOP_WORDS.has(lower) || isNumberWord(lower) || isPluralNoun(lower)) return false;
  return !/(?:ed|ing)$/.test(lower);
}

const NEXT_WORD_AT = /[ \u00a0]+(\p{L}[\p{L}\p{N}'’-]*)/uy;
const LINE_END_AT = /[ \u00a0]*(?:\r?\n|$|["”])/uy;

const POSSESSIVE = /['’]s?$/;
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...QUALIFIERS_BEFORE.keys()].filter((phrase) => !phrase.includes(' ')));

function isYear(number: NumberReading): boolean {
  return (
    !number.spelled &&
    !number.scale &&
    number.digits?.length === 4 &&
    isAllDigits(number.digits) &&
    number.base >= YEAR_RANGE.min &&
    number.base <= YEAR_RANGE.max
  );
}

/** A capitalised or camel-cased word that is not a function word: "Boeing", "iPhone", "Flight". */
function isNameWord(word: string): boolean {
  if (!/\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  return !COUNT_PHRASE_STOP_WORDS.has(lower) && !NOT_NAME_WORDS.has(lower) && !MONTH_NAMES.has(lower) && !COUNT_LEAD_WORDS.has(lower);
}

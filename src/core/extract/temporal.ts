import {
  addDays,
  addDurationWithinCalendar,
  addMonths,
  daysInMonth,
  formatIsoDate,
  formatIsoWeek,
  formatYearMonth,
  isoWeek,
  isoWeekRange,
  monthRange,
  monthsRange,
  nearestWeekday,
  parseIsoDate,
  quarterOf,
  quarterRange,
  yearRange,
  type CalendarRange,
  type DurationUnit,
} from '../calendar';
import type { IsoDate, ReferenceDate, Sentence, TemporalBound, TemporalFact, TimexType } from '../model';
import { MONTH_CONTEXT_BEFORE, MONTH_NAMES } from '../tables/months';
import {
  APPROXIMATORS,
  BOUND_PHRASES,
  BOUND_WORDS,
  COUNT_AFTER_NUMBER,
  DURATION_NUMBERS,
  DURATION_UNITS,
  FUTURE_BEFORE_TO,
  FUTURE_MARKERS,
  HOLIDAYS,
  NOT_PAST_ED,
  NOT_YEAR_BEFORE,
  PARTICIPLE_AUXILIARIES,
  PARTS_OF_DAY,
  PAST_MARKERS,
  PERIOD_NOUNS,
  PERIOD_ORDINALS,
  PERIOD_PARTS,
  PERIOD_SHIFTS,
  RATE_BEFORE,
  RECURRENCE_WORDS,
  REFERENCE_WORDS,
  RELATIVE_DAYS,
  SEASONS,
  SPAN_BEFORE_IN,
  TIMEX_UNIT,
  VAGUE_COUNTS,
  YEAR_CONTEXT_BEFORE,
} from '../tables/temporalWords';
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../tables/weekdays';
import { isAllDigits } from './numbers';
import { CUE_WORD_BITS, cueBitsOfAsciiRuns } from './cueWordMasks';
import { ARTICLE_FOLLOWER_WORDS, FIGURE_ANCHOR_WORDS } from './figureAnchors';
import type { ScannedText } from './scannedText';
import { WordTable, bitsByWord, extendLowerHash, isAsciiLetterCode } from './wordTable';

/**
 * Temporal expressions, deadlines and their resolution against the reference date (design.md
 * §3). A hand-written scanner rather than chrono-node: chrono misses ranges, bounds and bare
 * years, misreads "$105 a" as a time, and on the MEANTIME texts this scanner is several times
 * faster than chrono alone (docs/timex.md). Each sentence is cut into word, number and
 * punctuation tokens; at each token a short list of recognisers tries to read an expression
 * and the longest reading wins. Underspecified dates ("Friday", "in November") take their year
 * or week from the verb tense nearest to them. Values follow TIMEX3 as MEANTIME writes them
 * (docs/timex.md).
 *
 */
export function extractTemporal(scanned: ScannedText, reference: ReferenceDate): TemporalFact[] {
  const facts: TemporalFact[] = [];
  for (const sentence of scanned.sentences) scanSentence(scanned.text, sentence, reference, facts);
  return facts;
}

/**
 * The readers and recognisers that read something at a token they are not listed to start at,
 * as "reader@offset". Always empty unless a start list in this file misses a word; the tests run
 * it over corpora and generated sentences so that a reader changed without its list fails there.
 * `leftOut` checks the check: tokens with that lower-case text count as on no list.
 */
export function findStartListGaps(text: string, sentences: Sentence[], reference: ReferenceDate, leftOut?: string): string[] {
  const gaps: string[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end, true);
    const scan: Scan = { text, tokens, reference, periods: new Array(tokens.length), durations: new Array(tokens.length) };
    tokens.forEach((token, index) => {
      const starts = token.lower === leftOut ? 0 : token.starts;
      for (const { read, bit } of PERIOD_READERS) if ((starts & bit) === 0 && read(scan, index)) gaps.push(`${read.name}@${token.start}`);
      for (const { recognise, bit } of RECOGNISERS) if ((starts & bit) === 0 && recognise(scan, index)) gaps.push(`${recognise.name}@${token.start}`);
      if ((starts & DURATION_START) === 0 && readDurationAt(scan, index)) gaps.push(`readDurationAt@${token.start}`);
    });
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

/** What a token can do for the scan: start an expression, or start one if a strong word follows. */
const enum Trigger {
  None,
  Weak,
  Strong,
}

/**
 * A token of a sentence. Its text and lower-cased text are cut on first use: the scan looks at
 * most tokens only to learn they trigger nothing, which it reads from the table without a string.
 */
class Token {
  private cut?: string;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Plain digits with optional inner separators: `2014`, `18:00`, `1,100`, `2.5`. */
    readonly isNumber: boolean,
    public trigger: Trigger,
    /** The readers and recognisers that can start at this token (see TOKEN_ENTRY): the others are not asked. */
    readonly starts: number,
    /** An ASCII word of the tokenizer's table comes with the table's lower-case string, neither cut nor lower-cased. */
    private lowered: string | undefined,
  ) {}

  get text(): string {
    if (this.cut === undefined) this.cut = this.source.slice(this.start, this.end);
    return this.cut;
  }

  get lower(): string {
    if (this.lowered === undefined) this.lowered = this.isNumber ? this.text : this.text.toLowerCase();
    return this.lowered;
  }
}

/**
 * Cuts [start, end) into runs of digits (with single inner `.`, `,` or `:` between digits:
 * `2014`, `18:00`, `1,100`, `2.5`), runs of letters, and single other characters. A hand-written
 * loop rather than a regular expression: it is linear by construction and about twice as fast.
 *
 * The tokens are cut into reused buffers first and made into objects only when one of them is a
 * strong trigger: a sentence without one starts no expression (a weak trigger needs a strong one
 * after it), so its tokens are never looked at again. That is a fifth of the sentences of news
 * text and nearly half of those of the seed sample. `all` makes the tokens of every sentence.
 */
function tokenize(text: string, start: number, end: number, all = false): Token[] {
  let count = 0;
  let hasStrong = false;
  let cueBits = 0;
  let mayHoldFigure = false;
  let afterArticle = false;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (isSpaceCode(code)) {
      index++;
      continue;
    }
    let stop = index + 1;
    // A run of ASCII letters only, hashed while it is read.
    let asciiWord = false;
    let hash = 0;
    let figureRole = 0;
    let listedWord = -1;
    const isNumber = isDigitCode(code);
    if (isNumber) {
      while (stop < end) {
        const next = text.charCodeAt(stop);
        if (isDigitCode(next)) stop++;
        else if ((next === 46 || next === 44 || next === 58) && stop + 1 < end && isDigitCode(text.charCodeAt(stop + 1))) stop += 2;
        else break;
      }
    } else if (isLetterCode(code)) {
      // An ASCII word is hashed as it is read, for the lookup below (a letter's code | 32 is its lower case).
      hash = extendLowerHash(0, code | 32);
      for (let next = text.charCodeAt(stop); stop < end && isAsciiLetterCode(next); next = text.charCodeAt(++stop)) hash = extendLowerHash(hash, next | 32);
      asciiWord = true;
      if (code >= 128 || (stop < end && isLetterCode(text.charCodeAt(stop)))) {
        while (stop < end && isLetterCode(text.charCodeAt(stop))) stop++;
        // Cue words are ASCII words: one glued to other letters ("Zürich") is a run of the word.
        cueBits |= cueBitsOfAsciiRuns(text, index, stop);
        asciiWord = false;
        // So are a figure's words, and such words are rare enough to count as one.
        figureRole = FIGURE_ANCHOR;
      }
    }
    let entry = 0;
    if (isNumber) {
      entry = NUMBER_ENTRY;
      mayHoldFigure = true;
    } else {
      const word = asciiWord ? TOKEN_WORDS.getByLowerHash(text, index, stop, hash) : TOKEN_WORDS.get(text, index, stop);
      if (word !== undefined) {
        entry = TOKEN_ENTRY[word];
        if (asciiWord) {
          cueBits |= CUE_BITS[word];
          figureRole = FIGURE_ROLE[word];
          listedWord = word;
        }
      }
    }
    // "a hundred": an article and a scale are both needed, the first word of a sentence may follow
    // an article at the end of the one before, and the last may precede a scale in the next.
    if (figureRole !== 0 && (figureRole & FIGURE_ANCHOR || (figureRole & ARTICLE_FOLLOWER && (afterArticle || count === 0)))) mayHoldFigure = true;
    afterArticle = (figureRole & ARTICLE) !== 0;
    if ((entry & TRIGGER_MASK) === Trigger.Strong) hasStrong = true;
    if (count === buffer.entries.length) growBuffer(count * 2);
    buffer.starts[count] = index;
    buffer.ends[count] = stop;
    buffer.entries[count] = entry;
    buffer.words[count] = listedWord;
    count++;
    index = stop;
  }
  buffer.cueBits = cueBits;
  buffer.mayHoldFigure = mayHoldFigure || afterArticle;
  if (!hasStrong && !all) return [];
  const tokens: Token[] = new Array(count);
  for (let at = 0; at < count; at++) {
    const tokenStart = buffer.starts[at];
    const entry = buffer.entries[at];
    const isNumber = isDigitCode(text.charCodeAt(tokenStart));
    if (isNumber && at > 0) strengthenGluedApostrophe(tokens[at - 1], tokenStart);
    const word = buffer.words[at];
    tokens[at] = new Token(text, tokenStart, buffer.ends[at], isNumber, entry & TRIGGER_MASK, entry >>> STARTS_SHIFT, word >= 0 ? TOKEN_WORD_LIST[word] : undefined);
  }
  return tokens;
}

/**
 * Where `tokenize` cuts a sentence before making tokens of it; grown as long sentences need. With
 * what it noted of the sentence for SentenceWordScan.
 */
const buffer = { starts: new Int32Array(256), ends: new Int32Array(256), entries: new Int32Array(256), words: new Int32Array(256), cueBits: 0, mayHoldFigure: false };

function growBuffer(size: number): void {
  const grown = { starts: new Int32Array(size), ends: new Int32Array(size), entries: new Int32Array(size), words: new Int32Array(size) };
  grown.starts.set(buffer.starts);
  grown.ends.set(buffer.ends);
  grown.entries.set(buffer.entries);
  grown.words.set(buffer.words);
  Object.assign(buffer, grown);
}

/**
 * An apostrophe opens an expression only glued to digits ("the '90s", "class of ’99"); as a
 * trigger on its own it sent every possessive through all the recognisers.
 */
function strengthenGluedApostrophe(previous: Token, digitsStart: number): void {
  if (previous.end === digitsStart && previous.end - previous.start === 1 && (previous.text === "'" || previous.text === '’')) previous.trigger = Trigger.Strong;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}


function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b;
}

// ---------------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------------

type Tense = 'past' | 'future' | undefined;

interface Scan {
  text: string;
  tokens: Token[];
  reference: ReferenceDate;
  /** Tense markers of the sentence, found on first need. */
  markers?: Array<{ index: number; tense: 'past' | 'future' }>;
  /** The last day named in the sentence, which a clock time belongs to ("Tuesday … at 18:00"). */
  anchorDay?: IsoDate;
  /**
   * What `readPeriod` and `readDuration` read at each token (`null`: nothing), since several
   * recognisers ask at the same token. Periods are forgotten when `anchorDay` changes.
   */
  periods: Array<Period | null | undefined>;
  durations: Array<Duration | null | undefined>;
}

/** What a recogniser read: the fact without its span, and the token after it. */
interface Reading {
  next: number;
  /** First token of the span when it is not the token the recogniser started at. */
  first?: number;
  kind: 'date' | 'deadline';
  timexType: TimexType;
  timex: string;
  due?: IsoDate;
  range?: CalendarRange;
  bound?: TemporalBound;
  /** True when the value depends on the reference date. */
  relative: boolean;
  /** Why an underspecified expression resolved as it did: "past tense". */
  reason?: string;
}

type Recogniser = (scan: Scan, index: number) => Reading | undefined;

function scanSentence(text: string, sentence: Sentence, reference: ReferenceDate, out: TemporalFact[]): void {
  const tokens = tokenize(text, sentence.start, sentence.end);
  if (tokens.length === 0) return;
  const scan: Scan = { text, tokens, reference, periods: new Array(tokens.length), durations: new Array(tokens.length) };
  let index = 0;
  // Clock times read before any day of the sentence ("18:00 UTC on Tuesday") wait for that day.
  const unanchoredTimes: Array<{ index: number; reading: Reading }> = [];
  const firstFact = out.length;
  while (index < tokens.length) {
    const reading = isTrigger(scan, index) ? readAt(scan, index) : undefined;
    if (!reading) {
      index++;
      continue;
    }
    if (reading.timexType === 'TIME' && scan.anchorDay === undefined && /T\d/.test(reading.timex)) unanchoredTimes.push({ index, reading });
    else if (reading.due && reading.timexType === 'DATE' && scan.anchorDay === undefined) anchorTimes(scan, unanchoredTimes, reading.due, out, firstFact);
    out.push(toFact(scan, index, reading));
    if (reading.due && reading.timexType === 'DATE' && scan.anchorDay !== reading.due) {
      scan.anchorDay = reading.due;
      scan.periods.fill(undefined);
    }
    index = reading.next;
  }
}

function anchorTimes(scan: Scan, pending: Array<{ index: number; reading: Reading }>, day: IsoDate, out: TemporalFact[], firstFact: number): void {
  for (const { index, reading } of pending) {
    const at = out.findIndex((fact, position) => position >= firstFact && fact.start === scan.tokens[reading.first ?? index].start);
    if (at < 0) continue;
    const moved: Reading = { ...reading, timex: day + reading.timex.slice(reading.timex.indexOf('T')), due: day, range: undefined, reason: 'the day named in the sentence' };
    out[at] = toFact(scan, index, moved);
  }
  pending.length = 0;
}

/** The longest reading any recogniser finds at the token; on a tie the earlier recogniser wins. */
function readAt(scan: Scan, index: number): Reading | undefined {
  let best: Reading | undefined;
  const starts = scan.tokens[index].starts;
  for (let at = 0; at < RECOGNISERS.length; at++) {
    if ((starts & RECOGNISERS[at].bit) === 0) continue;
    const reading = RECOGNISERS[at].recognise(scan, index);
    if (reading && reading.next > index && (!best || reading.next > best.next)) best = reading;
  }
  return best;
}

function toFact(scan: Scan, index: number, reading: Reading): TemporalFact {
  const first = scan.tokens[reading.first ?? index];
  const last = scan.tokens[reading.next - 1];
  const spanText = scan.text.slice(first.start, last.end);
  const result = reading.due ?? (reading.range ? `${reading.range.earliest}..${reading.range.latest}` : reading.timex);
  const reference = `${scan.reference.date} (${scan.reference.from})`;
  const derivation = reading.relative
    ? `"${spanText}" + ${reference}${reading.reason ? `, ${reading.reason}` : ''} → ${result}`
    : `"${spanText}" → ${result}`;
  const fact: TemporalFact = { start: first.start, end: last.end, text: spanText, kind: reading.kind, timexType: reading.timexType, timex: reading.timex, derivation };
  if (reading.due) fact.due = reading.due;
  if (reading.range) fact.range = reading.range;
  if (reading.bound) fact.bound = reading.bound;
  return fact;
}

// ---------------------------------------------------------------------------------------------
// Token helpers
// ---------------------------------------------------------------------------------------------

function lowerAt(scan: Scan, index: number): string {
  return index >= 0 && index < scan.tokens.length ? scan.tokens[index].lower : '';
}

/** True when two tokens touch, with no space between them ("mid-2011", "FY2024"). */
function glued(scan: Scan, left: number, right: number): boolean {
  const a = scan.tokens[left];
  const b = scan.tokens[right];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** A hyphen (or dash) glued to both neighbours: "pre-1979", "fifty-year". */
function isGluedHyphen(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return token !== undefined && HYPHENS.has(token.text) && glued(scan, index - 1, index) && glued(scan, index, index + 1);
}

const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑', '–']);

function isCapitalised(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return code >= 65 && code <= 90;
}

function matchWords(scan: Scan, index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => lowerAt(scan, index + offset) === word);
}

function integerAt(scan: Scan, index: number): number | undefined {
  const token = scan.tokens[index];
  return token && token.isNumber && isAllDigits(token.text) ? Number(token.text) : undefined;
}

/** A four-digit year at the token (1000–2999), or undefined. */
function yearDigitsAt(scan: Scan, index: number): number | undefined {
  const token = scan.tokens[index];
  if (!token || token.text.length !== 4) return undefined;
  const value = integerAt(scan, index);
  return value !== undefined && value >= 1000 && value <= 2999 ? value : undefined;
}

/** Skips a full stop glued to an abbreviation ("Feb.", "Sept."). */
function skipGluedDot(scan: Scan, index: number): number {
  return lowerAt(scan, index) === '.' && glued(scan, index - 1, index) ? index + 1 : index;
}

/** A day number, with its ordinal suffix when glued: `26`, `2nd`. Returns the day and the next token. */
function dayAt(scan: Scan, index: number): { day: number; next: number } | undefined {
  const value = integerAt(scan, index);
  if (value === undefined || value < 1 || value > 31 || scan.tokens[index].text.length > 2) return undefined;
  const suffix = lowerAt(scan, index + 1);
  const next = ORDINAL_SUFFIXES.has(suffix) && glued(scan, index, index + 1) ? index + 2 : index + 1;
  // "26-year" or "5:30" are not days.
  if (glued(scan, next - 1, next) && /^[-:%]$/.test(lowerAt(scan, next))) return undefined;
  return { day: value, next };
}

const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

// ---------------------------------------------------------------------------------------------
// Tense
// ---------------------------------------------------------------------------------------------

/** The tense of the marker nearest to the token; the earlier marker wins a tie. */
function tenseAt(scan: Scan, index: number): Tense {
  scan.markers ??= findTenseMarkers(scan);
  let best: Tense;
  let bestDistance = Infinity;
  for (const marker of scan.markers) {
    const distance = Math.abs(marker.index - index);
    if (distance < bestDistance) {
      best = marker.tense;
      bestDistance = distance;
    }
  }
  return best;
}

function findTenseMarkers(scan: Scan): Array<{ index: number; tense: 'past' | 'future' }> {
  const markers: Array<{ index: number; tense: 'past' | 'future' }> = [];
  scan.tokens.forEach((token, index) => {
    const tense = mayMarkTense(scan.text, token) ? markerTense(scan, token, index) : undefined;
    if (tense) markers.push({ index, tense });
  });
  return markers;
}

/**
 * False for a token `markerTense` would give no tense without cutting its text: not a tense word
 * and no "-ed" ending. Tokens with letters past ASCII, whose lower-casing may change length, are
 * left to `markerTense`.
 */
function mayMarkTense(text: string, token: Token): boolean {
  if (token.isNumber) return false;
  if (TENSE_WORDS.has(text, token.start, token.end)) return true;
  const length = token.end - token.start;
  if (length >= 5 && (text.charCodeAt(token.end - 2) | 32) === 101 && (text.charCodeAt(token.end - 1) | 32) === 100) return true;
  for (let index = token.start; index < token.end; index++) if (text.charCodeAt(index) >= 128) return true;
  return false;
}

const TENSE_WORDS = WordTable.of(['won', 'll', 'to', ...FUTURE_MARKERS, ...PAST_MARKERS]);

/** Past forms that are finite whatever precedes them ("it was", "they had"). */
const FINITE_PAST: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'ago']);

function markerTense(scan: Scan, token: Token, index: number): Tense {
  const word = token.lower;
  const before = lowerAt(scan, index - 1);
  if (word === 'won' && (lowerAt(scan, index + 1) === "'" || lowerAt(scan, index + 1) === '’')) return 'future';
  if (word === 'll') return before === "'" || before === '’' ? 'future' : undefined;
  if (FUTURE_MARKERS.has(word) && word !== 'won') return 'future';
  if (word === 'to' && (FUTURE_BEFORE_TO.has(before) || lowerAt(scan, index + 1) === 'be')) return 'future';
  if (PARTICIPLE_AUXILIARIES.has(before) && !FINITE_PAST.has(word)) return undefined;
  if (PAST_MARKERS.has(word)) return 'past';
  if (word.length >= 5 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) return 'past';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Periods: calendar expressions that name a span of time
// ---------------------------------------------------------------------------------------------

interface Period {
  next: number;
  timex: string;
  type: TimexType;
  range?: CalendarRange;
  relative: boolean;
  reason?: string;
}

type PeriodReader = (scan: Scan, index: number) => Period | undefined;

function yearPeriod(next: number, year: number, relative = false, reason?: string): Period {
  return { next, timex: String(year), type: 'DATE', range: yearRange(year), relative, reason };
}

function monthPeriod(next: number, year: number, month: number, relative = false, reason?: string): Period {
  return { next, timex: formatYearMonth(year, month), type: 'DATE', range: monthRange(year, month), relative, reason };
}

function dayPeriod(next: number, date: IsoDate, relative = false, reason?: string): Period {
  return { next, timex: date, type: 'DATE', range: { earliest: date, latest: date }, relative, reason };
}

function tenseReason(tense: Tense): string {
  return tense ? `${tense} tense` : 'no tense, nearest';
}

/** The year of a month in an underspecified expression, from the tense nearest to it. */
function yearForMonth(scan: Scan, index: number, month: number): { year: number; tense: Tense } {
  const reference = parseIsoDate(scan.reference.date);
  const tense = tenseAt(scan, index);
  if (tense === 'past' && month > reference.month) return { year: reference.year - 1, tense };
  if (tense === 'future' && month < reference.month) return { year: reference.year + 1, tense };
  return { year: reference.year, tense };
}

function yearForMonthDay(scan: Scan, index: number, month: number, day: number): { year: number; tense: Tense } {
  const referenceDate = scan.reference.date;
  const reference = parseIsoDate(referenceDate);
  const tense = tenseAt(scan, index);
  const candidate = (year: number) => formatIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
  const sameYear = candidate(reference.year);
  if (tense === 'past') return { year: sameYear <= referenceDate ? reference.year : reference.year - 1, tense };
  if (tense === 'future') return { year: sameYear >= referenceDate ? reference.year : reference.year + 1, tense };
  // With no tense, the occurrence nearest the reference date: "December 30" read in January is last year's.
  const monthsAway = (month - reference.month) * 1;
  if (monthsAway > 6) return { year: reference.year - 1, tense };
  if (monthsAway < -6) return { year: reference.year + 1, tense };
  return { year: reference.year, tense };
}

/** "February 26, 2022", "June 18", "November 2006", "May of 2008", "November", "Feb. 3". */
const readMonthDate: PeriodReader = (scan, index) => {
  const token = scan.tokens[index];
  // Called past the sentence's last token too: "early" or "the end of" can end a headline.
  if (!token) return undefined;
  const name = MONTH_NAMES.get(token.lower);
  if (!name || !isCapitalised(token)) return undefined;
  let cursor = index + 1;
  if (name.abbreviation) {
    cursor = skipGluedDot(scan, cursor);
    if (cursor === index + 1 && integerAt(scan, cursor) === undefined) return undefined;
  }
  const day = dayAt(scan, cursor);
  if (day) {
    let after = day.next;
    if (lowerAt(scan, after) === ',') after++;
    const year = yearDigitsAt(scan, after);
    if (year !== undefined) return dayPeriod(after + 1, formatIsoDate(year, name.month, Math.min(day.day, daysInMonth(year, name.month))));
    const resolved = yearForMonthDay(scan, index, name.month, day.day);
    return dayPeriod(day.next, formatIsoDate(resolved.year, name.month, Math.min(day.day, daysInMonth(resolved.year, name.month))), true, tenseReason(resolved.tense));
  }
  const yearIndex = lowerAt(scan, cursor) === 'of' || lowerAt(scan, cursor) === ',' ? cursor + 1 : cursor;
  const year = yearDigitsAt(scan, yearIndex);
  if (year !== undefined && !continuesNumber(scan, yearIndex)) return monthPeriod(yearIndex + 1, year, name.month);
  if (name.needsContext && !hasMonthContext(scan, index)) return undefined;
  if (name.abbreviation) return undefined;
  // A month name before a capitalised word is a given name ("June Carter"), unless "in June" says otherwise.
  const after = scan.tokens[cursor];
  if (after && isCapitalised(after) && !hasMonthContext(scan, index)) return undefined;
  const resolved = yearForMonth(scan, index, name.month);
  return monthPeriod(cursor, resolved.year, name.month, true, tenseReason(resolved.tense));
};

/** True when the number token runs on into letters, digits or a hyphen ("2009-10", "1990s"), not into punctuation. */
function continuesNumber(scan: Scan, index: number): boolean {
  return glued(scan, index, index + 1) && /^[A-Za-z0-9\u2010-\u2013-]/.test(scan.tokens[index + 1].text);
}

/** "may" and "march" are months only after a temporal word: "in May", "since March", "mid-March". */
function hasMonthContext(scan: Scan, index: number): boolean {
  const before = lowerAt(scan, index - 1);
  if (MONTH_CONTEXT_BEFORE.has(before)) return true;
  return HYPHENS.has(before) && MONTH_CONTEXT_BEFORE.has(lowerAt(scan, index - 2));
}

/** "11 December", "11 December 2009", "5th of May". */
const readDayMonth: PeriodReader = (scan, index) => {
  const day = dayAt(scan, index);
  if (!day) return undefined;
  let cursor = day.next;
  if (lowerAt(scan, cursor) === 'of') cursor++;
  const token = scan.tokens[cursor];
  const name = token && MONTH_NAMES.get(token.lower);
  if (!name || !isCapitalised(token)) return undefined;
  cursor = skipGluedDot(scan, cursor + 1);
  if (lowerAt(scan, cursor) === ',') cursor++;
  const year = yearDigitsAt(scan, cursor);
  if (year !== undefined) return dayPeriod(cursor + 1, formatIsoDate(year, name.month, Math.min(day.day, daysInMonth(year, name.month))));
  const end = lowerAt(scan, cursor - 1) === ',' ? cursor - 1 : cursor;
  const resolved = yearForMonthDay(scan, index, name.month, day.day);
  return dayPeriod(end, formatIsoDate(resolved.year, name.month, Math.min(day.day, daysInMonth(resolved.year, name.month))), true, tenseReason(resolved.tense));
};

/** "2024-03-14", "2024-03" and "7/8/07" (month first, as in American writing, unless the first number exceeds 12). */
const readNumericDate: PeriodReader = (scan, index) => {
  const year = yearDigitsAt(scan, index);
  if (year !== undefined && isGluedHyphen(scan, index + 1)) {
    const month = twoDigitsAt(scan, index + 2);
    if (month === undefined || month < 1 || month > 12) return undefined;
    if (isGluedHyphen(scan, index + 3)) {
      const day = twoDigitsAt(scan, index + 4);
      if (day === undefined || day < 1 || day > daysInMonth(year, month)) return undefined;
      return dayPeriod(index + 5, formatIsoDate(year, month, day));
    }
    return monthPeriod(index + 3, year, month);
  }
  if (isPrecededByMoney(scan, index) || lowerAt(scan, index + 1) !== '/' || !glued(scan, index, index + 1)) return undefined;
  const first = integerAt(scan, index);
  const second = integerAt(scan, index + 2);
  const third = integerAt(scan, index + 4);
  if (first === undefined || second === undefined || third === undefined || lowerAt(scan, index + 3) !== '/') return undefined;
  if (!glued(scan, index + 1, index + 2) || !glued(scan, index + 2, index + 3) || !glued(scan, index + 3, index + 4)) return undefined;
  const yearText = scan.tokens[index + 4].text;
  if (yearText.length !== 2 && yearText.length !== 4) return undefined;
  const fullYear = yearText.length === 2 ? (third <= 50 ? 2000 + third : 1900 + third) : third;
  const [month, day] = first > 12 ? [second, first] : [first, second];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(fullYear, month)) return undefined;
  return dayPeriod(index + 5, formatIsoDate(fullYear, month, day));
};

function twoDigitsAt(scan: Scan, index: number): number | undefined {
  const token = scan.tokens[index];
  return token && token.text.length === 2 ? integerAt(scan, index) : undefined;
}

function isPrecededByMoney(scan: Scan, index: number): boolean {
  const before = lowerAt(scan, index - 1);
  return NOT_YEAR_BEFORE.has(before) || (before === '.' && lowerAt(scan, index - 2) === 'rs');
}

/**
 * A bare four-digit number as a year. Numbers between 1900 and 2099 are years unless a count
 * noun follows ("2000 employees"); other four-digit numbers need a temporal word before them
 * ("in 1492"). Model names ("S400", "A380") are glued to letters and never years.
 */
const readYear: PeriodReader = (scan, index) => {
  const year = yearDigitsAt(scan, index);
  if (year === undefined) return undefined;
  const before = index > 0 ? scan.tokens[index - 1] : undefined;
  if (before && glued(scan, index - 1, index) && /[a-z0-9]/i.test(before.text) && !YEAR_CONTEXT_BEFORE.has(before.lower)) return undefined;
  // After a hyphen only a year range ("1990-2000") or a temporal prefix ("mid-2011") makes a year.
  if (before && HYPHENS.has(before.text) && glued(scan, index - 1, index) && !YEAR_CONTEXT_BEFORE.has(lowerAt(scan, index - 2)) && yearDigitsAt(scan, index - 2) === undefined) return undefined;
  if (isGluedHyphen(scan, index + 1) && /^[a-z]/i.test(lowerAt(scan, index + 2))) return undefined;
  if (isPrecededByMoney(scan, index)) return undefined;
  const after = scan.tokens[index + 1];
  if (after && glued(scan, index, index + 1) && /^[a-z0-9%]/i.test(after.text)) return undefined;
  const afterWord = after ? after.lower : '';
  if (COUNT_AFTER_NUMBER.has(afterWord)) return undefined;
  const inContext = before !== undefined && YEAR_CONTEXT_BEFORE.has(before.lower);
  if (!inContext) {
    if (year < 1900 || year > 2099) return undefined;
    if (after && isPluralNoun(after) && !(before && before.lower === 'the')) return undefined;
  }
  return yearPeriod(index + 1, year);
};

/** A lower-case word ending in -s, as counted things are: "employees", "units". */
function isPluralNoun(token: Token): boolean {
  return token.text.length > 3 && token.text === token.lower && token.lower.endsWith('s') && !token.lower.endsWith('ss');
}

/** "the 1990s", "1990s", "the '90s". */
const readDecade: PeriodReader = (scan, index) => {
  let cursor = lowerAt(scan, index) === 'the' ? index + 1 : index;
  let digits: number | undefined;
  let decadeStart: number;
  if ((lowerAt(scan, cursor) === "'" || lowerAt(scan, cursor) === '’') && glued(scan, cursor, cursor + 1)) {
    const short = twoDigitsAt(scan, cursor + 1);
    if (short === undefined || short % 10 !== 0) return undefined;
    decadeStart = short >= 30 ? 1900 + short : 2000 + short;
    cursor += 1;
    digits = short;
  } else {
    digits = yearDigitsAt(scan, cursor);
    if (digits === undefined || digits % 10 !== 0) return undefined;
    decadeStart = digits;
  }
  if (lowerAt(scan, cursor + 1) !== 's' || !glued(scan, cursor, cursor + 1)) return undefined;
  return {
    next: cursor + 2,
    timex: String(Math.floor(decadeStart / 10)),
    type: 'DATE',
    range: { earliest: yearRange(decadeStart).earliest, latest: yearRange(decadeStart + 9).latest },
    relative: false,
  };
};

/** "Friday", "Friday morning", "Friday, February 25, 2022". */
const readWeekday: PeriodReader = (scan, index) => {
  const token = scan.tokens[index];
  let weekday = WEEKDAY_NAMES.get(token.lower);
  let cursor = index + 1;
  if (weekday === undefined) {
    weekday = WEEKDAY_ABBREVIATIONS.get(token.lower);
    if (weekday === undefined || lowerAt(scan, cursor) !== '.' || !glued(scan, index, cursor)) return undefined;
    cursor++;
  }
  if (!isCapitalised(token)) return undefined;
  // A weekday before a full date only names the date's weekday: the date carries the value.
  const dateIndex = lowerAt(scan, cursor) === ',' ? cursor + 1 : cursor;
  const date = readMonthDate(scan, dateIndex) ?? readDayMonth(scan, dateIndex);
  if (date) return date;
  const tense = tenseAt(scan, index);
  const due = nearestWeekday(scan.reference.date, weekday, tense === 'future' ? 1 : -1);
  return withPartOfDay(scan, dayPeriod(cursor, due, true, tenseReason(tense)));
};

/** "… morning" after a day makes it a time: "Friday morning" → `2010-07-16TMO`. */
function withPartOfDay(scan: Scan, period: Period): Period {
  const part = PARTS_OF_DAY.get(lowerAt(scan, period.next));
  if (!part || !period.range) return period;
  return { ...period, next: period.next + 1, timex: `${period.range.earliest}T${part}`, type: 'TIME' };
}

/** "today", "yesterday", "tomorrow morning", "tonight", "this morning", "last night". */
const readRelativeDay: PeriodReader = (scan, index) => {
  const word = lowerAt(scan, index);
  const relative = RELATIVE_DAYS.get(word);
  if (relative) {
    if (isGluedHyphen(scan, index + 1)) return undefined;
    const date = addDays(scan.reference.date, relative.days);
    const period = dayPeriod(index + 1, date, true);
    if (relative.partOfDay) return { ...period, timex: `${date}T${relative.partOfDay}`, type: 'TIME' };
    return withPartOfDay(scan, period);
  }
  const part = PARTS_OF_DAY.get(lowerAt(scan, index + 1));
  if (!part) return undefined;
  if (word === 'this') return { ...dayPeriod(index + 2, scan.reference.date, true), timex: `${scan.reference.date}T${part}`, type: 'TIME' };
  if (word === 'last' && part === 'NI') {
    const date = addDays(scan.reference.date, -1);
    return { ...dayPeriod(index + 2, date, true), timex: `${date}T${part}`, type: 'TIME' };
  }
  return undefined;
};

/** "now", "currently", "recently", "more recently", "in the past", "the future". */
const readReferenceWord: PeriodReader = (scan, index) => {
  let cursor = index;
  if ((lowerAt(scan, cursor) === 'more' || lowerAt(scan, cursor) === 'most') && lowerAt(scan, cursor + 1) === 'recently') cursor++;
  const value = REFERENCE_WORDS.get(lowerAt(scan, cursor));
  if (value) {
    if (isGluedHyphen(scan, cursor + 1)) return undefined;
    return { next: cursor + 1, timex: value, type: 'DATE', relative: true };
  }
  if (lowerAt(scan, index) === 'the' && lowerAt(scan, index - 1) === 'in') {
    const named = THE_REFERENCE.get(lowerAt(scan, index + 1));
    if (named && !PERIOD_NOUNS.has(lowerAt(scan, index + 2)) && !DURATION_UNITS.has(lowerAt(scan, index + 2))) {
      return { next: index + 2, timex: named, type: 'DATE', relative: true };
    }
  }
  if (lowerAt(scan, index) === 'recent' && DURATION_UNITS.get(lowerAt(scan, index + 1))?.plural) {
    return { next: index + 2, timex: 'PAST_REF', type: 'DATE', relative: true };
  }
  return undefined;
};

const THE_REFERENCE: ReadonlyMap<string, string> = new Map([
  ['past', 'PAST_REF'],
  ['future', 'FUTURE_REF'],
  ['present', 'PRESENT_REF'],
]);

/**
 * "last week", "this year", "next month", "the last quarter", "this weekend", "last November",
 * "next Friday", "this summer", "later this year", "earlier this month".
 */
const readShiftedPeriod: PeriodReader = (scan, index) => {
  let cursor = index;
  if (lowerAt(scan, cursor) === 'later' || lowerAt(scan, cursor) === 'earlier') cursor++;
  if (lowerAt(scan, cursor) === 'the' && cursor === index) cursor++;
  const shiftWord = lowerAt(scan, cursor);
  const shift = PERIOD_SHIFTS.get(shiftWord);
  if (shift === undefined) return undefined;
  const hasThe = lowerAt(scan, cursor - 1) === 'the';
  // "the following week" is anchored to an event in the text, not to the reference date.
  if (shiftWord === 'following') return undefined;
  const nounIndex = cursor + 1;
  const noun = lowerAt(scan, nounIndex);
  const reference = scan.reference.date;
  const today = parseIsoDate(reference);
  const granularity = PERIOD_NOUNS.get(noun);
  if (granularity) {
    // "the past decade" and "the last year" are spans ending now, read by the duration reader.
    if (hasThe && shift < 0 && granularity !== 'quarter') return undefined;
    return shiftedPeriod(nounIndex + 1, reference, granularity, shift);
  }
  const month = MONTH_NAMES.get(noun);
  if (month && !month.abbreviation && isCapitalised(scan.tokens[nounIndex])) {
    const year = shift === 0 ? today.year : shift < 0 ? (month.month < today.month ? today.year : today.year - 1) : month.month > today.month ? today.year : today.year + 1;
    return monthPeriod(nounIndex + 1, year, month.month, true);
  }
  const weekday = WEEKDAY_NAMES.get(noun);
  if (weekday !== undefined && isCapitalised(scan.tokens[nounIndex])) {
    const due = shift < 0 ? nearestWeekday(addDays(reference, -1), weekday, -1) : nearestWeekday(addDays(reference, shift > 0 ? 1 : 0), weekday, 1);
    return withPartOfDay(scan, dayPeriod(nounIndex + 1, due, true));
  }
  const season = SEASONS.get(noun);
  if (season) {
    const year = shift === 0 ? today.year : shift < 0 ? (season.firstMonth < today.month ? today.year - (season.lastMonth >= today.month ? 1 : 0) : today.year - 1) : season.firstMonth > today.month ? today.year : today.year + 1;
    return seasonPeriod(nounIndex + 1, year, season.code, season.firstMonth, season.lastMonth, true);
  }
  return undefined;
};

function shiftedPeriod(next: number, reference: IsoDate, granularity: string, shift: number): Period | undefined {
  const today = parseIsoDate(reference);
  switch (granularity) {
    case 'year':
      return yearPeriod(next, today.year + shift, true);
    case 'month': {
      const date = addMonths(formatIsoDate(today.year, today.month, 1), shift);
      const parsed = parseIsoDate(date);
      return monthPeriod(next, parsed.year, parsed.month, true);
    }
    case 'week':
    case 'weekend': {
      const day = addDays(reference, shift * 7);
      const week = isoWeekRange(day);
      const label = formatIsoWeek(isoWeek(day));
      if (granularity === 'week') return { next, timex: label, type: 'DATE', range: week, relative: true };
      return { next, timex: `${label}-WE`, type: 'DATE', range: { earliest: addDays(week.earliest, 5), latest: week.latest }, relative: true };
    }
    case 'quarter': {
      const index = today.year * 4 + quarterOf(reference) - 1 + shift;
      const year = Math.floor(index / 4);
      const quarter = index - year * 4 + 1;
      return { next, timex: `${year}-Q${quarter}`, type: 'DATE', range: quarterRange(year, quarter), relative: true };
    }
    case 'decade': {
      const decade = Math.floor(today.year / 10) + shift;
      return { next, timex: String(decade), type: 'DATE', range: { earliest: yearRange(decade * 10).earliest, latest: yearRange(decade * 10 + 9).latest }, relative: true };
    }
    case 'century': {
      const century = Math.floor(today.year / 100) + shift;
      return { next, timex: String(century), type: 'DATE', range: { earliest: yearRange(century * 100).earliest, latest: yearRange(century * 100 + 99).latest }, relative: true };
    }
    default:
      return undefined;
  }
}

function seasonPeriod(next: number, year: number, code: string, firstMonth: number, lastMonth: number, relative: boolean): Period {
  const range = lastMonth > 12
    ? { earliest: monthRange(year, firstMonth).earliest, latest: monthRange(year + 1, lastMonth - 12).latest }
    : monthsRange(year, firstMonth, lastMonth);
  return { next, timex: `${year}-${code}`, type: 'DATE', range, relative };
}

/** "summer 2024", "the summer of 2024", "in the spring", "Summer". */
const readSeason: PeriodReader = (scan, index) => {
  const season = SEASONS.get(lowerAt(scan, index));
  if (!season) return undefined;
  let cursor = index + 1;
  if (lowerAt(scan, cursor) === 'of') cursor++;
  const year = yearDigitsAt(scan, cursor);
  if (year !== undefined) return seasonPeriod(cursor + 1, year, season.code, season.firstMonth, season.lastMonth, false);
  const before = lowerAt(scan, index - 1);
  const determined = before === 'the' || before === 'in' || before === 'during' || before === 'this' || before === 'by';
  if (!determined || (season.needsContext && lowerAt(scan, index + 1) === 'of')) return undefined;
  const resolved = yearForMonth(scan, index, season.firstMonth);
  return seasonPeriod(index + 1, resolved.year, season.code, season.firstMonth, season.lastMonth, true);
};

/** "Q3 2024", "the third quarter of 2009", "first-quarter", "the second half of 2024", "H1 2025". */
const readQuarter: PeriodReader = (scan, index) => {
  let cursor = index;
  if (lowerAt(scan, cursor) === 'the') cursor++;
  let ordinal: number | undefined;
  let unit: 'Q' | 'H' | undefined;
  const word = lowerAt(scan, cursor);
  if ((word === 'q' || word === 'h') && glued(scan, cursor, cursor + 1)) {
    ordinal = integerAt(scan, cursor + 1);
    unit = word === 'q' ? 'Q' : 'H';
    cursor += 2;
  } else {
    ordinal = PERIOD_ORDINALS.get(word);
    if (ordinal === undefined) return undefined;
    cursor++;
    if (isGluedHyphen(scan, cursor)) cursor++;
    const noun = lowerAt(scan, cursor);
    unit = noun === 'quarter' ? 'Q' : noun === 'half' ? 'H' : undefined;
    cursor++;
  }
  if (!unit || ordinal === undefined || ordinal < 1 || ordinal > (unit === 'Q' ? 4 : 2)) return undefined;
  if (unit === 'Q' && lowerAt(scan, cursor) === 'of' && (lowerAt(scan, cursor + 1) === 'a' || lowerAt(scan, cursor + 1) === 'the' && !PERIOD_NOUNS.has(lowerAt(scan, cursor + 2)) && !PERIOD_SHIFTS.has(lowerAt(scan, cursor + 2)))) {
    return undefined;
  }
  const explicit = readYearAfter(scan, cursor);
  const reference = parseIsoDate(scan.reference.date);
  let year = explicit?.year;
  let reason: string | undefined;
  if (year === undefined) {
    const tense = tenseAt(scan, index);
    const current = unit === 'Q' ? quarterOf(scan.reference.date) : reference.month <= 6 ? 1 : 2;
    year = tense === 'past' && ordinal >= current ? reference.year - 1 : tense === 'future' && ordinal < current ? reference.year + 1 : reference.year;
    if (tense === 'past' && ordinal < current) year = reference.year;
    reason = tenseReason(tense);
  }
  const next = explicit?.next ?? cursor;
  const range = unit === 'Q' ? quarterRange(year, ordinal) : monthsRange(year, ordinal * 6 - 5, ordinal * 6);
  return { next, timex: `${year}-${unit}${ordinal}`, type: 'DATE', range, relative: explicit === undefined || explicit.relative, reason };
};

/** A year after a period name: "2024", "of 2009", "of this year", "of last year", "of the year". */
function readYearAfter(scan: Scan, index: number): { year: number; next: number; relative: boolean } | undefined {
  let cursor = index;
  if (lowerAt(scan, cursor) === ',' ) cursor++;
  const hasOf = lowerAt(scan, cursor) === 'of';
  if (hasOf) cursor++;
  const year = yearDigitsAt(scan, cursor);
  if (year !== undefined) return { year, next: cursor + 1, relative: false };
  if (!hasOf) return undefined;
  const reference = parseIsoDate(scan.reference.date).year;
  const shift = PERIOD_SHIFTS.get(lowerAt(scan, cursor));
  if (shift !== undefined && lowerAt(scan, cursor + 1) === 'year') return { year: reference + shift, next: cursor + 2, relative: true };
  if (lowerAt(scan, cursor) === 'the' && lowerAt(scan, cursor + 1) === 'year') return { year: reference, next: cursor + 2, relative: true };
  return undefined;
}

/** "FY2024", "FY24", "fiscal 2023", "fiscal year 2023", "the financial year". */
const readFiscalYear: PeriodReader = (scan, index) => {
  const word = lowerAt(scan, index);
  if (word === 'fy') {
    let cursor = index + 1;
    const digits = scan.tokens[cursor];
    if (!digits || !digits.isNumber) return undefined;
    const value = integerAt(scan, cursor);
    if (value === undefined || (digits.text.length !== 2 && digits.text.length !== 4)) return undefined;
    let year = digits.text.length === 2 ? 2000 + value : value;
    cursor++;
    // "FY2023-24" names the year the fiscal year ends in.
    if (isGluedHyphen(scan, cursor) && integerAt(scan, cursor + 1) !== undefined) {
      const end = scan.tokens[cursor + 1].text;
      year = end.length === 2 ? Math.floor(year / 100) * 100 + Number(end) : Number(end);
      cursor += 2;
    }
    return { next: cursor, timex: `FY${year}`, type: 'DATE', relative: false };
  }
  if (word !== 'fiscal' && word !== 'financial') return undefined;
  let cursor = index + 1;
  if (lowerAt(scan, cursor) === 'year') cursor++;
  const year = yearDigitsAt(scan, cursor);
  if (year !== undefined) return { next: cursor + 1, timex: `FY${year}`, type: 'DATE', relative: false };
  if (cursor === index + 1) return undefined;
  const before = lowerAt(scan, index - 1);
  const shift = PERIOD_SHIFTS.get(before) ?? (before === 'the' ? 0 : undefined);
  if (shift === undefined) return undefined;
  const current = parseIsoDate(scan.reference.date).year + shift;
  return { next: cursor, timex: `FY${current}`, type: 'DATE', relative: true };
};

/**
 * "early 2009", "mid-2011", "late last year", "mid-August", "the end of 2025", "the beginning
 * of the year". The value is the whole period, as MEANTIME writes it, except mid-year, which
 * MEANTIME writes as June (`2011-06-XX`); the range narrows to the part, so "by mid-2023" is
 * due at the end of June and "by early 2025" at the end of April.
 */
const readPartOfPeriod: PeriodReader = (scan, index) => {
  let cursor = index;
  const hasThe = lowerAt(scan, cursor) === 'the';
  if (hasThe) cursor++;
  if (hasThe && lowerAt(scan, cursor) === 'very') cursor++;
  const part = PERIOD_PARTS.get(lowerAt(scan, cursor));
  if (!part) return undefined;
  const partWord = lowerAt(scan, cursor);
  cursor++;
  const needsOf = partWord === 'beginning' || partWord === 'start' || partWord === 'end' || partWord === 'middle' || partWord === 'close';
  if (needsOf) {
    if (lowerAt(scan, cursor) !== 'of') return undefined;
    cursor++;
  } else if (isGluedHyphen(scan, cursor)) {
    cursor++;
  }
  const inner = readInnerPeriod(scan, cursor);
  if (!inner) return undefined;
  // Fiscal years have no calendar range (their start differs by country): the part keeps the value.
  if (!inner.range) return inner.timex.startsWith('FY') ? inner : undefined;
  return narrowToPart(inner, part);
};

/** The period after "early", "mid-" or "the end of". */
function readInnerPeriod(scan: Scan, index: number): Period | undefined {
  if (lowerAt(scan, index) === 'the' && (lowerAt(scan, index + 1) === 'financial' || lowerAt(scan, index + 1) === 'fiscal')) {
    return readFiscalYear(scan, index + 1);
  }
  if (lowerAt(scan, index) === 'the' && PERIOD_NOUNS.has(lowerAt(scan, index + 1))) {
    return shiftedPeriod(index + 2, scan.reference.date, PERIOD_NOUNS.get(lowerAt(scan, index + 1)) ?? '', 0);
  }
  return readShiftedPeriod(scan, index) ?? readDecade(scan, index) ?? readMonthDate(scan, index) ?? readYearInContext(scan, index);
}

function readYearInContext(scan: Scan, index: number): Period | undefined {
  const year = yearDigitsAt(scan, index);
  if (year === undefined || (glued(scan, index, index + 1) && lowerAt(scan, index + 1) === 's')) return undefined;
  return yearPeriod(index + 1, year);
}

function narrowToPart(period: Period, part: 'start' | 'mid' | 'end'): Period {
  const range = period.range;
  if (!range) return period;
  const first = parseIsoDate(range.earliest);
  const last = parseIsoDate(range.latest);
  const isYear = /^\d{4}$/.test(period.timex);
  if (isYear) {
    const year = first.year;
    const months = PART_MONTHS[part];
    const timex = part === 'mid' ? `${year}-06-XX` : period.timex;
    const narrowed = part === 'mid' ? monthRange(year, 6) : monthsRange(year, months[0], months[1]);
    return { ...period, timex, range: narrowed };
  }
  if (/^\d{4}-\d{2}$/.test(period.timex)) {
    const days = PART_DAYS[part];
    const lastDay = Math.min(days[1], last.day);
    return { ...period, range: { earliest: formatIsoDate(first.year, first.month, days[0]), latest: formatIsoDate(first.year, first.month, lastDay) } };
  }
  if (/^\d{3}$/.test(period.timex)) {
    const years = PART_DECADE_YEARS[part];
    return { ...period, range: { earliest: yearRange(first.year + years[0]).earliest, latest: yearRange(first.year + years[1]).latest } };
  }
  return period;
}

const PART_MONTHS: Readonly<Record<'start' | 'mid' | 'end', [number, number]>> = { start: [1, 4], mid: [5, 8], end: [9, 12] };
const PART_DAYS: Readonly<Record<'start' | 'mid' | 'end', [number, number]>> = { start: [1, 10], mid: [11, 20], end: [21, 31] };
const PART_DECADE_YEARS: Readonly<Record<'start' | 'mid' | 'end', [number, number]>> = { start: [0, 3], mid: [4, 6], end: [7, 9] };

/** "Christmas", "New Year's Day", resolved to the nearest one the tense allows. */
const readHoliday: PeriodReader = (scan, index) => {
  if (!isCapitalised(scan.tokens[index])) return undefined;
  for (const holiday of HOLIDAYS) {
    if (!matchWords(scan, index, holiday.words)) continue;
    let cursor = index + holiday.words.length;
    const year = yearDigitsAt(scan, cursor);
    if (year !== undefined) return dayPeriod(cursor + 1, formatIsoDate(year, holiday.month, holiday.day));
    const resolved = yearForMonthDay(scan, index, holiday.month, holiday.day);
    cursor = index + holiday.words.length;
    return dayPeriod(cursor, formatIsoDate(resolved.year, holiday.month, holiday.day), true, tenseReason(resolved.tense));
  }
  return undefined;
};

/** "18:00 UTC", "6:40 p.m. (GMT +8)", "6 pm", anchored to the last day named in the sentence. */
const readClockTime: PeriodReader = (scan, index) => {
  const token = scan.tokens[index];
  if (!token.isNumber || isPrecededByMoney(scan, index)) return undefined;
  let hour: number;
  let minute = 0;
  const clock = /^(\d{1,2}):(\d{2})$/.exec(token.text);
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
    if (hour > 24 || minute > 59) return undefined;
  } else {
    const value = integerAt(scan, index);
    if (value === undefined || value < 1 || value > 12 || token.text.length > 2) return undefined;
    hour = value;
  }
  let cursor = index + 1;
  const meridiem = readMeridiem(scan, cursor);
  if (meridiem) {
    if (hour > 12) return undefined;
    if (meridiem.pm && hour < 12) hour += 12;
    if (!meridiem.pm && hour === 12) hour = 0;
    cursor = meridiem.next;
  } else if (!clock) {
    return undefined;
  }
  let zone = '';
  const zoneWord = lowerAt(scan, cursor);
  if (zoneWord === 'utc' || zoneWord === 'gmt' || zoneWord === 'z') {
    zone = 'Z';
    cursor++;
  }
  if (lowerAt(scan, cursor) === '(' && (lowerAt(scan, cursor + 1) === 'gmt' || lowerAt(scan, cursor + 1) === 'utc')) {
    for (let close = cursor + 2; close <= cursor + 5 && close < scan.tokens.length; close++) {
      if (scan.tokens[close].text !== ')') continue;
      cursor = close + 1;
      break;
    }
  }
  if (!clock && !meridiem) return undefined;
  const day = scan.anchorDay ?? scan.reference.date;
  return { next: cursor, timex: `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zone}`, type: 'TIME', range: { earliest: day, latest: day }, relative: scan.anchorDay === undefined };
};

/** "a.m.", "p.m.", "am", "pm", glued or not, but never a lone "a" ("$105 a barrel"). */
function readMeridiem(scan: Scan, index: number): { pm: boolean; next: number } | undefined {
  const word = lowerAt(scan, index);
  if (word === 'am' || word === 'pm') return { pm: word === 'pm', next: index + 1 };
  if ((word === 'a' || word === 'p') && lowerAt(scan, index + 1) === '.' && lowerAt(scan, index + 2) === 'm' && glued(scan, index, index + 1) && glued(scan, index + 1, index + 2)) {
    const next = lowerAt(scan, index + 3) === '.' && glued(scan, index + 2, index + 3) ? index + 4 : index + 3;
    return { pm: word === 'p', next };
  }
  return undefined;
}

/**
 * Readers of a period, most specific first, each with the tokens it can start at: `words` (lower
 * case) and, with `numbers`, digit tokens. A reader is asked only at such a token; listing a word
 * a reader then turns down costs a call, leaving one out loses readings, so the lists follow the
 * first test of each reader.
 */
const PERIOD_READERS = startBits([
  { read: readNumericDate, words: [], numbers: true },
  { read: readMonthDate, words: [...MONTH_NAMES.keys()] },
  { read: readDayMonth, words: [], numbers: true },
  { read: readDecade, words: ['the', "'", '’'], numbers: true },
  { read: readQuarter, words: ['the', 'q', 'h', ...PERIOD_ORDINALS.keys()] },
  { read: readFiscalYear, words: ['fy', 'fiscal', 'financial'] },
  { read: readPartOfPeriod, words: ['the', ...PERIOD_PARTS.keys()] },
  { read: readShiftedPeriod, words: ['later', 'earlier', 'the', ...PERIOD_SHIFTS.keys()] },
  { read: readSeason, words: [...SEASONS.keys()] },
  { read: readWeekday, words: [...WEEKDAY_NAMES.keys(), ...WEEKDAY_ABBREVIATIONS.keys()] },
  { read: readRelativeDay, words: ['this', 'last', ...RELATIVE_DAYS.keys()] },
  { read: readHoliday, words: HOLIDAYS.map((holiday) => holiday.words[0]) },
  { read: readClockTime, words: [], numbers: true },
  { read: readReferenceWord, words: ['more', 'most', 'the', 'recent', ...REFERENCE_WORDS.keys()] },
  { read: readYear, words: [], numbers: true },
], 0);

function readPeriod(scan: Scan, index: number): Period | undefined {
  if (index < 0 || index >= scan.tokens.length) return undefined;
  let period = scan.periods[index];
  if (period === undefined) scan.periods[index] = period = readLongestPeriod(scan, index) ?? null;
  return period ?? undefined;
}

function readLongestPeriod(scan: Scan, index: number): Period | undefined {
  let best: Period | undefined;
  const starts = scan.tokens[index].starts;
  for (let at = 0; at < PERIOD_READERS.length; at++) {
    if ((starts & PERIOD_READERS[at].bit) === 0) continue;
    const period = PERIOD_READERS[at].read(scan, index);
    if (period && (!best || period.next > best.next)) best = period;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------------------------

interface Duration {
  next: number;
  /** Undefined for vague counts: "several years". */
  amount?: number;
  /** Upper end of "two to three years". */
  amountMax?: number;
  unit: DurationUnit;
}

interface Count {
  next: number;
  value?: number;
  max?: number;
  /** Written as digits or a number word other than "a"/"an". */
  explicit: boolean;
}

/** "two", "18", "a", "twenty-five", "two and a half", "half a", "a few", "several", "two to three". */
function readCount(scan: Scan, index: number, allowRange = true): Count | undefined {
  const single = readSingleCount(scan, index);
  if (!single) return undefined;
  if (!allowRange || single.value === undefined) return single;
  const joiner = lowerAt(scan, single.next);
  const isJoiner = joiner === 'to' || joiner === 'or' || (HYPHENS.has(joiner) && scan.tokens[single.next] !== undefined);
  if (!isJoiner) return single;
  const upper = readSingleCount(scan, single.next + 1);
  if (!upper || upper.value === undefined || upper.value <= single.value || !upper.explicit) return single;
  return { next: upper.next, value: single.value, max: upper.value, explicit: true };
}

function readSingleCount(scan: Scan, index: number): Count | undefined {
  const token = scan.tokens[index];
  if (!token) return undefined;
  if (token.isNumber) {
    if (!/^\d{1,4}(?:\.\d+)?$/.test(token.text) || isPrecededByMoney(scan, index)) return undefined;
    return withHalf(scan, { next: index + 1, value: Number(token.text), explicit: true });
  }
  const word = token.lower;
  if (word === 'a' || word === 'an') {
    const nextWord = lowerAt(scan, index + 1);
    if (nextWord === 'few' || nextWord === 'couple') return { next: nextWord === 'couple' && lowerAt(scan, index + 2) === 'of' ? index + 3 : index + 2, value: nextWord === 'couple' ? 2 : undefined, explicit: true };
    if (nextWord === 'half') return undefined;
    return { next: index + 1, value: 1, explicit: false };
  }
  if (word === 'half' && (lowerAt(scan, index + 1) === 'a' || lowerAt(scan, index + 1) === 'an')) return { next: index + 2, value: 0.5, explicit: true };
  if (VAGUE_COUNTS.has(word)) return { next: index + 1, explicit: true };
  const value = DURATION_NUMBERS.get(word);
  if (value === undefined || word === 'half' || word === 'couple') return undefined;
  let next = index + 1;
  let total = value;
  // "twenty-five"
  if (value >= 20 && value < 100 && isGluedHyphen(scan, next)) {
    const unit = DURATION_NUMBERS.get(lowerAt(scan, next + 1));
    if (unit !== undefined && unit < 10) {
      total += unit;
      next += 2;
    }
  }
  return withHalf(scan, { next, value: total, explicit: true });
}

/** "two and a half" */
function withHalf(scan: Scan, count: Count): Count {
  if (matchWords(scan, count.next, ['and', 'a', 'half']) && count.value !== undefined) {
    return { ...count, next: count.next + 3, value: count.value + 0.5 };
  }
  return count;
}

/**
 * "six months", "two to three years", "almost two and a half years", "fifty-year", "12-hour",
 * "a year and a half", "decades-long". Ages ("56-year-old") are not durations.
 */
function readDuration(scan: Scan, index: number): Duration | undefined {
  if (index < 0 || index >= scan.tokens.length) return undefined;
  let duration = scan.durations[index];
  if (duration === undefined) scan.durations[index] = duration = (scan.tokens[index].starts & DURATION_START) !== 0 ? readDurationAt(scan, index) ?? null : null;
  return duration ?? undefined;
}

function readDurationAt(scan: Scan, index: number): Duration | undefined {
  let cursor = index;
  if (APPROXIMATORS.has(lowerAt(scan, cursor)) && lowerAt(scan, cursor + 1) !== 'a' && lowerAt(scan, cursor + 1) !== 'an') cursor++;
  let count = readCount(scan, cursor);
  if (!count && cursor > index) {
    cursor = index;
    count = readCount(scan, cursor);
  }
  if (!count) return readVaguePluralUnit(scan, index);
  let unitIndex = count.next;
  const hyphenated = isGluedHyphen(scan, unitIndex);
  if (hyphenated) unitIndex++;
  const unitWord = lowerAt(scan, unitIndex);
  const unit = DURATION_UNITS.get(unitWord);
  if (!unit) return undefined;
  if (unit.needsCount && !count.explicit) return undefined;
  if (unit.unit === 'Q' && lowerAt(scan, unitIndex + 1) === 'of') return undefined;
  if (hyphenated && unit.plural) return undefined;
  // A singular unit after a plural count is a compound, not a duration ("two year-old children").
  if (!hyphenated && count.value !== undefined && count.value > 1 && !unit.plural && count.max === undefined && unit.unit !== 'Q') {
    if (!/^\d/.test(scan.tokens[cursor].text)) return undefined;
  }
  let next = unitIndex + 1;
  if (isAge(scan, next)) return undefined;
  let amount = count.value;
  if (matchWords(scan, next, ['and', 'a', 'half']) && amount !== undefined) {
    amount += 0.5;
    next += 3;
  }
  if (isGluedHyphen(scan, next) && lowerAt(scan, next + 1) === 'long') next += 2;
  return { next, amount, amountMax: count.max, unit: unit.unit };
}

/** "-old" or "old" after a duration makes an age: "56-year-old", "two years old". */
function isAge(scan: Scan, index: number): boolean {
  if (isGluedHyphen(scan, index) && lowerAt(scan, index + 1) === 'old') return true;
  return lowerAt(scan, index) === 'old';
}

/** "decades-long", "years-long" */
function readVaguePluralUnit(scan: Scan, index: number): Duration | undefined {
  const unit = DURATION_UNITS.get(lowerAt(scan, index));
  if (!unit || !unit.plural || !isGluedHyphen(scan, index + 1) || lowerAt(scan, index + 2) !== 'long') return undefined;
  return { next: index + 3, unit: unit.unit };
}

function durationTimex(unit: DurationUnit, amount: number | undefined): string {
  const written = TIMEX_UNIT[unit];
  const count = amount === undefined ? 'X' : String(Math.round(amount * written.factor * 1000) / 1000);
  return `P${written.time ? 'T' : ''}${count}${written.letter}`;
}

function durationText(duration: Duration): string {
  return duration.amountMax === undefined ? durationTimex(duration.unit, duration.amount) : durationTimex(duration.unit, duration.amountMax);
}

// ---------------------------------------------------------------------------------------------
// Recognisers: what becomes a fact
// ---------------------------------------------------------------------------------------------

/** A calendar expression on its own: "February 26, 2022", "Friday", "1979", "this week". */
const recognisePeriod: Recogniser = (scan, index) => {
  const period = readPeriod(scan, index);
  if (!period) return undefined;
  const reading: Reading = { next: period.next, kind: 'date', timexType: period.type, timex: period.timex, relative: period.relative, reason: period.reason };
  if (period.range) {
    if (period.range.earliest === period.range.latest) reading.due = period.range.earliest;
    else reading.range = period.range;
  }
  return reading;
};

/**
 * A bound before a period: "before August 2019", "pre-1979", "by mid-2023", "since 2014",
 * "until October 2007", "no later than June". A bound still ahead of the reference date is a
 * deadline; "before X" is due the day before X starts.
 */
const recogniseBound: Recogniser = (scan, index) => {
  let bound: TemporalBound | undefined;
  let cursor = index;
  const phrase = BOUND_PHRASES.find((candidate) => matchWords(scan, index, candidate.words));
  if (phrase) {
    bound = phrase.bound;
    cursor += phrase.words.length;
  } else {
    const word = lowerAt(scan, index);
    bound = BOUND_WORDS.get(word);
    if (!bound) return undefined;
    cursor++;
    const prefix = word === 'pre' || word === 'post';
    if (prefix !== isGluedHyphen(scan, cursor)) {
      if (prefix) return undefined;
    }
    if (prefix) cursor++;
  }
  const period = readPeriod(scan, cursor);
  if (!period || !period.range) return undefined;
  const reference = scan.reference.date;
  const reading: Reading = { next: period.next, kind: 'date', timexType: period.type, timex: period.timex, bound, relative: period.relative, reason: period.reason };
  switch (bound) {
    case 'before': {
      reading.due = addDays(period.range.earliest, -1);
      if (period.range.earliest > reference) reading.kind = 'deadline';
      break;
    }
    case 'by':
    case 'until': {
      reading.due = period.range.latest;
      if (period.range.latest >= reference) reading.kind = 'deadline';
      break;
    }
    case 'since':
      reading.range = { earliest: period.range.earliest, latest: reference > period.range.earliest ? reference : period.range.latest };
      break;
    case 'after':
      // Open-ended: the first day after the period is the one date the text commits to.
      reading.due = addDays(period.range.latest, 1);
      break;
  }
  return reading;
};

/**
 * Deadlines counted from the reference date: "in six months", "within a year", "in the next
 * two to three years", "in six months to one year", "over the next four years", "two years
 * from now". "In" is a span, not a deadline, after a superlative: "the first time in two years".
 */
const recogniseDeadlineDuration: Recogniser = (scan, index) => {
  const word = lowerAt(scan, index);
  let cursor = index;
  const startsWithPreposition = DEADLINE_PREPOSITIONS.has(word);
  if (startsWithPreposition) cursor++;
  const hasNext = lowerAt(scan, cursor) === 'the' && (lowerAt(scan, cursor + 1) === 'next' || lowerAt(scan, cursor + 1) === 'coming');
  if (hasNext) cursor += 2;
  if (!hasNext && !(word === 'in' || word === 'within' || word === 'inside')) return undefined;
  if (word === 'in' && !hasNext && SPAN_BEFORE_IN.has(lowerAt(scan, index - 1))) return undefined;
  let duration = readDuration(scan, cursor);
  if (!duration && hasNext) {
    // "the next year", "the coming months"
    const unit = DURATION_UNITS.get(lowerAt(scan, cursor));
    if (!unit || unit.needsCount) return undefined;
    duration = { next: cursor + 1, amount: unit.plural ? undefined : 1, unit: unit.unit };
  }
  if (!duration) return undefined;
  if (isAgoOrRelative(scan, duration.next)) return undefined;
  let upper: Duration | undefined;
  const joiner = lowerAt(scan, duration.next);
  if ((joiner === 'to' || joiner === 'or') && duration.amountMax === undefined) upper = readDuration(scan, duration.next + 1);
  let next = upper ? upper.next : duration.next;
  if (matchWords(scan, next, ["'", 'time']) || matchWords(scan, next, ['’', 'time'])) next += 2;
  else if (lowerAt(scan, next) === 'time' && lowerAt(scan, next - 1) === "'") next += 1;
  const first = startsWithPreposition || hasNext ? index : cursor;
  return deadlineReading(scan, first, next, duration, upper);
};

const DEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'within', 'inside', 'over', 'during', 'for', 'throughout']);

function isAgoOrRelative(scan: Scan, index: number): boolean {
  const word = lowerAt(scan, index);
  return word === 'ago' || word === 'later' || word === 'earlier' || word === 'before' || word === 'after' || word === 'of' || word === 'old';
}

/** "from six months to one year", "six months to a year" as a deadline range. */
const recogniseDurationRange: Recogniser = (scan, index) => {
  const hasFrom = lowerAt(scan, index) === 'from' || lowerAt(scan, index) === 'between';
  const cursor = hasFrom ? index + 1 : index;
  const lower = readDuration(scan, cursor);
  if (!lower || lower.amount === undefined || lower.amountMax !== undefined) return undefined;
  const joiner = lowerAt(scan, lower.next);
  if (joiner !== 'to' && joiner !== 'and' && joiner !== 'until') return undefined;
  const upper = readDuration(scan, lower.next + 1);
  if (!upper || upper.amount === undefined) return undefined;
  if (!hasFrom && lowerAt(scan, index - 1) !== 'in' && lowerAt(scan, index - 1) !== 'within') return undefined;
  return deadlineReading(scan, index, upper.next, lower, upper);
}

function deadlineReading(scan: Scan, first: number, next: number, duration: Duration, upper: Duration | undefined): Reading {
  const reference = scan.reference.date;
  const reading: Reading = { next, first, kind: 'deadline', timexType: 'DURATION', timex: upper ? durationText(upper) : durationText(duration), relative: true };
  if (duration.amount === undefined) {
    reading.kind = 'date';
    return reading;
  }
  const earliest = addDurationWithinCalendar(reference, duration.amount, duration.unit);
  const longest = upper?.amount !== undefined ? upper : duration.amountMax !== undefined ? { amount: duration.amountMax, unit: duration.unit } : undefined;
  const latest = longest?.amount !== undefined ? addDurationWithinCalendar(reference, longest.amount, longest.unit) : earliest;
  if (earliest === undefined || latest === undefined) {
    // Beyond any date that can be written ("in 9000 years"): a span, due on no day.
    reading.kind = 'date';
    return reading;
  }
  if (longest) reading.range = { earliest, latest };
  else reading.due = earliest;
  return reading;
}

/** "the past decade", "the last two years", "in the past few years": spans that end now. */
const recognisePastSpan: Recogniser = (scan, index) => {
  let cursor = index;
  if (lowerAt(scan, cursor) !== 'the') return undefined;
  cursor++;
  const word = lowerAt(scan, cursor);
  if (word !== 'past' && word !== 'last' && word !== 'previous') return undefined;
  cursor++;
  let duration = readDuration(scan, cursor);
  if (!duration) {
    const unit = DURATION_UNITS.get(lowerAt(scan, cursor));
    if (!unit || unit.needsCount) return undefined;
    duration = { next: cursor + 1, amount: unit.plural ? undefined : 1, unit: unit.unit };
  }
  const reading: Reading = { next: duration.next, kind: 'date', timexType: 'DURATION', timex: durationText(duration), relative: true };
  const earliest = duration.amount === undefined ? undefined : addDurationWithinCalendar(scan.reference.date, duration.amountMax ?? duration.amount, duration.unit, -1);
  if (earliest !== undefined) reading.range = { earliest, latest: scan.reference.date };
  return reading;
};

/** "two years ago" → the year, month, week or day that long before the reference date. */
const recogniseAgo: Recogniser = (scan, index) => {
  const duration = readDuration(scan, index);
  if (!duration || lowerAt(scan, duration.next) !== 'ago') return undefined;
  const next = duration.next + 1;
  if (duration.amount === undefined || duration.amountMax !== undefined) return { next, kind: 'date', timexType: 'DATE', timex: 'PAST_REF', relative: true };
  const date = addDurationWithinCalendar(scan.reference.date, duration.amount, duration.unit, -1);
  if (date === undefined) return { next, kind: 'date', timexType: 'DATE', timex: 'PAST_REF', relative: true };
  const parsed = parseIsoDate(date);
  const granular = AGO_GRANULARITY[duration.unit];
  const period = granular === 'year' ? yearPeriod(next, parsed.year, true)
    : granular === 'month' ? monthPeriod(next, parsed.year, parsed.month, true)
      : granular === 'week' ? { next, timex: formatIsoWeek(isoWeek(date)), type: 'DATE' as const, range: isoWeekRange(date), relative: true }
        : dayPeriod(next, date, true);
  const reading: Reading = { next, kind: 'date', timexType: 'DATE', timex: period.timex, relative: true };
  if (period.range && period.range.earliest === period.range.latest) reading.due = period.range.earliest;
  else reading.range = period.range;
  return reading;
};

const AGO_GRANULARITY: Readonly<Record<DurationUnit, 'year' | 'month' | 'week' | 'day'>> = {
  CE: 'year', DE: 'year', Y: 'year', Q: 'month', M: 'month', W: 'week', D: 'day', H: 'day', MIN: 'day', S: 'day',
};

/** A duration on its own: "two years", "18 months", "a 27-year contract", "several years". */
const recogniseDuration: Recogniser = (scan, index) => {
  const duration = readDuration(scan, index);
  if (!duration) return undefined;
  // "a year" alone is too often part of something else ("a year-end", "a year of"); it counts
  // after a rate or in a deadline, which other recognisers handle, or with a count before "now".
  if (!/^\d/.test(scan.tokens[index].text) && (lowerAt(scan, index) === 'a' || lowerAt(scan, index) === 'an')) {
    const before = lowerAt(scan, index - 1);
    if (!DURATION_LEADS.has(before)) return undefined;
  }
  return { next: duration.next, kind: 'date', timexType: 'DURATION', timex: durationText(duration), relative: false };
};

/** Words before "a year", "a week" that make it a duration: "for a year", "more than a week". */
const DURATION_LEADS: ReadonlySet<string> = new Set(['for', 'than', 'about', 'nearly', 'almost', 'around', 'over', 'just', 'only', 'after', 'least', 'took', 'spent', 'lasted', 'of', 'last']);

/** "for years", "over the years": an unspecified number of years. */
const recogniseVagueSpan: Recogniser = (scan, index) => {
  const word = lowerAt(scan, index);
  let cursor = index;
  if (word === 'over' && lowerAt(scan, index + 1) === 'the') cursor += 2;
  else if (word === 'for') cursor += 1;
  else return undefined;
  const unit = DURATION_UNITS.get(lowerAt(scan, cursor));
  if (!unit || !unit.plural || unit.needsCount) return undefined;
  return { next: cursor + 1, first: word === 'over' ? index : cursor, kind: 'date', timexType: 'DURATION', timex: durationTimex(unit.unit, undefined), relative: false };
};

/**
 * Recurrences: "annual", "every week", "each year", "per year", and "a year" after a rate
 * ("15 a year", "$2 million a year") but not "a barrel".
 */
const recogniseRecurrence: Recogniser = (scan, index) => {
  const word = lowerAt(scan, index);
  const adjective = RECURRENCE_WORDS.get(word);
  if (adjective) return { next: index + 1, kind: 'date', timexType: 'SET', timex: adjective, relative: false };
  if (word === 'every' || word === 'each') {
    const weekday = WEEKDAY_NAMES.get(lowerAt(scan, index + 1));
    if (weekday !== undefined) return { next: index + 2, kind: 'date', timexType: 'SET', timex: `XXXX-WXX-${weekday}`, relative: false };
    const count = readCount(scan, index + 1, false);
    const unitIndex = count && count.value !== undefined && count.explicit ? count.next : index + 1;
    const unit = DURATION_UNITS.get(lowerAt(scan, unitIndex));
    if (!unit || unit.needsCount && unitIndex === index + 1) return undefined;
    const amount = unitIndex === index + 1 ? 1 : count?.value;
    return { next: unitIndex + 1, kind: 'date', timexType: 'SET', timex: durationTimex(unit.unit, amount), relative: false };
  }
  if (word !== 'a' && word !== 'an' && word !== 'per') return undefined;
  const unit = DURATION_UNITS.get(lowerAt(scan, index + 1));
  if (!unit || unit.plural || unit.needsCount) return undefined;
  const before = scan.tokens[index - 1];
  const isRate = word === 'per' || (before !== undefined && (before.isNumber || RATE_BEFORE.has(before.lower) || DURATION_NUMBERS.has(before.lower)));
  if (!isRate) return undefined;
  return { next: index + 2, kind: 'date', timexType: 'SET', timex: durationTimex(unit.unit, 1), relative: false };
};

/** Where a duration (and so a count) can start: "two", "18", "a", "several", "almost", "decades-long". */
const DURATION_START_WORDS: readonly string[] = [
  'a', 'an', 'half', ...VAGUE_COUNTS, ...DURATION_NUMBERS.keys(), ...APPROXIMATORS, ...DURATION_UNITS.keys(),
];
const PERIOD_START_WORDS: readonly string[] = PERIOD_READERS.flatMap((reader) => reader.words);

/** As PERIOD_READERS: each recogniser with the tokens it can start at. */
const RECOGNISERS = startBits([
  { recognise: recogniseRecurrence, words: ['every', 'each', 'a', 'an', 'per', ...RECURRENCE_WORDS.keys()] },
  { recognise: recogniseBound, words: [...BOUND_PHRASES.map((phrase) => phrase.words[0]), ...BOUND_WORDS.keys()] },
  { recognise: recogniseDeadlineDuration, words: ['the', ...DEADLINE_PREPOSITIONS] },
  { recognise: recogniseDurationRange, words: ['from', 'between', ...DURATION_START_WORDS], numbers: true },
  { recognise: recognisePastSpan, words: ['the'] },
  { recognise: recogniseAgo, words: DURATION_START_WORDS, numbers: true },
  { recognise: recognisePeriod, words: PERIOD_START_WORDS, numbers: true },
  { recognise: recogniseVagueSpan, words: ['over', 'for'] },
  { recognise: recogniseDuration, words: DURATION_START_WORDS, numbers: true },
], PERIOD_READERS.length);

const DURATION_START = 1 << (PERIOD_READERS.length + RECOGNISERS.length);

interface Starts {
  words: readonly string[];
  numbers?: boolean;
}

/** Gives each entry its bit, from `firstBit` on. */
function startBits<T extends Starts>(entries: readonly T[], firstBit: number): ReadonlyArray<T & { bit: number }> {
  return entries.map((entry, index) => ({ ...entry, bit: 1 << (firstBit + index) }));
}

// ---------------------------------------------------------------------------------------------
// Triggers: most tokens start no expression, and skipping them keeps the scan fast.
// ---------------------------------------------------------------------------------------------

/** Words that carry time themselves: a month, a unit, a count, "today". */
const STRONG_TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.keys(),
  ...WEEKDAY_NAMES.keys(),
  ...WEEKDAY_ABBREVIATIONS.keys(),
  ...[...DURATION_NUMBERS.keys()].filter((word) => word !== 'a' && word !== 'an'),
  ...DURATION_UNITS.keys(),
  ...VAGUE_COUNTS,
  ...RECURRENCE_WORDS.keys(),
  ...RELATIVE_DAYS.keys(),
  ...REFERENCE_WORDS.keys(),
  ...SEASONS.keys(),
  ...PERIOD_ORDINALS.keys(),
  ...PERIOD_PARTS.keys(),
  ...PERIOD_NOUNS.keys(),
  ...PARTS_OF_DAY.keys(),
  ...THE_REFERENCE.keys(),
  ...HOLIDAYS.filter((holiday) => holiday.words.length === 1).map((holiday) => holiday.words[0]),
  'recent', 'q', 'h', 'fy', 'fiscal', 'financial',
]);

/**
 * Function words that can open an expression ("the past decade", "in six months", "by 2025")
 * but open one only when a word that carries time follows within a few tokens; checking that
 * first keeps the scan from running every recogniser on every "the" and "in".
 */
const WEAK_TRIGGERS: ReadonlySet<string> = new Set([
  ...PERIOD_SHIFTS.keys(),
  ...BOUND_WORDS.keys(),
  ...BOUND_PHRASES.map((phrase) => phrase.words[0]),
  ...DEADLINE_PREPOSITIONS,
  ...APPROXIMATORS,
  'the', 'a', 'an', 'from', 'between', 'every', 'each', 'per', 'more', 'most', 'later', 'earlier',
  // A holiday of several words opens with a plain word and names its time later: "New Year's Day".
  ...HOLIDAYS.filter((holiday) => holiday.words.length > 1).map((holiday) => holiday.words[0]),
]);

const WEAK_TRIGGER_WINDOW = 4;

/**
 * What a token tells the scan, looked up once when it is cut: its trigger (the low bits; a word
 * in both trigger lists is strong) and, above STARTS_SHIFT, the readers and recognisers that can
 * start at it.
 */
const TRIGGER_MASK = 3;
const STARTS_SHIFT = 2;

const TOKEN_ENTRIES: ReadonlyMap<string, number> = bitsByWord([
  [STRONG_TRIGGERS, Trigger.Strong],
  [[...WEAK_TRIGGERS].filter((word) => !STRONG_TRIGGERS.has(word)), Trigger.Weak],
  ...[...PERIOD_READERS, ...RECOGNISERS].map(({ words, bit }) => [words, bit << STARTS_SHIFT] as const),
  [DURATION_START_WORDS, DURATION_START << STARTS_SHIFT],
]);

/** What a word can do for a figure (see SentenceWordScan). */
const FIGURE_ANCHOR = 1;
const ARTICLE = 2;
const ARTICLE_FOLLOWER = 4;

const FIGURE_ROLES: ReadonlyMap<string, number> = bitsByWord([
  [FIGURE_ANCHOR_WORDS, FIGURE_ANCHOR],
  [['a', 'an'], ARTICLE],
  [ARTICLE_FOLLOWER_WORDS, ARTICLE_FOLLOWER],
]);

/**
 * The words the tokenizer looks up, each to its index in the columns below: its TOKEN_ENTRY (0
 * for a word on no temporal list), its cue-word bits and its FIGURE_ROLE (0 for a word that is
 * no cue, no figure word). The tokenizer passes over every word of every sentence anyway, and one
 * lookup serving all three spares the other extractors a pass of their own (SentenceWordScan).
 * TOKEN_WORD_LIST holds the word itself, which a token takes as its lower-case text.
 */
const TOKEN_WORD_LIST: readonly string[] = [...new Set([...TOKEN_ENTRIES.keys(), ...CUE_WORD_BITS.keys(), ...FIGURE_ROLES.keys()])];
const TOKEN_WORDS: WordTable<number> = new WordTable(TOKEN_WORD_LIST.map((word, index): [string, number] => [word, index]));
const TOKEN_ENTRY: Int32Array = tokenWordColumn(TOKEN_ENTRIES);
const CUE_BITS: Int32Array = tokenWordColumn(CUE_WORD_BITS);
const FIGURE_ROLE: Int32Array = tokenWordColumn(FIGURE_ROLES);

function tokenWordColumn(values: ReadonlyMap<string, number>): Int32Array {
  const column = new Int32Array(TOKEN_WORDS.size);
  for (const [word, value] of values) {
    const index = TOKEN_WORDS.get(word, 0, word.length);
    // A word listed in two cases would have two values and one index.
    if (index === undefined || word !== word.toLowerCase()) throw new Error(`token words are listed in lower case, not as ${JSON.stringify(word)}`);
    column[index] = value;
  }
  return column;
}

const NUMBER_ENTRY =
  Trigger.Strong |
  ([...PERIOD_READERS, ...RECOGNISERS].reduce((bits, entry) => (entry.numbers ? bits | entry.bit : bits), DURATION_START) << STARTS_SHIFT);

function isTrigger(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  if (token.trigger === Trigger.Strong) return true;
  if (token.trigger !== Trigger.Weak) return false;
  const last = Math.min(scan.tokens.length - 1, index + WEAK_TRIGGER_WINDOW);
  for (let next = index + 1; next <= last; next++) if (scan.tokens[next].trigger === Trigger.Strong) return true;
  return false;
}

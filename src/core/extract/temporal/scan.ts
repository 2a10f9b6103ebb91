import type { IsoDate, ReferenceDate } from '../../model';
import { HYPHENS } from '../../tables/temporalWords';
import type { Word } from '../words/scanWords';
import { triggersOf, type Trigger } from './triggers';

/**
 * One sentence as the readers see it: the words the shared word scan cut it into, read by index.
 * Everything here belongs to the sentence: the scan of the next one starts afresh.
 */
export interface Scan {
  readonly text: string;
  readonly words: readonly Word[];
  /** Whether an expression may start at each word (see triggers.ts). */
  readonly triggers: readonly Trigger[];
  readonly reference: ReferenceDate;
  /** The last day named in the sentence so far, which a clock time belongs to ("Tuesday … at 18:00"). */
  anchorDay?: IsoDate;
  /** The TIMEX3 value of the last calendar date named in the sentence so far ("on May 3, two days later than planned"). */
  namedInSentence?: string;
  /** What the paragraph named so far, shared by the scans of its sentences. */
  readonly context: TemporalContext;
  /** The tense markers of the sentence, found when a reader first asks for a tense (tense.ts). */
  tenseMarkers?: ReadonlyArray<TenseMarker>;
  /** For each word, how many commas stand before it: words with the same count share a stretch (tense.ts). */
  stretches?: readonly number[];
}

/** A word that gives the dates near it a tense (tense.ts). */
export interface TenseMarker {
  index: number;
  tense: 'past' | 'future';
  /** "voted on Tuesday to offer": the first word of the time between the verb and this "to", which is the verb's. */
  skips?: number;
}

/** What earlier sentences of the paragraph named, for phrases that point back ("that day"). */
export interface TemporalContext {
  /** The TIMEX3 value of the last calendar date named: `2024-03-12`, `2024-03`, `2024-Q1`. */
  antecedent?: string;
}

/** The scan of one sentence of `text`. */
export function scanOf(text: string, words: readonly Word[], reference: ReferenceDate, context: TemporalContext = {}): Scan {
  return { text, words, triggers: triggersOf(words), reference, context };
}

/** The lower-case text of the word (a number's digits as written), or '' past either end of the sentence. */
export function lowerAt(scan: Scan, index: number): string {
  return index >= 0 && index < scan.words.length ? scan.words[index].lower : '';
}

/** The word as written, for the few tests where its case matters. */
export function textAt(scan: Scan, index: number): string {
  const word = scan.words[index];
  return scan.text.slice(word.start, word.end);
}

/** True when `words` follow one another from the word at `index` on. */
export function matchWords(scan: Scan, index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => lowerAt(scan, index + offset) === word);
}

/** True when two words touch, with no space between them ("mid-2011", "FY2024"). */
export function glued(scan: Scan, left: number, right: number): boolean {
  const a = scan.words[left];
  const b = scan.words[right];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** A hyphen (or dash) glued to both neighbours: "pre-1979", "fifty-year". */
export function isGluedHyphen(scan: Scan, index: number): boolean {
  return HYPHENS.has(lowerAt(scan, index)) && glued(scan, index - 1, index) && glued(scan, index, index + 1);
}

/** Starts with an ASCII capital: names of months, days and holidays are capitalised in news. */
export function isCapitalised(scan: Scan, index: number): boolean {
  const word = scan.words[index];
  if (word === undefined) return false;
  const code = scan.text.charCodeAt(word.start);
  return code >= 65 && code <= 90;
}

/** Skips a full stop glued to an abbreviation ("Feb.", "Sept."). */
export function skipGluedDot(scan: Scan, index: number): number {
  return lowerAt(scan, index) === '.' && glued(scan, index - 1, index) ? index + 1 : index;
}

import type { IsoDate, ReferenceDate } from '../../model';
import { HYPHENS } from '../../tables/temporalWords';
import type { Word } from '../words/scanWords';
import { triggersOf, type Trigger } from './triggers';

/** A word of the sentence with its text as written, whose case tells "May" from "may". */
export interface Token extends Word {
  readonly text: string;
}

/**
 * One sentence as the readers see it. Everything here belongs to the sentence: the scan of the
 * next one starts afresh.
 */
export interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Whether an expression may start at each token (see triggers.ts). */
  readonly triggers: readonly Trigger[];
  readonly reference: ReferenceDate;
  /** The last day named in the sentence so far, which a clock time belongs to ("Tuesday … at 18:00"). */
  anchorDay?: IsoDate;
  /** The tense markers of the sentence, found when a reader first asks for a tense (tense.ts). */
  tenseMarkers?: ReadonlyArray<{ index: number; tense: 'past' | 'future' }>;
}

/** The scan of one sentence, from the words the neutral word scan cut it into. */
export function scanOf(text: string, words: readonly Word[], reference: ReferenceDate): Scan {
  const tokens = words.map((word): Token => ({ start: word.start, end: word.end, isNumber: word.isNumber, lower: word.lower, text: text.slice(word.start, word.end) }));
  return { text, tokens, triggers: triggersOf(tokens), reference };
}

/** The lower-case text of the token, or '' past either end of the sentence. */
export function lowerAt(scan: Scan, index: number): string {
  return index >= 0 && index < scan.tokens.length ? scan.tokens[index].lower : '';
}

/** True when `words` follow one another from the token on. */
export function matchWords(scan: Scan, index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => lowerAt(scan, index + offset) === word);
}

/** True when two tokens touch, with no space between them ("mid-2011", "FY2024"). */
export function glued(scan: Scan, left: number, right: number): boolean {
  const a = scan.tokens[left];
  const b = scan.tokens[right];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** A hyphen (or dash) glued to both neighbours: "pre-1979", "fifty-year". */
export function isGluedHyphen(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return token !== undefined && HYPHENS.has(token.text) && glued(scan, index - 1, index) && glued(scan, index, index + 1);
}

/** Starts with an ASCII capital: names of months, days and holidays are capitalised in news. */
export function isCapitalised(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/** Skips a full stop glued to an abbreviation ("Feb.", "Sept."). */
export function skipGluedDot(scan: Scan, index: number): number {
  return lowerAt(scan, index) === '.' && glued(scan, index - 1, index) ? index + 1 : index;
}

import type { FigureQualifier, QualifierRelation } from '../../model';
import { SCALE_WORDS, SMALL_NUMBER_WORDS, TENS_WORDS } from '../../tables/numberWords';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RANGE_OPENERS } from '../../tables/qualifiers';
import { COUNT_PHRASE_STOP_WORDS, IRREGULAR_PLURAL_ENDINGS, IRREGULAR_PLURALS, NOT_PLURAL_ENDING_IN_S, RATE_NOUNS } from '../../tables/units';
import type { NumberReading } from './numbers';
import { NOT_WORD_AFTER, NOT_WORD_BEFORE, SPACE, alternation, singleSpaced, stickyMatch } from './tablePatterns';

/**
 * The words around a number that shape its figure: a qualifier or a range opener before it, a
 * qualifier, a rate or the counted noun phrase after it.
 */

/** A word and whether a full stop follows it ("No." before "1"). */
export interface WordBefore {
  word: string;
  stop: boolean;
}

/** The word right before `position` on the same line, with an optional full stop and one or more spaces after it. */
export function wordBefore(text: string, position: number): WordBefore | undefined {
  const match = stickyMatch(WORD_BEFORE, text, position);
  return match ? { word: match[1], stop: match[2] === '.' } : undefined;
}

/** A qualifier before a figure: "almost", "more than", "an estimated". */
export interface Bound {
  start: number;
  qualifier: FigureQualifier;
}

/** The qualifier ending before `position` (with an article between: "almost a three-hour"), starting no earlier than `floor`. */
export function qualifierBefore(text: string, position: number, floor: number): Bound | undefined {
  const match = stickyMatch(QUALIFIER_BEFORE, text, position);
  if (!match) return undefined;
  const phrase = match[1];
  const relation = QUALIFIERS_BEFORE.get(singleSpaced(phrase.toLowerCase()));
  const start = position - phrase.length - match[2].length;
  if (!relation || start < floor) return undefined;
  return { start, qualifier: { text: phrase, relation } };
}

/** "between" or "from" right before `position`: the opener (lower-cased) and where it starts. */
export function rangeOpenerBefore(text: string, position: number): { opener: string; start: number } | undefined {
  const match = stickyMatch(RANGE_OPENER_BEFORE, text, position);
  return match ? { opener: match[1].toLowerCase(), start: position - match[1].length - match[2].length } : undefined;
}

/** A bound written after the number: "290+ seats", "100 or more people", "20 or so". */
export function readQualifierAfter(text: string, position: number): { end: number; text: string; relation: QualifierRelation } | undefined {
  const match = stickyMatch(QUALIFIER_AFTER, text, position);
  if (!match) return undefined;
  const relation = QUALIFIERS_AFTER.get(singleSpaced(match[1].toLowerCase()));
  return relation ? { end: position + match[0].length, text: match[1], relation } : undefined;
}

const TIME_SHIFT_AFTER = /^\s+(?:earlier|later|before|after|ago|previously|prior)\b/iu;

/** "$105 a barrel", "15 per cent a year", "$3/kg": what the figure is given per. */
export function readRate(text: string, position: number): { end: number; noun: string } | undefined {
  const match = stickyMatch(RATE_AT, text, position);
  if (!match) return undefined;
  const article = match[1]?.toLowerCase();
  const noun = match[2].toLowerCase();
  // After "a" a new noun phrase usually starts; only the nouns a rate is given in make one.
  if ((article === 'a' || article === 'an') && !RATE_NOUNS.has(noun)) return undefined;
  // "per cent" is a percentage, never a rate.
  if (noun === 'cent') return undefined;
  const end = position + match[0].length;
  // "€3.4bn a year earlier": "a year" there starts a time, not a rate.
  if ((article === 'a' || article === 'an') && TIME_SHIFT_AFTER.test(text.slice(end, end + 12))) return undefined;
  return { end, noun };
}

/** Whether "of" follows: "75 hours of video" measures something, "in 75 hours" is a time. */
export function isFollowedByOf(text: string, position: number): boolean {
  return stickyMatch(OF_AT, text, position) !== null;
}

/** Up to three words of the counted noun phrase, ending at its first plural noun: "100 Russian companies". */
export function readCountedPhrase(text: string, position: number): { end: number; noun: string } | undefined {
  const words: Array<{ start: number; end: number }> = [];
  let cursor = position;
  while (words.length < 4) {
    const match = stickyMatch(COUNT_WORD_AT, text, cursor);
    if (!match) break;
    const lower = match[1].toLowerCase();
    // "150 more nurses", "20 fewer trains": an added count still counts its noun; "10 more than" compares.
    const moreOf = words.length === 0 && (lower === 'more' || lower === 'fewer') && stickyMatch(COUNT_WORD_AT, text, cursor + match[0].length)?.[1].toLowerCase() !== 'than';
    if (!moreOf && (COUNT_PHRASE_STOP_WORDS.has(lower) || isNumberWord(lower) || /['’]s$/.test(lower))) break;
    cursor += match[0].length;
    // The modifier stays in the span, not in the noun.
    if (moreOf) continue;
    words.push({ start: cursor - match[1].length, end: cursor });
    if (isPluralNoun(lower)) {
      const first = words[Math.max(0, words.length - 3)];
      return { end: cursor, noun: text.slice(first.start, cursor).replace(/\s+/g, ' ') };
    }
  }
  return undefined;
}

/** "a 30-member committee": digits made into an adjective with a noun. */
export function readHyphenCount(text: string, number: NumberReading): { end: number; noun: string } | undefined {
  if (number.spelled) return undefined;
  const match = stickyMatch(HYPHEN_WORD_AT, text, number.end);
  return match ? { end: number.end + match[0].length, noun: match[1] } : undefined;
}

export function isNumberWord(lower: string): boolean {
  return SMALL_NUMBER_WORDS.has(lower) || TENS_WORDS.has(lower) || SCALE_WORDS.has(lower);
}

/** A plural noun by its shape ("companies", not "bus"), or one of the irregular ones ("people", "fishermen"). */
export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOT_PLURAL_ENDING_IN_S.has(lower)) return false;
  if (IRREGULAR_PLURAL_ENDINGS.some((ending) => lower.endsWith(ending))) return true;
  return /[^s'’]s$/.test(lower) && !/(?:us|is|ss)$/.test(lower);
}

/**
 * A word that starts with a letter and is not glued to another word, then an optional full stop
 * and spaces. Read backwards from the number, so the word is always the whole run.
 */
const WORD_BEFORE = /(?<=(?<![\p{L}\p{N}'’])(\p{L}[\p{L}\p{N}'’]*)(\.?)[ \u00a0]+)/uy;
/** Group 1 is the qualifier, group 2 what separates it from the number. */
const QUALIFIER_BEFORE = new RegExp(`(?<=${NOT_WORD_BEFORE}(${alternation(QUALIFIERS_BEFORE.keys())})(${SPACE}+(?:an?${SPACE}+)?))`, 'iuy');
/** Group 1 is the opener, group 2 the space after it. */
const RANGE_OPENER_BEFORE = new RegExp(`(?<=${NOT_WORD_BEFORE}(${alternation(RANGE_OPENERS)})(${SPACE}+))`, 'iuy');
const QUALIFIER_AFTER = new RegExp(`${SPACE}*(${alternation(QUALIFIERS_AFTER.keys())})(?![\\p{L}\\p{N}+])`, 'iuy');
/** Group 1 is the word introducing the rate ("a", "per"), absent for a slash; group 2 the noun. */
const RATE_AT = new RegExp(`(?:${SPACE}*\\/${SPACE}*|${SPACE}+(per|a|an)${SPACE}+)(\\p{L}+)${NOT_WORD_AFTER}`, 'iuy');
const OF_AT = new RegExp(`${SPACE}+of${NOT_WORD_AFTER}`, 'iuy');
const COUNT_WORD_AT = /[ \u00a0]+((?:\p{L}[\p{L}\p{N}]*|\p{N}+s)(?:['’-][\p{L}\p{N}]+)*)/uy;
const HYPHEN_WORD_AT = /-(\p{Ll}+)(?![\p{L}\p{N}-])/uy;

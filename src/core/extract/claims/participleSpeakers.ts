import type { Sentence, TextSpan } from '../../model';
import { trimSpan } from '../phrases';
import { wordsOf, type Word } from '../words/scanWords';
import { mainClauseSubject } from './mainClause';
import { sourceBefore } from './speakers';

/**
 * The speaker of a report in a participle clause ("saying", "adding"): named in the clause itself
 * ("with the mayor saying …", "quoted the mayor as saying …"), else the subject of the clause the
 * participle hangs on ("where she opened the fair by saying …", "The union released a note saying …").
 */
export function participleSource(text: string, sentence: Sentence, cue: TextSpan): TextSpan | undefined {
  const words = wordsOf(text, sentence.start, cue.start);
  const last = words.length - 1;
  if (last < 0) return undefined;
  const named = words[last].lower === 'as' ? quotedAsSpeaker(text, words, last) : withSpeaker(text, words, last);
  if (named) return named;
  const from = words[last].lower === 'by' ? clauseOpening(words, last) : 0;
  return mainClauseSubject(text, from === 0 ? words : words.slice(from, last)) ?? speakerBeforeVerb(text, sentence, words);
}

/**
 * "Jo Ode, the owner, defended the plan by saying": the speaker before the verb that opens the
 * last comma segment, where the word scan finds no main subject across the appositive.
 */
function speakerBeforeVerb(text: string, sentence: Sentence, words: readonly Word[]): TextSpan | undefined {
  let at = words.length - 1;
  while (at > 0 && words[at - 1].lower !== ',') at--;
  if (at <= 1 || !/^[a-z]+$/.test(text.slice(words[at].start, words[at].end))) return undefined;
  return sourceBefore(text, sentence.start, words[at].start);
}

/** Longest a speaker named inside the participle clause runs, in words. */
const MAX_NAMED_WORDS = 8;

const QUOTE_MARKS = ',"\u201c\u201d';

/** "with UBS analyst Jo Ode saying": the words between "with" and the participle. */
function withSpeaker(text: string, words: readonly Word[], last: number): TextSpan | undefined {
  for (let at = last; at >= 0 && last - at < MAX_NAMED_WORDS; at--) {
    const lower = words[at].lower;
    if (lower === 'with') return at < last ? nonEmpty(trimSpan(text, words[at + 1].start, words[last].end, QUOTE_MARKS)) : undefined;
    if (STOPS.has(lower)) return undefined;
  }
  return undefined;
}

/** "The paper quoted a senior aide as saying": the object of "quoted". */
function quotedAsSpeaker(text: string, words: readonly Word[], as: number): TextSpan | undefined {
  for (let at = as - 1; at >= 0 && as - at <= MAX_NAMED_WORDS; at--) {
    const lower = words[at].lower;
    if (QUOTING.has(lower)) return at + 1 < as ? nonEmpty(trimSpan(text, words[at + 1].start, words[as - 1].end, ',')) : undefined;
    if (lower === ',' || lower === ';' || lower === ':') return undefined;
  }
  return undefined;
}

const QUOTING: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quoting', 'quote', 'cited', 'cites', 'citing']);

const STOPS: ReadonlySet<string> = new Set([',', ';', ':', '"', '\u201c', '\u201d', 'that', 'and', 'but', 'which', 'who', 'while']);

/** Where the clause holding "by" starts: after the relative or subordinating word that opens it. */
function clauseOpening(words: readonly Word[], by: number): number {
  for (let at = by - 1; at >= 0; at--) {
    if (CLAUSE_HEADS.has(words[at].lower)) return at + 1;
    if (words[at].lower === ';') return at + 1;
  }
  return 0;
}

const CLAUSE_HEADS: ReadonlySet<string> = new Set(['where', 'when', 'which', 'who', 'while', 'after', 'because', 'although', 'though']);

function nonEmpty(source: TextSpan): TextSpan | undefined {
  return source.end > source.start ? source : undefined;
}

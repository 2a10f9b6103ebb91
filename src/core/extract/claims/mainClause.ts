import type { Sentence, TextSpan } from '../../model';
import { WORDS_BEFORE_CUE } from '../../tables/reporting';
import { BE_FORMS, isParticiple } from '../clauses/clauseWords';
import { mainSubject } from '../clauses/subject';
import { trimSpan } from '../phrases';
import { wordsOf, type Word } from '../words/scanWords';

/**
 * The subject of the sentence's main clause, for a report that shares it (a participle, a second
 * verb): past a fronted subordinate clause ("When the board met, Acme protested, saying …"); a
 * personal pronoun opening the clause before a lower-case word is the subject whatever the word
 * scan takes for the verb ("She ran the firm for six years, later admitting …").
 */
export function mainClauseSubject(text: string, words: readonly Word[]): TextSpan | undefined {
  const clause = SUBORDINATORS.has(words[0]?.lower ?? '') ? words.slice(afterFirstComma(words)) : words;
  const first = clause[0];
  if (first && PERSONAL_PRONOUNS.has(first.lower) && /^[a-z]+$/.test(text.slice(clause[1]?.start ?? 0, clause[1]?.end ?? 0))) return trimSpan(text, first.start, first.end);
  const place = mainSubject(text, clause);
  return place && !place.shared ? nonEmpty(trimSpan(text, clause[place.first].start, clause[place.last].end, ',"\u201c\u201d')) : undefined;
}

/**
 * "…, but said it would stay": a reporting verb coordinated with the clause before it shares that
 * clause's subject, the sentence's main subject. Undefined unless only a conjunction (and adverbs)
 * stand between the last comma and the cue.
 */
export function sharedSubjectSource(text: string, sentence: Sentence, cue: TextSpan): TextSpan | undefined {
  // Most cues have no conjunction before them: a look at the last few words spares the word scan.
  if (!/\b(?:and|but)\b/i.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start))) return undefined;
  const words = wordsOf(text, sentence.start, cue.start);
  let at = words.length - 1;
  while (at >= 0 && WORDS_BEFORE_CUE.has(words[at].lower)) at--;
  if (at < 1 || (words[at].lower !== 'but' && words[at].lower !== 'and')) return undefined;
  // "will be reviewed and responded to": a passive coordination, whose subject reports nothing.
  if (isParticiple(words[at - 1].lower) && words.slice(Math.max(0, at - 4), at - 1).some((word) => BE_FORMS.has(word.lower))) return undefined;
  return mainClauseSubject(text, words.slice(0, at));
}

const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'while', 'although', 'though', 'because', 'if', 'since', 'once', 'until', 'as', 'whereas']);

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

function afterFirstComma(words: readonly Word[]): number {
  for (let at = 0; at < words.length; at++) if (words[at].lower === ',') return at + 1;
  return words.length;
}

function nonEmpty(source: TextSpan): TextSpan | undefined {
  return source.end > source.start ? source : undefined;
}

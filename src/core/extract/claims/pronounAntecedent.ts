import type { Sentence, TextSpan } from '../../model';
import { SOURCE_PRONOUNS } from '../../tables/reporting';
import { ABSTRACT_SUBJECTS } from '../clauses/clauseWords';
import { wordsOf } from '../words/scanWords';
import { mainClauseSubject } from './mainClause';
import { insideQuotation } from './quotation';

/**
 * Whom a pronoun speaker stands for when its own sentence makes it plain: the main subject before a
 * "he", "she" or "it" that speaks later in the sentence ("Jo Ode opened the fair, where she said …",
 * "A memo … reads: '…,' it says").
 */
export function antecedentInSentence(text: string, sentence: Sentence, source: TextSpan): string | undefined {
  const lower = source.text.toLowerCase();
  if ((lower !== 'he' && lower !== 'she' && lower !== 'it') || source.start === sentence.start) return undefined;
  const subject = mainClauseSubject(text, wordsOf(text, sentence.start, source.start));
  if (!subject || subject.end > source.start || SOURCE_PRONOUNS.has(subject.text.toLowerCase()) || ABSTRACT_SUBJECTS.has(subject.text.toLowerCase())) return undefined;
  if (insideQuotation(text, sentence, subject.start)) return undefined;
  // A "he" or "she" stands for a person's name ("Jo Ode"), not for "IBM" or "the board".
  if (lower !== 'it' && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(subject.text)) return undefined;
  return subject.text;
}

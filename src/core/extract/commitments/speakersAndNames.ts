import type { TextSpan } from '../../model';
import { isReportingWord, reportingWordBefore } from '../clauses/frames';
import { mainSubject, subjectBefore, type SubjectPlace } from '../clauses/subject';
import { isNameLike, normaliseSpaces } from '../phrases';
import type { Word } from '../words/scanWords';
import { isActorName, subjectSpan } from './actor';

/**
 * Who speaks in a sentence and whom it names: the reporter of a clause, the subject of reported
 * speech, a sentence's named subject, and whether a capitalised word is a name at all. The
 * commitment reader asks these to tell an actor from a speaker.
 */

/** Who reports the clause at word `first` when it is named ("Apple said …"), not described ("the group said"). */
export function announcerOf(text: string, words: readonly Word[], first: number): string | undefined {
  const reporter = reporterOf(text, words, first);
  return reporter !== undefined && isNameLike(reporter) ? reporter : undefined;
}

/**
 * "X said that the team had been merged and would stop …": a clause sharing its subject inside
 * reported speech shares the reported clause's subject, not the speaker's.
 */
export function reportedSubject(text: string, words: readonly Word[], first: number): SubjectPlace | undefined {
  const reporting = reportingWordBefore(words, first);
  // Only "said that …": without "that" the reporting word may be a participle of the main clause ("having reported").
  if (reporting < 0 || words[reporting + 1]?.lower !== 'that') return undefined;
  let from = reporting + 1;
  while (words[from]?.lower === 'that') from++;
  const place = mainSubject(text, words.slice(from, first));
  return place && !place.shared ? { first: place.first + from, last: place.last + from } : undefined;
}

/** Who reports the clause at word `first` in its own sentence ("The city council said that it …"), as written. */
export function reporterOf(text: string, words: readonly Word[], first: number): string | undefined {
  const reporting = reportingWordBefore(words, first);
  if (reporting <= 0) return undefined;
  const place = subjectBefore(text, words, reporting, 0);
  if (!place || place.shared) return undefined;
  const subject = subjectSpan(text, words, place);
  return isActorName(subject.text) ? normaliseSpaces(subject.text) : undefined;
}

/** The sentence's main subject when it names someone ("Apple", "The Port Authority"), not a thing. */
export function namedSubject(text: string, words: readonly Word[], paragraph: Bounds): { name: string; speaks: boolean } | undefined {
  const place = mainSubject(text, words);
  if (!place) return undefined;
  const subject = subjectSpan(text, words, place);
  if (!isNameLike(subject.text) || !isActorName(subject.text) || !isProperName(text, subject, paragraph)) return undefined;
  let verb = place.last + 1;
  while (verb < words.length && /^(?:also|has|have|had|then|later|today|yesterday|again)$/.test(words[verb].lower)) verb++;
  return { name: normaliseSpaces(subject.text), speaks: verb < words.length && isReportingWord(words[verb].lower) };
}

/**
 * A one-word subject capitalised only because it opens its sentence ("Parsing will …", "Remove
 * it") is no name: a name is also capitalised inside a sentence nearby (within NAME_REACH
 * characters either way, so a headline's name is found in the story under it).
 */
export function isProperName(text: string, subject: TextSpan, paragraph: Bounds): boolean {
  if (/\s/u.test(subject.text)) return true;
  // Only within the paragraph: what a paragraph finds may depend on what it is handed, never on other paragraphs' text.
  const end = Math.min(paragraph.end, subject.end + NAME_REACH);
  for (let at = text.indexOf(subject.text, Math.max(paragraph.start, subject.start - NAME_REACH)); at !== -1 && at + subject.text.length <= end; at = text.indexOf(subject.text, at + 1)) {
    if (at === subject.start) continue;
    const before = text.slice(Math.max(paragraph.start, at - 2), at);
    if (/[\p{Ll},]\s$/u.test(before)) return true;
  }
  return false;
}

/** Where a paragraph starts and ends in the document. */
export interface Bounds {
  start: number;
  end: number;
}

/** How far from a one-word name another capitalised use of it is looked for, in characters. */
const NAME_REACH = 4000;

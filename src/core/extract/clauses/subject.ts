import { RELATIVE_DAYS } from '../../tables/temporalWords';
import { WEEKDAY_NAMES } from '../../tables/weekdays';
import type { Word } from '../words/scanWords';
import { CLAUSE_OPENERS, DETERMINERS, GROUP_ADVERBS, HEDGE_ADVERBS, NOT_VERB_STARTS, PREPOSITIONS, RAISING_PARTICIPLES, RELATIVE_PRONOUNS, isLyAdverb, isParticiple } from './clauseWords';

/** Where the subject of a verb group stands, as word indices [first, last], and how it was found. */
export interface SubjectPlace {
  first: number;
  last: number;
  /** "X will A and will B": the group shares the subject of the clause before it. */
  shared?: boolean;
}

/** A subject is a noun phrase: longer than this, the walk back has left the clause. */
const MAX_SUBJECT_WORDS = 10;

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'it', 'they', 'you']);

/** Finite verbs outside a group: a subject never holds one ("the update that was released …"). */
const FINITE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'said', 'says', 'say', 'announced', 'announces', 'stated', 'states', 'told', 'added',
  'confirmed', 'reported', 'believes', 'believe', 'hopes', 'thinks', 'think', 'expects', 'expect', 'do', 'does', 'did', 'can', 'could',
  'may', 'might', 'must', 'should', 'will', 'would',
]);

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);


/** Punctuation and markup a subject never reaches across: quotes, brackets, dashes, Markdown marks. */
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', ':', ';', '(', ')', '[', ']', '—', '–', '#', '*', '>', '`', '|']);

/**
 * The subject of the verb group starting at word `first`: the noun phrase before it in its
 * clause, with an appositive or relative clause between commas skipped ("Rolls-Royce, part of the
 * consortium, will …" → "Rolls-Royce"), a fronted adverbial left out ("Under the deal, X will"),
 * and a personal pronoun right before the group taken alone ("the aircraft they intend to").
 * `floor`: the first word the clause may reach back to (the end of the verb group before).
 */
export function subjectBefore(text: string, words: readonly Word[], first: number, floor: number): SubjectPlace | undefined {
  let end = first - 1;
  // "Tarn Rail is exercising its option …": a progressive's "is" belongs to the verb, not the subject.
  const progressive = /\p{L}ing$/u.test(words[first]?.lower ?? '');
  while (end >= floor && (isGroupAdverb(text, words[end]) || words[end].lower === 'has' || words[end].lower === 'have' || (progressive && BE_FORMS.has(words[end].lower)))) end--;
  // "The growers are said to want …": a reporting passive raises the subject of the verb after it.
  if (end - 3 >= floor && words[end].lower === 'to' && RAISING_PARTICIPLES.has(words[end - 1].lower) && BE_FORMS.has(words[end - 2].lower)) end -= 3;
  if (end < floor) return undefined;
  const lower = words[end].lower;
  if (lower === 'and' || lower === 'but' || lower === 'or') return { first: end, last: end, shared: true };
  // "Orvik Air, which will fly …", "the firm that will build …": a relative pronoun stands for the noun phrase before it.
  if ((lower === 'which' || lower === 'who' || lower === 'that') && end - 1 >= floor) {
    const before = words[end - 1].lower === ',' ? end - 1 : end;
    return before > floor && /^[\p{L}\p{N}]/u.test(words[before - 1].lower) ? subjectBefore(text, words, before, floor) : undefined;
  }
  if (PERSONAL_PRONOUNS.has(lower)) return { first: end, last: end };
  if (lower === ',') {
    const skipped = skipInsertion(words, end, floor);
    if (skipped === undefined) return undefined;
    end = skipped;
  }
  let start = end + 1;
  for (let at = end; at >= floor; at--) {
    const word = words[at].lower;
    if (word === ',' || QUOTES.has(word) || CLAUSE_OPENERS.has(word) || FINITE_VERBS.has(word) || isSpacedHyphen(text, words[at])) {
      if (word === 'and' && isNameJoin(text, words, at)) {
        start = at;
        continue;
      }
      // "films by studios such as Orvik and Tarn will …": the names are examples inside the subject, which starts before them.
      if (word === 'as' && words[at - 1]?.lower === 'such' && at - 1 > floor) {
        start = at - 1;
        at--;
        continue;
      }
      break;
    }
    start = at;
    if (end - start + 1 > MAX_SUBJECT_WORDS * 2) return undefined;
  }
  if (start > end) return undefined;
  end = withoutTrailingTime(text, words, start, end);
  start = withoutLeadingTime(text, words, start, end);
  // A fronted phrase with no comma ("by 2026 the last stretch will …"): the subject starts at the determiner after it.
  if (PREPOSITIONS.has(words[start].lower)) {
    let at = start + 1;
    while (at <= end && !DETERMINERS.has(words[at].lower)) at++;
    if (at > end) return undefined;
    start = at;
  }
  if (countWords(words, start, end) > MAX_SUBJECT_WORDS) return undefined;
  return { first: start, last: end };
}

/** " - " between words, as a dateline's dash ("Sept. 12, 2024 - Lumio said"); "Rolls-Royce" keeps its hyphen. */
function isSpacedHyphen(text: string, word: Word): boolean {
  return word.lower === '-' && /\s/u.test(text[word.start - 1] ?? '') && /\s/u.test(text[word.end] ?? '');
}

/** "Lumio on Thursday unveiled", "The board yesterday agreed": a time between subject and verb is no part of the subject. */
function withoutTrailingTime(text: string, words: readonly Word[], start: number, end: number): number {
  const last = words[end].lower;
  if (end > start && RELATIVE_DAYS.has(last)) return end - 1;
  if (end - 1 > start && WEEKDAY_NAMES.has(last) && words[end - 1].lower === 'on' && isCapital(text.charCodeAt(words[end].start))) return end - 2;
  return end;
}

/** "Today Apple is going to", "On Monday Orvik will": a time before the subject with no comma is no part of it. */
function withoutLeadingTime(text: string, words: readonly Word[], start: number, end: number): number {
  const first = words[start].lower;
  if (start < end && (RELATIVE_DAYS.has(first) || first === 'now' || first === 'meanwhile')) return start + 1;
  if (start + 2 <= end && first === 'on' && WEEKDAY_NAMES.has(words[start + 1].lower) && isCapital(text.charCodeAt(words[start + 2].start))) return start + 2;
  return start;
}

/** An adverb between a subject and its verb; a capitalised "-ly" word is a name ("Connolly"). */
function isGroupAdverb(text: string, word: Word): boolean {
  return GROUP_ADVERBS.has(word.lower) || HEDGE_ADVERBS.has(word.lower) || (isLyAdverb(word.lower) && /\p{Ll}/u.test(text[word.start] ?? ''));
}

/**
 * `comma` closes an insertion ("X, the biggest maker of Y in its region, will"): the word before the
 * insertion's opening comma, or undefined when the stretch is no appositive or relative clause.
 */
function skipInsertion(words: readonly Word[], comma: number, floor: number): number | undefined {
  for (let at = comma - 1; at > floor; at--) {
    const word = words[at].lower;
    if (QUOTES.has(word)) return undefined;
    if (word !== ',') continue;
    const opener = words[at + 1]?.lower ?? '';
    const before = words[at - 1]?.lower ?? '';
    // An insertion follows a noun phrase; an opening preposition makes the stretch an adverbial.
    if (PREPOSITIONS.has(opener) && !RELATIVE_PRONOUNS.has(opener) && opener !== 'of') return undefined;
    return before === '' ? undefined : at - 1;
  }
  return undefined;
}

/** "Northrop Grumman and EADS": an "and" between two capitalised words joins one subject. */
function isNameJoin(text: string, words: readonly Word[], and: number): boolean {
  const before = words[and - 1];
  const after = words[and + 1];
  return before !== undefined && after !== undefined && isCapital(text.charCodeAt(before.start)) && isCapital(text.charCodeAt(after.start));
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

function countWords(words: readonly Word[], first: number, last: number): number {
  let count = 0;
  for (let at = first; at <= last; at++) if (/^[\p{L}\p{N}]/u.test(words[at].lower)) count++;
  return count;
}

/**
 * The subject of the sentence's main clause: the noun phrase before its first finite verb, for a
 * verb group that shares it ("X is the first to fly and will be receiving …").
 */
export function mainSubject(text: string, words: readonly Word[]): SubjectPlace | undefined {
  let from = 0;
  // "After the talks, Brazil has …": a fronted adverbial ends at its comma.
  if (words.length > 0 && PREPOSITIONS.has(words[0].lower)) {
    while (from < words.length && words[from].lower !== ',') from++;
    from++;
  }
  for (let at = from + 1; at < words.length; at++) {
    const lower = words[at].lower;
    // "Marlow Bikes lost money": the first lower-case word after a name opening the clause is its verb.
    const afterName = at > from && isCapital(text.charCodeAt(words[at - 1].start)) && (isParticiple(lower) || IRREGULAR_PAST.has(lower)) && !isCapital(text.charCodeAt(words[at].start)) && !PREPOSITIONS.has(lower) && !NAME_JOINERS.has(lower) && allCapitalised(text, words, from, at);
    // Capitalised inside the clause, "May" and "Will" are a month and a name, not modals.
    const finite = FINITE_VERBS.has(lower) && !isCapital(text.charCodeAt(words[at].start));
    if (finite || isVerbLike(text, words, at) || afterName) {
      const place = subjectBefore(text, words, at, from);
      return place && !place.shared ? place : undefined;
    }
  }
  return undefined;
}

/** A lower-case word ending as a verb does ("-s", "-ed") after a word that lets a verb follow. */
function isVerbLike(text: string, words: readonly Word[], at: number): boolean {
  const lower = words[at].lower;
  const before = words[at - 1]?.lower ?? '';
  return /^[a-z]+(?:s|ed)$/.test(lower) && !isCapital(text.charCodeAt(words[at].start)) && /^\p{L}/u.test(before) && !NOT_VERB_STARTS.has(before) && !PREPOSITIONS.has(lower) && !/(?:ss|us|is)$/.test(lower);
}

/**
 * "… whose plane first flew in 2005 and is expected to …": the subject a verb group after the
 * conjunction at word `conjunction` shares, read before the verb of the clause the conjunction
 * closes (a past tense, "-s", or a finite verb), within `floor`.
 */
export function subjectOfClauseBefore(text: string, words: readonly Word[], conjunction: number, floor: number): SubjectPlace | undefined {
  for (let at = conjunction - 1; at > floor; at--) {
    const lower = words[at].lower;
    if (lower === ',' || QUOTES.has(lower)) return undefined;
    const before = words[at - 1]?.lower ?? '';
    // "for developers", "the sales": a noun after a preposition or a determiner.
    if (PREPOSITIONS.has(before) || DETERMINERS.has(before)) continue;
    if (FINITE_VERBS.has(lower) || IRREGULAR_PAST.has(lower) || isVerbLike(text, words, at)) {
      // "had been merged", "was released", "could be added": a verb group's participle, whose subject the group before it holds.
      if (FINITE_VERBS.has(before) || before === 'be' || before === 'been') return undefined;
      const place = subjectBefore(text, words, at, floor);
      return place && !place.shared ? place : undefined;
    }
  }
  return undefined;
}

const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'de', 'for', 's']);

/** Simple past forms that are not "-ed" and not in IRREGULAR_PARTICIPLES. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'took', 'gave', 'began', 'became', 'came', 'went', 'saw', 'got', 'rose', 'fell', 'grew', 'chose', 'drove', 'flew', 'wrote', 'spoke',
  'broke', 'froze', 'stole', 'swore', 'threw', 'knew', 'drew', 'ran', 'won', 'lost', 'made', 'sold', 'bought', 'held', 'kept', 'led',
]);

function allCapitalised(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (/^\p{L}/u.test(words[at].lower) && !isCapital(text.charCodeAt(words[at].start)) && !NAME_JOINERS.has(words[at].lower)) return false;
  return true;
}

/** Where the clause holding word `at` starts: after the nearest comma, "that", "but", quotation or reporting word before it. */
export function clauseStart(words: readonly Word[], at: number, floor: number): number {
  for (let index = at - 1; index >= floor; index--) {
    const lower = words[index].lower;
    // "between 2014 and 2016": an "and" between numbers joins a range, not two clauses.
    if (lower === 'and' && words[index - 1]?.isNumber && words[index + 1]?.isNumber) continue;
    if (lower === ',' || QUOTES.has(lower) || lower === 'that' || lower === 'but' || lower === 'and' || lower === 'said' || lower === 'says') return index + 1;
  }
  return floor;
}

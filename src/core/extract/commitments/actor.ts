import type { Sentence, TextSpan } from '../../model';
import { AGENT_NOUNS } from '../../tables/commitmentCues';
import { SOURCE_PRONOUNS } from '../../tables/reporting';
import { hasMoreWordsThan, isNameLike, normaliseSpaces, span, trimSpan, wordsOf } from '../phrases';
import type { CueMatch } from './cueMatching';

/** Who commits: a name as the commitment shows it, and where it stands when it is in the sentence. */
export interface Actor {
  name: string;
  span?: TextSpan;
}

/**
 * The actor of a cue: the possessor inside it ("Pakistan's plan"), the subject of its clause, or
 * the last actor named before (`lastActor`), which also stands for a pronoun subject ("it will").
 * Undefined when the cue has none, or needs an agent and its subject is not one.
 */
export function resolveActor(text: string, sentence: Sentence, found: CueMatch, lastActor: string | undefined): Actor | undefined {
  if (found.actor === 'previous') return lastActor ? { name: lastActor } : undefined;
  if (found.actor === 'owner' && found.owner) {
    const owner = trimSpan(text, found.owner.start, found.owner.end);
    const article = LEADING_THE.exec(owner.text);
    const name = article ? article[0].toLowerCase() + owner.text.slice(article[0].length) : owner.text;
    return { name: normaliseSpaces(name), span: owner };
  }
  const subject = subjectBefore(text, sentence, found.cue.start);
  if (!subject) return undefined;
  const lowered = subject.text.toLowerCase();
  if (found.needsAgent && !isAgent(subject.text)) return undefined;
  if (SOURCE_PRONOUNS.has(lowered)) return { name: lastActor ?? subject.text, span: subject };
  return { name: normaliseSpaces(subject.text), span: subject };
}

const LEADING_THE = /^the\s+/i;

function isAgent(subject: string): boolean {
  if (isNameLike(subject)) return true;
  const words = wordsOf(subject);
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  return AGENT_NOUNS.has(head);
}

const AUXILIARIES_BEFORE_CUE = /(?:\s+(?:also|has|have|had|is|are|was|were|now|still|already|further|too))+\s*$/i;
const CLAUSE_OPENERS = /^(?:that|and|but|while|whereas|as|so|meanwhile|however|moreover)\s+/i;
const MAX_SUBJECT_WORDS = 8;

/**
 * The subject of the clause the cue is in: the words between the clause start and the cue.
 * A participle cue after a comma ("…, seeking its support") takes the subject of the main clause.
 */
function subjectBefore(text: string, sentence: Sentence, cueStart: number): TextSpan | undefined {
  const before = text.slice(sentence.start, cueStart).replace(AUXILIARIES_BEFORE_CUE, '');
  const clauseBreak = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), lastWordIndex(before, 'that'), coordinatedClauseBreak(before));
  const clauseStart = clauseBreak === -1 ? 0 : clauseBreak + (/^(?:[,;]|that|and)\s*/.exec(before.slice(clauseBreak))?.[0].length ?? 0);
  let subject = trimSpan(text, sentence.start + clauseStart, sentence.start + before.length, ',');
  subject = stripOpener(text, subject);
  if (subject.end <= subject.start) return mainClauseSubject(text, sentence, cueStart);
  if (hasMoreWordsThan(subject.text, MAX_SUBJECT_WORDS)) return trailingNounPhrase(text, subject);
  return subject;
}

/** "… was discussed and Russia has assured": an "and" after a finite verb starts a new clause. */
function coordinatedClauseBreak(before: string): number {
  const index = lastWordIndex(before, 'and');
  if (index === -1) return -1;
  return /\b(?:is|are|was|were|has|have|had|will|\p{L}+ed)\b/u.test(before.slice(0, index)) ? index : -1;
}

/** Where the last whole, lower-case `word` followed by white space starts, or -1. */
function lastWordIndex(haystack: string, word: string): number {
  for (let at = haystack.lastIndexOf(word); at !== -1; at = at === 0 ? -1 : haystack.lastIndexOf(word, at - 1)) {
    const after = haystack[at + word.length];
    if (after !== undefined && WHITE_SPACE.test(after) && (at === 0 || !ASCII_WORD_CHARACTER.test(haystack[at - 1]))) return at;
  }
  return -1;
}

const WHITE_SPACE = /\s/;
/** What `\b` counts as a word character in a pattern without the `u` flag. */
const ASCII_WORD_CHARACTER = /\w/;

function stripOpener(text: string, target: TextSpan): TextSpan {
  const opener = CLAUSE_OPENERS.exec(target.text);
  return opener ? trimSpan(text, target.start + opener[0].length, target.end) : target;
}

/** The last determiner-led or capitalised phrase of a long stretch ("… after talks, the ministry"). */
function trailingNounPhrase(text: string, target: TextSpan): TextSpan | undefined {
  const match = /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[^,;]*|(?:\b\p{Lu}[\p{L}'’-]*\s*)+)$/u.exec(target.text);
  if (!match || hasMoreWordsThan(match[0], MAX_SUBJECT_WORDS)) return undefined;
  return trimSpan(text, target.start + (match.index ?? 0), target.end);
}

const MAIN_CLAUSE = /(?:^|,\s+)((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,4})\s+(?:has|have|had|is|are|was|were|will|also|[\p{L}]+ed|[\p{L}]+s)\b/u;

function mainClauseSubject(text: string, sentence: Sentence, cueStart: number): TextSpan | undefined {
  const before = text.slice(sentence.start, cueStart);
  const match = MAIN_CLAUSE.exec(before);
  if (!match) return undefined;
  const offset = sentence.start + (match.index ?? 0) + match[0].indexOf(match[1]);
  return span(text, offset, offset + match[1].length);
}

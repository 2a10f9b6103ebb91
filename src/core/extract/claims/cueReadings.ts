import type { Sentence, TextSpan } from '../../model';
import { NON_REPORTING_BEFORE_CUE, NOUN_READINGS_OF_CUES } from '../../tables/reporting';
import { canStartVerbPhrase } from '../clauses/clauseWords';
import { lastAsciiWordBefore } from '../phrases';

/**
 * False when a form of a reporting verb reports nobody where it stands: a name or title, a
 * passive, a denial of speech, an adjective ("the recently announced model"), a quoted word
 * (a "recommended" rating) or a noun ("progress reports and …").
 */
export function readsAsReportingVerb(text: string, sentence: Sentence, cue: TextSpan): boolean {
  // Capitalised inside a sentence it is a name or a title ("our Comments FAQ").
  if (cue.start > sentence.start && /^\p{Lu}/u.test(cue.text)) return false;
  const lead = text.slice(Math.max(sentence.start, cue.start - 48), cue.start);
  const before = wordBeforeAdverbs(text, Math.max(sentence.start, cue.start - 48), cue.start);
  if (before && NON_REPORTING_BEFORE_CUE.has(before.toLowerCase())) return false;
  // "as mentioned above", "as noted": a passive aside; "quoted her as saying" is a report.
  if (before?.toLowerCase() === 'as' && !cue.text.toLowerCase().endsWith('ing')) return false;
  // "was revealed", "is not disclosed", "was personally recommended", "40 states": a passive, a
  // denial of speech or a plural noun after a number reports nobody.
  if (PASSIVE_OR_NEGATED_BEFORE.test(lead) || /\d\s+$/.test(lead)) return false;
  if (isQuotedWord(text, cue) || isPartOfIdentifier(text, cue)) return false;
  // "if you, say, add a field": "say" between commas means "for example".
  if (cue.text.toLowerCase() === 'say' && /,\s*$/.test(lead) && text.charCodeAt(cue.end) === 44) return false;
  if (NOUN_READINGS_OF_CUES.has(cue.text.toLowerCase())) {
    const after = text.slice(cue.end, Math.min(sentence.end, cue.end + 24));
    // 'The sign reads, "Closed"', 'The note states: …', "The firm claims to own it": the verb.
    if (/^\s*[,:]\s*["\u201c]|^:\s/.test(after)) return true;
    const infinitive = /^\s+to\s+([a-z]+)/.exec(after);
    if (infinitive && canStartVerbPhrase(infinitive[1])) return true;
    // "progress reports and …", "reports of fighting", "reports say": the plural noun, followed
    // by what follows a noun rather than by what a speaker says.
    if (!/^\s+\S/.test(after) || NOUN_FOLLOWERS.test(after)) return false;
  }
  return true;
}

/** The word before the cue, past any "-ly" adverbs: "the [recently] announced model" → "the". */
function wordBeforeAdverbs(text: string, start: number, end: number): string | undefined {
  let to = end;
  for (;;) {
    const word = lastAsciiWordBefore(text, start, to);
    if (word === undefined || !word.endsWith('ly') || word.length < 4) return word;
    to = text.lastIndexOf(word, to);
  }
}

const PASSIVE_OR_NEGATED_BEFORE = /\b(?:is|are|was|were|be|been|being|not|never)(?:\s+(?:not|also|yet|partially|already|been|never|[a-z]+ly))*\s+$/i;

const NOUN_FOLLOWERS = /^\s+(?:and|or|of|on|about|for|from|in|with|to|by|at|are|were|was|is|have|had|say|said|suggest|show|showed|that\s+(?:are|were|is|was))\b|^\s*[.,;:)\]]/i;

/** "stream.promises", "docs/notes-v2", "reads_file(": a piece of a name in code or a link. */
function isPartOfIdentifier(text: string, cue: TextSpan): boolean {
  const before = text.charCodeAt(cue.start - 1);
  const after = text.charCodeAt(cue.end);
  return GLUE_BEFORE.has(before) || GLUE_AFTER.has(after) || (after === 46 && /[A-Za-z]/.test(text.charAt(cue.end + 1)));
}

const GLUE_BEFORE: ReadonlySet<number> = new Set([46, 47, 45, 95, 64, 35, 36, 96]);
const GLUE_AFTER: ReadonlySet<number> = new Set([45, 95, 47, 40, 96]);

/** A word in quotation marks of its own is mentioned, not used. */
function isQuotedWord(text: string, cue: TextSpan): boolean {
  return OPENING_MARKS.has(text.charCodeAt(cue.start - 1)) && CLOSING_MARKS.has(text.charCodeAt(cue.end));
}

const OPENING_MARKS: ReadonlySet<number> = new Set([34, 0x201c, 0x2018, 39]);
const CLOSING_MARKS: ReadonlySet<number> = new Set([34, 0x201d, 0x2019, 39]);

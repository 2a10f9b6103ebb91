import type { Sentence, TextSpan } from '../../model';
import { NON_REPORTING_BEFORE_CUE, NOUN_READINGS_OF_CUES, REPORTING_VERBS, SOURCE_AFTER_CUES } from '../../tables/reporting';
import { mainSubject } from '../clauses/subject';
import { hasMoreWordsThan, isNameLike, lastAsciiWordBefore, span, trimSpan } from '../phrases';
import { wordsOf } from '../words/scanWords';
import { isRelatedArticleLine } from './relatedArticleLine';
import { invertedSource, sourceAfter, sourceBefore } from './speakers';

/** A speaker and the cue that attributes the sentence to them. */
export interface Attribution {
  source: TextSpan;
  cue: TextSpan;
}

// ASCII forms, so no `u` flag: with it V8 matches a hundred-way alternation about half as fast,
// and attribution runs it over every sentence (measured on the bench's workspace corpus).
// Every sentence, not only those whose word scan holds a cue word: on the MEANTIME and
// commitments-dev texts both patterns over every sentence took 0.75 ms, the word test that
// would spare most sentences 0.7 ms before the patterns ran on the rest (of about 17 ms for
// the whole extraction).
const VERB_SOURCE = `\\b${alternation(REPORTING_VERBS)}\\b`;
const AFTER_SOURCE = `\\b${alternation(SOURCE_AFTER_CUES)}\\b`;

/** Longest form first, so that a phrase is found whole where its first word is a form of its own. */
function alternation(forms: readonly string[]): string {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((form) => form.replace(/ /g, '\\s+')).join('|')})`;
}

/**
 * Finds the cues of attribution in sentences. One per extraction: its patterns are global and
 * keep their position between matches, so they belong to one call, not to the module.
 */
export class ReportingCues {
  private readonly verbs = new RegExp(VERB_SOURCE, 'gi');
  private readonly sourceAfterCues = new RegExp(AFTER_SOURCE, 'gi');

  /** The first attribution in the sentence, source-after cues first since they are unambiguous. */
  attribute(text: string, sentence: Sentence): Attribution | undefined {
    const body = text.slice(sentence.start, sentence.end);
    if (isRelatedArticleLine(body)) return undefined;
    // exec from lastIndex 0 rather than matchAll, which copies the regular expression on every
    // call: with two calls per sentence that copy was attribution's largest single cost.
    const after = this.sourceAfterCues;
    after.lastIndex = 0;
    for (let match = after.exec(body); match; match = after.exec(body)) {
      const cueStart = sentence.start + match.index;
      const cue = span(text, cueStart, cueStart + match[0].length);
      const source = sourceAfter(text, cue.end, sentence.end);
      if (source) return { source, cue };
    }
    const verbs = this.verbs;
    verbs.lastIndex = 0;
    for (let match = verbs.exec(body); match; match = verbs.exec(body)) {
      const cueStart = sentence.start + match.index;
      const cue = span(text, cueStart, cueStart + match[0].length);
      if (!readsAsReportingVerb(text, sentence, cue)) continue;
      const source = (isParticipleCue(cue.text) ? participleSource(text, sentence, cue) : undefined) ?? sourceBefore(text, sentence.start, cue.start) ?? invertedSource(text, sentence, cue);
      if (source && NOUN_READINGS_OF_CUES.has(cue.text.toLowerCase()) && hasMoreWordsThan(source.text, MAX_WORDS_BEFORE_NOUN_READABLE_CUE)) continue;
      if (source) return { source, cue };
    }
    return transcriptLine(text, sentence);
  }
}

/** "saying", "stating": a report in a participle clause ("released a statement saying …"). */
function isParticipleCue(cue: string): boolean {
  return cue.endsWith('ing') && !cue.includes(' ');
}

/** The speaker of a participle report is the subject of the sentence's main clause. */
function participleSource(text: string, sentence: Sentence, cue: TextSpan): TextSpan | undefined {
  const words = wordsOf(text, sentence.start, cue.start);
  const place = mainSubject(text, words);
  if (!place || place.shared) return undefined;
  const source = trimSpan(text, words[place.first].start, words[place.last].end, ',"\u201c\u201d');
  return source.end > source.start ? source : undefined;
}

/**
 * 'Secretary Jane Roe: "We agree."': a transcript line, a name and a colon before a quotation.
 * The colon is the cue.
 */
function transcriptLine(text: string, sentence: Sentence): Attribution | undefined {
  const match = TRANSCRIPT.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 160)));
  if (!match || !isNameLike(lastWords(match[1]))) return undefined;
  const colon = sentence.start + match[1].length;
  return { source: trimSpan(text, sentence.start, colon), cue: span(text, colon, colon + 1) };
}

const TRANSCRIPT = /^(\p{Lu}[^:;"\u201c\u201d.]{1,120}?)\s*:\s*["\u201c]/u;

/** The last three words: where a transcript speaker's name stands after the role. */
function lastWords(value: string): string {
  return value.trim().split(/\s+/u).slice(-3).join(' ');
}

function readsAsReportingVerb(text: string, sentence: Sentence, cue: TextSpan): boolean {
  // Capitalised inside a sentence it is a name or a title ("our Comments FAQ").
  if (cue.start > sentence.start && /^\p{Lu}/u.test(cue.text)) return false;
  const before = lastAsciiWordBefore(text, Math.max(sentence.start, cue.start - 20), cue.start);
  if (before && NON_REPORTING_BEFORE_CUE.has(before.toLowerCase())) return false;
  // "was revealed", "is not disclosed", "has not yet mentioned", "40 states": a passive, a denial of
  // speech or a plural noun after a number reports nobody.
  const lead = text.slice(Math.max(sentence.start, cue.start - 40), cue.start);
  if (PASSIVE_OR_NEGATED_BEFORE.test(lead) || /\d\s+$/.test(lead)) return false;
  if (NOUN_READINGS_OF_CUES.has(cue.text.toLowerCase())) {
    // "progress reports and …", "reports of fighting", "reports say": the plural noun, followed
    // by what follows a noun rather than by what a speaker says.
    const after = text.slice(cue.end, Math.min(sentence.end, cue.end + 16));
    if (!/^\s+\S/.test(after) || NOUN_FOLLOWERS.test(after)) return false;
  }
  return true;
}

const PASSIVE_OR_NEGATED_BEFORE = /\b(?:is|are|was|were|be|been|being|not|never)(?:\s+(?:not|also|yet|partially|already|officially|publicly|widely|often|been|never))*\s+$/i;

const NOUN_FOLLOWERS = /^\s+(?:and|or|of|on|about|for|from|in|with|to|by|at|are|were|was|is|have|had|say|said|suggest|show|showed|that\s+(?:are|were|is|was))\b|^\s*[.,;:)\]]/i;
/** A speaker before "reports"/"claims"/"notes" is a short name or noun phrase ("Reuters reports"). */
const MAX_WORDS_BEFORE_NOUN_READABLE_CUE = 6;
